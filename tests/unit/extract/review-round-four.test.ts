import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../electron/core/extract/extract.ts';

/* Issue #12: readings a fresh-eyes review of the IR-record round found too broad. Sentences written for this file. */

const read = (text: string) => extractFromText(text, { date: '2025-11-20', subject: null });

describe('readings a fresh-eyes review of the IR-record round found too broad', () => {
  it('lets a signed item of a list set its own direction after a neutral word (增长-8.0%)', () => {
    expect(read('营收分别为50亿元/60亿元，同比增长-8.0%/+20.0%。').map((m) => m.change?.value)).toEqual([-8, 20]);
  });

  it('reads 后年增 before money as what a project adds each year, not a change', () => {
    expect(read('公司总投资50亿元，项目达产后年增20亿元产值。')[0]!.change).toBeNull();
  });

  it('reads no money list where scales differ, a multiple or days follow, or no years are listed', () => {
    expect(read('Target price of $52, 18 and 20 times 2026E and 2027E EPS, respectively.').map((m) => m.unit)).toEqual(['USD']);
    expect(read('We forecast net profit of RMB 1.2, 1.5 and 1.9 bn for 2025-27E.').map((m) => m.unit)).not.toContain('CNY/x');
    expect(read('We forecast net profit of RMB 1.2, 1.5 and 1.9 bn for 2025-27E.').some((m) => m.value === 1.5)).toBe(false);
    expect(read('The company sold 1,200 units at $25, and 3,400 and 5,600 units in 2025E and 2026E.').some((m) => m.value === 3400 && m.unit === 'USD'))
      .toBe(false);
  });

  it('reads world demand of 105 Mb/d as millions, an expense ratio of 8.5 as a percentage', () => {
    expect(read('Global oil demand will reach 105 Mb/d in 2026.')[0]).toMatchObject({ value: 105000000, unit: 'bbl/d' });
    expect(read('The expense ratio fell to 8.5 from 9.1.')[0]).toMatchObject({ value: 8.5, unit: '%' });
  });

  it('reads money paid or spent without a currency as no count', () => {
    for (const text of ['Employee costs were 3.3 million.', 'Customers paid a total of 4.5 million for tickets.']) {
      expect(read(text).map((m) => m.unit), text).not.toContain('count');
    }
  });

  it('keeps a grade that is a figure of its own (head grade Cu=0.71%), dropping only the grade a price is quoted for', () => {
    expect(read("The mine's head grade was Cu=0.71% in the quarter, down from 0.75%.")[0]).toMatchObject({ value: 0.71 });
  });

  it('takes no person, role or notice title heading a statement for the company', () => {
    for (const text of ['分析师表示，公司营收为20亿元。', '董秘回复：公司产能为5万吨。', '关于召开2025年第三季度业绩说明会的公告 公司营收为20亿元。']) {
      expect(read(text)[0]!.entity, text).toBeNull();
    }
  });

  it('takes no measure or heading word opening a report for a company, nor a broker that said a measure moved', () => {
    expect(read('Revenue Q3 2025 results: sales were $2.1 billion.')[0]!.entity).not.toBe('Revenue');
    expect(read('Alcoa said third-quarter revenue rose 5% to $3.0 billion.')[0]!.entity).toBe('Alcoa');
    expect(read('Citi said revenue rose 5% to $11.2 billion.')[0]!.entity).not.toBe('Citi');
  });
});
