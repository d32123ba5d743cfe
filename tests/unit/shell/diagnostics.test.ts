import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { diagnosticsZip } from '../../../electron/diagnostics.ts';
import { tempDir } from '../../helpers/temp-workspace.ts';

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/** A user-data folder as the desktop app leaves it, with workspaces lying where they should never be picked up. */
function userData(): { root: string; logDir: string; crashDir: string } {
  const root = tempDir();
  const logDir = path.join(root, 'logs');
  const crashDir = path.join(root, 'Crashpad');
  write(path.join(logDir, 'assay.log'), '2026-12-01T10:00:00Z INFO opened workspace /w/Default.assay\n');
  write(path.join(logDir, 'assay.1.log'), 'older lines\n');
  write(path.join(logDir, 'Research.assay'), 'SQLite format 3\0 secret figures');
  write(path.join(logDir, 'notes.txt'), 'not the log');
  write(path.join(crashDir, 'completed', 'a1b2.dmp'), 'MDMP one');
  write(path.join(crashDir, 'pending', 'c3d4.dmp'), 'MDMP two');
  write(path.join(crashDir, 'settings.dat'), 'crashpad settings');
  write(path.join(crashDir, 'completed', 'Research.assay'), 'SQLite format 3\0 secret figures');
  write(path.join(root, 'Default.assay'), 'SQLite format 3\0 secret figures');
  write(path.join(root, 'Default.assay-wal'), 'secret figures');
  write(path.join(root, 'recent-workspaces.json'), '["/w/Default.assay"]');
  return { root, logDir, crashDir };
}

describe('Help ▸ Export diagnostics…', () => {
  it('zips versions, the log and crash dumps, and nothing of any workspace lying beside them', () => {
    const { root, logDir, crashDir } = userData();
    // A link dressed as a dump, leading to the workspace, is not followed.
    if (process.platform !== 'win32') fs.symlinkSync(path.join(root, 'Default.assay'), path.join(crashDir, 'completed', 'linked.dmp'));
    const versions = { app: '0.1.0', electron: '45.4.1', chrome: '142.0.0.0', node: '24.1.0', os: 'Linux 6.8', arch: 'x64' };
    const createdAt = new Date('2026-12-01T11:00:00Z');
    const { zip, names } = diagnosticsZip({ logDir, crashDir, versions, createdAt });
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'crash-dumps/completed/a1b2.dmp', 'crash-dumps/pending/c3d4.dmp', 'logs/assay.1.log', 'logs/assay.log', 'versions.json']);
    expect(names.sort()).toEqual(Object.keys(files).sort());
    expect(JSON.parse(strFromU8(files['versions.json']!))).toEqual({ ...versions, createdAt: '2026-12-01T11:00:00.000Z' });
    expect(strFromU8(files['logs/assay.log']!)).toContain('opened workspace');
    expect(strFromU8(files['crash-dumps/pending/c3d4.dmp']!)).toBe('MDMP two');
    for (const bytes of Object.values(files)) expect(strFromU8(bytes)).not.toContain('secret figures');
  });

  it('still writes versions and the README when there is no log or dump yet', () => {
    const root = tempDir();
    const { zip } = diagnosticsZip({ logDir: path.join(root, 'logs'), crashDir: path.join(root, 'Crashpad'), versions: { app: '0.1.0' }, createdAt: new Date() });
    expect(Object.keys(unzipSync(zip)).sort()).toEqual(['README.txt', 'versions.json']);
    expect(strFromU8(unzipSync(zip)['README.txt']!)).toContain('No workspace');
  });

  it('refuses inputs that are not what main.ts passes', () => {
    expect(() => diagnosticsZip({ logDir: '', crashDir: 'x', versions: {}, createdAt: new Date() })).toThrow();
  });
});
