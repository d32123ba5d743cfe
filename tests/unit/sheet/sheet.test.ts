import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import type { SheetRow } from '../../../shared/sheet.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A workspace holding each text as a document, published on its date. */
async function workspace(docs: Array<{ name: string; text: string; published: string }>): Promise<Service> {
  const service = new Service(await openWorkspace(tempWorkspacePath()));
  for (const d of docs) {
    const outcome = importBytes(importStores(service.workspace.db), Buffer.from(d.text), d.name, null);
    if (outcome.status === 'failed') throw new Error(outcome.error);
    service.call('documents.update', { id: outcome.documentId, patch: { published: d.published } });
  }
  return service;
}

const results = ['Otterby results\n', 'Otterby Mining revenue was 410 million yuan in Q1 2025 and 380 million yuan in Q4 2024.',
  'Otterby Mining revenue was 300 million yuan in Q1 2024. Otterby Mining gross margin was 31.5% in Q1 2025 and 28.0% in Q1 2024.\n'].join(' ');
const wire = (revenue: string) => `Wire brief\n\nOtterby Mining revenue was ${revenue} million yuan in Q1 2025.\n\nHarbor Shipping revenue was 90 million yuan in Q1 2025.\n`;

const row = (rows: SheetRow[], label: string) => rows.find((r) => r.label === label)!;
const Q1_25 = '2025-01-01/2025-03-31';

describe('the period sheet (metrics.sheet)', () => {
  it('has the periods of the whole filter as columns, newest last, the 36 most recent, whatever page of rows', async () => {
    const months: string[] = [];
    for (const y of [2022, 2023, 2024, 2025]) for (const m of MONTHS) months.push(`Otterby Mining output was ${100 + months.length} t in ${m} ${y}.`);
    const service = await workspace([
      { name: 'output.txt', text: `Output\n\n${months.join(' ')}\n`, published: '2026-01-10' },
      { name: 'price.txt', text: 'Prices\n\nThe Pr-Nd oxide price was 444,500 yuan/t on March 31, 2025.\n', published: '2025-04-01' },
    ]);
    const sheet = service.call('metrics.sheet', {});
    expect(sheet.total).toBe(2);
    expect(sheet.periods).toHaveLength(36);
    expect(sheet.hiddenPeriods).toBe(48 + 1 - 36);
    expect(sheet.periods[0]).toEqual({ key: '2023-02-01/2023-02-28', label: 'Feb 2023', start: '2023-02-01', end: '2023-02-28' });
    expect(sheet.periods.at(-1)!.label).toBe('Dec 2025');
    // A day sits after the month it ends, its label short.
    expect(sheet.periods.map((p) => p.label).slice(25, 28)).toEqual(['Mar 2025', '31 Mar 25', 'Apr 2025']);
    const second = service.call('metrics.sheet', { startRow: 1, endRow: 2 });
    expect(second.periods).toEqual(sheet.periods);
    expect(second.rows.map((r) => r.label)).toEqual(['Pr-Nd oxide price']);
    // A filter narrows the columns to its own metrics' periods.
    expect(service.call('metrics.sheet', { label: 'Pr-Nd' }).periods.map((p) => p.label)).toEqual(['31 Mar 25']);
    // Output's first shown month (Feb 2023) still gets its Y/Y from the hidden Feb 2022.
    const output = row(sheet.rows, 'Otterby Mining output');
    expect(Object.keys(output.cells)).toHaveLength(35);
    expect(output.derived['2023-02-01/2023-02-28']).toEqual({ qoq: null, yoy: ((113 - 101) / 101) * 100 });
  });

  it('shows the best statement of each cell, counts its sources and flags disagreement across documents', async () => {
    const service = await workspace([
      { name: 'results.txt', text: results, published: '2025-04-20' },
      { name: 'wire.txt', text: wire('430'), published: '2025-04-25' },
    ]);
    const revenue = () => row(service.call('metrics.sheet', {}).rows, 'Otterby Mining revenue').cells[Q1_25]!;
    const ids = service.call('metrics.page', { label: 'revenue', period: '2025-01' }).rows;
    const inResults = ids.find((m) => m.value === 410e6)!.id;
    const inWire = ids.find((m) => m.value === 430e6)!.id;
    // Both unreviewed: the later document wins; two sources 5% apart disagree.
    expect(revenue()).toMatchObject({ metricId: inWire, value: 430e6, displayValue: '430', displayScale: 'million', sources: 2, conflict: true, edited: false, status: 'unreviewed' });
    expect(revenue().passageId).not.toBeNull();
    expect(revenue().end! - revenue().start!).toBeGreaterThan(0);
    service.call('metrics.update', { id: inResults, patch: { status: 'verified' } });
    expect(revenue()).toMatchObject({ metricId: inResults, status: 'verified', sources: 2 });
    service.call('metrics.update', { id: inResults, patch: { status: 'disputed' } });
    service.call('metrics.update', { id: inWire, patch: { status: 'disputed' } });
    expect(revenue().metricId).toBe(inWire);
    // An analyst's edit beats an unreviewed or disputed statement, and is marked.
    service.call('metrics.update', { id: inResults, patch: { status: 'unreviewed', value: 420e6 } });
    expect(revenue()).toMatchObject({ metricId: inResults, value: 420e6, edited: true });
    // A rejected statement is neither shown nor counted, unless rejected ones are asked for.
    service.call('metrics.update', { id: inResults, patch: { status: 'rejected' } });
    expect(revenue()).toMatchObject({ metricId: inWire, sources: 1, conflict: false });
    const rejected = service.call('metrics.sheet', { status: ['rejected'] });
    expect(row(rejected.rows, 'Otterby Mining revenue').cells[Q1_25]).toMatchObject({ metricId: inResults, status: 'rejected', sources: 1 });
  });

  it('does not flag sources that agree within the checks\' tolerance', async () => {
    const service = await workspace([
      { name: 'results.txt', text: results, published: '2025-04-20' },
      { name: 'wire.txt', text: wire('411'), published: '2025-04-25' },
    ]);
    expect(row(service.call('metrics.sheet', {}).rows, 'Otterby Mining revenue').cells[Q1_25]).toMatchObject({ sources: 2, conflict: false, value: 411e6 });
  });

  it('derives Q/Q for quarters and Y/Y only where both periods are stated, in points for percentages', async () => {
    const service = await workspace([{ name: 'results.txt', text: results, published: '2025-04-20' }]);
    const rows = service.call('metrics.sheet', {}).rows;
    expect(row(rows, 'Otterby Mining revenue').derived).toEqual({
      [Q1_25]: { qoq: ((410 - 380) / 380) * 100, yoy: ((410 - 300) / 300) * 100 },
    });
    // Gross margin: Q1 2024 to Q1 2025 in percentage points; no Q4 2024, so no Q/Q.
    expect(row(rows, 'Otterby Mining gross margin').derived).toEqual({ [Q1_25]: { qoq: null, yoy: 3.5 } });
  });

  it('passes filters and sorts through to SQL and pages the series with their total', async () => {
    const service = await workspace([
      { name: 'results.txt', text: results, published: '2025-04-20' },
      { name: 'wire.txt', text: wire('430'), published: '2025-04-25' },
    ]);
    const all = service.call('metrics.sheet', {});
    expect(all.rows.map((r) => r.label)).toEqual(['Harbor Shipping revenue', 'Otterby Mining gross margin', 'Otterby Mining revenue']);
    expect(all.total).toBe(3);
    const byEntity = service.call('metrics.sheet', { sort: [{ column: 'entity', direction: 'desc' }, { column: 'label', direction: 'desc' }] });
    expect(byEntity.rows.map((r) => r.label)).toEqual(['Otterby Mining revenue', 'Otterby Mining gross margin', 'Harbor Shipping revenue']);
    expect(service.call('metrics.sheet', { sort: [{ column: 'unit', direction: 'asc' }] }).rows.map((r) => r.unit)).toEqual(['%', 'CNY', 'CNY']);
    expect(service.call('metrics.sheet', { sort: [{ column: 'sources', direction: 'desc' }] }).rows[0]!.label).toBe('Otterby Mining revenue');
    const page = service.call('metrics.sheet', { startRow: 1, endRow: 2 });
    expect(page).toMatchObject({ total: 3, rows: [{ label: 'Otterby Mining gross margin' }] });
    expect(service.call('metrics.sheet', { startRow: 5, endRow: 10 })).toMatchObject({ total: 3, rows: [] });
    expect(service.call('metrics.sheet', { label: 'margin' }).rows.map((r) => r.label)).toEqual(['Otterby Mining gross margin']);
    expect(service.call('metrics.sheet', { unit: '%' }).total).toBe(1);
    expect(service.call('metrics.sheet', { entity: 'harbor' }).rows.map((r) => r.entity)).toEqual(['Harbor Shipping']);
    expect(service.call('metrics.sheet', { document: 'wire' }).total).toBe(2);
    expect(service.call('metrics.sheet', { quick: 'Harbor' }).total).toBe(1);
    const wireId = service.call('documents.list', {}).find((d) => d.fileName === 'wire.txt')!.id;
    const oneDocument = service.call('metrics.sheet', { documentId: wireId });
    expect(oneDocument.periods.map((p) => p.label)).toEqual(['1Q25']);
    expect(row(oneDocument.rows, 'Otterby Mining revenue').cells[Q1_25]).toMatchObject({ value: 430e6, sources: 1, conflict: false });
    // A metric whose unit an analyst cleared is a series of its own, found beside its namesake with a unit.
    const margin = service.call('metrics.page', { label: 'margin', period: '2024-01' }).rows[0]!;
    service.call('metrics.update', { id: margin.id, patch: { unit: null } });
    const units = service.call('metrics.sheet', {});
    expect(units.rows.map((r) => [r.label, r.unit])).toEqual([['Harbor Shipping revenue', 'CNY'], ['Otterby Mining gross margin', null],
      ['Otterby Mining gross margin', '%'], ['Otterby Mining revenue', 'CNY']]);
    expect(units.total).toBe(4);
  });

  it('refuses windows past 500 series and unknown sort columns', async () => {
    const service = await workspace([]);
    expect(() => service.call('metrics.sheet', { startRow: 0, endRow: 501 })).toThrow(/1 to 500 series/u);
    expect(() => service.call('metrics.sheet', { sort: [{ column: 'value', direction: 'asc' }] } as never)).toThrow(/sort\.0\.column/u);
    expect(service.call('metrics.sheet', {})).toEqual({ periods: [], hiddenPeriods: 0, rows: [], total: 0 });
  });
});
