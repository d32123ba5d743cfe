import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../electron/core/extract/extract.ts';

/*
 * Issue #12: broker table lines and counts said without a unit, as a fresh-eyes probe in these styles found them
 * misread. Sentences written for this file.
 */

const read = (text: string) => extractFromText(text, { date: '2025-11-20', subject: null });

describe('broker table lines', () => {
  it('names a Chinese measure written before a colon', () => {
    const metrics = read('营业收入：152.3亿元（同比+12.4%）；归母净利润：18.6亿元（同比-3.1%）；毛利率：28.7%（同比+1.2pct）。');
    expect(metrics.map((m) => m.label)).toEqual(['营业收入', '归母净利润', '毛利率']);
    expect(metrics.map((m) => m.change?.value)).toEqual([12.4, -3.1, 1.2]);
  });

  it('gives a company’s lines after "Revenue: US$…" no national owner (US$ is no country)', () => {
    expect(read('Revenue: US$1.2bn; net debt: US$3.9bn; leverage 1.8x.').map((m) => m.entity)).toEqual([null, null, null]);
  });

  it('reads a figure written with circa glued to it ("c.14%")', () => {
    const [, margin] = read('Guidance: FY25 revenue £5.6-5.8bn; adjusted operating margin c.14%.');
    expect(margin).toMatchObject({ value: 14, unit: '%', label: 'adjusted operating margin' });
  });
});

describe('counts said without a unit', () => {
  it('reads millions of shipments, buyers and deliveries as counts', () => {
    const [wafers] = read("SMIC's 8-inch equivalent wafer shipments were 2.49 million in Q3, up 4.6% quarter on quarter.");
    expect(wafers).toMatchObject({ value: 2490000, unit: 'count', label: '8-inch equivalent wafer shipments' });
    expect(wafers!.change).toMatchObject({ value: 4.6, basis: 'qoq' });
    const [buyers, arpu] = read('Active buyers increased to 412 million, and ARPU rose 9% to $58.');
    expect(buyers).toMatchObject({ value: 412000000, unit: 'count', label: 'Active buyers' });
    expect(arpu).toMatchObject({ value: 58, unit: 'USD', label: 'ARPU' });
  });
});
