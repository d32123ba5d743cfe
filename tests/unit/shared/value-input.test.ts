import { describe, expect, it } from 'vitest';
import { parseValueInput } from '../../../shared/value-input.ts';

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
});
