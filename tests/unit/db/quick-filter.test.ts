import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

describe('the grid\'s quick filter', () => {
  it('finds metrics by their period and by a word in their note', async () => {
    const service = new Service(await openWorkspace(tempWorkspacePath()));
    importBytes(importStores(service.workspace.db), Buffer.from('Otterby output\n\nOutput was 410 mt in Q1 2025 and 380 mt in 2024.\n'), 'otterby.txt', null);
    const rows = service.call('metrics.page', {}).rows;
    expect(rows.map((r) => r.value)).toEqual([410, 380]);
    expect(service.call('metrics.page', { quick: 'Q1' }).rows.map((r) => r.value)).toEqual([410]);
    expect(service.call('metrics.page', { quick: '2024-01' }).rows.map((r) => r.value)).toEqual([380]);
    service.call('metrics.update', { id: rows[1]!.id, patch: { note: 'Check against the **smelter** report.' } });
    expect(service.call('metrics.page', { quick: 'smelter' }).rows.map((r) => r.value)).toEqual([380]);
  });
});
