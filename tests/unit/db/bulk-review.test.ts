import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import { fixture } from '../../helpers/fixtures.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

async function seeded() {
  const service = new Service(await openWorkspace(tempWorkspacePath()));
  importBytes(importStores(service.workspace.db), fixture('ir-record.txt'), 'ir-record.txt', null);
  importBytes(importStores(service.workspace.db), fixture('market-note.md'), 'market-note.md', null);
  const rows = service.call('metrics.page', { endRow: 1000, sort: [{ column: 'position', direction: 'asc' }] }).rows;
  return { service, rows };
}

const statuses = (service: Service, ids: number[]) => ids.map((id) => service.call('metrics.get', { id }).status);

describe('bulk review', () => {
  it('sets the status of chosen metrics as one undo step, and redo sets it again', async () => {
    const { service, rows } = await seeded();
    const ids = rows.slice(0, 5).map((r) => r.id);
    service.call('metrics.update', { id: ids[0]!, patch: { status: 'disputed' } });
    expect(service.call('metrics.bulk', { ids, change: { status: 'verified' } })).toEqual({ changed: 5 });
    expect(statuses(service, ids)).toEqual(Array(5).fill('verified'));
    expect(service.call('metrics.get', { id: ids[1]! }).history[0]).toMatchObject({ field: 'status', oldValue: 'unreviewed', newValue: 'verified' });
    expect(service.call('edits.undo', {})).toEqual({ targetKind: 'metric', targetId: ids[0], count: 5 });
    expect(statuses(service, ids)).toEqual(['disputed', 'unreviewed', 'unreviewed', 'unreviewed', 'unreviewed']);
    expect(service.call('edits.undo', {})).toMatchObject({ targetId: ids[0], count: 1 });
    expect(statuses(service, ids)[0]).toBe('unreviewed');
    service.call('edits.redo', {});
    expect(service.call('edits.redo', {})).toMatchObject({ count: 5 });
    expect(statuses(service, ids)).toEqual(Array(5).fill('verified'));
  });

  it('applies to every metric the grid filter matches, and leaves those already so alone', async () => {
    const { service, rows } = await seeded();
    const documentId = rows[0]!.documentId;
    const inDocument = rows.filter((r) => r.documentId === documentId);
    service.call('metrics.update', { id: inDocument[0]!.id, patch: { status: 'rejected' } });
    const { changed } = service.call('metrics.bulk', { selection: { documentId }, change: { status: 'rejected' } });
    expect(changed).toBe(inDocument.length - 1);
    expect(service.call('metrics.page', { documentId, status: ['rejected'] }).total).toBe(inDocument.length);
    expect(service.call('metrics.page', { status: ['rejected'] }).total).toBe(inDocument.length);
  });

  it('adds and removes a tag, and moves metrics to the trash, each one undo step', async () => {
    const { service, rows } = await seeded();
    const ids = rows.slice(0, 4).map((r) => r.id);
    const tag = service.call('tags.create', { path: 'sector/rare earths', color: null });
    expect(service.call('metrics.bulk', { ids, change: { addTag: tag.id } }).changed).toBe(4);
    expect(service.call('metrics.page', { tagId: tag.id }).total).toBe(4);
    expect(service.call('metrics.bulk', { ids: ids.slice(0, 2), change: { removeTag: tag.id } }).changed).toBe(2);
    expect(service.call('metrics.page', { tagId: tag.id }).total).toBe(2);
    service.call('edits.undo', {});
    expect(service.call('metrics.page', { tagId: tag.id }).total).toBe(4);
    const before = service.call('metrics.page', {}).total;
    expect(service.call('metrics.bulk', { ids, change: { delete: true } }).changed).toBe(4);
    expect(service.call('metrics.page', {}).total).toBe(before - 4);
    expect(service.call('trash.list', {}).length).toBeGreaterThanOrEqual(4);
    expect(service.call('edits.undo', {})).toMatchObject({ count: 4 });
    expect(service.call('metrics.page', {}).total).toBe(before);
    expect(service.call('metrics.page', { tagId: tag.id }).total).toBe(4);
  });

  it('refuses a filter matching more metrics than one step may take, changing nothing', async () => {
    const { service } = await seeded();
    expect(() => service.call('metrics.bulk', { ids: Array.from({ length: 10_001 }, (_, i) => i + 1), change: { status: 'verified' } }))
      .toThrow(/up to 10,000 metrics at a time; narrow the filter/u);
    expect(() => service.call('metrics.bulk', { change: { status: 'verified' } })).toThrow(/either ids or the grid selection/u);
    expect(service.call('metrics.page', { status: ['verified'] }).total).toBe(0);
  });

  it('copies chosen metrics, in the order chosen, or the filtered grid as TSV with a header row', async () => {
    const { service, rows } = await seeded();
    const ids = [rows[2]!.id, rows[0]!.id];
    service.call('metrics.update', { id: rows[0]!.id, patch: { note: 'Line one\nline\ttwo' } });
    const chosen = service.call('metrics.tsv', { ids });
    const lines = chosen.text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]!.split('\t').slice(0, 4)).toEqual(['Label', 'Entity', 'Value', 'Unit']);
    expect(lines[1]!.split('\t')[0]).toBe(rows[2]!.label);
    expect(lines[2]!.split('\t')).toContain('Line one line two');
    expect(lines[2]!.split('\t')[2]).toBe(String(rows[0]!.value));
    const view = service.call('metrics.tsv', { selection: { documentId: rows[0]!.documentId } });
    expect(view.rows).toBe(rows.filter((r) => r.documentId === rows[0]!.documentId).length);
    expect(view.text.split('\n')).toHaveLength(view.rows + 1);
  });
});
