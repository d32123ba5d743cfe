import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../electron/core/extract/extract.ts';

/*
 * Issue #12: oil and gas producers' units, and rates and spreads moving in basis points, as a fresh-eyes probe in
 * these styles found them misread. Sentences written for this file.
 */

const read = (text: string) => extractFromText(text, { date: '2025-11-20', subject: null });

describe('oil and gas units', () => {
  it('reads kboe/d and Mboe/d as thousands of barrels of oil equivalent a day', () => {
    expect(read('Net production averaged 185 kboe/d in the quarter.')[0]).toMatchObject({ value: 185000, unit: 'boe/d' });
    expect(read('Production averaged 1,425 Mboe/d in the third quarter.')[0]).toMatchObject({ value: 1425000, unit: 'boe/d' });
  });

  it('reads Mb/d as barrels a day, never megabits (which "Mb/s" stays)', () => {
    expect(read('US crude production hit a record 13.8 Mb/d in August.')[0]).toMatchObject({ value: 13800000, unit: 'bbl/d' });
    expect(read('The line has 10 Mb/s of bandwidth.')[0]).toMatchObject({ unit: 'bit' });
  });

  it('reads 桶油当量 as barrels of oil equivalent, and the producer named before the period as its entity', () => {
    const [output] = read('中國海油前三季度油氣淨產量達578.3百萬桶油當量，同比增長6.7%。');
    expect(output).toMatchObject({ value: 578300000, unit: 'boe', label: '油氣淨產量', entity: '中國海油' });
    expect(output!.change).toMatchObject({ value: 6.7, basis: 'yoy' });
  });

  it('reads 平均實現油價 as the producer’s realised price, not the market’s oil price', () => {
    const [, price] = read('中國海油前三季度油氣淨產量達578.3百萬桶油當量，同比增長6.7%；平均實現油價為每桶68.29美元。');
    expect(price).toMatchObject({ value: 68.29, unit: 'USD/bbl', label: '平均實現油價', entity: '中國海油' });
  });

  it('reads lifting costs as a cost, not as costs lifted', () => {
    const [cost] = read('Lifting costs came in at $7.9/boe, 3% lower y/y.');
    expect(cost).toMatchObject({ value: 7.9, unit: 'USD/boe', label: 'Lifting cost' });
    expect(cost!.change).toMatchObject({ value: -3, unit: '%', basis: 'yoy' });
    expect(read('Lifting costs were $7.9/boe.')[0]!.change).toBeNull();
  });
});

describe('rates and spreads in basis points', () => {
  it('reads a signed move in basis points in brackets as the change of the margin before it', () => {
    expect(read('Net interest margin 1.72% (-8bp q/q), CET1 13.4%.')[0]!.change)
      .toMatchObject({ value: -0.08, unit: 'pp', basis: 'qoq', direction: 'down' });
    expect(read('Gross margin 41.2% (-120bp y/y).')[0]!.change).toMatchObject({ value: -1.2, unit: 'pp', basis: 'yoy' });
    expect(read('Gross margin 41.2% (-120bp y/y).')).toHaveLength(1);
  });

  it('reads a spread that tightened as narrower, and 下行 as a fall', () => {
    const [cds] = read('The five-year CDS on Italy tightened 3bp to 61bp.');
    expect(cds).toMatchObject({ value: 0.61, unit: 'pp' });
    expect(cds!.change).toMatchObject({ value: -0.03, direction: 'down' });
    const [yieldTen] = read('10年期国债收益率下行2.5个基点至1.79%。');
    expect(yieldTen).toMatchObject({ value: 1.79, unit: '%', label: '10年期国债收益率' });
    expect(yieldTen!.change).toMatchObject({ value: -0.025, unit: 'pp', direction: 'down' });
  });

  it('reads "+11% yoy to" as the change of the level it leads to', () => {
    const [orders] = read('Orders +11% yoy to SEK 62.4bn.');
    expect(orders).toMatchObject({ value: 62400000000, unit: 'SEK', label: 'Orders' });
    expect(orders!.change).toMatchObject({ value: 11, basis: 'yoy' });
  });

  it('gives the interbank rate (上海银行间同业拆放利率) no bank as its owner', () => {
    expect(read('上海银行间同业拆放利率隔夜品种下跌3.2个基点，报1.35%。')[0]!.entity).toBeNull();
  });
});

describe('exchange rates', () => {
  it('reads a number per dollar after a currency named as its exchange rate, not a bare number', () => {
    const [yen] = read('The yen weakened 0.6% to 155.40 per dollar.');
    expect(yen).toMatchObject({ value: 155.4, unit: 'JPY/USD', label: 'yen exchange rate' });
    expect(yen!.change).toMatchObject({ value: -0.6, unit: '%' });
    expect(read('The won closed at 1,398.5 to the dollar.')[0]).toMatchObject({ value: 1398.5, unit: 'KRW/USD' });
    expect(read('The company earned 95 cents per dollar of revenue.')[0]).toMatchObject({ unit: 'USD' });
  });

  it('reads a Chinese pair quoted before a number, and its move in basis points as 0.0001 of the rate, the yuan’s way round', () => {
    const [fixing] = read('人民币兑美元中间价报7.0825，较上一交易日调升15个基点。');
    expect(fixing).toMatchObject({ value: 7.0825, unit: 'CNY/USD' });
    // The yuan rose 15 points: yuan per dollar fell 0.0015.
    expect(fixing!.change).toMatchObject({ value: -0.0015, unit: 'CNY/USD', direction: 'down', basis: 'dod' });
    const [spot] = read('美元兑人民币即期汇率收报7.1120，较上一交易日下跌45个基点。');
    expect(spot!.change).toMatchObject({ value: -0.0045, unit: 'CNY/USD' });
    expect(read('欧元兑美元收于1.1620。')[0]).toMatchObject({ value: 1.162, unit: 'USD/EUR' });
  });

  it('keeps the figures a new speaker names after a level, rather than making them the level’s changes', () => {
    const read2 = read('The peso weakened 0.4% to 18.25 per dollar after the decision, and the central bank said it expects 2026 '
      + 'loan growth of 8-10% and GDP growth of 2.1-2.6%.');
    expect(read2.map((m) => [m.value, m.valueHigh])).toEqual([[18.25, null], [8, 10], [2.1, 2.6]]);
    expect(read2[0]!.moreChanges).toEqual([]);
  });
});

describe('months ahead', () => {
  it('dates a month just ahead that the clause speaks of in the future to the coming one, and a past month to the last', () => {
    expect(read('OPEC+ agreed to raise output by 137 kb/d in December.')[0]!.period).toMatchObject({ start: '2025-12-01' });
    expect(read('Tariffs will rise to 18.4 pence per kWh in January.')[0]!.period).toMatchObject({ start: '2026-01-01' });
    expect(read('Output rose 3% in December.')[0]!.period).toMatchObject({ start: '2024-12-01' });
    expect(read('The plant will restart; it produced 12,000 t in September.')[0]!.period).toMatchObject({ start: '2025-09-01' });
  });
});

describe('readings a fresh-eyes review of the rates round found too broad', () => {
  it('reads a central bank that tightened as no fall, and only a spread that tightened as narrower', () => {
    expect(read('The ECB tightened by 25bp to 4.00% in September 2023.').map((m) => m.change)).toEqual([null, null]);
    expect(read('Bid-ask spreads tightened 3bp to 12bp.')[0]!.change).toMatchObject({ direction: 'down' });
  });

  it('quotes the euro and sterling in dollars each, and reads "per dollar of exposure" as no rate', () => {
    expect(read('The euro rose 0.3% to 1.1620 against the dollar.')[0]).toMatchObject({ value: 1.162, unit: 'USD/EUR' });
    expect(read('Sterling climbed to 1.3150 against the dollar.')[0]).toMatchObject({ unit: 'USD/GBP' });
    expect(read('The fund hedged 60 per dollar of exposure.').map((m) => m.unit)).not.toContain('EUR/USD');
  });

  it('reads world oil demand of 105.1 Mb/d as millions of barrels a day', () => {
    expect(read('World oil demand is forecast at 105.1 Mb/d in 2026.')[0]).toMatchObject({ value: 105100000, unit: 'bbl/d' });
  });

  it('dates a past month of a clause that speaks of the future to the past (no cue across a verb of the past)', () => {
    expect(read('The company will pay a special dividend after profit rose 5% in January.')[0]!.period)
      .toMatchObject({ start: '2025-01-01' });
    expect(read('The effective tax rate rose to 25% in December.')[0]!.period).toMatchObject({ start: '2024-12-01' });
  });

  it('keeps a change the speaker says is the level’s with the level', () => {
    const [profit] = read('Net profit rose to $2.1bn, and the bank said that was up 4% from the previous quarter.');
    expect(profit!.change).toMatchObject({ value: 4, basis: 'qoq' });
  });

  it('gives growth with a noun of its own after a comma to no level before it', () => {
    const [margin] = read('Margin 18.3% (-40bp), revenue growth 6%.');
    expect(margin!.moreChanges).toEqual([]);
  });

  it('reads MOP as potash where the sentence is about fertiliser prices, even if Macau is named', () => {
    const text = 'In a note on fertilisers, we mention Macau only once; MOP 360 was the Brazilian CFR price per tonne.';
    expect(read(text).some((m) => m.unit.startsWith('MOP'))).toBe(false);
  });

  it('reads money paid by buyers as no count of buyers', () => {
    expect(read('Buyers paid 12.5 million for the stake.').map((m) => m.unit)).not.toContain('count');
  });
});
