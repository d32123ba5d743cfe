import { expect, it } from 'vitest';
import type { Service } from '../../../electron/core/service.ts';
import { createHub, joinHub, sync } from '../../../electron/core/team/team.ts';
import { analystWorkspace, hubName, passageTagState, syncAll, teamSuite, twoAnalysts } from './team-suite.ts';

/** The first passages of the first fixture (the same passages, by ordinal, wherever its bytes were read). */
function passages(service: Service): number[] {
  const doc = service.call('documents.list', {}).find((d) => d.fileName === 'ir-record.txt')!;
  return service.call('passages.list', { documentId: doc.id, limit: 4 }).passages.map((p) => p.id);
}

/** Sets a passage's tags to the tags at these paths, made where they do not exist yet. */
function tagPassage(service: Service, passage: number, paths: string[]): void {
  const tagIds = paths.map((path) => service.call('tags.create', { path, color: null }).id);
  service.call('tags.set', { targetKind: 'passage', targetId: passage, tagIds });
}

const byPath = (service: Service, path: string) => service.call('tags.list', {}).find((t) => t.path === path)!;

/** A few milliseconds, so that the next edit is later by the clock. */
const later = () => new Promise((resolve) => setTimeout(resolve, 5));

teamSuite('team passage tags', (cluster) => {
  it('shares a passage\'s tags, those put on before joining too, by tag uid: renames, merges, untagging and the later of two taggings', async () => {
    const url = await cluster().createDatabase(hubName());
    await createHub(url);
    const [a, b] = [await analystWorkspace(), await analystWorkspace([])];
    tagPassage(a, passages(a)[0]!, ['Review/Q3']);
    await joinHub(a.workspace.db, url, 'Ann');
    await joinHub(b.workspace.db, url, 'Bo');
    tagPassage(a, passages(a)[1]!, ['Sources/IR', 'Review/Q3']);
    await syncAll(a, b);
    expect(passageTagState(a)).toEqual([
      { document: 'ir-record.txt', ordinal: expect.any(Number), tags: 'Review/Q3' },
      { document: 'ir-record.txt', ordinal: expect.any(Number), tags: 'Review/Q3, Sources/IR' },
    ]);
    expect(passageTagState(b)).toEqual(passageTagState(a));

    // A rename on one side while the other tags with the old tag: the tag is one, by uid.
    b.call('tags.rename', { id: byPath(b, 'Review').id, name: 'Checked' });
    tagPassage(a, passages(a)[2]!, ['Review/Q3']);
    b.call('tags.merge', { id: byPath(b, 'Sources/IR').id, into: byPath(b, 'Checked/Q3').id });
    await syncAll(a, b);
    expect(passageTagState(a).map((p) => p.tags)).toEqual(['Checked/Q3', 'Checked/Q3', 'Checked/Q3']);
    expect(passageTagState(b)).toEqual(passageTagState(a));

    // Two taggings of one passage at once: the later by the clock wins on both sides; untagging travels too.
    tagPassage(a, passages(a)[0]!, ['By Ann']);
    await later();
    tagPassage(b, passages(b)[0]!, ['By Bo']);
    tagPassage(b, passages(b)[1]!, []);
    await syncAll(a, b);
    expect(passageTagState(a).map((p) => p.tags)).toEqual(['By Bo', 'Checked/Q3']);
    expect(passageTagState(b)).toEqual(passageTagState(a));
  });

  it('a tag merged into two different tags at once leaves its passages, like its metrics, in the later merge\'s tag on both sides', async () => {
    const { a, b } = await twoAnalysts(cluster);
    tagPassage(a, passages(a)[0]!, ['x']);
    tagPassage(a, passages(a)[1]!, ['y', 'z']);
    await syncAll(a, b);
    a.call('tags.merge', { id: byPath(a, 'x').id, into: byPath(a, 'y').id });
    await later();
    b.call('tags.merge', { id: byPath(b, 'x').id, into: byPath(b, 'z').id });
    await syncAll(a, b);
    expect(passageTagState(a).map((p) => p.tags)).toEqual(['z', 'y, z']);
    expect(passageTagState(b)).toEqual(passageTagState(a));
  });

  it('logs a passage\'s tags after the tag they name, reaching a workspace that pulls the document with them; nothing where no hub was joined', async () => {
    const url = await cluster().createDatabase(hubName());
    await createHub(url);
    const [a, b] = [await analystWorkspace(), await analystWorkspace(['wrapped.txt'])];
    await joinHub(a.workspace.db, url, 'Ann');
    await joinHub(b.workspace.db, url, 'Bo');
    tagPassage(a, passages(a)[0]!, ['Review']);
    const kinds = a.workspace.db.prepare(`SELECT kind || '.' || field FROM team_changes ORDER BY rowid`).pluck().all();
    expect(kinds.slice(-2)).toEqual(['tag.place', 'passage.tags']);
    await syncAll(a, b);
    expect(passageTagState(b)).toEqual([{ document: 'ir-record.txt', ordinal: expect.any(Number), tags: 'Review' }]);
    expect((await sync(b.workspace.db)).waiting).toBe(0);
    const loner = await analystWorkspace();
    tagPassage(loner, passages(loner)[0]!, ['Private']);
    expect(loner.workspace.db.prepare('SELECT count(*) FROM team_changes').pluck().get()).toBe(0);
  });
});
