import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-workspace.ts';

/*
 * `assay` asks Node to keep its compiled modules on disk (#19): a launch after the first skips
 * compiling the command and the core. The cache goes in a folder of the user's own under the
 * system's temporary folder (a shared one could be created, and filled, by another user),
 * and the threads and readers it starts find it through NODE_COMPILE_CACHE.
 */

const BIN = path.resolve(import.meta.dirname, '../../../bin/assay.js');

describe('the assay command', () => {
  it('keeps compiled modules in a cache of the user\'s own under the temporary folder', () => {
    const tmp = tempDir();
    const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp };
    delete env.NODE_COMPILE_CACHE;
    const run = spawnSync(process.execPath, [BIN, 'help'], { env, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const cache = path.join(tmp, `assay-compile-cache${process.getuid ? `-${process.getuid()}` : ''}`);
    const files = fs.readdirSync(cache, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(files.length).toBeGreaterThan(0);
  });
});
