import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../electron/core/extract/extract.ts';

/*
 * Issue #12: a crop season so far (榨季截至…), a split year with the day it ended, a running total since a day
 * (自…以来), and 当日 after it. Each passage is written for this test.
 */

const periods = (text: string, date: string) => extractFromText(text, { date, subject: null })
  .map((m) => [m.text, m.period && `${m.period.start}..${m.period.end}`]);

describe('seasons and running totals', () => {
  it('reads a sugar season to a day as the season so far', () => {
    expect(periods('2025/26榨季截至2月28日，广西累计产糖512.4万吨，产糖率12.91%。', '2026-03-05')).toEqual([
      ['512.4万吨', '2025-10-01..2026-02-28'], ['12.91%', '2025-10-01..2026-02-28'],
    ]);
  });

  it('reads a split harvest year by the day it ended', () => {
    expect(periods('In the 2025/26 harvest year, ended 31 March 2026, the mill crushed 9.4 million tonnes of cane.', '2026-05-12'))
      .toEqual([['9.4 million tonnes', '2025-04-01..2026-03-31']]);
    // Without the day it ended (or a stated year end), a harvest year is left unread rather than guessed.
    expect(periods('In the 2025/26 harvest year the mill crushed 9.4 million tonnes of cane.', '2026-05-12'))
      .toEqual([['9.4 million tonnes', null]]);
  });

  it('reads 自…以来 as from that day to the document\'s, and 当日 after it as the day named before', () => {
    expect(periods('3月12日全国碳市场收盘价为71.05元/吨。自2021年7月16日上线以来，配额累计成交额512.6亿元。当日CCER成交均价为88.20元/吨。', '2026-03-12'))
      .toEqual([
        ['71.05元/吨', '2026-03-12..2026-03-12'], ['512.6亿元', '2021-07-16..2026-03-12'], ['88.20元/吨', '2026-03-12..2026-03-12'],
      ]);
  });
});

describe('a flow said beside a month\'s end', () => {
  it('covers the month, while the stock stays on its last day, and the board that reports them is no company', () => {
    const read = extractFromText('Thai sugar stocks rose 3.2% to 2.41 million tonnes at end-March, the Thai Sugar Millers Board said, '
      + 'as exports dropped 8.1% to 0.62 million tonnes.', { date: '2026-04-10', subject: null });
    expect(read.map((m) => [m.text, m.period && `${m.period.start}..${m.period.end}`, m.entity])).toEqual([
      ['2.41 million tonnes', '2026-03-31..2026-03-31', 'market'], ['0.62 million tonnes', '2026-03-01..2026-03-31', 'market'],
    ]);
  });
});

describe('the full year in a fourth-quarter call', () => {
  const read = (text: string) => extractFromText(text, { date: '2026-02-05', subject: null })
    .map((m) => [m.text, m.label, m.period && `${m.period.start}..${m.period.end}`]);
  it('is the year just ended when its result is reported in the past tense, and this year when it is guided', () => {
    expect(read('Grind fell 3% in the quarter. \'Cocoa EBIT per tonne was CHF 298, and for the full year we delivered CHF 0.96 billion of EBIT,\' she said.').slice(1))
      .toEqual([['CHF 298', 'Cocoa EBIT per tonne', null], ['CHF 0.96 billion', 'EBIT', '2025-01-01..2025-12-31']]);
    expect(read('For the full year we expect EBIT of CHF 1.02 billion.')[0]![2]).toBe('2026-01-01..2026-12-31');
  });

  it('leaves 当日 and 本榨季 out of a Chinese label', () => {
    expect(extractFromText('3月4日，当日挂牌协议交易成交量21.3万吨。', { date: '2026-03-04', subject: null })[0]!.label).toBe('挂牌协议交易成交量');
  });
});

describe('a document without a date', () => {
  it('reads a day without its year against the end of the period the passage last named', () => {
    const read = extractFromText('2026年第一季度，公司实现营业收入41.2亿元。3月31日氧化镨钕均价为52.1万元/吨。', { date: null, subject: null });
    expect(read.map((m) => m.period && `${m.period.start}..${m.period.end}`)).toEqual(['2026-01-01..2026-03-31', '2026-03-31..2026-03-31']);
  });
});
