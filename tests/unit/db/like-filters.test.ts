import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';
import { defaultWorkspacePath } from '../../../electron/core/app-paths.ts';

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
    // A NUL would end the pattern early and match everything: it is dropped, not obeyed.
    expect(service.call('documents.list', { filter: 'zzz\u0000' })).toEqual([]);
    expect(service.call('metrics.page', { quick: 'zzz\u0000' }).total).toBe(0);
    expect(service.call('metrics.page', { label: '\u0000zzz' }).total).toBe(0);
  });

  it('cuts a long title without splitting a character in two, and treats an empty $ASSAY_WORKSPACE as unset', async () => {
    const service = new Service(await openWorkspace(tempWorkspacePath()));
    const title = `${'x'.repeat(99)}😀 and more words after the cut to make it long enough`;
    importBytes(importStores(service.workspace.db), Buffer.from(`${title}\n\nOutput rose 5% to 100 mt in 2024.\n`), 'emoji.txt', null);
    const stored = service.call('documents.list', {})[0]!.title;
    expect(stored.endsWith('…')).toBe(true);
    expect(/[\ud800-\udbff](?![\udc00-\udfff])/u.test(stored)).toBe(false);
    expect(defaultWorkspacePath({ ASSAY_WORKSPACE: '  ', HOME: '/home/a', XDG_CONFIG_HOME: '/home/a/.config' })).toMatch(/Default\.assay$/u);
    expect(defaultWorkspacePath({ ASSAY_WORKSPACE: '/data/w.assay' })).toBe('/data/w.assay');
  });
});
