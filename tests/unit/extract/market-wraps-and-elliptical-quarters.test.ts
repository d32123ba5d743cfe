import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../electron/core/extract/extract.ts';

/*
 * Issue #12: sentences written for this file in the styles of a quarterly production report, a commodity price wrap,
 * a broker's note, a buyback notice and a Chinese 业绩预告, each one a reading the extractor first got wrong.
 */

const read = (text: string, date = '2025-11-20') => extractFromText(text, { date, subject: null });
const span = (p: { start: string; end: string } | null) => (p ? `${p.start}..${p.end}` : null);

describe('a quarter or a half said by its ordinal alone', () => {
  it('reads "against 64% in the second" after "the third quarter" as the second quarter', () => {
    const [now, before] = read('Utilisation averaged 71% in the third quarter against 64% in the second.');
    expect(span(now!.period)).toBe('2025-07-01..2025-09-30');
    expect(span(before!.period)).toBe('2025-04-01..2025-06-30');
  });

  it('takes the first quarter\'s "fourth" from the year before, and leaves "the first time" alone', () => {
    const [, before] = read('Margin was 18% in the first quarter, compared with 15% in the fourth.');
    expect(span(before!.period)).toBe('2024-10-01..2024-12-31');
    const [, again] = read('Output was 4.1 Mt in the third quarter and, for the first time, 1.2 Mt of it was exported.');
    expect(span(again!.period)).toBe('2025-07-01..2025-09-30');
  });
});

describe('a move over a stretch of time, said after the level', () => {
  it('gives "having gained 4.6% over the week" and "gaining 4.6%" to the price before', () => {
    for (const verb of ['having gained', 'gaining']) {
      const found = read(`Lithium carbonate futures settled at 74,350 yuan a tonne, ${verb} 4.6% over the week.`);
      expect(found).toHaveLength(1);
      expect(found[0]!.change).toMatchObject({ value: 4.6, unit: '%', direction: 'up' });
    }
  });

  it('reads "a gain of $2.75 over the month" as the move of the price per pound, not a price of its own', () => {
    const found = read('Uranium spot prices ended the month at $78.25 per pound U3O8, a gain of $2.75 over the month.');
    expect(found).toHaveLength(1);
    expect(found[0]!.change).toMatchObject({ direction: 'up', unit: 'USD/t' });
    // A gain that is no move of a level stays an amount.
    const sale = read('The company booked a gain of $45 million on the sale of its stake.');
    expect(sale[0]).toMatchObject({ value: 45_000_000, change: null });
  });
});

describe('a Chinese buyback notice', () => {
  it('reads a budget "不低于2亿元且不超过4亿元" as one range, with or without 人民币 and （含）', () => {
    const [budget] = read('回购资金总额不低于2亿元且不超过4亿元。');
    expect(budget).toMatchObject({ value: 200_000_000, valueHigh: 400_000_000, unit: 'CNY', label: '回购资金总额' });
    const found = read('本次回购资金总额不低于人民币1亿元（含）且不超过人民币2亿元（含），回购价格不超过人民币25.00元/股。');
    expect(found.map((m) => [m.value, m.valueHigh, m.label])).toEqual([[100_000_000, 200_000_000, '回购资金总额'], [25, null, '回购价格']]);
  });

  it('names the price a buyback is done at, and its cap, not by the words before it', () => {
    expect(read('公司拟以不超过每股18.5元的价格回购股份。')[0]!.label).toBe('回购价格上限');
    expect(read('公司拟以每股12元的价格增持股份。')[0]!.label).toBe('增持价格');
    expect(read('公司计划以集中竞价方式回购股份，回购价格上限为每股32元。')[0]!.label).toBe('回购价格上限');
  });
});

describe('guidance named by the measure before it', () => {
  it('does not lend a cost in dollars to guidance in tonnes', () => {
    const found = read('C1 cash costs rose to US$2.18/lb in the quarter from US$1.94/lb, and the company kept full-year '
      + 'guidance of 240,000–255,000 tonnes.');
    expect(found.at(-1)!.label).toBe('guidance');
  });

  it('reads "below guidance of" as guidance of the cost just said', () => {
    const found = read('FOB unit costs were A$598/t, below guidance of A$620–660/t.');
    expect(found[1]!.label).toBe('FOB unit costs guidance');
  });
});

describe('a list of comparison levels', () => {
  it('names each level of "versus $745 million and 35%" by the measure before it in its unit, in the period closing the list', () => {
    const found = read('Underlying EBITDA for the half was $812 million, a margin of 38%, versus $745 million and 35% in the '
      + 'first half of last year.');
    expect(found.slice(2).map((m) => [m.label, span(m.period)])).toEqual([
      ['Underlying EBITDA', '2024-01-01..2024-06-30'], ['Underlying EBITDA margin', '2024-01-01..2024-06-30']]);
    const [, , before, margin] = read('Revenue was $2.4 billion in 2025, with an operating margin of 14%, compared with '
      + '$2.1 billion and 12% in 2024.');
    expect([before!.label, span(before!.period), margin!.label]).toEqual(['Revenue', '2024-01-01..2024-12-31', 'operating margin']);
  });
});

describe('a forecast revised by a verb', () => {
  it('names the change by the forecast the verb revised, with its year as the period', () => {
    const [, , cut] = read('The broker cut its target price on Halden Solar to HK$14.20 from HK$16.80 and kept a hold rating, '
      + 'trimming its 2026 earnings forecast by 11%.');
    expect([cut!.label, span(cut!.period), cut!.change?.value]).toEqual(['earnings forecast', '2026-01-01..2026-12-31', -11]);
    expect(read('Analysts at the bank lowered their 2025 EBITDA estimate for the group by 9%.')[0]!.label).toBe('EBITDA estimate');
    expect(read('The company lowered unit cost guidance by 5%.')[0]!.label).toBe('unit cost guidance');
  });
});

describe('a desk note written in bullets', () => {
  it('reads "Brent: settled +$0.84 at $63.42/bbl" as the price with its rise, named by the heading', () => {
    const found = read('Brent: settled +$0.84 at $63.42/bbl; WTI +$0.71 at $59.80/bbl.');
    expect(found.map((m) => [m.label, m.value, m.change?.value])).toEqual([['Brent price', 63.42, 0.84], ['WTI price', 59.8, 0.71]]);
  });

  it('leaves the bullet out of a label, and reads "to end at $4,337.90" as the price per ounce it ended at', () => {
    const found = read('- Gold hit a record $4,381.20/oz intraday before paring gains to end at $4,337.90, up 0.6% d/d.');
    expect(found.map((m) => [m.label, m.unit])).toEqual([['Gold price', 'USD/t'], ['Gold price', 'USD/t']]);
    expect(found[1]!.value / found[0]!.value).toBeCloseTo(4337.9 / 4381.2, 6);
    expect(found[1]!.change).toMatchObject({ value: 0.6, basis: 'dod' });
  });

  it('reads mmBtu written in any case as MMBtu', () => {
    expect(read('Spot LNG was assessed at $11.05/mmBtu.')[0]!.unit).toBe('USD/MMBtu');
    expect(read('Henry Hub settled at $4.12 per mmBtu.')[0]!.unit).toBe('USD/MMBtu');
  });
});

describe('parts and additions of a stock said after it', () => {
  it('counts "of which 61,200 were BEVs" as a part of the deliveries, named in the singular', () => {
    const [, part] = read('Q3 deliveries came to 97,400 vehicles (+38% y/y), of which 61,200 were BEVs.');
    expect(part).toMatchObject({ value: 61_200, unit: 'count', label: 'BEV deliveries', period: { start: '2025-07-01' } });
  });

  it('reads "with 61.4 GW added in the first ten months" as capacity added, not a rise of the installed base', () => {
    const [base, added] = read('Installed wind capacity reached 521 GW by end-October, with 61.4 GW added in the first ten months.');
    expect(base!.change).toBeNull();
    expect([added!.label, added!.value, span(added!.period)]).toEqual(['wind capacity added', 61_400_000, '2025-01-01..2025-10-31']);
  });
});

describe('an IR answer and a reserves release in Chinese', () => {
  it('names "届时总产能将达到7万吨/年" by the capacity, without 届时 and 将', () => {
    const found = read('公司现有碳酸锂产能4万吨/年，在建的二期项目预计2026年投产，届时总产能将达到7万吨/年。');
    expect(found.map((m) => m.label)).toEqual(['碳酸锂产能', '总产能']);
  });

  it('gives foreign-exchange reserves to the market, as a nation\'s measure', () => {
    expect(read('截至10月末，中国外汇储备规模为33430亿美元，较9月末上升427亿美元。')[0]!.entity).toBe('market');
  });
});

describe('an earnings call\'s comparisons', () => {
  it('reads "a 15% jump in Vietnam" as Vietnam\'s own change, not a second change of the region\'s level', () => {
    const [level, vietnam] = read('Sales volumes in Southeast Asia climbed 9% to 3.4 million tonnes, helped by a 15% jump in '
      + 'Vietnam, while China volumes slipped 2%.');
    expect(level!.moreChanges).toEqual([]);
    expect([vietnam!.label, vietnam!.change?.value]).toEqual(['Vietnam sales volumes', 15]);
  });

  it('prices "a touch below the LME average of US$4.38" per pound, as the realised price before it', () => {
    const [own, lme] = read('Our average realised copper price was US$4.31 a pound in the quarter, a touch below the LME average '
      + 'of US$4.38.');
    expect([lme!.label, lme!.unit]).toEqual(['LME average price', 'USD/t']);
    expect(lme!.value / own!.value).toBeCloseTo(4.38 / 4.31, 6);
  });

  it('derives the change of a share "up from 12% two years ago" across a long complement', () => {
    const [share] = read('Freight costs now account for about 18% of the delivered cost of a tonne of ore into China, up from 12% '
      + 'two years ago.');
    expect(share!.change).toMatchObject({ value: 6, unit: 'pp', direction: 'up' });
  });
});

describe('an HKEX interim announcement', () => {
  const defined = 'For the six months ended 30 June 2025 (the "Reporting Period"), revenue fell 8.7%. ';
  const margin = 'The gross profit margin decreased from approximately 21.3% for the six months ended 30 June 2024 to '
    + 'approximately 18.9% for the Reporting Period.';

  it('dates "18.9% for the Reporting Period" by the period the passage defined, and never by the comparative\'s', () => {
    const [, before, now] = read(defined + margin, '2025-08-28');
    expect([before!.label, span(before!.period)]).toEqual(['gross profit margin', '2024-01-01..2024-06-30']);
    expect([now!.label, span(now!.period)]).toEqual(['gross profit margin', '2025-01-01..2025-06-30']);
    expect(now!.change).toMatchObject({ value: -2.4, unit: 'pp' });
    // Undefined in the passage, the Reporting Period is left for review rather than taken from the comparative.
    expect(read(margin, '2025-08-28')[1]!.period).toBeNull();
  });

  it('reads "as compared with the corresponding period in 2024" as year on year', () => {
    const [revenue] = read('For the six months ended 30 June 2025, the Group recorded revenue of approximately RMB3,482.6 million, '
      + 'representing a decrease of approximately 8.7% as compared with the corresponding period in 2024.', '2025-08-28');
    expect(revenue!.change).toMatchObject({ value: -8.7, basis: 'yoy' });
  });

  it('names a ratio by its name, past the aside saying how it is calculated', () => {
    const found = read('As at 30 June 2025, the Group\'s gearing ratio, calculated as total borrowings divided by total equity, '
      + 'was approximately 46.2% (31 December 2024: 41.8%).', '2025-08-28');
    expect(found.map((m) => m.label)).toEqual(['gearing ratio', 'gearing ratio']);
  });
});

describe('a steel and solar price wrap', () => {
  it('leaves a survey\'s sample out of the label', () => {
    const [rate] = read('The average utilisation rate of 247 blast furnaces surveyed by Mysteel rose 0.6 percentage point week on '
      + 'week to 83.9%.');
    expect(rate!.label).toBe('average utilisation rate');
  });

  it('takes the size a price is quoted for as no figure', () => {
    const found = read('Wafer prices slipped 2% to RMB 1.18 per piece for 182mm.');
    expect(found.map((m) => m.text)).toEqual(['RMB 1.18']);
  });
});

describe('a Chinese buyback progress notice and an IR answer', () => {
  it('counts shares in 股, 万股 and 亿股, but not the shares a dividend or a bonus issue is reckoned per', () => {
    const found = read('公司拟以总股本6.12亿股为基数，向全体股东每10股派发现金红利3.5元，每10股转增4股。');
    expect(found.map((m) => [m.text, m.unit, m.label, m.period])).toEqual([
      ['6.12亿股', 'count', '总股本', null], ['3.5元', 'CNY', '每10股现金红利', null]]);
    const [count, share] = read('截至2025年10月31日，公司通过集中竞价交易方式已累计回购股份1,256万股，占公司总股本的1.02%。');
    expect([count!.value, count!.label, share!.label]).toEqual([12_560_000, '回购股份', '回购股份占比']);
    // A price per share stays money.
    expect(read('回购价格不超过人民币42.80元/股。')[0]!.unit).toBe('CNY');
    expect(read('持股5%以上股东减持1,200万股。').map((m) => m.text)).toEqual(['1,200万股']);
  });

  it('reads "预计年底提升至70%" as the measure before, looked ahead to, not the half just reported', () => {
    const [, ahead] = read('2025年上半年公司锂精矿自给率约为55%，预计年底提升至70%左右。');
    expect([ahead!.label, ahead!.period]).toEqual(['锂精矿自给率', null]);
  });

  it('leaves 本周 out of a label', () => {
    expect(read('铜精矿现货加工费（TC）本周报-42.5美元/干吨，较上周下跌3.1美元/干吨。')[0]!.label).toBe('铜精矿现货加工费');
  });
});

describe('a 10-Q\'s results paragraph', () => {
  it('reads "the third quarter of fiscal 2025" as that quarter, and the same quarter of fiscal 2024 as year on year', () => {
    const [sales] = read('Net sales for the third quarter of fiscal 2025 were $1.84 billion, an increase of $142 million, or 8.4%, '
      + 'compared to the third quarter of fiscal 2024.', '2025-11-05');
    expect(span(sales!.period)).toBe('2025-07-01..2025-09-30');
    expect([sales!.change?.basis, sales!.moreChanges[0]?.basis]).toEqual(['yoy', 'yoy']);
  });

  it('gives "$96 million in the quarter" no period from "and we now expect full-year capex"', () => {
    const [quarter, year] = read('Capital expenditures were $96 million in the quarter and we now expect full-year capex of '
      + 'approximately $380 million.', '2025-11-05');
    expect(quarter!.period).toBeNull();
    expect(span(year!.period)).toBe('2025-01-01..2025-12-31');
  });
});

describe('a minor-metals price note', () => {
  const note = 'Tungsten APT, Rotterdam: US$1,020-1,060/mtu in warehouse, up from US$985-1,015/mtu on Monday; ferro-tungsten '
    + '(75% W) held at US$128/kg W. NdPr oxide in China rose 2.1% on the day to CNY 612,500/t, its highest since August. '
    + 'Spodumene SC6 CIF China was US$1,185/t, up US$35/t from the previous day.';
  const found = read(note, '2026-03-05');

  it('ends a sentence after an element\'s symbol, and names neither the grade nor the element as a figure', () => {
    expect(found.map((m) => m.text)).not.toContain('75%');
    expect(found.find((m) => m.text === 'US$128/kg')!.label).toBe('ferro-tungsten price');
    expect(found.find((m) => m.text === 'CNY 612,500/t')!.label).toBe('NdPr oxide price');
  });

  it('measures "up from … on Monday" since Monday, and dates no later quote by the day compared with', () => {
    expect(found[0]!.change).toMatchObject({ value: 35, basis: 'since', since: '2026-03-02' });
    expect(found.find((m) => m.text === 'US$1,185/t')!.period).toBeNull();
  });
});

describe('a notice about a subsidiary\'s project', () => {
  it('gives the project\'s figures to the subsidiary that builds it, not to the listed parent in the heading', () => {
    const found = read('证券代码：002999　证券简称：澜沧矿业　公告编号：临2025-031。公司全资子公司云岫新材有限公司年产3万吨'
      + '磷酸铁锂项目已建成投产，项目总投资12.4亿元。');
    expect(found.map((m) => m.entity)).toEqual(['云岫新材', '云岫新材']);
    // A subsidiary named only in passing leaves the figures with the parent.
    expect(read('证券简称：澜沧矿业。公司2025年前三季度营业收入58.2亿元，公司为全资子公司云岫新材有限公司提供担保。')[0]!.entity)
      .toBe('澜沧矿业');
  });
});

describe('labels that were a word of the comparison or a bracket', () => {
  it('names "the 4,685 tU of 1H24" after "8% below" by the measure it is set against', () => {
    const [, before] = read('Production attributable to the group came to 4,310 tU, 8% below the 4,685 tU of 1H24.', '2025-08-20');
    expect([before!.label, span(before!.period)]).toEqual(['Production attributable to the group', '2024-01-01..2024-06-30']);
  });

  it('names "（目前为3.15%）" by the measure its clause named, and a heading by its commodity', () => {
    const found = read('贷款额度不超过28亿元，期限7年，利率为5年期LPR减35个基点（目前为3.15%）。');
    expect(found.at(-1)!.label).toBe('利率');
    expect(read('Aluminium: SHFE 2604 closed at Rmb20,415/t on 5 February.', '2026-02-06')[0]!.label).toBe('Aluminium price');
  });
});

describe('a payables note', () => {
  it('derives the move of "rose to 92% of the … price, from 88%" across what the share is of', () => {
    const [now] = read('Cobalt hydroxide payables rose to 92% of the Fastmarkets standard-grade cobalt price, from 88% in September.');
    expect(now!.change).toMatchObject({ value: 4, unit: 'pp', direction: 'up' });
  });
});

describe('a Chinese statistics release that says 同比 once', () => {
  it('reads a bare change listed after a year-on-year one in the sentence as year on year', () => {
    const found = read('1-10月，全国房地产开发投资73563亿元，同比下降14.7%；其中，住宅投资56601亿元，下降14.0%。');
    expect(found.map((m) => m.change?.basis)).toEqual(['yoy', 'yoy']);
    // Not a change said with a basis of its own (环比).
    const week = read('铝锭均价为20,580元/吨，同比上涨3.1%，社会库存环比减少1.6万吨至58.3万吨。');
    expect(week[1]!.change?.basis).not.toBe('yoy');
  });
});

describe('a broker note\'s slash pairs and targets', () => {
  it('pairs "FY26E/FY27E EPS by 9%/4% to ₹31.5/₹38.2" year by year, each level with its own cut', () => {
    const found = read('We cut FY26E/FY27E EPS by 9%/4% to ₹31.5/₹38.2 respectively.', '2026-02-10');
    expect(found.map((m) => [m.text, m.change?.value, span(m.period)])).toEqual([
      ['₹31.5', -9, '2025-04-01..2026-03-31'], ['₹38.2', -4, '2026-04-01..2027-03-31']]);
    const cuts = read('We cut FY26E/FY27E EBITDA by 4%/3%.');
    expect(cuts.map((m) => [m.change?.value, span(m.period)])).toEqual([[-4, '2026-01-01..2026-12-31'], [-3, '2027-01-01..2027-12-31']]);
  });

  it('gives a TP, its earlier value in a bracket and the upside no period, and names the earlier value as the TP', () => {
    const found = read('We roll forward to a Sep-27 TP of Rs 1,180 (earlier Rs 1,240), implying 14% upside.', '2026-02-10');
    expect(found.map((m) => [m.label, m.period])).toEqual([['Sep-27 TP', null], ['Sep-27 TP', null], ['upside', null]]);
  });

  it('reads "¥" in English prose with nothing Chinese around it as yen', () => {
    expect(read('Hanwa Chemical\'s operating profit came to ¥18.6 billion.')[0]!.unit).toBe('JPY');
    expect(read('Shanghai aluminium closed at ¥20,415 a tonne.')[0]!.unit).toBe('CNY/t');
  });
});

describe('what a named port holds or handles', () => {
  it('gives stocks and arrivals at a named port to the port, and a freight route to the market', () => {
    expect(read('Manganese ore stocks at Tianjin Port stood at 4.82 million tonnes on January 30.')[0]!.entity).toBe('Tianjin Port');
    const cjk = read('3月6日-3月12日，钦州港锰矿到港量为38.6万吨，环比减少9.4%；截至3月12日，钦州港锰矿库存112.4万吨。');
    expect(cjk.map((m) => m.entity)).toEqual(['钦州港', '钦州港']);
    expect(read('本周南非伊丽莎白港至中国北方港口超灵便型船锰矿运费报24.8美元/吨。')[0]!.entity).toBe('market');
    // A group of ports is the market's.
    expect(read('环渤海九港煤炭库存为2,846万吨。')[0]!.entity).not.toBe('环渤海九港');
  });
});

describe('a benchmark set ahead and growth that offsets', () => {
  it('dates "the benchmark for the first half of December", set in November, in the coming December', () => {
    const [hpm] = read('Indonesia\'s nickel ore benchmark (HPM) for the first half of December was set at $28.40 per wet tonne.');
    expect(span(hpm!.period)).toBe('2025-12-01..2025-12-15');
    // Said of a month behind, the same words keep the month just past.
    expect(span(read('Output in the first half of October was 1.2 Mt.')[0]!.period)).toBe('2025-10-01..2025-10-15');
  });

  it('names "partly offset by 7% volume growth" by the growth, not the verb', () => {
    const found = read('Net sales fell 41% to $712 million as pricing dropped 44%, partly offset by 7% volume growth.');
    expect(found.at(-1)!.label).toBe('volume growth');
  });
});

describe('a Chinese broker note\'s slash lists', () => {
  it('reads "PE分别为22/18/15倍" as three multiples, never 22 divided by 18', () => {
    const found = read('当前股价对应PE分别为22/18/15倍。');
    expect(found.map((m) => [m.value, m.unit])).toEqual([[22, 'x'], [18, 'x'], [15, 'x']]);
    expect(read('Output rose by 1/2 in the quarter to 3 Mt.').map((m) => m.value)).not.toContain(22 / 18);
  });

  it('names each ratio of "销售/管理/研发/财务费用率分别为…" and pairs its signed move', () => {
    const found = read('期间费用方面，销售/管理/研发/财务费用率分别为3.2%/4.1%/5.6%/0.8%，同比分别-0.3/-0.2/+0.4/-0.1pct。');
    expect(found.map((m) => [m.label, m.value, m.change?.value, m.change?.unit])).toEqual([
      ['销售费用率', 3.2, -0.3, 'pp'], ['管理费用率', 4.1, -0.2, 'pp'], ['研发费用率', 5.6, 0.4, 'pp'], ['财务费用率', 0.8, -0.1, 'pp']]);
  });
});

describe('an 互动易 answer', () => {
  it('names "预计全年出货量有望超过2GWh" by the measure, and takes a foil\'s thickness as no figure', () => {
    const found = read('公司钠离子电池今年前三季度累计出货约1.2GWh，预计全年出货量有望超过2GWh。', '2025-10-25');
    expect(found.map((m) => m.label)).toEqual(['出货量', '出货量']);
    expect(read('目前6μm锂电铜箔加工费约为1.6万元/吨，较年初下降约15%。').map((m) => m.text)).toEqual(['1.6万元/吨']);
  });
});

describe('a grains and softs wrap', () => {
  it('reads "186.0 bushels an acre from 183.1 in August" as a yield per acre moved from the August estimate', () => {
    const [now, before] = read('The USDA raised its estimate of the US corn yield to 186.0 bushels an acre from 183.1 in August.');
    expect([now!.unit, now!.period, now!.change?.value]).toEqual(['bu/acre', null, 2.9]);
    expect([before!.value, before!.unit, span(before!.period)]).toEqual([183.1, 'bu/acre', '2025-08-01..2025-08-31']);
  });

  it('dates a price "for March delivery" in the coming March', () => {
    expect(span(read('Arabica futures for March delivery settled at $3.84 a pound.')[0]!.period)).toBe('2026-03-01..2026-03-31');
  });
});

describe('readings a review of this round found too broad', () => {
  it('keeps "¥" as yuan beside a Chinese company or Hong Kong listing', () => {
    expect(read('BYD reported third-quarter net profit of ¥7.8 billion, down 33% year on year.')[0]!.unit).toBe('CNY');
    expect(read('Zijin Mining, listed in Hong Kong, said net profit rose 52% to ¥37.8 billion.')[0]!.unit).toBe('CNY');
  });

  it('reads a comparison with the fourth quarter of last year, said of a first quarter, as no year on year', () => {
    const [revenue] = read('Revenue was $2.1 billion in the first quarter of 2025, up 5% compared with the fourth quarter of 2024.',
      '2025-05-10');
    expect(revenue!.change?.basis).not.toBe('yoy');
  });

  it('keeps a loss or a gain after a level that is no price as an amount of its own', () => {
    const found = read('The company reported revenue of $3.4 billion, a loss of $210 million for the quarter.');
    expect(found[0]!.change).toBeNull();
    expect(found[1]).toMatchObject({ kind: 'level' });
  });

  it('reads no share count in an index future\'s name, and no grade in "W/W"', () => {
    expect(read('沪深300股指期货主力合约上涨0.8%，收于3950点。').map((m) => m.unit)).not.toContain('count');
    const [stocks] = read('Steel rebar inventories fell 3.2% W/W to 5.1 Mt.');
    expect(stocks!.change).toMatchObject({ value: -3.2 });
  });

  it('leaves the parent\'s own results with the parent when a notice also names a subsidiary\'s project', () => {
    const found = read('证券简称：沅江钴镍。公司全资子公司雅江锂材有限公司年产5万吨锂盐项目已建成投产。公司2025年前三季度实现营业收入45.6亿元。');
    expect(found.at(-1)!.entity).toBe('沅江钴镍');
  });

  it('stops a 同比 at a semicolon that opens another measure', () => {
    const found = read('截至11月14日，全国45港铁矿石库存为1.5亿吨，同比增加5%；247家钢厂高炉开工率为82%，增加0.5个百分点。');
    expect(found.at(-1)!.change?.basis).not.toBe('yoy');
  });

  it('leaves an ordinal alone unread where the fiscal year ends in another month', () => {
    const found = read('The company\'s fiscal year ends on 30 June. Gross margin was 41% in the first quarter of fiscal 2025, '
      + 'against 43% in the second.');
    expect(found.at(-1)!.period?.end).not.toBe('2025-06-30');
  });

  it('pairs a list of three years with three figures, and a slash pair of another kind with none', () => {
    const found = read('We cut FY26E/FY27E/FY28E EPS by 9%/4%/2%.');
    expect(found.map((m) => m.period?.start.slice(0, 4))).toEqual(['2026', '2027', '2028']);
    const cases = read('We cut FY26E/FY27E EPS by 9%/4%; our bull/bear case values are ₹40/₹25.');
    // Bull and bear values are no years' figures: they are not spread over FY26E and FY27E.
    expect(new Set(cases.slice(2).map((m) => m.period?.start)).size).toBe(1);
  });

  it('takes no month, acronym, company name or period for a place, a heading or a comparison word', () => {
    const [shipments] = read('Iron ore shipments reached 80 Mt, a 5% rise in March.');
    expect(shipments!.change).toMatchObject({ value: 5 });
    expect(read('Under Armour revenue fell 5% to $1.3 billion.')[0]!.label).toBe('Under Armour revenue');
    expect(read('Q3: $1.2 billion, up 8% year on year.')[0]!.label).not.toBe('Q3');
    expect(read('Manganese ore stocks at Tianjin Port and Qinzhou Port totalled 4.3 Mt on Friday.')[0]!.entity).not.toBe('Tianjin Port');
    expect(read('本周，日照港等港口铁矿石库存为3200万吨。')[0]!.entity).not.toBe('日照港');
  });

  it('keeps capacity installed before a year as the stock, and a restating 即 bracket as its own measure', () => {
    const found = read('Installed coal power capacity stood at 1,190 GW, and 150 GW installed before 2000 faces retirement.');
    expect(found[1]!.label).not.toMatch(/added$/u);
    expect(read('本次回购比例为总股本的1%（即1000万股）。').at(-1)!.label).not.toBe('本次回购比例');
  });

  it('never dates "for the Reporting Period" by a comparative said in an earlier sentence', () => {
    const found = read('Revenue decreased from approximately HK$1.5 billion for the six months ended 30 June 2024 to approximately '
      + 'HK$1.2 billion for the Reporting Period. The gross profit margin was approximately 18.9% for the Reporting Period.',
    '2025-08-28');
    expect(found.at(-1)!.period).toBeNull();
  });
});

describe('where a Chinese label says what a figure is set against or where', () => {
  it('leaves 对应 and 国内 out of a label', () => {
    expect(read('2026年归母净利润上调至18.3亿元，对应PE 21倍。')[1]!.label).toBe('PE');
    expect(read('本周国内电解铝社会库存为46.2万吨。')[0]!.label).toBe('电解铝社会库存');
  });
});

describe('what averaged', () => {
  it('names a figure after "at an average" or "should average" by the subject of the verb', () => {
    expect(read('N-type dense polysilicon traded at an average 52,100 yuan/mt, up 1.4% week on week.')[0]!.label)
      .toBe('N-type dense polysilicon price');
    expect(read('The CEO said cash costs should average C$24–27/lb.')[0]!.label).toBe('cash cost');
  });
});

describe('shares hedged and capacity growth', () => {
  it('names "about 72% is sold forward" and "62% of our 2026/27 sugar exports were hedged" by what was hedged', () => {
    expect(read('Of the 3.1-3.4 Mt we expect to lift this year, about 72% is sold forward.').at(-1)!.label).toBe('share sold forward');
    expect(read('At year-end 62% of our 2026/27 sugar exports were hedged.')[0]!.label).toBe('share of sugar exports hedged');
  });

  it('reads "capacity growth of 4-5%" as a measure of its own, no capacity and no change', () => {
    const [growth] = read('Capacity growth of 4-5% is expected.');
    expect([growth!.label, growth!.kind, growth!.change]).toEqual(['Capacity growth', 'level', null]);
  });
});

describe('an Indian results note', () => {
  it('reads "₹1.12 lakh crore" as a lakh of crores, never a lakh', () => {
    expect(read('Its order book stood at ₹1.12 lakh crore at the end of September.')[0]!.value).toBe(1.12e12);
  });

  it('reads "added 9.4 lakh subscribers" as subscriber additions, a count of its own', () => {
    const [added] = read('The company added 9.4 lakh subscribers in September, taking its base to 38.6 crore.');
    expect([added!.value, added!.label, added!.change]).toEqual([940_000, 'subscriber additions', null]);
  });
});

describe('leverage said with net debt as the subject', () => {
  it('names "Net debt is expected at 1.2-1.5x EBITDA" net debt/EBITDA, no valuation', () => {
    expect(read('Net debt is expected at 1.2-1.5x EBITDA.')[0]!.label).toBe('net debt/EBITDA');
  });
});

describe('an earnings call\'s answers on mix and dividends', () => {
  it('gives "China took 61% of our volumes this half" to the company, without "this half" in its label', () => {
    const [share] = read('Kestrel Mining call. A: China took 61% of our volumes this half, up from 57%.');
    expect([share!.label, share!.entity]).toEqual(['China share of volumes', 'Kestrel Mining']);
  });

  it('names what a board declared in cents a dividend per share', () => {
    expect(read('The board declared 34 cents fully franked, a 70% payout.')[0]!.label).toBe('dividend per share');
  });
});

describe('scales and points written the way other desks write them', () => {
  it('reads "R$12.4 bi" as billions of reais and "0.8 pct pts" as percentage points', () => {
    expect(read('Sales reached R$12.4 bi in the quarter.')[0]).toMatchObject({ value: 12.4e9, unit: 'BRL' });
    expect(read('The ratio rose 0.8 pct pts to 61.2%.')[0]!.change).toMatchObject({ value: 0.8, unit: 'pp' });
  });
});

describe('solar capacity in peak watts', () => {
  it('reads MWp and GWp as capacity in kW', () => {
    expect(read('The solar farm adds 350 MWp of capacity.')[0]).toMatchObject({ value: 350_000, unit: 'kW' });
    expect(read('Installations reached 1.2 GWp.')[0]).toMatchObject({ value: 1_200_000, unit: 'kW' });
  });
});

describe('a negative percentage in accounting brackets', () => {
  it('reads "(2.4)%" as minus 2.4%, with the brackets in its text', () => {
    const [margin] = read('Operating margin was (2.4)% against 1.8% a year earlier.');
    expect(margin).toMatchObject({ text: '(2.4)%', value: -2.4, unit: '%', label: 'Operating margin' });
  });
});

describe('a minor-metals wrap, again', () => {
  it('gives "3% higher on the week at $36,150 a tonne" to the price, and names a range "in Mo" by the product', () => {
    const found = read('Tin prices stood 3% higher on the week at $36,150 a tonne.');
    expect(found).toHaveLength(1);
    expect(found[0]!.change).toMatchObject({ value: 3, unit: '%' });
    expect(read('Molybdenum oxide traded in a $21.50-21.90/lb Mo range.')[0]!.label).toBe('Molybdenum oxide price');
  });
});

describe('an oil major\'s quarter', () => {
  it('dates "$78.40 in the same quarter last year" in that quarter, a year-on-year comparison', () => {
    const [now, before] = read('Brent averaged $68.20 a barrel in the third quarter, down from $78.40 in the same quarter last year.');
    expect(now!.change).toMatchObject({ value: -10.2, basis: 'yoy' });
    expect(span(before!.period)).toBe('2024-07-01..2024-09-30');
  });

  it('names "of which 58% was liquids" by the part', () => {
    expect(read('The company\'s production averaged 412,000 boe/d in the quarter, of which 58% was liquids.')[1]!.label)
      .toBe('liquids');
  });
});

describe('a Chinese daily price note', () => {
  it('leaves 今日 and 报 out of labels, names a lone 均价 by the quote before it, and reads 较前日 as day on day', () => {
    const quotes = read('今日氧化镨钕报价为44.5-44.8万元/吨，均价44.65万元/吨，较昨日持平。', '2025-11-18');
    expect(quotes.map((m) => m.label)).toEqual(['氧化镨钕报价', '氧化镨钕均价']);
    expect(read('升贴水报升水60元/吨，较前一交易日下调20元/吨。')[0]!.label).toBe('升水');
    const [, interest] = read('碳酸锂主力合约收盘报7.61万元/吨，持仓量41.6万手，较前日增加1.2万手。');
    expect(interest!.change).toMatchObject({ value: 12_000, basis: 'dod' });
  });
});

describe('a battery price survey', () => {
  it('gives "fell 8% this year to a record low of $108/kWh" to the price, named by its subject', () => {
    const found = read('Battery pack prices fell 8% this year to a record low of $108/kWh, BNEF\'s annual survey showed.');
    expect(found).toHaveLength(1);
    expect([found[0]!.label, found[0]!.change?.value]).toEqual(['Battery pack price', -8]);
  });
});

describe('a fertiliser wrap', () => {
  it('names a price "heard" done by what was heard sold', () => {
    expect(read('Egyptian urea was heard sold at $468-475/t FOB for December shipment.')[0]!.label).toBe('Egyptian urea price');
  });
});

describe('ringgit glued to a scale', () => {
  it('reads "RM3.2b" as 3.2 billion ringgit', () => {
    expect(read('Revenue of RM3.2b was reported.')[0]).toMatchObject({ value: 3.2e9, unit: 'MYR' });
  });
});

describe('nickel units, charges and spreads', () => {
  it('prices NPI per nickel unit, and adds no "price" to a TC, a backwardation or an arbitrage', () => {
    expect(read('Nickel pig iron was assessed at 945 yuan per nickel unit, down 5 yuan on the week.')[0])
      .toMatchObject({ unit: 'CNY/Ni-pt', label: 'Nickel pig iron price', change: { value: -5 } });
    expect(read('Zinc TCs for imported concentrate fell to $40/dmt.')[0]!.label).toBe('Zinc TCs for imported concentrate');
    expect(read('The spread flipped to a backwardation of $35/t.')[0]!.label).toBe('backwardation');
  });
});

describe('a cost that is an amount', () => {
  it('keeps "Cost of sales … $2.57 billion" a level and a cost per unit a price', () => {
    expect(read('Cost of sales increased $214 million, or 9.1%, to $2.57 billion in fiscal 2025.')[0]!.kind).toBe('level');
    expect(read('C1 cash costs were US$1.92/lb in the quarter.')[0]!.kind).toBe('price');
  });
});

describe('a sensitivity in Chinese', () => {
  it('takes the step "每上涨1万元/吨" as no figure', () => {
    const found = read('据测算，碳酸锂价格每上涨1万元/吨，公司年化净利润将增加约2.4亿元。');
    expect(found.map((m) => m.text)).toEqual(['2.4亿元']);
  });
});

describe('national statistics said by their country', () => {
  it('names "down 3.6% at 6.8 million tonnes" by the measure the sentence opens on, and "89% of the total" as a share', () => {
    const [steel] = read('Japan\'s crude steel output fell for a 12th straight month in October, down 3.6% at 6.8 million tonnes.');
    expect(steel!.label).toBe('crude steel output');
    const [, share] = read('Australia\'s iron ore exports to China were 72.4 Mt in October, 89% of the total.');
    expect([share!.label, share!.kind]).toEqual(['share of iron ore exports to China', 'share']);
  });
});

describe('a country\'s output said with "in"', () => {
  it('gives "Aluminium output in China" to the market', () => {
    expect(read('Aluminium output in China rose 1.8% to 3.71 million tonnes in October.')[0]!.entity).toBe('market');
  });
});

describe('short tons in Chinese', () => {
  it('weighs 短吨 as short tons', () => {
    expect(read('COMEX铜库存增至40.2万短吨。')[0]!.value).toBeCloseTo(402_000 * 0.90718474, 3);
  });
});
