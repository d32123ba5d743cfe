import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../electron/core/extract/extract.ts';

/*
 * Issue #12: figures as a Seoul, Taipei, Shenzhen or Singapore hardware desk reads them — customs releases,
 * memory quotes, panel makers' answers, Korean business reports, Chinese battery-chemicals reports.
 * Each sentence is written for this test, not taken from a labelled set.
 */

const read = (text: string, date = '2026-05-20') => extractFromText(text, { date, subject: null });

describe('statistics releases', () => {
  it("reads Korea's first 20 days of a month as those days", () => {
    const [exports] = read("Korea's exports in the first 20 days of May rose 9.1% from a year earlier to US$31.08 billion.");
    expect(exports!.period).toMatchObject({ start: '2026-05-01', end: '2026-05-20' });
  });

  it("gives a ministry's national figure to the market, and reads a level reached 'to a record'", () => {
    const [exports] = read("Taiwan's exports rose 24.3% year on year to a record US$61.20 billion in April, the finance ministry said.");
    expect(exports).toMatchObject({ value: 61_200_000_000, label: 'Taiwan exports', entity: 'market' });
    expect(exports!.change).toMatchObject({ value: 24.3, basis: 'yoy' });
  });
});

describe('memory and panel quotes', () => {
  it('reads a contract price "to an average of", names chips by their density, and a day-before basis', () => {
    const found = read('April contract prices for DDR5 24Gb chips rose 6.2% month on month to an average of US$9.10. '
      + 'Spot DDR4 16Gb closed Tuesday at US$3.25, 0.9% lower than the previous day.');
    expect(found[0]).toMatchObject({ text: 'US$9.10', entity: 'market' });
    expect(found[0]!.change).toMatchObject({ value: 6.2, basis: 'mom' });
    expect(found[1]).toMatchObject({ text: 'US$3.25', label: 'Spot DDR4 16Gb' });
    expect(found[1]!.change).toMatchObject({ value: -0.9, basis: 'dod' });
  });

  it('reads "rise 8% to 10% quarter on quarter" as a range of growth, and a second subject after "and" as its own', () => {
    const found = read('Monitor panel prices rose to US$61.0 in April, and we expect third-quarter panel shipments to rise 6% to 9% quarter on quarter.');
    expect(found[1]).toMatchObject({ text: '6% to 9%', value: 6, label: 'panel shipments' });
    expect(found[1]!.change).toMatchObject({ basis: 'qoq' });
  });

  it('reads "a further" rise as the change it is', () => {
    expect(read('NAND wafer prices are set to rise a further 4% month on month.')[0]!.change).toMatchObject({ value: 4, basis: 'mom' });
  });

  it('leaves a screen size in inches out when it names the product, but not a measured thickness', () => {
    expect(read('32-inch TV panel prices slipped to US$37.5.').map((m) => m.text)).toEqual(['US$37.5']);
    expect(read('The new module is a 0.6-inch thickness.').map((m) => m.text)).toEqual(['0.6-inch']);
  });
});

describe('whose figures', () => {
  it('finds the company of a Korean business report and of a possessive with an electronics name', () => {
    const report = read("Daemyung Display's 2025 business report: sales were 18,204.7 billion won.", '2026-03-20')[0]!;
    expect(report).toMatchObject({ entity: 'Daemyung Display' });
    expect(report.period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
    expect(read("A: Hanvale Optronics' Gen 8.6 fab ran at 78% utilisation in April.")[0]!.entity).toBe('Hanvale Optronics');
  });

  it('drops a trade word before a name, and gives an airport its own cargo', () => {
    expect(read('Chipmaker Orlin Semiconductor Manufacturing raised capex to US$18 billion.')[0]!.entity).toBe('Orlin Semiconductor Manufacturing');
    expect(read('Air cargo through Seoryeong International Airport totalled 241,300 tonnes in April.')[0]!.entity)
      .toBe('Seoryeong International Airport');
  });

  it('reads a count at year-end, and a Chinese chemicals company', () => {
    expect(read('Headcount at year-end was 28,410.', '2026-03-20')[0]).toMatchObject({ value: 28_410, unit: 'count' });
    expect(read('瀚澄化学2025年半年度报告摘要：报告期内，公司实现营业收入31.20亿元。')[0]!.entity).toBe('瀚澄化学');
  });

  it('keeps 其中 out of a name, and a date before "from" is the level\'s, not the comparison\'s', () => {
    expect(read('10月乘用车零售198.2万辆；其中新能源乘用车零售131.6万辆。')[1]!.entity).toBeNull();
    const [rate] = read('Asia–Europe rates rose to US$2,910/FEU on Thursday from US$2,480/FEU a week earlier.', '2026-06-05');
    expect(rate!.change).toMatchObject({ value: 430, basis: 'unspecified' });
  });
});

describe('weekly notes, dividends in cents and working-capital days', () => {
  it("reads 环比 in a weekly price note as week on week, and an association's branch as no company", () => {
    const [price] = read('本周硅料价格继续走弱。据硅业协会光伏分会统计，N型致密料成交均价为39.6元/千克，环比下降1.7%。', '2026-04-23');
    expect(price!.change).toMatchObject({ value: -1.7, basis: 'unspecified' });
    expect(price!.entity).toBe('market');
  });

  it('leaves a size alone in brackets after a product out', () => {
    expect(read('210mm N型硅片（130μm）成交均价1.38元/片。').map((m) => m.text)).toEqual(['1.38元']);
  });

  it('reads dividends declared in Singapore or Hong Kong cents', () => {
    expect(read('The board proposed a final dividend of 4.2 Singapore cents per share.')[0]).toMatchObject({ value: 0.042, unit: 'SGD' });
    expect(read('An interim dividend of 18 Hong Kong cents was declared.')[0]).toMatchObject({ value: 0.18, unit: 'HKD' });
  });

  it('reads inventory and receivable days said as bare numbers', () => {
    const found = read('Inventory days at 31 March fell to 68 from 81 a year earlier, and receivable days rose to 57.', '2026-05-10');
    expect(found.map((m) => [m.value, m.unit, m.label])).toEqual([[68, 'd', 'Inventory days'], [81, 'd', 'Inventory days'], [57, 'd', 'receivable days']]);
    expect(found[0]!.change).toMatchObject({ value: -13, unit: 'd' });
  });
});

describe('days and flows', () => {
  it('reads a day of the month said alone in Chinese, and the share price closed on it', () => {
    const [price] = read('受此带动，公司股价14日收跌2.1%至41.60元。', '2026-08-15');
    expect(price).toMatchObject({ value: 41.6, label: '股价' });
    expect(price!.period).toMatchObject({ start: '2026-08-14', end: '2026-08-14' });
    expect(read('近5日累计成交额38.2亿元。', '2026-08-15')[0]!.period).toBeNull();
  });

  it('keeps a net cash flow over its span, while net cash stands on a day', () => {
    const found = read('From January to September, net cash flow from operating activities was RMB (1,204.6) million; '
      + 'net cash stood at RMB 3.4 billion at the end of September.', '2025-10-30');
    expect(found[0]!.period).toMatchObject({ start: '2025-01-01', end: '2025-09-30' });
    expect(found[1]!.period).toMatchObject({ start: '2025-09-30', end: '2025-09-30' });
  });
});

describe('labels as an analyst writes them', () => {
  it("names what a subject accounted for or made up as its share of the whole", () => {
    expect(read('HBM made up 38% of third-quarter DRAM revenue.')[0]!.label).toBe('HBM share of DRAM revenue');
    expect(read('OLED accounted for 61% of sales.')[0]!.label).toBe('OLED share of sales');
    expect(read('The contract, accounting for 4.8% of the audited revenue, was signed.')[0]!.label).toBe('share of audited revenue');
  });

  it('names a price or a rate as a level in the singular, and a move of many prices in the plural', () => {
    expect(read('Monitor panel prices edged up to US$62.0 in June.')[0]!.label).toBe('Monitor panel price');
    expect(read('Spot rates from Ningbo to Genoa rose to US$3,410/FEU.')[0]!.label).toBe('Ningbo–Genoa spot rate');
    expect(read('Food prices rose 5.2% year on year.')[0]!.label).toBe('Food prices');
  });

  it('leaves a clause opening, a statement named and a participle out of a label', () => {
    expect(read('During the Reporting Period the cell shipments were 28.4 GWh.')[0]!.label).toBe('cell shipments');
    expect(read('Imports fell 1.1% to US$30.2 billion, leaving a trade surplus of US$2.9 billion.')[1]!.label).toBe('trade surplus');
    expect(read('Capital expenditures in the statement of cash flows were NT$(7,204) million.')[0]!.label).toBe('Capital expenditures');
    expect(read('We see 2nm utilisation staying at 92%.')[0]!.label).toBe('2nm utilisation');
  });
});

describe('changes given together after their levels', () => {
  it('gives each level its own change from 降幅分别为', () => {
    const found = read('本周硅片价格回落。182mm硅片成交均价1.18元/片，210mm硅片成交均价1.61元/片，周降幅分别为2.1%和1.6%。', '2026-04-23');
    expect(found.map((m) => [m.value, m.change?.value ?? null])).toEqual([[1.18, -2.1], [1.61, -1.6]]);
  });
});
