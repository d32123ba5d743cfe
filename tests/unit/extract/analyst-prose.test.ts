import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../electron/core/extract/extract.ts';
import { seriesKey } from '../../../shared/series-key.ts';

/*
 * Issue #12: figures as other people write them. Each sentence here is written for this
 * test (not taken from the labelled sets), one behaviour at a time.
 */

const read = (text: string, date = '2025-10-30', subject: string | null = 'Acme Holdings') => extractFromText(text, { date, subject });
const one = (text: string, date?: string) => {
  const metrics = read(text, date);
  expect(metrics, JSON.stringify(metrics.map((m) => m.text))).toHaveLength(1);
  return metrics[0]!;
};

describe('whose figure it is', () => {
  it('gives market prices and quoted statistics to the market, not to the company the text is about', () => {
    expect(one('According to Mysteel, coking coal averaged 1,215 yuan/t in September.').entity).toBe('market');
    expect(one('The statistics bureau said crude steel output fell 4.6% to 73.5 million tonnes in September.').entity).toBe('market');
    expect(one('Chinese mills exported 9.8 million tonnes of steel products in August.').entity).toBe('market');
  });

  it('gives a company named by a trade word its figures, and a market price in a part of its own to the market', () => {
    const [output, price] = read('Yunnan Copper\'s cathode output rose to 0.98 million t in 2024; LME copper averaged $9,020/t over the year.');
    expect([output!.entity, price!.entity]).toEqual(['Yunnan Copper', 'market']);
    const [revenue, spot] = read('Ganfeng Lithium said revenue fell 9% to 4.1 billion yuan, while spodumene prices averaged US$810/t.');
    expect([revenue!.entity, spot!.entity]).toEqual(['Ganfeng Lithium', 'market']);
    expect(one('Mineral Ridge Mining received an average of US$690/dmt for its concentrate.')).toMatchObject({ label: 'average price', entity: 'Mineral Ridge Mining' });
    expect(one('Ansteel raised its December list price for cold-rolled coil by 150 yuan/t to 4,620 yuan/t.'))
      .toMatchObject({ entity: 'Ansteel', change: { value: 150, unit: 'CNY/t', direction: 'up' } });
  });

  it('gives a broker\'s price assumption to the market, without the verb that states it', () => {
    expect(one('We now assume a long-run lithium carbonate price of US$14,000/t for Ardent Lithium.'))
      .toMatchObject({ label: 'long-run lithium carbonate price assumption', entity: 'market' });
  });

  it('does not give a market price to the company that is only quoted saying it', () => {
    const metrics = read('Halden Minerals replied: spot lithium carbonate traded at 74,200 yuan/t on October 20, against 72,900 yuan/t at the start of the year.');
    expect(metrics.map((m) => [m.entity, m.period?.start, m.period?.end])).toEqual([['market', '2025-10-20', '2025-10-20'], ['market', '2025-01-01', '2025-01-01']]);
  });

  it('reads "the quarterly report" as the last quarter ended before the document\'s date', () => {
    expect(one('According to the quarterly report released earlier, operating revenue was 2.07 billion yuan.', '2025-05-20').period).toMatchObject({ start: '2025-01-01', end: '2025-03-31' });
    expect(one('The quarterly report put net profit at 118 million yuan.', '2025-02-10').period).toMatchObject({ start: '2024-10-01', end: '2024-12-31' });
  });

  it('keeps a company its own costs and the figures of the company the passage names', () => {
    const metrics = read('Tamsin Copper said C1 cash costs fell to US$1.92/lb in the quarter, and it shipped 41,300 t of cathode.');
    expect(metrics.map((m) => m.entity)).toEqual(['Tamsin Copper', 'Tamsin Copper']);
    expect(one('中岭锂业2025年前三季度实现营业收入31.6亿元，同比下降12.4%。').entity).toBe('中岭锂业');
  });

  it('names a company without its legal form', () => {
    expect(one('Harlow Minerals Co., Ltd. reported revenue of RMB 2.4 billion for 2024.').entity).toBe('Harlow Minerals');
  });
});

describe('changes belong to their level', () => {
  it('reads "eased", "a gap below" and a change in money beside a price per unit', () => {
    expect(one('Handysize rates eased 4.2% to US$11,900/day.').change).toMatchObject({ value: -4.2, direction: 'down' });
    expect(one('The tender cleared at 0.51 yuan/Wh, some 14% below the May average.').change).toMatchObject({ value: -14, unit: '%' });
    expect(one('Our smelter runs US$52/t below the industry median on treatment cost.').change).toBeNull();
    expect(one('Coking coal was assessed at US$188.50/t FOB on Monday, down US$2.25 day on day.').change)
      .toMatchObject({ value: -2.25, unit: 'USD/t', basis: 'dod', direction: 'down' });
  });

  it('names a per-share restatement earnings per share, and a part "of which" by the measure before it', () => {
    expect(read('The bank posted net income of $1.30 billion, or $2.05 per share, up from $1.12 billion a year earlier.').map((m) => m.label))
      .toEqual(['net income', 'earnings per share', 'net income']);
    expect(read('Copper cathode sales were 410,000 tonnes, of which exports accounted for 95,000 tonnes.').map((m) => m.label))
      .toEqual(['Copper cathode sales', 'Copper cathode exports']);
    expect(read('Thermal coal sales volume was 33.1 million tons, of which contract coal accounted for 24.0 million tons.')
      .map((m) => m.label)).toEqual(['Thermal coal sales volume', 'contract coal sales volume']);
  });

  it('joins "increased $412 million, or 6%, to $7.3 billion" into one level with both changes, and keeps "cost of sales" as written', () => {
    const m = one('Net revenues increased $385 million, or 5%, to $8.1 billion in 2024.', '2025-02-20');
    expect([m.value, m.change?.value, m.moreChanges.map((c) => [c.value, c.unit])]).toEqual([8.1e9, 385e6, [[5, '%']]]);
    expect(one('Cost of sales was $5.2 billion in 2024.', '2025-02-20').label).toBe('Cost of sales');
  });

  it('derives the change of "fell to X in May from Y in April" and of "X, or Y per share, up from Z a year earlier"', () => {
    const [may] = read('Tin shipments fell to 1,210.5 tonnes in May from 1,388.0 tonnes in April.', '2025-06-20');
    expect(may!.change).toMatchObject({ value: -177.5, unit: 't', direction: 'down' });
    const [profit, perShare] = read('Orrin Bank earned $840 million, or $2.10 per share, up from $790 million a year earlier.');
    expect(profit!.change).toMatchObject({ value: 50_000_000, unit: 'USD', basis: 'yoy', direction: 'up' });
    expect(perShare!.change).toBeNull();
  });

  it('keeps both changes of one level, year on year first, and emits no separate change figures', () => {
    const metrics = read('Copper cathode output was 1.14 million tonnes in September, down 3.3% month on month and up 8.1% year on year.');
    expect(metrics).toHaveLength(1);
    expect(metrics[0]!.change).toMatchObject({ value: 8.1, basis: 'yoy' });
    expect(metrics[0]!.moreChanges).toEqual([{ value: -3.3, unit: '%', basis: 'mom', since: null, direction: 'down' }]);
  });

  it('joins a change stated a few words before the level it leads to', () => {
    const m = one('Container throughput climbed 6.2% year on year in September to 2.95 million TEU.');
    expect([m.value, m.unit, m.change?.value, m.change?.basis]).toEqual([2_950_000, 'TEU', 6.2, 'yoy']);
  });

  it('derives the change of "fell to X from Y a year earlier"', () => {
    const [level, earlier] = read('Net profit fell to $310 million from $355 million a year earlier.');
    expect(level!.change).toEqual({ value: -45_000_000, unit: 'USD', basis: 'yoy', since: null, direction: 'down' });
    expect(earlier!.change).toBeNull();
  });

  it('reads "a year-on-year decrease of" and Chinese bases stated before the figure', () => {
    expect(one('Sales reached 88,400 units, a year-on-year decrease of 5.2%.').change).toMatchObject({ value: -5.2, basis: 'yoy' });
    expect(one('9月原煤产量4.1亿吨，环比增长2.6%。').change).toMatchObject({ value: 2.6, basis: 'mom' });
    expect(one('碳酸锂现货均价为7.2万元/吨，较前一交易日上涨800元/吨。', '2025-10-16').change).toMatchObject({ value: 800, unit: 'CNY/t', basis: 'dod' });
    expect(one('新能源汽车出口15.8万辆，同比增长1.2倍。').change).toMatchObject({ value: 120, unit: '%', basis: 'yoy' });
  });

  it('attaches a list of changes to the level it leads to, reading the label where the list began', () => {
    const m = one('Deposits rose 1.9% QoQ and 7.4% YoY to HK$398.2 billion at the end of June.');
    expect([m.label, m.change?.value, m.change?.basis, m.moreChanges.map((c) => c.basis)]).toEqual(['Deposits', 7.4, 'yoy', ['qoq']]);
  });

  it('does not read "made up" as a rise', () => {
    expect(one('Scrap made up 64% of the furnace charge in September.').change).toBeNull();
  });
});

describe('periods', () => {
  it('takes the dates a fiscal year or a six-month period is said to end on', () => {
    expect(one('In FY2025, the year ended 30 June 2025, revenue was A$812 million.').period).toMatchObject({ start: '2024-07-01', end: '2025-06-30' });
    expect(one('For the six months ended 30 September 2025, net profit was HK$95 million.').period).toMatchObject({ start: '2025-04-01', end: '2025-09-30' });
  });

  it('reads Chinese months, cumulative months and the first three quarters', () => {
    expect(one('1-8月，全国十种有色金属产量5,140万吨。').period).toMatchObject({ start: '2025-01-01', end: '2025-08-31' });
    expect(one('公司2025年前三季度实现归母净利润4.3亿元。').period).toMatchObject({ start: '2025-01-01', end: '2025-09-30' });
    expect(one('截至9月底，全国光伏装机容量约11.3亿千瓦。').period).toMatchObject({ start: '2025-09-30', end: '2025-09-30' });
  });
});

describe('more periods', () => {
  it('resolves a weekday, a quarter named by its last month, an estimate year and a bracketed prior year', () => {
    expect(one('The index closed at 2,214 points on Wednesday.', '2025-10-31').period).toMatchObject({ start: '2025-10-29', end: '2025-10-29' });
    expect(one('Concentrate output was 3,410 t in the September quarter.').period).toMatchObject({ start: '2025-07-01', end: '2025-09-30' });
    expect(one('We see 2026E revenue of US$640 million.').period).toMatchObject({ start: '2026-01-01', end: '2026-12-31' });
    const [now, then] = read('For the year ended 31 December 2024, revenue was RMB812.4 million (2023: RMB790.1 million).');
    expect([now!.period?.start, then!.period?.start, then!.period?.end]).toEqual(['2024-01-01', '2023-01-01', '2023-12-31']);
    const [half, before] = read('公司2025年上半年归母净利润为1.8亿元，上年同期为2.4亿元。');
    expect([half!.period?.start, before!.period?.start, before!.period?.end]).toEqual(['2025-01-01', '2024-01-01', '2024-06-30']);
  });

  it('pairs a Chinese year range with the figures after each 分别, and keeps a Latin acronym in a Chinese label as written (PE)', () => {
    const metrics = read('我们预计华岭铜业2026-2028年营业收入分别为120亿元、135亿元和151亿元，对应PE分别为18倍、15倍和13倍。');
    expect(metrics.map((m) => [m.label, m.period?.start.slice(0, 4)])).toEqual([
      // A valuation multiple has no period (labelled-sets.md), whichever year's earnings it is of.
      ['营业收入', '2026'], ['营业收入', '2027'], ['营业收入', '2028'], ['PE', undefined], ['PE', undefined], ['PE', undefined],
    ]);
  });

  it('pairs "fiscal years 2024, 2023 and 2022 … respectively", and leaves a list before a colon to its own statement', () => {
    const metrics = read('Net revenue from Europe for fiscal years 2024, 2023 and 2022 was $5,120 million, $4,870 million and $4,410 million, respectively.');
    expect(metrics.map((m) => m.period?.start.slice(0, 4))).toEqual(['2024', '2023', '2022']);
    const [a, b] = read('Payments due as of June 30, 2025 were as follows: As of June 30, 2025 and June 30, 2024, we accrued interest of $61 million and $58 million, respectively.');
    expect([a!.period?.end, b!.period?.end]).toEqual(['2025-06-30', '2024-06-30']);
  });

  it('gives each run of listed figures the listed periods in order', () => {
    const metrics = read('Hedges include assets of $3.1 billion and $2.6 billion and liabilities of $1.4 billion and $1.9 billion at December 31, 2024 and 2023.');
    expect(metrics.map((m) => m.period?.end)).toEqual(['2024-12-31', '2023-12-31', '2024-12-31', '2023-12-31']);
  });

  it('gives a capacity per year no period, and an annual capacity its rate', () => {
    const m = one('The line, finished in August, adds annual production capacity of 12,000 mt of cathode.');
    expect([m.unit, m.period]).toEqual(['t/yr', null]);
    expect(one('The smelter reached 240 ktpa after its restart in March.').period).toBeNull();
  });

  it('reads a fiscal quarter against the year end the text states', () => {
    const m = one('Tarrant Minerals, whose fiscal year ends on 31 March, sold 2,310 t of concentrate in Q3 FY26.');
    expect(m.period).toMatchObject({ start: '2025-10-01', end: '2025-12-31' });
    // An Australian company's fiscal year ends in June unless the text says otherwise (probe-round-five.test.ts).
    expect(one('Revenue was A$88 million in FY25.').period).toMatchObject({ start: '2024-07-01', end: '2025-06-30' });
    expect(one('Revenue was $88 million in FY25.').period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
  });

  it('reads "the three months to September", a fiscal half, "second-half" and the year of "H1 2024"', () => {
    expect(one('In the three months to June, the miner sold 12,400 t of nickel.', '2025-08-01').period)
      .toMatchObject({ start: '2025-04-01', end: '2025-06-30' });
    // Written in October 2025, a reported first half of fiscal 2026 cannot be January to June 2026: a March year.
    expect(one('During the first half of fiscal 2026, operating margin was 14%.').period).toMatchObject({ start: '2025-04-01', end: '2025-09-30' });
    expect(one('During the first half of fiscal 2026, operating margin was 14%.', '2026-08-01').period).toMatchObject({ start: '2026-01-01', end: '2026-06-30' });
    expect(one('Second-half earnings are expected to reach A$210 million.', '2025-08-01')).toMatchObject({ label: 'earnings', period: { start: '2025-07-01' } });
    const [now, then] = read('H1 2025 net income was €380 million versus €350 million in H1 2024.', '2025-08-01');
    expect([now!.period?.start, then!.period?.start, then!.period?.end]).toEqual(['2025-01-01', '2024-01-01', '2024-06-30']);
  });

  it('reads "the week to 16 October" as the seven days ending that day, and gives current figures, targets and valuation inputs no period', () => {
    expect(one('In the week to 9 October, coal arrivals averaged 1.7 Mt a day.', '2025-10-20').period)
      .toMatchObject({ start: '2025-10-03', end: '2025-10-09' });
    const [output, rate] = read('2025年1-9月公司产量为3.2万吨，目前开工率约88%。', '2025-10-20');
    expect([output!.period?.end, rate!.period]).toEqual(['2025-09-30', null]);
    const metrics = read('For 2026 we set a target price of HK$31.20, using a 9.1% WACC.', '2025-10-20');
    expect(metrics.map((m) => m.period)).toEqual([null, null]);
  });

  it('gives a level the period said after its own change, and reads "the year to date"', () => {
    expect(one('Fixed-asset investment rose 2.1% in the first ten months to 41.2 trillion yuan.', '2025-11-20').period)
      .toMatchObject({ start: '2025-01-01', end: '2025-10-31' });
    const [, ytd] = read('In October the port handled 3.1 Mt of grain, and for the year to date 29.4 Mt.', '2025-11-20');
    // The year to date runs to the end of the month the sentence reports (October), not to the note's day.
    expect([ytd!.label, ytd!.period?.start, ytd!.period?.end]).toEqual(['grain throughput', '2025-01-01', '2025-10-31']);
    expect(one('Sales volume in H1 2026 is guided at 0.6-0.7 Mt.', '2025-11-20').label).toBe('Sales volume');
    expect(one('Tanker orders so far this year total 18 million dwt.', '2025-11-20'))
      .toMatchObject({ label: 'Tanker orders', period: { start: '2025-01-01', end: '2025-11-20' } });
  });

  it('does not read a name that starts like a month as a month, and lets "come in around" link capex to its figure', () => {
    const [fcf, capex] = read('CFO Janet Hale said free cash flow was $220 million, and capex should come in around $900 million.', '2025-10-10');
    expect([fcf!.period, capex!.label]).toEqual([null, 'capex']);
  });

  it('reads "full-year" as the document\'s year, and gives a spot quote no month named in an earlier sentence', () => {
    expect(one('Management held full-year guidance at 80-85 kt.', '2025-10-24').period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
    const [, quote] = read('Imports reached 9.1 Mt in September. Spot cargoes were offered at US$52.30/t.', '2025-10-24');
    expect(quote!.period).toBeNull();
  });

  it('keeps "net debt" after an opening date as the subject, not as an aside', () => {
    expect(one('At the end of June, net debt was A$1.9 billion.', '2025-08-01')).toMatchObject({ label: 'net debt', period: { end: '2025-06-30' } });
  });

  it('gives no figure the date of an event, a dateline or a signing', () => {
    const [stake, debt] = read('SYDNEY, March 4 (Wire) - Corvid Gold bought a 12% stake in the Wattle project, funded by a $90 million loan signed in 2022.');
    expect([stake!.period, debt!.period]).toEqual([null, null]);
    expect(one('公司新建产线已于2024年11月建成投产，目前开工率约85%。').period).toBeNull();
    expect(one('Construction finished in May; the mill has since treated 410,000 t of ore.', '2025-09-01').period).toBeNull();
  });

  it('takes a year that heads the phrase a figure is the value of, and "the same period of last year" as a basis', () => {
    const [ours, theirs] = read('We now see 2026 copper sales of 96 kt, against our 2025 estimate of 88 kt.');
    expect([ours!.period?.start, theirs!.period?.start]).toEqual(['2026-01-01', '2025-01-01']);
    const m = one('From July to September 2025 the company earned RMB 40.2 million, up 9.3% over the same period of last year.');
    expect([m.period?.start, m.period?.end, m.change?.basis]).toEqual(['2025-07-01', '2025-09-30', 'yoy']);
  });
});

describe('industry figures', () => {
  it('gives industry aggregates and the parts of a market figure to the market', () => {
    const metrics = read('Tamsin Copper said national wind capacity was 560 million kW at the end of September. '
      + 'Among them, offshore capacity was 43 million kW.');
    expect(metrics.map((m) => m.entity)).toEqual(['market', 'market']);
    expect(one('From January to June, NEV sales grew 38% year on year.').entity).toBe('market');
  });
});

describe('national statistics', () => {
  it('gives macro statistics to the market, keeps the date of a central bank\'s reserves, and leaves a sample size out', () => {
    expect(one('The trade surplus narrowed to $88.4 billion in August.', '2025-09-20').entity).toBe('market');
    expect(one('Foreign exchange reserves stood at $3.29 trillion at the end of August.', '2025-09-20'))
      .toMatchObject({ entity: 'market', period: { start: '2025-08-31', end: '2025-08-31' } });
    expect(one('New home prices in 70 major cities fell 0.4% month on month.', '2025-09-20').label).toBe('New home prices');
    expect(one('Proven ore reserves are 1.2 Mt of contained copper, as at 30 June 2025.').period).toBeNull();
  });
});

describe('units', () => {
  it('reads cents and pence glued to a number, SEK and other codes before an amount, cr, MMBtu and "a tonne"', () => {
    expect(read('EPS of 64c beat our 58c estimate.').map((m) => [m.value, m.unit, m.label])).toEqual([[0.64, 'USD', 'EPS'], [0.58, 'USD', 'EPS estimate']]);
    expect(one('The A$ final dividend is 21c.')).toMatchObject({ value: 0.21, unit: 'AUD' });
    expect(one('The board declared a dividend of 7p a share.')).toMatchObject({ value: 0.07, unit: 'GBP' });
    expect(one('The rights issue raises NOK 3.2 billion.')).toMatchObject({ value: 3.2e9, unit: 'NOK' });
    expect(one('Net debt was ₹1,820 cr.')).toMatchObject({ value: 1.82e10, unit: 'INR' });
    expect(one('Henry Hub gas settled at $3.42/MMBtu.')).toMatchObject({ value: 3.42, unit: 'USD/MMBtu' });
    expect(one('Zinc traded at $2,910 a tonne.')).toMatchObject({ value: 2910, unit: 'USD/t' });
  });

  it('reads a US net ton as a short ton, and energy or tonnes sizing a plant as its capacity per year', () => {
    expect(one('Plate sold for $980 per net ton.').value).toBeCloseTo(980 / 0.90718474, 4);
    expect(one('Corvane is building a 24 GWh cell plant in Ohio.')).toMatchObject({ unit: 'kWh/yr', label: 'cell plant capacity', period: null });
    expect(one('公司2GWh钠电池生产线已于2025年5月投产。', '2025-10-20')).toMatchObject({ unit: 'kWh/yr', label: '钠电池生产线产能', period: null });
    expect(one('They shipped 12,000 t from the plant.').unit).toBe('t');
  });

  it('reads oil in barrels (mb/d, $/bbl) and gas in bcm, gold in troy ounces and koz, an ore grade in g/t, pc, tph, and keeps a megabit a megabit', () => {
    expect(one('Refinery runs averaged 3.1 mb/d in the quarter.')).toMatchObject({ value: 3.1e6, unit: 'bbl/d' });
    expect(one('Brent settled at $66.10/bbl.')).toMatchObject({ value: 66.1, unit: 'USD/bbl' });
    expect(one('Margins rose to 14.2pc.')).toMatchObject({ value: 14.2, unit: '%' });
    expect(one('The new crusher runs at 2,400 tph.')).toMatchObject({ value: 2400, unit: 't/h' });
    expect(one('Pipeline gas imports reached 4.6 bcm.')).toMatchObject({ value: 4.6e9, unit: 'm3' });
    expect(one('The mine should produce 300,000 ounces next year.').value).toBeCloseTo(300_000 * 0.0000311034768, 6);
    const gold = one('Gold output was 250 koz.');
    expect([gold.unit, gold.value.toFixed(4)]).toEqual(['t', (250 * 0.0311034768).toFixed(4)]);
    expect(one('All-in sustaining costs of gold were US$1,500/oz.').value).toBeCloseTo(1500 / 0.0000311034768, 0);
    expect(one('The mill head grade averaged 3.2 g/t in the quarter.')).toMatchObject({ value: 3.2, unit: 'g/t' });
    expect(one('The download is 300 mb.').unit).toBe('bit');
  });

  it('weighs metals in pounds as mass, and reads Mtpa, dmt, TEU and a minus before money', () => {
    expect(one('The mine produced 92 million pounds of copper in 2024.').unit).toBe('t');
    expect(one('The concentrator is rated at 18 Mtpa.')).toMatchObject({ value: 18_000_000, unit: 't/yr' });
    expect(one('Fines traded at US$98.40/dmt.')).toMatchObject({ value: 98.4, unit: 'USD/t' });
    expect(one('The company booked a net loss of -$4.1 million.')).toMatchObject({ value: -4_100_000, unit: 'USD' });
    expect(one('Segment revenue was RMB7,204.6 million in 2024.')).toMatchObject({ value: 7_204_600_000, unit: 'CNY', text: 'RMB7,204.6 million' });
  });

  it('reads Chinese scale words on quantities and prices per tonne', () => {
    expect(one('全国原煤产量4.1亿吨。')).toMatchObject({ value: 410_000_000, unit: 't' });
    expect(one('镨钕氧化物均价为45.2万元/吨。')).toMatchObject({ value: 452_000, unit: 'CNY/t' });
    expect(one('商品煤平均售价为每吨585元。')).toMatchObject({ value: 585, unit: 'CNY/t' });
    expect(one('公司净利润为-2.6亿元。')).toMatchObject({ value: -260_000_000, unit: 'CNY' });
    // 每克, 每盎司: the unit a price is per is no part of its label, which is the noun said before it.
    expect(one('公司黄金单位销售成本为每克312.4元。')).toMatchObject({ label: '黄金单位销售成本', unit: 'CNY/t' });
    expect(one('矿山单位现金成本为每盎司1,020美元。')).toMatchObject({ label: '矿山单位现金成本', text: '1,020美元' });
  });
});

describe('Chinese originals', () => {
  it('reads periods written with a space between digits and characters, each at its place in the text', () => {
    // LibreOffice, Word and many sites set a space between Chinese and digits: "2026 年全年", "1-9 月".
    const text = '公司预计 2026 年全年资本开支约 22 亿元，较 2025 年的 26 亿元有所下降；1-9 月碳酸锂产量 3.12 万吨。';
    const metrics = read(text, '2026-10-30');
    expect(metrics.map((m) => [m.text, m.period?.start, m.period?.end])).toEqual([
      ['22 亿元', '2026-01-01', '2026-12-31'], ['26 亿元', '2025-01-01', '2025-12-31'], ['3.12 万吨', '2026-01-01', '2026-09-30'],
    ]);
    expect(metrics[2]!.period?.label).toBe('1-9月');
  });

  it('splits 产销 after 分别 and gives each level its own change in order', () => {
    const metrics = read('1-8月，全国挖掘机产销分别完成15.2万台和15.0万台，同比分别增长12.1%和11.4%。', '2025-09-20');
    expect(metrics.map((m) => [m.label, m.change?.value, m.change?.basis])).toEqual([['挖掘机产量', 12.1, 'yoy'], ['挖掘机销量', 11.4, 'yoy']]);
  });

  it('names a change after 其中 by its own subject, and reads 提升 as a rise in points', () => {
    const metrics = read('9月份，全国原油加工量6210万吨，同比增长4.2%；其中，民营炼厂同比下降3.5%。', '2025-10-20');
    expect(metrics.map((m) => m.label)).toEqual(['原油加工量', '民营炼厂']);
    const [margin] = read('公司第三季度毛利率为18.6%，环比提升1.3个百分点。', '2025-10-30').filter((m) => m.unit === '%');
    expect(margin!.change).toMatchObject({ value: 1.3, unit: 'pp', direction: 'up' });
  });

  it('names a figure after a comma by the clause before it, and points its label span at the label', () => {
    const text = '电解钴价格环比持平，为22.6万元/吨。';
    const m = one(text, '2025-10-20');
    expect([m.label, text.slice(m.labelSpan![0], m.labelSpan![1])]).toEqual(['电解钴价格', '电解钴价格']);
    const lead = '其中，风电同比下降4.1%。';
    const part = one(lead, '2025-10-20');
    expect(lead.slice(part.labelSpan![0], part.labelSpan![1])).toBe('风电');
  });

  it('reads 万亿, amounts in 美元 and 港元, and qualifiers and plans before a Chinese figure', () => {
    expect(one('1-9月，全国一般公共预算收入16.3万亿元。', '2025-10-20')).toMatchObject({ value: 16.3e12, unit: 'CNY' });
    expect(one('公司海外收入3.4亿美元。', '2025-10-20')).toMatchObject({ value: 3.4e8, unit: 'USD', label: '海外收入' });
    expect(one('公司拟募资不超过8亿港元。', '2025-10-20')).toMatchObject({ unit: 'HKD', label: '募资' });
    expect(one('公司拟投资建设年产3万吨负极材料项目。', '2025-10-20')).toMatchObject({ unit: 't/yr', label: '负极材料项目产能' });
  });

  it('reads 前10个月, 三季度末, a range of days, 周环比 as week on week, and 较二季度末 as a change since that day', () => {
    expect(one('前10个月我国铝材出口520万吨。', '2025-11-20').period).toMatchObject({ start: '2025-01-01', end: '2025-10-31' });
    const [stock] = read('三季度末，公司存货为9.6亿元，较二季度末减少0.8亿元。', '2025-10-28');
    expect([stock!.period?.end, stock!.change?.basis, stock!.change?.since]).toEqual(['2025-09-30', 'since', '2025-06-30']);
    const price = one('本周（11月3日-11月7日）硫酸钴均价为5.1万元/吨，周环比上涨2.0%。', '2025-11-08');
    expect([price.period?.start, price.period?.end, price.change?.basis]).toEqual(['2025-11-03', '2025-11-07', 'unspecified']);
    expect(one('维持买入评级，给予目标价28.4元。', '2025-11-08').label).toBe('目标价');
  });

  it('reads a bracketed aside and 累计 out of a Chinese label, and a scope word out of its front', () => {
    const metrics = read('5月份规模以上工业精炼铜（电解铜）产量118.2万吨；1-5月累计产量571.4万吨。', '2025-06-20');
    expect(metrics.map((m) => m.label)).toEqual(['精炼铜产量', '精炼铜产量']);
    expect(one('1-9月，风电设备累计平均利用小时1620小时。', '2025-10-20').label).toBe('风电设备平均利用小时');
  });

  it('gives a bare Chinese measure the subject of the figure before it', () => {
    expect(read('前三季度，公司铜精矿产量4.1万吨，销量3.9万吨。', '2025-10-20').map((m) => m.label)).toEqual(['铜精矿产量', '铜精矿销量']);
  });

  it('reads 较上年末 as a change since the end of the year before', () => {
    expect(one('截至2025年9月30日，公司总资产为88.1亿元，较上年末增长4.4%。', '2025-10-28').change)
      .toMatchObject({ value: 4.4, basis: 'since', since: '2024-12-31' });
  });

  it('does not take a time or the whole country for a company, nor the word before a name', () => {
    expect(one('本周国内主流港口铜精矿库存为62.4万吨。', '2025-10-30').label).toBe('主流港口铜精矿库存');
    expect(read('我们维持对金陵铝业的增持评级，目标价12.8元。', '2025-10-30')[0]!.entity).toBe('金陵铝业');
  });
});

describe('translated disclosures', () => {
  it('reads "the corresponding period of last year", keeps a participle with its preposition, and a per-share dividend alone', () => {
    const flow = one('The net cash flow generated from operating activities amounted to RMB 214.3 million, a decrease of 4.2% '
      + 'as compared with the corresponding period of last year.');
    expect([flow.label, flow.change?.basis]).toEqual(['net cash flow generated from operating activities', 'yoy']);
    expect(read('The Company plans to distribute a cash dividend of RMB 1.80 (tax inclusive) per 10 shares.').map((m) => m.label))
      .toEqual(['cash dividend']);
  });
});

describe('IR question and answer records', () => {
  it('carries the question\'s period to the answer, never names a figure after the speaker, and reads utilisation and hedges', () => {
    const [share] = read('Q: How much did you invest in exploration last year? A: Exploration spending was about 3.1% of revenue.', '2025-11-05');
    expect(share!.period).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
    expect(one('Q: How busy are the plants? A: They are running at close to 85%.').label).toBe('utilisation rate');
    expect(one('Investor: How much is hedged? Company: About 55% of next year\'s output.').label).not.toBe('Company');
    const [hedged, price] = read('About 40% of 2026 copper output is hedged at an average of US$9,800/t.');
    // The share hedged is named as such, as the v set writes "share of sugar exports hedged".
    expect([hedged!.label, price!.entity]).toEqual(['share of copper output hedged', 'Acme Holdings']);
  });
});

describe('labels', () => {
  it('leaves the reporting verb and the long legal name out', () => {
    expect(one('The Company realized operating income of RMB 1,204,500,000.00 in the period.').label).toBe('operating income');
    expect(one('归属于上市公司股东的净利润为3.1亿元。').label).toBe('归母净利润');
    expect(one('Net profit attributable to shareholders of publicly listed firms was 0.9 billion yuan.').label)
      .toBe('Net profit attributable to shareholders');
    expect(one('The company currently has a production capacity of 20,000 mt/year for sintered magnets.').label)
      .toBe('sintered magnets production capacity');
    expect(one('碳酸锂均价报7.1万元/吨。').label).toBe('碳酸锂均价');
  });

  it('says a forecast is one, and names a bare estimate by the measure before it', () => {
    expect(read('We forecast 2027 module shipments of 42 GW, up 12% on our 2026 estimate of 37.5 GW.', '2025-11-18').map((m) => m.label))
      .toEqual(['module shipments forecast', 'module shipments estimate']);
    expect(one('We now model copper sales of 310 kt.', '2025-11-18').label).toBe('copper sales');
  });

  it('leaves a grade and delivery terms out of a price label, and calls throughput in TEU container throughput', () => {
    expect(one('Platts said spodumene min 5.5% Li2O cif China was $790 per tonne.').label).toBe('spodumene price');
    expect(one('Throughput at the Port of Ashcombe reached 2.4 million TEU in August.', '2025-09-10').label).toBe('container throughput');
  });

  it('takes no figure from a grade, a size after a product, or a street address', () => {
    expect(read('The 58% Fe fines index rose to US$91.20/dmt.').map((m) => m.text)).toEqual(['US$91.20/dmt']);
    expect(read('Battery-grade 99.5% Li2CO3 min traded at 73,000 yuan/t.').map((m) => m.text)).toEqual(['73,000 yuan/t']);
    expect(one('Grade 316 stainless coil 3mm traded at 17,200 yuan/t.').label).toBe('stainless coil price');
    expect(read('The mill at 2400 Harbor Road employs 310 people.').map((m) => m.text)).toEqual(['310 people']);
    expect(one('Ore grade averaged 0.52% Cu.').unit).toBe('%');
  });

  it('never names a figure after the place, a bracketed code or a product size beside what it measures', () => {
    expect(one('Q235 8mm plate in Tianjin closed at 3,650 yuan/t.').label).toBe('plate price');
    expect(one('Zinc premiums cif Rotterdam & Antwerp were quoted at US$185/t.').label).toBe('Zinc premium');
    expect(one('Imports of cobalt hydroxide (HS 8105) rose to 31,200 tonnes in June.', '2025-07-20').label).toBe('cobalt hydroxide imports');
  });

  it('reads past a short code in brackets, a present-tense change verb and where exports come from', () => {
    expect(one('Battery-grade lithium hydroxide (LiOH) prices fell to US$9,300/t last week.').label).toBe('Battery-grade lithium hydroxide price');
    expect(one('Our EBIT forecast for FY27 rises 4% to A$880 million.').label).toBe('EBIT forecast');
    expect(one('Aluminium exports from India reached 0.41 Mt in September.', '2025-10-20').label).toBe('Aluminium exports');
  });

  it('reads "rated at" as a capacity and a ratio written after the figure and its year', () => {
    expect(one('The Carden smelter, rated at 350 ktpa, restarted in July.').label).toBe('Carden smelter capacity');
    expect(one('The shares trade on 9.4x 2026E EV/EBITDA.').label).toBe('EV/EBITDA');
  });

  it('leaves out a verb, an article, a gerund and the time a verb\'s object names', () => {
    expect(read('The directors proposed a special dividend of 15 cents, bringing the total return to 61 cents.').map((m) => m.label))
      .toEqual(['special dividend', 'total return']);
    expect(read('Segment EBIT for the quarter was A$2.4 billion; net cash ended the year at A$9.8 billion.').map((m) => m.label))
      .toEqual(['Segment EBIT', 'net cash']);
    expect(one('We trim our 12-month target price to A$3.05.').label).toBe('12-month target price');
    expect(one('The Narrows terminal handled 1.9 million TEU in 2024.').label).toBe('Narrows terminal throughput');
  });

  it('names a loss by its verb, leaves a time after a figure out of its label, and a bracketed negative\'s bracket out of its unit', () => {
    const [loss, profit] = read('In 2022 the division lost RMB (315) million, against a profit of RMB 96 million the year before.');
    expect([loss!.label, loss!.value, loss!.display.unit, profit!.label]).toEqual(['division loss', -315_000_000, 'RMB', 'division profit']);
    expect(one('The new kiln will add annual capacity of 8,000 t once it starts in late 2026.').label).toBe('annual capacity');
  });

  it('reads "last month" and "this quarter" against the document\'s date', () => {
    expect(one('Last month, nickel imports fell 6% to 88,000 t.', '2025-11-05').period).toMatchObject({ start: '2025-10-01', end: '2025-10-31' });
    expect(one('Deliveries this quarter reached 7,400 units.', '2025-11-05').period).toMatchObject({ start: '2025-10-01', end: '2025-12-31' });
    expect(one('Deliveries last quarter reached 7,100 units.', '2025-02-05').period).toMatchObject({ start: '2024-10-01', end: '2024-12-31' });
  });

  it('reads a subject across an aside set off by commas ("however", "by contrast")', () => {
    expect(read('Zinc premiums, however, slipped 3% to US$140/t. Nickel stocks, by contrast, were 51,000 t.').map((m) => m.label))
      .toEqual(['Zinc premium', 'Nickel stocks']);
  });

  it('gives a level compared with the one of its own unit, not the per-unit cost between them', () => {
    const [, , earlier] = read('The mine produced 88,000 oz of gold at an all-in cost of US$1,310 per oz, compared with 74,000 oz a year earlier.');
    expect(earlier!.label).toBe('gold production');
  });

  it('names the money a deal changes hands for as its price, not the asset bought or sold', () => {
    expect(read('Tallis Mining agreed to acquire a 45% interest in the Oruro tin mine for US$96 million.').map((m) => m.label))
      .toEqual(['interest', 'acquisition price']);
    expect(one('The group sold its Kwinana refinery to a local buyer for A$310 million.').label).toBe('sale price');
    expect(one('It paid $4 million for freight.').label).not.toBe('acquisition price');
  });

  it('reads "than in the prior quarter" as quarter on quarter', () => {
    expect(one('Bauxite shipments came in at 9.8 Mt, 6% higher than in the prior quarter.').change).toMatchObject({ value: 6, basis: 'qoq' });
  });
});

describe('series identity', () => {
  it('makes a quoting agency and the market one series, and keeps measures apart', () => {
    expect(seriesKey('SMM Pr-Nd oxide average price', 'SMM')).toBe(seriesKey('Pr-Nd oxide average price', 'market'));
    expect(seriesKey('Revenue', 'Acme')).toBe(seriesKey('revenue', 'ACME'));
    expect(seriesKey('revenue', 'Acme')).not.toBe(seriesKey('net profit', 'Acme'));
  });
});

describe('extractor 1.5.0: read on a second labelled set written in another hand', () => {
  const none = (text: string, date = '2025-10-30') => extractFromText(text, { date, subject: null });

  it('knows companies by more of the words their names end with, and keeps a trade word after the first', () => {
    expect(none('Brookfell Utilities ran its gas plants at 61% utilisation in the quarter.')[0]!.entity).toBe('Brookfell Utilities');
    expect(none('Harlan Stores closed the year with 812 stores.')[0]!.entity).toBe('Harlan Stores');
    expect(none('Quarry Cement Industry Co., Ltd. sold 14.2 million tonnes of clinker in 2024.')[0]!.entity).toBe('Quarry Cement Industry');
    expect(none('【公告】蓝汐光伏科技股份有限公司2025年上半年营业收入52.3亿元。')[0]!.entity).toBe('蓝汐光伏科技');
  });

  it('reads fiscal years stated by their end: weeks, "year to", a month alone, days to a month', () => {
    const weeks = none('Net sales for the 52 weeks ended January 31, 2026 were $8.1 billion.', '2026-03-10')[0]!;
    expect(weeks.period).toMatchObject({ start: '2025-02-02', end: '2026-01-31' });
    const yearTo = none('For the year to 30 September 2025, Linwood Insurance wrote premiums of A$2.4bn, against A$2.1bn in FY24.');
    expect(yearTo.map((m) => m.period && [m.period.start, m.period.end])).toEqual([['2024-10-01', '2025-09-30'], ['2023-10-01', '2024-09-30']]);
    // (A company's expected revenue is its guidance, which has no period: labelled-sets.md.)
    expect(none('Revenue of ¥1.2 trillion is budgeted for the year ending March 2026.')[0]!.period)
      .toMatchObject({ start: '2025-04-01', end: '2026-03-31' });
    expect(none('Copper output was 88,000 tonnes in the three months to 31 March.', '2025-04-20')[0]!.period)
      .toMatchObject({ start: '2025-01-01', end: '2025-03-31' });
  });

  it('takes a reporting period defined after its first use, and a stated range of days', () => {
    const [revenue, output] = none('During the Reporting Period the Company achieved revenue of RMB 980.4 million. '
      + 'The Reporting Period means the period from 1 January 2025 to 30 June 2025, in which cathode output was 21,300 tonnes.', '2025-08-20');
    expect(revenue!.period).toMatchObject({ start: '2025-01-01', end: '2025-06-30' });
    expect(output!.period).toMatchObject({ start: '2025-01-01', end: '2025-06-30' });
  });

  it('reads a year heading a noun phrase as the period, and a delivery or start-up date as no period', () => {
    expect(none("Caspian Power's 2024 generation fell 3.1% to 52.6 TWh.")[0]!.period).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
    const ships = none('Tarrant Shipping ordered four 64,000 dwt bulkers for US$33 million each, for delivery in 2028.');
    expect(ships.map((m) => m.period)).toEqual([null, null]);
  });

  it('reads a shipbuilding announcement: the buyer owns the figures, the units are of the ships, the signing day dates none', () => {
    const deal = none('The Board of Huahai Shipping Holdings Limited announces that on 26 June 2025 the Company entered into '
      + 'shipbuilding contracts with Donghai Heavy Industries for the construction of 6 units of 82,000 dwt Kamsarmax bulk '
      + 'carriers, at an aggregate consideration of US$412.8 million.', '2025-06-27');
    expect(deal.map((m) => [m.label, m.entity, m.period])).toEqual([
      ['Kamsarmax bulk carriers', 'Huahai Shipping Holdings', null],
      ['aggregate consideration', 'Huahai Shipping Holdings', null],
    ]);
    expect(none('The plant has an annual capacity of 300,000 sets of thermal modules.')[0]!.label).not.toBe('thermal modules');
  });

  it('reads a broker\'s and a board\'s sentences as a desk would: forecasts, dividends, today, a coal grade', () => {
    const fc = none('Analysts expect iron ore to average US$94/t in 2026, versus a spot price of US$103.40/t today.', '2025-11-14');
    expect(fc.map((m) => [m.label, m.period?.start])).toEqual([['iron ore price forecast', '2026-01-01'], ['spot price', '2025-11-14']]);
    const profit = none('We forecast net profit of RMB1.24bn in 2026, rising to RMB1.61bn in 2027.', '2025-11-14');
    expect(profit.map((m) => m.label)).toEqual(['net profit forecast', 'net profit forecast']);
    const dividend = none('For the year ended 31 December 2024, the board recommends a final dividend of HK$0.18 per share, '
      + 'payable on 18 July 2025.', '2025-03-20');
    expect(dividend[0]).toMatchObject({ label: 'final dividend per share', period: { start: '2024-01-01', end: '2024-12-31' } });
    const coal = none('Newcastle 6,000 kcal coal futures fell US$2.35 to US$109.80/t.', '2025-11-14');
    expect(coal.map((m) => m.text)).toEqual(['US$109.80/t']);
  });

  it('reads a share move\'s level as the share price, the value it gives the company as market capitalisation, and tonnes of a thing per year as a rate', () => {
    const shares = none('Shares of Ganfeng Lithium (1772.HK) jumped 7.3% to HK$28.45, valuing the company at HK$57.4 billion.', '2025-11-14');
    expect(shares.map((m) => m.label)).toEqual(['share price', 'market capitalisation']);
    const offtake = none('The buyer will take 120,000 dmt of spodumene concentrate (SC6) per year for three years.', '2025-11-14');
    expect(offtake[0]).toMatchObject({ value: 120_000, unit: 't/yr' });
    expect(none('The company repurchased $355 million of shares in 2024.', '2025-11-14')[0]!.label).not.toBe('share price');
  });

  it('names each of a Chinese list of things sharing one measure, and 注册资本 after 增资完成后其', () => {
    const power = none('风电、光伏发电量分别为900亿千瓦时和400亿千瓦时。', '2025-11-14');
    expect(power.map((m) => m.label)).toEqual(['风电发电量', '光伏发电量']);
    const capital = none('增资完成后其注册资本由5亿元增至15亿元。', '2025-11-14');
    expect(capital.map((m) => m.label)).toEqual(['注册资本', '注册资本']);
  });

  it('measures 较月初 from the first day of the note\'s month, not the quarter before', () => {
    const stock = none('调研纪要：公司表示，目前碳酸锂库存约2,000吨，较月初减少约30%。', '2025-11-14');
    expect(stock[0]!.change).toMatchObject({ value: -30, basis: 'since', since: '2025-11-01' });
  });

  it('runs the year to date to the end of the month the sentence reports', () => {
    const exports = none('Exports of unwrought aluminium fell 9.9% y/y to 501,000 t in October, bringing the year-to-date total to '
      + '5.07 Mt, down 9.6%.', '2025-11-14');
    expect(exports[1]!.period).toMatchObject({ start: '2025-01-01', end: '2025-10-31' });
  });

  it('reads nickel pig iron per nickel point', () => {
    expect(none('Indonesian NPI (10-12% Ni) was quoted at 1,005 yuan/nickel point.', '2025-11-14')[0]).toMatchObject({ value: 1005, unit: 'CNY/Ni-pt' });
    expect(none('印尼高镍铁到港价1,005元/镍点，环比持平。', '2025-11-14')[0]).toMatchObject({ value: 1005, unit: 'CNY/Ni-pt' });
  });

  it('reads 电厂日耗 as tonnes a day and 库存可用天数 in days', () => {
    const coal = none('受冷空气影响，电厂日耗升至218万吨，库存可用天数降至21.5天。', '2025-11-14');
    expect(coal.map((m) => [m.value, m.unit, m.label])).toEqual([[2_180_000, 't/d', '电厂日耗'], [21.5, 'd', '库存可用天数']]);
    expect(none('项目建设期为180天。', '2025-11-14')).toEqual([]);
  });

  it('reads a rate per 40ft container as per FEU, and the box\'s length as no figure', () => {
    const wci = none('Drewry\'s WCI composite fell 3% to $1,852 per 40ft container.', '2025-11-14');
    expect(wci.map((m) => [m.value, m.unit])).toEqual([[1852, 'USD/FEU']]);
    expect(none('Rates were $900 per 20-foot container.', '2025-11-14')[0]!.unit).toBe('USD/TEU');
  });

  it('reads a 业绩预告\'s "增加A到B，同比增长a%到b%" as ranges of change of the forecast, never as levels', () => {
    const fc = none('公司预计2025年全年实现归属于上市公司股东的净利润12亿元至14亿元，与上年同期相比，将增加3.1亿元到5.1亿元，'
      + '同比增长34.8%到57.3%。', '2026-01-20');
    expect(fc.map((m) => m.text)).toEqual(['12亿元至14亿元']);
    expect(fc[0]!.change).toMatchObject({ value: 310_000_000, unit: 'CNY' });
    expect(none('利润率从30%到45%。', '2025-11-14').map((m) => m.text)).toEqual(['30%', '45%']);
  });

  it('reads past a footnote\'s mark glued to a unit, and dates "9M output" to the first nine months', () => {
    const exports = none('January–April steel exports reached 36.2 Mt¹, up 9.4% on the same period last year.', '2025-11-14');
    expect(exports.map((m) => [m.text, m.label, m.change?.value])).toEqual([['36.2 Mt', 'steel exports', 9.4]]);
    const cells = none('Battery cell output rose to 42.6 GWh in the third quarter, taking 9M output to 118.3 GWh.', '2025-11-14');
    expect(cells[1]!.period).toMatchObject({ start: '2025-01-01', end: '2025-09-30' });
  });

  it('reads a call\'s plant ramp, a rate held near a level, and a comparative bracket that names its measure', () => {
    const ramp = none('CFO: Sure, we hit 78% of nameplate in September, and we\'re targeting 90% by March.', '2025-10-28');
    expect(ramp.map((m) => m.label)).toEqual(['utilisation rate', 'utilisation rate target']);
    expect(none('Module prices hovered near 0.68 yuan per watt.')[0]!.label).toBe('Module price');
    expect(none('The Capesize 5TC rose, while Panamax rates held near $14,500/day.')[0]!.label).toBe('Panamax rate');
    const eps = none('Basic loss per share amounted to RMB0.21 (six months ended 30 June 2024: basic earnings per share of RMB0.34).');
    expect(eps[1]!.period).toMatchObject({ start: '2024-01-01', end: '2024-06-30' });
  });

  it('keeps a change with a subject or a speaker of its own off the level before it, and reads debt over EBITDA as leverage', () => {
    const asp = none('Revenue for 3Q25 came in at NT$48.2bn, as blended ASP dropped 9% q/q.', '2025-11-14');
    expect(asp.map((m) => [m.label, m.change?.value ?? null])).toEqual([['Revenue', null], ['blended ASP', -9]]);
    const debt = none('Net debt closed the year at CHF 3.42 billion, or 2.6x EBITDA, and she guided 2026 grind volumes to a '
      + 'decline of 2-4%.', '2026-02-12');
    expect(debt.map((m) => [m.text, m.change?.value ?? null])).toEqual([['CHF 3.42 billion', null], ['2.6x', null], ['2-4%', -2]]);
    expect(debt[1]!.label).toBe('net debt/EBITDA');
    expect(none('Net debt stood at US$2.85 billion, equivalent to 1.4x trailing EBITDA.')[1]!.label).toBe('net debt/EBITDA');
  });

  it('reads "of which 41% went overseas" as the overseas share, and 年产…的生产能力 as that product\'s capacity', () => {
    const shipped = none('Shipments of solar modules totalled 18.6 GW in the quarter, of which 41% went overseas.', '2025-11-14');
    expect(shipped[1]!.label).toBe('overseas share of shipments');
    const plant = none('建成后将形成年产20万吨高压实磷酸铁锂正极材料的生产能力。', '2025-11-14');
    expect(plant[0]).toMatchObject({ unit: 't/yr', label: '高压实磷酸铁锂正极材料产能' });
  });

  it('dates no figure by a month it is the highest since ("since late June")', () => {
    const bdi = none('The BDI rose 112 points to 2,318 on Thursday, its highest since late June, led by capesizes, whose average '
      + 'of the five time-charter routes climbed to US$31,240/day.', '2025-11-14');
    expect(bdi.map((m) => m.period?.start)).toEqual(['2025-11-13', '2025-11-13']);
  });

  it('reads "minus US$42.50 a tonne" as a negative charge, and wet tonnes as tonnes', () => {
    const tc = none('The spot treatment charge for copper concentrate slid to minus US$42.50 a tonne this week, from minus US$38.00 '
      + 'a week earlier.', '2025-11-14');
    expect(tc.map((m) => [m.value, m.unit, m.label])).toEqual([
      [-42.5, 'USD/t', 'spot treatment charge for copper concentrate'], [-38, 'USD/t', 'spot treatment charge for copper concentrate'],
    ]);
    expect(tc[0]!.change).toMatchObject({ value: -4.5, unit: 'USD/t' });
    expect(none('Nickel ore imports reached 4.85 million wet tonnes in September.', '2025-11-14')[0]).toMatchObject({ value: 4_850_000, unit: 't' });
  });

  it('reads the size a ship class is quoted for as no figure, and leaves it out of the label', () => {
    const panamax = none('Panamax 82,000 dwt earnings eased to US$14,120/day from US$14,860/day on Thursday.', '2025-10-10');
    expect(panamax.map((m) => [m.text, m.label])).toEqual([['US$14,120/day', 'Panamax earnings'], ['US$14,860/day', 'Panamax earnings']]);
  });

  it('reads a ship named by its name as sized, not a figure, and its hire for a term as a time-charter rate', () => {
    const fixture = none('Northwind LNG Marketing took the 174,000 m3 Aurelia Frost (built 2019) for 12 months at US$41,000/day.', '2026-01-09');
    expect(fixture.map((m) => [m.text, m.label])).toEqual([['US$41,000/day', 'time-charter rate']]);
    expect(none('The fleet reached 540,000 m3 across three units.')[0]!.text).toBe('540,000 m3');
  });

  it('ends a company\'s name at its legal form: "Holdings Limited Integrated Annual Report" is Holdings', () => {
    const read = none('Kuruman Manganese Holdings Limited Integrated Annual Report 2025: In the year ended 30 June 2025, '
      + 'saleable manganese ore production was 3.62 Mt. The average realised FOB price was US$4.06/dmtu.', '2025-09-26');
    expect(read.map((m) => m.entity)).toEqual(['Kuruman Manganese Holdings', 'Kuruman Manganese Holdings']);
  });

  it('gives a market figure a company reports to the market, and "its own" figure after it to the company', () => {
    const sales = none('Hengtai Auto said national NEV sales rose 44% in October, while its own deliveries climbed 18% to 42,300 units.');
    expect(sales.map((m) => [m.label, m.entity])).toEqual([['NEV sales', 'market'], ['deliveries', 'Hengtai Auto']]);
  });

  it('keeps a price the company speaks of as its own ("in our segment", "we had sold forward … at") out of the market', () => {
    const own = none('Volterra Grain Holdings handled 68.4 Mt. Crush margins in our South American oilseed segment averaged US$38/t.');
    expect(own.map((m) => m.entity)).toEqual(['Volterra Grain Holdings', 'Volterra Grain Holdings']);
    const hedged = none('Investor Q&A, Altiplano Brine Resources. A: As of 20 November we had sold forward 3,200 t of lithium carbonate '
      + 'on the LC2605 contract at an average of RMB84,600/t.', '2025-11-21');
    expect(hedged.at(-1)!.entity).toBe('Altiplano Brine Resources');
    const india = none('Narmada Power said our plants ran at a PLF of 78%, against an all-India average of 66.2%.', '2025-11-21');
    expect(india.at(-1)!.entity).toBe('market');
  });

  it('gives a deal\'s terms no period: a rights issue, its price, a loan facility', () => {
    const deal = none('Revenue was CHF 4.1 billion in 2024. It launched a CHF 1.2 billion rights issue at CHF 41.80 a share.', '2025-03-05');
    expect(deal.map((m) => m.period && m.period.start)).toEqual(['2024-01-01', null, null]);
    expect(none('2026年2月27日，公司签署银团贷款协议，贷款额度不超过28亿元。', '2026-03-02')[0]!.period).toBeNull();
    const project = none('Copper production was 61,200 tonnes in 3Q25. The Lumwana expansion will add 85,000 tonnes a year '
      + 'from 2028 at a cost of US$1.9 billion.', '2025-10-30');
    expect(project[2]).toMatchObject({ label: 'Lumwana expansion cost', period: null });
  });

  it('dates what a company expects for 全年 to the whole year, not the quarter said before', () => {
    const [, output] = none('第三季度实现归母净利润21.35亿元。公司预计全年商品煤产量5,600-5,700万吨。', '2025-10-30');
    expect(output!.period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
  });

  it('keeps two forecasts cut in one sentence apart: each its own year, and no change measured across them', () => {
    const cut = none('Pennant cut its 2026 62% Fe price forecast to US$92/dmt from US$98/dmt and its 2027 forecast to US$85/dmt.', '2025-10-06');
    expect(cut.map((m) => m.period?.start)).toEqual(['2026-01-01', '2026-01-01', '2027-01-01']);
    expect(cut.map((m) => m.change?.value ?? null)).toEqual([-6, null, null]);
    expect(cut[0]!.label).toBe('62% Fe price forecast');
  });

  it('reads "FY26 (June year end)" as the fiscal year, not the month of June', () => {
    const [ebitda] = none('For Altona we now see FY26 (June year end) EBITDA of US$2.31bn, down 11%.', '2025-10-06');
    expect(ebitda!.period).toMatchObject({ start: '2025-07-01', end: '2026-06-30' });
  });

  it('dates 开工率 (an operating rate) by its quarter, unlike 开工 (a start of building), and gives a project\'s size no period', () => {
    expect(none('三季度开工率维持在65%左右。', '2025-09-18')[0]!.period).toMatchObject({ start: '2025-07-01', end: '2025-09-30' });
    const [, project] = none('三季度开工率维持在65%左右；云岭基地二期16GW项目预计2026年二季度投产。', '2025-09-18');
    expect(project).toMatchObject({ value: 16_000_000, label: '项目产能', period: null });
  });

  it('reads 公司 inside a run of characters as "the company(\'s)": a name only after it, never the words before', () => {
    expect(none('答：上半年公司电池片出货量12.8GW，同比下降9.5%。')[0]!.entity).toBeNull();
    expect(none('港股上市公司华屹医药2024年收入92.36亿元，同比增长12.8%。')[0]!.entity).toBe('华屹医药');
  });

  it('keeps capacity added as a level with its own change, and capacity tonnage as a rate', () => {
    const [added] = none('India added 18.4 GW of wind capacity in 2024, up 32% year on year.');
    expect(added).toMatchObject({ value: 18_400_000, unit: 'kW', change: { value: 32, unit: '%', basis: 'yoy' } });
    expect(none('问：贵公司的产能？答：公司目前电解铝年产能为45万吨。')[0]).toMatchObject({ unit: 't/yr', value: 450_000 });
    expect(none('Average revenue per TEU was US$91.2 in 2024.')[0]!.unit).toBe('USD/TEU');
  });

  it('leaves out a survey sample after its measure, and trims who said it and linking words from labels', () => {
    expect(none('Coal stocks at 72 coastal power plants stood at 31.5 million tonnes on Friday.').map((m) => m.text)).toEqual(['31.5 million tonnes']);
    expect(none('Management flagged a net debt ratio of 38% at the half-year.')[0]!.label).toBe('net debt ratio');
    expect(none('Halden keeps Buy on Ormond Motors with TP cut to US$44.')[0]!.label).toBe('target price');
    expect(none('LME三个月期铜收于9,820美元/吨。')[0]!.label).not.toMatch(/收于$/u);
    expect(none('All-in sustaining cost is currently about US$1,450/oz.')[0]!.label).toBe('All-in sustaining cost');
    expect(none('1-10月累计交付41.2万辆。', '2025-11-03')[0]!.label).toBe('交付量');
  });

  it('reads the day a statement was made as no period, and a revision "to X (from Y)" or "by X% to Y" as the change', () => {
    const [capacity, capex] = none('Fenwick Power will build the 640 MW Ardlow solar park for about £410 million, it said on Tuesday.');
    expect([capacity!.period, capex!.period]).toEqual([null, null]);
    expect(none('Brightwell Securities keeps Hold on Ostrava Steel; TP raised to €18.50 (from €16.00).')[0]!.change)
      .toMatchObject({ value: 2.5, unit: 'EUR', direction: 'up' });
    expect(none('We lift 2026E shipments by 8% to 2.7 million tonnes.')[0]).toMatchObject({ value: 2_700_000, change: { value: 8, unit: '%', direction: 'up' } });
  });

  it('reads signed changes and levels: 同比+23.6%, a negative margin, "an improvement of 2.6pp"', () => {
    const [sales, profit] = none('公司前三季度实现营业收入52.10亿元，同比+18.4%；归母净利润3.05亿元，同比-7.9%。', '2025-10-28');
    expect(sales!.change).toMatchObject({ value: 18.4, unit: '%', basis: 'yoy', direction: 'up' });
    expect(profit!.change).toMatchObject({ value: -7.9, basis: 'yoy', direction: 'down' });
    expect(none('EBITDA margin was -4.1%, an improvement of 1.3pp QoQ.')).toEqual([
      expect.objectContaining({ value: -4.1, unit: '%', change: expect.objectContaining({ value: 1.3, unit: 'pp', basis: 'qoq' }) }),
    ]);
  });

  it('reads money per unit glued to its currency code, per unit in words, and a compared price written without the unit', () => {
    expect(none('The average selling price was RMB0.72/W in the quarter.')[0]).toMatchObject({ value: 720, unit: 'CNY/kW' });
    const [now, before] = none('Haulage costs rose to A$6.80 per wet metric tonne from A$6.10 a year earlier.');
    expect(now).toMatchObject({ unit: 'AUD/t', value: 6.8, change: { value: 0.7, unit: 'AUD/t', basis: 'yoy' } });
    expect(before).toMatchObject({ unit: 'AUD/t', value: 6.1 });
  });

  it('gives a 10-Q\'s "The increase of $X, or Y%" to the level of the sentence before, not figures of its own', () => {
    const metrics = none('Net sales of the Devices segment were $412.6 million for the three months ended June 30, 2025, compared to '
      + '$380.1 million for the three months ended June 30, 2024. The increase of $32.5 million, or 9%, was primarily due to volume.', '2025-08-05');
    expect(metrics.map((m) => m.text)).toEqual(['$412.6 million', '$380.1 million']);
    expect(metrics[0]!.change).toMatchObject({ value: 32_500_000, unit: 'USD', basis: 'yoy', direction: 'up' });
    expect(metrics[0]!.moreChanges).toEqual([expect.objectContaining({ value: 9, unit: '%' })]);
  });

  it('keeps national figures with the market in the sentences after, where no company is named', () => {
    const [, ytd] = none("China's copper concentrate imports were 2.41 million tonnes in May, customs data showed. "
      + 'Imports in the first five months reached 12.2 million tonnes.', '2025-06-20');
    expect(ytd!.entity).toBe('market');
  });

  it('reads running hours, Japanese fiscal years and tickers, and a fiscal year end stated in another sentence', () => {
    const [hours] = none('Average utilisation hours of coal units were 2,210 hours in January-June, 64 hours fewer than in the same period last year.', '2025-07-25');
    expect(hours).toMatchObject({ value: 2210, unit: 'h', change: { value: -64, unit: 'h', basis: 'yoy' } });
    expect(none('Our flights were delayed by 3 hours.').length).toBe(0);
    expect(none('Tsubaki Foods (2811 JP): we raise our FY3/26 operating profit estimate to ¥12.4bn.', '2025-06-02')[0])
      .toMatchObject({ unit: 'JPY', period: { start: '2025-04-01', end: '2026-03-31' } });
    const fiscal = none('Sales were $910.2 million in fiscal 2025, the year ended June 30, 2025. Operating income was $88.0 million, '
      + 'compared with $80.5 million in fiscal 2024.', '2025-08-20');
    expect(fiscal.map((m) => m.text)).toEqual(['$910.2 million', '$88.0 million', '$80.5 million']);
    expect(fiscal[2]!.period).toMatchObject({ start: '2023-07-01', end: '2024-06-30' });
  });

  it('reads a bracketed figure for the corresponding period, days of one month, and months that define a fiscal half', () => {
    const [, before] = none('Interim results for the six months ended 30 June 2025: revenue amounted to RMB2,118.6 million '
      + '(corresponding period of 2024: RMB1,990.3 million).', '2025-08-25');
    expect(before).toMatchObject({ label: 'revenue', period: { start: '2024-01-01', end: '2024-06-30' } });
    expect(none('Platts weekly (November 3-7): hot-rolled coil averaged US$512/t.', '2025-11-07')[0]!.period)
      .toMatchObject({ start: '2025-11-03', end: '2025-11-07' });
    expect(none('Output in the April-September first half of fiscal 2025 was 9.4 million tonnes.', '2025-10-20')[0]!.period)
      .toMatchObject({ start: '2025-04-01', end: '2025-09-30' });
    expect(none('答：四季度排产环比增长约20%。', '2025-10-10')[0]!.change).toMatchObject({ value: 20, basis: 'qoq', direction: 'up' });
  });

  it('reads a Chinese forecast range as one figure, and a sentence about 上年同期 as a year before', () => {
    const [range, last] = none('公司预计2025年前三季度实现归母净利润2.10亿元至2.50亿元。上年同期归母净利润为1.64亿元。', '2025-10-12');
    expect(range).toMatchObject({ text: '2.10亿元至2.50亿元', value: 210_000_000, valueHigh: 250_000_000 });
    expect(last!.period).toMatchObject({ start: '2024-01-01', end: '2024-09-30' });
  });

  it('tidies labels: compounds with a hyphen, bullets, bracketed grades, data vendors, segments, multiples, slashed lists', () => {
    expect(none('* All-in sustaining cost of US$1,390 per ounce in the quarter.')[0]!.label).toBe('All-in sustaining cost');
    expect(none('Mysteel电池级碳酸锂（99.5%）均价7.10万元/吨。').map((m) => [m.text, m.label])).toEqual([['7.10万元/吨', '电池级碳酸锂均价']]);
    expect(none('Operating income from our Specialty Materials segment was $96.4 million in the quarter.')[0]!.label)
      .toBe('Specialty Materials segment operating income');
    expect(none('The shares trade at 11.2x our FY26E EPS and 7.9x EV/EBITDA.').map((m) => m.label)).toEqual(['P/E', 'EV/EBITDA']);
    expect(none('我们预计公司2025-2026年营业收入分别为88.1/102.4亿元。', '2025-08-30').map((m) => [m.value, m.unit]))
      .toEqual([[8_810_000_000, 'CNY'], [10_240_000_000, 'CNY']]);
  });

  it('reads trade-press changes: a plus sign, a bare number after up or down in the level\'s unit, 收涨, pounds in Chinese', () => {
    expect(none('Kelso Port handled 1.92mn TEU in Nov, +5.5% yoy, taking 2025 to 20.4mn TEU.', '2025-12-08').map((m) => [m.value, m.change?.value ?? null]))
      .toEqual([[1_920_000, 5.5], [20_400_000, null]]);
    expect(none('SHFE al2601 settled at 21,310 yuan/t, up 145.', '2025-11-14')[0]!.change).toMatchObject({ value: 145, unit: 'CNY/t', direction: 'up' });
    expect(none('沪镍主力合约收于121,450元/吨，收涨1.35%。', '2025-11-20')[0]!.change).toMatchObject({ value: 1.35, direction: 'up' });
    const [pounds] = none('LME铜价为4.40美元/磅。', '2025-11-20');
    expect(pounds!.unit).toBe('USD/t');
    expect(pounds!.value).toBeCloseTo(9700.37, 1);
  });

  it('reads codes glued to amount and scale, FY25E, a year before an acronym, daily averages, and generic Chinese subjects', () => {
    expect(none('We raise FY25E net profit to RMB9.85bn.', '2025-10-22')[0]).toMatchObject({ value: 9_850_000_000, unit: 'CNY', label: 'net profit',
      period: { start: '2025-01-01', end: '2025-12-31' } });
    expect(none('2025 GMV reached S$6.85bn.', '2026-02-10')[0]!.period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
    // The second year of a span is no heading: "the 2024–2025 report" says nothing of the year of the figures after it.
    expect(none('The 2024–2025 report lists over 100 training sessions.', '2025-06-01')[0]!.period).toBeNull();
    expect(none('10月1日-8日，环渤海港口日均调入量151.4万吨。', '2025-10-09')[0]).toMatchObject({ unit: 't/d', value: 1_514_000 });
    expect(none('截至10月8日，北方港口煤炭库存2386万吨。', '2025-10-09')[0]!.entity).not.toBe('北方港口');
    expect(none('Prices slipped RMB200. Silicon metal traded at RMB9,420/t.', '2025-12-09').map((m) => m.entity)).not.toContain('RMB200. Silicon');
  });

  it('names Chinese futures closes, spot premiums and provincial statistics the way a desk writes them', () => {
    expect(none('上期所铜期货主力合约CU2601收于86420元/吨。', '2025-11-14')[0]!.label).toBe('铜期货主力合约收盘价');
    expect(none('现货对主力合约升水120元/吨。', '2025-11-14')[0]!.label).toBe('现货升水');
    expect(none('公司产能利用率维持92%。', '2025-11-14')[0]!.label).toBe('产能利用率');
    expect(none('Provincial stats: Yunnan aluminium output 512,000 t in October.', '2025-11-20')[0]!.entity).toBe('market');
  });

  it('gives a balance stated for a quarter the quarter\'s last day', () => {
    const [nim, npl] = none('Harbour Point Bank 3Q25: NIM 1.98%; NPL ratio 1.42%.', '2025-11-05');
    expect(nim!.period).toMatchObject({ start: '2025-07-01', end: '2025-09-30' });
    expect(npl!.period).toMatchObject({ start: '2025-09-30', end: '2025-09-30' });
  });

  it('keeps ordinary prose out of the new rules (cases from a review of them)', () => {
    expect(none('焦炭价格为2000-2100元/吨。')[0]).toMatchObject({ text: '2000-2100元/吨', value: 2000, valueHigh: 2100 });
    expect(none('Copper traded at $9,800/t, up 2 days in a row.')[0]!.change).toBeNull();
    expect(none('Liquidity was $2.0 billion of cash + $1.5 billion of undrawn facilities.').map((m) => m.change)).toEqual([null, null]);
    expect(none('Cash was $1.2 billion. The increase of $40 million in capex reflected new plants.').map((m) => m.text))
      .toEqual(['$1.2 billion', '$40 million']);
    expect(none('Imports rose 8% in the year to May, while fiscal 2025 sales were $4 billion.')[1]!.period)
      .toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
    expect(none('UK house prices rose 3% in the year to March. Tesco expects FY25 revenue of £70 billion.')[1]!.entity).not.toBe('market');
    expect(none('The LME said stocks on Friday stood at 120,000 tonnes.', '2025-06-30')[0]!.period).not.toBeNull();
    expect(none('Net debt fell by $500 million in H1 2025.')[0]!.period).toMatchObject({ start: '2025-01-01', end: '2025-06-30' });
    expect(none('新能源车渗透率从30%到45%。').map((m) => m.text)).toEqual(['30%', '45%']);
    expect(none('The outage lasted 36 hours, and wind farms logged 1,105 hours.').map((m) => m.text)).toEqual(['1,105 hours']);
    expect(none('He sold 2024 shares at $10 each.')[0]!.period).toBeNull();
    expect(none('Henry Hub Natural Gas averaged $3.10/MMBtu.')[0]!.entity).toBe('market');
  });

  it('reads guidance and a target as timeless, and 较上年末 against the passage\'s year', () => {
    // Company guidance has no period (labelled-sets.md, the tenth set's conventions), as a plan or a target has none.
    // Guidance in tonnes is no guidance of the cost before it: bare "full-year guidance" is read as it is alone (the
    // document's year, as in 'reads "full-year" as the document's year' above and the x set's conventions).
    expect(none('In 3Q, costs were US$2.05/lb; full-year guidance is 210–225kt.', '2025-10-20')[1]).toMatchObject({
      label: 'guidance', period: { start: '2025-01-01', end: '2025-12-31' } });
    expect(none('1-9月累计交付41.2万辆，全年交付目标为60万辆。', '2025-10-03')[1]!.period).toBeNull();
    const [, assets] = none('公司2025年度营业收入120.5亿元。报告期末总资产318.20亿元，较上年末增长6.1%。', '2026-02-20');
    expect(assets).toMatchObject({ label: '总资产', change: { basis: 'since', since: '2024-12-31' }, period: { start: '2025-12-31', end: '2025-12-31' } });
  });

  it('gives a survey across many ports or mills to the market', () => {
    expect(none('Coking coal stocks at 110 steel mills fell to 8.1 million tonnes in the week.')[0]!.entity).toBe('market');
  });
});

describe('a later round: changes written the short way', () => {
  it('joins a change to its level through a slashed basis (y/y, m/m, w/w, q/q)', () => {
    expect(one('Vietnam\'s cement exports rose 6.2% y/y to 3.4 Mt in May.')).toMatchObject({ text: '3.4 Mt', change: { value: 6.2, basis: 'yoy' } });
    expect(one('The WCI slid 3.1% w/w to US$2,210/FEU.')).toMatchObject({ text: 'US$2,210/FEU', change: { value: -3.1, unit: '%' } });
    expect(one('Loan yields compressed 9bp q/q to 4.12%.')).toMatchObject({ text: '4.12%', change: { value: -0.09, unit: 'pp', basis: 'qoq' } });
  });

  it('joins "N% lower at" and "up N% yoy at" to the level after them', () => {
    expect(one('NYMEX WTI settled 1.8% higher at US$71.40/bbl.')).toMatchObject({ text: 'US$71.40/bbl', change: { value: 1.8, direction: 'up' } });
    expect(one('Chip exports came in up 12.5% yoy at US$9.3bn.')).toMatchObject({ text: 'US$9.3bn', change: { value: 12.5, basis: 'yoy' } });
  });

  it('leaves a level before "rose N%" a level, with that change', () => {
    expect(one('Segment sales of $412.7 million rose 9% y/y.')).toMatchObject({ value: 412700000, change: { value: 9, unit: '%', basis: 'yoy' } });
  });

  it('keeps "lower at" and "higher at" from reading as a verb with an object', () => {
    expect(one('Zinc closed lower at $2,640/t on Monday.').change).toBeNull();
  });
});

describe('a later round: years, scales and owners other desks write', () => {
  it('reads an Indian company\'s FY and quarters as years ending in March, and a stated June year end', () => {
    expect(one('Konkan Cables\' Q3FY26 EBITDA came in at Rs 318 crore.', '2026-01-25').period).toMatchObject({ start: '2025-10-01', end: '2025-12-31' });
    expect(one('Tarrant Gold (TGX AU, June year end): our FY27 output estimate is 215koz.', '2026-02-01').period)
      .toMatchObject({ start: '2026-07-01', end: '2027-06-30' });
    expect(one('Apex Foods\' FY26 revenue estimate is $4.1bn.', '2026-02-01').period).toMatchObject({ start: '2026-01-01', end: '2026-12-31' });
  });

  it('reads ¥ beside FY3/ as yen, and ¥ in trillions alone as yuan', () => {
    expect(one('Total social financing reached ¥437 trn.')).toMatchObject({ unit: 'CNY', value: 437e12 });
    expect(one('Hoshino Motors raised FY3/26 net profit guidance to ¥96bn.')).toMatchObject({ unit: 'JPY' });
  });

  it('reads "3.1m TEU" as millions and a decimal "mt" as million tonnes, leaving metres and per-mt prices alone', () => {
    expect(one('The terminal handled 3.1m TEU last year.')).toMatchObject({ unit: 'TEU', value: 3100000 });
    expect(one('Indonesian coal exports reached 41.7 mt in May.')).toMatchObject({ unit: 't', value: 41700000 });
    expect(one('The new berth is 420m long.')).toMatchObject({ unit: 'm', value: 420 });
    expect(one('Cobalt was quoted at 265,000 yuan/mt.')).toMatchObject({ unit: 'CNY/t', value: 265000 });
  });

  it('keeps a producer\'s realised or achieved price its own, and a port named in two words whole', () => {
    expect(one('At Corrib Copper, the achieved copper price averaged US$4.12/lb in the quarter.').entity).toBe('Corrib Copper');
    expect(one('Port of Kuala Selat handled 1.4 million TEU in June.').entity).toBe('Port of Kuala Selat');
  });
});

describe('a later round: changes measured from a day named by reference', () => {
  const change = (text: string, date: string) => one(text, date).change;

  it('works out the day of 较上月末, 较上周四, 较9月18日 and 较5月末', () => {
    expect(change('11月末，社会库存为412万吨，较上月末减少6.2%。', '2025-12-05')).toMatchObject({ basis: 'since', since: '2025-10-31' });
    expect(change('10月16日，华南冷轧价格为4310元/吨，较上周四上涨40元/吨。', '2025-10-16')).toMatchObject({ basis: 'since', since: '2025-10-09' });
    expect(change('碳酸锂报价7.42万元/吨，较9月18日上涨3.1%。', '2025-10-09')).toMatchObject({ basis: 'since', since: '2025-09-18' });
    expect(change('8月末，全国电池库存为31.6GWh，较5月末下降8.8%。', '2025-09-10')).toMatchObject({ basis: 'since', since: '2025-05-31' });
  });

  it('reads "the end of the previous year" as a day, and a level reached from one stated at a day as a change since it', () => {
    expect(change('Deposits were RMB 41.2 billion, an increase of 3.3% compared with the end of the previous year.', '2026-08-20'))
      .toMatchObject({ basis: 'since', since: '2025-12-31' });
    const [level] = read('Spot rates for Asia–US East Coast eased to $3,050/FEU from $3,410/FEU at end-August.', '2025-10-01');
    expect(level!.change).toMatchObject({ value: -360, basis: 'since', since: '2025-08-31' });
  });

  it('pairs respectively-changes within their own part of the sentence, and names 产销 figures 产量 and 销量', () => {
    const metrics = read('8月重卡产销分别完成8.1万辆和8.4万辆，同比分别增长12.2%和15.1%；1-8月重卡销量累计完成64.7万辆。', '2025-09-12');
    expect(metrics.map((m) => [m.label, m.change?.value ?? null])).toEqual([['重卡产量', 12.2], ['重卡销量', 15.1], ['重卡销量', null]]);
  });
});

describe('a later round: labels', () => {
  it('never takes the verb after a figure as its label', () => {
    expect(one('Revenue of €2.4 billion rose 11% on the year.').label).toBe('Revenue');
  });

  it('drops 规上工业, 全年 and 本行 before a Chinese measure, but keeps 日均 (with the subject after it) and a full-year target', () => {
    expect(read('9月份，规上工业粗钢产量7349万吨；日均产量245万吨。', '2025-10-20').map((m) => [m.label, m.unit]))
      .toEqual([['粗钢产量', 't'], ['日均粗钢产量', 't/d']]);
    expect(one('全年全社会用电量10.4万亿千瓦时。', '2026-01-20').label).toBe('全社会用电量');
    expect(one('本行贷款总额2,118.6亿元。', '2026-03-20').label).toBe('贷款总额');
    expect(one('公司全年交付目标为40万辆。', '2026-03-20').label).toBe('全年交付目标');
  });
});

describe('a later round: owners and units read from the label', () => {
  it('leaves the owner out of the label when it is the figure\'s entity', () => {
    expect(one('Marlow Ferro Alloys\' 2Q EBITDA rose 9% to Rs 512 crore.')).toMatchObject({ label: 'EBITDA', entity: 'Marlow Ferro Alloys' });
  });

  it('names a counted thing by the verb that measures it, and money per tonne or TEU said in the label', () => {
    expect(one('The Company sold 8.4 million tyres in the year.').label).toBe('tyre sales');
    expect(one('EBITDA/t was Rs 7,420 in the quarter.').unit).toBe('INR/t');
    expect(one('Revenue/TEU came to US$1,240.').unit).toBe('USD/TEU');
  });
});

describe('a later round: ranges written with their signs twice', () => {
  it('reads "RMB 1.2 billion to RMB 1.4 billion" and "21.5% to 30.8%" as ranges', () => {
    const [profit] = read('Net profit for 2025 is expected to be RMB 1.2 billion to RMB 1.4 billion, an increase of 21.5% to 30.8% year-on-year.', '2026-01-15');
    expect(profit).toMatchObject({ text: 'RMB 1.2 billion to RMB 1.4 billion', value: 1.2e9, valueHigh: 1.4e9, change: { value: 21.5, basis: 'yoy' } });
    expect(one('Gross margin is guided at 18%-20%.')).toMatchObject({ value: 18, valueHigh: 20 });
  });

  it('keeps "to" after a verb of change leading to the level', () => {
    expect(one('The index slipped US$2.10 to US$96.40/dmt.')).toMatchObject({ value: 96.4, change: { value: -2.1 } });
    expect(read('Share of exports rose from 10% to 12%.').map((m) => m.value)).toEqual([10, 12]);
  });
});

describe('a later round: periods, codes and owners from other desks', () => {
  it('reads a period past a short aside in brackets, "at year end", and 报告期内 by the report\'s title', () => {
    expect(one('Tarcoola shipped 9.8 Mt (dry) in the June quarter.', '2025-07-21').period).toMatchObject({ start: '2025-04-01', end: '2025-06-30' });
    expect(one('The CET1 ratio was 13.9% at year end.', '2026-03-10').period).toMatchObject({ start: '2025-12-31', end: '2025-12-31' });
    const [, profit] = read('东岭银行2025年年度报告摘要：截至2025年12月末，本行资产总额812.4亿元。报告期内实现归母净利润6.31亿元。', '2026-04-20');
    expect(profit!.period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
  });

  it('reads a weekly 环比 as week on week, with no basis of its own', () => {
    expect(one('本周样本钢厂高炉开工率为82.4%，环比下降0.6个百分点。', '2025-11-14').change).toMatchObject({ basis: 'unspecified', value: -0.6 });
  });

  it('reads Rmb and MYR glued to their amounts', () => {
    expect(one('SHFE zinc closed at Rmb22,640/t.')).toMatchObject({ unit: 'CNY/t', value: 22640 });
    expect(one('Crude palm oil settled at MYR3,912/t.')).toMatchObject({ unit: 'MYR/t', value: 3912 });
  });

  it('gives national figures after "while", registrations, industry operating rates and all-India averages to the market', () => {
    expect(read('Prices firmed on Monday, while Thai sugar exports fell 12% m/m to 0.61 mt.', '2025-05-10')[0]!.entity).toBe('market');
    expect(one('Battery-electric car registrations in the UK rose 18% to 41,200 units in May.').entity).toBe('market');
    expect(one('本周PVC生产企业开工率为74.1%。', '2025-10-10').entity).toBe('market');
    expect(read('Our plants ran at 74% against the all-India average of 69%.', '2025-10-10')[1]!.entity).toBe('market');
  });
});

describe('a later round: Chinese labels from verbs, lists and shares', () => {
  it('names what a verb made or moved by the measure the verb names, and things listed after it the same way', () => {
    expect(read('报告期内，公司生产电解铝41.6万吨；氧化铝88.2万吨。', '2026-03-30').map((m) => m.label)).toEqual(['电解铝产量', '氧化铝产量']);
    expect(one('1-9月，出口钢材8,722万吨。', '2025-10-14').label).toBe('钢材出口量');
    expect(one('公司单位生产成本为3,980元/吨。', '2025-10-14').label).not.toMatch(/产量$/u);
  });

  it('reads through 约合 and names a share of a total by the figure before it', () => {
    expect(one('上半年新签合同金额约合12.6亿美元。', '2025-08-20').label).toBe('新签合同金额');
    expect(read('1-9月光伏组件出口量182GW，占全球出货量的41.3%。', '2025-10-20')[1]!.label).toBe('光伏组件出口量占比');
  });
});

describe('a later round: abbreviations spelled out', () => {
  it('writes NIM and BDI out, and keeps ASP, AISC and a Chinese note\'s PE as analysts label them', () => {
    expect(one('NIM narrowed 6bp q/q to 1.88%.').label).toBe('net interest margin');
    expect(one('The BDI ended the week at 1,502 points.').label).toBe('Baltic Dry Index');
    expect(one('Blended ASP fell to US$1,940/t.').label).toBe('Blended ASP');
    expect(one('对应2026年PE为13.4倍。', '2026-03-01').label).toBe('PE');
  });
});

describe('a later round: a facility\'s size is its capacity', () => {
  it('labels a plant, mine or farm sized per year or in watts as that facility\'s capacity', () => {
    expect(one('Output rose at the 2.5Mtpa Bellbird concentrator.').label).toBe('Bellbird concentrator capacity');
    expect(one('It commissioned the 600 MW Larchmont solar park.').label).toBe('Larchmont solar park capacity');
  });
});

describe('a later round: a sample after the measure', () => {
  it('leaves "for the 64 countries reporting" out of the figures and out of the label', () => {
    expect(one('Global aluminium output for the 64 countries reporting to the institute was 6.1 Mt in May.'))
      .toMatchObject({ text: '6.1 Mt', label: 'aluminium output' });
  });
});

describe('a later round: owners by stock code, own revenue per unit, verbs in -ing', () => {
  it('takes a Chinese name before its stock code as the company, without the verb before it', () => {
    expect(one('泓川新材（688777.SH）：我们预计公司2026年归母净利润为9.6亿元。', '2025-11-01').entity).toBe('泓川新材');
    expect(one('维持泓川新材（688777.SH）“买入”评级，2026年归母净利润为9.6亿元。', '2025-11-01').entity).toBe('泓川新材');
  });

  it('keeps revenue per unit and a price per ton the company sold at its own', () => {
    expect(one('公司单箱收入约为1,120美元/TEU。', '2026-04-01').entity).not.toBe('market');
    const [, earlier] = read('Tolland Steel said the average selling price for coated sheet fell to $1,140 per net ton from $1,215 per net ton a year earlier.');
    expect(earlier!.entity).toBe('Tolland Steel');
  });

  it('reads "cutting X by" as a fall and leaves "self-raised funds" alone; a yearly rate changed has no period', () => {
    expect(one('The utility will restart a reactor in October, cutting coal burn by about 2 million tonnes a year.', '2025-06-30'))
      .toMatchObject({ change: { direction: 'down' }, period: null });
    expect(read('Of the investment, self-raised funds account for 40%.')[0]!.change).toBeNull();
  });
});

describe('a later round: people and accounts counted in millions', () => {
  it('reads millions of subscribers or customers named before the number as a count, and nothing else bare', () => {
    expect(one('Mobile subscribers reached 48.2 million at end-June.')).toMatchObject({ unit: 'count', value: 48200000 });
    expect(read('Output rose to 3.4 million last year.')).toEqual([]);
  });
});

describe('a later round: guidance and targets of the measure before', () => {
  it('names bare guidance or a target by the measure said before, and reads "said 2025 sales" as that year', () => {
    const [sales, target] = read('Corbel Land said 2025 contracted sales were HK$21.4bn, against a HK$23bn target.', '2026-03-20');
    expect(sales).toMatchObject({ label: 'contracted sales', period: { start: '2025-01-01', end: '2025-12-31' } });
    expect(target!.label).toBe('contracted sales target');
    expect(read('Tamar Gold produced 58,100 oz of gold in Q1, against 2026 guidance of 220,000 oz.', '2026-04-20')[1]!.label)
      .toBe('gold production guidance');
  });
});

describe('a later round: subjects of their own, and "we forecast"', () => {
  it('gives a change with a subject joined on by "and" that subject, and "and we forecast X" the measure before', () => {
    expect(read('Taiwan\'s exports rose 8% to US$41bn, with chip shipments up 22% at US$19bn and steel exports down 6%.', '2025-08-09')[2]!.label)
      .toBe('steel exports');
    expect(read('Premiums grew 9% to US$2.4bn in 2025 and we forecast US$2.7bn for 2026E.', '2026-02-01')[1]!.label).toBe('Premiums forecast');
  });
});

describe('a later round: whose measure, and what a yearly capacity is', () => {
  it('gives a country\'s measure that country, and guidance the measure in its own unit', () => {
    expect(read('China produced 72.4 Mt in May, while India\'s output rose 8.7% to 13.1 Mt.', '2025-06-20')[1]!.label)
      .toBe('India output');
    const guidance = read('Tarn Mines produced 61,240 oz of gold at an AISC of US$1,385/oz, against guidance of 240,000 oz.', '2026-04-22')[2]!;
    expect(guidance.label).toBe('gold production guidance');
  });

  it('reads both ends of "rose to 3.42 million from 3.35 million" customers, and the change between them', () => {
    const [now, then] = read('Retail customer numbers rose to 3.42 million at end-2025 from 3.35 million at end-2024.', '2026-03-05');
    expect(now!.change).toMatchObject({ value: 70000, basis: 'since', since: '2024-12-31' });
    expect(then).toMatchObject({ value: 3350000, unit: 'count' });
  });

  it('keeps a size in mm out of a Chinese label, names 产能 after a yearly rate, and makes "batteries" singular', () => {
    expect(one('上海地区HRB400E 20mm螺纹钢现货价格3310元/吨。', '2025-12-03').label).toBe('螺纹钢现货价格');
    expect(read('公司电解铝产能利用率约97%，45万吨/年产能已基本满产。')[1]!.label).toBe('电解铝产能');
    const [, part] = read('The company sold 27.36 GWh of lithium-ion batteries in H1 2026, of which energy storage batteries accounted for 11.08 GWh.');
    expect(part!.label).toBe('energy storage battery sales');
  });

  it('does not name a price after a comparison of sales before it', () => {
    const prices = read('Net sales were $2.14 billion, compared with $2.38 billion, as the average selling price fell to $1,012 per net ton.');
    expect(prices[2]!.label).toBe('average selling price');
  });
});

describe('a later round: what holds now, a week earlier, and whose assumption', () => {
  it('gives a figure held now no period carried from an earlier sentence, but keeps "we now model" in its year', () => {
    const [, branches] = read('Calder Bancorp posted second-quarter net income of $2.4 billion. The bank has 4,600 branches.', '2025-07-15');
    expect(branches!.period).toBeNull();
    const [, portfolio] = read('Our fleet ran at 71.8% in H1FY26. The operational RE portfolio is now 6.8 GW.', '2025-12-04');
    expect(portfolio!.period).toBeNull();
    const sales = one('Kestrel keeps Pilbrook at Buy. For FY26, the year ending 30 June 2026, we now model sales of 1.12 Mt.', '2025-09-15');
    expect(sales.period).toMatchObject({ start: '2025-07-01', end: '2026-06-30' });
  });

  it('dates a quote by the day said before it, and "a week earlier" seven days before', () => {
    const [, now, then] = read('The BDI closed at 1,386 points on Thursday. C3 was assessed at $21.85/t, against $23.40/t a week earlier.', '2025-05-23');
    expect(now!.period).toMatchObject({ start: '2025-05-22', end: '2025-05-22' });
    expect(then!.period).toMatchObject({ start: '2025-05-15', end: '2025-05-15' });
  });

  it('puts port stocks on the last day of a week, but an inventory impairment over its year', () => {
    const [, stocks] = read('Fines averaged US$103.85/dmt in the week to 14 March. Port stocks rose 1.1Mt to 148.6Mt.', '2025-03-14');
    expect(stocks!.period).toMatchObject({ start: '2025-03-14', end: '2025-03-14' });
    expect(one('Haoxin made provisions for inventory impairment of RMB 386.52 million for the year 2024.', '2025-01-20').period)
      .toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
  });

  it('gives a broker\'s price assumption to the market, and a project\'s annual output its capacity', () => {
    const assumed = read('We cut our forecast for Hollin Basin Coal: we now assume a coal price of 640 yuan/t for the year.', '2025-06-10');
    expect(assumed[0]!.entity).toBe('market');
    expect(one('The lithium salt project of the Company with an annual output of 25,000 tons is expected to complete in 2026.'))
      .toMatchObject({ unit: 't/yr', label: 'lithium salt project annual capacity', period: null });
  });
});

describe('a later round: grades, per-tonne costs and compared periods', () => {
  it('leaves grades and purities out, in brackets or in Chinese', () => {
    expect(read('SMM battery-grade lithium carbonate (99.5% Li2CO3) averaged 73,850 yuan/t on Friday.', '2025-09-12')).toHaveLength(1);
    expect(read('青岛港62%澳洲PB粉现货价格728元/湿吨。', '2025-06-25')).toMatchObject([{ value: 728, unit: 'CNY/t' }]);
    expect(read('产品主含量达到99.5%以上。')).toEqual([]);
  });

  it('reads 吨煤成本 in yuan as a cost per tonne, and no 目前 in a label', () => {
    expect(one('吨煤完全成本约512元。')).toMatchObject({ unit: 'CNY/t', label: '吨煤完全成本' });
    expect(one('公司主焦煤长协售价目前约为1,280元/吨。').label).toBe('主焦煤长协售价');
  });

  it('does not date a later figure by the period an earlier one was compared with', () => {
    const [, costs] = read('Output was 138,600 tonnes in the three months to March, 4% lower than in the fourth quarter, '
      + 'while C1 cash costs rose to US$1.92/lb.', '2026-04-30');
    expect(costs!.period).toMatchObject({ start: '2026-01-01', end: '2026-03-31' });
    expect(one('Cobalt sulphate rose 2,000 yuan/t on the day to 52,500 yuan/t.').change!.basis).toBe('dod');
  });
});

describe('a later round: Chinese companies, index points and one-off investments', () => {
  it('names the company of an announcement by its 证券简称 and a subsidiary after 子公司, and no exchange as a company', () => {
    expect(one('证券代码：603767 证券简称：沅江钴镍 公告编号：2025-027。2024年度，公司实现营业收入1,862.45亿元。').entity).toBe('沅江钴镍');
    expect(one('答：您好，公司控股子公司青岭锂业年产3万吨电池级碳酸锂项目已于2025年5月试生产。').entity).toBe('青岭锂业');
    expect(read('上海航运交易所9月5日发布的上海出口集装箱运价指数（SCFI）报1,264.8点。', '2025-09-05'))
      .toMatchObject([{ unit: 'points', value: 1264.8, entity: 'market', label: '上海出口集装箱运价指数' }]);
  });

  it('reads no time of day as index points, and gives a total investment no period', () => {
    expect(read('会议于下午3点召开。')).toEqual([]);
    expect(one('项目已于2025年5月试生产，一期总投资12.8亿元。').period).toBeNull();
  });
});

describe('a later round: attributable profit, shares and forecasts', () => {
  it('reads "net profit attributable to shareholders of RMB …" whole, and keeps owners as the filing says', () => {
    expect(one('The company posted net profit attributable to shareholders of the listed company of RMB 4,205.17 million.').label)
      .toBe('net profit attributable to shareholders');
    expect(one('Its profit attributable to owners of the Company rose 7.2% to RMB 3,912.6 million.').label).toBe('profit attributable to owners');
  });

  it('names a share of the total or of a measure as a share, and a forecast after "we forecast"', () => {
    expect(read('NEV sales were 1.872 million units, or 54.6% of the total.')[1]!.label).toBe('NEV sales share');
    expect(one('Overseas customers took 38.6% of sales volume in the first nine months.').label).toBe('Overseas customer share of sales volume');
    const [shipments, margin] = read('We forecast LFP cathode shipments of 410kt in 2025, and see the gross margin recovering to 11.8% in 2026.');
    expect(shipments!.label).toBe('LFP cathode shipments forecast');
    expect(margin!.label).toBe('gross margin forecast');
  });

  it('dates a bracketed fiscal year by its end, and leaves the period a change is compared with alone', () => {
    const eps = read('For the year ended 31 March 2025 ("FY2025"), basic earnings per share were HK$0.412 (FY2024: HK$0.356).', '2025-06-26');
    expect(eps[1]!.period).toMatchObject({ start: '2023-04-01', end: '2024-03-31' });
    const [, acid] = read('In the first three quarters of 2025, the Company produced 1.152 million tonnes of copper, an increase of 8.75% '
      + 'as compared with the corresponding period of last year, and 3.96 million tonnes of sulphuric acid.', '2025-10-28');
    expect(acid!.period).toMatchObject({ start: '2025-01-01', end: '2025-09-30' });
  });
});

describe('a later round: who was told, and Chinese measures completed', () => {
  it('leaves "told analysts" out of a label', () => {
    expect(read('The CFO told analysts the blended average selling price fell to 0.71 yuan/W from 0.98 yuan/W a year earlier.')[0]!.label)
      .toBe('blended average selling price');
  });

  it('reads 交付新车 as 新车交付量, puts the subject after 日均, and completes 太阳能发电 by the level\'s 发电量', () => {
    expect(one('当月交付新车4.62万辆，同比增长57.3%。').label).toBe('新车交付量');
    expect(read('10月份规上工业原煤产量4.07亿吨；日均产量1313万吨。')[1]!.label).toBe('日均原煤产量');
    expect(read('10月份，规上工业发电量7,812亿千瓦时，同比增长7.9%，其中太阳能发电同比增长21.4%。')[1]!.label).toBe('太阳能发电量');
  });
});

describe('a later round: relative clauses and the same day', () => {
  it('names a capacity by the facility before ", which has", and a count by what ", which rose to" is about', () => {
    expect(read('Sales rose to 16,820 tonnes as its Sichuan converter, which has capacity of 50,000 tonnes a year, ran at full rates.')[1]!.label)
      .toBe('converter capacity');
    expect(one('Revenue rose, helped by sales of aluminium battery enclosures, which rose to 1.38 million sets.').label)
      .toBe('aluminium battery enclosure sales');
  });

  it('dates a quote in a weekly wrap, and one "the same day", by the last day named', () => {
    const [, , nickel, hydroxide] = read('Nickel sulphate averaged 28,650 yuan/t in the week to May 14, while cobalt sulphate rose to 52,500 yuan/t '
      + 'on Thursday. LME nickel closed at $15,820/t, and lithium hydroxide was assessed at 76.8 yuan/kg the same day.', '2026-05-14');
    expect(nickel!.period).toMatchObject({ start: '2026-05-14', end: '2026-05-14' });
    expect(hydroxide).toMatchObject({ label: 'lithium hydroxide price', period: { start: '2026-05-14' } });
  });
});

describe('a later round: a date between a Chinese measure and its verb, and hours run', () => {
  it('reads 在手订单 past 截至9月末达', () => {
    expect(read('公司前三季度风机对外销售容量9.85GW；在手订单截至9月末达38.2GW。', '2025-11-12')[1]!.label).toBe('在手订单');
  });

  it('reads a change in the hours plants ran however far the words "utilisation hours" are', () => {
    expect(one('Average utilisation hours of its wind farms were 2,214 hours, 58 hours lower than in 2024.').change)
      .toMatchObject({ value: -58, unit: 'h' });
    expect(one('Utilisation hours of wind farms were 2,214 hours, down 58 hours.').change).toMatchObject({ value: -58 });
  });
});

describe('a later round: energy intensity, deadweight, and counts said without their noun', () => {
  it('reads kgce/t and 载重吨', () => {
    expect(one('Energy intensity fell to 108 kgce/t.')).toMatchObject({ unit: 'kgce/t', value: 108 });
    expect(one('1-10月新接订单1240万载重吨。', '2025-11-10')).toMatchObject({ unit: 'dwt', value: 12400000 });
  });

  it('counts "up from 1,197", "deliveries to 498,200" and "46 more than" the things named before', () => {
    const [now, before] = read('Pinnacle had 1,284 stores at end-November, up from 1,197 a year earlier.', '2025-12-10');
    expect(now!.change).toMatchObject({ value: 87, unit: 'count' });
    expect(before).toMatchObject({ value: 1197, unit: 'count' });
    expect(read('Vantreu delivered 61,450 EVs in October, bringing ytd deliveries to 498,200.', '2025-11-04')[1])
      .toMatchObject({ value: 498200, label: 'EV deliveries' });
    expect(one('Lumiq had 612 stores at end-2025, 46 more than at end-September.', '2026-02-10').change)
      .toMatchObject({ value: 46, basis: 'since', since: '2025-09-30' });
  });

  it('names hours a fleet ran "an average of" as its utilisation hours', () => {
    expect(one('Its coal-fired units ran an average of 4,380 hours last year.', '2025-01-22').label).toBe('average utilisation hours');
  });
});

describe('a later round: units of mines and mills, and who is not a company', () => {
  it('reads short tons, 盎司, 手 and pounds of uranium guided in a sentence that says /lb', () => {
    expect(one('Coke production was 3.94 million short tons.').value).toBeCloseTo(3574307.88, 0);
    expect(one('假设2026年COMEX金价为3,600美元/盎司。', '2025-11-01')).toMatchObject({ unit: 'USD/t' });
    expect(one('持仓量增加1.8万手至32.5万手。', '2025-07-07')).toMatchObject({ unit: 'count', value: 325000 });
    expect(read('The CEO reaffirmed guidance of 5.8–6.2 million pounds and said cash costs should average C$24–27/lb.')[0]!.unit).toBe('t');
  });

  it('keeps "&" inside a company\'s name, reads statistics agencies and study groups as sources, and skips the broker acting', () => {
    expect(one('For fiscal 2025, Laurentide Coke & Iron Inc. reported net sales of $3.214 billion.').entity).toBe('Laurentide Coke & Iron');
    expect(one('The International Copper Study Group said the refined copper market showed a deficit of 46,000 t in May.').entity)
      .toBe('market');
    expect(read('Ashcombe Partners upgrades Tervola Copper to Outperform. We lift our copper output forecast to 214 kt.')[0]!.entity)
      .toBe('Tervola Copper');
    expect(one('Gulfport LNG Partners: we raise our target price to $68.').entity).toBe('Gulfport LNG Partners');
  });
});

describe('a later round: a Chinese change that leads to its level', () => {
  it('reads 增加1.8万手至32.5万手 as a change and the level it reached, but 增加1.62亿元至2.22亿元 as a range', () => {
    expect(read('持仓量增加1.8万手至32.5万手。', '2025-07-07'))
      .toMatchObject([{ value: 325000, label: '持仓量', change: { value: 18000, direction: 'up' } }]);
    expect(one('与上年同期相比将增加1.62亿元至2.22亿元。', '2025-10-15')).toMatchObject({ value: 162000000, valueHigh: 222000000 });
  });
});

describe('a later round: miners\' grades and depths, and English changes listed respectively', () => {
  it('leaves the grade of ore in brackets, a depth below surface and an NPV\'s discount rate out', () => {
    // The grade of reported tonnes is a figure of its own, as "at 0.41% Cu" is (the later sets m and t label it).
    expect(read('Probable reserves total 48.2 million tonnes grading 0.58% Ni.').map((m) => m.label)).toEqual(['Probable reserves', 'reserve grade']);
    expect(read('Ore Reserves stood at 4.86 Moz (at 1.62 g/t Au), down 0.21 Moz after depletion.'))
      .toMatchObject([{ change: { direction: 'down' } }]);
    expect(read('Hole KD-114 returned visible gold at 350 m below surface.')).toEqual([]);
    expect(read('The study gives an after-tax NPV (8%) of C$2.41 billion.')).toHaveLength(1);
    expect(one('The molybdenum concentrate output (calculated as 45% Mo) was 8,912 tonnes.').value).toBe(8912);
  });

  it('pairs "respectively increasing by 2.4% and 5.1%" with its two levels, and reads "increasing by" as a change', () => {
    const [mo, w] = read('Molybdenum concentrate output was 8,912 tonnes, and tungsten concentrate output was 4,105 tonnes, '
      + 'respectively increasing by 2.4% and 5.1% over the same period of last year.');
    expect([mo!.change?.value, w!.change?.value, w!.change?.basis]).toEqual([2.4, 5.1, 'yoy']);
    expect(one('The gross margin was 31.46%, increasing by 9.85 percentage points compared with the previous year.').change)
      .toMatchObject({ value: 9.85, unit: 'pp' });
  });
});

describe('a later round: periods that belong to something else', () => {
  it('reads no contract month, publication day, bracketed comparative or compared fiscal year as a later figure\'s period', () => {
    const [, copper] = read('LME copper closed at $9,942.50/t on Tuesday. COMEX September copper settled at $4.5315/lb.', '2025-09-17');
    expect(copper!.period).toMatchObject({ start: '2025-09-16', end: '2025-09-16' });
    expect(one('The feasibility study published on 14 January puts initial capital at C$1.86 billion.', '2026-02-01').period).toBeNull();
    const flows = read('Pilbeck shipped 38.6 Mt in the year ended 30 June 2025. Net debt stood at A$412 million at 30 June 2025 '
      + '(30 June 2024: A$655 million), and free cash flow was A$(45.2) million.', '2025-09-26');
    expect(flows.map((m) => [m.period?.start, m.period?.end])).toEqual([
      ['2024-07-01', '2025-06-30'], ['2025-06-30', '2025-06-30'], ['2024-06-30', '2024-06-30'], ['2024-07-01', '2025-06-30']]);
    const [, loss] = read('For fiscal 2025, the year ended September 30, 2025, Laurentide reported net sales of $3.214 billion, '
      + 'down 8.7% from fiscal 2024, and a net loss of $(126.4) million.', '2025-12-12');
    expect(loss!.period).toMatchObject({ start: '2024-10-01', end: '2025-09-30' });
  });

  it('reads 1-12月 in January as last year, and 全年累计 as a whole year', () => {
    const [, year] = read('2025年12月我国进口铁矿砂11286万吨；全年累计进口12.48亿吨。', '2026-01-14');
    expect(year!.period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
    expect(one('1-12月累计进口542.7万吨。', '2026-01-14').period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
  });

  it('gives mineral resources no period, and liquidity the last day of the year it ends', () => {
    expect(one('As at 30 June 2026, Mineral Resources stood at 11.9 Moz.', '2026-08-20').period).toBeNull();
    expect(one('In fiscal 2025, the year ended September 30, 2025, liquidity was $612 million.', '2025-12-12').period)
      .toMatchObject({ start: '2025-09-30', end: '2025-09-30' });
  });
});

describe('a later round: sources named after a figure, assumptions and ratings', () => {
  it('keeps a company its forecasts when a market source is only named after them', () => {
    const [, profit] = read('维持西部金铜（601187.SH）“买入”评级，目标价28.60元。我们预测公司2025-2027年归母净利润分别为38.2亿元、46.7亿元和52.1亿元，'
      + '假设2026年COMEX金价为3,600美元/盎司。', '2025-11-01', null);
    expect(profit!.entity).toBe('西部金铜');
  });

  it('gives prices assumed or in a price deck to the market, drops a rating verb from a name, and reads "over the previous year"', () => {
    const note = read('Upgrade Gulfport LNG Partners to Buy: we raise our target price to $68, assuming Henry Hub of $3.75/MMBtu.');
    expect(note.map((m) => m.entity)).toEqual(['Gulfport LNG Partners', 'market']);
    expect(one('Northwall Copper trades on a higher long-term copper price deck of US$4.25/lb.').entity).toBe('market');
    expect(one('Antimony output was 21,350 tonnes, an increase of 3,120 tonnes over the previous year.').change!.basis).toBe('yoy');
  });
});

describe('a later round: measures named after a verb, and Chinese targets and moves', () => {
  it('names the level "taking output … to" or "raise our target price on X … to" leads to', () => {
    const [, , output] = read('The June quarter produced 61,480 oz at an AISC of A$2,315/oz, taking output for FY25, the year ended '
      + '30 June 2025, to 228,900 oz.', '2025-07-25');
    expect(output!.label).toBe('output');
    expect(one('We raise our target price on Northwall Copper Corp. (TSX: NWC) to C$18.50.').label).toBe('target price');
    expect(one('It has a 12,000 tpd concentrator.').label).toBe('concentrator capacity');
  });

  it('reads 已完成 against a target as the measure, and 目标价由X上调至Y as two target prices', () => {
    expect(read('公司2025年矿产铜产量目标为58万吨，1-5月已完成24.3万吨。', '2025-06-16')[1]!.label).toBe('矿产铜产量');
    expect(read('将目标价由24.30元上调至28.60元。').map((m) => m.label)).toEqual(['目标价', '目标价']);
  });
});

describe('a later round: Chinese yearly capacities and a change said in two units', () => {
  it('reads 新增年产铜12万吨、钴8000吨 as two yearly capacities with no period', () => {
    expect(read('项目6月16日正式投料试车，达产后将新增年产铜12万吨、钴8000吨。', '2025-06-20').map((m) => [m.label, m.unit, m.period]))
      .toEqual([['新增铜产能', 't/yr', null], ['钴产能', 't/yr', null]]);
    expect(one('公司电解铝产能45万吨。').unit).toBe('t/yr');
  });

  it('keeps the first of two restated changes, with the basis said after the second', () => {
    expect(one('It produced 21,350 tonnes, an increase of 3,120 tonnes or 17.1% over the previous year.').change)
      .toMatchObject({ value: 3120, unit: 't', basis: 'yoy' });
  });
});

describe('a later round: grades before a price, minimum purities, sizes in brackets and Chinese port statistics', () => {
  it('leaves "65% Fe", "(≥99.5%)" and "(182mm, dual-glass)" out', () => {
    expect(read('Fastmarkets 62% Fe fines $106.35/dmt, +$0.85; 65% Fe $120.10/dmt.').map((m) => m.value)).toEqual([106.35, 120.1]);
    expect(read('Dy oxide (≥99.5%) RMB1,655/kg.')).toHaveLength(1);
    expect(read('Mainstream TOPCon module prices (182mm, dual-glass) were 0.69 yuan/W.')).toHaveLength(1);
  });

  it('gives port statistics "据港口统计" to the market', () => {
    expect(one('据港口统计，截至10月8日，北方港口煤炭库存2386万吨。', '2025-10-09').entity).toBe('market');
  });
});

describe('a later round: industry rates and shares', () => {
  it('gives an industry\'s operating rate and a BEV share the market, but keeps "our operating rate" the company\'s', () => {
    expect(one('Silicon metal operating rate slipped to 56.3% this week.', '2025-12-09').entity).toBe('market');
    expect(read('Registrations rose to 182,300 units, taking BEVs to a 17.6% market share, the industry association said.')[1]!.entity)
      .toBe('market');
    expect(one('A: Our operating rate was 85% in September.').entity).toBe('Acme Holdings');
  });
});

describe('a later round: labels read past a grade or rate in brackets', () => {
  it('names "Dy oxide (≥99.5%) RMB1,655/kg" and "an after-tax NPV (8%) of C$2.41 billion" by what comes before the bracket', () => {
    expect(one('Dy oxide (≥99.5%) RMB1,655/kg.').label).toBe('Dy oxide price');
    expect(one('The study gives an after-tax NPV (8%) of C$2.41 billion.').label).toBe('after-tax NPV');
  });
});

describe('a later round: a price said to be flat', () => {
  it('names "was flat at" and "averaged a flat" prices by the product', () => {
    expect(one('Spodumene concentrate (SC6) CIF China was flat at US$845/t.').label).toBe('Spodumene concentrate price');
    expect(one('Brazilian blend fines averaged a flat US$117.20/dmt.').label).toBe('Brazilian blend fines price');
  });
});

describe('a later round: Chinese targets, trade terms and cash flows', () => {
  it('gives a target its change against last year\'s actual, and names what was done against it', () => {
    const [target, done] = read('2025年集团矿产铜产量目标为58万吨，较2024年实际产量增长约9%，1-5月已完成24.3万吨。', '2025-06-16');
    expect(target).toMatchObject({ label: '矿产铜产量目标', change: { value: 9 } });
    expect(done!.label).toBe('矿产铜产量');
  });

  it('says 价格 after a Chinese label ending in a trade term (报价 kept where written), and shortens 经营活动产生的现金流量净额', () => {
    expect(one('澳洲锂辉石精矿（SC6）CIF报价为645美元/吨。').label).toBe('澳洲锂辉石精矿CIF报价');
    expect(one('澳洲锂辉石精矿（SC6）CIF为645美元/吨。').label).toBe('澳洲锂辉石精矿CIF价格');
    // A Chinese commodity quoted alone takes 价格 too; a premium, a basis or an index is a price already.
    expect(one('工业级碳酸锂75,300元/吨，较上周下跌1,200元/吨。').label).toBe('工业级碳酸锂价格');
    expect(one('上海电解铜现货升水180元/吨。').label).toBe('上海电解铜现货升水');
    expect(one('白糖基差168元/吨。').label).toBe('白糖基差');
    // The earlier value in a bracket is of the measure before it; who raised the assumption is no part of it.
    const raised = read('我们上调碳酸锂均价假设至7.2万元/吨（前值6.5万元/吨）。', '2025-11-20');
    expect(raised.map((m) => m.label)).toEqual(['碳酸锂均价假设', '碳酸锂均价假设']);
    expect(read('平均到岸价约为278美元/吨（上年同期为305美元/吨）。', '2025-11-20')[1]!.label).toBe('平均到岸价');
    expect(one('经营活动产生的现金流量净额3.92亿元。').label).toBe('经营活动现金流量净额');
  });
});

describe('a later round: miners\' and traders\' words', () => {
  it('names contained metal, a share price, profit after tax, a session close and hyphenated stocks', () => {
    expect(read('Reserves total 48.2 million tonnes, containing 612 million pounds of nickel.')[1]!.label).toBe('contained nickel');
    expect(one('Its shares closed 2.3% higher at ₹684.20 on the NSE.').label).toBe('share price');
    expect(one('Statutory net profit after tax rose 61% to A$402.7 million.').label).toBe('Statutory net profit after tax');
    expect(one('The Baltic Dry Index ended the session at 2,184 points.').label).toBe('Baltic Dry Index');
    expect(one('LME on-warrant stocks fell 3,175 t to 141,250 t.').label).toBe('LME on-warrant stocks');
    expect(one('She said the 400,000 tpa upgrade remains on track.').label).toBe('upgrade capacity');
  });

  it('keeps an AISC the miner\'s own, with no "price" added (guided, so guidance)', () => {
    expect(one('Marrabel guided FY26 production at AISC of A$2,250–2,450/oz.'))
      .toMatchObject({ label: 'AISC guidance', entity: 'Marrabel' });
  });
});

describe('a later round: delivery terms in commas, and targets', () => {
  it('reads a label past ", CFR Qingdao,", and names what a company is targeting', () => {
    expect(one('The 62% Fe fines index, CFR Qingdao, slipped US$1.35 to US$99.80/dmt on Wednesday.').label).toBe('62% Fe fines index');
    expect(one('Eastgate is targeting 12 GW of renewables by 2030.').label).toBe('renewables target');
  });
});

describe('a later round: what a facility adds', () => {
  it('names "the Kalumbe expansion, which will add 120,000 t/yr" as the expansion\'s capacity', () => {
    expect(one('Management said the Kalumbe expansion, which will add 120,000 t/yr, remains on track.').label)
      .toBe('Kalumbe expansion capacity');
  });
});

describe('a later round: guidance in a later sentence, and store counts', () => {
  it('names guidance by the last measure in its unit, even in the sentence before', () => {
    const [, , guidance] = read('The mine produced 135.4 million pounds of payable copper, at C1 cash costs of US$2.31/lb. '
      + 'Management held full-year guidance at 235,000–250,000 t.', '2025-10-24');
    expect(guidance!.label).toBe('payable copper production guidance');
  });

  it('counts stores and branches as a store or branch count', () => {
    expect(one('It had 1,146 stores at February 1, 2025.').label).toBe('store count');
    expect(one('The bank has 4,600 branches.').label).toBe('branch count');
  });
});

describe('a later round: adverbs after a figure, and ships ordered', () => {
  it('reads no label from "alone" or "apiece", and names the price of ships ordered', () => {
    expect(read('China added 204.6 GW of solar capacity in January–July, including 9.8 GW in July alone.', '2025-08-22')[1]!.label)
      .toBe('solar capacity');
    expect(read('Marlow has ordered Kamsarmax bulkers of 82,000 dwt at Zhoushan Hengyu Shipyard for US$35.5 million apiece.')[1]!.label)
      .toBe('order price');
  });
});

describe('a later round: the end of a reporting period, and guidance per unit', () => {
  it('dates 报告期末 to the last day of the report\'s period, and adds no "price" to guidance', () => {
    const cash = read('雪域锂业2026年第一季度报告：报告期内，公司实现营业收入28.64亿元。报告期末，公司货币资金余额65.18亿元。', '2026-04-28')[1]!;
    expect(cash.period).toMatchObject({ start: '2026-03-31', end: '2026-03-31' });
    expect(one('Harrowgate said 2025 C1 guidance held at US$1.92/lb.').label).toBe('C1 guidance');
  });
});

describe('a later round: a Chinese move from one level to another', () => {
  it('gives 由X上调至Y and 从X提升至Y the change between them, in percentage points between shares', () => {
    expect(read('将目标价由24.30元上调至28.60元。')[1]!.change).toMatchObject({ value: 4.3, unit: 'CNY', direction: 'up' });
    expect(read('占比从30%提升至45%。').map((m) => [m.label, m.change?.value ?? null, m.change?.unit ?? null]))
      .toEqual([['占比', null, null], ['占比', 15, 'pp']]);
  });
});

describe('a later round: a fallback word is not passed on', () => {
  it('does not call an amount "percentage" because the figure before it had no name', () => {
    // The change said first moves the level it stands at ("down 2.3%, at").
    expect(read('Down 2.3%, at 186.7 million yuan.').map((m) => [m.label, m.change?.value])).toEqual([['amount', -2.3]]);
  });
});

describe('a later round: figures listed "of X and Y capacity, respectively"', () => {
  it('gives each figure its own part of the list', () => {
    expect(read('Eastgate operates 4.8 GW and 2.1 GW of onshore wind and solar capacity, respectively.').map((m) => m.label))
      .toEqual(['onshore wind capacity', 'solar capacity']);
  });
});

describe('a later round: participles, hours run and the index named before', () => {
  it('reads "wind farms logged 1,105 hours" and "the index gained 11%"', () => {
    expect(read('Solar plants ran 572 hours, while wind farms logged 1,105 hours.')[1]!.label).toBe('wind farm utilisation hours');
    // The week's gain is the change of the level just said, not a metric of its own.
    expect(read('The Baltic Dry Index rose to 1,562 points on Friday. For the week, the index gained 11%.', '2025-06-13')
      .map((m) => [m.label, m.change?.value])).toEqual([['Baltic Dry Index', 11]]);
    expect(read('利用小时数为1,105小时。')[0]!.label).not.toMatch(/utilisation/u);
  });
});

describe('a later round: a participle before a noun', () => {
  it('reads "of solar generating capacity" whole', () => {
    expect(one('China added 212.2 GW of solar generating capacity in the first half.', '2025-07-23').label).toBe('solar generating capacity');
  });
});

describe('a later round: guidance given with a verb', () => {
  it('names what a company "guided" as guidance for that measure', () => {
    expect(one('The CFO guided full-year shipments of 38-42 GW.').label).toBe('shipments guidance');
    expect(one('Management guided 2026 production of 240,000 oz.').label).toBe('production guidance');
  });
});

describe('a later round: futures contracts named by their codes', () => {
  it('names "SHFE cu2601" and "the most-active LC2601 contract" by their commodity', () => {
    expect(one('SHFE cu2601 settled at 86,420 yuan/t, up 510.').label).toBe('copper futures price');
    expect(one('On the GFEX, the most-active LC2601 contract settled at 74,260 yuan/t.').label).toBe('lithium carbonate futures price');
    expect(one('LME copper closed at $10,842/t.').label).toBe('LME copper price');
  });
});

describe('a later round: a figure that opens its clause', () => {
  it('is named by what it "was", but not by a superlative', () => {
    expect(one('798.5 yuan/t was the DCE i2601 close, down 4.5 yuan.').label).toBe('iron ore futures price');
    expect(one('12.3 Mt was the highest on record.').label).not.toMatch(/highest/u);
  });
});

describe('a later round: units of agriculture, chemicals, airlines and brewers', () => {
  it('reads grain per bushel, fertiliser per short ton, beer in hectolitres and minor currency units', () => {
    expect(one('Soybeans closed at $11.02/bu.')).toMatchObject({ unit: 'USD/bu', value: 11.02 });
    expect(one('Wheat settled at 541.75 cents/bu.')).toMatchObject({ unit: 'USD/bu', value: 5.4175 });
    expect(one('Corn traded at $4.38 a bushel.')).toMatchObject({ unit: 'USD/bu', value: 4.38 });
    expect(one('DAP was assessed at US$690/st.').value).toBeCloseTo(760.59, 2);
    expect(one('Volumes reached 48.6 million hectolitres.')).toMatchObject({ unit: 'L', value: 4_860_000_000 });
    expect(one('CASK ex-fuel was 7.42 euro cents.')).toMatchObject({ unit: 'EUR', value: 0.0742 });
    expect(one('The Rotterdam premium was USc 18.5/lb.').value).toBeCloseTo(407.86, 2);
  });
});

describe('a later round: comparatives in brackets and ranges reached', () => {
  it('does not date a later figure by a bracketed comparative\'s period', () => {
    const [, comparative, sales] = read('EBITDA fell 9% to €1.95 billion in Q3 2025 (Q3 2024: €2.14 billion), on sales of €15.2 billion.');
    expect(comparative!.period).toMatchObject({ start: '2024-07-01' });
    expect(sales!.period).toMatchObject({ start: '2025-07-01', end: '2025-09-30' });
  });

  it('reads a cut "to between" two figures as the range reached, changed by the difference from the old one', () => {
    const [reached] = read('It cut its EBITDA outlook to between €7.3 billion and €7.7 billion, from €8.0–8.4 billion previously.');
    expect(reached!.change).toMatchObject({ value: -700_000_000, unit: 'EUR', direction: 'down' });
  });

  it('reads "on the prior year" as year on year, and a level "at" after it as the level changed', () => {
    expect(one('Net sales were down 0.5% on the prior year at CHF 65.9 billion.'))
      .toMatchObject({ value: 65_900_000_000, label: 'Net sales', change: { value: -0.5, basis: 'yoy' } });
  });
});

describe('a later round: counts in millions and asides before the verb', () => {
  it('counts a number in millions that a change leads to, named by the subject before an aside', () => {
    expect(one('Capacity, measured in available seat kilometres, rose 6.4% to 92.3 billion.'))
      .toMatchObject({ label: 'Capacity', unit: 'count', value: 92_300_000_000, change: { value: 6.4 } });
    expect(one('Revenue, helped by pricing, rose 6.4% to $9.3 billion.').label).toBe('Revenue');
  });

  it('keeps organic, internal and volume growth as measures of their own, not as changes', () => {
    const [organic, internal] = read('Organic growth was 2.9%, with real internal growth of 0.4%.');
    expect(organic).toMatchObject({ label: 'Organic growth', value: 2.9, change: null });
    expect(internal).toMatchObject({ label: 'real internal growth', value: 0.4, change: null });
    expect(one('Revenue was $3.1 billion, growth of 5%.').change).toMatchObject({ value: 5 });
  });
});

describe('a later round: yields, passengers and more statistics sources', () => {
  it('keeps yields per acre or hectare as written and gives the USDA\'s figures to the market', () => {
    const [yields, stocks] = read('The USDA pegged US corn yields at 186.7 bushels per acre and ending stocks at 2.15 billion bushels.');
    expect(yields).toMatchObject({ label: 'US corn yield', unit: 'bu/acre', value: 186.7, entity: 'market' });
    expect(stocks).toMatchObject({ unit: 'bu', value: 2_150_000_000 });
    expect(one('Wheat yields averaged 8.5 t/ha.')).toMatchObject({ unit: 't/ha', value: 8.5 });
  });

  it('counts passengers in 人次 and gives 民航局 statistics to the market', () => {
    expect(one('民航局数据显示，10月民航旅客运输量6,210万人次，同比增长5.3%。'))
      .toMatchObject({ unit: 'count', value: 62_100_000, entity: 'market', label: '民航旅客运输量' });
  });

  it('leaves the verb that states a figure out of its label', () => {
    expect(one('The feasibility study puts initial capital at C$1.86 billion.').label).toBe('initial capital');
  });
});

describe('a later round: comparatives in brackets named by their period', () => {
  it('reads "(9M 2024: …)" and "(prior year: …)" as the same measure a year earlier, and a change after the bracket as the level\'s', () => {
    const [level, comparative] = read('For the nine months to September, adjusted EBIT rose to EUR 2,314m (9M 2024: EUR 2,087m), an increase of 10.9%.');
    expect(level!.change).toMatchObject({ value: 10.9, unit: '%' });
    expect(comparative).toMatchObject({ label: 'adjusted EBIT', change: null, period: { start: '2024-01-01', end: '2024-09-30' } });
    const [, prior] = read('Operating cash flow amounted to €1.1bn in 2025 (prior year: €0.9bn).');
    expect(prior).toMatchObject({ label: 'Operating cash flow', period: { start: '2024-01-01' } });
  });

  it('reads "reduced by €240m to €6.3bn" as a change and a level, never as a range', () => {
    expect(one('Net debt was reduced by €240m to €6.3bn.'))
      .toMatchObject({ value: 6_300_000_000, change: { value: -240_000_000, unit: 'EUR' } });
  });
});

describe('a later round: money "of" a measure and hedged shares', () => {
  it('names money a unit "generated" of sales by the measure, and energy it generated as generation', () => {
    expect(one('The adhesives unit generated EUR 11.2bn of sales.').label).toBe('sales');
    // "delivered CHF 0.96 billion of operating EBIT": money of a profit measure is that measure, not deliveries.
    expect(one('The cocoa unit delivered CHF 0.96 billion of operating EBIT.').label).toBe('operating EBIT');
    expect(one('The utility generated 34.8 TWh of electricity.').label).toBe('electricity generation');
  });

  it('names the share of output hedged ahead, past the owner and the year', () => {
    expect(one('We have hedged around 78% of our 2026 generation.').label).toBe('share of generation hedged');
  });
});

describe('a later round: Chinese measures listed before 分别', () => {
  it('gives each figure after 分别为 its own measure from the list, in order', () => {
    const [output, sales] = read('公司2025年1-9月氯化钾产量、销量分别为186.4万吨、179.2万吨，同比分别增长5.1%、3.8%。');
    expect([output!.label, sales!.label]).toEqual(['氯化钾产量', '氯化钾销量']);
    const [lfp, ncm] = read('磷酸铁锂、三元材料出货量分别为12.3万吨、4.5万吨。');
    expect([lfp!.label, ncm!.label]).toEqual(['磷酸铁锂出货量', '三元材料出货量']);
  });

  it('leaves the verb of a level reached out of a Chinese label', () => {
    expect(one('受检修影响，本周磷铵装置开工率下滑至52.3%，较上周下降4.5个百分点。').label).toBe('磷铵装置开工率');
  });
});

describe('a later round: index levels, fleets and markers', () => {
  it('reads an index\'s level in points when the unit is not said', () => {
    expect(one('The S&P GSCI closed at 548.2.')).toMatchObject({ unit: 'points', value: 548.2, entity: 'market' });
    expect(one('The Caixin manufacturing PMI rose to 50.8 in October.')).toMatchObject({ unit: 'points', value: 50.8 });
  });

  it('counts aircraft and names a book of orders by the book', () => {
    const [book, earlier] = read('Orders on hand totalled 1,284 aircraft at end-September, up from 1,211 a year earlier.');
    expect(book).toMatchObject({ label: 'Orders on hand', unit: 'count', value: 1284, change: { value: 73 } });
    expect(earlier).toMatchObject({ unit: 'count', value: 1211 });
  });

  it('does not count the second of two scope or phase numbers', () => {
    expect(one('The group\'s Scope 1 and 2 emissions fell 8% to 4.2 million tonnes of CO2e.')).toMatchObject({ value: 4_200_000, unit: 't' });
  });
});

describe('a later round: the prior-year period said in words', () => {
  it('names a level compared "after" or "with" the prior-year period by the level, a year earlier', () => {
    const [, after] = read('Net result was EUR 412 million in Q3, after EUR 356 million in the prior-year period.');
    expect(after).toMatchObject({ label: 'Net result', period: { start: '2024-07-01', end: '2024-09-30' } });
  });

  it('dates an accounting negative by the period after its brackets', () => {
    expect(one('Net result was EUR (412) million in Q3.')).toMatchObject({ value: -412_000_000, period: { start: '2025-07-01' } });
  });
});

describe('a later round: lists with "respectively"', () => {
  it('gives each item of a comma list its figure, with the measure the list is of', () => {
    const labels = (t: string) => read(t).map((m) => m.label);
    expect(labels('Segment sales in Nutrition, Agricultural Solutions and Surface Technologies were EUR 1.8bn, EUR 2.4bn and EUR 1.1bn, respectively.'))
      .toEqual(['Nutrition segment sales', 'Agricultural Solutions segment sales', 'Surface Technologies segment sales']);
    expect(labels('Wheat, corn and soybean exports were 1.2 Mt, 3.4 Mt and 2.1 Mt, respectively.'))
      .toEqual(['Wheat exports', 'corn exports', 'soybean exports']);
    expect(labels('EBITDA margins in Europe and North America were 14.2% and 18.9%, respectively.'))
      .toEqual(['Europe EBITDA margin', 'North America EBITDA margin']);
  });
});

describe('a later round: wire and freight phrasing', () => {
  it('names a second change of the same subject by the subject, not by a word of its basis', () => {
    const [, yoy] = read('Euro zone industrial production fell 1.2% month on month in September and was 0.8% lower than a year earlier.');
    expect(yoy!.label).toBe('Euro zone industrial production');
  });

  it('reads an index that slipped some points to a level', () => {
    const [, index] = read('Handysize rates averaged $11,450 a day last week, while the BHSI slipped 12 points to 684.');
    expect(index).toMatchObject({ value: 684, unit: 'points', change: { value: -12, unit: 'points' } });
  });

  it('dates a price by the coming month its contract is for, and no later price by it', () => {
    expect(one('Ammonia contracts for December in Tampa settled at $650/t CFR.', '2025-11-20').period)
      .toMatchObject({ start: '2025-12-01', end: '2025-12-31' });
    const [ammonia, dap] = read('In the week to 9 October, ammonia CFR Tampa settled at $650/t for November, unchanged, and DAP FOB Morocco held at $780/t.', '2025-10-10');
    expect(ammonia!.period).toMatchObject({ start: '2025-11-01' });
    expect(dap!.period).toMatchObject({ start: '2025-10-03', end: '2025-10-09' });
  });
});

describe('a later round: call write-ups', () => {
  it('leaves out the verb a manager states a figure with, and a comparative closing the label', () => {
    expect(one('On the call, management flagged raw-material headwinds of roughly CHF 150 million for 2026.').label).toBe('raw-material headwinds');
    expect(one('The company still targets a net debt/EBITDA ratio below 2.0x by year-end.').label).toBe('net debt/EBITDA ratio');
  });

  it('reads figures signed alike in a list as levels of their own, not a level and its rise', () => {
    const [mix, price] = read('Volume/mix contributed +1.8% and price +2.3%.');
    expect(mix).toMatchObject({ label: 'Volume/mix contribution', value: 1.8, change: null });
    expect(price).toMatchObject({ label: 'price', value: 2.3 });
  });
});

describe('a later round: annual-report phrasing', () => {
  it('reads "fiscal 2025 (ended September 30, 2025)" as that fiscal year, and other fiscal years by its end', () => {
    const [sales, , earlier] = read('In fiscal 2025 (ended September 30, 2025), net sales increased 5% to $14.2 billion, and diluted EPS was $6.12 compared with $5.48 in fiscal 2024.');
    expect(sales!.period).toMatchObject({ start: '2024-10-01', end: '2025-09-30' });
    expect(earlier!.period).toMatchObject({ start: '2023-10-01', end: '2024-09-30' });
  });

  it('counts employees or stores headed by a colon, and their bracketed comparative', () => {
    const [now, before] = read('Employees at year-end: 33,412 (previous year: 32,980).');
    expect([now!.value, before!.value, now!.unit, before!.label]).toEqual([33412, 32980, 'count', 'Employees']);
  });
});

describe('a later round: Chinese sizes of a move and report phrasing', () => {
  it('reads 涨幅 and 跌幅 after a price as its change, 日内 as day on day', () => {
    expect(one('尿素主力合约UR601收于1,658元/吨，日内跌幅1.37%。').change).toMatchObject({ value: -1.37, unit: '%', basis: 'dod' });
    expect(one('尿素主力合约收于1,658元/吨，涨幅1.37%。').change).toMatchObject({ value: 1.37, direction: 'up' });
  });

  it('leaves 单月, 本期 and 计提 out of Chinese labels, and names a share count by the share capital', () => {
    expect(one('本期共计提资产减值准备1.23亿元。').label).toBe('资产减值准备');
    expect(one('The Company\'s total share capital was 1,245,600,000 shares.').label).toBe('total share capital');
  });
});

describe('a later round: circa and ranges of percentages', () => {
  it('reads past "c." and "~" to the measure', () => {
    expect(one('The company expects capex of c.€1.2bn.').label).toBe('capex');
  });

  it('reads "between 14% and 16%" as one range, and leaves "implies" out of the label', () => {
    expect(one('Guidance implies a margin of between 14% and 16%.')).toMatchObject({ label: 'margin', value: 14, unit: '%' });
  });
});

describe('a later round: answers named by their question', () => {
  it('names an answer\'s figure by the measure the question asked for, where nothing in the answer names it', () => {
    expect(one('Q: What is the current order backlog? A: Roughly EUR 9.8bn.').label).toBe('order backlog');
    const [now, before] = read('Q: What was the average realised urea price in Q3? A: US$368/t, up from US$341/t in Q2.');
    expect([now!.label, before!.label]).toEqual(['average realised urea price', 'average realised urea price']);
  });
});

describe('a later round: a tenth set\'s tuning half', () => {
  it('pairs changes after 分别 with the levels listed just before them, each named by its item', () => {
    const metrics = read('公司实现营业收入286.45亿元，同比增长9.53%，其中酱油、调味酱、蚝油分别实现收入152.37亿元、29.86亿元和48.91亿元，分别同比增长8.9%、4.1%和10.8%。');
    expect(metrics.map((m) => [m.label, m.change?.value])).toEqual([
      ['营业收入', 9.53], ['酱油收入', 8.9], ['调味酱收入', 4.1], ['蚝油收入', 10.8]]);
  });

  it('counts firms in 家 where they are the figure, not a survey\'s sample', () => {
    expect(one('截至报告期末，经销商数量为7,628家。')).toMatchObject({ unit: 'count', value: 7628 });
    expect(one('Mysteel调研247家钢厂高炉开工率为82.1%。')).toMatchObject({ unit: '%', label: '钢厂高炉开工率' });
  });

  it('reads "c.EUR 21m" as money, and a sensitivity\'s step as no figure', () => {
    expect(one('Every EUR 1/MWh on gas moves EBITDA by c.EUR 21m.'))
      .toMatchObject({ value: 21_000_000, unit: 'EUR', label: 'EBITDA sensitivity', display: { unit: 'EUR' } });
    expect(one('Each $1 per barrel move in jet fuel changes annual fuel expense by $34 million.').label).toBe('fuel expense sensitivity');
  });
});

describe('a later round: fertiliser and livestock notes', () => {
  it('leaves nitrogen grades out, reads DAP before a delivery term as the product, and prices a commodity named in one word', () => {
    const metrics = read('Granular urea (46% N) FOB Egypt was assessed at $468-475/t, while DAP FOB Morocco held at $780/t and Ammonia CFR Tampa settled at $650/t.');
    expect(metrics.map((m) => m.text)).toEqual(['$468-475/t', '$780/t', '$650/t']);
    expect(metrics.map((m) => m.label)).toEqual(['Granular urea price', 'DAP price', 'Ammonia price']);
  });

  it('counts pigs in 头, reads 去库 as a fall, and gives a company its own 销售均价', () => {
    const [pigs, price] = read('东禾牧业报告期内销售商品猪612.35万头，同比增长27.41%，商品猪销售均价14.86元/公斤，同比下降12.3%。');
    expect(pigs).toMatchObject({ unit: 'count', value: 6_123_500, change: { value: 27.41 } });
    expect(price!.entity).not.toBe('market');
    expect(one('SMM统计的国内电解铝社会库存周一录得46.2万吨，较上周去库1.3万吨。'))
      // 国内 is the whole country, no part of the label (the e and k sets write 电解铝社会库存).
      .toMatchObject({ label: '电解铝社会库存', change: { value: -13_000, unit: 't', direction: 'down' } });
  });
});

describe('a later round: years, multiples and a measure\'s second change', () => {
  it('reads a payback period or an age in years, and "14.2 times EBITDA" as a multiple', () => {
    expect(one('The project has a payback period of 7.8 years.')).toMatchObject({ unit: 'yr', value: 7.8, label: 'payback period' });
    expect(read('Bernegg agreed to buy Calder for $2.35 billion, or 14.2 times Calder\'s 2024 EBITDA.')[1]).toMatchObject({ unit: 'x', value: 14.2 });
    expect(read('It rained three times last week.')).toHaveLength(0);
  });

  it('keeps a second change of a measure said without its level with the first', () => {
    const cpi = one('10月份全国居民消费价格指数（CPI）同比上涨0.2%，环比上涨0.2%。');
    expect([cpi.change?.basis, cpi.moreChanges?.map((c) => c.basis)]).toEqual(['yoy', ['mom']]);
    expect(one('CPI rose 0.2% year on year and 0.2% month on month.').moreChanges).toHaveLength(1);
  });
});

describe('a later round: one ship\'s size', () => {
  it('leaves the size of the one ship fixed out, and keeps tonnage ordered', () => {
    expect(one('On the day an 82,000 dwt Kamsarmax was fixed at $17,250/day.')).toMatchObject({ unit: 'USD/d', label: 'Kamsarmax' });
    expect(one('The yard won orders for 41.2 million dwt.')).toMatchObject({ unit: 'dwt', value: 41_200_000 });
  });
});

describe('a later round: years of a forecast list and split fiscal years', () => {
  it('dates a slash list of forecasts by the years of its range, each value whole', () => {
    const metrics = read('我们下调公司2025-2027年归母净利润预测至131.5/152.8/171.2亿元。');
    expect(metrics.map((m) => [m.period?.start, m.value])).toEqual([
      ['2025-01-01', 13_150_000_000], ['2026-01-01', 15_280_000_000], ['2027-01-01', 17_120_000_000]]);
  });

  it('reads "the fiscal year 2024/25, ended 31 August 2025" as that year', () => {
    const [volume, , ebit, prior] = read('For the fiscal year 2024/25, ended 31 August 2025, the group delivered sales volume of 2,284,176 tonnes, up 0.4%, and revenue of CHF 12,716.8 million. Recurring EBIT per tonne was CHF 152 (prior year: CHF 131).');
    expect(volume!.period).toMatchObject({ start: '2024-09-01', end: '2025-08-31' });
    expect(ebit!.period).toMatchObject({ start: '2024-09-01' });
    expect(prior!.period).toMatchObject({ start: '2023-09-01', end: '2024-08-31' });
  });
});

describe('a later round: "respectively" closing a list of changes', () => {
  it('pairs changes with their levels when "respectively" comes after the last change, the closing measure shared', () => {
    const [primary, alumina] = read('The output of primary aluminium and alumina amounted to 1.2136 million tonnes and 2.0419 million tonnes, representing an increase of 3.12% and a decrease of 1.05% respectively as compared with the same period of last year.');
    expect([primary!.label, primary!.change?.value, alumina!.label, alumina!.change?.value])
      .toEqual(['primary aluminium output', 3.12, 'alumina output', -1.05]);
  });
});

describe('a later round: fleets, contributions and plants in Chinese', () => {
  it('names the aircraft a carrier operates its fleet, and a subject of many words before its own change', () => {
    const metrics = read('Taunusair said passenger numbers rose 6.4% to 2.31 million, while capacity measured in available seat kilometres grew 9.1%. Taunusair, which operates 118 aircraft, will expand.');
    expect(metrics.map((m) => m.label)).toEqual(['passenger numbers', 'capacity measured in available seat kilometres', 'fleet']);
  });

  it('names "pricing contributing 2.9 percentage points" a contribution, and a plant sized per year after a modifier in 的', () => {
    expect(read('Organic growth was 3.8%, with pricing contributing 2.9 percentage points.')[1]!.label).toBe('pricing contribution');
    expect(one('公司位于沂川基地的30万吨/年合成氨技改项目预计2026年二季度投产。')).toMatchObject({ label: '合成氨技改项目产能', unit: 't/yr' });
  });
});

describe('a later round: banks, softs, REITs and chips', () => {
  it('reads soft commodities quoted in cents a pound as a price a tonne', () => {
    expect(one('Raw sugar futures settled at 15.82 c/lb, the lowest in five years.')).toMatchObject({ unit: 'USD/t', value: expect.closeTo(348.77, 2) });
    expect(one('Cotton was 66.1c/lb.')).toMatchObject({ unit: 'USD/t', value: expect.closeTo(1457.26, 2) });
  });

  it('keeps a chip node and a crack-spread ratio out, and names a measure "per unit" whole', () => {
    expect(one('TSMC\'s 3nm wafer shipments accounted for 23% of wafer revenue in Q3 2025.')).toMatchObject({ unit: '%', value: 23 });
    expect(one('Singapore 3-2-1 crack spreads averaged USD 18.40/bbl in October.')).toMatchObject({ unit: 'USD/bbl', value: 18.4 });
    expect(read('Occupancy was 96.4%, with a NAV per unit of SGD 2.38.')[1]!.label).toBe('NAV per unit');
    expect(one('The trust declared a distribution per unit of 3.12 cents.').label).toBe('distribution per unit');
  });

  it('reads a fiscal quarter with no year end stated as a March year when a December one would lie after the note', () => {
    expect(one('HDFC Bank\'s net interest margin narrowed 12 bp to 3.43% in Q2 FY26.', '2025-11-05').period).toMatchObject({ start: '2025-07-01', end: '2025-09-30' });
    expect(one('Revenue rose 4% in Q2 FY26.', '2026-08-05').period).toMatchObject({ start: '2026-04-01', end: '2026-06-30' });
    expect(one('The bank\'s fiscal year ends in June. Loans grew 7% in H1 FY26.', '2025-11-05').period).toMatchObject({ start: '2025-07-01', end: '2025-12-31' });
  });
});

describe('a later round: Chinese banks and weekdays', () => {
  it('reads basis points in Chinese as a change in percentage points, and a margin that narrowed by its name', () => {
    expect(one('截至三季度末，净息差为1.72%，同比下降8个基点。').change).toMatchObject({ value: -0.08, unit: 'pp', basis: 'yoy' });
    expect(one('公司净息差收窄12BP至1.65%。')).toMatchObject({ label: '净息差', value: 1.65 });
  });

  it('dates a figure by a weekday in Chinese, but not by a week compared with nor by "五大品种"', () => {
    // 2025-11-05 is a Wednesday.
    expect(one('上周五SCFI指数报1396.5点。', '2025-11-05')).toMatchObject({ label: 'SCFI指数', period: { start: '2025-10-31', end: '2025-10-31' } });
    expect(one('周一碳酸锂期货收于7.4万元/吨。', '2025-11-05').period).toMatchObject({ start: '2025-11-03' });
    expect(one('国内电解铝社会库存周一录得46.2万吨。', '2025-11-05')).toMatchObject({ label: '电解铝社会库存', period: { start: '2025-11-03' } });
    expect(one('本周五大品种钢材社会库存873.5万吨。', '2025-11-05').period).toBeNull();
    expect(one('PVC市场价4780元/吨，较上周四下跌50元/吨。', '2025-11-05').period?.start).not.toBe('2025-10-30');
  });
});

describe('a later round: the eleventh set\'s tune half', () => {
  it('gives "to X% from Y%" a change in percentage points, and a bracketed level "a year earlier" the year before', () => {
    expect(read('Monthly churn improved to 0.92% from 1.05% in the first quarter.')[0]!.change).toMatchObject({ value: -0.13, unit: 'pp' });
    const [, earlier] = read('The CET1 ratio stood at 14.8% at the end of September (15.3% a year earlier).');
    expect(earlier!.period).toMatchObject({ start: '2024-09-30', end: '2024-09-30' });
  });

  it('reads barrels a day as "b/d", money "per tonne of" a product, and counts of "5G subscribers"', () => {
    expect(one('Refiners processed 5.30 million b/d of crude.')).toMatchObject({ unit: 'bbl/d', value: 5_300_000 });
    expect(one('The gross profit per tonne of steel products amounted to RMB186.')).toMatchObject({ unit: 'CNY/t', value: 186 });
    expect(one('We added 1.2 million 5G subscribers.')).toMatchObject({ unit: 'count', value: 1_200_000 });
    const [added, base] = read('We added 38.6 lakh 4G/5G subscribers, taking the total base to 46.2 crore.');
    expect([added!.value, base!.value, base!.change]).toEqual([3_860_000, 462_000_000, null]);
  });

  it('reads 9M FY26, 9MFY26 and 9M 2025 as the first nine months of their year, and a comparative "(corresponding period of last year: …)"', () => {
    expect(one('9MFY26 crush was 48.7 lakh tonnes.', '2026-02-10').period).toMatchObject({ start: '2025-04-01', end: '2025-12-31' });
    expect(one('9M 2025 revenue was USD 12 bn.').period).toMatchObject({ start: '2025-01-01', end: '2025-09-30' });
    const [, before] = read('During the six months ended 30 June 2025, revenue was RMB38,512.6 million (corresponding period of last year: RMB42,307.9 million).');
    expect(before!.period).toMatchObject({ start: '2024-01-01', end: '2024-06-30' });
  });

  it('gives a bank\'s loans and a telecom\'s base the quarter\'s last day, and a multiple or guidance no period', () => {
    expect(one('In Q2 FY26 gross loans were ₹4,120 crore.', '2025-10-20').period).toMatchObject({ start: '2025-09-30', end: '2025-09-30' });
    expect(one('The subscriber base was 41.8 million in the second quarter.', '2025-08-06').period).toMatchObject({ start: '2025-06-30' });
    expect(one('The stock trades at 7.2x FY27E EV/EBITDA.').period).toBeNull();
    expect(one('The company guides 2025 output of 70-74 Mt.').period).toBeNull();
  });

  it('reads a comparative right after a level as its change though a verb leads to the next figure, and "improved" a fall of a ratio where lower is better', () => {
    expect(read('NIM came in at 3.62%, 9bp higher, and revenue rose 11% to $5 bn.')[0]!.change).toMatchObject({ value: 0.09, unit: 'pp' });
    expect(one('The undiscounted combined ratio improved 2.6pp to 89.4%.').change).toMatchObject({ value: -2.6, direction: 'down' });
    expect(one('Revenue improved 5% to $2 bn.').change).toMatchObject({ value: 5, direction: 'up' });
    expect(one('CCFI报1,102.6点，较上期微跌0.8%。').change).toMatchObject({ value: -0.8, direction: 'down' });
  });

  it('gives national statistics under a heading to the market, and leaves a sentence\'s last word and a legal form out of a name', () => {
    expect(one('Monthly petroleum statistics, October 2025: Indian refiners processed 22.41 million tonnes of crude oil in October.').entity).toBe('market');
    const [, volume] = read('Rates averaged US$2,058/FEU. Blackwater Container Line carried 1.42 million TEU in the quarter.', '2025-10-30', null);
    expect(volume!.entity).toBe('Blackwater Container Line');
    expect(one('Santos Atlântico Terminais S.A. handled 1,184,320 TEU.', '2025-10-30').entity).toBe('Santos Atlântico Terminais');
  });

  it('names "其中11月新增" by the measure said before it, and gives a bureau\'s statistics to the market', () => {
    const [, month] = read('国家能源局发布数据，1-11月全国光伏新增并网装机容量2.52亿千瓦，同比增长38.6%；其中11月新增2,280万千瓦，同比下降41%。', '2025-12-22', null);
    expect(month).toMatchObject({ label: '光伏新增并网装机容量', entity: 'market' });
    expect(read('(same period of FY25: 151.2 million tonnes)').length).toBe(1);
  });

  it('reads a change leading "to about" a level, and a hyphenated size before a noun as no figure', () => {
    expect(one('Blended ASP per wafer rose 5% to about US$2,110.')).toMatchObject({ value: 2110, change: { value: 5, unit: '%' } });
    expect(read('Wafer shipments were 3.36 million 12-inch equivalents.').some((m) => m.unit === 'm')).toBe(false);
  });

  it('keeps each change\'s own basis when a week\'s and a year\'s are both said, the year-on-year one first', () => {
    expect(one('环渤海九港煤炭库存为2,846万吨，较上周同期增加112万吨，较去年同期高出9.3%。').change).toMatchObject({ value: 9.3, unit: '%', basis: 'yoy' });
    expect(one('Throughput totalled 1,184,320 TEU, an increase of 12.7% in relation to the same period of the previous year.').change?.basis).toBe('yoy');
  });

  it('tidies labels: no slash left from a list, no "of its" owner, no Chinese comparison or verb after the measure, 年化 kept', () => {
    expect(read('Throughput of 1,184,320 TEU at the container throughput of its Guarujá terminal.').map((m) => m.label)).not.toContain('container throughput of its Guarujá terminal');
    expect(one('上海至东南亚航线运价与上期持平，为412美元/TEU。').label).toBe('上海至东南亚航线运价');
    expect(one('持仓量增至48.6万手。').label).toBe('持仓量');
    expect(one('年化净息差1.78%，同比下降12个基点。').label).toBe('年化净息差');
    expect(read('当日九港调入量和调出量分别为182万吨和165万吨。').map((m) => m.label)).toEqual(['九港调入量', '调出量']);
  });

  it('counts "a postpaid base of 41.8 million" in accounts, and keeps "a 2.5-mile stretch" a measure', () => {
    expect(one('It reported a postpaid base of 41.8 million at the end of June.')).toMatchObject({ unit: 'count', value: 41_800_000, label: 'postpaid base' });
    expect(one('Caltrans plans a second deck above a 2.5-mile stretch of the freeway.')).toMatchObject({ unit: 'm' });
  });

  it('does not date a figure by a month that names an event ("the July tariff repricing")', () => {
    const [, revenue] = read('ARPU was ₹211, helped by the July tariff repricing, and revenue rose 14% to ₹28,460 crore.', '2025-11-04');
    expect(revenue!.period).toBeNull();
  });

  it('names a multiple of book value P/B, and leaves 该行 and 较年初 out of a Chinese label', () => {
    expect(one('The stock trades at 1.9x FY27E P/B.').label).toBe('P/B');
    expect(read('上周五该行A股收于7.62元，净息差较年初下降8个基点至1.68%。', '2025-11-05').map((m) => m.label)).toEqual(['A股收盘价', '净息差']);
    // With no document date the weekday dates nothing, and still names nothing.
    expect(extractFromText('上周五该行A股收于7.62元。', { date: null, subject: null })[0]!.label).toBe('A股收盘价');
  });

  it('takes a company introduced by its trade, named before a broker\'s rating, or named with 食品', () => {
    expect(read('Frankfurt-based carrier Taunusair said February passenger numbers rose 6.4% to 2.31 million.', '2025-03-10', null)[0]!.entity).toBe('Taunusair');
    expect(read('Elbtal Nitrogen (Buy, TP EUR 62): we lift 2025E EBITDA 9% to EUR 812m.', '2025-03-10', null).map((m) => m.entity)).toEqual(['Elbtal Nitrogen', 'Elbtal Nitrogen']);
    expect(read('海岳食品2024年年度报告：报告期内，公司实现营业收入286.45亿元，同比增长9.53%。', '2025-03-28', null)[0]!.entity).toBe('海岳食品');
  });

  it('reads "2,000 tonnes of ore per day" as a rate a day', () => {
    expect(one('The mill will process 2,000 tonnes of ore per day.')).toMatchObject({ unit: 't/d', value: 2000 });
    expect(one('Exports of 5,000 tonnes of copper in May.').unit).toBe('t');
  });

  it('takes a company named before its ticker in brackets as the passage\'s company', () => {
    const [target, margin] = read('Konkan Refining & Petrochemicals (KRPL IN; Buy, TP ₹1,480) reported a gross refining margin of US$8.9/bbl.', '2025-11-12', null);
    expect([target!.entity, margin!.entity]).toEqual(['Konkan Refining & Petrochemicals', 'Konkan Refining & Petrochemicals']);
  });

  it('takes a name opening a story, after its dateline, as the company; what it realised is its own price', () => {
    const [shipped, realised] = read('PERTH, Nov 4 - Kestrel Ridge Minerals shipped 4.6 million tonnes in the quarter. It realised US$91.20/t for its lump.',
      '2025-11-04', null);
    expect([shipped!.entity, realised!.entity]).toEqual(['Kestrel Ridge Minerals', 'Kestrel Ridge Minerals']);
    expect(read('National Grid reported 2.1 GW of new connections.', '2025-11-04', null)[0]!.entity).not.toBe('National Grid Reported');
    expect(read('China produced 81.2 million tonnes of crude steel in October.', '2025-11-04', null)[0]!.entity).not.toBe('China');
  });

  it('keeps "N% more than a year earlier" as the change of the level before it, whatever the sentence says next', () => {
    const [volume, grade] = read('Kestrel shipped 4.6 million tonnes in Q3, 8% more than a year earlier, but its grade slipped 0.3 percentage points to 60.8%.');
    expect(volume!.change).toMatchObject({ value: 8, unit: '%', basis: 'yoy', direction: 'up' });
    expect(grade!.value).toBe(60.8);
    expect(one('Revenue was US$2.7 billion, 4% lower than a year ago.').change).toMatchObject({ value: -4, basis: 'yoy' });
  });

  it('keeps a sugar mill\'s realisations its own, not the market\'s', () => {
    expect(read('Godavari Cane Industries said domestic sugar realisations averaged ₹38.6/kg.', '2025-11-04', null)[0]!.entity)
      .toBe('Godavari Cane Industries');
  });

  it('reads "nine-month liftings" as the nine months up to the quarter said, the span out of the label', () => {
    const [, nineMonths] = read('Q3 liftings were 1.1 million TEU; nine-month liftings reached 3.2 million TEU.', '2025-10-24');
    expect(nineMonths).toMatchObject({ label: 'liftings', period: { start: '2025-01-01', end: '2025-09-30' } });
    expect(one('Six-month output was 11.8 Mt.', '2025-10-24').label).toBe('Six-month output');
  });

  it('reads "at the year end" by the fiscal year the text states, and NTA per share as a balance on its day', () => {
    const [nta, rent] = read('Annual results for the year ended 31 March 2025: EPRA NTA per share fell 4.2% to 612p, and headline rents reached £61.00 per sq ft at the year end.',
      '2025-06-10');
    expect(nta!.period).toMatchObject({ start: '2025-03-31', end: '2025-03-31' });
    expect(rent!.period).toMatchObject({ start: '2025-03-31', end: '2025-03-31' });
    expect(one('Occupancy was 96% at the year end.', '2025-06-10').period).toMatchObject({ start: '2024-12-31', end: '2024-12-31' });
  });

  it('dates what a year or a quarter closed at on its last day', () => {
    const [premiums, solvency] = read('In FY25 premiums grew 8% to US$6.4bn, and the Solvency II ratio ended the year at 214%.', '2026-03-05');
    expect(premiums!.period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
    expect(solvency!.period).toMatchObject({ start: '2025-12-31', end: '2025-12-31' });
  });

  it('reads "the second half of November" as half a month, and mills in a country as the market', () => {
    const crushed = one('Mills in Brazil crushed 18.6 Mt of cane in the second half of November, 21% less than a year earlier.', '2025-12-03');
    expect(crushed).toMatchObject({ entity: 'market', period: { start: '2025-11-16', end: '2025-11-30' } });
    expect(one('Output in the first half of May was 1.2 Mt.', '2025-12-03').period).toMatchObject({ start: '2025-05-01', end: '2025-05-15' });
    const [, lng] = read('Indian refiners processed 22.4 million tonnes in October. LNG imports rose 11% to 2.3 million tonnes.', '2025-11-25', null);
    expect(lng!.entity).toBe('market');
  });

  it('gives what a company says of its own to it, and keeps domestic realisations the producer\'s', () => {
    const [, rate] = read('Tarn Container Line said its Q3 liftings were 1.4 million TEU, at an average freight rate of US$1,310/TEU.', '2025-10-24', null);
    expect(rate!.entity).toBe('Tarn Container Line');
    const [, copper] = read('Tarn Copper said its output rose to 0.9 Mt, while LME copper averaged US$9,020/t.', '2025-10-24', null);
    expect(copper!.entity).toBe('market');
    const [, realised] = read('Godavari Cane Industries crushed 2.1 Mt in Q3. Domestic sugar realisations averaged ₹39.2/kg in the quarter.', '2026-02-10', null);
    expect(realised!.entity).toBe('Godavari Cane Industries');
  });

  it('keeps what a review found: tenors, flows, times before a name, market parts after a company\'s own', () => {
    const [, spot] = read('Ardent Lithium Ltd said its spodumene sales rose 12% to 210 kt, and spot lithium carbonate prices averaged US$9,800/t in Q3.',
      '2025-11-04', null);
    expect(spot!.entity).toBe('market');
    expect(one('Three-month copper on the LME averaged US$9,850/t in October.', '2025-11-04').period).toMatchObject({ start: '2025-10-01' });
    expect(one('3-month SHIBOR averaged 1.62% in October.', '2025-11-04').period).toMatchObject({ start: '2025-10-01' });
    expect(read('In October Kestrel Ridge shipped 28.4 Mt of iron ore.', '2025-11-04', null)[0]!.entity).toBe('Kestrel Ridge');
    expect(one('In Q3 2025, order intake ended the quarter at €2.1 billion.', '2025-11-04').period).toMatchObject({ start: '2025-07-01' });
    const [, generated] = read('Kestrel Power operates 14 plants. Plants in India generated 4.2 TWh in Q3.', '2025-11-04', null);
    expect(generated!.entity).toBe('Kestrel Power');
    const [, gold] = read('China produced 81 Mt of crude steel in October. Gold Fields produced 580 koz in Q3.', '2025-11-04', null);
    expect(gold!.entity).not.toBe('market');
  });

  it('finds the company in a heading, a Spanish or Portuguese name, a trade description, and leaves a ministry\'s data to the market', () => {
    expect(read('Velhorn Cements Q3FY26 call: volumes rose 11% y/y to 9.4 mt.', '2026-01-22', null)[0]!.entity).toBe('Velhorn Cements');
    expect(read('Minera Punta Roja, Annual Report 2025: copper production was 212.3 kt.', '2026-03-12', null)[0]!.entity).toBe('Minera Punta Roja');
    expect(read("Pelotas Norte's fourth-quarter call: revenue rose 4% to R$2.1 billion.", '2026-02-12', null)[0]!.entity).toBe('Pelotas Norte');
    expect(read('Speaking on the first-quarter call, the CFO said output would reach 1.2 Mt.', '2026-02-12', null)[0]!.entity ?? '')
      .not.toMatch(/Speaking/u);
    expect(read('Brazilian meatpacker Frigorífico Campo Largo posted a net loss of R$212 million in Q3.', '2025-11-13', null)[0]!.entity)
      .toBe('Frigorífico Campo Largo');
    expect(read('印尼能源与矿产资源部数据显示，1-11月印尼煤炭产量达7.46亿吨。', '2025-12-16', null)[0]!.entity).toBe('market');
    const [, allocated] = read('The cane crush reached 38.7 Mt in October, according to growers\' association Uniagro. Mills allocated 51.2% of cane to sugar.',
      '2025-11-12', null);
    expect(allocated!.entity).toBe('market');
    const [, spread] = read('Dunmore Petrochemicals: we cut FY25E EBITDA 8% to SAR 6.4bn, building in a polyethylene spread of US$390/t.', '2025-10-14', null);
    expect(spread!.entity).toBe('market');
  });

  it('dates an annual report\'s figures by its year, reads worded changes, "than the previous year" and "the same fortnight"', () => {
    const [copper, moly] = read('Minera Punta Roja, Annual Report 2025: copper production was 212.3 kt, and molybdenum output doubled to 3,140 t.',
      '2026-03-12', null);
    expect(copper!.period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
    expect(moly!.change).toMatchObject({ value: 100, unit: '%', direction: 'up' });
    expect(one('The airline carried 38.4 million passengers, 9% more than the previous year.').change).toMatchObject({ basis: 'yoy' });
    expect(one('The crush reached 38.7 Mt in the second half of October, 12.5% below the same fortnight last year.').change)
      .toMatchObject({ value: -12.5, basis: 'yoy' });
    expect(one('Retail sales were 5.67 lakh units in November, a 24% jump y/y.').change).toMatchObject({ value: 24, basis: 'yoy' });
    expect(one('The gain on disposal was $5 million.').change).toBeNull();
  });

  it('dates what a figure reversed a year earlier, a bare bracketed comparative in a year\'s report, and a range of days without a year', () => {
    const [, profit] = read('Frigorífico Campo Largo posted a third-quarter net loss of R$212 million, reversing a profit of R$186 million a year earlier.',
      '2025-11-13', null);
    expect(profit).toMatchObject({ label: 'profit', period: { start: '2024-07-01', end: '2024-09-30' } });
    const [, before] = read('Annual report, year ended 31 March 2025: the seat load factor was 80.6% (78.9%).', '2025-06-10');
    expect(before!.period).toMatchObject({ start: '2023-04-01', end: '2024-03-31' });
    const deck = read('We lift 2025E EBITDA 9% to EUR 812m on a $35/t higher urea deck ($395/t).', '2025-03-10').find((m) => m.text === '$395/t');
    expect(deck!.period).toMatchObject({ start: '2025-01-01' });
    expect(one('Cumulative sugar output from 1 April to 31 October totalled 36.4 Mt.', '2025-11-12').period)
      .toMatchObject({ start: '2025-04-01', end: '2025-10-31' });
  });

  it('labels what a producer realised for a unit its realised price, not the place after it', () => {
    expect(one('The company realised R$2,915 per tonne in Brazil.')).toMatchObject({ label: 'realised price', unit: 'BRL/t' });
  });
  it('reads a minus between the currency and the amount, how long ships wait, metal tonnes, and "the same fortnight of" last year', () => {
    expect(one('Net profit attributable to shareholders was RMB -215,604,318.77.')).toMatchObject({ value: -215604318.77, unit: 'CNY' });
    expect(read('Guidance is RMB 5-6 billion.')[0]).toMatchObject({ value: 5e9, valueHigh: 6e9 });
    expect(one('The average berth waiting time fell to 9.5 hours after Berth 7 reopened.')).toMatchObject({ value: 9.5, unit: 'h', label: 'average berth waiting time' });
    expect(read('The outage lasted 36 hours.')).toEqual([]);
    expect(one('公司镍铁产能达3.6万金属吨/年。')).toMatchObject({ value: 36000, unit: 't/yr' });
    expect(one('The crush reached 38.7 Mt in the second half of October, 12.5% below the same fortnight of 2024.', '2025-11-12').change)
      .toMatchObject({ value: -12.5, basis: 'yoy' });
    expect(one('The crush reached 38.7 Mt in 2025, 12.5% below the same season of 2023.', '2025-11-12').change).toMatchObject({ basis: 'unspecified' });
  });
  it('reads "the prior-year quarter", "from a year before" and "on an annual basis" as year on year, and a basis said before "at" names no figure', () => {
    expect(one('Revenue climbed to $4.2 billion, an improvement of 6% on the prior-year quarter.').change).toMatchObject({ value: 6, basis: 'yoy' });
    expect(one('Operating cash flow surged 41% from a year before to R$9.3 billion.').change).toMatchObject({ basis: 'yoy' });
    expect(one('Coal output contracted 7.2% on an annual basis to 118 Mt.').change).toMatchObject({ value: -7.2, basis: 'yoy' });
    expect(one('Group sales of 1.84m units were up 12.4% compared with the first half of last year.').change).toMatchObject({ basis: 'yoy' });
    expect(one('Net interest income was flat year over year at $3.1 billion.')).toMatchObject({ label: 'Net interest income', change: null });
    expect(one('Net interest income was unchanged from a year earlier at $3.1 billion.').label).toBe('Net interest income');
  });
  it('reads a price reporter\'s "assessed at" past a grade aside, a lone commodity\'s price, "to X as at a day from Y", and "$3.10 below September"', () => {
    expect(one('Lithium hydroxide (battery grade) was assessed at $9.40/kg.')).toMatchObject({ label: 'Lithium hydroxide price', unit: 'USD/t' });
    expect(one('Lithium hydroxide, battery grade, was assessed at $9.40/kg.').label).toBe('Lithium hydroxide price');
    expect(one('Spodumene was quoted at $1,020/t.').label).toBe('Spodumene price');
    const [nav] = read('The trust\'s NAV per unit rose to S$1.38 as at 30 September from S$1.35 at end-June.');
    expect(nav!.change).toMatchObject({ value: 0.03, unit: 'SGD', basis: 'since', since: '2025-06-30' });
    const brent = read('Brent averaged $64.80/bbl in October, $3.10 below September.', '2025-11-03');
    expect(brent).toHaveLength(1);
    expect(brent[0]!.change).toMatchObject({ value: -3.1, unit: 'USD/bbl' });
    expect(one('Green steel costs about US$38/t below the blast-furnace route.').change).toBeNull();
  });
  it('names a share said by a participle after its whole, and leaves a span of time out of a Chinese change\'s subject', () => {
    const [, share] = read('Sales of new energy vehicles reached 1.6 million units in October, accounting for 51.6% of total new car sales.');
    expect(share!.label).toBe('share of total new car sales');
    expect(one('Exports accounted for 40% of sales.').label).toBe('Export share of sales');
    const modules = read('光伏组件价格持续下探，TOPCon组件均价跌至0.68元/W，月内累计下跌4.2%。', '2025-11-20');
    expect(modules).toHaveLength(1);
    expect(modules[0]!.change).toMatchObject({ value: -4.2, unit: '%' });
    expect(one('铜价周内上涨2.1%至86150元/吨。', '2025-11-20').label).toBe('铜价');
  });
  it('reads ringgit, rupiah, riyal, dirham and Mexican-dollar amounts, barrels of oil equivalent, and "YTD through October"', () => {
    expect(one('Revenue rose 4% to RM 3.1 billion in 3Q25.')).toMatchObject({ value: 3.1e9, unit: 'MYR' });
    expect(one('Sales were Rp 4.5 trillion.')).toMatchObject({ value: 4.5e12, unit: 'IDR' });
    expect(one('Sales were QAR 1.1 billion.').unit).toBe('QAR');
    expect(one('Sales were Dh 2.2 billion.').unit).toBe('AED');
    expect(one('Sales were MX$12 billion.').unit).toBe('MXN');
    expect(read('Type rm 5 to clear it.')).toEqual([]);
    expect(one('Production averaged 412,000 boe/d.')).toMatchObject({ value: 412000, unit: 'boe/d' });
    expect(one('Proved reserves were 1.2 billion boe.')).toMatchObject({ value: 1.2e9, unit: 'boe' });
    expect(one('YTD through October, cement despatches were 287 Mt.', '2025-11-14').period).toMatchObject({ start: '2025-01-01', end: '2025-10-31' });
  });
  it('dates "FY2025 (ended 31 March 2025)" as that fiscal year, not its last day', () => {
    expect(one('For FY2025 (ended 31 March 2025), net sales were ¥1.82 trillion.', '2025-05-14').period)
      .toMatchObject({ start: '2024-04-01', end: '2025-03-31' });
  });
  it('leads a change through a period to its level, names the measure "a 22% rise in" says, and takes a Chinese announcer as the company', () => {
    const demand = read('Steel demand grew 9.1% in H1 FY26 to 76 Mt.');
    expect(demand).toHaveLength(1);
    expect(demand[0]).toMatchObject({ value: 76e6, change: { value: 9.1 } });
    expect(one('The group reported a 22% rise in interim profit to HK$1.86 billion.')).toMatchObject({ label: 'interim profit', change: { value: 22 } });
    expect(one('It posted an 8% increase in its sales to 1.2 million units.').label).toBe('sales');
    expect(read('宁德时代公告，前三季度营业收入2830.7亿元，同比增长9.3%。', '2025-10-21', null)[0]!.entity).toBe('宁德时代');
    expect(read('国家统计局公布，10月原煤产量4.1亿吨。', '2025-11-15', null)[0]!.entity).not.toBe('国家统计局');
  });
  it('takes a name of capitalised words owning a measure as its company, not a country or a region', () => {
    expect(read('We see Pilbara Ridge\'s unit costs at A$17.80/wmt.', '2025-10-21', null)[0]!.entity).toBe('Pilbara Ridge');
    expect(read('New Hope\'s coal sales were 2.1 Mt.', '2025-10-21', null)[0]!.entity).toBe('New Hope');
    expect(read('Western Australia\'s iron ore exports were 72 Mt.', '2025-10-21', null)[0]!.entity).not.toBe('Western Australia');
    expect(read('Saudi Arabia\'s output rose to 9.75 million b/d.', '2025-10-21', null)[0]!.entity).not.toBe('Saudi Arabia');
  });
  it('names what a country pumped, mills crushed and a plant milled or refined by its verb', () => {
    expect(one('Saudi Arabia pumped 9.75 million b/d in June.', '2025-07-10').label).toBe('Saudi Arabia output');
    expect(one('Mills crushed 38.7 Mt of cane in the fortnight.').label).toBe('cane crush');
    expect(one('The plant milled 12.4 Mt of ore.').label).toBe('ore throughput');
    expect(one('The company processed 2,850 mt of magnet scrap.').label).toBe('magnet scrap');
  });
  it('dates 上旬/中旬/下旬 as ten days of a month and CY2024 as a calendar year, and reads 日产 as tonnes a day', () => {
    const [steel] = read('11月上旬，重点钢企粗钢日产210.5万吨。', '2025-11-20', null);
    expect(steel).toMatchObject({ value: 2105000, unit: 't/d', period: { start: '2025-11-01', end: '2025-11-10' } });
    expect(one('10月下旬，重点钢企粗钢日产205.1万吨。', '2025-11-05').period).toMatchObject({ start: '2025-10-21', end: '2025-10-31' });
    expect(one('Shipments in CY2024 were 5.2 Mt.', '2025-03-01')).toMatchObject({ label: 'Shipments', period: { start: '2024-01-01', end: '2024-12-31' } });
    // A ten-day figure's 环比 is on the ten days before: no basis of its own, as a week's.
    expect(one('11月上旬，重点钢企粗钢日产210.5万吨，环比下降1.2%。', '2025-11-20').change).toMatchObject({ value: -1.2, basis: 'unspecified' });
  });
  it('reads a lone 跌 or 涨 as a change of the level before it, and dates 11月1-15日 as those days', () => {
    const [close] = read('螺纹钢期货主力合约收于3,125元/吨，日内跌1.2%。', '2025-11-10', null);
    expect(close).toMatchObject({ value: 3125, change: { value: -1.2, unit: '%' } });
    expect(read('螺纹钢期货主力合约收于3,125元/吨，日内跌1.2%。', '2025-11-10', null)).toHaveLength(1);
    expect(one('11月1-15日，乘用车市场零售78.3万辆，同比下降8%。', '2025-11-20').period).toMatchObject({ start: '2025-11-01', end: '2025-11-15' });
  });
  it('counts people said right after what counts them ("Its headcount was 14,300")', () => {
    expect(one('Its headcount was 14,300 at the end of the year.')).toMatchObject({ value: 14300, unit: 'count', label: 'headcount' });
    expect(one('Employees totalled 6,215.')).toMatchObject({ value: 6215, unit: 'count' });
  });
  it('names an answer by what the question asks is left, and what "the company would ship" by the verb alone', () => {
    expect(one('Q: How much capex is left? A: About A$300 million, most of it in the first half.').label).toBe('capex');
    const [next] = read('CEO Jane Wu said the company would ship about 1.2 million tonnes next quarter, up from 1.05 million tonnes this quarter.');
    expect(next!.label).toBe('shipments');
  });
  it('dates a bracketed comparative by the quarter it names, and names what a country supplied its supply', () => {
    const [, before] = read('1Q26 FOB cash costs eased to A$24.10/t (4Q25: A$25.60/t).', '2025-12-03');
    expect(before!.period).toMatchObject({ start: '2025-10-01', end: '2025-12-31' });
    const [, last] = read('Revenue was EUR 2,314m in 9M 2025 (9M 2024: EUR 2,087m).', '2025-11-03');
    expect(last!.period).toMatchObject({ start: '2024-01-01', end: '2024-09-30' });
    expect(one('Guinea supplied 10.9 Mt in October.', '2025-11-10').label).toBe('Guinea supply');
  });
  it('leaves a period a Chinese change is measured against (较二季度) to no later figure, and 预计 and 达产后 out of labels', () => {
    const [, bought] = read('三季度自有矿生产的碳酸锂完全成本约5.6万元/吨，较二季度下降约4%；外购矿成本约7.2万元/吨。', '2025-11-28', null);
    expect(bought!.period).toMatchObject({ start: '2025-07-01', end: '2025-09-30' });
    const [capex, added] = read('2026年资本开支预计为18-20亿元，主要用于非洲矿山二期建设，达产后新增锂精矿产能60万吨/年。', '2025-11-28', null);
    expect(capex!.label).toBe('资本开支');
    expect(added!.label).toBe('新增锂精矿产能');
  });
  it('dates two months in a row summed together (10月、11月…合计) as the span of both', () => {
    expect(one('公司10月、11月锂盐合计出货约1.9万吨。', '2025-11-28').period).toMatchObject({ start: '2025-10-01', end: '2025-11-30' });
  });
  it('reads "by US$20 to US$580/t" as a change and its level, not a range, and "from X a quarter earlier" as quarter on quarter', () => {
    expect(one('Celvale raised its hardwood list price for China by US$20 to US$580/t from December.', '2025-11-25'))
      .toMatchObject({ value: 580, unit: 'USD/t', valueHigh: null, change: { value: 20, unit: 'USD/t' } });
    expect(one('Capacity will grow by 2 to 3 Mt.')).toMatchObject({ value: 2e6, valueHigh: 3e6 });
    const [nim] = read('The lender\'s net interest margin narrowed to 2.71% from 2.79% a quarter earlier.');
    expect(nim!.change).toMatchObject({ value: -0.08, unit: 'pp', basis: 'qoq' });
  });
  it('names what was cut or raised in the passive by its subject, and a level a bare amount moved by ("rose by 15 to")', () => {
    expect(one('Output guidance was cut by 5% to 1.9-2.0 Mt.').label).toBe('Output guidance');
    expect(one('Prices were raised by CNY 200/t to CNY 3,900/t.')).toMatchObject({ label: 'Price', change: { value: 200, unit: 'CNY/t' } });
    expect(one('The index rose by 15 to 2,436 points.').label).toBe('index');
    expect(one('Ebitda rose by 12% to between $2.1 billion and $2.3 billion.')).toMatchObject({ value: 2.1e9, valueHigh: 2.3e9, change: { value: 12 } });
  });
  it('names a running total ("taking 9M to") by the measure before it and keeps its span to itself', () => {
    const [q, nine, cost] = read('Ferrovale 3Q25 update: iron ore shipments rose 4% y/y to 61.2 Mt, taking 9M25 to 170.4 Mt, while C1 cash cost fell to US$22.9/t.', '2025-10-20');
    expect(q!.period).toMatchObject({ start: '2025-07-01', end: '2025-09-30' });
    expect(nine).toMatchObject({ label: 'iron ore shipments', period: { start: '2025-01-01', end: '2025-09-30' } });
    expect(cost!.period).toMatchObject({ start: '2025-07-01', end: '2025-09-30' });
  });
  it('dates a bare bracketed figure after a quarter\'s level as the same quarter a year before', () => {
    const [, before] = read('In 2Q25 the all-in sustaining cost was US$1,310/oz (US$1,245/oz).', '2025-08-01');
    expect(before!.period).toMatchObject({ start: '2024-04-01', end: '2024-06-30' });
  });
  it('names what a speaker put, kept or guided at a figure by its object, and what was flat q/q by its subject', () => {
    expect(one('The CFO put gearing at 23% at the end of June.').label).toBe('gearing');
    expect(one('The board kept the interim dividend at 8 cents.').label).toBe('interim dividend');
    expect(one('Management guided to 1.8-2.0 GW of module shipments in 4Q25.').label).toBe('module shipments');
    expect(one('Average selling price was flat q/q at US$412/t.').label).toBe('Average selling price');
  });
  it('dates a figure "a month earlier" a month before its level\'s day or month, and reads "on the month" and "above its level a year earlier"', () => {
    const [, before] = read('Thermal coal at Newcastle was assessed at $104.20/t on Thursday, against $111.75/t a month earlier.', '2025-10-17');
    expect(before!.period).toMatchObject({ start: '2025-09-16', end: '2025-09-16' });
    const [, march] = read('Refinery runs were 4.1 Mt in March, against 3.8 Mt a month earlier.', '2025-04-19');
    expect(march!.period).toMatchObject({ start: '2025-02-01', end: '2025-02-28' });
    const [index] = read('The dairy index averaged 141.3 points in May, up 0.8% on the month and 9.2% above its level a year earlier.', '2025-06-06');
    expect(index!.change).toMatchObject({ value: 9.2, basis: 'yoy' });
    expect(one('The wheat sub-index fell 2.4% on the month to 98.1 points.', '2025-06-06').change).toMatchObject({ basis: 'mom' });
  });
  it('dates a year said without its number by the year it is compared with, and names what a lone participle leaves by what follows', () => {
    const [fy] = read('Full-year underlying profit came in at GBP 610 million, compared with GBP 540 million in 2024.', '2026-02-20');
    expect(fy!.period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
    const [, left] = read('The utility has sold forward 70% of next year\'s output, leaving about 4.2 TWh of generation unhedged.');
    expect(left!.label).toBe('generation');
  });
  it('dates 上年同期为盈利 a year before, and a day owned by one figure no flow after it once the sentence named a span', () => {
    const [, last] = read('预计2025年度归母净利润为-1.1亿元至-0.8亿元，上年同期为盈利0.62亿元。', '2026-01-25', null);
    expect(last).toMatchObject({ label: '归母净利润', period: { start: '2024-01-01', end: '2024-12-31' } });
    const [, base, arpu] = read('The carrier added 0.8 million subscribers in the third quarter and had a base of 22.4 million subscribers at the end of September, while ARPU rose 4.1% to US$9.80.', '2025-11-05');
    expect(base!.period).toMatchObject({ start: '2025-09-30', end: '2025-09-30' });
    expect(arpu!.period).toMatchObject({ start: '2025-07-01', end: '2025-09-30' });
  });
  it('writes 扣除非经常性损益后的净利润 as 扣非净利润 and leaves 预计 and a cause (主要系) out of Chinese labels', () => {
    expect(one('预计2025年度扣除非经常性损益后的净利润为1.2亿元至1.5亿元。', '2026-01-28').label).toBe('扣非净利润');
    expect(one('利润下降主要系报告期内计提商誉减值准备约2.3亿元。', '2026-01-28').label).toBe('商誉减值准备');
    expect(one('预计全年存款增速约6%。', '2026-01-28').label).toBe('存款增速');
  });
  it('names a change after a modal ("may rise 5%") by its subject, and leaves who expects it out of the label', () => {
    expect(one('Nickel demand may rise 7% in 2026.', '2025-11-12').label).toBe('Nickel demand');
    expect(one('We expect steel exports to fall 6% in 2026.', '2025-11-12').label).toBe('steel exports');
    expect(one('Our 2026 earnings forecast for Tarn Valley Mining is cut by 9%.', '2025-11-12').label).toBe('earnings forecast');
    // A plain change word after its figure is a noun: "a $45 million gain".
    expect(one('The group booked a $45 million gain on the sale.').label).toBe('gain');
  });
  it('takes a name before an exchange code in brackets ("(6698.HK)") or a question about a name\'s figure as the company', () => {
    expect(one('Harbour Lane Foods (2231.HK) said same-store sales rose 3.4% in November.', '2025-12-10').entity).toBe('Harbour Lane Foods');
    expect(read('Q: What is Corvid Rail\'s freight outlook? A: We expect tonnage to grow 4% next year.', '2025-12-10', null)[0]!.entity).toBe('Corvid Rail');
  });

  it('names people a company employs its employees, passengers by the verb that moved them, and a target done its completion rate', () => {
    expect(one('Tallis Engineering employed about 4,100 people at the end of June.').label).toBe('employees');
    expect(one('Coral Bay Air flew 11.2 million passengers in the year.').label).toBe('passengers flown');
    expect(one('The carrier carried 2.9 million passengers in October.').label).toBe('passengers carried');
    const [output, sold] = read('前三季度电解锰产量折合金属量4.6万吨，销量4.4万吨。', '2025-10-30', null);
    expect([output!.label, sold!.label]).toEqual(['电解锰产量', '电解锰销量']);
    expect(read('1-10月全国原煤产量39.8亿吨，完成全年计划目标的83%。', '2025-11-20', null)[1]!.label).toBe('全年计划目标完成率');
  });

  it('reads a change said as a fraction right after its figure (", a fifth lower y/y")', () => {
    expect(one('The mill shipped 2.4 Mt in March, a quarter lower y/y.').change).toMatchObject({ value: -25, basis: 'yoy', direction: 'down' });
    expect(one('We now model a spread of US$410/t, a third higher than before.').change).toMatchObject({ value: 33.3, basis: 'unspecified' });
    // A fraction of something else is no change: "a quarter of output".
    expect(one('Exports took 1.2 Mt, a quarter of output.').change).toBeNull();
  });

  it('keeps where a measure goes to after it when reordering, and drops a conjunction an owner left behind', () => {
    expect(one('Exports of alumina to Canada rose 4% to 310,000 t in June.').label).toBe('alumina exports to Canada');
    expect(read('LME copper closed at $9,900/t and DCE\'s most-active contract ended at 780 yuan/t.')[1]!.label).not.toMatch(/^and /u);
  });

  it('names a cost or price per unit in the singular ("C1 cash costs of US$1.92/lb" is a C1 cash cost)', () => {
    expect(one('C1 cash costs were US$1.74/lb in the quarter.').label).toBe('C1 cash cost');
    expect(one('Operating costs rose to $412 million.').label).toBe('Operating costs');
    expect(one('TOPCon module prices eased to 0.68 yuan/W.').label).toBe('TOPCon module price');
  });

  it('spells a measure per unit out ("EBITDA/t" is "EBITDA per tonne"), leaving ratios such as EV/EBITDA alone', () => {
    expect(one('EBITDA/t came in at Rs 1,120 in the quarter.')).toMatchObject({ label: 'EBITDA per tonne', unit: 'INR/t' });
    expect(one('Margin/bbl was US$6.20 in October.').label).toBe('Margin per barrel');
    expect(one('The shares trade on 6.4x EV/EBITDA.').label).toBe('EV/EBITDA');
  });

  it('names a carrier\'s TEU carried its container volume carried', () => {
    expect(one('Ardmore Container Lines carried 3.1 million TEU in the year.').label).toBe('container volume carried');
  });

  it('ends a label at an irregular verb of a stock ("of copper sat in LME sheds")', () => {
    expect(one('Some 96,500t of zinc sat in LME sheds on Friday.').label).not.toMatch(/\bsat\b/u);
    expect(one('About 31,000 t of tin stood in bonded stores.').label).not.toMatch(/\bstood\b/u);
  });

  it('dates "the same eleven months" by the running total named before it in the sentence', () => {
    const metrics = read('Copper exports were 210,000 t in October, bringing the January–October total to 1.9 Mt; cathode imports in the same ten months rose 4% to 3.1 Mt.', '2025-11-20', null);
    expect(metrics.map((m) => m.period?.start)).toEqual(['2025-10-01', '2025-01-01', '2025-01-01']);
  });

  it('names a percentage move of the shares or the stock the share price\'s', () => {
    expect(one('Its shares slid 5.6% in Hong Kong trading.').label).toBe('share price');
    expect(one('The stock jumped 11% after the results.').label).toBe('share price');
  });

  it('names a container route\'s figure a spot or freight rate, and grain freight per tonne its freight', () => {
    const [first, second] = read('Spot rates firmed: the Ningbo–Hamburg benchmark rose 6% to US$2,210/FEU, and Ningbo–Genoa gained US$80 to US$2,480/FEU.');
    expect([first!.label, second!.label]).toEqual(['Ningbo–Hamburg spot rate', 'Ningbo–Genoa spot rate']);
    expect(one('The Qingdao–Long Beach lane was assessed at US$1,930/FEU.').label).toBe('Qingdao–Long Beach lane freight rate');
    expect(one('Brazil–China soybean freight was quoted at $38.75/t.').label).toBe('Brazil–China soybean freight');
    // A terse wrap: the route in full before its figure.
    expect(read('Container spot, Friday: Far East–Mediterranean $2,610/FEU, -4% wow.')[0]!.label).toBe('Far East–Mediterranean spot rate');
  });

  it('ends a label after the figure at a verb in -s with an object ("yield caps the downside"), not before a time', () => {
    expect(one('At the new price, a 6.2% dividend yield supports the shares.').label).toBe('dividend yield');
    expect(one('Exports were 3% of gross sales the year before.').label).not.toBe('gross');
  });

  it('gives a figure to the subject of its sentence, not to a parent or partner named between commas after it', () => {
    const jv = 'Antai Northern Technology Co., Ltd., a joint venture established with Antai Technology, has completed a 5,000 mt/year magnet line.';
    expect(one(jv, '2025-07-08').entity).toBe('Antai Northern Technology');
    expect(one('Kestrel Mining, a unit of Harrow Resources Group, produced 12,000 tonnes of copper in 2024.').entity).toBe('Kestrel Mining');
    // A name not set off by commas still counts: here the parent reports the unit's output.
    expect(one('Harrow Resources Group said Kestrel Mining produced 12,000 tonnes of copper in 2024.').entity).toBe('Kestrel Mining');
  });

  it('reads a straight quote after a day as the end of a quotation, and after a size as inches', () => {
    // An undated document: July 8 is no period to read, so the 8 was left to be a quantity.
    const quoted = extractFromText('The review gives dated figures ("on March 31 this year", "on December 31, 2024", "on July 8").', { date: null, subject: null });
    expect(quoted.filter((m) => m.unit === 'm')).toEqual([]);
    expect(read('A pipe of 8" diameter and a 12" screen.').map((m) => m.value)).toEqual([0.2032, 0.3048]);
  });
});
