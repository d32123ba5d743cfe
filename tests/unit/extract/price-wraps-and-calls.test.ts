import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../electron/core/extract/extract.ts';

/*
 * Issue #12: sentences written for this file in the styles of price wraps, results calls, dividend notices and
 * Chinese IR answers, each one a reading the extractor first got wrong.
 */

const read = (text: string, date = '2025-11-20') => extractFromText(text, { date, subject: null });

describe('a quarter or a half that is a span of time', () => {
  it('reads "from the prior quarter to 61.3 kt" as a move to one level, not a range from a quarter of a kilotonne', () => {
    const got = read("Calderon Copper's third-quarter copper output slipped 4% from the prior quarter to 61.3 kt.");
    expect(got.map((m) => m.text)).toEqual(['61.3 kt']);
    expect(got[0]!.change).toMatchObject({ value: -4, basis: 'qoq' });
  });
});

describe('the next commodity in a price wrap', () => {
  it('quotes a bare amount in the unit of the price just quoted, with its move', () => {
    const [brent, wti] = read('Brent settled 41 cents higher at $63.82 a barrel, while WTI added 38 cents to $59.95.');
    expect(brent).toMatchObject({ unit: 'USD/bbl', kind: 'price' });
    expect(wti).toMatchObject({ text: '$59.95', unit: 'USD/bbl', kind: 'price', label: 'WTI price', entity: 'market' });
    expect(wti!.change).toMatchObject({ value: 0.38, unit: 'USD/bbl' });
    expect(read('Copper closed at $10,820 a tonne and aluminium at $2,815.')[1]).toMatchObject({ unit: 'USD/t', label: 'aluminium price' });
  });

  it('leaves a sum of money a sum: a measure named, a scale written, or another currency', () => {
    expect(read('Copper closed at $10,820 a tonne and revenue rose to $2,815.')[1]!.unit).toBe('USD');
    expect(read('Copper closed at $10,820 a tonne, while the miner raised $2.8 billion.')[1]!.unit).toBe('USD');
    expect(read('Copper closed at $10,820 a tonne and aluminium at €2,600.')[1]!.unit).toBe('EUR');
  });
});

describe('what a figure measures', () => {
  it('names the spread "between the two", not "two", and leaves a gerund out', () => {
    const got = read('The Richards Bay benchmark eased to US$88.40/t, narrowing the spread between the two to about US$21.');
    expect(got[1]!.label).toBe('spread');
    expect(read('The group repaid $400 million, leaving gross debt at $1.34 billion.')[1]!.label).toBe('gross debt');
  });

  it('leaves 拥有 ("has") out of a Chinese label', () => {
    expect(read('问：请问公司锂盐产能目前是多少？答：您好，公司目前拥有碳酸锂产能4万吨/年。')[0]!.label).toBe('碳酸锂产能');
  });
});

describe('days that date no figure', () => {
  it('reads no period from the day a move is measured from', () => {
    const got = read('Rebar rose 30 yuan/t from Friday to 3,150 yuan/t, while social inventories fell to 5.2 million tonnes.');
    expect(got.map((m) => m.period)).toEqual([null, null]);
    expect(got[0]!.change).toMatchObject({ basis: 'since', since: '2025-11-14' });
  });

  it('reads no period from the day a dividend is payable, with or without "on"', () => {
    const [dividend] = read('The board declared a quarterly dividend of 22 cents a share, payable December 15 to holders of record on November 28.');
    expect(dividend).toMatchObject({ text: '22 cents', period: null });
  });
});

describe('broker notes and results calls', () => {
  it('reads a target price in an ISO code before a bare amount, and the one it replaced', () => {
    const got = read('We cut our target price for Ostrava Steel to CZK 412 from CZK 455, and keep a Hold rating.');
    expect(got.map((m) => [m.text, m.unit, m.label])).toEqual([['CZK 412', 'CZK', 'target price'], ['CZK 455', 'CZK', 'target price']]);
    // Without words pricing a share, a code before a small bare number stays no money.
    expect(read('Delegates at COP 29 agreed on 300 points.').map((m) => m.unit)).not.toContain('COP');
  });

  it('reads "double the X of a year earlier" as the same measure a year before', () => {
    const [, before] = read('VLCC earnings averaged $48,300/day in October, more than double the $21,900/day of a year earlier.');
    expect(before).toMatchObject({ label: 'VLCC earnings', period: { start: '2024-10-01', end: '2024-10-31' } });
  });

  it('reads a rig\'s dayrate as money a day, and a route\'s freight as its freight rate said once', () => {
    expect(read('Dayrates on new contracts were around $410,000.')[0]!.unit).toBe('USD/d');
    expect(read('Freight from Shanghai to Los Angeles fell 7% week on week to $2,140 per FEU.')[0]!.label)
      .toBe('Shanghai–Los Angeles freight rate');
  });

  it('gives a Chinese whole-year expectation the whole year, not the quarter just named', () => {
    const got = read('问：公司四季度的出货量预期如何？答：四季度预计出货量环比增长10%-15%，全年出货量有望达到85GWh左右。');
    expect(got.find((m) => m.text === '85GWh')!.period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
    // A whole-year target keeps 全年 in its name and has no period of its own.
    expect(read('1-8月累计交付33.8万辆，全年交付目标为55万辆。')[1]).toMatchObject({ label: '全年交付目标', period: null });
  });
});

describe('figures that were lost', () => {
  it('keeps an index level after its move restated as a percentage ("41 points, or 2.6%, to 1,536")', () => {
    const got = read('The Baltic Dry Index slipped 41 points, or 2.6%, to 1,536 on Tuesday, its third consecutive decline.');
    expect(got.map((m) => [m.text, m.unit])).toEqual([['1,536', 'points']]);
    expect([got[0]!.change, ...got[0]!.moreChanges].map((c) => c?.value)).toEqual([-41, -2.6]);
  });

  it('reads a head grade in a production summary as a figure, not a marker like "Grade 2"', () => {
    const got = read('Q3 production summary: ore milled 3.76 Mt; copper head grade 0.71%; recovery 88.4%.');
    expect(got.map((m) => m.text)).toEqual(['3.76 Mt', '0.71%', '88.4%']);
    expect(read('Grade 2 students rose to 4,000 in the district.').map((m) => m.text)).not.toContain('2');
  });
});

describe('the currency and the calendar a text writes in', () => {
  it('reads "38 cents" beside A$ amounts as Australian cents, and rand cents stay rand', () => {
    const got = read('H1 FY25 revenue rose 12% to A$1.84 billion; the interim dividend was lifted to 38 cents from 33 cents.');
    expect(got.map((m) => m.unit)).toEqual(['AUD', 'AUD', 'AUD']);
    expect(read('Headline earnings rose to R2.1 billion and the final dividend was 95 cents a share.')[1]!.unit).toBe('ZAR');
  });

  it('reads "CY25" as calendar 2025, and "are tracking at" as no part of the label', () => {
    const [m] = read('CY25 global EV sales are tracking at 21.5 million units, per Rho Motion, up 24% on CY24.');
    expect(m).toMatchObject({ label: 'EV sales', period: { start: '2025-01-01', end: '2025-12-31' } });
    const citing = 'Analysts raised their 2026 gold forecast to $4,250 an ounce, citing central-bank buying of 1,050 tonnes last year.';
    expect(read(citing)[1]!.label).toBe('central-bank buying');
  });
});

describe('Chinese results and statistics', () => {
  it('gives each level only its own change when 分别 pairs them', () => {
    const got = read('据中汽协数据，2025年1-10月，我国新能源汽车产销分别完成1301.5万辆和1294.3万辆，同比分别增长33.1%和32.7%。');
    expect(got.map((m) => [m.change?.value, m.moreChanges.length])).toEqual([[33.1, 0], [32.7, 0]]);
  });

  it('reads a broker\'s "pct" as percentage points, and a mine\'s average grade as a figure', () => {
    expect(read('三季度毛利率21.7%，同比-1.3pct。')[0]!.change).toMatchObject({ value: -1.3, unit: 'pp' });
    expect(read('Margins rose 3 pct in the quarter.')[0]!.unit).toBe('%');
    const mine = read('该矿山保有资源量铜金属量约185万吨，平均品位0.62%。');
    expect(mine.map((m) => m.text)).toEqual(['185万吨', '0.62%']);
    // 资源量 is a resource's tonnage, not the end of a company's name ("…资源").
    expect(mine[0]!.entity).toBeNull();
    expect(read('产品主含量达到99.5%以上，售价为8.2万元/吨。').map((m) => m.text)).toEqual(['8.2万元/吨']);
  });
});

describe('results calls and filings', () => {
  const filing = (text: string) => extractFromText(text, { date: '2025-11-05', subject: null });

  it('reads a cash flow over its year, not as a balance on the year\'s last day', () => {
    const got = filing('Net cash provided by operating activities was $1,042 million in 2024, compared to $876 million in 2023.');
    expect(got.map((m) => m.period?.start)).toEqual(['2024-01-01', '2023-01-01']);
  });

  it('names leverage said before a multiple of EBITDA, and SG&A with its comma', () => {
    expect(filing('Total debt was $2.35 billion, and net leverage stood at 2.1 times trailing EBITDA.')[1]!.label).toBe('net leverage');
    expect(filing('Selling, general and administrative expenses were $664.5 million.')[0]!.label)
      .toBe('Selling, general and administrative expenses');
  });

  it('dates nothing by the day an authorization was approved, and leaves "we\'re holding" out of a label', () => {
    const got = filing('We repurchased 4.2 million shares during 2024 and have $1.1 billion remaining under the authorization approved on February 14, 2024.');
    expect(got.map((m) => m.period?.label ?? null)).not.toContain('February 14, 2024');
    expect(filing("Yes, we're holding capex at $300 to $320 million.")[0]!.label).toBe('capex');
  });
});

describe('whose money and whose figure', () => {
  it('reads ¥ as yen in a text about a Japanese company that never says "Japan"', () => {
    const got = read('Toyota raised its full-year operating profit forecast to ¥3.4 trillion from ¥3.2 trillion.');
    expect(got.map((m) => m.unit)).toEqual(['JPY', 'JPY']);
    expect(read('中国的GDP为¥134 trillion。')[0]?.unit ?? 'CNY').toBe('CNY');
  });

  it('gives a country\'s company its own figure, without the country in its name', () => {
    expect(read("Chile's Codelco produced 1.44 million tonnes of copper in 2024.")[0]!.entity).toBe('Codelco');
    expect(read("China's Zijin Mining produced 1.07 million tonnes of copper in 2024.")[0]!.entity).toBe('Zijin Mining');
    expect(read("China's NBS said crude steel output fell 12% to 72 Mt in October.")[0]!.entity).toBe('market');
  });

  it('names what an expectation and a delivery month are of', () => {
    const ir = read('Utilisation at the Kwinana plant was around 65% in September, and we expect to reach 80% by mid-2026.');
    expect(ir.map((m) => m.label)).toEqual(['Utilisation', 'Utilisation']);
    expect(read('EU carbon allowances for December 2026 delivery closed at €81.45 a tonne.')[0]!.label).toMatch(/^EU carbon allowances? price$/u);
  });
});

describe('ratios, shares and guidance in calls and notes', () => {
  it('reads a ratio said as a bare decimal, and the level it is compared with', () => {
    const got = read("The ratings agency put the sector's average debt-to-equity ratio at 0.62 at end-2024, from 0.71 a year earlier.");
    expect(got.map((m) => [m.text, m.unit])).toEqual([['0.62', 'x'], ['0.71', 'x']]);
    expect(read('PMI rose to 50.4 in October from 49.8 in September.').map((m) => m.text)).toEqual(['50.4', '49.8']);
    // A bare whole number after "ratio of" is no multiple ("a ratio of 3 to 1").
    expect(read('Shares were consolidated at a ratio of 3 to 1.')).toEqual([]);
  });

  it('reads "an 18% share" as a share, not the share price, and names what was cut "by an average of"', () => {
    expect(read('Shipments grew 2.6% to 322.7 million units, with Apple holding an 18% share.')[1]!.label).not.toBe('share price');
    expect(read('Shares fell 7% in early trading.')[0]!.label).toBe('share price');
    expect(read('Producers cut their output guidance by an average of 4%.')[0]!.label).toBe('output guidance');
  });

  it('reads past an adverb between a quote\'s subject and its verb', () => {
    expect(read('Lithium spodumene concentrate (SC6, CIF China) last traded at $845/t.')[0]!.label)
      .toBe('Lithium spodumene concentrate price');
  });
});
