import { describe, expect, it } from 'vitest';
import { UNDO_DEPTH } from '../../../electron/core/db/actions.ts';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import { fixture } from '../../helpers/fixtures.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

async function seeded(file = tempWorkspacePath()) {
  const service = new Service(await openWorkspace(file));
  importBytes(importStores(service.workspace.db), fixture('ir-record.txt'), 'ir-record.txt', null);
  const id = service.call('metrics.page', { label: 'operating revenue' }).rows[0]!.id;
  return { service, id, file };
}

describe('undo and redo', () => {
  it('reverts and reapplies edits in order, and a new edit ends the redo chain', async () => {
    const { service, id } = await seeded();
    service.call('metrics.update', { id, patch: { status: 'verified' } });
    service.call('metrics.update', { id, patch: { label: 'revenue', note: 'Restated.' } });
    expect(service.call('edits.undo', {})).toEqual({ targetKind: 'metric', targetId: id, count: 1 });
    expect(service.call('metrics.get', { id })).toMatchObject({ label: 'operating revenue', note: null, status: 'verified' });
    service.call('edits.undo', {});
    expect(service.call('metrics.get', { id }).status).toBe('unreviewed');
    expect(service.call('edits.undo', {})).toBeNull();
    service.call('edits.redo', {});
    expect(service.call('metrics.get', { id }).status).toBe('verified');
    service.call('metrics.update', { id, patch: { status: 'disputed' } });
    expect(service.call('edits.redo', {})).toBeNull();
    expect(service.call('metrics.get', { id }).history[0]).toMatchObject({ field: 'status', newValue: 'disputed' });
  });

  it('survives a restart and remembers the last hundred actions', async () => {
    const first = await seeded();
    for (let i = 0; i < UNDO_DEPTH + 5; i++) first.service.call('metrics.update', { id: first.id, patch: { label: `label ${i}` } });
    first.service.workspace.db.close();
    const again = new Service(await openWorkspace(first.file));
    let undone = 0;
    while (again.call('edits.undo', {})) undone++;
    expect(undone).toBe(UNDO_DEPTH);
    expect(again.call('metrics.get', { id: first.id }).label).toBe('label 4');
  });

  it('takes a delete already undone by hand from the Trash as done, and passes over a step the emptied trash can never undo', async () => {
    const { service, id } = await seeded();
    service.call('metrics.update', { id, patch: { status: 'verified' } });
    service.call('metrics.delete', { id });
    service.call('trash.restore', { id: service.call('trash.list', {})[0]!.id });
    // The delete is undone already: undo goes on to the status without a word.
    service.call('edits.undo', {});
    service.call('edits.undo', {});
    expect(service.call('metrics.get', { id }).status).toBe('unreviewed');

    service.call('metrics.update', { id, patch: { status: 'disputed' } });
    service.call('metrics.delete', { id });
    service.call('trash.empty', {});
    expect(() => service.call('edits.undo', {})).toThrow(/no longer in the trash .* passed over: undo again/u);
    // Undo goes on past it instead of stopping at the same step for good.
    expect(() => service.call('edits.undo', {})).not.toThrow(/no longer in the trash/u);
  });
});
