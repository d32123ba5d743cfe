import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../electron/core/extract/extract.ts';

/*
 * Issue #12: a trading desk's close written as shorthand lines — futures codes ("Jul-26"), contract numbers
 * ("No.11"), cents a pound, and changes given as bare signed numbers ("-37 d/d"). Written for this test.
 */

const read = (text: string, date: string) => extractFromText(text, { date, subject: null }).map((m) => ({
  text: m.text, value: Math.round(m.value * 100) / 100, unit: m.unit, period: m.period && `${m.period.start}..${m.period.end}`,
  change: m.change && `${Math.round(m.change.value * 100) / 100} ${m.change.unit} ${m.change.basis}`,
}));

describe('a futures code', () => {
  it('names the contract in the label, its price being of the close\'s day, and a contract number before it is no day', () => {
    const close = 'Cocoa close, Wed 8 Jul\nNY Sep-26 settled US$6,240/t, -85 d/d;\nLondon No.7 Dec-26 £4,410/t;\nICE certified stocks 1.62 million bags.';
    const read = extractFromText(close, { date: '2026-07-08', subject: null });
    expect(read.map((m) => [m.text, m.label, m.period && `${m.period.start}..${m.period.end}`])).toEqual([
      ['US$6,240/t', 'NY Sep-26 price', '2026-07-08..2026-07-08'], ['£4,410/t', 'London No.7 Dec-26 price', '2026-07-08..2026-07-08'],
      ['1.62 million bags', expect.any(String), '2026-07-08..2026-07-08'],
    ]);
  });
});

describe('cents a pound', () => {
  it('reads cents alone after a price in cents a pound as cents a pound, converted to a tonne', () => {
    const [settle, low] = read('Sugar No.11 Jul-26 17.40c/lb (intraday low 17.05c).', '2026-06-30');
    expect(settle).toMatchObject({ value: 383.6, unit: 'USD/t' });
    expect(low).toMatchObject({ text: '17.05c', value: 375.89, unit: 'USD/t' });
    // Grain stays a bushel.
    expect(read('CBOT Jul-26 wheat settled 548c/bu (low 541c).', '2026-06-30')[1]).toMatchObject({ text: '541c', value: 5.41, unit: 'USD/bu' });
    // Without a price a pound before them, cents are cents.
    expect(read('The interim dividend was 15c.', '2026-06-30')[0]).toMatchObject({ value: 0.15, unit: 'USD' });
  });
});

describe('a change as a bare signed number', () => {
  it('is the level\'s change in the level\'s unit as written, with its basis', () => {
    expect(read('Robusta Sep-26 USD 3,905/t, -37 d/d;', '2026-07-08')[0]!.change).toBe('-37 USD/t dod');
    expect(read('Brent US$74.20/bbl, +1.15 w/w.', '2026-07-08')[0]!.change).toBe('1.15 USD/bbl unspecified');
    // A number with no basis after it says nothing of a change.
    expect(read('Robusta Sep-26 USD 3,905/t, 12 lots.', '2026-07-08')[0]!.change).toBeNull();
  });
});

describe('agricultural companies', () => {
  const entities = (text: string) => extractFromText(text, { date: '2026-03-20', subject: null }).map((m) => m.entity);
  it('are named by their trade word, and a crop\'s board or market stays the market', () => {
    expect(entities('Marlowe Cocoa processed 412,000 tonnes of beans in 2025.')).toEqual(['Marlowe Cocoa']);
    expect(entities('Kedah Ridge Plantations harvested 1.9 million tonnes of fresh fruit bunches in 2025.')).toEqual(['Kedah Ridge Plantations']);
    expect(entities('桂岭糖业2025年实现营业收入41.6亿元。')).toEqual(['桂岭糖业']);
    expect(entities('The Malaysian Cocoa Board put grindings at 92,300 tonnes in the fourth quarter.')).toEqual(['market']);
  });
});

describe('a title\'s month and year set apart by a dash', () => {
  it('is that month', () => {
    const [m] = extractFromText('Background checks November - 2015: the state issued 98,452 permits.', { date: '2015-12-03', subject: null });
    expect(m!.period).toMatchObject({ start: '2015-11-01', end: '2015-11-30' });
  });
});

describe('money and ratios a desk writes tersely', () => {
  const read = (text: string) => extractFromText(text, { date: '2026-01-19', subject: null }).map((m) => [m.text, m.value, m.unit]);
  it('reads ringgit and rupees in cents, kilograms a tonne, and a dash between numbers as no fall', () => {
    expect(read('We cut our target price to RM4.90 from RM5.35.')).toEqual([['RM4.90', 4.9, 'MYR'], ['RM5.35', 5.35, 'MYR']]);
    expect(read('The mill recovered 141.2 kg/t of sugar from cane.')).toEqual([['141.2 kg/t', 141.2, 'kg/t']]);
    const [bid] = extractFromText('Module bids ranged RMB0.66-0.70/W.', { date: '2026-01-19', subject: null });
    expect(bid!.change).toBeNull();
  });
});

describe('Chinese counts of warrants and certificates, and a split year\'s tail', () => {
  it('reads 张 as a count, and no count from "2026/27 sugar exports"', () => {
    const [warrants] = extractFromText('3月20日白糖注册仓单10,215张，较前一日减少96张。', { date: '2026-03-20', subject: null });
    expect(warrants).toMatchObject({ value: 10_215, unit: 'count', change: { value: -96, basis: 'dod' } });
    const read = extractFromText('By March, 58% of our 2026/27 sugar exports were hedged.', { date: '2026-04-15', subject: null });
    expect(read.map((m) => m.text)).toEqual(['58%']);
  });
});

describe('names joined by e, de and del', () => {
  it('keep their whole name, in the sentence and after it', () => {
    const read = extractFromText('In the 2025/26 harvest year, ended 31 March 2026, Usina Boa Vista Açúcar e Energia S.A. crushed 9.4 million '
      + 'tonnes of cane. Sugar took 48.1% of the mix.', { date: '2026-05-12', subject: null });
    expect(read.map((m) => m.entity)).toEqual(['Usina Boa Vista Açúcar e Energia', 'Usina Boa Vista Açúcar e Energia']);
    expect(extractFromText('Harbourline LNG Marketing took the vessel at US$38,500/day.', { date: '2026-01-09', subject: null })[0]!.entity)
      .toBe('Harbourline LNG Marketing');
  });
});
