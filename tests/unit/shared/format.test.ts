import { describe, expect, it } from 'vitest';
import { auditNote, formatValueAt } from '../../../shared/format.ts';

describe('values at a chosen scale', () => {
  it('pins every figure of a column to one scale, and leaves percentages alone', () => {
    expect(formatValueAt(9_287_000_000, 'CNY', 'auto')).toBe('9.287 bn CNY');
    expect(formatValueAt(9_287_000_000, 'CNY', 'mn')).toBe('9,287 mn CNY');
    expect(formatValueAt(444_500, 'CNY/t', 'k')).toBe('444.5 k CNY/t');
    expect(formatValueAt(2_310_000_000, 'CNY', 'units')).toBe('2,310,000,000 CNY');
    expect(formatValueAt(61.19, '%', 'bn')).toBe('61.19%');
    expect(formatValueAt(null, 'CNY', 'mn')).toBe('');
  });
});

describe('audit notes', () => {
  const base = { label: 'revenue', value: 9.3e9, unit: 'CNY', entity: 'Halcyon', periodLabel: 'Q1', periodStart: '2025-01-01', periodEnd: '2025-03-31' };
  it('names each changed field with its extracted original', () => {
    const original = { ...base, value: 9.287e9, label: 'operating revenue', entity: null };
    expect(auditNote({ ...base, edited: true, original })).toBe('Edited; extracted: value 9.287 bn CNY, label “operating revenue”, no entity');
    expect(auditNote({ ...base, edited: true, original: { ...base, periodStart: '2024-10-01', periodEnd: '2024-12-31' } })).toBe('Edited; extracted: period 4Q24');
  });

  it("gives each grid cell its own field's change, so a period and entity edit leave the value unmarked", () => {
    const edited = { ...base, edited: true, original: { ...base, entity: 'market', periodStart: '2024-03-31', periodEnd: '2024-03-31' } };
    expect(auditNote(edited, 'value')).toBeNull();
    expect(auditNote(edited, 'label')).toBeNull();
    expect(auditNote(edited, 'entity')).toBe('Edited; extracted: entity “market”');
    expect(auditNote(edited, 'period')).toMatch(/^Edited; extracted: period .*2024/u);
    expect(auditNote({ ...base, edited: true, original: { ...base, unit: 'USD' } }, 'value')).toBe('Edited; extracted: value 9.3 bn USD');
  });

  it('says nothing for a metric as extracted, or edited back to it', () => {
    expect(auditNote({ ...base, edited: false, original: null })).toBeNull();
    expect(auditNote({ ...base, edited: true, original: { ...base } })).toBeNull();
  });
});
