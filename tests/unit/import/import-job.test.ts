import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../shared/imports.ts';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { startImport } from '../../../electron/core/jobs/import-job.ts';
import { FIXTURES } from '../../helpers/fixtures.ts';
import { tempDir, tempWorkspacePath } from '../../helpers/temp-workspace.ts';

describe('import job (worker thread)', () => {
  it('imports a folder with progress and a summary', async () => {
    const ws = await openWorkspace(tempWorkspacePath());
    const progress: ImportProgress[] = [];
    const job = startImport(ws.path, [FIXTURES], { onProgress: (p) => progress.push(p) });
    const summary = await job.result;
    expect(summary.cancelled).toBe(false);
    expect(summary.outcomes.map((o) => [path.basename(o.file), o.status])).toEqual([
      ['ir-record.txt', 'imported'], ['market-note.md', 'imported'], ['news-page.html', 'imported'], ['wrapped.txt', 'imported'],
    ]);
    expect(progress.at(-1)).toMatchObject({ done: 4, total: 4 });
    expect(progress.at(-1)!.bytesDone).toBe(progress.at(-1)!.bytesTotal);
    expect((ws.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(4);
    ws.db.close();
  });

  it('stops when cancelled, each file either imported whole or not at all', async () => {
    const ws = await openWorkspace(tempWorkspacePath());
    const dir = tempDir();
    for (let i = 0; i < 200; i++) fs.writeFileSync(path.join(dir, `note-${String(i).padStart(3, '0')}.txt`), `Note ${i}\n\nOutput reached ${i * 10} mt in the quarter.\n`);
    let cancelled = false;
    const job = startImport(ws.path, [dir], {
      onOutcome: () => {
        if (!cancelled) { cancelled = true; job.cancel(); }
      },
    });
    const summary = await job.result;
    expect(summary.cancelled).toBe(true);
    expect(summary.outcomes.length).toBeLessThan(200);
    const docs = (ws.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    expect(docs).toBe(summary.outcomes.filter((o) => o.status === 'imported').length);
    const orphans = ws.db.prepare('SELECT count(*) AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM passages p WHERE p.document_id = d.id)').get() as { n: number };
    expect(orphans.n).toBe(0);
    ws.db.close();
  });

  it('lists files it passed over inside folders', async () => {
    const ws = await openWorkspace(tempWorkspacePath());
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Alpha line of text.');
    fs.writeFileSync(path.join(dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff]));
    fs.writeFileSync(path.join(dir, '.hidden.txt'), 'secret');
    const summary = await startImport(ws.path, [dir]).result;
    expect(summary.outcomes).toHaveLength(1);
    expect(summary.skipped.map((f) => path.basename(f)).sort()).toEqual(['.hidden.txt', 'photo.jpg']);
    ws.db.close();
  });
});
