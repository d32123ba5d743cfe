import { expect, it } from 'vitest';
import type { ReportContent } from '../../../shared/reports.ts';
import type { Service } from '../../../electron/core/service.ts';
import { createHub, joinHub, sync } from '../../../electron/core/team/team.ts';
import { analystWorkspace, hubName, reportState, syncAll, teamSuite, twoAnalysts } from './team-suite.ts';

const firstMetrics = (s: Service, n: number) => s.call('metrics.page', { endRow: n, sort: [{ column: 'position', direction: 'asc' }] }).rows.map((r) => r.id);

function content(s: Service, id: number, patch: Partial<ReportContent>): { id: number; name: string; content: ReportContent } {
  const { id: _id, name, updatedAt: _u, ...current } = s.call('reports.get', { id });
  return { id, name, content: { ...current, ...patch } };
}

teamSuite('team reports', (cluster) => {
  it('shares a report with its sections, metrics, charts and notes, each item found by its key in the other workspace', async () => {
    const { a, b } = await twoAnalysts(cluster, [undefined, []]);
    const doc = a.call('documents.list', {}).find((d) => d.fileName === 'ir-record.txt')!;
    const note = a.call('annotations.createRange', { documentId: doc.id, start: 0, end: 20, body: 'Source: IR record' });
    const report = a.call('reports.create', { name: 'Lanthanum 1Q25' });
    const [m1, m2] = firstMetrics(a, 2);
    a.call('reports.save', content(a, report.id, {
      summary: 'Output **up**; sales lag.', author: 'Ann',
      sections: [{ heading: 'Output', commentary: 'From the IR call.', items: [{ kind: 'metric', metricId: m1! }, { kind: 'chart', metricId: m2! }, { kind: 'annotation', annotationId: note.id }] }],
    }));
    await syncAll(a, b);
    expect(reportState(b)).toEqual(reportState(a));
    expect(reportState(b)[0]).toMatchObject({ name: 'Lanthanum 1Q25', summary: 'Output **up**; sales lag.', items: [[expect.stringMatching(/^metric: /u), expect.stringMatching(/^chart: /u), 'note: Source: IR record']] });

    const onB = b.call('reports.list', {})[0]!.id;
    b.call('reports.save', content(b, onB, { title: 'Lanthanum: first quarter' }));
    await syncAll(b, a);
    expect(reportState(a)[0]).toMatchObject({ title: 'Lanthanum: first quarter' });
    a.call('reports.delete', { id: report.id });
    await syncAll(a, b);
    expect(b.call('reports.list', {})).toEqual([]);
  });

  it('keeps the later of two concurrent saves and the other as a report of its own, alike in every workspace; same names stay apart', async () => {
    const { a, b } = await twoAnalysts(cluster);
    const report = a.call('reports.create', { name: 'Weekly' });
    await syncAll(a, b);
    const onB = b.call('reports.list', {})[0]!.id;
    a.call('reports.save', content(a, report.id, { summary: 'Ann wrote this first' }));
    await new Promise((resolve) => setTimeout(resolve, 5));
    b.call('reports.save', content(b, onB, { summary: 'Bo wrote this later' }));
    // Both start a report under the same name, neither having seen the other's.
    a.call('reports.create', { name: 'Copper' });
    b.call('reports.create', { name: 'copper' });
    await syncAll(a, b);
    expect(reportState(a)).toEqual(reportState(b));
    const names = reportState(a).map((r) => r.name);
    expect(names).toHaveLength(4);
    expect(names).toEqual(expect.arrayContaining(['Weekly', 'Weekly (Ann, not applied)']));
    expect(names.filter((n) => /^copper( \(2\))?$/iu.test(String(n)))).toHaveLength(2);
    expect(reportState(a).find((r) => r.name === 'Weekly')).toMatchObject({ summary: 'Bo wrote this later' });
    expect(reportState(a).find((r) => r.name === 'Weekly (Ann, not applied)')).toMatchObject({ summary: 'Ann wrote this first' });
  });

  it('keeps one copy of the losing side when its analyst saved twice before seeing the other\'s later save (found by the convergence property)', async () => {
    const { a, b } = await twoAnalysts(cluster);
    const report = a.call('reports.create', { name: 'Weekly' });
    await syncAll(a, b);
    const onB = b.call('reports.list', {})[0]!.id;
    a.call('reports.save', content(a, report.id, { summary: 'first draft' }));
    a.call('reports.save', content(a, report.id, { summary: 'second draft' }));
    await new Promise((resolve) => setTimeout(resolve, 5));
    b.call('reports.save', content(b, onB, { summary: 'Bo wrote this later' }));
    await syncAll(a, b);
    expect(reportState(b)).toEqual(reportState(a));
    expect(reportState(a).map((r) => [r.name, r.summary])).toEqual([['Weekly', 'Bo wrote this later'], ['Weekly (Ann, not applied)', 'second draft']]);
  });

  it('keeps an item whose metric or note went to the trash, in every workspace, and shares it with the next save', async () => {
    const { a, b } = await twoAnalysts(cluster);
    const doc = a.call('documents.list', {}).find((d) => d.fileName === 'ir-record.txt')!;
    const note = a.call('annotations.createRange', { documentId: doc.id, start: 0, end: 20, body: 'Source: IR record' });
    const [metric] = firstMetrics(a, 1);
    const report = a.call('reports.create', { name: 'Weekly' });
    a.call('metrics.delete', { id: metric! });
    a.call('annotations.delete', { id: note.id });
    // Saved with both items while they are in the trash: the other workspace gets them too.
    a.call('reports.save', content(a, report.id, { sections: [{ heading: 'Figures', commentary: '', items: [{ kind: 'metric', metricId: metric! }, { kind: 'annotation', annotationId: note.id }] }] }));
    await syncAll(a, b);
    expect(reportState(b)).toEqual(reportState(a));
    expect(reportState(b)[0]!.items).toEqual([['metric: (deleted)', 'note: (deleted)']]);
    for (const entry of a.call('trash.list', {})) a.call('trash.restore', { id: entry.id });
    await syncAll(a, b);
    expect(reportState(b)).toEqual(reportState(a));
    expect(reportState(b)[0]!.items).toEqual([[expect.stringMatching(/^metric: \S/u), 'note: Source: IR record']]);
  });

  it('gives a same-named report the same number in every workspace, also after a later save of it (found by the convergence property)', async () => {
    const url = await cluster().createDatabase(hubName());
    await createHub(url);
    const [a, b, c] = [await analystWorkspace(), await analystWorkspace(), await analystWorkspace()];
    for (const [s, who] of [[a, 'Ann'], [b, 'Bo'], [c, 'Cy']] as const) await joinHub(s.workspace.db, url, who);
    const onA = a.call('reports.create', { name: 'Copper' });
    const onB = b.call('reports.create', { name: 'Copper' });
    // The report whose uid sorts last takes the number; saved again, its change names it "Copper" once more.
    const uid = (s: Service, id: number) => s.workspace.db.prepare('SELECT uid FROM reports WHERE id = ?').pluck().get(id) as string;
    const [later, id] = uid(a, onA.id) > uid(b, onB.id) ? [a, onA.id] : [b, onB.id];
    later.call('reports.save', content(later, id, { summary: 'saved again' }));
    await syncAll(a, b, c);
    await syncAll(a, b, c);
    expect(reportState(c)).toEqual(reportState(a));
    expect(reportState(b)).toEqual(reportState(a));
    expect(reportState(c).map((r) => r.name).sort()).toEqual(['Copper', 'Copper (2)']);
  });

  it('gives a numbered report its name back in every workspace once the report it clashed with is deleted or renamed (found by the convergence property)', async () => {
    const url = await cluster().createDatabase(hubName());
    await createHub(url);
    const [a, b, c] = [await analystWorkspace(), await analystWorkspace(), await analystWorkspace()];
    for (const [s, who] of [[a, 'Ann'], [b, 'Bo'], [c, 'Cy']] as const) await joinHub(s.workspace.db, url, who);
    const uid = (s: Service, id: number) => s.workspace.db.prepare('SELECT uid FROM reports WHERE id = ?').pluck().get(id) as string;
    for (const freeing of ['delete', 'rename'] as const) {
      const onA = a.call('reports.create', { name: `Copper ${freeing}` });
      const onB = b.call('reports.create', { name: `Copper ${freeing}` });
      await syncAll(a, b);
      // The report whose uid sorts first lets go of the name; the other took "(2)" in A and B, never met it in C.
      const [first, id] = uid(a, onA.id) < uid(b, onB.id) ? [a, onA.id] : [b, onB.id];
      if (freeing === 'delete') first.call('reports.delete', { id });
      else first.call('reports.save', { ...content(first, id, {}), name: `Zinc ${freeing}` });
      await syncAll(a, b, c);
      expect(reportState(a)).toEqual(reportState(c));
      expect(reportState(b)).toEqual(reportState(c));
      expect(reportState(c).map((r) => r.name).filter((n) => String(n).startsWith(`Copper ${freeing}`))).toEqual([`Copper ${freeing}`]);
    }
  });

  it('numbers three or more same-named reports by uid in every workspace, whatever order they arrive in', async () => {
    const url = await cluster().createDatabase(hubName());
    await createHub(url);
    const analysts = [await analystWorkspace(), await analystWorkspace(), await analystWorkspace(), await analystWorkspace()];
    for (const [i, s] of analysts.entries()) await joinHub(s.workspace.db, url, `analyst ${i}`);
    // Each starts "Nickel" unseen by the others (one as "nickel"); one also has a report of its own named "Nickel (2)".
    const made = analysts.slice(0, 3).map((s, i) => s.call('reports.create', { name: i === 1 ? 'nickel' : 'Nickel' }));
    analysts[3]!.call('reports.create', { name: 'Nickel (2)' });
    const uidOf = (s: Service, id: number) => s.workspace.db.prepare('SELECT uid FROM reports WHERE id = ?').pluck().get(id) as string;
    const order = made.map((r, i) => ({ uid: uidOf(analysts[i]!, r.id), name: i === 1 ? 'nickel' : 'Nickel' })).sort((x, y) => (x.uid < y.uid ? -1 : 1));
    // Each pulls the others in a different order: its own first, then by push order.
    await syncAll(...analysts);
    await syncAll(...[...analysts].reverse());
    const expected = [order[0]!.name, `${order[1]!.name} (3)`, `${order[2]!.name} (4)`, 'Nickel (2)'].sort((x, y) => x.localeCompare(y));
    for (const s of analysts) expect(reportState(s).map((r) => r.name)).toEqual(expected);
    // One of them renamed: the others close up, alike everywhere.
    const first = analysts.find((s) => s.call('reports.list', {}).some((r) => uidOf(s, r.id) === order[0]!.uid))!;
    const own = first.call('reports.list', {}).find((r) => uidOf(first, r.id) === order[0]!.uid)!;
    first.call('reports.save', { ...content(first, own.id, {}), name: 'Cobalt' });
    await syncAll(...analysts);
    const after = ['Cobalt', order[1]!.name, `${order[2]!.name} (3)`, 'Nickel (2)'].sort((x, y) => x.localeCompare(y));
    for (const s of analysts) expect(reportState(s).map((r) => r.name)).toEqual(after);
  });

  it('names the copy of a losing save by the name that save gave it, not a number shown in one workspace (found by review)', async () => {
    const url = await cluster().createDatabase(hubName());
    await createHub(url);
    const [a, b, d] = [await analystWorkspace(), await analystWorkspace(), await analystWorkspace()];
    const first = a.call('reports.create', { name: 'Weekly' });
    // Ann's report sorts first, so Bo's same-named one is numbered wherever the two meet.
    a.workspace.db.prepare("UPDATE reports SET uid = '00000000000000000000000000000000' WHERE id = ?").run(first.id);
    for (const [s, who] of [[a, 'Ann'], [b, 'Bo'], [d, 'Dee']] as const) await joinHub(s.workspace.db, url, who);
    const bos = b.call('reports.create', { name: 'Weekly' });
    await sync(b.workspace.db);
    await sync(d.workspace.db);
    const pause = () => new Promise((resolve) => setTimeout(resolve, 5));
    await pause();
    b.call('reports.save', content(b, bos.id, { summary: 'Bo' }));
    await sync(b.workspace.db);
    await pause();
    const onDee = d.call('reports.list', {}).find((r) => r.name.startsWith('Weekly') && d.workspace.db.prepare('SELECT uid FROM reports WHERE id = ?').pluck().get(r.id) !== '00000000000000000000000000000000')!;
    d.call('reports.save', content(d, onDee.id, { summary: 'Dee' }));
    for (const s of [a, d, a, b]) await sync(s.workspace.db);
    await syncAll(a, b, d);
    expect(reportState(b)).toEqual(reportState(a));
    expect(reportState(d)).toEqual(reportState(a));
  });

  it('offers the reports written before joining on the first sync', async () => {
    const url = await cluster().createDatabase(hubName());
    await createHub(url);
    const a = await analystWorkspace();
    const report = a.call('reports.create', { name: 'Drafted offline' });
    a.call('reports.save', content(a, report.id, { sections: [{ heading: 'Figures', commentary: '', items: firstMetrics(a, 3).map((metricId) => ({ kind: 'metric' as const, metricId })) }] }));
    await joinHub(a.workspace.db, url, 'Ann');
    const late = await analystWorkspace([]);
    await joinHub(late.workspace.db, url, 'Lee');
    await syncAll(a, late);
    expect(reportState(late)).toEqual(reportState(a));
    expect((reportState(late)[0]!.items as string[][])[0]).toHaveLength(3);
  });
});
