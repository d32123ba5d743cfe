/*
 * Periods said the way a research desk writes them, from their exact dates: "1Q25",
 * "1H25", "9M25", "FY2025", "Jan–Apr 2025", "Mar 2025", or the day. The dates stay what
 * they are; this is only how a period reads in the grid, charts and reports.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(iso: string): { y: number; m: number; d: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  return match ? { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) } : null;
}

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The compact name of the period from `start` to `end` (ISO dates), or null when they are not dates. */
export function compactPeriod(start: string, end: string): string | null {
  const a = parts(start);
  const b = parts(end);
  if (!a || !b) return null;
  if (start === end) return end;
  const wholeMonths = a.d === 1 && b.d === lastDay(b.y, b.m);
  if (!wholeMonths) return `${start} – ${end}`;
  const months = (b.y - a.y) * 12 + (b.m - a.m) + 1;
  const yy = String(b.y % 100).padStart(2, '0');
  if (months === 12) return `FY${b.y}`;
  if (a.y !== b.y) return `${MONTHS[a.m - 1]} ${a.y}–${MONTHS[b.m - 1]} ${b.y}`;
  if (months === 1) return `${MONTHS[b.m - 1]} ${b.y}`;
  if (months === 3 && a.m % 3 === 1) return `${(a.m + 2) / 3}Q${yy}`;
  if (months === 6 && (a.m === 1 || a.m === 7)) return `${a.m === 1 ? 1 : 2}H${yy}`;
  if (a.m === 1 && months === 9) return `9M${yy}`;
  return `${MONTHS[a.m - 1]}–${MONTHS[b.m - 1]} ${b.y}`;
}

/**
 * A period as a column heading of the period sheet and the grid's narrow period column:
 * compactPeriod's names, with one day as "31 Mar 25" so a column of daily prices stays
 * narrow. Exports keep the ISO day.
 */
export function sheetPeriodLabel(start: string, end: string): string {
  const day = start === end ? parts(end) : null;
  if (day) return `${day.d} ${MONTHS[day.m - 1]} ${String(day.y % 100).padStart(2, '0')}`;
  return compactPeriod(start, end) ?? `${start} – ${end}`;
}
