import { describe, expect, it } from 'vitest';
import { parseValueInput, readValueInput } from '../../../shared/value-input.ts';
import { MetricPatch } from '../../../shared/metrics.ts';

describe('a figure typed into the grid', () => {
  it('reads it as the grid shows it, scale, unit and qualifier included', () => {
    expect(parseValueInput('9.287 bn CNY', 'CNY')).toBe(9_287_000_000);
    expect(parseValueInput('9.5 bn', 'CNY')).toBe(9_500_000_000);
    expect(parseValueInput('950mn', 'USD')).toBe(950_000_000);
    expect(parseValueInput('9,500,000,000', 'CNY')).toBe(9_500_000_000);
    expect(parseValueInput('about 30', 'count')).toBe(30);
    expect(parseValueInput('61.19%', '%')).toBe(61.19);
    expect(parseValueInput('-8.6 mn', 'USD')).toBe(-8_600_000);
    expect(parseValueInput('(8.6)', 'USD')).toBe(-8.6);
    expect(parseValueInput('4.7万', 't')).toBe(47_000);
    expect(parseValueInput('.5', 'x')).toBe(0.5);
  });

  it('finds no figure in letters, a half-typed exponent, a bad grouping or nothing', () => {
    for (const text of ['abc', '1e', '1,2345', '', '  ', '9.5 bananas', 'CNY', '(8.6', '8.6)']) expect(parseValueInput(text, 'CNY'), text).toBeNull();
  });

  it('keeps every digit typed: the scale moves the decimal point, nothing rounds the figure', () => {
    expect(parseValueInput('1,234,567,890,123.45', 'CNY')).toBe(1_234_567_890_123.45);
    expect(parseValueInput('123,456,789,012,345', 'CNY')).toBe(123_456_789_012_345);
    expect(parseValueInput('1.23456789012345 tn', 'CNY')).toBe(1_234_567_890_123.45);
    expect(parseValueInput('0.1 bn', 'CNY')).toBe(100_000_000);
    expect(parseValueInput('9.287456123 bn', 'CNY')).toBe(9_287_456_123);
    expect(parseValueInput('0.000123456789012345', 'x')).toBe(0.000123456789012345);
    expect(parseValueInput('-0', 'x')).toBe(0);
  });

  it('refuses, saying why, a figure a double cannot hold digit for digit or one past any real amount', () => {
    const precise = readValueInput('1,234,567,890,123.4567', 'CNY');
    expect(precise).toEqual({ ok: false, reason: expect.stringContaining('1,234,567,890,123.4567 has 17 significant digits, more than a figure keeps exactly (15)') });
    expect(!precise.ok && precise.reason).toContain('Round it to 15 significant digits or fewer');
    const huge = readValueInput('99999999999999999999999999 bn', 'CNY');
    expect(huge).toEqual({ ok: false, reason: expect.stringContaining('99999999999999999999999999 bn is 99,999,999,999,999,999,999,999,999,000,000,000, more than 10^18') });
    expect(readValueInput('1000000000000000000000', 'CNY')).toMatchObject({ ok: false, reason: expect.stringContaining('more than 10^18') });
    expect(readValueInput('1,000,000 tn', 'CNY')).toMatchObject({ ok: false, reason: expect.stringContaining('Check the number of digits and the scale word') });
    expect(readValueInput('999,999 tn', 'CNY')).toEqual({ ok: true, value: 999_999e12 });
    expect(readValueInput('abc', 'CNY')).toEqual({ ok: false, reason: expect.stringContaining('that is not a figure') });
  });

  it('is refused by the core past 10^18 whoever sends it, in words', () => {
    expect(MetricPatch.safeParse({ value: 1e26 }).error?.issues[0]?.message).toMatch(/^A value of 10\^18 \(a billion billion\) or more is larger than any figure Assay keeps/u);
    expect(MetricPatch.safeParse({ value: -1e18 }).success).toBe(false);
    expect(MetricPatch.safeParse({ value: 9.99e17 }).success).toBe(true);
  });
});
