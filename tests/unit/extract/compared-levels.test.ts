import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../electron/core/extract/extract.ts';

/*
 * Issue #12: a level a change is measured against, said between the level and its change. The Chinese
 * "较上年同期的X增长Y%" and "比年初的X增长Y%", and the English "up Y% from X at the end of last year".
 * Each sentence is written for this test.
 */

const read = (text: string, date: string) => extractFromText(text, { date, subject: null })
  .map((m) => ({ text: m.text, label: m.label, period: m.period && [m.period.start, m.period.end], change: m.change && [m.change.value, m.change.basis, m.change.since ?? null] }));

describe('a level compared with, between a level and its change', () => {
  it('reads 较上年同期的 … 增长 as the same measure a year before, and the change as year on year', () => {
    expect(read('2025年前三季度，公司营业收入为92.87亿元，较上年同期的57.6亿元增长61.19%。', '2025-10-30')).toEqual([
      { text: '92.87亿元', label: '营业收入', period: ['2025-01-01', '2025-09-30'], change: [61.19, 'yoy', null] },
      { text: '57.6亿元', label: '营业收入', period: ['2024-01-01', '2024-09-30'], change: null },
    ]);
  });

  it('reads 比年初的 and 较上年末的 as the balance on the last day of the year before, the change since that day', () => {
    expect(read('截至9月末，公司总资产为1250亿元，比年初的1180亿元增长5.9%；贷款余额为820亿元，较上年末的760亿元增加60亿元。', '2025-10-30')).toEqual([
      { text: '1250亿元', label: '总资产', period: ['2025-09-30', '2025-09-30'], change: [5.9, 'since', '2024-12-31'] },
      { text: '1180亿元', label: '总资产', period: ['2024-12-31', '2024-12-31'], change: null },
      { text: '820亿元', label: '贷款余额', period: ['2025-09-30', '2025-09-30'], change: [6_000_000_000, 'since', '2024-12-31'] },
      { text: '760亿元', label: '贷款余额', period: ['2024-12-31', '2024-12-31'], change: null },
    ]);
  });

  it('gives a change after 与上年的 … 相比 to the level, with no basis the writers would not state', () => {
    expect(read('2024年公司实现归母净利润3.2亿元，与上年的2.5亿元相比增长28%。', '2025-03-30').map((m) => [m.text, m.change])).toEqual([
      ['3.2亿元', [28, 'unspecified', null]], ['2.5亿元', null],
    ]);
  });

  it('dates an English change from the dated level it is compared with, said after it', () => {
    expect(read('Total deposits were RMB 820 billion at 30 September 2025, up 6.1% from RMB 773 billion at the end of last year.', '2025-10-30')
      .map((m) => [m.text, m.period, m.change])).toEqual([
      ['RMB 820 billion', ['2025-09-30', '2025-09-30'], [6.1, 'since', '2024-12-31']],
      ['RMB 773 billion', ['2024-12-31', '2024-12-31'], null],
    ]);
    expect(read('Pr-Nd oxide rose 2.4% to 444,500 yuan/mt on Friday from 434,000 yuan/mt on March 24.', '2025-03-31')[0]!.change)
      .toEqual([2.4, 'since', '2025-03-24']);
  });

  it('moves the level compared with back to the year end before the figure\'s own, as its change is', () => {
    const [level, compared] = read('As at 31 December 2025, total assets were RMB 125.0 billion, up 5.9% compared with RMB 118.0 billion '
      + 'at the end of the previous year.', '2026-03-20');
    expect(level!.change).toEqual([5.9, 'since', '2024-12-31']);
    expect(compared!.period).toEqual(['2024-12-31', '2024-12-31']);
  });

  it('dates a change "over the end of the previous year" from that day', () => {
    expect(read('As at 31 December 2024, the asset-liability ratio was 46.3%, an increase of 9.8 percentage points over the end of '
      + 'the previous year.', '2025-04-25')[0]!.change).toEqual([9.8, 'since', '2023-12-31']);
  });

  it('pairs levels "分别为" with changes "同比分别增长" even when more figures follow in the sentence', () => {
    const ms = read('我们预计公司2025-2027年归母净利润分别为21.6亿元、28.3亿元和33.9亿元，同比分别增长142%、31%和20%，对应PE分别为38倍、29倍和24倍。',
      '2025-09-15');
    expect(ms.map((m) => [m.text, m.change])).toEqual([
      ['21.6亿元', [142, 'yoy', null]], ['28.3亿元', [31, 'yoy', null]], ['33.9亿元', [20, 'yoy', null]],
      ['38倍', null], ['29倍', null], ['24倍', null],
    ]);
  });

  it('keeps a change of a measure compared with a named year off the level before it (…，重稀土单耗较2023年下降约30%)', () => {
    expect(read('目前晶界渗透工艺覆盖率已提升至85%，重稀土单耗较2023年下降约30%。', '2025-07-18').map((m) => [m.text, m.label, m.change])).toEqual([
      ['85%', '晶界渗透工艺覆盖率', null], ['30%', '重稀土单耗', [-30, 'unspecified', null]],
    ]);
  });

  it('finds a company named right after a question mark (…？北辰磁材董秘回复：)', () => {
    const [m] = extractFromText('投资者提问：贵公司目前产能多少？北辰磁材董秘回复：公司钕铁硼毛坯产能为3.2万吨/年。', { date: '2025-07-18', subject: null });
    expect(m!.entity).toBe('北辰磁材');
  });

  it('keeps a second change listed after "from a year earlier" on the same level, not a figure of its own', () => {
    const ms = extractFromText('Revenue was RMB2.87 billion, up 11.2% from a year earlier and 6.5% from the second quarter.', { date: '2025-10-24', subject: null });
    expect(ms.map((m) => [m.text, m.change?.value, m.moreChanges.map((c) => c.value)])).toEqual([['RMB2.87 billion', 11.2, [6.5]]]);
  });
});

describe('a change after the same measure a year before, in brackets', () => {
  it('reads the change as year on year', () => {
    const text = 'The Group announces its interim results for the six months ended 30 June 2025. During the Reporting Period, '
      + 'sales volume of coking coal was 8.41 million tonnes (corresponding period of 2024: 9.02 million tonnes), representing a decrease of 6.8%.';
    expect(read(text, '2025-08-20').map((m) => [m.text, m.change])).toEqual([
      ['8.41 million tonnes', [-6.8, 'yoy', null]], ['9.02 million tonnes', null],
    ]);
  });

  it('gives a change said alone of the same measure and period to the level just said, not a metric of its own', () => {
    const text = 'Comparing the average cobalt price in H1 2025 (US$24,150/t) with H1 2024 (US$27,600/t), the average cobalt price in H1 this year fell 12.5% YoY.';
    expect(read(text, '2025-08-10').map((m) => [m.text, m.change])).toEqual([['US$24,150/t', [-12.5, 'yoy', null]], ['US$27,600/t', null]]);
    // A percentage's move in percent is no reading of it: the change stays a metric of its own.
    expect(read('Utilisation was 78% in Q3. Utilisation in Q3 rose 4% YoY.', '2025-10-10').map((m) => m.text)).toEqual(['78%', '4%']);
  });
});

describe('an adjective of direction before a level', () => {
  it('describes the level ("a lower price assumption of"), where a verb ("lowered its assumption by") states a change', () => {
    const [assumed, previously] = extractFromText('We now use a lower thermal coal price assumption of RMB655/t (previously RMB700/t).',
      { date: '2026-01-20', subject: null });
    expect([assumed!.value, assumed!.change, previously!.value, previously!.change]).toEqual([655, null, 700, null]);
    const [cut] = extractFromText('We lowered our coal price assumption by RMB45/t.', { date: '2026-01-20', subject: null });
    expect(cut!.change).toMatchObject({ value: -45, direction: 'down' });
  });
});

describe('a Chinese level compared with on a named day', () => {
  it('is the comparison, and the change after it belongs to the level before, since that day', () => {
    const [level, compared] = extractFromText('5月30日氧化镝均价为162万元/吨，较2025年12月31日的171万元/吨下跌9万元/吨。', { date: '2026-06-02', subject: null });
    expect(level).toMatchObject({ value: 1_620_000, change: { value: -90_000, basis: 'since', since: '2025-12-31' } });
    expect(compared).toMatchObject({ value: 1_710_000, change: null });
  });

  it('names 北方稀土 and 南方电网 as companies, 北方港口 as no company', () => {
    const entity = (text: string) => extractFromText(text, { date: '2026-04-20', subject: null })[0]!.entity;
    expect(entity('2026年第一季度，北方稀土实现营业收入101.2亿元。')).toBe('北方稀土');
    expect(entity('2026年第一季度，南方电网完成售电量3,120亿千瓦时。')).toBe('南方电网');
    expect(entity('4月，北方港口煤炭库存为2,410万吨。')).not.toBe('北方港口');
  });
});

describe('a Chinese basis with a space before the figure', () => {
  it('is read as written without it ("较前一日上涨 0.8%", as LibreOffice sets Chinese beside digits)', () => {
    const [close] = extractFromText('全国碳市场 2 月 17 日收盘价为 63.05 元/吨，较前一日上涨 0.8%。', { date: '2026-02-17', subject: null });
    expect(close!.change).toMatchObject({ value: 0.8, basis: 'dod' });
  });
});
