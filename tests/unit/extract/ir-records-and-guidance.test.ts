import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../electron/core/extract/extract.ts';

/*
 * Issue #12: investor-relations records, call write-ups, broker notes and announcements, as a third fresh-eyes probe in
 * these styles found them misread. Sentences written for this file.
 */

const read = (text: string) => extractFromText(text, { date: '2025-11-20', subject: null });

describe('silently wrong values', () => {
  it('keeps the sign of each signed change in a list of forecasts', () => {
    const read3 = read('预计公司2025-2027年营业收入分别为100亿元、120亿元、150亿元，同比-10.5%/+20.0%/+25.0%。');
    expect(read3.map((m) => m.change?.value)).toEqual([-10.5, 20, 25]);
  });

  it('reads a guidance tolerance ("plus or minus $50 million", "± 1 percentage point") as no figure of its own', () => {
    const metrics = read('Q4 guidance: revenue of $2.1 billion plus or minus $50 million, gross margin of 44% ± 1 percentage point.');
    expect(metrics.map((m) => m.value)).toEqual([2100000000, 44]);
    expect(read('Full-year revenue is expected at $8.0 billion, ± $200 million.').map((m) => m.value)).toEqual([8000000000]);
  });

  it('reads the grade a price is quoted for (REO=50%, 62%品位) as no figure, so a change goes to the price', () => {
    const [price] = read('2025年第四季度稀土精矿交易价格调整为不含税2.65万元/吨（REO=50%），较三季度上调11.3%。');
    expect(price).toMatchObject({ value: 26500, unit: 'CNY/t' });
    expect(price!.change).toMatchObject({ value: 11.3 });
    expect(read('进口铁矿石现货价格指数（62%品位）为786元/湿吨。').map((m) => m.value)).toEqual([786]);
  });
});

describe('the company an IR record, an answer or a call is about', () => {
  it('takes the company heading an IR record, a reply or a statement for 公司 in the answers', () => {
    expect(read('湖南裕能投资者关系活动记录表。问：公司10月产量？答：公司10月份产量约8.5万吨。')[0]!.entity).toBe('湖南裕能');
    expect(read('盛新锂能回复：您好，公司锂盐产能为13.7万吨。')[0]!.entity).toBe('盛新锂能');
    expect(read('华钢股份半年度业绩说明会：公司钢材销量1025万吨。')[0]!.entity).toBe('华钢股份');
    expect(read('国家统计局表示，10月份规模以上工业增加值同比增长4.9%。')[0]!.entity).toBe('market');
  });

  it('takes the covered company, not the broker rating it, and one word heading a call with its period', () => {
    expect(read('中信证券维持北方稀土"买入"评级，目标价上调至58元。')[0]!.entity).toBe('北方稀土');
    expect(read('Tesla Q3 2025 results call. CFO: Total revenues were $28.1 billion.')[0]!.entity).toBe('Tesla');
    expect(read('Net earnings allocated to common shares were $3.666 billion.')[0]!.entity).not.toBe('Net');
  });
});

describe('amounts a day', () => {
  it('reads 每日5000吨 as tonnes a day, its label without the time or the verb', () => {
    expect(read('公司选矿处理能力为每日5000吨。')[0]).toMatchObject({ value: 5000, unit: 't/d', label: '选矿处理能力' });
    expect(read('选矿处理能力将由每日3000吨提升至每日5000吨。').map((m) => [m.unit, m.label])).toEqual([['t/d', '选矿处理能力'],
      ['t/d', '选矿处理能力']]);
  });
});

describe('counts and markers', () => {
  it('counts cells in 颗, and reads a footnote number as no figure', () => {
    expect(read('公司大圆柱电池2025年出货量预计超过10亿颗。')[0]).toMatchObject({ value: 1000000000, unit: 'count' });
    expect(read('See Table 4 and Figure 2.1 for details; footnote 7 applies.')).toEqual([]);
  });
});

describe('forecast lists', () => {
  it('reads every number of a list after an amount of money, each with its year', () => {
    const eps = read('We forecast EPS of RMB 1.10, 1.45 and 1.80 for 2025E, 2026E and 2027E, respectively.');
    expect(eps.map((m) => [m.value, m.unit, m.period?.start])).toEqual([[1.1, 'CNY', '2025-01-01'], [1.45, 'CNY', '2026-01-01'],
      [1.8, 'CNY', '2027-01-01']]);
    const profit = read('We forecast net profit of RMB 3.2bn, 4.5bn and 5.8bn for 2025-27E.');
    expect(profit.map((m) => [m.value, m.period?.start])).toEqual([[3200000000, '2025-01-01'], [4500000000, '2026-01-01'],
      [5800000000, '2027-01-01']]);
  });

  it('reads no list where the sentence neither lists years nor says "respectively"', () => {
    expect(read('Revenue was RMB 1.10 billion, 15 stores opened.').map((m) => m.unit)).toEqual(['CNY', 'count']);
    expect(read('The target is RMB 1.10, 2.5 times book.').map((m) => m.unit)).not.toContain('CNY/x');
  });
});
