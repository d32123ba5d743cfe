import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { EXTRACTOR_VERSION } from '../../../electron/core/extract/extract.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import { fixture } from '../../helpers/fixtures.ts';
import { runCli } from '../../helpers/run-cli.ts';
import { tempDir } from '../../helpers/temp-workspace.ts';

/**
 * A workspace as an older Assay left it: figures read by an older extractor, one of them
 * read differently, one missed, one that is no figure, and figures the analyst worked on.
 */
async function olderWorkspace() {
  const file = path.join(tempDir(), 'older.assay');
  const service = new Service(await openWorkspace(file));
  importBytes(importStores(service.workspace.db), fixture('ir-record.txt'), 'ir-record.txt', null);
  const db = service.workspace.db;
  const rows = service.call('metrics.page', { endRow: 1000 }).rows;
  const [misread, missed, edited, reviewed, tagged] = rows;
  db.prepare(`UPDATE metrics SET extractor_version = '1.1.0'`).run();
  db.prepare(`UPDATE metrics SET label = 'amount' WHERE id = ?`).run(misread!.id);
  db.prepare('DELETE FROM metrics WHERE id = ?').run(missed!.id);
  db.prepare(`INSERT INTO metrics (document_id, passage_id, version_id, char_start, char_end, surface, label, value, unit, kind, origin, status,
      extractor_version, created_at, updated_at, series_key)
    SELECT document_id, passage_id, version_id, 0, 4, 'gone', 'no figure', 1, 'count', 'count', 'extracted', 'unreviewed', '1.1.0', created_at,
      updated_at, 'no figure' FROM metrics WHERE id = ?`).run(edited!.id);
  service.call('metrics.update', { id: edited!.id, patch: { label: 'my own label' } });
  service.call('metrics.update', { id: reviewed!.id, patch: { status: 'verified' } });
  const tag = service.call('tags.create', { path: 'watch' });
  service.call('tags.set', { targetKind: 'metric', targetId: tagged!.id, tagIds: [tag.id] });
  return { service, file, total: rows.length, edited: edited!, reviewed: reviewed!, tagged: tagged! };
}

describe('re-extraction of an older workspace', () => {
  it('replaces untouched figures, keeps every figure the analyst worked on, and says what changed', async () => {
    const { service, total, edited, reviewed, tagged } = await olderWorkspace();
    expect(service.call('workspace.info', {}).staleMetricCount).toBe(total - 1 - 3 + 1);
    const summary = service.call('metrics.reextract', {});
    expect(summary).toMatchObject({ extractorVersion: EXTRACTOR_VERSION, previousVersions: ['1.1.0'], documents: 1, changed: 1, added: 1, removed: 1, kept: 3 });
    expect(summary.unchanged).toBe(total - 1 - 1 - 3);
    expect(summary.examples).toEqual([expect.objectContaining({ before: expect.stringMatching(/^amount · /u) })]);
    expect(service.call('metrics.get', { id: edited.id }).label).toBe('my own label');
    expect(service.call('metrics.get', { id: reviewed.id }).status).toBe('verified');
    expect(service.call('metrics.get', { id: tagged.id }).tags).toBe('watch');
    const after = service.call('metrics.page', { endRow: 1000 }).rows;
    expect(after).toHaveLength(total);
    expect(new Set(after.map((r) => `${r.start}:${r.end}`)).size).toBe(total);
    expect(service.call('workspace.info', {}).staleMetricCount).toBe(0);
    expect(service.call('metrics.reextract', {})).toMatchObject({ changed: 0, added: 0, removed: 0, unchanged: total - 3, kept: 3 });
  });

  it('counts figures to read again up to 10,000, and says when there are more', async () => {
    const { service, edited } = await olderWorkspace();
    const db = service.workspace.db;
    const copy = db.prepare(`INSERT INTO metrics (document_id, passage_id, version_id, char_start, char_end, surface, label, value, unit, kind, origin,
        status, extractor_version, created_at, updated_at, series_key)
      SELECT document_id, passage_id, version_id, char_start, char_end, surface, label, value, unit, kind, 'extracted', 'unreviewed', '1.1.0',
        created_at, updated_at, series_key FROM metrics WHERE id = ?`);
    db.transaction(() => { for (let i = 0; i < 10_000; i++) copy.run(edited.id); })();
    expect(service.call('workspace.info', {})).toMatchObject({ staleMetricCount: 10_000, staleMetricCountCapped: true });
    db.prepare(`DELETE FROM metrics WHERE id > (SELECT max(id) - 10000 FROM metrics)`).run();
    expect(service.call('workspace.info', {}).staleMetricCountCapped).toBe(false);
  });

  it('runs from the command line, in words and as JSON', async () => {
    const { service, file } = await olderWorkspace();
    service.workspace.db.close();
    const text = await runCli(['reextract', '-w', file]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Read 1 document again with extractor [\d.]+ \(read before by 1\.1\.0\):/u);
    expect(text.stdout).toMatch(/1 changed, 1 added, 1 removed; 3 you worked on kept as they were\./u);
    expect(text.stdout).toContain('amount · ');
    const json = JSON.parse((await runCli(['reextract', 'ir-record', '--json', '-w', file])).stdout) as { changed: number; documents: number };
    expect(json).toMatchObject({ documents: 1, changed: 0 });
  });
});
