/*
 * Periods as prose states them — "Q1 2025", "in Q1", "January to May", "as of month-end
 * April", "on March 31 this year", "December 31, 2024", "FY2024", "H1", "in 2024" — found
 * in a sentence and resolved to start and end dates against the document's date.
 */

import { nonOverlapping } from '../text/non-overlapping.ts';

export interface Period {
  /** Offsets in the text searched. */
  index: number;
  length: number;
  label: string;
  start: string;
  end: string;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const MONTH_WORD = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/iu;
const YEAR_REF = '(?:,?\\s+(?:of\\s+)?(\\d{4}|this year|last year|next year))?';
const ORDINAL_Q = new Map(Object.entries({ first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 }));
const ORDINAL_H = new Map(Object.entries({ first: 1, second: 2, '1st': 1, '2nd': 2 }));

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthOf = (name: string) => MONTH_NAMES.indexOf(name.toLowerCase().slice(0, 3)) + 1;

type Span = { start: string; end: string };

/** The first day of month `a` to the last day of month `b`; null without a year. */
function months(y: number | null, a: number, b: number): Span | null {
  return y === null ? null : { start: iso(y, a, 1), end: iso(y, b, lastDay(y, b)) };
}

/** One day; null without a year or when the month has no such day. */
function day(y: number | null, mo: number, d: number): Span | null {
  return y === null || d < 1 || d > lastDay(y, mo) ? null : { start: iso(y, mo, d), end: iso(y, mo, d) };
}

/** The reference date's parts; a partial date ("2025-06") counts as its last day. */
function reference(date: string | null): { y: number; m: number; d: number } | null {
  if (!date) return null;
  const [y, m, d] = date.split('-').map(Number);
  if (!y) return null;
  const month = m ?? 12;
  return { y, m: month, d: d ?? lastDay(y, month) };
}

/**
 * The year a yearless period falls in: the document's year, or the one before when the
 * period would otherwise begin after the document was written.
 */
function yearFor(word: string | undefined, startMonth: number, ref: ReturnType<typeof reference>): number | null {
  if (word && /^\d{4}$/u.test(word)) return Number(word);
  if (!ref) return null;
  if (word === 'last year') return ref.y - 1;
  if (word === 'next year') return ref.y + 1;
  if (word === 'this year') return ref.y;
  return startMonth > ref.m ? ref.y - 1 : ref.y;
}

/** Each pattern runs only on text that passes its cheap `needs` test. */
const PATTERNS: Array<{ needs: RegExp; re: RegExp; make(m: RegExpExecArray, ref: ReturnType<typeof reference>): Span | null }> = [
  // Q1 2025, Q1, 1Q25, the first quarter of 2025
  {
    needs: /Q[1-4]|[1-4]Q|quarter/iu,
    re: new RegExp(`\\b(?:Q([1-4])|([1-4])Q(\\d{2})?|(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter)${YEAR_REF}`, 'giu'),
    make: (m, ref) => {
      const q = Number(m[1] ?? m[2]) || ORDINAL_Q.get((m[4] ?? '').toLowerCase())!;
      const y = m[3] ? 2000 + Number(m[3]) : yearFor(m[5]?.toLowerCase(), q * 3 - 2, ref);
      return months(y, q * 3 - 2, q * 3);
    },
  },
  // H1 2025, 1H, the first half of 2025
  {
    needs: /H[12]|[12]H|half/iu,
    re: new RegExp(`\\b(?:H([12])|([12])H(\\d{2})?|(first|second|1st|2nd) half|(half)-year)${YEAR_REF}`, 'giu'),
    make: (m, ref) => {
      const h = Number(m[1] ?? m[2]) || ORDINAL_H.get((m[4] ?? 'first').toLowerCase())!;
      const y = m[3] ? 2000 + Number(m[3]) : yearFor(m[5]?.toLowerCase(), h * 6 - 5, ref);
      return months(y, h * 6 - 5, h * 6);
    },
  },
  // FY2024, fiscal 2024, fiscal year 2024
  {
    needs: /FY|fiscal/iu,
    re: /\b(?:FY\s?|fiscal (?:year )?)(\d{4}|\d{2})\b/giu,
    make: (m) => {
      const y = m[1]!.length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
      return months(y, 1, 12);
    },
  },
  // the first ten months (of 2025)
  {
    needs: /months/iu,
    re: new RegExp(`\\bfirst (two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2}) months${YEAR_REF}`, 'giu'),
    make: (m, ref) => {
      const n = Number(m[1]) || ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'].indexOf(m[1]!.toLowerCase()) + 2;
      const y = yearFor(m[2]?.toLowerCase(), 1, ref);
      return n < 1 || n > 12 ? null : months(y, 1, n);
    },
  },
  // the first three quarters, the first nine months
  {
    needs: /quarters/iu,
    re: new RegExp(`\\bfirst (two|three) quarters${YEAR_REF}`, 'giu'),
    make: (m, ref) => {
      const n = m[1]!.toLowerCase() === 'two' ? 6 : 9;
      const y = yearFor(m[2]?.toLowerCase(), 1, ref);
      return months(y, 1, n);
    },
  },
  // the end of 2024, year-end 2024, the end of last year
  {
    needs: /end/iu,
    re: /\b(?:(?:at |by |as of )?the end of|year-end|end-)\s?(\d{4}|last year|this year)\b/giu,
    make: (m, ref) => {
      const y = yearFor(m[1]!.toLowerCase(), 12, ref);
      return day(y, 12, 31);
    },
  },
  // the start of June
  {
    needs: /start|beginning/iu,
    re: new RegExp(`\\b(?:at |by )?the (?:start|beginning) of ${MONTH}${YEAR_REF}`, 'giu'),
    make: (m, ref) => {
      const mo = monthOf(m[1]!);
      const y = yearFor(m[2]?.toLowerCase(), mo, ref);
      return day(y, mo, 1);
    },
  },
  // January to May (2025), Jan–May, between January and August
  {
    needs: MONTH_WORD,
    re: new RegExp(`\\b(?:from\\s+|between\\s+)?${MONTH}\\s*(?:to|through|until|and|-|–|—)\\s*${MONTH}${YEAR_REF}`, 'giu'),
    make: (m, ref) => {
      const a = monthOf(m[1]!);
      const b = monthOf(m[2]!);
      const y = yearFor(m[3]?.toLowerCase(), a, ref);
      return b < a ? null : months(y, a, b);
    },
  },
  // as of month-end April, at the end of April, end-April
  {
    needs: /end/iu,
    re: new RegExp(`\\b(?:(?:as of |at |by )?(?:the )?(?:month-end|end of|end-)\\s?)${MONTH}${YEAR_REF}`, 'giu'),
    make: (m, ref) => {
      const mo = monthOf(m[1]!);
      const y = yearFor(m[2]?.toLowerCase(), mo, ref);
      return y === null ? null : day(y, mo, lastDay(y, mo));
    },
  },
  // March 31 this year, December 31, 2024, July 8
  {
    needs: MONTH_WORD,
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b${YEAR_REF}`, 'giu'),
    make: (m, ref) => {
      const mo = monthOf(m[1]!);
      const d = Number(m[2]);
      const y = yearFor(m[3]?.toLowerCase(), mo, ref);
      return day(y, mo, d);
    },
  },
  // 31 December 2024
  {
    needs: MONTH_WORD,
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}${YEAR_REF}`, 'giu'),
    make: (m, ref) => {
      const mo = monthOf(m[2]!);
      const d = Number(m[1]);
      const y = yearFor(m[3]?.toLowerCase(), mo, ref);
      return day(y, mo, d);
    },
  },
  // in May (this year), May 2025
  {
    needs: MONTH_WORD,
    re: new RegExp(`\\b(?:(?:in|during|for|since) )?${MONTH}${YEAR_REF}`, 'gu'),
    make: (m, ref) => {
      if (m[0].toLowerCase().startsWith('may') && !m[2] && !/^(?:in|during|for|since) /iu.test(m[0])) return null; // the verb "may"
      const mo = monthOf(m[1]!);
      const y = yearFor(m[2]?.toLowerCase(), mo, ref);
      return months(y, mo, mo);
    },
  },
  // in 2024, for 2024, during 2024, the year 2024, 2024 (after a preposition)
  {
    needs: /(?:19|20)\d\d/u,
    re: /\b(?:in|for|during|of|over|through|throughout|year|since) (?:the (?:full )?year )?((?:19|20)\d{2})\b(?![,.]?\d)/giu,
    make: (m) => months(Number(m[1]), 1, 12),
  },
  // 一季度, 第一季度, 上半年, 2025年
  {
    needs: /季度/u,
    re: /(\d{4}年)?(?:第)?([一二三四])季度/gu,
    make: (m, ref) => {
      const q = '一二三四'.indexOf(m[2]!) + 1;
      const y = m[1] ? Number(m[1].slice(0, 4)) : yearFor(undefined, q * 3 - 2, ref);
      return months(y, q * 3 - 2, q * 3);
    },
  },
  {
    needs: /半年/u,
    re: /(\d{4}年)?([上下])半年/gu,
    make: (m, ref) => {
      const h = m[2] === '上' ? 1 : 2;
      const y = m[1] ? Number(m[1].slice(0, 4)) : yearFor(undefined, h * 6 - 5, ref);
      return months(y, h * 6 - 5, h * 6);
    },
  },
  // this year, last year (but not "the same period last year": that is a basis)
  {
    needs: /year/iu,
    re: /\b(?<!same period )(?<!a )(this year|last year)(?!'s| earlier)\b/giu,
    make: (m, ref) => {
      if (!ref) return null;
      const y = m[1]!.toLowerCase() === 'this year' ? ref.y : ref.y - 1;
      return months(y, 1, 12);
    },
  },
];

/** A cheap test that lets most sentences skip the period patterns. */
const MAY_HOLD_PERIOD = /\d{4}|[QH][1-4]|[1-4][QH]|quarter|half|month|year|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|fy|fiscal|季度|半年/iu;

/**
 * "in 2020, 2019 and 2018", "as of December 31, 2020 and 2019": the years listed after a
 * period are periods of the same shape in those years.
 */
function yearListTails(text: string, found: Period[]): Period[] {
  const tails: Period[] = [];
  for (const p of found) {
    const year = /(?:19|20)\d{2}$/u.exec(text.slice(p.index, p.index + p.length))?.[0];
    if (!year) continue;
    let at = p.index + p.length;
    // Sticky at `at` rather than anchored on a slice of the text: a long list of years is read once.
    const next = /(\s*,\s*(?:and\s+)?|\s*(?:,\s*)?and\s+)((?:19|20)\d{2})\b(?![,.]?\d)/uy;
    for (let m = execAt(next, text, at); m; m = execAt(next, text, at)) {
      const index = at + m[1]!.length;
      const shift = (d: string) => `${m![2]}${d.slice(4)}`;
      tails.push({ index, length: 4, label: p.label.replace(year, m[2]!), start: shift(p.start), end: shift(p.end) });
      at = index + 4;
    }
  }
  return tails;
}

function execAt(sticky: RegExp, text: string, at: number): RegExpExecArray | null {
  sticky.lastIndex = at;
  return sticky.exec(text);
}

/**
 * Every period in `text`, resolved against `date` (the document's date, YYYY[-MM[-DD]]).
 * Overlapping matches keep the earliest, longest.
 */
export function findPeriods(text: string, date: string | null): Period[] {
  if (!MAY_HOLD_PERIOD.test(text)) return [];
  const ref = reference(date);
  const found: Period[] = [];
  for (const { needs, re, make } of PATTERNS) {
    if (!needs.test(text)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const range = make(m, ref);
      if (!range) continue;
      const label = m[0].replace(/^(?:from|in|during|for|since|as of|at|by|of|over|through|throughout|year)\s+/iu, '').trim();
      const lead = m[0].length - m[0].trimStart().length + (m[0].trimStart().length - m[0].trimStart().replace(/^(?:from|in|during|for|since|as of|at|by|of|over|through|throughout|year)\s+/iu, '').length);
      found.push({ index: m.index + lead, length: m[0].length - lead, label, ...range });
    }
  }
  found.push(...yearListTails(text, found));
  return nonOverlapping(found);
}
