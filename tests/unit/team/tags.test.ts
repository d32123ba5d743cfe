import { expect, it } from 'vitest';
import type { Service } from '../../../electron/core/service.ts';
import { sync } from '../../../electron/core/team/team.ts';
import { metricState, syncAll, tagState, teamSuite, twoAnalysts } from './team-suite.ts';

/** The first metrics in text order (the same metrics in every workspace holding the same documents). */
const metrics = (service: Service) => service.call('metrics.page', { endRow: 4, sort: [{ column: 'position', direction: 'asc' }] }).rows.map((r) => r.id);

/** The tag at a path, made where it does not exist yet. */
const tag = (service: Service, path: string) => service.call('tags.create', { path, color: null });

/** Tags a metric with the tag at a path, besides its other tags. */
function tagMetric(service: Service, metric: number, path: string): void {
  const current = service.call('tags.of', { targetKind: 'metric', targetIds: [metric] })[0]?.tags.map((t) => t.id) ?? [];
  service.call('tags.set', { targetKind: 'metric', targetId: metric, tagIds: [...current, tag(service, path).id] });
}

const byPath = (service: Service, path: string) => service.call('tags.list', {}).find((t) => t.path === path)!;

/** The tags of the first metrics, by path. */
const tagsOf = (service: Service) => metrics(service).map((id) => service.call('tags.of', { targetKind: 'metric', targetIds: [id] })[0]?.tags.map((t) => t.path).join(', ') ?? '');

/** A few milliseconds, so that the next edit is later by the clock. */
const later = () => new Promise((resolve) => setTimeout(resolve, 5));

teamSuite('team tags', (cluster) => {
  it('a rename on one workspace reaches the other, children and tagged items with it', async () => {
    const { a, b } = await twoAnalysts(cluster);
    tagMetric(a, metrics(a)[0]!, 'Review/Q3');
    await syncAll(a, b);
    expect(tagState(b)).toEqual(tagState(a));
    a.call('tags.rename', { id: byPath(a, 'Review').id, name: 'Checked' });
    await syncAll(a, b);
    expect(tagState(b)).toEqual([
      { path: 'Checked', color: null, count: 0 },
      { path: 'Checked/Q3', color: null, count: 1 },
    ]);
    expect(tagState(b)).toEqual(tagState(a));
    expect(tagsOf(b)[0]).toBe('Checked/Q3');
  });

  it('a rename on one side and tagging with the old path on the other, at once, end with one tag under the new name on both', async () => {
    const { a, b } = await twoAnalysts(cluster);
    tag(a, 'Review');
    await syncAll(a, b);
    a.call('tags.rename', { id: byPath(a, 'Review').id, name: 'Checked' });
    // Bo has not seen the rename: he tags two metrics with "Review" as he knows it.
    tagMetric(b, metrics(b)[0]!, 'Review');
    tagMetric(b, metrics(b)[1]!, 'Review');
    await sync(a.workspace.db);
    await syncAll(b, a);
    expect(tagState(a)).toEqual([{ path: 'Checked', color: null, count: 2 }]);
    expect(tagState(b)).toEqual(tagState(a));
    expect(metricState(b)).toEqual(metricState(a));
  });

  it('two tags made under one path on two workspaces before either synced become one tag, for good (the alias rule)', async () => {
    const { a, b } = await twoAnalysts(cluster);
    tagMetric(a, metrics(a)[0]!, 'Sources/IR');
    tagMetric(b, metrics(b)[1]!, 'Sources/IR');
    await syncAll(a, b);
    expect(tagState(a)).toEqual([
      { path: 'Sources', color: null, count: 0 },
      { path: 'Sources/IR', color: null, count: 2 },
    ]);
    expect(tagState(b)).toEqual(tagState(a));
    // One of the two uids is an alias now: items tagged with it stay with the tag through a rename.
    b.call('tags.rename', { id: byPath(b, 'Sources/IR').id, name: 'Investor relations' });
    tagMetric(a, metrics(a)[2]!, 'Sources/IR');
    a.call('tags.recolor', { id: byPath(a, 'Sources').id, color: 'blue' });
    await syncAll(a, b);
    expect(tagState(a)).toEqual([
      { path: 'Sources', color: 'blue', count: 0 },
      { path: 'Sources/Investor relations', color: null, count: 3 },
    ]);
    expect(tagState(b)).toEqual(tagState(a));
    expect(metricState(b)).toEqual(metricState(a));
  });

  it('a merge and a deletion reach the other workspace', async () => {
    const { a, b } = await twoAnalysts(cluster);
    const [m0, m1, m2] = metrics(a);
    tagMetric(a, m0!, 'old/x');
    tagMetric(a, m1!, 'new/x');
    tagMetric(a, m2!, 'drop me');
    tag(a, 'old/y');
    await syncAll(a, b);
    a.call('tags.merge', { id: byPath(a, 'old').id, into: byPath(a, 'new').id });
    a.call('tags.delete', { id: byPath(a, 'drop me').id });
    await syncAll(a, b);
    expect(tagState(a)).toEqual([
      { path: 'new', color: null, count: 0 },
      { path: 'new/x', color: null, count: 2 },
      { path: 'new/y', color: null, count: 0 },
    ]);
    expect(tagState(b)).toEqual(tagState(a));
    expect(tagsOf(b).slice(0, 3)).toEqual(['new/x', 'new/x', '']);
  });

  it('a deletion is final: a rename or tagging made at once elsewhere does not bring the tag back', async () => {
    const { a, b } = await twoAnalysts(cluster);
    tagMetric(a, metrics(a)[0]!, 'gone');
    await syncAll(a, b);
    a.call('tags.delete', { id: byPath(a, 'gone').id });
    await later();
    b.call('tags.rename', { id: byPath(b, 'gone').id, name: 'renamed' });
    tagMetric(b, metrics(b)[1]!, 'renamed');
    await syncAll(a, b);
    expect(tagState(a)).toEqual([]);
    expect(tagState(b)).toEqual([]);
    expect(metricState(b)).toEqual(metricState(a));
  });

  it('a deleted tag waits in every workspace\'s trash, and a restore in any brings it back everywhere, with the rename and items made meanwhile', async () => {
    const { a, b } = await twoAnalysts(cluster);
    tagMetric(a, metrics(a)[0]!, 'gone/below');
    const passage = b.call('passages.list', { documentId: b.call('documents.list', {})[0]!.id, limit: 1 }).passages[0]!.id;
    await syncAll(a, b);
    b.call('tags.set', { targetKind: 'passage', targetId: passage, tagIds: [byPath(b, 'gone/below').id] });
    a.call('tags.delete', { id: byPath(a, 'gone').id });
    await later();
    b.call('tags.rename', { id: byPath(b, 'gone').id, name: 'renamed' });
    tagMetric(b, metrics(b)[1]!, 'renamed/below');
    await syncAll(a, b);
    expect(tagState(a)).toEqual([]);
    expect(tagState(b)).toEqual([]);
    const trashed = (s: Service) => s.call('trash.list', {}).filter((t) => t.targetKind === 'tag');
    expect(trashed(a)).toEqual([expect.objectContaining({ description: 'gone' })]);
    expect(trashed(b)).toEqual([expect.objectContaining({ description: 'renamed' })]);

    // Ann brings it back from her trash, named as she deleted it; the team's rename names it, in both workspaces.
    a.call('trash.restore', { id: trashed(a)[0]!.id });
    expect(tagState(a).map((t) => t.path)).toEqual(['renamed', 'renamed/below']);
    await syncAll(a, b);
    // Ann's metric and Bo's passage had it when it went; Bo's metric was tagged with it meanwhile.
    expect(tagState(b)).toEqual([
      { path: 'renamed', color: null, count: 0 },
      { path: 'renamed/below', color: null, count: 3 },
    ]);
    expect(tagState(a)).toEqual(tagState(b));
    expect(tagsOf(a).slice(0, 2)).toEqual(['renamed/below', 'renamed/below']);
    expect(metricState(b)).toEqual(metricState(a));
    expect(b.call('tags.of', { targetKind: 'passage', targetIds: [passage] })[0]!.tags.map((t) => t.path)).toEqual(['renamed/below']);
    expect(trashed(a)).toEqual([]);
    expect(trashed(b)).toEqual([]);

    // Deleted again, and brought back from the other workspace's trash this time.
    b.call('tags.delete', { id: byPath(b, 'renamed').id });
    await syncAll(a, b);
    a.call('trash.restore', { id: trashed(a)[0]!.id });
    await syncAll(a, b);
    expect(tagState(b)).toEqual(tagState(a));
    expect(tagState(a).map((t) => t.path)).toEqual(['renamed', 'renamed/below']);
    expect(metricState(b)).toEqual(metricState(a));
  });

  it('two recolors at once: the later by the clock wins on both sides', async () => {
    const { a, b } = await twoAnalysts(cluster);
    tag(a, 'Priority');
    await syncAll(a, b);
    a.call('tags.recolor', { id: byPath(a, 'Priority').id, color: 'green' });
    await later();
    b.call('tags.recolor', { id: byPath(b, 'Priority').id, color: 'pink' });
    await syncAll(b, a);
    expect(tagState(a)).toEqual([{ path: 'Priority', color: 'pink', count: 0 }]);
    expect(tagState(b)).toEqual(tagState(a));
  });

  it('a workspace that joined before tags were shared offers its tags at the next sync', async () => {
    const { a, b } = await twoAnalysts(cluster);
    // As a workspace that joined under hub format 3: its tags were made and never logged.
    a.workspace.db.prepare('UPDATE team_state SET recording = 0').run();
    tagMetric(a, metrics(a)[0]!, 'Legacy/tag');
    a.call('tags.recolor', { id: byPath(a, 'Legacy').id, color: 'orange' });
    a.workspace.db.prepare('UPDATE team_state SET recording = 1').run();
    await syncAll(a, b);
    a.call('tags.rename', { id: byPath(a, 'Legacy/tag').id, name: 'kept' });
    await syncAll(a, b);
    expect(tagState(b)).toEqual([
      { path: 'Legacy', color: 'orange', count: 0 },
      { path: 'Legacy/kept', color: null, count: 0 },
    ]);
  });

  it('one tag merged into two different tags at once ends, with its items, in the later merge\'s tag on both sides', async () => {
    const { a, b } = await twoAnalysts(cluster);
    tagMetric(a, metrics(a)[0]!, 'x');
    tag(a, 'y');
    tag(a, 'z');
    await syncAll(a, b);
    a.call('tags.merge', { id: byPath(a, 'x').id, into: byPath(a, 'y').id });
    await later();
    b.call('tags.merge', { id: byPath(b, 'x').id, into: byPath(b, 'z').id });
    await syncAll(a, b);
    expect(tagState(a)).toEqual([
      { path: 'y', color: null, count: 0 },
      { path: 'z', color: null, count: 1 },
    ]);
    expect(tagState(b)).toEqual(tagState(a));
    expect(metricState(b)).toEqual(metricState(a));
  });

  it('two renames of one tag at once: the later by the clock names it on both sides', async () => {
    const { a, b } = await twoAnalysts(cluster);
    tagMetric(a, metrics(a)[0]!, 'draft');
    await syncAll(a, b);
    a.call('tags.rename', { id: byPath(a, 'draft').id, name: 'by Ann' });
    await later();
    b.call('tags.rename', { id: byPath(b, 'draft').id, name: 'by Bo' });
    await syncAll(a, b);
    expect(tagState(a)).toEqual([{ path: 'by Bo', color: null, count: 1 }]);
    expect(tagState(b)).toEqual(tagState(a));
  });
});
