import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../electron/core/extract/extract.ts';

/*
 * Issue #12: shapes from newswires, calls and filings that a blind labelled set (analyst-notes-t) showed
 * read wrongly. Each sentence is written for this test.
 */

const read = (text: string, date = '2025-10-10') => extractFromText(text, { date, subject: null });

describe('wires, calls and filings', () => {
  it('reads "firmed US$0.65 to US$10.85/t" as a move and the level it reached, never as a range', () => {
    const [m] = read('C5 rates firmed US$0.65 to US$10.85/t, and spot softened $3 to $95/t.');
    expect([m!.text, m!.value, m!.change?.value]).toEqual(['US$10.85/t', 10.85, 0.65]);
  });

  it('reads points a percentage moved by as percentage points', () => {
    const [m] = read('Gross margin was 18.2%, up 1.5 points.');
    expect([m!.text, m!.change?.value, m!.change?.unit]).toEqual(['18.2%', 1.5, 'pp']);
    expect(read('The index rose 12 points to 1,850 points.')[0]!.change?.unit).toBe('points');
  });

  it('gives the figures to a company that "said on its third-quarter call", whatever its name', () => {
    const ms = read('Fenwick Magnetech said on its third-quarter call that magnet output rose 18% to 6,420 tonnes.', '2025-10-24');
    expect(ms.map((m) => m.entity)).toEqual(['Fenwick Magnetech']);
  });

  it('ends a label at "though" and "despite"', () => {
    const ms = read('Margin improved to 17.6%, even though Pr-Nd metal cost averaged RMB612,000/t in the quarter.', '2025-10-24');
    expect(ms.map((m) => m.label)).toEqual(['Margin', 'Pr-Nd metal cost']);
  });

  it('reads "fiscal year 2025, which ended June 30, 2025" as the fiscal year, not its last day', () => {
    const [m] = read('In fiscal year 2025, which ended June 30, 2025, module shipments were 41.6 GW.', '2025-08-28');
    expect([m!.period?.start, m!.period?.end]).toEqual(['2024-07-01', '2025-06-30']);
    const [n] = read('In fiscal year 2024, which ended December 31, 2024, revenue was $4.1 billion.', '2025-04-28');
    expect([n!.period?.start, n!.period?.end]).toEqual(['2024-01-01', '2024-12-31']);
  });

  it("leaves a newswire's dateline out of a label, and dates the market prices it quotes to its day", () => {
    const ms = read('LONDON, July 16 (Newswire) - Three-month copper on the LME rose 1.4% to $9,862 a tonne. Quilca produced 182,300 '
      + 'tonnes in the first half. On the LME, the Yangshan copper premium stood at $58 a tonne.', '2025-07-16');
    expect(ms[0]!.label).toBe('Three-month copper price');
    expect(ms.map((m) => [m.text, m.period?.start ?? null, m.period?.end ?? null])).toEqual([
      ['$9,862 a tonne', '2025-07-16', '2025-07-16'], ['182,300 tonnes', '2025-01-01', '2025-06-30'],
      ['$58 a tonne', '2025-07-16', '2025-07-16'],
    ]);
  });

  it('names a loss the year before as a loss of the profit named first (上年同期为亏损 → 归母净亏损)', () => {
    const ms = read('云岭锂能2025年年度业绩预告：预计2025年度实现归属于上市公司股东的净利润1.6亿元至2.2亿元，上年同期为亏损9.84亿元。', '2026-01-24');
    expect(ms.map((m) => [m.label, m.value])).toEqual([['归母净利润', 160_000_000], ['归母净亏损', -984_000_000]]);
  });

  it('does not date figures to the day statistics "showed" them', () => {
    const ms = read('China exported 5,774 tonnes of magnets in October, customs data showed on Thursday; shipments to the United States '
      + 'were 642 tonnes.', '2025-11-20');
    expect(ms.map((m) => [m.text, m.period?.start, m.period?.end])).toEqual([
      ['5,774 tonnes', '2025-10-01', '2025-10-31'], ['642 tonnes', '2025-10-01', '2025-10-31'],
    ]);
  });

  it("reads a Chinese wire's dateline as the story's date, a type of ore as no company, and a ministry's quota as the market's", () => {
    const ms = read('新华财经北京3月28日电 工业和信息化部、自然资源部今日下达2025年第一批稀土开采、冶炼分离总量控制指标，分别为13.5万吨和12.7万吨。'
      + '其中，岩矿型稀土开采指标12.4万吨。', '2025-03-28');
    expect(ms.map((m) => [m.text, m.period, m.entity])).toEqual([['13.5万吨', null, 'market'], ['12.7万吨', null, 'market'], ['12.4万吨', null, 'market']]);
    // 电解铝 after a quarter is no dateline.
    expect(read('其中第三季度电解铝销量61.5万吨。', '2025-11-03')[0]!.period?.start).toBe('2025-07-01');
  });

  it('gives a company whose name opens with a country its own figures ("China Northern Rare Earth reported …")', () => {
    expect(read('China Northern Rare Earth reported operating revenue of 9.5 billion yuan in Q1 2025.')[0]!.entity).toBe('China Northern Rare Earth');
    expect(read('China Molybdenum said operating revenue was 46 billion yuan in Q1 2025.')[0]!.entity).toBe('China Molybdenum');
    expect(read('China Customs said exports of rare earths rose 5% to 5,000 tonnes in May.')[0]!.entity).toBe('market');
  });

  it('gives a country that sets a figure after a dateline the market, and a country\'s named producer its own', () => {
    const wire = 'BEIJING, Mar 3 (Wire) - China set this year\'s first tungsten mining quota at 58,000 tonnes. Shares of Hollin Tools Group rose 3%.';
    expect(read(wire, '2026-03-03')[0]!.entity).toBe('market');
    const producer = 'LIMA, May 9 (Wire) - Peruvian zinc producer Minas Quilcay reported first-quarter sales of 61,200 tonnes.';
    expect(read(producer, '2026-05-09')[0]!.entity).toBe('Minas Quilcay');
    expect(read('Peruvian zinc producer Minas Quilcay reported sales of 61,200 tonnes.', '2026-05-09')[0]!.entity).toBe('Minas Quilcay');
  });

  it('gives figures to a company named by a report heading with "du"/"del" in its name, an IR answer, or a port authority', () => {
    const report = 'Banque Atlantique du Sahel, 2025 annual report: net banking income reached XOF 412 billion, up 6.1%.';
    expect(read(report, '2026-03-20')[0]!.entity).toBe('Banque Atlantique du Sahel');
    const answer = 'Q: How did the mines run? A (Safi Potash IR): Ore output was 4.2 million tonnes in Q3 2025.';
    expect(read(answer, '2025-10-20')[0]!.entity).toBe('Safi Potash');
    const port = 'Lamu Bay Port Authority said container throughput reached 410,000 TEU in the first half.';
    expect(read(port, '2025-08-01')[0]!.entity).toBe('Lamu Bay Port Authority');
  });

  it('gives a futures contract\'s open interest to the market, in English and Chinese', () => {
    expect(read('On SHFE, the copper contract settled at 79,640 yuan/t, with open interest of 186,200 lots.', '2025-10-15')[1]!.entity).toBe('market');
    expect(read('碳酸锂主力合约持仓量增加1.8万手至32.5万手。', '2025-10-15').at(-1)!.entity).toBe('market');
  });

  it('names each figure of "NEV production and sales grew A and B, respectively" after an opening period', () => {
    expect(read('From January to May, NEV production and sales grew 45.2% and 44% YoY, respectively.', '2025-06-15').map((m) => m.label))
      .toEqual(['NEV production', 'NEV sales']);
  });

  it('reads no figure in a table or figure number, nor a percentage in a year before a title\'s "Percentage"', () => {
    expect(read('Table 5 Correlations between the measures.')).toEqual([]);
    expect(read('See Figure 3 for the 12 mines.').map((m) => m.text)).toEqual(['12 mines']);
    expect(read('2011 Percentage Method Tables for Income Tax Withholding')).toEqual([]);
    expect(read('Margins rose 2.5 percentage points to 18%.')[0]!.change?.unit).toBe('pp');
  });

  it("reads a factory's capacity in GW (modules, cells, wafers) as a yearly rate, a power plant's as power", () => {
    const unit = (text: string) => read(text, '2025-04-28')[0]!.unit;
    expect(unit('As of December 31, 2024, our annual module production capacity was 62 GW.')).toBe('kW/yr');
    expect(unit('公司单晶硅片产能达到65GW。')).toBe('kW/yr');
    expect(unit('Installed solar capacity reached 887 GW.')).toBe('kW');
    expect(unit('The group shipped 41.6 GW of modules.')).toBe('kW');
  });

  it('reads money quoted after a price per unit, without its unit, as a price or a gap in that unit', () => {
    const units = (text: string) => read(text, '2025-12-09').map((m) => [m.text, m.unit]);
    expect(units('Futures rose 1.1% to 21,830 yuan a tonne, while Changjiang spot aluminium traded at 21,790 yuan, a discount of 40 yuan to futures.'))
      .toEqual([['21,830 yuan a tonne', 'CNY/t'], ['21,790 yuan', 'CNY/t'], ['40 yuan', 'CNY/t']]);
    expect(units('Bonny Light traded at $64.30/bbl, a $1.85 premium to Dated Brent.')).toEqual([['$64.30/bbl', 'USD/bbl'], ['$1.85', 'USD/bbl']]);
    // An amount of money far from the price is an amount of its own.
    expect(units('Brent traded at $64.30/bbl, and the company sold crude worth $1.2 billion.')[1]).toEqual(['$1.2 billion', 'USD']);
  });

  it('reads a minus glued to a currency code and a range glued to one as the amounts they are', () => {
    const one = (text: string) => { const [m] = read(text); return [m!.text, m!.value, m!.valueHigh]; };
    expect(one('The net cash flow from operating activities was RMB-1.08 billion.')).toEqual(['RMB-1.08 billion', -1_080_000_000, null]);
    expect(one('Capex will be RMB1-2 billion.')).toEqual(['RMB1-2 billion', 1_000_000_000, 2_000_000_000]);
  });
});
