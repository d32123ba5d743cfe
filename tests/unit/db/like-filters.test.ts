import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

/** Filters are SQL LIKE patterns inside: what a person types must match as written. */
describe('text filters match %, _ and \\ literally', () => {
  it('in document lists and references, and in the metric grid', async () => {
    const service = new Service(await openWorkspace(tempWorkspacePath()));
    const stores = importStores(service.workspace.db);
    importBytes(stores, Buffer.from('Plan a_b\n\nOutput rose 5% to 100 mt in 2024.\n'), 'plan-a_b.txt', null);
    importBytes(stores, Buffer.from('Plan axb\n\nOutput rose 7% to 200 mt in 2024.\n'), 'plan-axb.txt', null);
    importBytes(stores, Buffer.from('Plan 50\\50\n\nOutput rose 9% to 300 mt in 2024.\n'), 'plan-50.txt', null);
    expect(service.call('documents.list', { filter: 'a_b' }).map((d) => d.title)).toEqual(['Plan a_b']);
    expect(service.call('documents.list', { filter: '%' })).toEqual([]);
    expect(service.call('documents.list', { filter: '50\\50' }).map((d) => d.title)).toEqual(['Plan 50\\50']);
    expect(service.call('documents.resolve', { ref: 'a_b' }).id).toBe(1);
    expect(service.call('metrics.page', { document: 'a_b' }).total).toBeGreaterThan(0);
    expect(service.call('metrics.page', { document: 'a%b' }).total).toBe(0);
    const underscore = service.call('metrics.page', { quick: '_' });
    expect(underscore.total).toBeGreaterThan(0);
    expect(underscore.rows.every((r) => r.documentTitle === 'Plan a_b')).toBe(true);
  });
});
