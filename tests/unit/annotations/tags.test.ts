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
  const docs = service.call('documents.list', {});
  const ir = docs.find((d) => d.fileName === 'ir-record.txt')!.id;
  const revenue = service.call('metrics.page', { label: 'operating revenue' }).rows[0]!.id;
  return { service, ir, revenue };
}

describe('tags', () => {
  it('builds a hierarchy from paths and counts items on each tag and below it', async () => {
    const { service, revenue } = await seeded();
    const earths = service.call('tags.create', { path: 'sector/rare earths', color: 'green' });
    const sector = service.call('tags.list', {}).find((t) => t.path === 'sector')!;
    expect(earths).toMatchObject({ path: 'sector/rare earths', color: 'green' });
    expect(service.call('tags.create', { path: ' sector / rare earths ' }).id).toBe(earths.id);
    service.call('tags.set', { targetKind: 'metric', targetId: revenue, tagIds: [earths.id] });
    const [parent, child] = service.call('tags.list', {});
    expect(parent).toMatchObject({ id: sector.id, count: 0, totalCount: 1 });
    expect(child).toMatchObject({ id: earths.id, count: 1, totalCount: 1, parentId: sector.id });
    expect(service.call('metrics.get', { id: revenue }).tagRefs).toEqual([earths]);
  });

  it('filters the grid and the library by a tag and the tags below it', async () => {
    const { service, revenue, ir } = await seeded();
    const earths = service.call('tags.create', { path: 'sector/rare earths' });
    const sector = service.call('tags.list', {}).find((t) => t.path === 'sector')!;
    service.call('tags.set', { targetKind: 'metric', targetId: revenue, tagIds: [earths.id] });
    const page = service.call('metrics.page', { tagId: sector.id });
    expect(page.rows.map((r) => r.id)).toEqual([revenue]);
    expect(page.rows[0]!.tags).toBe('rare earths');
    expect(service.call('documents.list', { tagId: sector.id }).map((d) => d.id)).toEqual([ir]);
    const other = service.call('tags.create', { path: 'unused' });
    expect(service.call('documents.list', { tagId: other.id })).toEqual([]);
  });

  it('renames, recolors, merges (children too) and deletes, reporting how many items lose the tag', async () => {
    const { service, revenue } = await seeded();
    const a = service.call('tags.create', { path: 'watch/high' });
    const b = service.call('tags.create', { path: 'priority/high' });
    const watch = service.call('tags.list', {}).find((t) => t.path === 'watch')!;
    const priority = service.call('tags.list', {}).find((t) => t.path === 'priority')!;
    service.call('tags.set', { targetKind: 'metric', targetId: revenue, tagIds: [a.id] });
    expect(() => service.call('tags.rename', { id: watch.id, name: 'priority' })).toThrow(/already a tag "priority"/u);
    expect(() => service.call('tags.rename', { id: watch.id, name: 'a/b' })).toThrow(/cannot contain "\/"/u);
    expect(service.call('tags.recolor', { id: b.id, color: 'pink' }).color).toBe('pink');
    service.call('tags.merge', { id: watch.id, into: priority.id });
    expect(service.call('tags.list', {}).map((t) => t.path)).toEqual(['priority', 'priority/high']);
    expect(service.call('metrics.get', { id: revenue }).tagRefs.map((t) => t.id)).toEqual([b.id]);
    expect(() => service.call('tags.merge', { id: priority.id, into: b.id })).toThrow(/below it/u);
    expect(service.call('tags.delete', { id: priority.id })).toEqual({ untagged: 1 });
    expect(service.call('tags.list', {})).toEqual([]);
    expect(service.call('metrics.get', { id: revenue }).tagRefs).toEqual([]);
  });

  it('tags passages and annotations, and undoes a tagging', async () => {
    const { service, ir } = await seeded();
    const tag = service.call('tags.create', { path: 'guidance' });
    const passage = service.call('passages.list', { documentId: ir }).passages[2]!;
    service.call('tags.set', { targetKind: 'passage', targetId: passage.id, tagIds: [tag.id] });
    expect(service.call('tags.of', { targetKind: 'passage', targetIds: [passage.id] })).toEqual([{ targetId: passage.id, tags: [tag] }]);
    service.call('edits.undo', {});
    expect(service.call('tags.of', { targetKind: 'passage', targetIds: [passage.id] })).toEqual([]);
    service.call('edits.redo', {});
    expect(service.call('tags.of', { targetKind: 'passage', targetIds: [passage.id] })).toHaveLength(1);
  });

  it('undoes a tagging whose tag was deleted since, bringing back the tags still here (found by the convergence property)', async () => {
    const { service, ir } = await seeded();
    const [kept, gone] = [service.call('tags.create', { path: 'guidance' }), service.call('tags.create', { path: 'Review/Q3' })];
    const passage = service.call('passages.list', { documentId: ir }).passages[2]!;
    service.call('tags.set', { targetKind: 'passage', targetId: passage.id, tagIds: [kept.id, gone.id] });
    service.call('tags.set', { targetKind: 'passage', targetId: passage.id, tagIds: [] });
    service.call('tags.delete', { id: service.call('tags.list', {}).find((t) => t.path === 'Review')!.id });
    service.call('edits.undo', {});
    expect(service.call('tags.of', { targetKind: 'passage', targetIds: [passage.id] })[0]!.tags.map((t) => t.path)).toEqual(['guidance']);
  });
});
