import { calendarDayProblem } from './calendar-day.ts';

/*
 * Kept apart from reports.ts, which loads zod: the report builder checks a date as it is
 * typed, and the workbench's bundle holds no zod.
 */

/** Why a report's date cannot be saved, in words; null when it is empty or a day on the calendar. */
export function reportDateProblem(date: string): string | null {
  const problem = date === '' ? null : calendarDayProblem(date);
  return problem ? `The report's date ${problem}` : null;
}
