/*
 * Periods moved back in time, for changes between periods (Q/Q, Y/Y): the period of the
 * same length ending some months earlier. A period of whole months stays whole months
 * (1Q25 → 4Q24, FY2025 → FY2024, Feb 2024 → Feb 2023 ending on the 28th); any other
 * period moves day for day, a day past the month's end falling back to its last day.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/u;

interface Day { y: number; m: number; d: number }

function parse(iso: string): Day | null {
  const match = ISO.exec(iso);
  return match ? { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) } : null;
}

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (p: Day) => `${p.y}-${String(p.m).padStart(2, '0')}-${String(p.d).padStart(2, '0')}`;

/** The day `months` months before, its day of month kept where the month has it, else the month's last. */
function back(p: Day, months: number, monthEnd: boolean): Day {
  const index = p.y * 12 + (p.m - 1) - months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: monthEnd ? lastDay(y, m) : Math.min(p.d, lastDay(y, m)) };
}

/** How many whole calendar months the period spans, or null when it does not run from a 1st to a month's end. */
export function wholeMonths(start: string, end: string): number | null {
  const a = parse(start);
  const b = parse(end);
  if (!a || !b || a.d !== 1 || b.d !== lastDay(b.y, b.m)) return null;
  return (b.y - a.y) * 12 + (b.m - a.m) + 1;
}

/** The same-length period ending `months` months before this one, or null when the dates are not ISO days. */
export function shiftPeriod(start: string, end: string, months: number): { start: string; end: string } | null {
  const a = parse(start);
  const b = parse(end);
  if (!a || !b) return null;
  const whole = wholeMonths(start, end) !== null;
  return { start: iso(back(a, months, false)), end: iso(back(b, months, whole)) };
}
