import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import { fixture } from '../../helpers/fixtures.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

async function seeded(file = tempWorkspacePath()) {
  const service = new Service(await openWorkspace(file));
  importBytes(importStores(service.workspace.db), fixture('ir-record.txt'), 'ir-record.txt', null);
  const documentId = service.call('documents.list', {})[0]!.id;
  const doc = service.call('documents.get', { id: documentId });
  const text = service.call('passages.list', { documentId }).passages.map((p) => p.text).join('\n');
  return { service, documentId, doc, text, file };
}

/** Offsets of `words` in the document's current text. */
function rangeOf(service: Service, documentId: number, words: string): { start: number; end: number } {
  for (const p of service.call('passages.list', { documentId }).passages) {
    const at = p.text.indexOf(words);
    if (at !== -1) return { start: p.start + at, end: p.start + at + words.length };
  }
  throw new Error(`not in the document: ${words}`);
}

describe('annotations', () => {
  it('highlights in colors, overlapping, and lists them filtered by color and tag', async () => {
    const { service, documentId } = await seeded();
    const outer = rangeOf(service, documentId, 'operating revenue');
    const a = service.call('annotations.createRange', { documentId, ...outer, body: '', color: 'yellow' }).id;
    const b = service.call('annotations.createRange', { documentId, start: outer.start + 10, end: outer.end + 5, body: 'Check the *restatement*.', color: 'blue' }).id;
    const tag = service.call('tags.create', { path: 'check' });
    service.call('tags.set', { targetKind: 'annotation', targetId: b, tagIds: [tag.id] });
    const all = service.call('annotations.list', { documentId });
    expect(all.map((x) => [x.id, x.color, x.motivation])).toEqual([[a, 'yellow', 'highlighting'], [b, 'blue', 'commenting']]);
    expect(service.call('annotations.list', { documentId, color: 'blue' }).map((x) => x.id)).toEqual([b]);
    expect(service.call('annotations.list', { documentId, tagId: tag.id }).map((x) => x.id)).toEqual([b]);
    expect(service.call('annotations.ranges', { documentId }).map((r) => r.color)).toEqual(['yellow', 'blue']);
  });

  it('records every change in the history, and undo takes back edits, creation and deletion', async () => {
    const { service, documentId } = await seeded();
    const range = rangeOf(service, documentId, 'operating revenue');
    const id = service.call('annotations.createRange', { documentId, ...range, body: 'first', color: null }).id;
    service.call('annotations.update', { id, patch: { body: 'second', color: 'pink' } });
    const detail = service.call('annotations.get', { id });
    expect(detail.history.map((h) => [h.field, h.oldValue, h.newValue])).toEqual(expect.arrayContaining([['body', 'first', 'second'], ['color', null, 'pink']]));
    service.call('edits.undo', {});
    expect(service.call('annotations.get', { id })).toMatchObject({ body: 'first', color: null });
    service.call('edits.undo', {});
    expect(() => service.call('annotations.get', { id })).toThrow(/trash/u);
    service.call('edits.redo', {});
    expect(service.call('annotations.get', { id }).body).toBe('first');
    service.call('annotations.delete', { id });
    expect(service.call('annotations.list', { documentId })).toEqual([]);
    service.call('edits.undo', {});
    expect(service.call('annotations.list', { documentId }).map((a) => a.id)).toEqual([id]);
  });

  it('keeps deleted metrics, with their notes and tags, in a trash they can be restored from', async () => {
    const { service, documentId } = await seeded();
    const metric = service.call('metrics.page', { documentId, label: 'operating revenue' }).rows[0]!;
    service.call('metrics.update', { id: metric.id, patch: { note: 'Ties to the annual report.', status: 'verified' } });
    const tag = service.call('tags.create', { path: 'kpi' });
    service.call('tags.set', { targetKind: 'metric', targetId: metric.id, tagIds: [tag.id] });
    service.call('metrics.delete', { id: metric.id });
    expect(() => service.call('metrics.get', { id: metric.id })).toThrow(/no metric/u);
    const [entry] = service.call('trash.list', {});
    expect(entry).toMatchObject({ targetKind: 'metric', targetId: metric.id, documentId });
    expect(entry!.description).toContain('operating revenue');
    service.call('trash.restore', { id: entry!.id });
    expect(service.call('metrics.get', { id: metric.id })).toMatchObject({ note: 'Ties to the annual report.', status: 'verified', tagRefs: [tag] });
    expect(service.call('trash.list', {})).toEqual([]);
    service.call('metrics.delete', { id: metric.id });
    expect(service.call('trash.empty', {})).toEqual({ removed: 1 });
    expect(() => service.call('edits.undo', {})).toThrow(/no longer in the trash/u);
  });

  it('refuses a colour or a tag on a note on a metric, which is the metric\'s note, and lets one it had go', async () => {
    const { service } = await seeded();
    const metric = service.call('metrics.page', { endRow: 1, sort: [{ column: 'position', direction: 'asc' }] }).rows[0]!;
    service.call('metrics.update', { id: metric.id, patch: { note: 'check page 3' } });
    const note = service.workspace.db.prepare(`SELECT id FROM annotations WHERE metric_id = ?`).pluck().get(metric.id) as number;
    expect(() => service.call('annotations.update', { id: note, patch: { color: 'yellow' } })).toThrow(expect.objectContaining({ code: 'NOTE_ON_METRIC' }));
    const tag = service.call('tags.create', { path: 'check' });
    expect(() => service.call('tags.set', { targetKind: 'annotation', targetId: note, tagIds: [tag.id] })).toThrow(expect.objectContaining({ code: 'NOTE_ON_METRIC' }));
    // One coloured and tagged before the rule keeps its words, and its colour and tags can be taken off.
    service.workspace.db.prepare(`UPDATE annotations SET color = 'green' WHERE id = ?`).run(note);
    service.workspace.db.prepare(`INSERT INTO taggings (tag_id, target_kind, target_id) VALUES (?, 'annotation', ?)`).run(tag.id, note);
    service.call('annotations.update', { id: note, patch: { color: null, body: 'checked' } });
    service.call('tags.set', { targetKind: 'annotation', targetId: note, tagIds: [] });
    expect(service.call('annotations.get', { id: note })).toMatchObject({ color: null, body: 'checked', tags: [] });
    expect(service.call('metrics.get', { id: metric.id }).note).toBe('checked');
    // Undo puts back what was there (found by review: the refusal had stuck the undo stack).
    service.call('edits.undo', {});
    service.call('edits.undo', {});
    expect(service.call('annotations.get', { id: note })).toMatchObject({ color: 'green', body: 'check page 3' });
  });

  it('notes a whole passage', async () => {
    const { service, documentId } = await seeded();
    const passage = service.call('passages.list', { documentId }).passages[1]!;
    const { id } = service.call('annotations.createOnPassage', { passageId: passage.id, body: 'Key answer.', color: 'green' });
    expect(service.call('annotations.list', { documentId })).toEqual([expect.objectContaining({ id, targetKind: 'passage', passageId: passage.id, body: 'Key answer.' })]);
    expect(() => service.call('annotations.createOnPassage', { passageId: 999_999, body: 'x' })).toThrow(/no passage 999999/u);
  });

  it('lists an orphan with its quote after a new version loses its words, and places it by hand (undoably)', async () => {
    const { service, documentId } = await seeded();
    const range = rangeOf(service, documentId, 'operating revenue');
    const id = service.call('annotations.createRange', { documentId, ...range, body: 'Where did it go?', color: 'orange' }).id;
    const original = fixture('ir-record.txt').toString('utf8');
    const changed = original.replaceAll('operating revenue', 'turnover').replaceAll('Operating revenue', 'Turnover');
    importBytes(importStores(service.workspace.db), Buffer.from(changed), 'ir-record.txt', null);
    const [orphan] = service.call('annotations.list', { documentId });
    expect(orphan).toMatchObject({ id, anchorState: 'orphaned', quote: 'operating revenue', start: null });
    expect(service.call('annotations.ranges', { documentId })).toEqual([]);
    const target = rangeOf(service, documentId, 'turnover');
    const placed = service.call('annotations.place', { id, ...target });
    expect(placed).toMatchObject({ anchorState: 'anchored', quote: 'turnover', start: target.start, end: target.end });
    expect(placed.history[0]).toMatchObject({ field: 'placed', oldValue: 'operating revenue', newValue: 'turnover' });
    service.call('edits.undo', {});
    expect(service.call('annotations.get', { id })).toMatchObject({ anchorState: 'orphaned', quote: 'operating revenue' });
  });

  it('survives a restart with its color, tags and undo stack', async () => {
    const first = await seeded();
    const range = rangeOf(first.service, first.documentId, 'operating revenue');
    const id = first.service.call('annotations.createRange', { documentId: first.documentId, ...range, body: '', color: 'purple' }).id;
    first.service.call('annotations.update', { id, patch: { color: 'green' } });
    first.service.workspace.db.close();
    const again = new Service(await openWorkspace(first.file));
    expect(again.call('annotations.get', { id }).color).toBe('green');
    again.call('edits.undo', {});
    expect(again.call('annotations.get', { id }).color).toBe('purple');
  });
});
