import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../electron/core/extract/extract.ts';

/*
 * Issue #12: a broker's forecasts listed over a range of years ("2026-2028年归母净利润分别为…", "2026-28 EPS of …") take the
 * years in order, whatever joins the list; figures listed with 、 share the last one's unit. Written for this test.
 */

const read = (text: string) => extractFromText(text, { date: '2026-02-10', subject: null })
  .map((m) => [m.text, m.value, m.label, m.period?.start.slice(0, 4) ?? null]);

describe('forecasts listed over a range of years', () => {
  it('pairs a 、/和 list after 分别为 with the years, not a multiple said after it', () => {
    expect(read('我们预计公司2026-2028年归母净利润分别为-3.1亿元、4.2亿元和7.9亿元，对应2027年PE 31倍。')).toEqual([
      ['-3.1亿元', -310_000_000, '归母净利润', '2026'], ['4.2亿元', 420_000_000, '归母净利润', '2027'],
      ['7.9亿元', 790_000_000, '归母净利润', '2028'], ['31倍', 31, 'PE', null],
    ]);
  });

  it('pairs a list with no 分别, and numbers sharing one unit after 、', () => {
    expect(read('预计公司2026—2028年实现营业收入88、102、117亿元。').map((m) => [m[0], m[1], m[3]])).toEqual([
      ['88', 8_800_000_000, '2026'], ['102', 10_200_000_000, '2027'], ['117亿元', 11_700_000_000, '2028'],
    ]);
  });

  it('pairs an English list after "2026-28" and leaves the range out of the label', () => {
    expect(read('We forecast 2026-28 net profit of RMB2.4bn, RMB2.9bn and RMB3.3bn.').map((m) => [m[0], m[2], m[3]])).toEqual([
      ['RMB2.4bn', 'net profit forecast', '2026'], ['RMB2.9bn', 'net profit forecast', '2027'], ['RMB3.3bn', 'net profit forecast', '2028'],
    ]);
  });

  it('pairs years listed with slashes with the figures listed after them ("2025/2026年EPS至0.42/0.51元")', () => {
    expect(read('我们将公司2026/2027年每股收益上调至1.12/1.38元。').map((m) => [m[0], m[3]])).toEqual([['1.12', '2026'], ['1.38元', '2027']]);
    expect(read('We raise our 2026E/2027E EPS to $2.10/$2.45.').map((m) => [m[0], m[3]])).toEqual([['$2.10', '2026'], ['$2.45', '2027']]);
  });

  it('does not read a split year ("2025-26") as a range', () => {
    expect(read('Revenue for 2025-26 was $5.1 billion and $5.6 billion.').map((m) => m[3])).not.toEqual(['2025', '2026']);
  });
});
