import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-workspace.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

/**
 * `assay serve` builds the interface on its first run from whatever folder it was started in.
 * A child process in a temporary folder reads the project's Vite config as that build does, and
 * builds with it (into a temporary folder, so a test never empties the dist/renderer that the
 * end-to-end tests serve).
 */
it('builds the interface with the project config from another current folder', () => {
  const cwd = tempDir();
  const out = path.join(tempDir(), 'renderer');
  const script = `
    const { build, resolveConfig } = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'node_modules/vite/dist/node/index.js')).href)});
    const configFile = ${JSON.stringify(path.join(ROOT, 'vite.config.ts'))};
    const config = await resolveConfig({ configFile, mode: 'production' }, 'build');
    console.log(JSON.stringify({ root: config.root, outDir: config.build.outDir }));
    await build({ configFile, logLevel: 'silent', mode: 'production', build: { outDir: ${JSON.stringify(out)}, sourcemap: false } });
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
  expect(run.stderr).not.toMatch(/UNRESOLVED_ENTRY|Error/);
  expect(run.status).toBe(0);
  const resolved = JSON.parse(run.stdout.trim().split('\n')[0]) as { root: string; outDir: string };
  expect(resolved.root).toBe(path.join(ROOT, 'renderer'));
  expect(path.resolve(resolved.root, resolved.outDir)).toBe(path.join(ROOT, 'dist', 'renderer'));
  expect(fs.existsSync(path.join(out, 'index.html'))).toBe(true);
}, 120_000);
