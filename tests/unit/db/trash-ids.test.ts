import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import { fixture } from '../../helpers/fixtures.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

async function workspace(): Promise<{ service: Service; documentId: number; text: string }> {
  const service = new Service(await openWorkspace(tempWorkspacePath()));
  importBytes(importStores(service.workspace.db), fixture('ir-record.txt'), 'ir-record.txt', null);
  const doc = service.call('documents.list', {})[0]!;
  const text = service.workspace.db.prepare('SELECT text FROM document_versions WHERE id = ?').pluck().get(service.call('documents.get', { id: doc.id }).versionId) as string;
  return { service, documentId: doc.id, text };
}

const lastMetric = (service: Service) => Math.max(...service.call('metrics.page', { endRow: 1000, sort: [{ column: 'position', direction: 'asc' }] }).rows.map((r) => r.id));

describe('ids of items in the trash', () => {
  it('are never given to a new annotation or metric, so the deleted one comes back with its own history and tags', async () => {
    const { service, documentId, text } = await workspace();
    const first = service.call('annotations.createRange', { documentId, start: 0, end: 5, body: 'kept' });
    const last = service.call('annotations.createRange', { documentId, start: 6, end: 9, body: 'deleted, then brought back' });
    service.call('annotations.update', { id: last.id, patch: { color: 'green' } });
    service.call('annotations.delete', { id: last.id });
    const next = service.call('annotations.createRange', { documentId, start: 10, end: 15, body: 'new' });
    expect(next.id).not.toBe(last.id);
    expect(service.call('annotations.get', { id: next.id }).history).toEqual([]);

    const metric = lastMetric(service);
    const tag = service.call('tags.create', { path: 'Review' });
    service.call('tags.set', { targetKind: 'metric', targetId: metric, tagIds: [tag.id] });
    service.call('metrics.delete', { id: metric });
    const at = text.indexOf('4,200 mt');
    const created = service.call('metrics.create', { documentId, start: at, end: at + 8 });
    expect(created.id).toBeGreaterThan(metric);

    for (const entry of service.call('trash.list', {})) service.call('trash.restore', { id: entry.id });
    expect(service.call('annotations.get', { id: last.id })).toMatchObject({ body: 'deleted, then brought back', color: 'green' });
    expect(service.call('tags.of', { targetKind: 'metric', targetIds: [metric] })[0]!.tags.map((t) => t.path)).toEqual(['Review']);
    expect(service.call('annotations.get', { id: first.id }).body).toBe('kept');
  });

  it('brings back an item trashed before ids were kept free under a new id when a newer one took its own, with its tags', async () => {
    const { service, documentId } = await workspace();
    const db = service.workspace.db;
    const a = service.call('annotations.createRange', { documentId, start: 0, end: 5, body: 'older' });
    const tag = service.call('tags.create', { path: 'Sources/IR' });
    service.call('tags.set', { targetKind: 'annotation', targetId: a.id, tagIds: [tag.id] });
    service.call('annotations.delete', { id: a.id });
    // As an earlier Assay did: a new annotation took the trashed one's id.
    db.prepare(`INSERT INTO annotations (id, document_id, target_kind, body, created_at, modified_at) VALUES (?, ?, 'document', 'newer', 'now', 'now')`).run(a.id, documentId);
    const restored = service.call('trash.restore', { id: service.call('trash.list', {})[0]!.id });
    expect(restored.targetId).not.toBe(a.id);
    expect(service.call('annotations.get', { id: restored.targetId })).toMatchObject({ body: 'older', tags: [expect.objectContaining({ path: 'Sources/IR' })] });
    expect(service.call('annotations.get', { id: a.id })).toMatchObject({ body: 'newer', tags: [] });
  });
});
