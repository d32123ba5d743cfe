import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import { fixture } from '../../helpers/fixtures.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

describe('a new version keeps what the analyst did', () => {
  it('moves reviewed, annotated and analyst metrics and range notes; orphans what is gone; never duplicates', async () => {
    const ws = await openWorkspace(tempWorkspacePath());
    const service = new Service(ws);
    const stores = importStores(ws.db);
    const original = fixture('ir-record.txt').toString('utf8');
    const first = importBytes(stores, Buffer.from(original), 'ir-record.txt', null);
    if (first.status === 'failed') throw new Error(first.error);
    const id = first.documentId;
    const rows = service.call('metrics.page', { documentId: id, endRow: 100 }).rows;
    const revenue = rows.find((r) => r.label === 'operating revenue')!;
    const output = rows.find((r) => r.value === 4200)!;
    service.call('metrics.update', { id: revenue.id, patch: { status: 'verified' } });
    service.call('metrics.update', { id: output.id, patch: { note: 'Check against the monthly release.' } });
    const text = original;
    const quoteAt = text.indexOf('second kiln line');
    service.call('annotations.createRange', { documentId: id, start: quoteAt, end: quoteAt + 'second kiln line'.length, body: 'Which supplier?' });
    const gone = text.indexOf('sales volume was 3,950 mt');
    service.call('annotations.createRange', { documentId: id, start: gone, end: gone + 'sales volume was 3,950 mt'.length, body: 'Doubtful.' });

    const changed = `An editor's note added at the top.\n\n${text}`.replace(', while sales volume was 3,950 mt', '').replace('up 18.5% YoY', 'up 18.4% YoY');
    const second = importBytes(stores, Buffer.from(changed), 'ir-record.txt', null);
    expect(second.status).toBe('new-version');

    const newRevenue = service.call('metrics.get', { id: revenue.id });
    expect(newRevenue.status).toBe('verified');
    const doc = service.call('documents.get', { id });
    const newText = ws.db.prepare('SELECT text FROM document_versions WHERE id = ?').get(doc.versionId) as { text: string };
    const moved = ws.db.prepare('SELECT char_start AS s, char_end AS e, version_id AS v, anchor_state AS a FROM metrics WHERE id = ?').get(revenue.id) as { s: number; e: number; v: number; a: string };
    expect([newText.text.slice(moved.s, moved.e), moved.v, moved.a]).toEqual(['2.31 billion yuan', doc.versionId, 'anchored']);
    expect(service.call('metrics.get', { id: output.id }).note).toBe('Check against the monthly release.');
    // The verified figure is not there twice.
    expect(service.call('metrics.page', { documentId: id, quick: '2.31' }).total).toBe(1);
    const notes = service.call('annotations.ranges', { documentId: id });
    expect(notes.map((n) => [n.quote, newText.text.slice(n.start, n.end)])).toEqual([['second kiln line', 'second kiln line']]);
    const orphan = ws.db.prepare(`SELECT anchor_state AS a, quote_exact AS q FROM annotations WHERE body = 'Doubtful.'`).get();
    expect(orphan).toEqual({ a: 'orphaned', q: 'sales volume was 3,950 mt' });
  });
});

describe('a note placed fuzzily on a new version', () => {
  it('quotes the words it now sits on and keeps the old quote in its history', async () => {
    const service = new Service(await openWorkspace(tempWorkspacePath()));
    const stores = importStores(service.workspace.db);
    const original = fixture('ir-record.txt').toString('utf8');
    const first = importBytes(stores, Buffer.from(original), 'ir-record.txt', null);
    if (first.status === 'failed') throw new Error(first.error);
    const quote = 'The second kiln line came online in February';
    const at = original.indexOf(quote);
    const { id } = service.call('annotations.createRange', { documentId: first.documentId, start: at, end: at + quote.length, body: 'Which supplier?' });
    importBytes(stores, Buffer.from(original.replace('second kiln line', 'second kiln lines')), 'ir-record.txt', null);
    const moved = service.call('annotations.get', { id });
    expect(moved).toMatchObject({ anchorState: 'fuzzy', quote: 'The second kiln lines came online in February' });
    expect(moved.history[0]).toMatchObject({ field: 'quote', oldValue: quote, newValue: moved.quote });
  });
});
