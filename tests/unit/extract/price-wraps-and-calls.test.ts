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
  it('reads no period from the day a dividend is payable, with or without "on"', () => {
    const [dividend] = read('The board declared a quarterly dividend of 22 cents a share, payable December 15 to holders of record on November 28.');
    expect(dividend).toMatchObject({ text: '22 cents', period: null });
  });
});
