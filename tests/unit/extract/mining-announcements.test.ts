import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../electron/core/extract/extract.ts';

/*
 * Issue #12: junior miners' announcements and quarterlies — drill intercepts, ounces said a sentence after the gold,
 * gold-equivalent ounces, Chinese prices per standard tonne. Each passage is written for this test.
 */

const read = (text: string, date = '2026-02-10') => extractFromText(text, { date, subject: null })
  .map((m) => ({ text: m.text, value: Math.round(m.value * 1e6) / 1e6, unit: m.unit, label: m.label }));

describe('mining announcements', () => {
  it('reads a drill intercept\'s width and grade, and not the depth it starts at', () => {
    expect(read('Best results include 18.2 m @ 2.47 g/t Au from 96 m in TWR-25-031, including 4.0 m @ 8.15 g/t Au from 101 m.')).toEqual([
      { text: '18.2 m', value: 18.2, unit: 'm', label: 'intercept width' }, { text: '2.47 g/t', value: 2.47, unit: 'g/t', label: 'gold grade' },
      { text: '4.0 m', value: 4, unit: 'm', label: 'intercept width' }, { text: '8.15 g/t', value: 8.15, unit: 'g/t', label: 'gold grade' },
    ]);
  });

  it('weighs ounces in troy ounces where the passage speaks of gold or AISC, in any of its sentences', () => {
    const [, ounces] = read('AISC guidance stays at A$2,400 an ounce. The first half came in at 152,300 ounces.');
    expect(ounces).toMatchObject({ value: 4.73706, unit: 't' });
    expect(read('The royalty company sold 38,120 gold equivalent ounces in 2025.')[0]).toMatchObject({ value: 1.185665, unit: 't' });
  });

  it('reads 元/标吨 as a price per tonne', () => {
    expect(read('2月10日，江西65%黑钨精矿均价为27.9万元/标吨。')[0]).toMatchObject({ value: 279_000, unit: 'CNY/t' });
  });
});
