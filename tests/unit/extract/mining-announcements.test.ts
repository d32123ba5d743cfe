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
    // "all-in sustaining cost" spelled out, as a CEO says it on a call.
    const [cost] = read('Our all-in sustaining cost came down to about $1,640 an ounce in the quarter.');
    expect(cost!.value).toBeCloseTo(1640 / 0.0000311034768, 0);
  });

  it('reads a reserve\'s grade as a timeless figure, and a grade given for another period in brackets as a figure', () => {
    expect(read('Probable reserves stood at 212 Mt at 0.62% Cu.')).toEqual([
      { text: '212 Mt', value: 212_000_000, unit: 't', label: 'Probable reserves' }, { text: '0.62%', value: 0.62, unit: '%', label: 'reserve grade' },
    ]);
    expect(extractFromText('Probable reserves stood at 212 Mt at 0.62% Cu.', { date: '2026-02-10', subject: null })[1]!.period).toBeNull();
    const graded = read('The mill treated 402,100 t at a head grade of 1.97 g/t Au (March quarter: 2.13 g/t Au).');
    expect(graded.map((m) => m.text)).toEqual(['402,100 t', '1.97 g/t', '2.13 g/t']);
  });

  it('reads 元/标吨 as a price per tonne', () => {
    expect(read('2月10日，江西65%黑钨精矿均价为27.9万元/标吨。')[0]).toMatchObject({ value: 279_000, unit: 'CNY/t' });
  });
});

describe('a contract\'s bounds and terms', () => {
  it('keeps "not less than" as the figure\'s bound, a minimum grade and a term out of the figures', () => {
    const read = extractFromText('Karoo Antimony shall supply not less than 12,000 tonnes of concentrate (grading not less than 42% Sb) '
      + 'per annum for a term of 4 years, and the total investment is not exceeding RMB1.8 billion.', { date: '2026-02-10', subject: null });
    expect(read.map((m) => [m.text, m.qualifier])).toEqual([['12,000 tonnes', 'not less than'], ['RMB1.8 billion', 'not exceeding']]);
    expect(read[1]!.label).toBe('total investment');
  });
});

describe('quarterlies and JSE reports', () => {
  const periods = (text: string, date: string) => extractFromText(text, { date, subject: null })
    .map((m) => [m.text, m.unit, m.period && `${m.period.start}..${m.period.end}`]);

  it('reads "the September 2025 quarter" as July to September, and "(F2024: …)" as the fiscal year before', () => {
    expect(periods('Quarterly Activities Report for the December 2025 quarter: the mill treated 401,200 t of ore.', '2026-01-28'))
      .toEqual([['401,200 t', 't', '2025-10-01..2025-12-31']]);
    expect(periods('In the year ended 30 June 2025, chrome ore sales were 2.14 Mt (F2024: 1.98 Mt).', '2025-09-10')).toEqual([
      ['2.14 Mt', 't', '2024-07-01..2025-06-30'], ['1.98 Mt', 't', '2023-07-01..2024-06-30'],
    ]);
  });

  it('reads a JSE company\'s dividend in rand cents though it sells in dollars', () => {
    const read = periods('Chrome sold at US$281/t. Headline earnings rose to R1,204 million and the final dividend was 145 cents per share.', '2025-09-10');
    expect(read[2]!.slice(0, 2)).toEqual(['145 cents', 'ZAR']);
  });
});

describe('a label after "of"', () => {
  it('ends before the letters of another figure\'s money', () => {
    const read = extractFromText('The Company funded US$45.0 million of a US$120.0 million stream on the Tembo mine.', { date: '2026-03-18', subject: null });
    expect(read.map((m) => m.label)).not.toContain('US');
  });
});
