import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { makeHostileFile } from '../../helpers/hostile-files.ts';
import { tempDir, tempWorkspacePath } from '../../helpers/temp-workspace.ts';

/*
 * kill -9 during an import whose reader is being stopped and replaced (a file over its
 * time budget every few files): the workspace must hold whole documents only, and the
 * same import run again must bring in every file exactly once.
 */

const CHILD = path.resolve('tests/helpers/import-child.ts');

function runChild(workspace: string, paths: string[], killAfterLines: number | null): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--no-memory-protection-keys', CHILD, workspace, '1000', ...paths], { stdio: ['ignore', 'pipe', 'inherit'] });
    const lines: string[] = [];
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const parts = buffered.split('\n');
      buffered = parts.pop()!;
      lines.push(...parts);
      if (killAfterLines !== null && lines.length >= killAfterLines) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', () => resolve(lines));
  });
}

function expectSound(workspace: string): number {
  const db = new Database(workspace);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const empty = db.prepare('SELECT count(*) AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM passages p WHERE p.document_id = d.id)').get() as { n: number };
    expect(empty.n).toBe(0);
    return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('import killed with -9 while readers are being replaced', () => {
  it('leaves whole documents only, and the import run again completes exactly once', async () => {
    const dir = tempDir();
    const paths: string[] = [];
    for (let i = 0; i < 24; i++) {
      const file = path.join(dir, `note-${String(i).padStart(2, '0')}.txt`);
      fs.writeFileSync(file, `Note ${i}\n\nOutput reached ${i * 10 + 5} mt in the quarter, up ${i + 1}% year on year.\n`);
      paths.push(file);
      if (i % 6 === 2) paths.push(makeHostileFile(tempDir(), 'txt-one-line', 'test').path);
    }
    const workspace = tempWorkspacePath();
    (await openWorkspace(workspace)).db.close();
    for (const killAfter of [1, 3, 6, 10]) {
      await runChild(workspace, paths, killAfter);
      expectSound(workspace);
    }
    const lines = await runChild(workspace, paths, null);
    expect(lines.at(-1)).toBe('done');
    expect(expectSound(workspace)).toBe(24);
    const outcomes = lines.slice(0, -1).map((l) => JSON.parse(l) as { status: string; code?: string });
    // A budget of 1 s (as relayed-reader.test.ts): the one-line files still outrun it, a short note never does under load.
    expect(outcomes.some((o) => o.code === 'TOO_SLOW')).toBe(true);
    expect(outcomes.filter((o) => o.status === 'failed').every((o) => o.code === 'TOO_SLOW')).toBe(true);
  }, 120_000);
});
