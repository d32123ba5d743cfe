import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../electron/core/extract/extract.ts';

/*
 * Issue #12: figures as a Johannesburg, Santiago, Lima or Almaty desk reads them — local
 * currencies, platinum-group ounces, uranium tonnes, miners named for their metal, report
 * periods. Each sentence is written for this test, not taken from a labelled set.
 */

const read = (text: string, date = '2025-11-20') => extractFromText(text, { date, subject: null });
const pick = (text: string, date?: string) => read(text, date).map((m) => ({ text: m.text, value: m.value, unit: m.unit }));

describe('local currencies', () => {
  it('reads the rand written as R glued to an amount that is plainly money', () => {
    expect(pick('Headline earnings rose to R3.45 billion, and unit costs were R18,900/t.')).toEqual([
      { text: 'R3.45 billion', value: 3_450_000_000, unit: 'ZAR' },
      { text: 'R18,900/t', value: 18_900, unit: 'ZAR/t' },
    ]);
    expect(pick('Capex was R812m in the half.')[0]).toMatchObject({ value: 812_000_000, unit: 'ZAR' });
  });

  it('reads a bare R amount as rand only in a text about the rand, and leaves "R2" a name elsewhere', () => {
    expect(pick('Our target price for the JSE-listed miner rises to R96 from R88.')).toEqual([
      { text: 'R96', value: 96, unit: 'ZAR' },
      { text: 'R88', value: 88, unit: 'ZAR' },
    ]);
    expect(read('The R2 line of the refinery ran at 93% utilisation.').map((m) => m.text)).toEqual(['93%']);
  });

  it('reads cents in a report in rand as rand cents', () => {
    const dividend = read('Revenue was R9,410 million and a final dividend of 120 cents per share was declared.')[1]!;
    expect([dividend.value, dividend.unit]).toEqual([1.2, 'ZAR']);
  });

  it('reads the tenge, the Peruvian sol, the Chilean and Colombian pesos', () => {
    expect(pick('Revenue was ₸318.4 billion, EBITDA S/905 million and royalties Ch$12.7 billion, with Col$40 billion of fees.')).toEqual([
      { text: '₸318.4 billion', value: 318_400_000_000, unit: 'KZT' },
      { text: 'S/905 million', value: 905_000_000, unit: 'PEN' },
      { text: 'Ch$12.7 billion', value: 12_700_000_000, unit: 'CLP' },
      { text: 'Col$40 billion', value: 40_000_000_000, unit: 'COP' },
    ]);
  });
});

describe('prices that are no commodity\'s', () => {
  it('reads money per dollar as an exchange rate, and an ore priced per tonne unit per dmtu', () => {
    const [rate, premium] = read('The rand weakened to R18.04 per dollar, and the lump premium narrowed to US$0.42/dmtu.');
    expect([rate!.unit, rate!.label, rate!.entity]).toEqual(['ZAR/USD', 'rand exchange rate', 'market']);
    expect([premium!.value, premium!.unit]).toEqual([0.42, 'USD/dmtu']);
  });
});

describe('any currency by its ISO code or its sign', () => {
  it('reads ISO codes in capitals before or after an amount, and the naira, cedi and Egyptian pound signs', () => {
    expect(pick('Deposits rose to KES 912.4 billion, fees to 3.1 billion NGN, and capex was ₦240 billion, GH₵1.35 billion and E£6.2 billion.'))
      .toEqual([
        { text: 'KES 912.4 billion', value: 912_400_000_000, unit: 'KES' },
        { text: '3.1 billion NGN', value: 3_100_000_000, unit: 'NGN' },
        { text: '₦240 billion', value: 240_000_000_000, unit: 'NGN' },
        { text: 'GH₵1.35 billion', value: 1_350_000_000, unit: 'GHS' },
        { text: 'E£6.2 billion', value: 6_200_000_000, unit: 'EGP' },
      ]);
  });

  it('reads the naira written N in a text about Nigeria, codes glued to amounts, the Moroccan DH and two-decimal prices', () => {
    expect(pick('Lagos lender Oduduwa Bank said loans rose to N3.12 trillion and capex was NGN84bn.')).toEqual([
      { text: 'N3.12 trillion', value: 3_120_000_000_000, unit: 'NGN' },
      { text: 'NGN84bn', value: 84_000_000_000, unit: 'NGN' },
    ]);
    expect(pick('In Casablanca, Atlas Ciments sales reached DH 4.1 billion; the shares closed at EGP 21.35 in Cairo.')).toEqual([
      { text: 'DH 4.1 billion', value: 4_100_000_000, unit: 'MAD' },
      { text: 'EGP 21.35', value: 21.35, unit: 'EGP' },
    ]);
    expect(read('Nitrogen use rose: N2 fertiliser sales were flat.').map((m) => m.unit)).not.toContain('NGN');
  });

  it('reads French scales of money: milliards, Mds and Mrds, "de" or "d\'" before the currency, and FCFA', () => {
    expect(pick('Atlas Banque (Casablanca) net income was 5.64 Mds DH, against MAD 5.01bn a year earlier.')).toEqual([
      { text: '5.64 Mds DH', value: 5_640_000_000, unit: 'MAD' },
      { text: 'MAD 5.01bn', value: 5_010_000_000, unit: 'MAD' },
    ]);
    expect(pick('Le résultat net atteint 5,64 milliards de dirhams au Maroc.')[0]).toMatchObject({ value: 5_640_000_000, unit: 'MAD' });
    expect(pick('Capex came to 310 millions d\'euros.')[0]).toMatchObject({ value: 310_000_000, unit: 'EUR' });
    expect(pick('Dakar Telecom revenue was 1,650 milliards FCFA and capex 12 Mrds FCFA.')).toEqual([
      { text: '1,650 milliards FCFA', value: 1_650_000_000_000, unit: 'XOF' },
      { text: '12 Mrds FCFA', value: 12_000_000_000, unit: 'XOF' },
    ]);
    // "MDs" in English is doctors, not billions: only the capitalised French forms are scales without money before them.
    expect(pick('The clinic hired 12 MDs last year.').map((m) => m.value)).not.toContain(12_000_000_000);
  });

  it('reads cents written with their sign, of the dollar the letters before it name', () => {
    expect(pick('EPS was 52.6 US¢ and the dividend 18¢; raw sugar settled at 15.8¢/lb.').map((m) => [m.text, m.unit])).toEqual([
      ['52.6 US¢', 'USD'], ['18¢', 'USD'], ['15.8¢/lb', 'USD/t'],
    ]);
    expect(pick('EPS was 52.6 US¢.')[0]!.value).toBeCloseTo(0.526, 6);
    expect(pick('The shares closed at 412 GBp, or 412 GBX.').map((m) => [m.value, m.unit])).toEqual([[4.12, 'GBP'], [4.12, 'GBP']]);
  });

  it('reads thousands grouped by no-break or thin spaces as one number, never a row of figures split by spaces', () => {
    expect(pick('Headline earnings were R1\u00a0250 million; output was 1\u202f250\u202f000 tonnes and capex EUR 3\u2009450,5 million.')).toEqual([
      { text: 'R1\u00a0250 million', value: 1_250_000_000, unit: 'ZAR' },
      { text: '1\u202f250\u202f000 tonnes', value: 1_250_000, unit: 't' },
      { text: 'EUR 3\u2009450,5 million', value: 3_450_500_000, unit: 'EUR' },
    ]);
    expect(pick('Shipments by quarter were 120 340 560 tonnes.').map((m) => m.value)).not.toContain(120_340_560);
    // With ordinary spaces it may be one number or several: neither reading is taken, never 0 t or EUR 3.
    expect(pick('Revenue was EUR 3 450 million and the mine produced 1 250 000 tonnes.')).toEqual([]);
  });

  it('leaves capitals that are words or grades alone: "ALL 5", "92 RON" petrol', () => {
    expect(read('ALL 5 kilns restarted in May.').map((m) => m.unit)).not.toContain('ALL');
    expect(read('92 RON gasoline cracks were assessed at $9.80/bbl.').map((m) => m.text)).toEqual(['$9.80/bbl']);
  });
});

describe('metals as miners count them', () => {
  it('reads a price per ounce of a platinum-group basket as per troy ounce', () => {
    const [cost] = read('Unit costs came to R21,400/4E oz in the quarter.');
    expect(cost!.unit).toBe('ZAR/t');
    expect(cost!.value).toBeCloseTo(21_400 / 0.0000311034768, 0);
  });

  it('reads tonnes of uranium, and leaves out the share a range is counted at', () => {
    expect(pick('Output guidance is 5,200–5,600 tU (100% basis) for the year.')).toEqual([
      { text: '5,200–5,600 tU', value: 5_200, unit: 't' },
    ]);
    expect(read('Sales reached 2.1 Mt on a 70% attributable basis.').map((m) => m.text)).toEqual(['2.1 Mt']);
  });

  it('takes a chrome grade in brackets for a specification, not a figure', () => {
    expect(read('Metallurgical chrome ore (40% Cr2O3) was offered at US$271/t.').map((m) => m.text)).toEqual(['US$271/t']);
  });
});

describe('whose figure it is', () => {
  it('names a miner called after its metal, not an exchange price written the same way', () => {
    const [price, output] = read('LME Nickel closed at $15,300/t on Monday. Karatau Zinc said zinc output reached 142,000 tonnes in 2025.');
    expect(price!.entity).toBe('market');
    expect(output!.entity).toBe('Karatau Zinc');
  });

  it('gives a broker\'s research to the company it covers, not to the broker', () => {
    const metrics = read('恒信证券研报：岚峰矿业2025年前三季度矿产铜产量9.4万吨，同比增长6.1%。');
    expect(metrics.map((m) => m.entity)).toEqual(['岚峰矿业']);
  });

  it('knows Chinese miners by their metal (锰业, 锌业, 黄金) as it knows 矿业 and 铜业', () => {
    expect(read('赤岭锰业2025年半年度报告：报告期内电解锰产量为8.1万吨。', '2025-08-20')[0]!.entity).toBe('赤岭锰业');
    expect(read('据公告，西岚锌业1-9月锌锭产量22.4万吨。')[0]!.entity).toBe('西岚锌业');
  });

  it('gives the price of a purchase to the buyer, not to what is bought', () => {
    expect(read('Kestrel Copper agreed to buy Ravenwood Mining for US$1.2 billion in cash.')[0]!.entity).toBe('Kestrel Copper');
    const [price] = read('Announcement of Hualong Mining Group. The Company will acquire 60% of Marula Reef Mining for a consideration of ZAR 1.9 billion.');
    expect(price!.entity).toBe('Hualong Mining Group');
  });

  it('gives the figures of a national statistics office to the market', () => {
    expect(read('Statistics Mongolia: coal exports rose 6.2% year on year to 7.9 million tonnes in October.')[0]!.entity).toBe('market');
  });
});

describe('labels and changes', () => {
  it('gives "more than doubled to" no change, and leaves "more than" out of the label', () => {
    const [profit] = read('Net profit more than doubled to ₸64.1 billion.');
    expect([profit!.label, profit!.change]).toEqual(['Net profit', null]);
    expect(read('Output doubled to 6,140 t.')[0]!.change?.value).toBe(100);
  });

  it('keeps a second change listed after "on the quarter" as the level\'s, not a figure of its own', () => {
    const metrics = read('Zinc output was 61.2 kt, down 4% on the quarter and 7% y/y.');
    expect(metrics).toHaveLength(1);
    const [output] = metrics;
    expect([output!.change?.basis, output!.change?.value, output!.moreChanges.map((c) => [c.basis, c.value])])
      .toEqual(['yoy', -7, [['qoq', -4]]]);
  });

  it('names a 12-month or DCF-based target price a target price', () => {
    expect(read('Our 12-month target price rises to R61 from R55 on the JSE-listed miner.').map((m) => m.label)).toEqual(['target price', 'target price']);
    expect(read('We stay at Hold, with a DCF-based target price of C$3.15.')[0]!.label).toBe('target price');
  });

  it('leaves the basis of the change before out of the next label in a list', () => {
    const labels = read('Copper output rose 3% y/y and cobalt output fell 8.5% y/y.').map((m) => m.label);
    expect(labels).toEqual(['Copper output', 'cobalt output']);
  });

  it('leaves "a year earlier" out of the label of the figure it dates, and dates it a year before', () => {
    const [, before] = read('Cerro Pardo 3Q25 call: the result swung to a loss of US$21 million from a US$40 million profit a year earlier.');
    expect([before!.label, before!.period?.start, before!.period?.end]).toEqual(['profit', '2024-07-01', '2024-09-30']);
  });
});

describe('report periods', () => {
  it('dates the figures of "a 2024 annual report" to that year, and a bracketed prior year to the year before', () => {
    const [copper, before] = read('Minera Cerro Azul 2024 annual report: payable copper was 96,300 tonnes (2023: 91,050 tonnes).', '2025-03-20');
    expect([copper!.period?.start, copper!.period?.end]).toEqual(['2024-01-01', '2024-12-31']);
    expect([before!.period?.start, before!.period?.end]).toEqual(['2023-01-01', '2023-12-31']);
  });

  it('reads 年初至报告期末 in a quarterly report as the year to date, for the figures after it too', () => {
    const metrics = read('江岳矿业2025年第三季度报告：年初至报告期末，公司实现营业收入86.4亿元，同比增长12.1%；矿产铜产量7.2万吨。', '2025-10-28');
    expect(metrics.map((m) => [m.text, m.period?.start, m.period?.end])).toEqual([
      ['86.4亿元', '2025-01-01', '2025-09-30'],
      ['7.2万吨', '2025-01-01', '2025-09-30'],
    ]);
  });

  it('reads the fiscal year end from a fiscal half and the day it ended, for every FY of the passage', () => {
    const [now, before] = read('Ngwenya Platinum H1 FY26 results (six months to 31 December 2025): EBITDA rose to R4.1 billion from R3.3 billion in H1 FY25.', '2026-02-25');
    expect([now!.period?.start, now!.period?.end]).toEqual(['2025-07-01', '2025-12-31']);
    expect([before!.period?.start, before!.period?.end]).toEqual(['2024-07-01', '2024-12-31']);
  });

  it('reads 同期 as the period just named, for the whole sentence it opens', () => {
    const metrics = read('1-9月累计出口氧化铝96.3万吨。同期铝土矿进口量为1.58亿吨，其中自几内亚进口1.17亿吨。', '2025-10-20');
    expect(metrics.map((m) => [m.label, m.period?.start, m.period?.end])).toEqual([
      ['氧化铝出口量', '2025-01-01', '2025-09-30'],
      ['铝土矿进口量', '2025-01-01', '2025-09-30'],
      ['自几内亚进口量', '2025-01-01', '2025-09-30'],
    ]);
  });

  it('keeps the month a balance is averaged over, not the month\'s last day', () => {
    const [occupancy] = read('Quay occupancy averaged 68% in October.');
    expect([occupancy!.period?.start, occupancy!.period?.end]).toEqual(['2025-10-01', '2025-10-31']);
  });
});

describe('what these readings leave alone (a review\'s probes)', () => {
  it('reads an ISO code only before or after an amount written as money', () => {
    expect(read('The project has a post-tax NPV8 of US$1.2 billion and an IRR 24%.').map((m) => m.unit)).toEqual(['USD', '%']);
    expect(read('The NIO 250 kWh battery pack is standard.').map((m) => m.unit)).toEqual(['kWh']);
    expect(read('At COP 29 in Baku, pledges reached US$300 billion.').map((m) => m.unit)).toEqual(['USD']);
  });

  it('keeps US cents in a text that also writes C$ or speaks of the rand, and money per dollar of something a cost', () => {
    expect(read('Barrick earned 45 cents per share; its shares closed at C$38.20.')[0]!.unit).toBe('USD');
    expect(read('Newmont declared a dividend of 25 cents, while the rand weakened to R18.40 per dollar.')[0]!.unit).toBe('USD');
    expect(read('Costs were 95 cents per dollar of revenue in 2024.')[0]!.unit).toBe('USD');
  });

  it('reads a bare R as rand only where an amount is said, not in a road, a shaft or a ratio', () => {
    const metrics = read('In South Africa, traffic on the R40 highway rose 4%, and Shaft R1 produced 120,000 t.');
    expect(metrics.map((m) => m.unit)).toEqual(['%', 't']);
  });

  it('leaves bodies and markets named for a metal to the market, and a 业务 line no company', () => {
    expect(read('World Gold Council data show central banks bought 1,045 t in 2024.')[0]!.entity).toBe('market');
    expect(read('公司其中有机硅业务收入为30亿元。')[0]!.entity).toBeNull();
  });

  it('gives a price paid to the buyer named after "acquired by"', () => {
    expect(read('Kestrel Mining was acquired by Orion Resources for US$2 billion.')[0]!.entity).toBe('Orion Resources');
  });

  it('takes 同期 after a comparison as the period reported, and no year from a report still to come', () => {
    const [, , price] = read('1-9月铜产量为100万吨，上年同期为90万吨。同期锰矿价格为4.2美元/吨。', '2025-10-30');
    expect([price!.period?.start, price!.period?.end]).toEqual(['2025-01-01', '2025-09-30']);
    expect(read('Shares trade at US$4.10. Its 2024 annual report is due for a restatement.')[0]!.period).toBeNull();
  });
});
