import { describe, expect, it } from 'vitest';
import { extractTable, headerPeriod, readUnitsLine } from '../../../electron/core/extract/tables.ts';

describe('table headings and units lines', () => {
  it('reads "… ended <date>" headings as the months that end on the date', () => {
    expect(headerPeriod('Year ended 31 December 2024', null)).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
    expect(headerPeriod('Six months ended 30 June 2025', null)).toMatchObject({ start: '2025-01-01', end: '2025-06-30' });
    expect(headerPeriod('Three months ended March 31, 2025 (restated)', null)).toMatchObject({ start: '2025-01-01', end: '2025-03-31' });
    expect(headerPeriod('Year ended 30 September 2024', null)).toMatchObject({ start: '2023-10-01', end: '2024-09-30' });
    expect(headerPeriod('As at 31 December 2024', null)).toMatchObject({ start: '2024-12-31', end: '2024-12-31' });
    expect(headerPeriod('Note', null)).toBeNull();
  });

  it('reads a unit from a caption ending in it, and leaves a caption without one alone', () => {
    expect(readUnitsLine('Output by mine (kt)')).toMatchObject({ unit: 't', factor: 1000 });
    expect(readUnitsLine('Average selling price (US$)')).toMatchObject({ unit: 'USD', factor: 1 });
    expect(readUnitsLine('Output by mine (see note 4)')).toBeNull();
  });

  it('finds the period in a heading that carries the units too', () => {
    const text = 'Segment\tRMB million 2024\nMagnets\t1,204';
    const [metric] = extractTable(text, 0, text.length, readUnitsLine('RMB million'), { date: null, subject: null });
    expect(metric).toMatchObject({ label: 'Magnets', value: 1_204e6, unit: 'CNY', period: { start: '2024-01-01', end: '2024-12-31' } });
  });
});
