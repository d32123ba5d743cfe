import { describe, expect, it } from 'vitest';
import { calendarDayProblem, isCalendarDay } from '../../../shared/calendar-day.ts';

describe('a day as an analyst types one', () => {
  it('is a day written YYYY-MM-DD on the calendar, leap days included', () => {
    for (const day of ['2025-02-28', '2024-02-29', '2000-02-29', '2025-12-31', '0001-01-01']) expect(calendarDayProblem(day), day).toBeNull();
    expect(isCalendarDay('2025-02-30')).toBe(false);
  });

  it('says in words what is wrong, reading the day out, and what to type', () => {
    expect(calendarDayProblem('2025-02-30')).toBe('30 February 2025 is not a date: February 2025 has 28 days; type a real date as YYYY-MM-DD, such as 2025-02-28');
    expect(calendarDayProblem('1900-02-29')).toBe('29 February 1900 is not a date: February 1900 has 28 days; type a real date as YYYY-MM-DD, such as 1900-02-28');
    expect(calendarDayProblem('2025-04-00')).toMatch(/^0 April 2025 is not a date: April 2025 has 30 days/u);
    expect(calendarDayProblem('2025-13-45')).toBe('2025-13-45 is not a date: there is no month 13 (months run 01 to 12); type a real date as YYYY-MM-DD');
    expect(calendarDayProblem('22/11/2026')).toBe('“22/11/2026” is not a date written YYYY-MM-DD; type one such as 2025-03-31');
  });
});
