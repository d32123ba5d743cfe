import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../electron/core/extract/extract.ts';

/*
 * Issue #12: sentences written for this file in the styles of retail and bank results, a buyback notice, a uranium
 * producer's guidance, the English of a Chinese interim report and an IR answer, each one a reading the extractor first
 * got wrong.
 */

const read = (text: string, date = '2025-11-20') => extractFromText(text, { date, subject: null });
const periodOf = (text: string, date?: string) => {
  const p = read(text, date)[0]!.period;
  return p ? `${p.start}..${p.end}` : null;
};

describe('a quarter or a year named by the day it ended, without its year', () => {
  it('reads "the fiscal third quarter ended October 31" as the three months to the last October 31', () => {
    expect(periodOf('Same-store sales grew 4.2% in the fiscal third quarter ended October 31.')).toBe('2025-08-01..2025-10-31');
    expect(periodOf('Revenue was $2.1 billion in the three months ended October 31.')).toBe('2025-08-01..2025-10-31');
    // Written in January, the last October 31 was the year before.
    expect(periodOf('Revenue was $2.1 billion for the quarter ended October 31.', '2026-01-15')).toBe('2025-08-01..2025-10-31');
    expect(periodOf('Underlying NPAT fell 18% to A$1.14bn in the year to 30 June.')).toBe('2024-07-01..2025-06-30');
  });

  it('reads a period still "ending" forward, and a year glued to its comma', () => {
    expect(periodOf('We now expect revenue of $8.4 billion for the year ending December 31.')).toBe('2025-01-01..2025-12-31');
    expect(periodOf('Gains were $20 million for the year ended December 31,2020.')).toBe('2020-01-01..2020-12-31');
  });
});

describe('the months said without their end', () => {
  it('reads "for the nine months" as the first nine months of the year, and its year-ago comparison a year earlier', () => {
    const [now, before] = read('Free cash flow came in at €1.24bn for the nine months, versus €0.98bn a year ago.');
    expect(now!.period).toMatchObject({ start: '2025-01-01', end: '2025-09-30' });
    expect(before!.period).toMatchObject({ start: '2024-01-01', end: '2024-09-30' });
    expect(read('Revenue in the three months was $2.1 billion.')[0]!.period).toBeNull();
  });
});

describe('the quarter or the year ahead', () => {
  it('gives a plan for "next quarter" or "next year" no period, not the one said before it, and names "it" by the measure just said', () => {
    const [now, next] = read('Utilisation was around 65%, and we expect it to exceed 80% next quarter.');
    expect(next).toMatchObject({ label: now!.label, period: null });
    const [november, ahead] = read('The line ran at about 85% in November and we expect it to exceed 90% next quarter.');
    expect(november!.period).toMatchObject({ start: '2025-11-01' });
    expect(ahead).toMatchObject({ label: 'utilisation rate', period: null });
    const [thisYear, nextYear] = read('Management reiterated capex of $1.1-1.2bn for this year and $0.9bn next year.');
    expect(thisYear!.period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
    expect(nextYear!.period).toBeNull();
    expect(read('A：预计明年资本开支约为80亿元，主要用于新能源项目。')[0]).toMatchObject({ label: '资本开支', period: null });
    expect(read('今年国内锌精矿平均加工费约为3,650元/金属吨。')[0]!.period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
    // A forecast or an assumption for the year ahead has that year.
    expect(read('We assume LME copper averages US$10,400/t next year.')[0]!.period).toMatchObject({ start: '2026-01-01' });
    // A horizon in a sentence without figures dates none of the figures after it.
    const got = read('Analysts expect policy signals to set the tone for the next quarter. Capex came to about 333 million yuan.');
    expect(got[0]!.period).toBeNull();
  });
});

describe('a week\'s move', () => {
  it('takes no basis from the day\'s move before it', () => {
    const [price] = read('Lithium carbonate futures settled at 74,250 yuan per tonne, up 2.9% on the day and 11% on the week.');
    expect([price!.change, ...price!.moreChanges].map((c) => c!.basis)).toEqual(['dod', 'unspecified']);
  });
});

describe('points and pounds', () => {
  it('reads "a 90 basis-point improvement" as a change of the level before it', () => {
    const got = read('Gross margin was 38.6%, a 90 basis-point improvement over the prior year.');
    expect(got.map((m) => m.text)).toEqual(['38.6%']);
    expect(got[0]!.change).toMatchObject({ value: 0.9, unit: 'pp', basis: 'yoy' });
  });

  it('weighs the pounds a mine produces, and leaves pounds paid as sterling', () => {
    const [produced] = read('Cameco expects to produce 18 million pounds at McArthur River in 2026.');
    expect(produced).toMatchObject({ unit: 't' });
    expect(produced!.value).toBeCloseTo(8164.66, 1);
    expect(read('The club sold the striker for 18 million pounds, a record for the league.')[0]!.unit).toBe('GBP');
  });
});

describe('levels set against a list of the year before', () => {
  it('gives each listed figure the label and the period, a year earlier, of the level said before it in its unit', () => {
    const got = read('Group adjusted EBIT came to €612m in H1, a margin of 8.4%, against €655m and 9.1% a year earlier.');
    expect(got.map((m) => [m.label, m.period?.start])).toEqual([
      ['Group adjusted EBIT', '2025-01-01'], ['Group adjusted EBIT margin', '2025-01-01'],
      ['Group adjusted EBIT', '2024-01-01'], ['Group adjusted EBIT margin', '2024-01-01'],
    ]);
  });
});

describe('a rate for a ship of a size', () => {
  it('names the rate, led by the class of ship, not the ship or its size', () => {
    expect(read('Containership charter rates for a 4,250 TEU vessel held at about $42,000 per day.')[0]!.label).toBe('Containership charter rate');
    expect(read('One-year time charter rates for an 82,000 dwt Kamsarmax rose to $16,500 per day.')[0]!.label)
      .toBe('Kamsarmax one-year time charter rate');
    // A grade is no ship: the price of a grade keeps its name.
    expect(read('上海地区HRB400E 20mm螺纹钢价格报3260元/吨。')[0]!.label).toBe('螺纹钢价格');
  });
});

describe('a buyback', () => {
  it('names what it spent and what it has left', () => {
    const got = read('The company repurchased 2.4 million shares for $310 million during the quarter and has $1.9 billion remaining under its authorization.');
    // The count is named by what was done with the shares (it was "shares" before extractor 1.59.0).
    expect(got.map((m) => m.label)).toEqual(['shares repurchased', 'share repurchases', 'remaining repurchase authorization']);
  });
});

describe('the English of a Chinese interim report', () => {
  it('keeps "return on" inside the measure, and "business" whole', () => {
    expect(read('Return on equity was 12.1% in the quarter.')[0]!.label).toBe('Return on equity');
    expect(read("The Company's weighted average return on net assets was 7.82%, a decrease of 1.46 percentage points.")[0]!.label)
      .toBe('weighted average return on net assets');
    expect(read('The gross margin of the magnet business in the first half of the year was about 19.4%.')[0]!.label)
      .toBe('magnet business gross margin');
  });

  it('names a share by its part: the buyers a part went to, where revenue came from, the sum said before it', () => {
    const [, nev] = read('The Company sold about 21,300 tons of magnets, of which about 38% went to new energy vehicles.');
    expect(nev).toMatchObject({ label: 'new energy vehicle share of sales', entity: null });
    expect(read('Revenue from overseas customers accounted for 31.6% of total revenue.')[0]!.label).toBe('overseas share of total revenue');
    expect(read("The Company's R&D expenses were RMB 218 million, representing 4.8% of operating income.")[1]!.label)
      .toBe('R&D expenses share of operating income');
    expect(read('Guarantees amounted to RMB 3.842 billion, representing 41.6% of its latest audited net assets.')[1]!.label)
      .toBe('Guarantees share of latest audited net assets');
  });

  it('gives a project\'s tonnes after a capacity the capacity\'s name, not the project\'s', () => {
    const [, project] = read('The company has a capacity of 40,000 tons of magnets, and the Baotou phase II project of 20,000 tons is due in 2026.');
    expect(project!.label).toBe('magnets capacity');
  });
});

describe('Chinese statistics and results', () => {
  it('names a share reached of a total, a target\'s completion and real growth of industrial value added', () => {
    const [share] = read('据中国汽车工业协会统计，新能源汽车新车销量达到汽车新车总销量的47.2%。');
    expect(share).toMatchObject({ label: '新能源汽车新车销量占比', kind: 'share' });
    expect(read('钴产量为2,560吨，完成年度指引的85%。')[1]!.label).toBe('指引完成率');
    expect(read('10月份规模以上工业增加值同比实际增长4.9%。')[0]!.label).toBe('规模以上工业增加值');
    expect(read('2025年上半年，全国规模以上工业增加值同比增长6.4%。')[0]!.label).toBe('规模以上工业增加值');
  });
});

describe('a tally said as a bare number', () => {
  it('reads "our SKU count fell to 1,240" as a count, and leaves phone numbers, codes and notes out', () => {
    expect(read('Our SKU count fell to 1,240 in FY25.')[0]).toMatchObject({ value: 1240, unit: 'count', label: 'SKU count' });
    expect(read('For further information please call Investor Relations on +61 8 9321 4400.')).toEqual([]);
    expect(read('See Note 14 and Section 3.2 of the Annual Report; the notice was filed on Form 8-K.')).toEqual([]);
    expect(read('证券代码：600111 证券简称：北方稀土 公告编号：2025-068')).toEqual([]);
  });
});

describe('an earnings call write-up', () => {
  it('names the consensus a figure beat, what peaks and falls to below, a part named after its figure, a passive change', () => {
    expect(read('Third-quarter adjusted EPS of $1.42 beat the consensus of $1.31.')[1]!.label).toBe('adjusted EPS consensus');
    const debt = read('We now expect net debt to peak at around $14bn in the second half before falling to below $12bn by end-2026.');
    expect(debt.map((m) => m.label)).toEqual(['net debt', 'net debt']);
    expect(read('Capex is guided at $2.4-2.6bn for FY26, of which roughly $600m is growth capex.')[1]!.label).toBe('growth capex');
    expect(read('We expect capex of NOK 38–40 billion, of which roughly NOK 9 billion goes to the Skarvhøgda tie-back.')[1]!.label)
      .toMatch(/^Skarvhøgda tie-back capex/u);
    const [dividend] = read('The dividend was raised 8% to 52 cents a share.');
    expect(dividend).toMatchObject({ label: 'dividend per share', change: { value: 8, direction: 'up' } });
    expect(read('The interim dividend was cut 20% to 12p.')).toHaveLength(1);
  });

  it('reads points of growth as percentage points, "so" opening a subject of its own, and a retailer\'s 13 weeks', () => {
    const [, mix, organic] = read('Volumes declined 3% but price/mix contributed 5 points, so organic sales grew 2%.');
    expect(mix).toMatchObject({ unit: 'pp', kind: 'level' });
    expect(organic!.label).toBe('organic sales');
    expect(read('On a like-for-like basis, sales in the 13 weeks to 1 November rose 3.4%.')[0]!.period)
      .toMatchObject({ start: '2025-08-03', end: '2025-11-01' });
  });
});

describe('a hedging answer', () => {
  it('names what was sold forward, its average price and the share of output it hedges', () => {
    const got = read('As of 20 November we had sold forward 3,200 t of lithium carbonate on the LC2605 contract at an average of RMB84,600/t, around 22% of expected FY26 output.');
    expect(got.map((m) => m.label)).toEqual(['lithium carbonate sold forward', 'average hedged price', 'share of output hedged']);
    expect(read('The broker cut its forecast to US$85/dmt, citing 48Mt of new West African supply by 2027.')[1]!.label)
      .toBe('new West African supply');
  });
});

describe('a statistics release', () => {
  it('keeps national figures the market\'s in sentences opened by a measure, and a company\'s its own', () => {
    const stats = read('Australian Bureau of Statistics: exports of metalliferous ores were A$11.42 billion in November 2025. '
      + 'Spodumene shipments totalled 318,400 tonnes. Customs data showed steel exports of 10.46 million tonnes.');
    expect(stats.map((m) => m.entity)).toEqual(['market', 'market', 'market']);
    const own = read('UK house prices rose 3% in the year to March. Tesco expects FY25 revenue of £70 billion. A: We have 6 vessels on charter.');
    expect(own.slice(1).map((m) => m.entity)).not.toContain('market');
  });
});

describe('whose figure it is', () => {
  it('gives a passage opened by a name and what it runs to that name, and what a company says it will do to it', () => {
    const port = read('Terminal Andino del Pacífico, which runs the mineral berth at Callao, loaded 1.18 million wmt of concentrates in 2025.');
    expect(port[0]!.entity).toBe('Terminal Andino del Pacífico');
    const ships = read('Spot rates fell to US$1,720/TEU. Kaitai Marine Lines said it would deploy 11 ships of 13,000 TEU on its new loop.');
    expect(ships[1]!.entity).toBe('Kaitai Marine Lines');
  });
});

describe('a resource statement and a fleet count', () => {
  it('reads billions of tonnes, the grade of reported tonnes and how long a mine lasts or a project pays back', () => {
    const [tonnes, grade] = read('Mineral Resources at Lukanga West stand at 1.21 Bt grading 0.62% Cu.');
    expect(tonnes).toMatchObject({ value: 1_210_000_000, unit: 't', label: 'Mineral Resources' });
    expect(grade).toMatchObject({ value: 0.62, unit: '%', label: 'resource grade' });
    expect(read('Life of mine at Gamagara Extension is 27 years on Ore Reserves of 96.4 Mt.')[0]).toMatchObject({ value: 27, unit: 'yr' });
    expect(read('项目投资回收期6.2年（含建设期）。')[0]).toMatchObject({ value: 6.2, unit: 'yr', label: '项目投资回收期' });
    expect(read('Securities with maturity dates over one year and less than five years were $594 million.').map((m) => m.unit)).toEqual(['USD']);
    expect(read('The average age of the global Capesize fleet has risen to 12.3 years.')[0]!.label).toBe('average age of the global Capesize fleet');
  });

  it('counts "the number of X" and the same count at an earlier time, said bare, a week earlier being the week before', () => {
    expect(read('The number of fracturing fleets in operation reached 37 at the end of June.')[0]).toMatchObject({ value: 37, unit: 'count' });
    const [now, before] = read('Brokers counted 41 Capesize fixtures out of Brazil in the week to 10 October, against 33 a week earlier.');
    expect(now!.period).toMatchObject({ start: '2025-10-04', end: '2025-10-10' });
    expect(before).toMatchObject({ value: 33, unit: 'count', period: { start: '2025-09-27', end: '2025-10-03' } });
    expect(read('Its anchorage queue averaged 14 vessels in the week to 13 February (11 a week earlier).')[1]!.period)
      .toMatchObject({ start: '2025-01-31', end: '2025-02-06' });
    expect(read('Orders so far in 2026 total 19 LNG carriers worth $4.9 billion, against 41 in the whole of 2025.')[2])
      .toMatchObject({ value: 41, unit: 'count', period: { start: '2025-01-01' } });
  });
});

describe('a result set against its sign', () => {
  it('names the profit or loss compared with by the measure before it, and a charge on an asset by the asset', () => {
    expect(read('The miner posted a net loss of A$63.8 million, versus a profit of A$12.1 million a year earlier.')[1]!.label).toBe('net profit');
    expect(read('Operating cash flow was negative at -€145m, compared with an inflow of €310m in H1 2024.').map((m) => m.label))
      .toEqual(['Operating cash flow', 'Operating cash flow']);
    expect(read('公司前三季度归母净利润亏损3.2亿元，上年同期盈利1.8亿元。')[1]!.label).toBe('归母净利润');
    expect(read('Impairments totalled nearly $1bn, including $640m on the Rotterdam refinery.')[1]!.label).toBe('Rotterdam refinery impairment');
  });
});

describe('a Chinese release and a capacity said as a yearly rate', () => {
  it('leaves who published an index out of its name, and reads 产能为年产 as a yearly capacity', () => {
    expect(read('11月中国物流与采购联合会发布的制造业PMI为49.2%，比上月下降0.6个百分点。')[0]!.label).toBe('制造业PMI');
    expect(read('公司现有产能为年产12万吨，在建产能8万吨。')[0]).toMatchObject({ label: '产能', unit: 't/yr', kind: 'capacity' });
  });
});

describe('a grains and softs wrap', () => {
  it('reads a grain quote\'s fraction of a cent, never as a range, and leaves the delivery month out of the name', () => {
    const [beans] = read('CBOT soybeans for January delivery rose 12-1/4 cents to $11.02-1/2 a bushel.');
    expect(beans).toMatchObject({ value: 11.025, valueHigh: null, unit: 'USD/bu', label: 'CBOT soybeans price' });
    expect(beans!.change!.value).toBeCloseTo(0.1225, 6);
  });

  it('reads "settled down 41 cents, or 0.6%, at $63.82" as two changes of the price it settled at', () => {
    const got = read('Brent settled down 41 cents, or 0.6%, at $63.82 a barrel.');
    expect(got.map((m) => m.text)).toEqual(['$63.82 a barrel']);
    expect([got[0]!.change, ...got[0]!.moreChanges].map((c) => [c!.value, c!.unit])).toEqual([[-0.41, 'USD/bbl'], [-0.6, '%']]);
  });

  it('reads "the season to September" as the twelve months to the last September', () => {
    expect(read("India's sugar output in the season to September is estimated at 29.5 million tonnes.")[0]!.period)
      .toMatchObject({ start: '2024-10-01', end: '2025-09-30' });
  });
});

describe('a utility, a retailer and a REIT', () => {
  it('reads megalitres a day, a return on equity after its figure and a lease expiry in years', () => {
    const water = read('Water volumes supplied averaged 1,612 megalitres per day, and leakage fell to 492 Ml/d.');
    expect(water.map((m) => [m.value, m.unit])).toEqual([[1_612_000_000, 'L/d'], [492_000_000, 'L/d']]);
    expect(read('The utility targets a 7.5% nominal return on equity.')[0]!.label).toBe('nominal return on equity');
    expect(read('Occupancy stood at 96.2%, with a weighted average lease expiry of 4.6 years.')[1])
      .toMatchObject({ value: 4.6, unit: 'yr', label: 'weighted average lease expiry' });
  });

  it('names a share by the subject that "makes up" it, and a share of a share by its whole', () => {
    const got = read('Same-day delivery orders grew 31% and now make up 18% of online sales, which in turn represent 14% of group revenue.');
    expect(got.slice(1).map((m) => m.label)).toEqual(['Same-day delivery order share of online sales', 'online sales share of group revenue']);
  });
});

describe('the English of a Chinese IR answer', () => {
  it('reads a project\'s size as its capacity, dated by no commissioning month', () => {
    const [project] = read('A: The 400,000-ton copper smelting project was put into operation in June, and utilisation reached 78%.');
    expect(project).toMatchObject({ label: 'copper smelting project capacity', kind: 'capacity', period: null });
  });
});

describe('a gas wrap', () => {
  it('keeps pence per therm as the trade quotes it', () => {
    expect(read('TTF gas traded at €31.20/MWh, while UK NBP was 78 pence per therm.')[1])
      .toMatchObject({ value: 0.78, unit: 'GBP/therm', label: 'UK NBP price', entity: 'market' });
  });
});

describe('a Chinese price adjusted', () => {
  it('reads 下调30元/吨至2960元/吨 as a level and its change, 下调 left out of the name', () => {
    const got = read('唐山普方坯出厂价下调30元/吨至2960元/吨（含税）。');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ value: 2960, unit: 'CNY/t', label: '唐山普方坯出厂价', change: { value: -30, unit: 'CNY/t' } });
  });
});

describe('Chinese rail and mine figures', () => {
  it('names a running total by the measure it totals, and reads 年处理…能力 as a yearly capacity', () => {
    const [, total] = read('11月份，全国铁路发送煤炭1.98亿吨，同比增长2.6%；1-11月累计发送21.7亿吨。');
    expect(total!.label).toBe('铁路发送煤炭');
    expect(read('该项目设计年处理原矿能力为600万吨，预计2027年投产。')[0]).toMatchObject({ unit: 't/yr', kind: 'capacity' });
  });
});

describe('an IR call on output and debt', () => {
  it('names revised guidance by its measure, a figure expected after a share by the share\'s whole, and leverage "given"', () => {
    const copper = read('A: Copper production was 105,240 tonnes in the quarter, and we have narrowed full-year guidance to 370,000-400,000 tonnes.');
    expect(copper[1]!.label).toBe('Copper production guidance');
    expect(read('A: We shipped 18.7 GW in Q3, of which 42% went overseas, and expect 75-80 GW for the full year.')[2]!.label).toBe('shipments');
    expect(read('Net debt ended the quarter at $3.4 billion, giving leverage of 1.1x.')[1]!.label).toBe('leverage');
  });
});

describe('a shipowner\'s cover', () => {
  it('names the days covered, the charter rate they are covered at, and the index average compared with', () => {
    const got = read('We have fixed 45% of our 2026 Capesize days at an average of $21,300 per day, against the BCI 5TC average of $22,100.');
    expect(got.map((m) => m.label)).toEqual(['capesize days fixed', 'average capesize charter rate', 'BCI 5TC average']);
    expect(got[0]!.kind).toBe('share');
    expect(got[1]!.entity).not.toBe('market');
  });
});

describe('a company named by one word', () => {
  it('owns what it does, and its verb\'s measure leaves its name out of the label', () => {
    expect(read('Fortescue shipped 47.9 Mt in the quarter.')[0]).toMatchObject({ label: 'shipments', entity: 'Fortescue' });
    expect(read('Cameco expects to produce 18 million pounds in 2026.')[0]!.entity).toBe('Cameco');
    expect(read('Producers shipped 1.2 Mt of ore in October.')[0]!.entity).toBeNull();
    expect(read('Shipbuilders booked orders for 4.62 million dwt.')[0]!.entity).toBeNull();
  });
});

describe('who handled a measure', () => {
  it('leaves "handled by the Group\'s terminals" and a leading "reach" out of the label, and keeps "provided by"', () => {
    expect(read("Container throughput handled by the Group's terminals amounted to 8.42 million TEU.")[0]!.label).toBe('Container throughput');
    expect(read('We expect to reach nameplate capacity of 42 ktpa in the fourth quarter.')[0]!.label).toBe('nameplate capacity');
    expect(read('Net cash provided by investing activities was $412 million.')[0]!.label).toBe('Net cash provided by investing activities');
  });
});

describe('a Baltic route', () => {
  it('names a dry route\'s price per tonne its freight rate, and leaves C1 costs alone', () => {
    expect(read('The C5 West Australia–Qingdao route was assessed at US$10.85/wmt.')[0]!.label).toBe('C5 freight rate');
    expect(read('C1 cash costs were US$18.24/wmt.')[0]!.label).toBe('C1 cash cost');
  });
});

describe('a Chinese IR answer on shares and moves', () => {
  it('reads 由…的A提升至…的B as one measure moving, each level in its own year', () => {
    const [from, to] = read('答：公司海外收入占比由2023年的32%提升至2024年的41%。');
    expect(from).toMatchObject({ label: '海外收入占比', period: { start: '2023-01-01' } });
    expect(to).toMatchObject({ label: '海外收入占比', period: { start: '2024-01-01' }, change: { value: 9, unit: 'pp' } });
    expect(read('答：公司毛利率由上年的18.2%下降至15.6%。')[1]).toMatchObject({ label: '毛利率', change: { value: -2.6 } });
  });

  it('names a part\'s share after 其中, and leaves 具备 out of a capacity', () => {
    expect(read('答：目前公司在手订单约150亿元，其中海外订单约占60%。')[1]!.label).toBe('海外订单占比');
    expect(read('公司目前具备碳酸锂产能4万吨/年。')[0]!.label).toBe('碳酸锂产能');
  });
});
