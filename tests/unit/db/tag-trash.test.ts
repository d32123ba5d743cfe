import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import { fixture } from '../../helpers/fixtures.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

async function workspace(): Promise<Service> {
  const service = new Service(await openWorkspace(tempWorkspacePath()));
  importBytes(importStores(service.workspace.db), fixture('ir-record.txt'), 'ir-record.txt', null);
  return service;
}

const tree = (service: Service) => service.call('tags.list', {}).map((t) => `${t.path} ${t.color ?? '-'} ${t.count}`);
const uids = (service: Service) => service.workspace.db.prepare('SELECT uid FROM tags ORDER BY uid').pluck().all();

describe('tags in the trash', () => {
  it('a deleted tag waits in the trash with the tags below it and comes back with them, their uids, colors and items', async () => {
    const service = await workspace();
    const metric = service.call('metrics.page', { endRow: 1, sort: [{ column: 'position', direction: 'asc' }] }).rows[0]!.id;
    const doc = service.call('documents.list', {})[0]!;
    const passage = service.call('passages.list', { documentId: doc.id, limit: 1 }).passages[0]!.id;
    service.call('tags.create', { path: 'Kept' });
    const q3 = service.call('tags.create', { path: 'Review/Q3', color: 'blue' });
    const review = service.call('tags.list', {}).find((t) => t.path === 'Review')!;
    service.call('tags.set', { targetKind: 'metric', targetId: metric, tagIds: [review.id, q3.id] });
    service.call('tags.set', { targetKind: 'passage', targetId: passage, tagIds: [q3.id] });
    const before = { tree: tree(service), uids: uids(service) };

    expect(service.call('tags.delete', { id: review.id })).toEqual({ untagged: 3 });
    expect(tree(service)).toEqual(['Kept - 0']);
    expect(service.call('trash.list', {})).toEqual([expect.objectContaining({ targetKind: 'tag', description: 'Review', documentId: null })]);
    // SQLite gives the next tag the trashed tag's id; the trashed one comes back under another.
    const other = service.call('tags.create', { path: 'Other' });
    expect(other.id).toBe(review.id);
    const entry = service.call('trash.list', {})[0]!;
    expect(service.call('trash.restore', { id: entry.id })).toMatchObject({ targetKind: 'tag', description: 'Review' });
    expect(service.call('trash.list', {})).toEqual([]);
    expect(tree(service)).toEqual([...before.tree.slice(0, 1), 'Other - 0', ...before.tree.slice(1)]);
    expect(uids(service)).toEqual(expect.arrayContaining(before.uids));
    expect(service.call('tags.of', { targetKind: 'metric', targetIds: [metric] })[0]!.tags.map((t) => t.path)).toEqual(['Review', 'Review/Q3']);
    expect(service.call('tags.of', { targetKind: 'passage', targetIds: [passage] })[0]!.tags.map((t) => t.path)).toEqual(['Review/Q3']);
  });

  it('refuses in words to restore a tag whose place another tag took, or whose parent went too, and leaves it in the trash', async () => {
    const service = await workspace();
    const child = service.call('tags.create', { path: 'Sector/Metals' });
    service.call('tags.delete', { id: child.id });
    service.call('tags.delete', { id: service.call('tags.list', {}).find((t) => t.path === 'Sector')!.id });
    const entries = service.call('trash.list', {});
    const metals = entries.find((t) => t.description === 'Sector/Metals')!;
    expect(() => service.call('trash.restore', { id: metals.id })).toThrow(expect.objectContaining({ code: 'TAG_PARENT_GONE' }));
    service.call('tags.create', { path: 'Sector' });
    expect(() => service.call('trash.restore', { id: entries.find((t) => t.description === 'Sector')!.id })).toThrow(expect.objectContaining({ code: 'TAG_EXISTS' }));
    expect(service.call('trash.list', {})).toHaveLength(2);
    service.call('trash.restore', { id: metals.id });
    expect(tree(service)).toEqual(['Sector - 0', 'Sector/Metals - 0']);
  });
});
