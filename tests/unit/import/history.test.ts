import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import { fixture } from '../../helpers/fixtures.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

describe('review history', () => {
  it('records every change with old and new value, newest first, and keeps the extracted original', async () => {
    const ws = await openWorkspace(tempWorkspacePath());
    const service = new Service(ws);
    const outcome = importBytes(importStores(ws.db), fixture('ir-record.txt'), 'ir-record.txt', null);
    if (outcome.status === 'failed') throw new Error(outcome.error);
    const revenue = service.call('metrics.page', { label: 'operating revenue' }).rows[0]!;
    service.call('metrics.update', { id: revenue.id, patch: { status: 'verified' } });
    service.call('metrics.update', { id: revenue.id, patch: { value: 2320000000, note: 'Restated in the annual report.' } });
    service.call('metrics.update', { id: revenue.id, patch: { status: 'verified' } }); // no change, no entry
    const detail = service.call('metrics.get', { id: revenue.id });
    expect(detail.history.map((h) => [h.field, h.oldValue, h.newValue])).toEqual([
      ['note', '', 'Restated in the annual report.'],
      ['value', '2310000000', '2320000000'],
      ['status', 'unreviewed', 'verified'],
    ]);
    expect(detail.original).toMatchObject({ value: 2310000000, label: 'operating revenue' });
    expect(detail.value).toBe(2320000000);
  });
});
