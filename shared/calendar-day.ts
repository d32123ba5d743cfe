/*
 * A day as an analyst types one (a metric's period, a report's date, the CLI's --date):
 * written YYYY-MM-DD and on the calendar. What is wrong with one is said in words, with the
 * day read out ("30 February 2025 is not a date: February 2025 has 28 days"), never as a
 * pattern or a field name.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/**
 * Why `text` is not a day written YYYY-MM-DD, in words ending with what to type instead;
 * null when it is one.
 */
export function calendarDayProblem(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  if (!m) return `“${text}” is not a date written YYYY-MM-DD; type one such as 2025-03-31`;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `${text} is not a date: there is no month ${month} (months run 01 to 12); type a real date as YYYY-MM-DD`;
  const last = daysIn(year, month);
  if (day < 1 || day > last) {
    const name = `${MONTHS[month - 1]} ${year}`;
    return `${day} ${name} is not a date: ${name} has ${last} days; type a real date as YYYY-MM-DD, such as ${m[1]}-${m[2]}-${String(last)}`;
  }
  return null;
}

/** Whether YYYY-MM-DD names a day on the calendar: 2025-02-30 does not. */
export function isCalendarDay(text: string): boolean {
  return calendarDayProblem(text) === null;
}
