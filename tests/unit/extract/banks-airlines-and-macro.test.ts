import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../electron/core/extract/extract.ts';

/*
 * Issue #12: sentences written for this file in the styles of bank and insurer results, airline traffic updates,
 * pharmaceutical and consumer-goods quarters, and macro releases, each one a reading the extractor first got wrong.
 */

const read = (text: string, date = '2025-11-20') => extractFromText(text, { date, subject: null });

describe('a change, then a new subject with its own level', () => {
  it('keeps "grew 4%" with sales when "and the gross margin ticked up to 31.2%" follows', () => {
    const [grew, margin] = read('Sales grew 4% and the gross margin ticked up to 31.2%.');
    expect(grew).toMatchObject({ kind: 'change', label: 'Sales', change: { value: 4, direction: 'up' } });
    expect(margin).toMatchObject({ value: 31.2, label: 'gross margin', change: null });
  });

  it('keeps "ASKs rose 13.5%" apart from the load factor it pushed down', () => {
    const found = read('RPKs grew 11.2% year on year while ASKs rose 13.5%, pushing the load factor down to 84.1%.');
    expect(found.map((m) => [m.label, m.kind])).toEqual([['RPKs', 'change'], ['ASKs', 'change'], ['load factor', 'level']]);
    expect(found[2]!.change).toBeNull();
  });

  it('still gives "rose 44% year on year in October to 1.72 million units" to the level', () => {
    const [sales] = read('NEV sales rose 44% year on year in October to 1.72 million units.');
    expect(sales).toMatchObject({ value: 1720000, change: { value: 44, direction: 'up' } });
  });
});

describe('the subject of a second clause after a period or a phrase', () => {
  it('names "the unemployment rate" after "payrolls increased by 119,000 in September and"', () => {
    const [payrolls, rate] = read('US payrolls increased by 119,000 in September and the unemployment rate ticked up to 4.4%.');
    expect(payrolls).toMatchObject({ value: 119000, unit: 'count', kind: 'change' });
    expect(rate).toMatchObject({ value: 4.4, label: 'unemployment rate' });
  });

  it('names "gross margin" after "grew 4% in the quarter and the", and "utilisation rate" before "crept up to"', () => {
    expect(read('Sales grew 4% in the quarter and the gross margin edged up to 31.2%.')[1]!.label).toBe('gross margin');
    expect(read('Output rose 2% and the utilisation rate crept up to 81%.')[1]!.label).toBe('utilisation rate');
  });

  it('still names the object a verb changed by an amount ("increased its dividend by")', () => {
    const [raised] = read('The board increased its 2026 dividend forecast by 8%.');
    expect(raised!.label).toMatch(/dividend forecast/u);
  });
});

describe('growth named alone', () => {
  it('names "sales growth of 8-11%" as sales growth, never "percentage"', () => {
    for (const text of ['The company expects sales growth of 8-11% at constant exchange rates.', 'Management sees loan growth of 14%.']) {
      const [growth] = read(text);
      expect(growth!.label).toMatch(/^(?:sales|loan) growth$/u);
    }
  });
});

describe('a change at constant currency, in brackets after another', () => {
  it('reads "up 10% (11% excluding foreign exchange)" as a second change of the level, not a level of 11%', () => {
    const found = read('Keytruda sales reached $8.1 billion in the third quarter, up 10% (11% excluding foreign exchange).');
    expect(found).toHaveLength(1);
    expect(found[0]!.change).toMatchObject({ value: 10 });
    expect(found[0]!.moreChanges?.[0]).toMatchObject({ value: 11, direction: 'up' });
  });

  it('does the same after the level a change led to, and for organic growth', () => {
    const [revenue] = read('Revenue rose 6% to €4.2 billion (8% at constant currency).');
    expect(revenue!.moreChanges?.[0]).toMatchObject({ value: 8 });
    const found = read('Group revenue was £1.2bn, up 3% (5% organic).');
    expect(found).toHaveLength(1);
    expect(found[0]!.moreChanges?.[0]).toMatchObject({ value: 5 });
  });

  it('leaves a bracketed share that says no basis alone', () => {
    const found = read('Revenue rose 6% to €4.2 billion (8% of the group total).');
    expect(found.map((m) => m.value)).toContain(8);
  });
});

describe('whose figure it is', () => {
  it('gives "China Mobile\'s mobile ARPU" to China Mobile, not the market', () => {
    const found = read("China Mobile's mobile ARPU was RMB49.0 in the first half, down 1.6% year on year.");
    expect(found[0]!.entity).toBe('China Mobile');
    expect(read("China's crude steel output fell 4.6% to 72 million tonnes.")[0]!.entity).toBe('market');
    expect(read("China Customs' data showed exports of 5,100 tonnes in October.")[0]!.entity).toBe('market');
  });

  it('gives a story opening on one word\'s possessive to that company', () => {
    expect(read("Unilever's underlying sales growth was 3.9% in Q3.")[0]!.entity).toBe('Unilever');
    expect(read("IndiGo's RPKs grew 11.2% year on year.")[0]!.entity).toBe('IndiGo');
    // A place, a time or a commodity opening the story owns nothing.
    expect(read("Europe's gas storage was 83% full at the end of October.")[0]!.entity).not.toBe('Europe');
    expect(read("October's copper output rose 4% to 1.1 million tonnes.")[0]!.entity).not.toBe('October');
    expect(read("Copper's rally took prices to $11,200 a tonne.")[0]!.entity).not.toBe('Copper');
  });

  it('gives "with volume up 1.5%" to volume, not to the growth said before', () => {
    const found = read("Unilever's underlying sales growth was 3.9% in Q3, with volume up 1.5% and price up 2.4%.");
    expect(found[1]).toMatchObject({ label: 'volume', kind: 'change' });
  });
});

describe('Chinese monthly operating data and market closes', () => {
  it('reads "同比增长46.2%，达357.24亿元" as the level reached with its change', () => {
    const found = read('中国平安前三季度寿险及健康险业务新业务价值同比增长46.2%，达357.24亿元。');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ value: 35724000000, change: { value: 46.2, basis: 'yoy' }, entity: '中国平安' });
  });

  it('counts waybills in 票 and parcels in 件, each with its own change', () => {
    const found = read('顺丰控股10月速运物流业务营业收入为186.4亿元，同比增长8.6%；业务量为13.8亿票，同比增长29.3%。');
    expect(found.map((m) => [m.value, m.change?.value])).toEqual([[18640000000, 8.6], [1380000000, 29.3]]);
    expect(found[0]!.moreChanges ?? []).toHaveLength(0);
    expect(read('快递业务量完成165.2亿件，同比增长17.2%。')[0]).toMatchObject({ value: 16520000000, unit: 'count' });
  });

  it('gives a passage opening on a name, a period and its results to that name', () => {
    expect(read('隆基绿能2025年前三季度实现营业收入509.15亿元，同比下降13.1%。')[0]!.entity).toBe('隆基绿能');
    expect(read('宁德时代第三季度毛利率为25.8%，环比提升0.8个百分点。')[0]!.entity).toBe('宁德时代');
    expect(read('公司2025年前三季度实现营业收入509.15亿元。')[0]!.entity).not.toBe('公司');
    expect(read('全国10月销量为225.3万辆。')[0]!.entity).not.toBe('全国');
  });

  it('gives "周涨2.1%，年内累计上涨24%" to the price closed before them', () => {
    const found = read('LME铜价周五收于10,850美元/吨，周涨2.1%，年内累计上涨24%。');
    expect(found).toHaveLength(1);
    expect([found[0]!.change?.value, ...(found[0]!.moreChanges ?? []).map((c) => c.value)]).toEqual([2.1, 24]);
  });

  it('names "中证500指数" with its number, without the week, and gives it the fall before its close', () => {
    const found = read('中证500指数本周下跌1.3%，收于7,012.5点。');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ value: 7012.5, label: '中证500指数', change: { value: -1.3 } });
  });
});

describe('numbers that are names, ranks and dates of a deal', () => {
  it('reads no figure from "COVID-19" or "Sentinel-2", and keeps the change after them', () => {
    const found = read('COVID-19 disruptions cut Q1 output by 12%.');
    expect(found.map((m) => m.value)).toEqual([12]);
    expect(read('Sentinel-2 imagery covers the mine site.')).toHaveLength(0);
  });

  it('reads no count from "the top 10 customers"', () => {
    expect(read('Figure 3 shows the 12-month rolling average; Table 5 lists the top 10 customers.')).toHaveLength(0);
    const [share] = read('The top 5 customers accounted for 38% of revenue.');
    expect(share!.value).toBe(38);
  });

  it('dates no coupon by the year its notes are named for or the day they mature', () => {
    const [coupon] = read('The 2030 Notes bear interest at 4.375% per annum and mature on 15 March 2030.');
    expect(coupon).toMatchObject({ value: 4.375, label: 'interest rate', period: null });
  });

  it('dates no facility by its maturity or redemption date', () => {
    const [facility] = read('We have a revolving credit agreement with a maturity date of 2026 that allows us to borrow up to $5 billion.');
    expect(facility!.period).toBeNull();
  });

  it('names units a possessed product sold by the product, not by the days after them', () => {
    const [sold] = read("Samsung's Galaxy S25 sold 1.3 million units in its first 10 days.");
    expect(sold).toMatchObject({ value: 1300000, label: 'Galaxy S25 sales' });
  });
});

describe('a broker\'s slashed forecasts', () => {
  // The year each period ends in: an Indian FY26 runs from April 2025 to March 2026.
  const values = (text: string) => read(text).map((m) => [m.value, m.unit, m.period?.end.slice(0, 4) ?? null]);

  it('reads every number of "Rs 48.2/56.7/64.1" in rupees, each with its year, whether the years come first or last', () => {
    expect(values('We forecast EPS of Rs 48.2/56.7/64.1 for FY26E/FY27E/FY28E.'))
      .toEqual([[48.2, 'INR', '2026'], [56.7, 'INR', '2027'], [64.1, 'INR', '2028']]);
    expect(values('Our FY26/27/28E EPS estimates are Rs 48.2/56.7/64.1.').map((v) => v[2])).toEqual(['2026', '2027', '2028']);
    expect(read('Our FY26/27/28E EPS estimates are Rs 48.2/56.7/64.1.')[0]!.label).toBe('EPS estimates');
  });

  it('gives the scale after the last number to every number, so "RMB 1.2/1.5/1.9bn" is never 1.2 yuan', () => {
    expect(values('We forecast net profit of RMB 1.2/1.5/1.9bn for 2025/26/27E.'))
      .toEqual([[1.2e9, 'CNY', '2025'], [1.5e9, 'CNY', '2026'], [1.9e9, 'CNY', '2027']]);
  });

  it('leaves a split year alone and reads no money from a ratio after a slash', () => {
    expect(read('Sugar output in the 2024/25 season rose 4% to 31.2 million tonnes.')[0]!.period?.start ?? null).not.toBe('2024-01-01');
    expect(read('The Rs 120 price target implies 24x FY27E EPS, with a 3/5 rating.').map((m) => m.value)).not.toContain(5);
  });
});

describe('moves said as multiples, and money restating a multiple', () => {
  it('reads "jumped 2.3x year on year" as a rise of 130%, and 增长1.3倍 as one of 130% too', () => {
    expect(read('Orders jumped 2.3x year on year to 1,240 units, a record.')[0]!.change).toMatchObject({ value: 130, unit: '%' });
    expect(read('订单同比增长1.3倍至1,240台。')[0]!.change).toMatchObject({ value: 130, unit: '%' });
  });

  it('names "net debt of about 1.1x EBITDA" leverage and the money after a deal multiple its enterprise value', () => {
    expect(read('The company expects net debt of about 1.1x EBITDA.')[0]!.label).toBe('net debt/EBITDA');
    const [multiple, money] = read('The deal values the target at 8.5 times forward EBITDA, or about US$4.1 billion including debt.');
    expect(multiple!.label).toBe('EV/EBITDA');
    expect(money!.label).toBe('enterprise value');
  });
});

describe('a move from an earlier low or high', () => {
  it('names the level after "rebounded from its June low to" by what moved, and dates it no earlier than the story', () => {
    const [level] = read('Lithium carbonate rebounded from its June low to CNY 86,500/t.');
    expect(level).toMatchObject({ label: 'Lithium carbonate price', period: null });
  });

  it('keeps the high\'s month for the high, not for the level it fell to', () => {
    const [high, now] = read('Copper fell from its record high of $11,200/t in May to $10,150/t.');
    expect(high!.period?.start).toBe('2025-05-01');
    expect(now).toMatchObject({ label: 'Copper price', period: null });
  });
});

describe('Chinese buyback prices, targets met and rates named by their verb', () => {
  it('names "以每股不超过45元（含）的价格回购" the buyback price cap', () => {
    const [price] = read('公司拟以每股不超过45元（含）的价格回购股份，回购资金总额不低于2亿元且不超过4亿元。');
    expect(price).toMatchObject({ value: 45, label: '回购价格上限' });
  });

  it('names what was done against a full-year target without the full year, and 完成率 whole', () => {
    const [, done, rate] = read('公司全年煤炭产量目标为1.2亿吨，1-10月已完成1.03亿吨，完成率约86%。');
    expect(done!.label).toBe('煤炭产量');
    expect(rate!.label).toBe('完成率');
  });
});

describe('an earnings call\'s shorthand', () => {
  const years = (text: string, date = '2026-11-20') => read(text, date).map((m) => m.period?.start ?? null);

  it('reads the year after an apostrophe ("Q3\'24", "H1\'25", "FY\'25"), not the year of the call', () => {
    expect(years("Free cash flow was negative $145 million in Q3'25 versus positive $210 million in Q3'24."))
      .toEqual(['2025-07-01', '2024-07-01']);
    expect(years("Net profit was $88 million in H1'25.")).toEqual(['2025-01-01']);
    expect(years("Revenue was $1.2 billion in FY'25.")).toEqual(['2025-01-01']);
  });

  it('reads "F3Q26" as the third quarter of fiscal 2026 and leaves it out of the label', () => {
    const [bookings, ratio] = read('Our F3Q26 bookings were $2.9 billion, a book-to-bill of 1.12.');
    expect(bookings).toMatchObject({ label: 'bookings', period: { start: '2026-07-01', end: '2026-09-30' } });
    expect(ratio).toMatchObject({ value: 1.12, unit: 'x', label: 'book-to-bill' });
  });

  it('names a share "which is about 14.9% of revenue" by the sum before, and "that" by it too', () => {
    const [, share, next] = read("Opex was $612 million, which is about 14.9% of revenue, and we'd expect that to tick up to roughly $640 million.");
    expect(share).toMatchObject({ kind: 'share', label: 'Opex share of revenue' });
    expect(next!.label).toBe('Opex');
  });

  it('names money returned to shareholders, and each part of a breakdown after a colon', () => {
    const found = read('We returned $1.5 billion to shareholders in the quarter: $900 million in buybacks and $600 million in dividends.');
    expect(found.map((m) => m.label)).toEqual(['shareholder returns', 'buybacks', 'dividends']);
  });
});

describe('money scaled in Portuguese', () => {
  it('reads "R$ 41,2 bilhões" as 41.2 billion reais, never 41.2 reais', () => {
    const [revenue] = read('Vale do Rio Verde reported net revenue of R$ 41,2 bilhões no trimestre.');
    expect(revenue).toMatchObject({ value: 41200000000, unit: 'BRL' });
    expect(read('O lucro líquido foi de R$ 850 milhões.')[0]).toMatchObject({ value: 850000000, unit: 'BRL' });
  });
});

describe('a broker\'s key-numbers lines', () => {
  it('reads a signed amount in brackets after stocks as their move, never a level of -2,350 t', () => {
    const found = read('Copper: LME stocks 142,100t (-2,350t); SHFE Jan 82,310 yuan/t.');
    expect(found[0]).toMatchObject({ value: 142100, change: { value: -2350, unit: 't', direction: 'down' } });
    expect(found.map((m) => m.value)).not.toContain(-2350);
  });

  it('names "22% upside" the upside, not the target price it follows', () => {
    const [tp, upside] = read('Implying a TP of HK$18.40, 22% upside.');
    expect(tp!.label).toBe('target price');
    expect(upside).toMatchObject({ label: 'upside', kind: 'level' });
  });

  it('reads no figure from a sensitivity\'s step, and still reads "a 10% rise in revenue to"', () => {
    expect(read('Risks: a 10% move in the copper price changes our FY26E EBITDA by ~14%.').map((m) => m.value)).toEqual([14]);
    expect(read('The company reported a 10% rise in revenue to $2 billion.')[0]!.change).toMatchObject({ value: 10 });
  });

  it('reads the bare comparatives in a count\'s bracket, each of its own period', () => {
    const found = read('Q3 deliveries: 46,210 (Q2: 41,870; Q3 2024: 38,950).');
    expect(found.map((m) => [m.value, m.unit, m.period?.start])).toEqual([
      [46210, 'count', '2025-07-01'], [41870, 'count', '2025-04-01'], [38950, 'count', '2024-07-01'],
    ]);
  });
});

describe('Chinese wire and broker shorthand', () => {
  it('reads "yoy+21%，qoq+8%" each with its own basis', () => {
    for (const text of ['Q3营收92.1亿元（yoy+21%，qoq+8%）。', 'Q3 revenue was RMB9.21bn (yoy +21%, qoq +8%).']) {
      const [revenue] = read(text);
      expect([revenue!.change?.basis, revenue!.moreChanges?.[0]?.basis]).toEqual(['yoy', 'qoq']);
    }
  });

  it('reads 前10月 as the first ten months, and 目前10月 as October', () => {
    expect(read('前10月商品煤产量2.72亿吨，同比下降1.2%。')[0]!.period).toMatchObject({ start: '2025-01-01', end: '2025-10-31' });
    expect(read('目前10月销量为12.5万辆。')[0]!.period).toMatchObject({ start: '2025-10-01', end: '2025-10-31' });
  });

  it('gives a figure to a company named with its Hong Kong code', () => {
    expect(read('中国神华（01088.HK）前10月商品煤产量2.72亿吨。')[0]!.entity).toBe('中国神华');
  });

  it('gives "收跌1.8%，报25,830点" to the index level, and names an issue price whoever the shares go to', () => {
    expect(read('恒生指数收跌1.8%，报25,830点。')[0]).toMatchObject({ value: 25830, change: { value: -1.8 } });
    const [price] = read('紫金矿业公告，公司拟以每股21.5元的价格，向不超过35名特定对象发行A股股票。');
    expect(price).toMatchObject({ value: 21.5, label: '发行价格', entity: '紫金矿业' });
  });
});

describe('a 10-Q paragraph', () => {
  it('dates "increased … to $47.2 billion compared to the same period in 2024" by the three months, year on year', () => {
    const [sales] = read('Net sales for the three months ended September 27, 2025 increased $3.1 billion, or 7%, to $47.2 billion compared to the same period in 2024.');
    expect(sales!.period).toMatchObject({ start: '2025-06-28', end: '2025-09-27' });
    expect(sales!.change).toMatchObject({ basis: 'yoy' });
  });

  it('dates a level compared "in the same period of 2024" by the same months of 2024', () => {
    const [now, before] = read('Average vessel waiting time in January–September fell to 1.8 days from 3.2 days in the same period of 2024.');
    expect(now!.period).toMatchObject({ start: '2025-01-01', end: '2025-09-30' });
    expect(before!.period).toMatchObject({ start: '2024-01-01', end: '2024-09-30' });
  });

  it('names operating income as a share of sales a margin, and shares bought back "shares repurchased"', () => {
    const [, margin] = read('Segment operating income was $212.9 million, or 16.6% of segment net sales, in fiscal 2025.');
    expect(margin!.label).toBe('Segment operating margin');
    expect(read('During fiscal 2025, we repurchased 46.2 million shares of our common stock.')[0]!.label).toBe('shares repurchased');
  });
});

describe('a Chinese statistics release', () => {
  it('names money exported and imported 出口额 and 进口额, year on year like the total before 其中', () => {
    const found = read('前10个月，我国货物贸易进出口总值37.31万亿元，同比增长3.6%。其中，出口22.12万亿元，增长6.2%；进口15.19万亿元，下降0.1%。');
    expect(found.slice(1).map((m) => [m.label, m.change?.basis])).toEqual([['出口额', 'yoy'], ['进口额', 'yoy']]);
    // Tonnes exported stay a volume.
    expect(read('10月出口钢材1,058万吨。')[0]!.label).toBe('钢材出口量');
  });

  it('gives 全社会用电量 to the market', () => {
    expect(read('10月份，全社会用电量8,572亿千瓦时，同比增长10.4%。')[0]!.entity).toBe('market');
  });
});

describe('verbs of inflation and costs said without something', () => {
  it('names "headline inflation slowed to 12.5% y/y" by the inflation, never "y/y"', () => {
    const [inflation] = read("Egypt's headline inflation slowed to 12.5% y/y in October.");
    expect(inflation!.label).toBe('headline inflation');
    expect(read('Core inflation accelerated to 3.4% in September.')[0]!.label).toBe('Core inflation');
  });

  it('names "C1 cash cost ex-third-party purchases of US$20.6/t" the C1 cash cost', () => {
    const found = read('Vale sold 86.4 Mt of iron ore fines at a realized price of US$94.4/t, with C1 cash cost ex-third-party purchases of US$20.6/t.');
    expect(found.at(-1)!.label).toBe('C1 cash cost');
  });
});

describe('readings a review of this round found too broad', () => {
  const nothing = (text: string) => expect(read(text), text).toEqual([]);

  it('reads no tenths after digits, no "probably", no box office and no hundred or thousand opening a word', () => {
    for (const text of ['沪深300成分股中有多家公司。', '铜价八成已经见底。', '以154亿票房位居榜首。', '两市千股跌停。', '中国电动汽车百人会发布报告。',
      '行业首家千亿元级企业。', '年产百万辆级新能源车企。']) nothing(text);
    expect(read('中证500成份股平均市盈率为28.5倍。').map((m) => [m.value, m.label])).toEqual([[28.5, '成份股平均市盈率']]);
    expect(read('规模以上工业企业每百元营业收入中的成本为85.14元。').map((m) => m.value)).toEqual([85.14]);
  });

  it('gives no figure to a kind of product, a place or a body as if it were a company', () => {
    expect(read('乘用车10月销量为268.3万辆。')[0]!.entity).not.toBe('乘用车');
    expect(read('上海10月旅客吞吐量为1,230万人次。')[0]!.entity).not.toBe('上海');
    expect(read("Kpler's tanker data show China's crude imports rose to 11.5 million bpd.")[0]!.entity).not.toBe('Kpler');
    expect(read("Platinum's deficit is forecast at 850,000 oz in 2026.")[0]!.entity).not.toBe('Platinum');
    expect(read("Texas's crude output rose 2% to 5.7 million bpd.")[0]!.entity).not.toBe('Texas');
    expect(read("China Securities Regulatory Commission's data show 87 IPOs raised CNY 61.2 billion.")[1]!.entity).toBe('market');
  });

  it('keeps subjects joined by "and the" whole, and a change with its level across "and the US"', () => {
    expect(read('EBITDA was $1.1bn in Q3 while revenue from Europe and the Middle East grew 4%.')[1]!.label).toBe('revenue from Europe and the Middle East');
    expect(read('Net income in 2024 and the first half of 2025 totalled $3.1bn.')[0]!.label).toBe('Net income');
    expect(read('Daily crude steel output in October and the first ten days of November averaged 2.71 Mt.')[0]).toMatchObject({ unit: 't/d' });
    const [sales] = read('Combined sales rose 5% in Europe and the US to $2.1bn.');
    expect(sales).toMatchObject({ value: 2100000000, label: 'Combined sales', change: { value: 5 } });
    expect(read('Revenue reached $3.2bn in Q3, with sales up 8% year on year.')[0]!.change).toMatchObject({ value: 8, basis: 'yoy' });
  });

  it('names growth by what grows, not by the verb or the basis before it', () => {
    expect(read('China posted GDP growth of 4.8%.')[0]!.label).toBe('GDP growth');
    expect(read('We forecast year-on-year growth of 12%.')[0]!.label).not.toMatch(/year-on-year/u);
  });

  it('drops no reported change as a sensitivity\'s step, and reads "to top 1.8 million" still', () => {
    expect(read('Revenue showed a 9% increase in the quarter, driven by price changes, with volumes down by 2%.').map((m) => m.value)).toContain(9);
    expect(read('Output posted a 5% rise in Q3 as the new mill moves to full capacity by year-end.').map((m) => m.value)).toEqual([5]);
    expect(read('Tesla expects deliveries to top 1.8 million vehicles in 2025.').map((m) => m.value)).toEqual([1800000]);
  });

  it('reads no years from a slashed date, keeps a year after "mature markets", and a guidance year after "from the low end"', () => {
    expect(read('As of 2025/11/20, the stock traded at HK$18.40.')[0]!.period?.start).not.toBe('2020-01-01');
    expect(read('Sales in mature markets declined slightly in 2024, while emerging markets grew 9%.')[0]!.period?.start).toBe('2024-01-01');
    expect(read('Management raised 2025 EPS guidance from the low end of the range to $2.25.')[0]!.period?.start).toBe('2025-01-01');
  });

  it('keeps a multiple\'s move in turns, and an impact in brackets apart from the level', () => {
    expect(read('Net leverage fell 0.3x to 1.8x.')[0]!.change).toMatchObject({ value: -0.3, unit: 'x' });
    expect(read('The forward P/E has expanded by 2.5x.')[0]!.change).toMatchObject({ value: 2.5, unit: 'x' });
    expect(read('Group EBIT was €1.2bn (-€0.2bn from restructuring charges).')[0]!.change).toBeNull();
  });
});

describe('Indian results shorthand', () => {
  it('reads MnT as million tonnes, never Mongolian tugrik, and leaves MT and BU as written', () => {
    expect(read("JSW Steel's crude steel production rose 11% y/y to 6.97 MnT in Q2 FY26.")[0]).toMatchObject({ value: 6970000, unit: 't' });
    expect(read("NTPC's generation grew 2% to 210 TWh in H1.")[0]!.entity).toBe('NTPC');
    // Tonnes in capitals stay tonnes, decimals or not ("gold imports of 72.5 MT"), and BU stays a bushel or a business unit.
    expect(read("India's gold imports rose to 72.5 MT in October.")[0]).toMatchObject({ value: 72.5, unit: 't' });
    expect(read('Chicago wheat closed at $5.32/BU.')[0]!.unit).toBe('USD/bu');
  });
});

describe('a Chinese futures daily', () => {
  it('names a contract written with its month in digits by the contract, never "amount"', () => {
    const [price] = read('期货方面，沪铜主力合约2601收涨0.85%报86,420元/吨，成交量18.6万手。');
    expect(price).toMatchObject({ value: 86420, label: '沪铜主力合约价格', change: { value: 0.85 } });
  });
});

describe('a month a change is measured below or above', () => {
  it('dates no later figure by "12% below September"', () => {
    const found = read('UK day-ahead power averaged £78.40/MWh in October, 12% below September, as wind output hit a record 9.8 TWh.');
    expect(found.map((m) => m.period?.start)).toEqual(['2025-10-01', '2025-10-01']);
  });
});

describe('a Chinese announcement\'s shares and owners', () => {
  it('names "约占公司2024年度经审计营业收入的8.7%" the award\'s share of revenue, and owns it by no "为某光伏"', () => {
    const [award, share] = read('公司近日收到中标通知书，确定公司为某光伏电站EPC总承包项目中标人，中标金额为12.36亿元，约占公司2024年度经审计营业收入的8.7%。');
    expect(award!.entity).not.toBe('为某光伏');
    expect(share).toMatchObject({ kind: 'share', label: '中标金额占营业收入的比例' });
  });

  it('names "即不超过公司总股本的1%" the shares\' share of the total, and a buyback without how it was done', () => {
    const found = read('股东计划减持公司股份不超过1,200万股，即不超过公司总股本的1%。');
    expect(found[1]!.label).toBe('股份占总股本的比例');
    expect(read('公司通过回购专用证券账户以集中竞价交易方式累计回购股份1,532.8万股。')[0]!.label).toBe('回购股份');
  });
});

describe('an IR answer about costs and hedges', () => {
  it('names a range a cost is "tracking towards the top of" that cost\'s guidance, and the company\'s', () => {
    const found = read('A: We now expect C1 costs of US$1.70-1.80/lb for the full year, but AISC is tracking towards the top of the US$2.40-2.60/lb range.');
    expect(found[1]).toMatchObject({ label: 'AISC guidance' });
    expect(found[1]!.entity).not.toBe('market');
  });

  it('names a share of "expected 2026 copper output" hedged', () => {
    expect(read('About 35% of expected 2026 copper output is hedged at an average floor of US$9,800/t.')[0]!.label).toBe('share of copper output hedged');
  });
});

describe('readings a second review of this round found too broad', () => {
  it('reads tenths after digits and counts after a word of counting, but not 成 or 百/千 opening a word', () => {
    expect(read('截至10月底，新能源车渗透率已超5成。')[0]).toMatchObject({ value: 50, unit: '%' });
    expect(read('公司营收三成来自海外市场。')[0]).toMatchObject({ value: 30, unit: '%' });
    expect(read('公司本月新增十艘船舶订单。')[0]).toMatchObject({ value: 10, unit: 'count' });
    expect(read('活动当天吸引超过千人参加。')[0]).toMatchObject({ value: 1000, unit: 'count' });
    expect(read('沪深300成分股中有多家公司。')).toEqual([]);
  });

  it('keeps companies named with 航, 港, 本 or 是, and one-word owners of any company measure', () => {
    expect(read('中国国航10月旅客运输量同比增长5.2%，达到1150万人次。')[0]!.entity).toBe('中国国航');
    expect(read('本钢板材股份有限公司前三季度实现营业收入380亿元。')[0]!.entity).toBe('本钢板材');
    expect(read("JPMorgan's net interest income rose 2% to $23.9 billion.")[0]!.entity).toBe('JPMorgan');
    expect(read("Netflix's paid memberships rose 15% to 301.6 million.")[0]!.entity).toBe('Netflix');
  });

  it('dates comparisons "in the same period of" a year by that year, a full year or a quarter', () => {
    const [, before] = read('Full-year operating cash flow was $2.4 billion, compared with $2.1 billion in the same period of 2024.');
    expect(before!.period).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
    const found = read('Third-quarter sales were 2.1 Mt, compared with 1.9 Mt in the same period of 2024 and 1.7 Mt in the same period of 2023.');
    expect(found.map((m) => m.period?.start)).toEqual(['2025-07-01', '2024-07-01', '2023-07-01']);
  });

  it('dates no notes by "mature in the second half of 2026", and names no guidance by who said it', () => {
    expect(read('The $750 million of senior notes mature in the second half of 2026 and carry a 5.25% coupon.').map((m) => m.period)).toEqual([null, null]);
    expect(read('Management said we are tracking towards the low end of the $2.40-2.60/lb range.')[0]!.label).not.toMatch(/said/u);
  });

  it('calls only operating, net or gross income a margin, and keeps ex-works prices and new clauses after "in Asia and the"', () => {
    expect(read('Interest income was $12.4 million, or 1.2% of net sales.')[1]!.label).not.toMatch(/margin/u);
    expect(read("China's ex-works HRC price of CNY 3,350/t was unchanged.")[0]!.label).toBe('ex-works HRC price');
    expect(read('Sales rose 4% in Asia and the rest of the world grew 2% to $840 million.')[1]!.label).toBe('rest of the world');
    expect(read('Top 10 customers accounted for 42% of revenue.').map((m) => m.value)).toEqual([42]);
  });

  it('keeps a bracketed move since a day, names an impact in brackets, and a multiple of a level as a rise', () => {
    expect(read('LME copper stocks fell to 142,100t (-2,350t from Monday).')[0]!.change).toMatchObject({ value: -2350 });
    expect(read('Group EBIT was €1.4bn (-€0.2bn from restructuring charges).')[1]!.label).toBe('restructuring charges impact');
    expect(read('Revenue increased by 2.5x to $500 million.')[0]!.change).toMatchObject({ value: 150, unit: '%' });
  });

  it('reads no step of a sensitivity said with an aside or "to"', () => {
    expect(read('A 10% move in copper prices, all else being equal, would change our FY26E EBITDA by 12%.').map((m) => m.value)).toEqual([12]);
    expect(read('A 10% change to the copper price would lift our FY26E EBITDA by 14%.').map((m) => m.value)).toEqual([14]);
  });
});

describe('a miner\'s quarterly', () => {
  it('reads carats and a price per carat, the company\'s own', () => {
    const [sales, price] = read("Anglo American's diamond sales fell to 4.9 million carats at an average price of $140/ct.");
    expect(sales).toMatchObject({ value: 4900000, unit: 'ct', label: 'diamond sales' });
    expect(price).toMatchObject({ value: 140, unit: 'USD/ct', entity: 'Anglo American' });
  });

  it('gives South32\'s own output to South32', () => {
    expect(read("South32's Hillside smelter produced 181 kt of aluminium.")[0]!.entity).toBe('South32');
  });
});

describe('a part of its own on "and its"', () => {
  it('gives "and its operating profit fell" to the company, whatever "worldwide" said before', () => {
    const found = read('Toyota sold 2.6 million vehicles worldwide in the July-September quarter, and its operating profit fell 27% to ¥1.06 trillion.');
    expect(found.map((m) => m.entity)).toEqual(['Toyota', 'Toyota']);
  });
});

describe('bases written with hyphens', () => {
  it('reads y-o-y, q-o-q and m-o-m as the bases they abbreviate', () => {
    expect(read('Distribution per unit was 5.82 Singapore cents, up 6.2% y-o-y.')[0]!.change).toMatchObject({ basis: 'yoy' });
    const [revenue] = read('Revenue rose 8% y-o-y and 2% q-o-q to S$1.2 billion.');
    expect([revenue!.change?.basis, revenue!.moreChanges?.[0]?.basis]).toEqual(['yoy', 'qoq']);
    expect(read('Output rose 1.2% m-o-m to 42.85 mb/d.')[0]!.change).toMatchObject({ basis: 'mom' });
  });
});

describe('a Chinese IR answer\'s targets and floors', () => {
  it('names "四季度有望进一步降至0.30元/Wh以下" by the cost before it, and the company\'s', () => {
    const found = read('A：目前电芯单位成本约0.32元/Wh，较年初下降约8%，四季度有望进一步降至0.30元/Wh以下。');
    expect(found[1]).toMatchObject({ label: '电芯单位成本' });
    expect(found[1]!.entity).not.toBe('market');
  });

  it('names a payout floor by its ratio, without the promise or the years', () => {
    expect(read('A：公司承诺未来三年每年现金分红比例不低于当年归母净利润的30%。')[0]!.label).toBe('现金分红比例');
  });
});

describe('a fertiliser and grains wrap', () => {
  it('names the tonnes a priced contract covers its volume, never a price', () => {
    const [, volume] = read('Indian DAP import contracts were concluded at $780/t CFR for 150,000t, according to traders.');
    expect(volume).toMatchObject({ value: 150000, unit: 't', kind: 'level', label: 'import contracts volume' });
  });

  it('names "trimming the crop to 16.75 billion bushels" the crop', () => {
    const found = read('The USDA cut its US corn yield estimate to 186.0 bu/acre from 186.7, trimming the crop to 16.75 billion bushels.');
    expect(found.at(-1)!.label).toBe('crop');
  });
});

describe('a Chinese monetary release', () => {
  it('reads 比上月 as month on month, but not 较上月同期', () => {
    expect(read('10月份，制造业采购经理指数（PMI）为49.0%，比上月下降0.8个百分点。')[0]!.change).toMatchObject({ value: -0.8, basis: 'mom' });
    expect(read('11月17日水泥均价为352元/吨，较上月同期下跌8元/吨。')[0]!.change?.basis).not.toBe('mom');
  });

  it('gives "比上年同期少6,000亿元" to the flow before it as a fall year on year', () => {
    const found = read('10月份社会融资规模增量为8,100亿元，比上年同期少6,000亿元。');
    expect(found).toHaveLength(1);
    expect(found[0]!.change).toMatchObject({ value: -600000000000, basis: 'yoy', direction: 'down' });
  });
});

describe('readings a third review of this round found too broad', () => {
  it('reads ct as carats only about diamonds, never cents a kilowatt hour or a share', () => {
    expect(read('German household electricity prices averaged 40.1 ct/kWh in the first half.').map((m) => m.unit)).not.toContain('ct');
    expect(read('Deutsche Telekom raised its dividend by 13% to 90 ct per share.').map((m) => m.unit)).not.toContain('ct');
    expect(read('Petra Diamonds sold 1.2 million ct in the half at US$98/ct.')[1]).toMatchObject({ unit: 'USD/ct', entity: 'Petra Diamonds' });
  });

  it('leaves new home sales at an average price the market\'s, and a country\'s ", and its exports" the country\'s', () => {
    expect(read('New home sales in Shanghai rose 12% in October at an average price of 68,000 yuan per square metre.')[1]!.entity).toBe('market');
    const found = read("BHP's iron ore output rose 5% in the quarter. China's steel output fell 4% in October, and its exports rose 10% to 9.8 million tonnes.");
    expect(found.at(-1)!.entity).toBe('market');
  });

  it('takes no period or index written with digits as an owner', () => {
    expect(read("Q3's revenue rose 8% to $2.1 billion.")[0]!.entity).not.toBe('Q3');
    expect(read("ASX200's earnings are expected to grow 6%.")[0]!.entity).not.toBe('ASX200');
  });

  it('names tonnes after a cost or a freight rate by what they are, not the cost\'s volume', () => {
    expect(read('C1 unit costs were $18.40/t for 48 million tonnes of shipments.')[1]!.label).toBe('shipments');
    expect(read('Freight on the C3 route rose to $24/t for 170,000t Capesizes.')[1]!.label).not.toMatch(/volume/u);
  });

  it('reads 少减 as a smaller fall (up) and 多减 as a larger one (down), and 较上月初 as no month on month', () => {
    expect(read('住户存款比上年同期少减800亿元。')[0]!.change).toMatchObject({ direction: 'up' });
    expect(read('非银行业金融机构存款比上年同期多减3,000亿元。')[0]!.change).toMatchObject({ direction: 'down' });
    expect(read('螺纹钢现货价格较上月初下跌120元/吨至3,200元/吨。')[0]!.change?.basis).not.toBe('mom');
  });

  it('reads "on the September quarter last year" with no basis it cannot know', () => {
    const [output] = read('December quarter copper output rose 5% on the September quarter last year to 220,000 tonnes.', '2026-01-22');
    expect(output!.change?.basis).not.toBe('yoy');
  });
});
