import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gridPeriod } from '../../../shared/format.ts';
import { periodShownSql, shownPeriodMatch } from '../../../electron/core/db/period-shown.ts';
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

describe('periods as the grid shows them', () => {
  /** Four figures, their periods set as the analyst reads them in the grid, none so written in the source. */
  async function periods() {
    const service = new Service(await openWorkspace(tempWorkspacePath()));
    importBytes(importStores(service.workspace.db), Buffer.from('Hollin output\n\nOutput was 410 mt, 380 mt, 1,900 mt and 12 mt.\n'), 'hollin.txt', null);
    const rows = service.call('metrics.page', {}).rows;
    expect(rows.map((r) => r.value)).toEqual([410, 380, 1900, 12]);
    const set = (i: number, periodLabel: string, periodStart: string, periodEnd: string) =>
      service.call('metrics.update', { id: rows[i]!.id, patch: { periodLabel, periodStart, periodEnd } });
    set(0, 'the first quarter', '2025-01-01', '2025-03-31');
    set(1, 'last year', '2023-01-01', '2023-12-31');
    set(2, 'the first five months', '2025-01-01', '2025-05-31');
    set(3, 'at the end of March', '2025-03-31', '2025-03-31');
    return service;
  }
  const values = (service: Service, input: Parameters<Service['call']>[1]) => (service.call('metrics.page', input as never) as { rows: Array<{ value: number | null }> }).rows.map((r) => r.value);

  it('are what the quick filter finds: 1Q25, FY2023, Jan–May (or Jan-May), 31 Mar 25', async () => {
    const service = await periods();
    expect(service.call('metrics.page', {}).rows.map((r) => gridPeriod(r))).toEqual(['1Q25', 'FY2023', 'Jan–May 2025', '31 Mar 25']);
    expect(values(service, { quick: '1Q25' })).toEqual([410]);
    expect(values(service, { quick: '1q25' })).toEqual([410]);
    expect(values(service, { quick: 'FY2023' })).toEqual([380]);
    expect(values(service, { quick: 'Jan–May' })).toEqual([1900]);
    expect(values(service, { quick: 'Jan-May' })).toEqual([1900]);
    expect(values(service, { quick: '31 Mar 25' })).toEqual([12]);
    // The source's words and the dates still find them.
    expect(values(service, { quick: 'first quarter' })).toEqual([410]);
    expect(values(service, { quick: '2023-01' })).toEqual([380]);
    // So does the Period column's filter, and the period sheet reads the same filter.
    expect(values(service, { period: 'FY2023' })).toEqual([380]);
    expect(values(service, { period: '1Q25' })).toEqual([410]);
    expect(service.call('metrics.sheet', { quick: '1Q25', startRow: 0, endRow: 10 }).total).toBe(1);
  });

  it('are worked out in SQL exactly as gridPeriod writes them, for every kind of period', () => {
    const db = new Database(':memory:');
    const shown = db.prepare(`SELECT ${periodShownSql('s', 'e')} AS shown FROM (SELECT ? AS s, ? AS e)`).pluck();
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    const day = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map(iso);
    // Whole months from a first day to a last day (quarters, halves, years, runs across a year end), and any two days.
    // (n months on from the first; n below zero ends before it starts.)
    const months = fc.tuple(fc.integer({ min: 1900, max: 2098 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: -3, max: 25 }))
      .map(([y, m, n]) => [iso(new Date(Date.UTC(y, m - 1, 1))), iso(new Date(Date.UTC(y, m + n, 0)))] as const);
    const pair = fc.oneof(months, fc.tuple(day, day), day.map((d) => [d, d] as const));
    fc.assert(fc.property(pair, ([start, end]) => {
      expect(shown.get(start, end) ?? '').toBe(gridPeriod({ periodLabel: null, periodStart: start, periodEnd: end }));
    }), { numRuns: 3000 });
    // A word is looked for in the shown period only where that period could hold it, and then found exactly
    // where it is: pieces of the shown period, and words of the same letters, digits and dashes.
    const matches = (start: string, end: string, word: string) => {
      let pattern = '';
      const condition = shownPeriodMatch('s', 'e', word, (text) => { pattern = `%${text}%`; return 'LIKE @word'; });
      return condition === null ? null : db.prepare(`SELECT ${condition} FROM (SELECT @s AS s, @e AS e)`).pluck().get({ s: start, e: end, word: pattern }) === 1;
    };
    const word = fc.oneof(
      fc.tuple(pair, fc.nat(), fc.nat()).map(([[start, end], a, b]) => {
        const text = gridPeriod({ periodLabel: null, periodStart: start, periodEnd: end });
        return [start, end, text.slice(Math.min(a, b) % (text.length + 1), Math.max(a, b) % (text.length + 1) + 1).trim()] as const;
      }),
      fc.tuple(pair, fc.stringMatching(/^[0-9a-zA-Z–-]{1,7}$/u)).map(([[start, end], w]) => [start, end, w] as const),
    );
    fc.assert(fc.property(word, ([start, end, w]) => {
      const text = gridPeriod({ periodLabel: null, periodStart: start, periodEnd: end }).toLowerCase();
      const found = matches(start, end, w);
      const holds = text.includes(w.toLowerCase().replace(/(?<=\p{L})-(?=\p{L})/gu, '–').trim());
      if (found === null) expect(!holds || !/[\p{L}–]/u.test(w)).toBe(true);
      else expect(found).toBe(holds);
    }), { numRuns: 5000 });
    expect(shownPeriodMatch('s', 'e', 'revenue', () => 'LIKE @word')).toBeNull();
    expect(shownPeriodMatch('s', 'e', '2025', () => 'LIKE @word')).toBeNull();
    for (const [start, end] of [['2024-02-01', '2024-02-29'], ['2025-02-01', '2025-02-28'], ['2000-01-01', '2000-12-31'], ['2024-07-01', '2025-06-30'], ['2025-01-01', '2025-09-30']]) {
      expect(shown.get(start, end)).toBe(gridPeriod({ periodLabel: null, periodStart: start, periodEnd: end }));
    }
    // Words instead of dates are not a period the grid works out: it shows the words, which period_label holds.
    expect(shown.get('Q1', '2025-03-31')).toBeNull();
    expect(shown.get(null, null)).toBeNull();
    db.close();
  });
});
