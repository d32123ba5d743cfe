import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

async function oneMetric() {
  const service = new Service(await openWorkspace(tempWorkspacePath()));
  importBytes(importStores(service.workspace.db), Buffer.from('Vell Harbour Group reported revenue of 9.287 billion yuan in Q1 2025.\n'), 'vell.txt', null);
  const [row] = service.call('metrics.page', {}).rows;
  return { service, id: row!.id };
}

describe('editing a metric\'s period', () => {
  it('refuses a day that is not on the calendar, in the words of the contract, and changes nothing', async () => {
    const { service, id } = await oneMetric();
    expect(() => service.call('metrics.update', { id, patch: { periodStart: '2025-02-30' } }))
      .toThrow(/^30 February 2025 is not a date: February 2025 has 28 days; type a real date as YYYY-MM-DD, such as 2025-02-28 \(metrics\.update: patch\.periodStart\)\.$/u);
    expect(() => service.call('metrics.update', { id, patch: { periodEnd: '2025-13-45' } }))
      .toThrow(/^2025-13-45 is not a date: there is no month 13 \(months run 01 to 12\); type a real date as YYYY-MM-DD /u);
    expect(() => service.call('metrics.update', { id, patch: { periodEnd: '2025/03/31' } })).toThrow(/^“2025\/03\/31” is not a date written YYYY-MM-DD; type one such as 2025-03-31 /u);
    expect(service.call('metrics.get', { id }).periodStart).toBe('2025-01-01');
    expect(service.call('metrics.update', { id, patch: { periodStart: '2024-02-29' } }).periodStart).toBe('2024-02-29');
  });

  it('refuses a period that would end before it starts, whichever end moves', async () => {
    const { service, id } = await oneMetric();
    expect(() => service.call('metrics.update', { id, patch: { periodStart: '2025-04-01' } })).toThrow(/would end on 2025-03-31, before it starts on 2025-04-01/u);
    expect(() => service.call('metrics.update', { id, patch: { periodStart: '2025-03-31', periodEnd: '2025-01-01' } })).toThrow(/before it starts/u);
    expect(service.call('metrics.get', { id })).toMatchObject({ periodStart: '2025-01-01', periodEnd: '2025-03-31', edited: false });
    expect(service.call('metrics.update', { id, patch: { periodStart: '2025-03-31' } }).periodEnd).toBe('2025-03-31');
  });
});
