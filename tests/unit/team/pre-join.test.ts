import pg from 'pg';
import { expect, it } from 'vitest';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import type { Service } from '../../../electron/core/service.ts';
import { offerEarlierMetricWork } from '../../../electron/core/team/pre-join-metrics.ts';
import { createHub, joinHub, localStatus, sync } from '../../../electron/core/team/team.ts';
import { analystWorkspace, hubName, metricState, syncAll, teamSuite } from './team-suite.ts';

/** The first metrics in text order (the same metrics in every workspace holding the same documents). */
const metrics = (service: Service) => service.call('metrics.page', { endRow: 6, sort: [{ column: 'position', direction: 'asc' }] }).rows.map((r) => r.id);

/** A metric the analyst makes by selecting a figure in the first fixture. */
function mark(service: Service, figure: string): number {
  const doc = service.call('documents.list', {}).find((d) => d.fileName === 'ir-record.txt')!;
  const text = service.workspace.db.prepare('SELECT text FROM document_versions WHERE id = ?').pluck().get(service.call('documents.get', { id: doc.id }).versionId) as string;
  const at = text.indexOf(figure);
  return service.call('metrics.create', { documentId: doc.id, start: at, end: at + figure.length }).id;
}

/** What a workspace's trash holds, by description (ids differ between workspaces). */
const trash = (service: Service) => service.call('trash.list', {}).map((t) => `${t.targetKind}: ${t.description}`).sort();

/** Everything an analyst does to metrics offline: edits, bulk review, a note, tags, a delete, metrics made from selections. */
function workOffline(service: Service): void {
  const [first, second, third, fourth, fifth] = metrics(service) as [number, number, number, number, number];
  service.call('metrics.update', { id: first, patch: { label: 'offline label', value: 2.5, note: 'checked offline' } });
  service.call('metrics.update', { id: first, patch: { label: 'offline label, again' } });
  service.call('metrics.bulk', { ids: [second, third], change: { status: 'verified' } });
  service.call('metrics.update', { id: third, patch: { unit: 'USD', entity: 'Acme', periodLabel: 'Q1 2025' } });
  const tag = service.call('tags.create', { path: 'Review/Q3', color: 'blue' });
  service.call('tags.set', { targetKind: 'metric', targetId: fourth, tagIds: [tag.id] });
  service.call('metrics.delete', { id: fifth });
  const made = mark(service, '3,950 mt');
  service.call('metrics.update', { id: made, patch: { label: 'sales volume, marked offline' } });
  service.call('metrics.delete', { id: mark(service, '4,200 mt') });
}

async function hubChanges(url: string): Promise<{ n: number; distinct: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query('SELECT count(*)::int AS n, count(DISTINCT id)::int AS distinct FROM assay.changes')).rows[0] as { n: number; distinct: number };
  } finally {
    await client.end();
  }
}

teamSuite('team metric work from before joining', (cluster) => {
  it('offers edits, review, notes, tags, deletes and metrics made from selections before joining, under the analyst\'s name', async () => {
    const url = await cluster().createDatabase(hubName());
    await createHub(url);
    const [a, b, empty] = [await analystWorkspace(), await analystWorkspace(), await analystWorkspace([])];
    workOffline(a);
    await joinHub(a.workspace.db, url, 'Ann');
    await joinHub(b.workspace.db, url, 'Bo');
    await joinHub(empty.workspace.db, url, 'Lee');
    await syncAll(a, b, empty);
    // Bo held the same documents; Lee pulled them, and read the same metrics from them.
    expect(metricState(b)).toEqual(metricState(a));
    expect(metricState(empty)).toEqual(metricState(a));
    expect(trash(b)).toEqual(trash(a));
    expect(trash(empty)).toEqual(trash(a));
    expect(trash(a)).toHaveLength(2);
    const labels = metricState(b).map((m) => m.label);
    expect(labels).toEqual(expect.arrayContaining(['offline label, again', 'sales volume, marked offline']));
    expect(metricState(b)).toEqual(expect.arrayContaining([
      expect.objectContaining({ label: 'offline label, again', value: 2.5, note: 'checked offline' }),
      expect.objectContaining({ unit: 'USD', entity: 'Acme', periodLabel: 'Q1 2025', status: 'verified' }),
      expect.objectContaining({ tags: 'Review/Q3' }),
    ]));
    const first = metrics(b)[0]!;
    expect(b.call('metrics.get', { id: first }).history[0]).toMatchObject({ author: 'Ann' });
    for (const s of [a, b, empty]) expect(localStatus(s.workspace.db).pending).toBe(0);
    expect((await sync(empty.workspace.db)).waiting).toBe(0);
  });

  it('offers each field once, however often it is offered, and a first sync cut after the hub committed resumes without duplicates', async () => {
    const url = await cluster().createDatabase(hubName());
    await createHub(url);
    const [a, b] = [await analystWorkspace(), await analystWorkspace([])];
    workOffline(a);
    await joinHub(a.workspace.db, url, 'Ann');
    await joinHub(b.workspace.db, url, 'Bo');
    const offered = localStatus(a.workspace.db).pending;
    // Two documents, four fields of the first metric, three review and edit fields of the third,
    // a status, tags, a delete, a made metric with its label, and a made metric deleted.
    const kinds = a.workspace.db.prepare(`SELECT kind || '.' || field FROM team_changes WHERE kind = 'metric' ORDER BY rowid`).pluck().all();
    expect(kinds).toEqual(expect.arrayContaining(['metric.create', 'metric.label', 'metric.value', 'metric.note', 'metric.status', 'metric.tags', 'metric.exists']));
    expect(kinds.filter((k) => k === 'metric.label')).toHaveLength(2);
    a.workspace.db.transaction(() => offerEarlierMetricWork(a.workspace.db))();
    expect(localStatus(a.workspace.db).pending).toBe(offered);

    await expect(sync(a.workspace.db, { pushBatch: 5, onBatch: (phase) => { if (phase === 'push') throw new Error('cut'); } })).rejects.toThrow('cut');
    expect(await hubChanges(url)).toEqual({ n: 5, distinct: 5 });
    // The cut batch was never noted here: it is sent again, and the hub skips it by id.
    expect(await sync(a.workspace.db)).toMatchObject({ pushed: offered });
    expect(await hubChanges(url)).toEqual({ n: offered, distinct: offered });
    await syncAll(a, b);
    expect(metricState(b)).toEqual(metricState(a));
  });

  it('a metric tagged, then deleted before joining goes to every trash with its tags, and comes back with them wherever it is restored', async () => {
    const url = await cluster().createDatabase(hubName());
    await createHub(url);
    const [a, b] = [await analystWorkspace(), await analystWorkspace([])];
    const target = metrics(a)[1]!;
    a.call('tags.set', { targetKind: 'metric', targetId: target, tagIds: [a.call('tags.create', { path: 'Review/Q3', color: null }).id] });
    a.call('metrics.delete', { id: target });
    await joinHub(a.workspace.db, url, 'Ann');
    await joinHub(b.workspace.db, url, 'Bo');
    await syncAll(a, b);
    expect(trash(b)).toEqual(trash(a));
    b.call('trash.restore', { id: b.call('trash.list', {})[0]!.id });
    await syncAll(a, b);
    expect(metricState(a)).toEqual(metricState(b));
    expect(metricState(a)).toEqual(expect.arrayContaining([expect.objectContaining({ tags: 'Review/Q3' })]));
  });

  it('a tag deleted before joining and restored after comes back on its metrics and passages in every workspace (found by the convergence property)', async () => {
    const url = await cluster().createDatabase(hubName());
    await createHub(url);
    const [a, b] = [await analystWorkspace(), await analystWorkspace([])];
    const tag = a.call('tags.create', { path: 'Review/Q3', color: null });
    a.call('tags.set', { targetKind: 'metric', targetId: metrics(a)[0]!, tagIds: [tag.id] });
    const doc = a.call('documents.list', {}).find((d) => d.fileName === 'ir-record.txt')!;
    const passage = a.call('passages.list', { documentId: doc.id, limit: 1 }).passages[0]!;
    a.call('tags.set', { targetKind: 'passage', targetId: passage.id, tagIds: [tag.id] });
    a.call('tags.delete', { id: a.call('tags.list', {}).find((t) => t.path === 'Review')!.id });
    await joinHub(a.workspace.db, url, 'Ann');
    await joinHub(b.workspace.db, url, 'Bo');
    await syncAll(a, b);
    a.call('trash.restore', { id: a.call('trash.list', {}).find((t) => t.targetKind === 'tag')!.id });
    await syncAll(a, b);
    const counts = (s: Service) => s.call('tags.list', {}).map((t) => `${t.path}: ${t.count}`);
    expect(counts(b)).toEqual(counts(a));
    expect(counts(a)).toEqual(['Review: 0', 'Review/Q3: 2']);
    expect(metricState(b)).toEqual(metricState(a));
  });

  it('two analysts who marked the same figure before joining get one metric; a pre-join edit meets a later one made elsewhere by when each was made', async () => {
    const url = await cluster().createDatabase(hubName());
    await createHub(url);
    const [a, b] = [await analystWorkspace(), await analystWorkspace()];
    const count = (s: Service) => s.workspace.db.prepare('SELECT count(*) FROM metrics').pluck().get() as number;
    const before = count(a);
    mark(a, '3,950 mt');
    mark(b, '3,950 mt');
    b.call('metrics.update', { id: metrics(b)[0]!, patch: { label: 'by Bo, before joining' } });
    await joinHub(a.workspace.db, url, 'Ann');
    await sync(a.workspace.db);
    await new Promise((resolve) => setTimeout(resolve, 5));
    a.call('metrics.update', { id: metrics(a)[0]!, patch: { label: 'by Ann, after joining' } });
    await sync(a.workspace.db);
    await new Promise((resolve) => setTimeout(resolve, 5));
    // Bo joins last: his offline label, offered at his join, is stamped when he wrote it, before Ann's.
    await joinHub(b.workspace.db, url, 'Bo');
    await syncAll(a, b);
    expect(metricState(b)).toEqual(metricState(a));
    expect(count(a)).toBe(before + 1);
    expect(count(b)).toBe(before + 1);
    const first = a.call('metrics.get', { id: metrics(a)[0]! });
    expect(first).toMatchObject({ label: 'by Ann, after joining', status: 'disputed' });
    expect(first.history.map((h) => h.newValue)).toEqual(expect.arrayContaining(['by Ann, after joining', 'by Bo, before joining']));
  });
  it('work done before joining on figures a new version, also imported before joining, moved fuzzily onto changed words ends the same in every workspace (#17)', async () => {
    const url = await cluster().createDatabase(hubName());
    await createHub(url);
    const [a, b] = [await analystWorkspace(), await analystWorkspace([])];
    const on = (figure: string) => a.workspace.db.prepare('SELECT id FROM metrics WHERE surface = ? ORDER BY id LIMIT 1').pluck().get(figure) as number;
    // Ann reviews the sales volume, marks the output herself and reviews the capacity, then imports a version where all three
    // changed, and deletes the capacity she had reviewed: her figures stand fuzzily on the changed words, with their old readings.
    a.call('metrics.update', { id: on('3,950 mt'), patch: { status: 'verified' } });
    a.call('metrics.update', { id: mark(a, '4,200 mt'), patch: { label: 'output, marked' } });
    a.call('metrics.update', { id: on('30,000 mt/year'), patch: { status: 'verified' } });
    const doc = a.call('documents.list', {}).find((d) => d.fileName === 'ir-record.txt')!;
    const text = a.workspace.db.prepare('SELECT text FROM document_versions WHERE id = ?').pluck().get(a.call('documents.get', { id: doc.id }).versionId) as string;
    const v2 = text.replace('3,950 mt', '3,980 mt').replace('4,200 mt', '4,250 mt').replace('30,000 mt/year', '32,000 mt/year');
    importBytes(importStores(a.workspace.db), new TextEncoder().encode(v2), 'ir-record.txt', null);
    a.call('metrics.delete', { id: on('30,000 mt/year') });
    const fuzzy = metricState(a).filter((m) => [3950, 4200].includes(m.value as number));
    expect(fuzzy).toHaveLength(2);
    await joinHub(a.workspace.db, url, 'Ann');
    await joinHub(b.workspace.db, url, 'Bo');
    await syncAll(a, b);
    // Bo's import read the changed words afresh (3,980 mt), and the work offered keyed where the figures stood named those readings.
    expect(metricState(b)).toEqual(metricState(a));
    expect(trash(b)).toEqual(trash(a));
  });

  it('a workspace that joined under an Assay that did not offer its earlier metric work offers it on its next sync, stamped when it was made', async () => {
    const url = await cluster().createDatabase(hubName());
    await createHub(url);
    const [a, b] = [await analystWorkspace(), await analystWorkspace([])];
    const [first, second] = metrics(a) as [number, number];
    a.call('metrics.update', { id: first, patch: { label: 'offline, before any join' } });
    a.call('metrics.update', { id: second, patch: { label: 'offline, and later edited by Bo' } });
    await joinHub(a.workspace.db, url, 'Ann');
    // As an older Assay left it: joined, its documents shared, its metric work never offered (and it syncs so).
    a.workspace.db.exec(`DELETE FROM team_fields WHERE kind = 'metric'; DELETE FROM team_changes WHERE kind = 'metric'`);
    await sync(a.workspace.db);
    await joinHub(b.workspace.db, url, 'Bo');
    await sync(b.workspace.db);
    expect(b.call('metrics.get', { id: metrics(b)[0]! }).label).not.toBe('offline, before any join');
    b.call('metrics.update', { id: metrics(b)[1]!, patch: { label: 'by Bo, after the offline edit' } });
    await sync(b.workspace.db);
    // Ann's Assay is upgraded (migration 32 leaves the flag at 0): her next sync offers the old edits, once;
    // Bo's later label still wins.
    a.workspace.db.exec('UPDATE team_state SET earlier_work_offered = 0');
    await syncAll(a, b);
    await syncAll(a, b);
    expect(metricState(b)).toEqual(metricState(a));
    expect(b.call('metrics.get', { id: metrics(b)[0]! }).label).toBe('offline, before any join');
    expect(a.call('metrics.get', { id: metrics(a)[1]! }).label).toBe('by Bo, after the offline edit');
    expect(a.workspace.db.prepare(`SELECT count(*) FROM team_changes WHERE kind = 'metric' AND value = 'offline, before any join'`).pluck().get()).toBe(1);
  });
  it('a late offer does not bring back a metric a teammate deleted after the join, with the tags it had before (found by review)', async () => {
    const url = await cluster().createDatabase(hubName());
    await createHub(url);
    const [a, b] = [await analystWorkspace(), await analystWorkspace()];
    const tag = a.call('tags.create', { path: 'Check' });
    a.call('tags.set', { targetKind: 'metric', targetId: metrics(a)[0]!, tagIds: [tag.id] });
    await joinHub(a.workspace.db, url, 'Ann');
    // As an older Assay left it: its metric work never offered.
    a.workspace.db.exec(`DELETE FROM team_fields WHERE kind = 'metric'; DELETE FROM team_changes WHERE kind = 'metric'`);
    await sync(a.workspace.db);
    await joinHub(b.workspace.db, url, 'Bo');
    await sync(b.workspace.db);
    b.call('metrics.delete', { id: metrics(b)[0]! });
    await sync(b.workspace.db);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await sync(a.workspace.db);
    // Ann upgrades: her next sync offers her earlier work; Bo's delete stands everywhere.
    a.workspace.db.exec('UPDATE team_state SET earlier_work_offered = 0');
    await syncAll(a, b);
    await syncAll(a, b);
    expect(metricState(b)).toEqual(metricState(a));
    expect(a.call('trash.list', {})).toHaveLength(1);
    expect(b.call('trash.list', {})).toHaveLength(1);
  });
});
