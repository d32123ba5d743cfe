import { describe, expect, it } from 'vitest';
import { fieldInWords, historyLines, valueInWords } from '../../../renderer/app/history-text.ts';

const at = (minute: number) => `2026-12-06T02:${String(minute).padStart(2, '0')}:00.000Z`;

describe('a metric\'s history as the analyst reads it', () => {
  it('names fields in words and shows figures as the grid does, with their scale and unit', () => {
    // Newest first, as the core gives it: the reviewer's day, 9287000000 → 9300000000 → 1e+35 and back.
    const lines = historyLines([
      { field: 'note', oldValue: null, newValue: 'Check vs the 10-Q', changedAt: at(52) },
      { field: 'status', oldValue: 'unreviewed', newValue: 'verified', changedAt: at(51) },
      { field: 'periodLabel', oldValue: 'first quarter', newValue: null, changedAt: at(51) },
      { field: 'value', oldValue: '1e+35', newValue: '9300000000', changedAt: at(50) },
      { field: 'value', oldValue: '9300000000', newValue: '1e+35', changedAt: at(50) },
      { field: 'value', oldValue: '9287000000', newValue: '9300000000', changedAt: at(49) },
    ], 'CNY');
    expect(lines.map((l) => `${l.when} ${l.field}: ${l.from} → ${l.to}`)).toEqual([
      '2026-12-06 02:52 note: — → Check vs the 10-Q',
      '2026-12-06 02:51 status: unreviewed → verified',
      '2026-12-06 02:51 period as written: first quarter → —',
      '2026-12-06 02:50 value: 100,000,000,000,000,000,000,000 tn CNY → 9.3 bn CNY',
      '2026-12-06 02:50 value: 9.3 bn CNY → 100,000,000,000,000,000,000,000 tn CNY',
      '2026-12-06 02:49 value: 9.287 bn CNY → 9.3 bn CNY',
    ]);
    expect(lines.map((l) => `${l.from} ${l.to}`).join(' ')).not.toMatch(/\d{7}|e\+|periodLabel/u);
  });

  it('shows each figure in the unit it had then', () => {
    const lines = historyLines([
      { field: 'unit', oldValue: 'CNY', newValue: 'USD', changedAt: at(40) },
      { field: 'value', oldValue: '2000000', newValue: '3000000', changedAt: at(30) },
      // A value and its unit corrected together: the old figure in the old unit, the new in the new.
      { field: 'unit', oldValue: '%', newValue: 'CNY', changedAt: at(20) },
      { field: 'value', oldValue: '61.19', newValue: '2000000', changedAt: at(20) },
    ], 'USD');
    expect(lines.map((l) => `${l.field}: ${l.from} → ${l.to}`)).toEqual([
      'unit: CNY → USD',
      'value: 2 mn CNY → 3 mn CNY',
      'unit: % → CNY',
      'value: 61.19% → 2 mn CNY',
    ]);
  });

  it('words other fields, a team\'s remark and the extracted original the same way', () => {
    expect(fieldInWords('periodStart')).toBe('period start');
    expect(fieldInWords('changeSince')).toBe('change since');
    expect(fieldInWords('value (not applied: a later edit won)')).toBe('value (not applied: a later edit won)');
    expect(fieldInWords('body')).toBe('note');
    expect(valueInWords('value', '444500', 'CNY/t')).toBe('444,500 CNY/t');
    expect(valueInWords('value', 'n/a', 'CNY/t')).toBe('n/a');
    expect(valueInWords('periodEnd', '2025-03-31', null)).toBe('2025-03-31');
  });
});
