import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openedWorkspace } from '../../../electron/opened-file.ts';
import { readYaml } from './read-yaml.ts';

/*
 * The packaging configuration read back as electron-builder reads it: the release build's
 * fuses, the test build that differs from it only by the inspect fuse Playwright needs,
 * the .assay association and the assay:// protocol.
 */

type Config = Record<string, unknown>;

function read(file: string): Config {
  return readYaml(fs.readFileSync(file, 'utf8')) as Config;
}

/** electron-builder's `extends`: the parent file, with the child's mappings merged in and its other values replacing the parent's. */
function merged(parent: Config, child: Config): Config {
  const out: Config = { ...parent };
  for (const [key, value] of Object.entries(child)) {
    const base = out[key];
    const bothMaps = base && value && typeof base === 'object' && typeof value === 'object' && !Array.isArray(base) && !Array.isArray(value);
    out[key] = bothMaps ? merged(base as Config, value as Config) : value;
  }
  return out;
}

const RELEASE_FUSES = {
  // Off: the importer's reader processes are started by the main process with utilityProcess (electron-builder.yml says how).
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
};

describe('the packaging configuration', () => {
  const release = read('electron-builder.yml');

  it('flips every fuse the release build needs', () => {
    expect(release.electronFuses).toEqual(RELEASE_FUSES);
    expect(release.npmRebuild).toBe(false);
  });

  it('keeps native modules outside the ASAR archive', () => {
    expect(release.asarUnpack).toEqual(expect.arrayContaining(['node_modules/better-sqlite3/**/*', 'node_modules/@resvg/**/*']));
    expect(release.asar).not.toBe(false);
  });

  it('opens .assay files and assay:// links', () => {
    expect(release.fileAssociations).toEqual([expect.objectContaining({ ext: 'assay', name: 'Assay workspace', role: 'Editor' })]);
    expect(release.protocols).toEqual([{ name: 'Assay link', schemes: ['assay'] }]);
    // NSIS registers the association only for an install for all users.
    expect(release.nsis).toMatchObject({ perMachine: true });
  });

  it('has a test build that is the release build with only the inspect fuse on, in its own folder', () => {
    const child = read('electron-builder.test.yml');
    expect(child.extends).toBe('./electron-builder.yml');
    const test = merged(release, child);
    expect(test.electronFuses).toEqual({ ...RELEASE_FUSES, enableNodeCliInspectArguments: true });
    const { electronFuses: _a, directories: testDirs, extends: _e, ...testRest } = test;
    const { electronFuses: _b, directories: releaseDirs, ...releaseRest } = release;
    expect(testRest).toEqual(releaseRest);
    expect((testDirs as Config).output).not.toBe((releaseDirs as Config).output);
  });
});

describe('a workspace opened by the system', () => {
  it('is read from the command line as a path or a file URL, ignoring switches and other arguments', () => {
    const abs = process.platform === 'win32' ? 'C:\\Work\\Q3.assay' : '/work/Q3.assay';
    expect(openedWorkspace(['/opt/Assay/assay', abs])).toBe(abs);
    expect(openedWorkspace(['/opt/Assay/assay', '--no-sandbox', 'file:///work/My%20Research.ASSAY'])).toBe(process.platform === 'win32' ? null : '/work/My Research.ASSAY');
    expect(openedWorkspace(['/opt/Assay/assay', 'assay://open?metric=4'])).toBeNull();
    expect(openedWorkspace(['/opt/Assay/assay', 'relative.assay', '--flag=/x/y.assay'])).toBeNull();
    expect(openedWorkspace(['/opt/Assay/assay'])).toBeNull();
  });
});

describe('the YAML reader these tests use', () => {
  it('reads what YAML reads and refuses what it does not know', () => {
    expect(readYaml('a: 1\nb:\n  - x\n  - k: v\n    w: [p, q]\nc: |\n  one\n  # two\nd: \'it\'\'s\' # note\n')).toEqual({ a: 1, b: ['x', { k: 'v', w: ['p', 'q'] }], c: 'one\n# two\n', d: "it's" });
    for (const bad of ['a: &x 1', 'a: {b: 1}', 'a: !!str 1', 'a: 1\na: 2', 'a:\n\tb: 1', '---\na: 1']) expect(() => readYaml(bad), bad).toThrow(/read-yaml/u);
  });
});
