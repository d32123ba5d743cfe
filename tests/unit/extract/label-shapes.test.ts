import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../electron/core/extract/extract.ts';

/*
 * Issue #12: labels a person would write for shapes analysts' prose uses often — a realised price with its
 * commodity, guidance given "to" a range, a margin said after its profit, a commodity listed after another's
 * production, a port that handled boxes, a Chinese loss. Each sentence is written for this test.
 */

const labels = (text: string, date = '2026-02-19') =>
  extractFromText(text, { date, subject: null }).map((m) => [m.text, m.label]);

describe('labels of common shapes', () => {
  it('keeps "realised" in a realised commodity price, and reads "realized" as a verb elsewhere', () => {
    expect(labels('The realised zinc price was US$2,790/t, and the realized average copper price US$9,410/t.')).toEqual([
      ['US$2,790/t', 'realised zinc price'], ['US$9,410/t', 'realized average copper price'],
    ]);
    expect(labels('The refiner realized operating income of $48 million.')).toEqual([['$48 million', 'operating income']]);
  });

  it('leaves out the verb that holds a figure where it was: keep, maintain, retain, reiterate, reaffirm', () => {
    expect(labels('We keep our target price of A$7.80 and maintain our EPS estimate of A$0.61.')).toEqual([
      ['A$7.80', 'target price'], ['A$0.61', 'EPS estimate'],
    ]);
    expect(labels('The CFO reaffirmed full-year EBIT guidance of KSh 165-170 billion.')[0]![1]).toBe('EBIT guidance');
  });

  it('ends a label at the comma before a clause that opens with its period, and leaves out "reached"', () => {
    expect(labels('The mill ran two months ahead of plan, and third-quarter copper production rose 18% to 23,400 tonnes.', '2026-11-12'))
      .toEqual([['23,400 tonnes', 'copper production']]);
    expect(labels('Plan was met, Q3 copper production was 23,400 tonnes.', '2026-11-12')).toEqual([['23,400 tonnes', 'copper production']]);
    expect(labels('The Kittila concentrator reached nameplate throughput of 4.2 Mtpa in October.')).toEqual([['4.2 Mtpa', 'nameplate throughput']]);
    // A list of years is one stretch: "for 2024, 2023 and 2022".
    expect(labels('Revenue for 2024, 2023 and 2022 was $5.1 million, $4.2 million and $3.3 million, respectively.').map((l) => l[1]))
      .toEqual(['Revenue', 'Revenue', 'Revenue']);
  });

  it('names guidance given to a range as guidance, with no period', () => {
    const [m] = extractFromText('Management guided 2026 free cash flow to $1.1–1.3 billion.', { date: '2026-02-19', subject: null });
    expect(m).toMatchObject({ label: 'free cash flow guidance', period: null });
  });

  it("gives a bare margin the profit measure said before it, and leaves other percentages alone", () => {
    expect(labels('Sales were EUR 4.2 billion and EBITDA EUR 610 million, a 14.5% margin, versus 13.1% a year earlier.')).toEqual([
      ['EUR 4.2 billion', 'Sales'], ['EUR 610 million', 'EBITDA'], ['14.5%', 'EBITDA margin'], ['13.1%', 'EBITDA margin'],
    ]);
    expect(labels('Revenue rose to EUR 4.2 billion, a 9% increase.').map(([, l]) => l)).not.toContain('Revenue margin');
  });

  it('gives a commodity listed alone the flow said for the one before it', () => {
    expect(labels('Lead production was 41,200 tonnes in May, and silver rose to 96 tonnes from 88 tonnes.', '2025-07-01')).toEqual([
      ['41,200 tonnes', 'Lead production'], ['96 tonnes', 'silver production'], ['88 tonnes', 'silver production'],
    ]);
    expect(labels('Output was 305,000 boe/d in the quarter, of which gas was 140,000 boe/d.', '2025-07-01')).toEqual([
      ['305,000 boe/d', 'Output'], ['140,000 boe/d', 'gas output'],
    ]);
    // A price is no flow: the commodity keeps its price.
    expect(labels('Nickel production was 9,800 tonnes; cobalt was US$33,000/t.', '2025-07-01')[1]).toEqual(['US$33,000/t', 'cobalt price']);
  });

  it("leaves a port out of what it handled: the port is the figure's owner", () => {
    const [m] = extractFromText('Port of Harrowgate handled 612,000 TEU in January, up 3.2% year on year.', { date: '2026-02-19', subject: null });
    expect(m).toMatchObject({ label: 'container throughput', entity: 'Port of Harrowgate' });
  });

  it('names a Chinese loss as analysts do: 归母净亏损, 扣非净亏损', () => {
    expect(labels('预计2025年度归属于上市公司股东的净利润亏损3.2亿元至3.9亿元；扣除非经常性损益后的净利润亏损3.6亿元至4.3亿元。', '2026-01-20'))
      .toEqual([['3.2亿元至3.9亿元', '归母净亏损'], ['3.6亿元至4.3亿元', '扣非净亏损']]);
  });

  it('names a percentage that is part of the figure before it as that part\'s share', () => {
    expect(labels('Cell shipments were 22.4 GWh, of which overseas markets took 38%.')[1]).toEqual(['38%', 'overseas share of shipments']);
    expect(labels('Deliveries reached 9.1 GW, of which TOPCon products accounted for 81%.')[1]).toEqual(['81%', 'TOPCon share of deliveries']);
    expect(labels('We sold 3.2 Mt of cathode, about 27% of it to European customers.')[1]?.[1]).toMatch(/^European share of /u);
    expect(labels('Korean yards won orders for 12.6 million dwt, 31% of the global total.')[1]).toEqual(['31%', 'share of global orders']);
    // A later figure does not take the share's part as its subject.
    expect(labels('Shipments were 4 GW, of which overseas markets took 40%. Shipments in the second half were 5 GW.')[2]?.[1])
      .toBe('Shipments');
  });
});

describe('units and changes a China desk writes', () => {
  const read = (text: string, date = '2025-11-14') => extractFromText(text, { date, subject: null });

  it('reads money per tonne of the product from 吨钢, 单吨 and 每吨 labels, and the change in that unit', () => {
    const [cost] = read('单吨现金成本降至5.4万元，较上季度下降3100元。');
    expect(cost).toMatchObject({ value: 54_000, unit: 'CNY/t', change: { value: -3100, unit: 'CNY/t' } });
    expect(read('公司热卷吨钢毛利约142元。')[0]).toMatchObject({ value: 142, unit: 'CNY/t' });
    // A daily average of tonnes changes in tonnes a day.
    expect(read('日均铁水产量241.3万吨，周环比增加1.6万吨。')[0]).toMatchObject({ unit: 't/d', change: { value: 16_000, unit: 't/d' } });
  });

  it('reads 周降 and 周增 as a week\'s move of the level before, not a figure of its own', () => {
    const metrics = read('本周钢厂高炉开工率82.4%，周降1.1个百分点；港口库存周增42万吨至1.49亿吨。');
    expect(metrics.map((m) => [m.text, m.change?.value, m.change?.unit, m.change?.basis])).toEqual([
      ['82.4%', -1.1, 'pp', 'unspecified'], ['1.49亿吨', 420_000, 't', 'unspecified'],
    ]);
  });

  it("measures 'since the end of the previous year' from the year before the figure's, not the document's", () => {
    const [assets] = read('Annual Results for the Year 2025 of Xiling Rural Bank: as at the end of the Reporting Period, total assets '
      + 'were RMB 88.4 billion, an increase of 7.2% as compared with the end of the previous year.', '2026-03-20');
    expect(assets!.change).toMatchObject({ basis: 'since', since: '2024-12-31' });
  });

  it('keeps a change with the level before it when a new clause with its own verb follows', () => {
    const metrics = read('Liftings were 2,410,000 TEU, up 3.1%, while average revenue per TEU fell to US$905 from US$1,020.', '2026-03-25');
    expect(metrics.map((m) => [m.text, m.unit, m.change?.value, m.change?.unit])).toEqual([
      ['2,410,000 TEU', 'TEU', 3.1, '%'], ['US$905', 'USD/TEU', -115, 'USD/TEU'], ['US$1,020', 'USD/TEU', undefined, undefined],
    ]);
  });

  it("reads a translated quarterly report's year to date, its title's period, and its shortened labels", () => {
    const text = 'Lanfeng Materials Co., Ltd. First Quarter Report 2026: net profit after deducting non-recurring gains and losses was '
      + 'RMB 41,208,553.10. Net cash flow from operating activities from the beginning of the year to the end of the Reporting Period '
      + 'was RMB 96,330,418.27, an increase of 12.40% year on year.';
    const [core, cash] = read(text, '2026-04-28');
    expect(core).toMatchObject({ label: 'net profit excluding non-recurring items', period: { start: '2026-01-01', end: '2026-03-31' } });
    expect(cash).toMatchObject({ label: 'Net cash flow from operating activities', period: { start: '2026-01-01', end: '2026-03-31' } });
  });

  it('names a plant sized before its phase number, and not a clause that follows the size', () => {
    expect(read('The 250,000 t/yr Phase 2 refinery at Hexi starts in 2027.', '2025-10-01')[0]!.label).toBe('Phase 2 refinery capacity');
    expect(read('Our capacity is 30,000 t/yr and will reach 45,000 t/yr once the Phase 3 line starts up.', '2025-10-01')[1]!.label)
      .not.toMatch(/once/u);
  });

  it("gives a central bank's rates and data to the market, and a bank that lends to itself", () => {
    const metrics = read('The Central Bank of Kenya held its policy rate at 9.50% on Tuesday, and inflation eased to 4.1% in October.', '2025-11-12');
    expect(metrics.map((m) => m.entity)).toEqual(['market', 'market']);
    expect(read('Equity Bank said its loans rose 5% to KSh 1.1 trillion.', '2025-11-12')[0]!.entity).toBe('Equity Bank');
  });

  it("lends a measure's subject to a bare measure in the same sentence, and across sentences only to the same measure", () => {
    expect(read('Copper production was 84,200 tonnes in the quarter. Output in the first half was 161,000 tonnes.', '2025-08-01')[1]!.label)
      .toBe('Copper output');
    expect(read('Gross external reserves rose to $43.6 billion. The central bank said it had sold $1.2 billion to dealers.', '2025-11-27')[1]!.label)
      .not.toMatch(/external/u);
  });

  it('gives a loss a minus sign, and a change between losses the sign that follows, while charges called losses stay positive', () => {
    const values = (text: string) => read(text, '2025-11-06').map((m) => [m.text, m.value, m.change?.value ?? null]);
    expect(values('The group swung to a net loss of US$41 million from a US$63 million profit a year earlier.')).toEqual([
      ['US$41 million', -41_000_000, null], ['US$63 million', 63_000_000, null],
    ]);
    expect(values('Its operating loss narrowed to 380 billion won from 1,120 billion won a year earlier.')).toEqual([
      ['380 billion won', -380e9, 740e9], ['1,120 billion won', -1120e9, null],
    ]);
    expect(values('预计2025年度归属于上市公司股东的净利润亏损2.2亿元至2.9亿元，上年同期亏损5.1亿元。').map(([, v]) => v)).toEqual([-220e6, -510e6]);
    expect(values('The impairment loss was $20 million, and credit losses were $5 million.').map(([, v]) => v)).toEqual([20e6, 5e6]);
    expect(values('Net profit after deducting non-recurring gains and losses was RMB 1.28 billion.').map(([, v]) => v)).toEqual([1.28e9]);
  });

  it("dates a bank's provision coverage to the day it stood at, like its NPL ratio", () => {
    const [npl, coverage] = read('3Q25: the NPL ratio was 1.19% at end-September, and provision coverage slipped to 298% from 321% a year earlier.', '2025-11-03');
    expect(npl!.period).toMatchObject({ start: '2025-09-30', end: '2025-09-30' });
    expect(coverage!.period).toMatchObject({ start: '2025-09-30', end: '2025-09-30' });
  });

  it('keeps 报价 as the quote it names, and leaves 现有 out of a capacity', () => {
    expect(read('公司当前N型组件报价约0.71元/W。公司现有电池片产能40GW。', '2025-10-30').map((m) => m.label)).toEqual(['N型组件报价', '电池片产能']);
  });

  it("keeps a company's purchase price its own, not the market's", () => {
    expect(read('答：公司多晶硅采购均价约49.8元/千克。', '2025-10-30')[0]).toMatchObject({ unit: 'CNY/t', entity: null });
  });

  it('signs only an amount the loss names, and moves a loss said to narrow or widen by an amount the signed way', () => {
    const values = (text: string) => read(text, '2025-11-06').map((m) => [m.value, m.change?.value ?? null]);
    expect(values('Loss-making Tarnow Steel reported revenue of US$1.1 billion in the quarter.')).toEqual([[1.1e9, null]]);
    expect(values('We recommend a long position with a stop-loss at $92 and a target of $110.').map(([v]) => v)).toEqual([92, 110]);
    expect(values("The company's losses were mainly due to a US$60 million inventory write-down.")).toEqual([[60e6, null]]);
    expect(values('Accumulated tax losses of US$450 million can be carried forward.')).toEqual([[450e6, null]]);
    expect(values('Net loss narrowed by US$15 million year on year to US$40 million.')).toEqual([[-40e6, 15e6]]);
    expect(values('Net loss widened by US$10 million to US$50 million.')).toEqual([[-50e6, -10e6]]);
    expect(values('Losses in the unit narrowed to KSh 13.9bn from KSh 18.4bn.')).toEqual([[-13.9e9, 4.5e9], [-18.4e9, null]]);
    expect(values('公司归母净亏损同比扩大0.5亿元至3.2亿元。')).toEqual([[-320e6, -50e6]]);
  });

  it('reads 周降 … 至 as a change and the level it reached, not a range', () => {
    expect(read('五大品种钢材社会库存周降25万吨至980万吨。').map((m) => [m.text, m.value, m.change?.value])).toEqual([['980万吨', 9_800_000, -250_000]]);
  });

  it("names a bank's margin after its net interest income, and no margin from another sentence", () => {
    expect(read('Net interest income rose 8% to US$2.3 billion, while the margin narrowed to 2.1%.', '2025-11-06')[1]!.label).toBe('net interest margin');
    expect(read('Net profit was US$50 million. Across the sector, margins averaged 8%.', '2025-11-06')[1]!.label).not.toMatch(/profit/u);
  });

  it("keeps a counted group in a share's part, without its article", () => {
    expect(read('Revenue rose to US$2.1 billion, of which the top five customers accounted for 38%.', '2025-11-06')[1]!.label)
      .toBe('top five customers share of revenue');
  });

  it('keeps a change off a level reached in a clause of its own, and a balance off the flow before it', () => {
    expect(read('Copper output increased 12% as grades improved to 0.85%.', '2025-11-06').map((m) => [m.text, m.label, m.change?.value ?? null]))
      .toEqual([['12%', 'Copper output', 12], ['0.85%', 'grades', null]]);
    expect(read('Zinc production was 40 kt, and copper was 20 kt in surplus.', '2025-11-06')[1]!.label).toBe('copper');
  });

  it('names a rate or freight "from A to (the) B" by its route, whatever its case', () => {
    expect(labels('Freight from Brazil to China rose 4% to US$24.10/t on Tuesday.')).toEqual([['US$24.10/t', 'Brazil–China freight']]);
    expect(labels('Rates from Shanghai to the US West Coast fell 6% to US$2,150/FEU.')).toEqual([['US$2,150/FEU', 'Shanghai–US West Coast rate']]);
  });

  it('keeps export inside a noun phrase, and leaves out a trailing verb, a left-over "as", a participle and an opening place', () => {
    expect(labels('Shipments were 47,906 tonnes at an average export price of $42.60/kg.')[1]).toEqual(['$42.60/kg', 'average export price']);
    expect(labels('The company will export 2 million tonnes.')).toEqual([['2 million tonnes', 'exports']]);
    expect(labels('Our long-run copper price stays at US$9,800/t.')).toEqual([['US$9,800/t', 'long-run copper price']]);
    expect(labels('The gearing ratio as at 30 June 2025 stood at 41.2%.', '2025-08-22')).toEqual([['41.2%', 'gearing ratio']]);
    expect(labels('We recorded a net loss of US$412.3 million, mainly reflecting inventory write-downs of US$187.0 million.')[1])
      .toEqual(['US$187.0 million', 'inventory write-downs']);
    expect(labels('On the C5 West Australia–Qingdao route rates firmed US$0.65 to US$10.85/t.')[0]![1]).not.toMatch(/^On the/u);
  });

  it('leaves when and how surely out of a Chinese label (指标落地后 … 短期将)', () => {
    expect(labels('业内人士预计，指标落地后氧化镨钕价格短期将在45万元/吨上下波动。')).toEqual([['45万元/吨', '氧化镨钕价格']]);
  });

  it('names a dividend per ten shares as analysts do (每10股派发现金红利5.20元 → 每10股现金红利)', () => {
    expect(labels('公司拟向全体股东每10股派发现金红利5.20元（含税）。', '2025-03-29')).toEqual([['5.20元', '每10股现金红利']]);
  });

  it('names a move of the shares the share price, not the exchange city or the company, and keeps its owner', () => {
    const read = (text: string) => extractFromText(text, { date: '2026-03-04', subject: null }).map((m) => [m.text, m.label, m.entity]);
    expect(read('Corvina Mining said output fell. The company\'s shares closed down 3.8% in Toronto.'))
      .toEqual([['3.8%', 'share price', 'Corvina Mining']]);
    expect(read('Shares of cathode maker Halden Energy Materials (300912.SZ) slumped 6.1%.'))
      .toEqual([['6.1%', 'share price', 'Halden Energy Materials']]);
    expect(labels('Revenue rose 5.1%, while shares outstanding fell 2%.')[1]).toEqual(['2%', 'shares outstanding']);
  });

  it('names an average quoted after a range by what was quoted, not by "averaging"', () => {
    expect(labels('Spot cobalt hydroxide was assessed at US$11.20–11.60/lb, averaging US$11.40/lb.', '2026-03-04')[1])
      .toEqual(['US$11.40/lb', 'Spot cobalt hydroxide average price']);
  });

  it('reads past a period set between commas to the measure named before it', () => {
    expect(labels('The board reaffirmed FY27 shipment guidance, for the year ending 31 March 2027, at 2.1–2.3 Mt.', '2026-03-04'))
      .toEqual([['2.1–2.3 Mt', 'shipment guidance']]);
    expect(labels('Net sales, in the second quarter, were $812 million.', '2026-08-04')).toEqual([['$812 million', 'Net sales']]);
  });

  it('names tonnes a company purchased its purchases, and money it paid by what it bought', () => {
    expect(labels('In 2025 the smelter purchased 212,400 tonnes of copper concentrate from third parties.', '2026-03-04')[0]![1])
      .toBe('copper concentrate purchases');
    expect(labels('The company purchased $1.2 billion of its shares.', '2026-03-04')[0]![1]).not.toMatch(/purchases/u);
  });

  it('names a figure with nothing but its unit by the measure last said in that unit, not by whose it was', () => {
    expect(labels('Inner Mongolia raw coal output was 118.4 Mt in November. 41.2 Mt came from Ordos.', '2025-12-15')[1])
      .toEqual(['41.2 Mt', 'raw coal output']);
  });

  it('names rates said alone by the route the sentence opened with, never by its day', () => {
    expect(labels('On the C3 route from Tubarao to Qingdao, rates eased to US$22.40/t.', '2025-11-14')).toEqual([['US$22.40/t', 'C3 rate']]);
    expect(labels('On the Transpacific trade, spot rates rose 4% to $2,310/FEU.', '2025-11-14')[0]![1]).toBe('Transpacific spot rate');
    expect(labels('On Monday, rates eased to US$10.15/t.', '2025-11-14')[0]![1]).toBe('rate');
  });

  it('names a discount or premium said alone by what it is measured against, not by a day\'s close', () => {
    expect(labels('The holding company trades at a 31% discount to its net asset value.', '2025-11-14')[0]![1]).toBe('discount to net asset value');
    expect(labels('Tapis traded at $71.10/bbl, a $2.40 premium to Dubai.', '2025-11-14')[1]).toEqual(['$2.40', 'premium to Dubai']);
    expect(labels('The placing was priced at 212p, a 6% discount to Monday\'s close.', '2025-11-14')[1]![1]).toBe('discount');
  });

  it('names a price a forecast rests on as a price assumption', () => {
    expect(labels('Our 2026 price deck assumes zinc at US$2,750/t.', '2025-11-14')[0]![1]).toBe('zinc price assumption');
    expect(labels('We raise our target to $41, assuming Brent of $68/bbl.', '2025-11-14')[1]![1]).toBe('Brent price assumption');
    expect(labels('We move to a lower cobalt price deck of US$14.50/lb.', '2025-11-14')[0]![1]).toBe('cobalt price assumption');
    expect(labels('Spot zinc traded at US$2,810/t on Tuesday.', '2025-11-14')[0]![1]).toBe('Spot zinc price');
    // "which we assume at" is the price assumed for the noun before the comma; a deck naming nothing assumes a price.
    expect(labels('Half the volume is priced off Henry Hub, which we assume at US$3.60/MMBtu.', '2025-11-14')[0]![1])
      .toBe('Henry Hub price assumption');
    expect(labels('Upside rests on nickel (our deck assumes US$17,200/t in 2027).', '2025-11-14')[0]![1]).toBe('price assumption');
  });

  it('names what a company still expects as its guidance, and leaves a broker\'s plain expectation alone', () => {
    expect(labels('A: Unit cost was US$41/t, and we still expect 2026 capex of US$310–330 million.', '2026-02-10')[1]![1]).toBe('capex guidance');
    expect(labels('A: We expect full-year throughput of about 6.2 Mt.', '2026-02-10')[0]![1]).toBe('throughput guidance');
    expect(labels('We expect the EBITDA margin to widen to 18.4% in 2027.', '2026-02-10')[0]![1]).not.toMatch(/guidance/u);
  });

  it('names a measure the way a desk writes it: daily before its subject, metal in concentrate whole, no article', () => {
    expect(labels('China\'s crude steel output fell 12.1% to 72.18 million tonnes in October, with daily output at 2.328 million '
      + 'tonnes. Output in the first ten months totalled 818 million tonnes.', '2025-11-14').map((l) => l[1]))
      .toEqual(['crude steel output', 'daily crude steel output', 'crude steel output']);
    expect(labels('Nickel in concentrate production was 18,420t.')[0]![1]).toBe('Nickel in concentrate production');
    expect(labels('EBITDA reflected a 21% fall in the realised nickel price to US$15,960/t.')[0]![1]).toBe('realised nickel price');
    expect(labels('项目达产后预计年均营业收入约42亿元。')[0]![1]).toBe('年均营业收入');
  });

  it('names a contract by what trades, not the exchange it trades on, and guidance without who kept it', () => {
    expect(labels('Rebar futures on the SHFE closed at 3,118 yuan/t.', '2025-11-14')[0]![1]).toBe('Rebar futures price');
    const kept = extractFromText('Management left full-year sales guidance unchanged at 820,000–850,000 tonnes. Rebar closed at '
      + '3,118 yuan/t.', { date: '2025-11-14', subject: null });
    expect(kept.map((m) => [m.label, m.period])).toEqual([['sales guidance', null], ['Rebar price', null]]);
  });

  it('leaves how a price moved out of which price it is', () => {
    expect(labels('We lower our FY26 NPAT forecast by 11% to A$412m on weaker spodumene prices (now US$850/t SC6).', '2025-11-14')[1]![1])
      .toBe('spodumene price');
  });

  it('leaves how a figure compares out of the label of what it is compared with', () => {
    expect(labels('Output guidance for 2026 was set at 310-330kt of payable copper, below consensus of 345kt.', '2025-11-14')[1]![1])
      .toBe('consensus');
  });

  it('lends no subject from a cost to a volume said after it in the sentence', () => {
    expect(labels('Cash conversion cost was RMB19,500/t, and we still expect 2025 sales of 24,000–27,000 tonnes.', '2025-06-05')[1]![1])
      .toBe('sales guidance');
    expect(labels('Lithium carbonate output and sales were 12,400 t and 11,900 t, respectively.').map((l) => l[1]))
      .toEqual(['Lithium carbonate output', 'Lithium carbonate sales']);
  });

  it('names "X averaging" the average X, and ends a noun phrase at "through"', () => {
    expect(labels('The line-up stood at 38 vessels, with waiting time averaging 9.5 days at berths.')[1]![1]).toBe('average waiting time');
    expect(labels('Volumes fell as the group passed through an average bean cost of ~US$4,900/t.')[0]![1]).toBe('average bean cost');
  });

  it('reads a verb joined by a hyphen before its noun as an adjective: "a C$18 million bought-deal financing"', () => {
    expect(labels('Selkirk launched a C$18 million bought-deal financing.')[0]![1]).toBe('bought-deal financing');
    expect(labels('It took a US$5 million cut-price stake.')[0]![1]).toBe('cut-price stake');
    expect(labels('Tsavo will deliver 2.1 Mt of ore.')[0]![1]).toBe('ore deliveries');
  });

  it('names what a company expects or guides to, and a cost guided with its output, as guidance with no period', () => {
    const [deliveries] = extractFromText('The company said it expects fourth-quarter deliveries of 150,000 to 160,000 vehicles.',
      { date: '2025-10-20', subject: null });
    expect(deliveries).toMatchObject({ label: 'deliveries guidance', period: null });
    expect(labels('Management guided to a capital adequacy ratio above 18% after the rights issue.', '2026-02-10')[0]![1])
      .toBe('capital adequacy ratio guidance');
    const [output, cost] = labels('Caskie guided FY26 production of 235,000–255,000 oz at AISC of A$2,250–2,450/oz.', '2025-10-20');
    expect([output![1], cost![1]]).toEqual(['production guidance', 'AISC guidance']);
    expect(labels('Analysts expect deliveries of 150,000 vehicles.', '2025-10-20')[0]![1]).not.toMatch(/guidance/u);
  });

  it('names a peer or sector average multiple by the multiple said before it', () => {
    expect(labels('The shares trade on 7.1x 2026E EV/EBITDA, below the sector median of 8.4x.', '2025-11-14')[1]![1]).toBe('sector median EV/EBITDA');
    expect(labels('At 11.2x P/E the stock trades below the 13.0x peer average.', '2025-11-14')[1]![1]).toBe('peer average P/E');
  });

  it('names a count of lots or contracts by the open interest or volume it is, and leaves other contracts counted', () => {
    expect(labels('The SHFE copper contract closed at 79,640 yuan/t, with open interest of 186,200 lots.', '2025-10-15')[1]![1]).toBe('open interest');
    expect(labels('Trading volume reached 2.4 million lots.', '2025-10-15')[0]![1]).toBe('Trading volume');
    expect(labels('The company signed 37 contracts in the quarter.', '2025-10-15')[0]![1]).toBe('contracts');
  });

  it('names ships or vessels counted after a verb by what the verb did to them', () => {
    expect(labels('Kestrel Shipping said it would deploy 9 ships on the new loop.', '2025-12-05')[0]![1]).toBe('ships deployed');
    expect(labels('The carrier plans to order 6 vessels this year.', '2025-12-05')[0]![1]).toBe('vessels ordered');
  });

  it('names "full-year 2026 guidance" by the measure said before it, its year being its period', () => {
    const said = 'Zinc production was 61,800 t in the quarter; full-year 2026 guidance is unchanged at 240,000–255,000 t.';
    expect(labels(said, '2026-04-20')[1]![1]).toBe('Zinc production guidance');
  });

  it('names a level said after ", which averaged" by the noun phrase "which" stands for', () => {
    const said = 'Revenue fell on lower realized cobalt hydroxide prices, which averaged $13.20 per pound in the year.';
    expect(labels(said, '2026-02-20')[0]![1]).toBe('average realized cobalt hydroxide price');
  });

  it('reads a subject past its period and its bracket to the verb, and a grade named first in the bracket is no figure', () => {
    const said = 'The price of tungsten concentrate (WO3 65%, dry basis) for the first quarter of 2026 shall be adjusted to RMB168,000 per tonne.';
    expect(labels(said, '2025-12-20')).toEqual([['RMB168,000 per tonne', 'tungsten concentrate price']]);
  });

  it('names what was used by its use ("used 5.3 TWh of electricity")', () => {
    expect(labels('Aluminium smelters, which used 61 TWh of electricity in 2024, cut output.', '2025-06-11')[0]![1]).toBe('electricity use');
  });

  it('reads a Chinese line named by its place ("越南二期年产2,000万平方米生产线") as that place\'s yearly capacity', () => {
    const [m] = extractFromText('越南二期年产2,000万平方米生产线预计2026年投产。', { date: '2025-11-12', subject: null });
    expect([m!.label, m!.unit, m!.value]).toEqual(['越南二期产能', 'm2/yr', 20_000_000]);
  });

  it('reads a phase of a yearly capacity said just before ("其中一期8万吨") as a capacity too', () => {
    const ms = extractFromText('公司规划年产30万吨正极材料项目，其中一期12万吨预计2026年投产。', { date: '2025-11-12', subject: null });
    expect(ms.map((m) => [m.text, m.unit, m.label])).toEqual([['30万吨', 't/yr', '正极材料项目产能'], ['12万吨', 't/yr', '一期产能']]);
  });

  it('reads a thing listed after a day\'s output of another ("日产原油136.5吨、天然气4.2万立方米") as a day\'s output too', () => {
    const ms = extractFromText('该井测试获日产原油88.2吨、天然气3.1万立方米。', { date: '2026-01-09', subject: null });
    expect(ms.map((m) => [m.unit, m.label.endsWith('日产天然气') || m.label.endsWith('日产原油')])).toEqual([['t/d', true], ['m3/d', true]]);
  });

  it('leaves a modal verb out of a label ("… shall be set at")', () => {
    expect(labels('The tolling fee for the first half of 2026 shall be set at US$180 per tonne.', '2025-12-20')[0]![1]).not.toMatch(/shall/u);
  });

  it('leaves an opening "but" out of a Chinese label, and a long aside does not cut its head', () => {
    expect(labels('公司钴产品销量约1.2万吨，同比增长8%，但销售均价同比下降约17%。', '2026-03-04')[1]).toEqual(['17%', '销售均价']);
    expect(labels('本周（3月2日-6日）青港PB粉（62.5% Fe）均价为768元/湿吨。', '2026-03-06')).toEqual([['768元/湿吨', '青港PB粉均价']]);
  });
});

describe('a pronoun where a measure should be', () => {
  it('is no label: "we\'ve kept", "the Company", "the price it realised"', () => {
    const label = (text: string) => extractFromText(text, { date: '2026-01-29', subject: null })[0]!.label;
    expect(label('"Look, we\'ve kept FY26 at 240 to 260 thousand tonnes," she said.')).toBe('quantity');
    expect(label('The supplier shall deliver to the Company not less than 9,000 tonnes of concentrate.')).not.toBe('Company');
    expect(label('The chrome price it realised fell to R3,050 a tonne.')).toBe('chrome price');
  });
});
