import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { EXTRACTOR_VERSION } from '../../../electron/core/extract/extract.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { fixture } from '../../helpers/fixtures.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

describe('metrics on import', () => {
  it('extracts every figure, each tied to its passage and exact span, with the extractor version', async () => {
    const ws = await openWorkspace(tempWorkspacePath());
    const outcome = importBytes(importStores(ws.db), fixture('ir-record.txt'), 'ir-record.txt', null);
    if (outcome.status === 'failed') throw new Error(outcome.error);
    expect(outcome.metrics).toBeGreaterThanOrEqual(6);
    const rows = ws.db.prepare(`SELECT m.*, v.text AS docText, p.char_start AS pStart, p.char_end AS pEnd FROM metrics m
      JOIN document_versions v ON v.id = m.version_id JOIN passages p ON p.id = m.passage_id`).all() as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(outcome.metrics);
    for (const r of rows) {
      expect((r.docText as string).slice(r.char_start as number, r.char_end as number)).toBe(r.surface);
      expect(r.char_start as number).toBeGreaterThanOrEqual(r.pStart as number);
      expect(r.char_end as number).toBeLessThanOrEqual(r.pEnd as number);
      expect(r.extractor_version).toBe(EXTRACTOR_VERSION);
      expect(r.origin).toBe('extracted');
    }
    const revenue = rows.find((r) => r.label === 'operating revenue')!;
    expect(revenue).toMatchObject({ value: 2310000000, unit: 'CNY', change_value: 24.6, change_basis: 'yoy', change_direction: 'up' });
    const price = rows.find((r) => r.surface === '452,000 yuan/mt')!;
    expect(price).toMatchObject({ unit: 'CNY/t', period_start: '2025-04-30', kind: 'price' });
  });

  it('re-extracts on a new version but never touches metrics an analyst created or edited', async () => {
    const ws = await openWorkspace(tempWorkspacePath());
    const stores = importStores(ws.db);
    const first = importBytes(stores, fixture('ir-record.txt'), 'ir-record.txt', null);
    if (first.status === 'failed') throw new Error(first.error);
    ws.db.prepare(`UPDATE metrics SET label = 'my revenue', edited = 1 WHERE label = 'operating revenue'`).run();
    ws.db.prepare(`INSERT INTO metrics (document_id, label, value, unit, origin, created_at, updated_at) VALUES (?, 'my own figure', 1, 'CNY', 'analyst', 'now', 'now')`).run(first.documentId);
    const changed = Buffer.from(fixture('ir-record.txt').toString('utf8').replace('4,200 mt', '4,300 mt'));
    const second = importBytes(stores, changed, 'ir-record.txt', null);
    expect(second.status).toBe('new-version');
    const labels = (ws.db.prepare('SELECT label, origin, edited FROM metrics ORDER BY id').all() as Array<{ label: string }>).map((r) => r.label);
    expect(labels).toContain('my revenue');
    expect(labels).toContain('my own figure');
    expect(ws.db.prepare(`SELECT count(*) AS n FROM metrics WHERE surface = '4,300 mt'`).get()).toEqual({ n: 1 });
    expect(ws.db.prepare(`SELECT count(*) AS n FROM metrics WHERE surface = '4,200 mt'`).get()).toEqual({ n: 0 });
  });
});
