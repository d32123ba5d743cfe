import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readYaml } from './read-yaml.ts';

/*
 * .github/workflows/desktop.yml cannot run here (no Electron runtime, no Windows or macOS):
 * what can be checked is that it parses, covers the three systems, proves the runtime is
 * there before the e2e suite (which would otherwise skip and pass), runs that suite on both
 * the development binary and the packaged test build, and keeps every installer the
 * packaging config makes; and that every script, file and folder it names exists.
 */

interface Step { name?: string; uses?: string; run?: string; if?: string; env?: Record<string, string>; with?: Record<string, string> }

const workflow = readYaml(fs.readFileSync('.github/workflows/desktop.yml', 'utf8')) as {
  on: Record<string, unknown>;
  jobs: { desktop: { strategy: { matrix: { os: string[] } }; steps: Step[]; 'runs-on': string } };
};
const steps = workflow.jobs.desktop.steps;
const runs = steps.map((s) => s.run ?? '').join('\n');
const index = (name: string) => steps.findIndex((s) => s.name === name);

describe('the desktop workflow', () => {
  it('runs on Linux, Windows and macOS for pushes to main, pull requests and by hand', () => {
    expect(workflow.jobs.desktop.strategy.matrix.os).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest']);
    expect(workflow.jobs.desktop['runs-on']).toBe('${{ matrix.os }}');
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push', 'workflow_dispatch']);
  });

  it('installs with the runtime and checks it is there before the e2e suite, which runs under xvfb on Linux', () => {
    expect(runs).not.toContain('ELECTRON_SKIP_BINARY_DOWNLOAD');
    const check = index('Check the runtime is installed');
    const e2e = steps.filter((s) => s.run?.includes('tests/e2e/electron.test.ts'));
    expect(e2e.map((s) => s.name)).toEqual(['Electron e2e (development binary)', 'Electron e2e (packaged test build)']);
    for (const step of e2e) {
      expect(step.env).toEqual({ E2E_ELECTRON: '1' });
      expect(step.run).toMatch(/^\$\{\{ runner\.os == 'Linux' && 'xvfb-run -a' \|\| '' \}\} npx vitest run --project e2e /u);
      expect(steps.indexOf(step)).toBeGreaterThan(check);
    }
    expect(index('Install a virtual display')).toBeLessThan(check);
    expect(index('Package a test build')).toBeLessThan(index('Electron e2e (packaged test build)'));
  });

  it('names only scripts, files and folders that exist', () => {
    const scripts = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    for (const [, script] of runs.matchAll(/npm run ([\w:-]+)/gu)) expect(Object.hasOwn(scripts, script!), script).toBe(true);
    for (const file of ['tests/e2e/electron.test.ts', 'tests/unit/shell', 'electron-builder.yml', 'electron-builder.test.yml', 'scripts/electron-binary.js']) {
      expect(runs, file).toContain(file);
      expect(fs.existsSync(file), file).toBe(true);
    }
  });

  it('finds the packaged test build where electron-builder puts it, and keeps every installer the config makes', () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { name: string };
    const builder = readYaml(fs.readFileSync('electron-builder.yml', 'utf8')) as { productName: string; linux: { target: string[] }; win: { target: string }; mac: { target: string } };
    const find = steps[index('Find the test build\'s executable')]!.run!;
    expect(find).toContain(`out-test/linux-unpacked/${pkg.name}`);
    expect(find).toContain(`out-test/win-unpacked/${builder.productName}.exe`);
    expect(find).toContain(`${builder.productName}.app`);
    const upload = steps.find((s) => s.name === 'Keep the installers')!;
    expect(upload.uses).toMatch(/^actions\/upload-artifact@v\d+$/u);
    expect(upload.with!['if-no-files-found']).toBe('error');
    const extensions = { AppImage: 'AppImage', deb: 'deb', nsis: 'exe', dmg: 'dmg' } as const;
    for (const target of [...builder.linux.target, builder.win.target, builder.mac.target] as Array<keyof typeof extensions>) {
      expect(upload.with!.path, target).toContain(`out/*.${extensions[target]}`);
    }
  });
});
