import fs from 'node:fs';
import { expect, it, vi } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { Service } from '../../../electron/core/service.ts';
import { BackgroundSync } from '../../../electron/core/team/background-sync.ts';
import { createHub, joinHub, localStatus, sync } from '../../../electron/core/team/team.ts';
import type { Cluster } from './pg-cluster.ts';
import { analystWorkspace, hubName, metricState, teamSuite } from './team-suite.ts';

/** Ann (who imported the fixtures) and Bo, joined and synced once. */
async function annAndBo(cluster: Cluster): Promise<{ a: Service; b: Service }> {
  const url = await cluster.createDatabase(hubName());
  await createHub(url);
  const [a, b] = [await analystWorkspace(), await analystWorkspace([])];
  await joinHub(a.workspace.db, url, 'Ann');
  await joinHub(b.workspace.db, url, 'Bo');
  await sync(a.workspace.db);
  await sync(b.workspace.db);
  return { a, b };
}

/** The first document's extracted "3,950 mt" figure: its document, where it starts, and the metrics on its span by id. */
function onSpan(s: Service): { doc: number; at: number; ids: number[] } {
  const doc = s.call('documents.list', {}).find((d) => d.fileName === 'ir-record.txt')!;
  const text = s.workspace.db.prepare('SELECT text FROM document_versions WHERE id = ?').pluck().get(s.call('documents.get', { id: doc.id }).versionId) as string;
  const at = text.indexOf('3,950 mt');
  const ids = s.workspace.db.prepare('SELECT id FROM metrics WHERE document_id = ? AND char_start = ? ORDER BY id').pluck().all(doc.id, at) as number[];
  return { doc: doc.id, at, ids };
}

teamSuite('team sync', (cluster) => {
  it('shares an edit, and a later concurrent edit wins with the other kept in history and the metric disputed', async () => {
    const url = await cluster().createDatabase(hubName());
    await createHub(url);
    const [a, b] = [await analystWorkspace(), await analystWorkspace()];
    await joinHub(a.workspace.db, url, 'Ann');
    await joinHub(b.workspace.db, url, 'Bo');
    const rowsA = a.call('metrics.page', { endRow: 5, sort: [{ column: 'position', direction: 'asc' }] }).rows;
    const rowsB = b.call('metrics.page', { endRow: 5, sort: [{ column: 'position', direction: 'asc' }] }).rows;
    a.call('metrics.update', { id: rowsA[0]!.id, patch: { status: 'verified', note: 'checked against the filing' } });
    // Two documents imported before joining, and two fields changed.
    expect(localStatus(a.workspace.db).pending).toBe(4);
    expect(await sync(a.workspace.db)).toMatchObject({ pushed: 4, pulled: 0 });
    // Bo holds the same bytes already, so they are not fetched again.
    expect(await sync(b.workspace.db)).toMatchObject({ pushed: 2, pulled: 4, documents: 0, applied: 2 });
    expect(b.call('metrics.get', { id: rowsB[0]!.id })).toMatchObject({ status: 'verified', note: 'checked against the filing' });
    expect(b.call('metrics.get', { id: rowsB[0]!.id }).history[0]).toMatchObject({ author: 'Ann' });
    // Dated when Ann made it, not when it reached Bo.
    const made = a.call('metrics.get', { id: rowsA[0]!.id }).history.find((h) => h.field === 'note')!.changedAt;
    expect(b.call('metrics.get', { id: rowsB[0]!.id }).history.find((h) => h.field === 'note')!.changedAt).toBe(made);

    a.call('metrics.update', { id: rowsA[1]!.id, patch: { label: 'label by Ann' } });
    // Bo's edit is the later one: in the same millisecond the clocks tie and the workspace ids (random) decide.
    await new Promise((resolve) => setTimeout(resolve, 5));
    b.call('metrics.update', { id: rowsB[1]!.id, patch: { label: 'label by Bo' } });
    await sync(a.workspace.db);
    await sync(b.workspace.db);
    await sync(a.workspace.db);
    await sync(b.workspace.db);
    const got = b.call('metrics.get', { id: rowsB[1]!.id });
    expect(got.label).toBe('label by Bo');
    expect(got.status).toBe('disputed');
    expect(metricState(a)).toEqual(metricState(b));
    expect(a.call('metrics.get', { id: rowsA[1]!.id }).history.map((h) => h.newValue)).toEqual(expect.arrayContaining(['label by Ann', 'label by Bo']));
  });

  it('gives the team the documents, once per content hash, and each workspace extracts them itself; the first sync brings everything', async () => {
    const url = await cluster().createDatabase(hubName());
    await createHub(url);
    const a = await analystWorkspace();
    await joinHub(a.workspace.db, url, 'Ann');
    const late = await analystWorkspace(['wrapped.txt']);
    await joinHub(late.workspace.db, url, 'Lee');
    const id = a.call('metrics.page', { endRow: 1, sort: [{ column: 'position', direction: 'asc' }] }).rows[0]!.id;
    a.call('metrics.update', { id, patch: { status: 'verified', label: 'confirmed label' } });
    expect(await sync(a.workspace.db)).toMatchObject({ pushed: 4 });
    expect(await sync(late.workspace.db)).toMatchObject({ pushed: 1, documents: 2, applied: 2, waiting: 0 });
    expect(await sync(a.workspace.db)).toMatchObject({ documents: 1 });
    expect(metricState(late)).toEqual(metricState(a));
    expect(late.call('documents.list', {})).toHaveLength(3);
    const again = await analystWorkspace([]);
    await joinHub(again.workspace.db, url, 'Mo');
    expect(await sync(again.workspace.db)).toMatchObject({ documents: 3, pushed: 0 });
    expect(metricState(again)).toEqual(metricState(a));
  });

  it('syncs through the contract (team.status, team.sync) and on its own in the background, and says why when the hub is down', async () => {
    const name = hubName();
    const url = await cluster().createDatabase(name);
    await createHub(url);
    const [a, b] = [await analystWorkspace(), await analystWorkspace([])];
    expect(a.call('team.status', {})).toMatchObject({ joined: false, pending: 0, syncing: false });
    await joinHub(a.workspace.db, url, 'Ann');
    await joinHub(b.workspace.db, url, 'Bo');
    expect(a.call('team.status', {})).toMatchObject({ joined: true, member: 'Ann', pending: 2, lastSyncAt: null });
    expect(await a.request('team.sync', {})).toMatchObject({ pushed: 2, role: 'editor' });
    expect(a.call('team.status', {})).toMatchObject({ pending: 0, lastError: null, lastSyncAt: expect.any(String) });

    const background = new BackgroundSync(b.workspace.db, 50);
    background.start();
    try {
      await vi.waitFor(() => expect(b.call('documents.list', {})).toHaveLength(2), { timeout: 10_000 });
    } finally {
      background.stop();
    }
    await cluster().sql('postgres', `ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`);
    await expect(a.request('team.sync', {})).rejects.toMatchObject({ code: 'HUB_UNREACHABLE' });
    expect(a.call('team.status', {}).lastError).toMatch(/Cannot reach the team hub/u);
  });

  it('brings a deleted metric back from the trash with an edit made elsewhere after the delete, and applies a later delete everywhere', async () => {
    const url = await cluster().createDatabase(hubName());
    await createHub(url);
    const [a, b] = [await analystWorkspace(), await analystWorkspace()];
    await joinHub(a.workspace.db, url, 'Ann');
    await joinHub(b.workspace.db, url, 'Bo');
    const first = (s: typeof a) => s.call('metrics.page', { endRow: 1, sort: [{ column: 'position', direction: 'asc' }] }).rows[0]!;
    const target = first(a);
    const label = (s: typeof a) => s.call('metrics.page', { endRow: 100, sort: [{ column: 'position', direction: 'asc' }] }).rows.find((r) => r.start === target.start)?.label;
    a.call('metrics.delete', { id: target.id });
    await new Promise((resolve) => setTimeout(resolve, 5));
    b.call('metrics.update', { id: first(b).id, patch: { label: 'kept by Bo' } });
    await sync(a.workspace.db);
    await sync(b.workspace.db);
    await sync(a.workspace.db);
    expect(label(a)).toBe('kept by Bo');
    expect(label(b)).toBe('kept by Bo');
    expect(a.call('trash.list', {})).toHaveLength(0);
    expect(metricState(a)).toEqual(metricState(b));

    a.call('metrics.delete', { id: first(a).id });
    await sync(a.workspace.db);
    await sync(b.workspace.db);
    expect(label(b)).toBeUndefined();
    expect(b.call('trash.list', {})).toMatchObject([{ targetKind: 'metric' }]);
    b.call('trash.restore', { id: b.call('trash.list', {})[0]!.id });
    await sync(b.workspace.db);
    await sync(a.workspace.db);
    expect(label(a)).toBe('kept by Bo');
    expect(metricState(a)).toEqual(metricState(b));

    // An edit older than the delete, arriving after it, goes into the trash with the metric.
    b.call('metrics.update', { id: first(b).id, patch: { label: 'older edit' } });
    await new Promise((resolve) => setTimeout(resolve, 5));
    a.call('metrics.delete', { id: first(a).id });
    await sync(a.workspace.db);
    await sync(b.workspace.db);
    await sync(a.workspace.db);
    expect([label(a), label(b)]).toEqual([undefined, undefined]);
    const trashed = (s: typeof a) => s.call('trash.restore', { id: s.call('trash.list', {})[0]!.id }) && label(s);
    expect([trashed(a), trashed(b)]).toEqual(['older edit', 'older edit']);
  });

  it('refuses to push from a copy of a joined workspace file, whose change ids would collide with the original\'s', async () => {
    const url = await cluster().createDatabase(hubName());
    await createHub(url);
    const a = await analystWorkspace();
    await joinHub(a.workspace.db, url, 'Ann');
    a.workspace.db.pragma('wal_checkpoint(TRUNCATE)');
    const copyPath = `${a.workspace.path}.copy.assay`;
    fs.copyFileSync(a.workspace.path, copyPath);
    const copy = new Service(await openWorkspace(copyPath));
    const first = (s: Service) => s.call('metrics.page', { endRow: 1, sort: [{ column: 'position', direction: 'asc' }] }).rows[0]!.id;
    a.call('metrics.update', { id: first(a), patch: { label: 'by the original' } });
    copy.call('metrics.update', { id: first(copy), patch: { label: 'by the copy' } });
    await sync(a.workspace.db);
    await expect(sync(copy.workspace.db)).rejects.toMatchObject({ code: 'WORKSPACE_COPIED', message: expect.stringContaining('is a copy of another workspace') });
    expect(localStatus(copy.workspace.db).pending).toBeGreaterThan(0);
    copy.workspace.db.close();
    fs.rmSync(copyPath, { force: true });
  });

  it('shares a metric an analyst created from a selection: made again from the same bytes elsewhere, then edited and deleted like any other', async () => {
    const url = await cluster().createDatabase(hubName());
    await createHub(url);
    const a = await analystWorkspace();
    await joinHub(a.workspace.db, url, 'Ann');
    const empty = await analystWorkspace([]);
    await joinHub(empty.workspace.db, url, 'Lee');
    const doc = a.call('documents.list', {}).find((d) => d.fileName === 'ir-record.txt')!;
    const text = a.workspace.db.prepare('SELECT text FROM document_versions WHERE id = ?').pluck().get(a.call('documents.get', { id: doc.id }).versionId) as string;
    const at = text.indexOf('3,950 mt');
    const created = a.call('metrics.create', { documentId: doc.id, start: at, end: at + 8 });
    a.call('metrics.update', { id: created.id, patch: { label: 'sales volume (checked)' } });
    await sync(a.workspace.db);
    await sync(empty.workspace.db);
    expect(metricState(empty)).toEqual(metricState(a));
    const theirs = empty.workspace.db.prepare(`SELECT id, origin, label FROM metrics WHERE origin = 'analyst'`).all() as Array<{ id: number; origin: string; label: string }>;
    expect(theirs).toEqual([{ id: expect.any(Number), origin: 'analyst', label: 'sales volume (checked)' }]);
    empty.call('metrics.update', { id: theirs[0]!.id, patch: { status: 'verified' } });
    await sync(empty.workspace.db);
    await sync(a.workspace.db);
    expect(a.call('metrics.get', { id: created.id }).status).toBe('verified');
    a.call('metrics.delete', { id: created.id });
    await sync(a.workspace.db);
    await sync(empty.workspace.db);
    expect(empty.workspace.db.prepare(`SELECT count(*) FROM metrics WHERE origin = 'analyst'`).pluck().get()).toBe(0);
    expect(metricState(empty)).toEqual(metricState(a));
  });

  it('names the same metric in both workspaces when one deleted an extracted figure and the other made a metric on the same span and tagged the figure', async () => {
    const { a, b } = await annAndBo(cluster());
    a.call('metrics.delete', { id: onSpan(a).ids[0]! });
    const { doc, at, ids } = onSpan(b);
    b.call('metrics.create', { documentId: doc, start: at, end: at + 8 });
    // Bo tags the extracted figure after Ann deleted it: the later edit brings it back.
    const tag = b.call('tags.create', { path: 'Review/Q3' });
    b.call('tags.set', { targetKind: 'metric', targetId: ids[0]!, tagIds: [tag.id] });
    for (let round = 0; round < 2; round++) for (const s of [a, b]) await sync(s.workspace.db);
    expect(metricState(a)).toEqual(metricState(b));
    expect(onSpan(a).ids).toHaveLength(2);
    // The extracted figure, back from Ann's trash, carries the tag; the metric Bo made does not.
    const [extracted, made] = onSpan(a).ids;
    expect(a.call('tags.of', { targetKind: 'metric', targetIds: [extracted!] })[0]!.tags.map((t) => t.path)).toEqual(['Review/Q3']);
    expect(a.call('metrics.get', { id: made! }).tagRefs).toEqual([]);
  });

  it('keeps naming metrics by the same keys after a workspace empties its trash: an edit from elsewhere never lands on another figure', async () => {
    const { a, b } = await annAndBo(cluster());
    // Bo makes a second metric on the extracted figure's span; both workspaces have both.
    const span = onSpan(b);
    b.call('metrics.create', { documentId: span.doc, start: span.at, end: span.at + 8 });
    for (const s of [b, a]) await sync(s.workspace.db);
    const [extractedOnA, madeOnA] = onSpan(a).ids;
    const [extractedOnB, madeOnB] = onSpan(b).ids;
    // Ann deletes the extracted figure and empties her trash; Bo, not knowing, relabels both.
    a.call('metrics.delete', { id: extractedOnA! });
    expect(a.call('trash.empty', {})).toEqual({ removed: 1 });
    expect(a.call('trash.list', {})).toEqual([]);
    b.call('metrics.update', { id: extractedOnB!, patch: { label: 'extracted, relabelled by Bo' } });
    b.call('metrics.update', { id: madeOnB!, patch: { label: 'made, relabelled by Bo' } });
    for (let round = 0; round < 2; round++) for (const s of [a, b]) await sync(s.workspace.db);
    expect(onSpan(a).ids).toEqual([madeOnA]);
    expect(a.call('metrics.get', { id: madeOnA! }).label).toBe('made, relabelled by Bo');
    expect(localStatus(a.workspace.db).pending).toBe(0);
    // The trash stays empty to the analyst, and a second empty finds nothing.
    expect(a.call('trash.list', {})).toEqual([]);
    expect(a.call('trash.empty', {})).toEqual({ removed: 0 });
  });
});
