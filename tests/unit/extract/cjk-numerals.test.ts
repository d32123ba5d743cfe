import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../electron/core/extract/extract.ts';

/*
 * Issue #12: amounts a Chinese original writes in numerals rather than digits, and the words made of numeral
 * characters that are no amount. Sentences written for this file.
 */

const read = (text: string) => extractFromText(text, { date: '2025-11-20', subject: null });
const values = (text: string) => read(text).map((m) => [m.value, m.unit]);

describe('amounts in Chinese numerals', () => {
  it('reads 两千万元, 十二亿元, 五万吨 and 一亿两千万元 with their scale and unit', () => {
    expect(values('公司拟投资两千万元建设研发中心。')).toEqual([[20000000, 'CNY']]);
    expect(values('该项目总投资约十二亿元，达产后年产能为五万吨。')).toEqual([[1200000000, 'CNY'], [50000, 't/yr']]);
    expect(values('项目总投资一亿两千万元。')).toEqual([[120000000, 'CNY']]);
    expect(values('产能一千零五吨。')).toEqual([[1005, 't/yr']]);
  });

  it('reads tenths (三成, 近五成) as percentages and 增长一倍 as a rise of 100%', () => {
    const [share, margin] = read('公司海外收入占比已超过三成，毛利率近五成。');
    expect(share).toMatchObject({ value: 30, unit: '%', label: '海外收入占比' });
    expect(margin).toMatchObject({ value: 50, unit: '%', label: '毛利率' });
    expect(read('公司上半年营收同比增长一倍至8.6亿元。')[0]!.change).toMatchObject({ value: 100, unit: '%', basis: 'yoy' });
  });

  it('reads no amount from words made of numerals', () => {
    for (const text of ['三元材料价格上涨。', '一季度营收增长。', '十四五规划期间。', '千万不要投资。', '建设百万吨级项目。', '价格一成不变。',
      '三一重工营收增长。', '九成新的设备。', '数十亿元的投资。', '两三万吨。', '十二五期间。', '二〇二五年。', '十几亿元。']) {
      expect(read(text), text).toEqual([]);
    }
  });
});
