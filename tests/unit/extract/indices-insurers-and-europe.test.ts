import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../electron/core/extract/extract.ts';

/*
 * Issue #12: market wraps, insurers, macro releases, European results and product news, as a second fresh-eyes probe
 * in these styles found them misread. Sentences written for this file.
 */

const read = (text: string) => extractFromText(text, { date: '2025-11-20', subject: null });

describe('silently wrong values and signs', () => {
  it('reads a dot and three digits before Mio. or Mrd. as thousands (German style), a comma as decimals', () => {
    expect(read('Umsatz: 2.345 Mio. EUR (Vj. 2.101 Mio. EUR).').map((m) => m.value)).toEqual([2345000000, 2101000000]);
    expect(read('Umsatz 4,5 Mio. EUR.')[0]!.value).toBe(4500000);
    expect(read('Revenue of 1.5 Mrd. EUR.')[0]!.value).toBe(1500000000);
  });

  it('reads an economy that contracted or shrank as a fall, and a loss that narrowed to an amount as a loss', () => {
    expect(read('The economy expanded 0.3% after contracting 0.6% in the first quarter.')[1]!.change).toMatchObject({ value: -0.6 });
    expect(read("Japan's economy shrank an annualised 1.8% in July-September.")[0]!.change).toMatchObject({ value: -1.8 });
    expect(read('公司上半年亏损收窄至3.2亿元。')[0]!.value).toBe(-320000000);
  });

  it('gives an index or a metal that moved in a part of its own its own change, not the one named before', () => {
    const [sp, nasdaq] = read('The S&P 500 rose 0.4% to 6,734.11, and the Nasdaq 100 added 0.7%.');
    expect(sp!.moreChanges).toEqual([]);
    expect(nasdaq).toMatchObject({ value: 0.7, kind: 'change' });
    const [copper, aluminium] = read('Copper rose 1.2% to $10,850 a tonne, while aluminium added 0.5%.');
    expect(copper!.moreChanges).toEqual([]);
    expect(aluminium).toMatchObject({ label: 'aluminium', value: 0.5 });
  });

  it('reads a price cut (降50元/吨) as a fall, not as a price', () => {
    const [wet, dry] = read('湿熄焦降50元/吨，干熄焦降55元/吨。');
    expect(wet!.change).toMatchObject({ value: -50, unit: 'CNY/t' });
    expect(dry!.change).toMatchObject({ value: -55, unit: 'CNY/t' });
  });

  it('reads an insurer’s combined ratio said without its sign as a percentage, not a multiple', () => {
    expect(read("Progressive's October combined ratio was 87.4.")[0]).toMatchObject({ value: 87.4, unit: '%' });
    expect(read('Interest coverage ratio was 4.2.')[0]).toMatchObject({ unit: 'x' });
  });
});

describe('changes said after the figure', () => {
  it('reads a basis after a change as no label, and the same move "annualised" as a change too', () => {
    const [quarter, annual] = read("Japan's GDP contracted 0.4% q/q in the third quarter, or 1.8% annualised.");
    expect(quarter).toMatchObject({ label: 'GDP' });
    expect(quarter!.change).toMatchObject({ value: -0.4, basis: 'qoq' });
    expect(annual!.change).toMatchObject({ value: -1.8 });
  });

  it('reads ", growing 21.5% y/y" and "implies a 10% y/y increase" as the level’s change', () => {
    const [subs] = read("ServiceNow's subscription revenue came in at $3,299 million, growing 21.5% y/y in constant currency.");
    expect(subs!.change).toMatchObject({ value: 21.5, basis: 'yoy' });
    const [revenue] = read('November revenue of NT$850 billion implies a 10% y/y increase.');
    expect(revenue!.change).toMatchObject({ value: 10, basis: 'yoy' });
  });
});

describe('figures missed, and names read as figures', () => {
  it('reads a PMI that came in at a reading, homes sold in 套 and patients in 例', () => {
    expect(read("China's Caixin manufacturing PMI came in at 50.6 in October.")[0]).toMatchObject({ value: 50.6, unit: 'points' });
    expect(read('上海10月二手房成交2.1万套，环比增长4%。')[0]).toMatchObject({ value: 21000, unit: 'count' });
    expect(read('III期临床试验共入组1,240例患者。')[0]).toMatchObject({ value: 1240, unit: 'count' });
  });

  it('reads no figure from a product’s or a standard’s number, nor from an interval’s confidence', () => {
    expect(read('The airline ordered Boeing 737-8 aircraft.')).toEqual([]);
    expect(read('The iPhone 17 Pro Max starts at $1,199.').map((m) => m.value)).toEqual([1199]);
    expect(read('Switch 2 hardware sales of 19 million units were reported.').map((m) => m.value)).toEqual([19000000]);
    expect(read('The cells meet IEC 62619 standards.')).toEqual([]);
    expect(read('Solvency II Pillar 3 disclosure requirements apply.')).toEqual([]);
    expect(read('The hazard ratio was 0.72 (95% CI 0.61-0.85).').map((m) => m.value)).toEqual([0.72]);
  });
});

describe('companies a story opens on', () => {
  it('takes a name in capitals, or one with an adverb before its verb, or one that said what its measure did', () => {
    expect(read('Alphabet now expects 2025 capital expenditures of $91-93 billion.')[0]!.entity).toBe('Alphabet');
    expect(read('ASML booked EUR 5.4 billion of orders in the third quarter.')[0]!.entity).toBe('ASML');
    expect(read('Heineken said its beer volume fell 4.3% organically in the third quarter.')[0]!.entity).toBe('Heineken');
  });

  it('takes no agency, central bank or measure written in capitals for a company', () => {
    expect(read('OPEC said output rose 2% in October.')[0]!.entity).not.toBe('OPEC');
    expect(read('IEA now expects demand growth of 0.8 mb/d in 2026.')[0]!.entity).not.toBe('IEA');
  });
});

describe('bracketed comparatives', () => {
  it('reads (PY: …), (prev. year: …) and (Vj.: …) as the year before, where PY used to throw', () => {
    for (const text of ['Premiums were EUR 2.1bn in Q3 2025 (PY: EUR 1.9bn).', 'Premiums were EUR 2.1bn in Q3 2025 (prev. year: EUR 1.9bn).',
      'Umsatz was EUR 2.1bn in Q3 2025 (Vj.: EUR 1.9bn).']) {
      expect(read(text).map((m) => m.period?.start), text).toEqual(['2025-07-01', '2024-07-01']);
    }
  });
});

describe('readings a fresh-eyes review of this second round found too broad', () => {
  it('dates a month ahead across numbers with commas (not across a past verb), and keeps German grouping to German text', () => {
    expect(read('OPEC+ agreed to raise output by 137,000 b/d in December.')[0]!.period).toMatchObject({ start: '2025-12-01' });
    expect(read('The company will report on Tuesday, and sales hit $1.2 billion in January.')[0]!.period)
      .toMatchObject({ start: '2025-01-01' });
    expect(read('Order backlog stood at EUR 3.2 Mrd., up from EUR 2.950 Mrd. a year earlier.').map((m) => m.value))
      .toEqual([3200000000, 2950000000]);
    expect(read('Capex came to EUR 0.750 Mio.')[0]!.value).toBe(750000);
  });

  it('reads 年增 before money as the year-on-year change, and 850 Mb/d as thousands of barrels a day', () => {
    const [profit] = read('國泰金前三季稅後淨利1,020億元，年增320億元。');
    expect(profit!.change).toMatchObject({ value: 32000000000, basis: 'yoy' });
    expect(read('The refinery processes 850 Mb/d.')[0]).toMatchObject({ value: 850000, unit: 'bbl/d' });
  });

  it('quotes cross rates of two local monies B per A, "per dollar" in the named money, and 收在 as a quote', () => {
    expect(read('港元兑人民币中间价报0.9123。')[0]).toMatchObject({ unit: 'CNY/HKD' });
    expect(read('The euro traded at 0.92 per dollar.')[0]).toMatchObject({ unit: 'EUR/USD' });
    expect(read('新台币兑美元收在30.52元。')[0]).toMatchObject({ unit: 'TWD/USD' });
    expect(read('The yen weakened to 155.40 per dollar in Tokyo trading.')[0]).toMatchObject({ unit: 'JPY/USD' });
  });

  it('reads contracting revenue as a level, a solvency ratio of 2.1 as a multiple, and a bare ratio’s earlier level', () => {
    expect(read('CIMIC booked A$4.1bn contracting revenue in the half.')[0]!.change).toBeNull();
    expect(read('The solvency ratio was 2.1 at year end.')[0]).toMatchObject({ unit: 'x' });
    const [now, before] = read('The combined ratio rose to 98.2 from 94.3.');
    expect(now!.change).toMatchObject({ value: 3.9, unit: 'pp' });
    expect(before).toMatchObject({ value: 94.3, unit: '%' });
  });

  it('gives a level no move set against it, nor a speaker’s forecast', () => {
    expect(read('Revenue was $2.1bn, compared with a 4% q/q decline in the prior quarter.')[0]!.change).toBeNull();
    expect(read('Sales were $900m, and the company said it was targeting growth of 8% in 2026.')[0]!.change).toBeNull();
  });

  it('takes no broker for the owner, keeps colon lines not headed by a heading, and counts what paid or model words precede', () => {
    expect(read('Citi said revenue at Nike would fall 5% to $11.2bn.').map((m) => m.entity)).not.toContain('Citi');
    expect(read('营收：120亿元；门店：3,200家。')[0]!.label).toBe('营收');
    expect(read('Subscribers on the paid tier rose to 3.4 million.')[0]).toMatchObject({ value: 3400000, unit: 'count' });
    expect(read('Redmi 100 million units sold.')[0]).toMatchObject({ value: 100000000, unit: 'count' });
  });
});
