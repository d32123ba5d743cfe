import { describe, expect, it } from 'vitest';
import { formatPeriod, formatPeriodInFull } from '../../../shared/format.ts';
import { compactPeriod } from '../../../shared/period-label.ts';

describe('periods said compactly, dates kept', () => {
  it.each([
    ['2025-01-01', '2025-03-31', '1Q25'],
    ['2025-10-01', '2025-12-31', '4Q25'],
    ['2025-01-01', '2025-06-30', '1H25'],
    ['2025-07-01', '2025-12-31', '2H25'],
    ['2025-01-01', '2025-09-30', '9M25'],
    ['2025-01-01', '2025-04-30', 'Jan–Apr 2025'],
    ['2025-01-01', '2025-12-31', 'FY2025'],
    ['2024-04-01', '2025-03-31', 'FY2025'],
    ['2025-03-01', '2025-03-31', 'Mar 2025'],
    ['2025-08-01', '2025-10-31', 'Aug–Oct 2025'],
    ['2024-11-01', '2025-02-28', 'Nov 2024–Feb 2025'],
    ['2025-03-31', '2025-03-31', '2025-03-31'],
    ['2025-06-27', '2025-07-03', '2025-06-27 – 2025-07-03'],
  ])('%s – %s is %s', (start, end, compact) => {
    expect(compactPeriod(start, end)).toBe(compact);
  });

  it('shows the compact name in the grid and reports, and everything in the inspector', () => {
    const m = { periodLabel: 'the first three quarters', periodStart: '2025-01-01', periodEnd: '2025-09-30' };
    expect(formatPeriod(m)).toBe('9M25');
    expect(formatPeriodInFull(m)).toBe('9M25 (2025-01-01 – 2025-09-30), “the first three quarters”');
    expect(formatPeriod({ periodLabel: 'next year', periodStart: null, periodEnd: null })).toBe('next year');
  });
});
