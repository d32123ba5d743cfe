import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../electron/core/extract/extract.ts';
import { simplifiedView } from '../../../electron/core/extract/traditional.ts';

/*
 * Issue #12: Taiwan's monthly revenue releases and Hong Kong filings, written in Traditional Chinese and in their own
 * dollars. Sentences written for this file.
 */

const read = (text: string) => extractFromText(text, { date: '2025-11-20', subject: null });

describe('Traditional Chinese', () => {
  it('reads 新台幣 amounts as Taiwan dollars, with 月增 and 年增 as month-on-month and year-on-year changes', () => {
    const [revenue] = read('台積電公布10月合併營收為新台幣3,672.6億元，月增16.9%，年增16.9%。');
    expect(revenue).toMatchObject({ value: 367260000000, unit: 'TWD', label: '合併營收', text: '3,672.6億元' });
    expect(revenue!.period).toMatchObject({ start: '2025-10-01', end: '2025-10-31' });
    expect(revenue!.change).toMatchObject({ value: 16.9, basis: 'yoy', direction: 'up' });
    expect(revenue!.moreChanges).toEqual([expect.objectContaining({ value: 16.9, basis: 'mom' })]);
    const [fall] = read('台塑化10月營收新台幣512億元，年減22.4%，主因油價下跌。');
    expect(fall).toMatchObject({ unit: 'TWD', label: '營收', entity: '台塑化' });
    expect(fall!.change).toMatchObject({ value: -22.4, basis: 'yoy', direction: 'down' });
  });

  it('reads 季減, 第三季 and 前三季 as a quarter’s change and periods', () => {
    const [revenue, margin, profit, eps] = read('聯發科第三季合併營收新台幣1,420.97億元，季減4.3%，毛利率46.5%，稅後純益新台幣254.77億元，每股盈餘15.89元。');
    expect(revenue).toMatchObject({ unit: 'TWD', label: '合併營收', period: { start: '2025-07-01', end: '2025-09-30' } });
    expect(revenue!.change).toMatchObject({ value: -4.3, basis: 'qoq' });
    expect(margin).toMatchObject({ value: 46.5, unit: '%', label: '毛利率' });
    expect(profit).toMatchObject({ unit: 'TWD', label: '稅後純益' });
    // A bare 元 is not guessed from the sentence (a sentence naming 港元 for H shares may quote A shares in yuan).
    expect(eps).toMatchObject({ value: 15.89, label: '每股盈餘' });
    const [nine] = read('廣達前三季累計營收達新台幣1兆4,890億元，創同期新高。');
    expect(nine).toMatchObject({ value: 1489000000000, unit: 'TWD', period: { start: '2025-01-01', end: '2025-09-30' } });
  });

  it('reads 兆 before 億 or 元 as a trillion, and the year-to-date change goes with its own total', () => {
    const [month, ytd] = read('鴻海10月營收新台幣8,940億元，較上月減少8.5%，較去年同期增加11.3%；累計前十月營收為新台幣6兆7,012億元，年增15.2%。');
    expect(month).toMatchObject({ value: 894000000000, unit: 'TWD', entity: '鴻海' });
    expect([month!.change, ...month!.moreChanges].map((c) => [c!.value, c!.basis])).toEqual([[11.3, 'yoy'], [-8.5, 'mom']]);
    expect(ytd).toMatchObject({ value: 6701200000000, unit: 'TWD', text: '6兆7,012億元' });
    expect(ytd!.change).toMatchObject({ value: 15.2, basis: 'yoy' });
    expect(read('全年營收新台幣1.49兆元。')[0]).toMatchObject({ value: 1490000000000, unit: 'TWD' });
    expect(read('風電裝機容量達3.2兆瓦。')[0]).toMatchObject({ value: 3200, unit: 'kW' });
  });

  it('reads 港幣 amounts written with 元 as Hong Kong dollars, and 萬戶 as a count', () => {
    const [final, previous] = read('董事會建議派發末期股息每股港幣0.42元（二零二四年：港幣0.38元）。');
    expect([final!.unit, previous!.unit]).toEqual(['HKD', 'HKD']);
    expect(read('期内每股基本盈利为港币1.27元。')[0]).toMatchObject({ value: 1.27, unit: 'HKD' });
    expect(read('中華電信行動用戶數達1,240萬戶。')[0]).toMatchObject({ value: 12400000, label: '中華電信行動用戶數' });
    // Only the name right before an amount counts: a sentence naming 港元 may quote A shares and futures in yuan.
    expect(read('港股通净买入港币12亿元，折合人民币11亿元，每股派息0.5元。').map((m) => m.unit)).toEqual(['HKD', 'CNY', 'CNY']);
    expect(read('公司H股收于12.5港元，A股收于10.2元。').map((m) => m.unit)).toEqual(['HKD', 'CNY']);
    expect(read('赣锋锂业H股收于25港元，碳酸锂期货主力合约收于75,300元/吨。')[1]).toMatchObject({ unit: 'CNY/t' });
  });

  it('keeps every figure of simplified text as it was: the view is only made where a traditional character is', () => {
    expect(simplifiedView('公司营收为120亿元，同比增长8%。')).toBeNull();
    expect(simplifiedView('Revenue rose 8% to $5bn.')).toBeNull();
    const text = '營收為新台幣3,672.6億元';
    expect(simplifiedView(text)).toBe('营收为新台币3,672.6亿元');
    expect(simplifiedView(text)!.length).toBe(text.length);
  });
});

describe('Hong Kong and Macau figures, and ranges written with 至', () => {
  it('reads 按年 and 較去年同月 as year on year, and QoQ before a signed change as quarter on quarter', () => {
    expect(read('港交所收入及其他收益為港幣203億元，按年上升37%。')[0]!.change).toMatchObject({ value: 37, basis: 'yoy' });
    expect(read('香港零售業總銷貨價值臨時估計為326億港元，較去年同月上升5.9%。')[0]!.change).toMatchObject({ basis: 'yoy' });
    const [, quarter] = read('營收 YoY +8.3%、QoQ -2.1%，至新台幣225.4億元。');
    expect(quarter!.change).toMatchObject({ value: -2.1, basis: 'qoq' });
  });

  it('reads MOP as the pataca in a text about Macau, and as no currency elsewhere (muriate of potash)', () => {
    const [ggr, mass] = read('Macau GGR was MOP 18.6bn in October, and mass GGR rose 12% year on year to MOP 14.2bn.');
    expect(ggr).toMatchObject({ value: 18600000000, unit: 'MOP' });
    expect(mass!.change).toMatchObject({ value: 12, basis: 'yoy' });
    expect(read('Potash: MOP 250,000 t was shipped.').map((m) => m.unit)).not.toContain('MOP');
  });

  it('reads 截至…止六個月 and 止年度 as the months up to that day', () => {
    const [profit] = read('本公司截至2025年6月30日止六個月之股東應佔溢利為港幣12.35億元，較去年同期上升18%。');
    expect(profit).toMatchObject({ label: '股東應佔溢利', unit: 'HKD', period: { start: '2025-01-01', end: '2025-06-30' } });
    expect(read('截至2025年3月31日止年度，收入为82亿港元。')[0]!.period).toMatchObject({ start: '2024-04-01', end: '2025-03-31' });
  });

  it('reads two amounts joined by 至 as a range, but not a move from one level to another', () => {
    expect(read('大立光11月營收預估將落在新台幣45億至48億元之間。')[0])
      .toMatchObject({ value: 4500000000, valueHigh: 4800000000, unit: 'TWD', label: '營收' });
    expect(read('公司预计全年归母净利润为12.5亿至14.5亿元。')[0]).toMatchObject({ value: 1250000000, valueHigh: 1450000000, unit: 'CNY' });
    expect(read('预计2025年归母净利润12.5至14.5亿元。')[0]).toMatchObject({ value: 1250000000, valueHigh: 1450000000 });
    expect(read('营收由31.4亿元增至33亿元。').map((m) => [m.value, m.valueHigh])).toEqual([[3140000000, null], [3300000000, null]]);
    expect(read('产能将从5万吨至8万吨。').map((m) => m.valueHigh)).toEqual([null, null]);
  });
});

describe('readings a fresh-eyes review of the Traditional Chinese round found too broad', () => {
  it('keeps labels of simplified text in simplified characters, and added words in the script of the text', () => {
    expect(read('公司拟每10股派发现金红利3.5元（含税）。')[0]!.label).not.toMatch(/[現紅]/u);
    expect(read('布蘭特原油期貨收於每桶65.2美元。')[0]!.label).toBe('布蘭特原油期貨價格');
  });

  it('reads 年增 and 月增 before an amount as what is added each year or month, not a change', () => {
    expect(read('项目投产后预计可年增5亿元收入。')[0]).toMatchObject({ value: 500000000, kind: 'level', change: null });
  });

  it('reads a show’s season (该剧第二季) as no quarter, and leaves Japanese amounts in 兆 unread', () => {
    expect(read('该剧第二季收视率为2.1%，广告收入为3亿元。').map((m) => m.period)).toEqual([null, null]);
    expect(read('トヨタの2026年3月期の営業利益は3兆2000億円。')).toEqual([]);
  });

  it('reads a heading before a colon as no label (投资要点, 一年最高/最低), and 收在 as no label either', () => {
    expect(read('投资要点：25%的增速超预期。')[0]!.label).not.toBe('投资要点');
    expect(read('一年最高/最低：32.1/18.5元。').map((m) => m.label)).not.toContain('最低');
    expect(read('台股加權指數上漲350點，收在27,800點。')[1]!.label).toBe('台股加權指數');
  });

  it('reads a Taiwan-dollar rate quoted in 元 as Taiwan dollars per dollar, and a change verb before 约 as no range', () => {
    expect(read('新台幣兌美元收盤為30.52元。')[0]).toMatchObject({ value: 30.52, unit: 'TWD/USD' });
    const [level] = read('产量同比增加约2万吨至15万吨。');
    expect(level).toMatchObject({ value: 150000, valueHigh: null });
    expect(level!.change).toMatchObject({ value: 20000, unit: 't' });
  });
});
