/*
 * Calendar dates as articles write them ("June 27, 2025", "27 June 2025", "June 2025",
 * "2025-06-27", "July 8"), found in text and resolved to ISO strings. A date without a
 * year takes the year of the nearest date that has one, or of a year mentioned nearby.
 */

import { nonOverlapping } from '../text/non-overlapping.ts';

const MONTHS = new Map(Object.entries({
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
}));
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

const PATTERNS: Array<{ re: RegExp; read(m: RegExpExecArray): Partial<FoundDate> }> = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/gu, read: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }) },
  { re: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/gu, read: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }) },
  // "2026 年 10 月 30 日": a space may stand between the digits and the characters.
  { re: /(\d{4}) ?年 ?(\d{1,2}) ?月(?: ?(\d{1,2}) ?日)?/gu, read: (m) => ({ year: +m[1]!, month: +m[2]!, day: m[3] ? +m[3] : null }) },
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, 'giu'), read: (m) => ({ month: monthOf(m[1]!), day: +m[2]!, year: m[3] ? +m[3] : null }) },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+(\\d{4}))?\\b`, 'giu'), read: (m) => ({ day: +m[1]!, month: monthOf(m[2]!), year: m[3] ? +m[3] : null }) },
  { re: new RegExp(`\\b${MONTH},?\\s+(\\d{4})\\b`, 'giu'), read: (m) => ({ month: monthOf(m[1]!), year: +m[2]!, day: null }) },
];

export interface FoundDate {
  index: number;
  length: number;
  year: number | null;
  month: number;
  day: number | null;
}

function monthOf(word: string): number {
  return MONTHS.get(word.toLowerCase().slice(0, 3))!;
}

function valid(d: Partial<FoundDate>): boolean {
  if (!d.month || d.month < 1 || d.month > 12) return false;
  if (d.day !== null && d.day !== undefined && (d.day < 1 || d.day > 31)) return false;
  return d.year === null || d.year === undefined || (d.year >= 1900 && d.year <= 2199);
}

/** Every date in `text`, in order; overlapping matches keep the earliest, longest one. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const date = { index: m.index, length: m[0].length, year: null, day: null, ...read(m) } as FoundDate;
      if (valid(date)) found.push(date);
    }
  }
  return nonOverlapping(found);
}

/** Four-digit years standing alone ("the 2025 reform", "© 2025"), for dates that lack one. */
function yearMentions(text: string): Array<{ index: number; year: number }> {
  return [...text.matchAll(/(?<![\d.,-])(19[5-9]\d|20\d\d)(?![\d.,%])/gu)].map((m) => ({ index: m.index!, year: +m[1]! }));
}

/** The year for a date at `index` that does not state one, or null. */
export function inferYear(text: string, index: number, dates: FoundDate[] = findDates(text)): number | null {
  return nearestYear(yearCandidates(text, dates), index);
}

/**
 * The years a date without one may take, in text order: those of `dates`, else the years standing
 * alone in `text`. Worked out once per document: once per date, a long list of dates took time
 * growing with the square of the text.
 */
export function yearCandidates(text: string, dates: FoundDate[]): Array<{ index: number; year: number }> {
  const withYear = dates.filter((d) => d.year !== null).map((d) => ({ index: d.index, year: d.year! }));
  return withYear.length ? withYear : yearMentions(text);
}

/** The year of the candidate nearest `index` (the earlier of two as near), found by halving. */
export function nearestYear(candidates: Array<{ index: number; year: number }>, index: number): number | null {
  let lo = 0;
  let hi = candidates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (candidates[mid]!.index < index) lo = mid + 1;
    else hi = mid;
  }
  const below = candidates[lo - 1];
  const above = candidates[lo];
  if (below && (!above || index - below.index <= above.index - index)) return below.year;
  return above?.year ?? null;
}

/** ISO form of a date, partial when the day or the year is unknown. */
export function toIso(year: number, month: number, day: number | null): string {
  const mm = String(month).padStart(2, '0');
  return day === null ? `${year}-${mm}` : `${year}-${mm}-${String(day).padStart(2, '0')}`;
}
