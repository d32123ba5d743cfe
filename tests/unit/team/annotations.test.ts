import { expect, it } from 'vitest';
import type { Service } from '../../../electron/core/service.ts';
import { createHub, joinHub } from '../../../electron/core/team/team.ts';
import { analystWorkspace, annotationState, hubName, syncAll, teamSuite, twoAnalysts } from './team-suite.ts';

/** The first document whose file name is given, and its first passage. */
function firstPassage(service: Service, fileName: string): { documentId: number; passageId: number; start: number } {
  const doc = service.call('documents.list', {}).find((d) => d.fileName === fileName)!;
  const passage = service.call('passages.list', { documentId: doc.id }).passages.find((p) => p.text.length > 40)!;
  return { documentId: doc.id, passageId: passage.id, start: passage.start };
}

/** A few milliseconds, so that the next edit is later by the clock. */
const later = () => new Promise((resolve) => setTimeout(resolve, 5));

teamSuite('team annotations', (cluster) => {
  it('shares highlights and passage notes with their tags, edits and trips to the trash, under the author\'s name', async () => {
    const { a, b } = await twoAnalysts(cluster);
    const at = firstPassage(a, 'ir-record.txt');
    const range = a.call('annotations.createRange', { documentId: at.documentId, start: at.start, end: at.start + 12, body: '**Check** the base', color: 'yellow' });
    a.call('annotations.createOnPassage', { passageId: at.passageId, body: 'Ask IR about this', color: null });
    const tag = a.call('tags.create', { path: 'follow-up/IR', color: null });
    a.call('tags.set', { targetKind: 'annotation', targetId: range.id, tagIds: [tag.id] });
    await syncAll(a, b);
    expect(annotationState(b)).toEqual(annotationState(a));
    expect(annotationState(b)).toHaveLength(2);

    const onB = (body: string) => {
      const doc = firstPassage(b, 'ir-record.txt').documentId;
      return b.call('annotations.list', { documentId: doc }).find((x) => x.body === body)!;
    };
    b.call('annotations.update', { id: onB('**Check** the base').id, patch: { body: 'Base checked: FY2024 restated', color: 'green' } });
    b.call('annotations.delete', { id: onB('Ask IR about this').id });
    await syncAll(b, a);
    expect(annotationState(a)).toEqual(annotationState(b));
    expect(annotationState(a)).toEqual([expect.objectContaining({ body: 'Base checked: FY2024 restated', color: 'green', tags: 'follow-up/IR' })]);
    expect(a.call('trash.list', {})).toEqual([expect.objectContaining({ targetKind: 'annotation', description: 'Ask IR about this' })]);
    const authors = a.workspace.db.prepare(`SELECT DISTINCT author FROM history WHERE target_kind = 'annotation' AND field = 'body'`).pluck().all();
    expect(authors).toEqual(['Bo']);

    // Ann brings the note back from her trash; the team gets it back too.
    a.call('trash.restore', { id: a.call('trash.list', {})[0]!.id });
    await syncAll(a, b);
    expect(annotationState(b)).toEqual(annotationState(a));
    expect(annotationState(b)).toHaveLength(2);
  });

  it('keeps the later of two concurrent edits with the other in history, and an edit later than a delete brings the note back', async () => {
    const { a, b } = await twoAnalysts(cluster);
    const at = firstPassage(a, 'market-note.md');
    const id = a.call('annotations.createRange', { documentId: at.documentId, start: at.start, end: at.start + 8, body: 'first', color: null }).id;
    await syncAll(a, b);
    const idB = b.call('annotations.list', { documentId: firstPassage(b, 'market-note.md').documentId })[0]!.id;
    a.call('annotations.update', { id, patch: { body: 'by Ann' } });
    await later(); // by the clock: edits in the same millisecond are ordered by workspace id instead
    b.call('annotations.update', { id: idB, patch: { body: 'by Bo, later' } });
    await syncAll(a, b);
    expect(annotationState(a)).toEqual(annotationState(b));
    expect(a.call('annotations.get', { id }).body).toBe('by Bo, later');
    expect(a.call('annotations.get', { id }).history.map((h) => h.newValue)).toEqual(expect.arrayContaining(['by Ann', 'by Bo, later']));

    a.call('annotations.delete', { id });
    await later();
    b.call('annotations.update', { id: idB, patch: { color: 'pink' } });
    await syncAll(a, b);
    expect(annotationState(a)).toEqual(annotationState(b));
    expect(annotationState(a)).toEqual([expect.objectContaining({ body: 'by Bo, later', color: 'pink' })]);
  });

  it('offers the annotations made before joining, and places them once their document arrives in a workspace that lacked it', async () => {
    const url = await cluster().createDatabase(hubName());
    await createHub(url);
    const a = await analystWorkspace();
    const at = firstPassage(a, 'ir-record.txt');
    a.call('annotations.createRange', { documentId: at.documentId, start: at.start + 2, end: at.start + 20, body: 'made offline, before joining', color: 'blue' });
    await joinHub(a.workspace.db, url, 'Ann');
    const empty = await analystWorkspace([]);
    await joinHub(empty.workspace.db, url, 'Lee');
    await syncAll(a, empty);
    expect(annotationState(empty)).toEqual(annotationState(a));
    expect(annotationState(empty)).toEqual([expect.objectContaining({ body: 'made offline, before joining', color: 'blue', anchor: 'anchored' })]);
  });

  it('sends nothing about notes on metrics as annotations (they travel as the metric\'s note)', async () => {
    const url = await cluster().createDatabase(hubName());
    await createHub(url);
    const a = await analystWorkspace();
    await joinHub(a.workspace.db, url, 'Ann');
    const id = a.call('metrics.page', { endRow: 1, sort: [{ column: 'position', direction: 'asc' }] }).rows[0]!.id;
    a.call('metrics.update', { id, patch: { note: 'a note on the figure' } });
    const kinds = a.workspace.db.prepare(`SELECT kind || '.' || field FROM team_changes ORDER BY rowid`).pluck().all();
    expect(kinds).toEqual(['document.version', 'document.version', 'metric.note']);
  });

  it('shares a metric\'s note edited, deleted and brought back in the annotations panel as the metric\'s note', async () => {
    const { a, b } = await twoAnalysts(cluster);
    const first = (s: Service) => s.call('metrics.page', { endRow: 1, sort: [{ column: 'position', direction: 'asc' }] }).rows[0]!.id;
    const noteOn = (s: Service) => s.call('metrics.get', { id: first(s) }).note;
    const id = first(a);
    a.call('metrics.update', { id, patch: { note: 'ok' } });
    await syncAll(a, b);
    expect(noteOn(b)).toBe('ok');
    const documentId = a.call('metrics.get', { id }).documentId;
    const note = a.call('annotations.list', { documentId }).find((x) => x.targetKind === 'metric')!;
    a.call('annotations.update', { id: note.id, patch: { body: 'ask IR' } });
    await syncAll(a, b);
    expect(noteOn(b)).toBe('ask IR');
    expect(a.call('metrics.get', { id }).history[0]).toMatchObject({ field: 'note', oldValue: 'ok', newValue: 'ask IR' });
    a.call('annotations.delete', { id: note.id });
    await syncAll(a, b);
    expect(noteOn(b) ?? '').toBe('');
    a.call('trash.restore', { id: a.call('trash.list', {})[0]!.id });
    await syncAll(a, b);
    expect(noteOn(b)).toBe('ask IR');
  });

  it('shares a note deleted before joining and brought back after (found by the convergence property)', async () => {
    const url = await cluster().createDatabase(hubName());
    await createHub(url);
    const [a, b] = [await analystWorkspace(), await analystWorkspace([])];
    const at = firstPassage(a, 'ir-record.txt');
    const note = a.call('annotations.createRange', { documentId: at.documentId, start: at.start, end: at.start + 5, body: 'gone, then back' });
    a.call('annotations.delete', { id: note.id });
    await joinHub(a.workspace.db, url, 'Ann');
    await joinHub(b.workspace.db, url, 'Bo');
    await syncAll(a, b);
    a.call('edits.undo', {});
    await syncAll(a, b);
    expect(annotationState(b)).toEqual(annotationState(a));
    expect(annotationState(b)).toEqual([expect.objectContaining({ body: 'gone, then back' })]);
  });
});
