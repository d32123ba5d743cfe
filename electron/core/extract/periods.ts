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
  /** A date that says when something happened or was written (a start-up, a dateline), not what a figure covers. */
  event?: true;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)(?![A-Za-z])';
const MONTH_WORD = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/iu;
const YEAR_REF = '(?:,?\\s+(?:of\\s+)?(\\d{4}|this year|last year|next year))?';
const ORDINAL_Q = new Map(Object.entries({ first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 }));
const ORDINAL_H = new Map(Object.entries({ first: 1, second: 2, '1st': 1, '2nd': 2 }));

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
/** The last day of month `m` (1-12) of year `y`. */
export const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthOf = (name: string) => MONTH_NAMES.indexOf(name.toLowerCase().slice(0, 3)) + 1;

type Span = { start: string; end: string };

/** The first day of month `a` to the last day of month `b`; null without a year. */
function months(y: number | null, a: number, b: number): Span | null {
  return y === null ? null : { start: iso(y, a, 1), end: iso(y, b, lastDay(y, b)) };
}

/** Half `h` of a fiscal year ending in month `fiscalEnd`: the latest such half begun by the reference date. */
function fiscalHalf(h: number, fiscalEnd: number, ref: Reference): Span {
  const first = ((fiscalEnd + (h - 1) * 6) % 12) + 1;
  const y = first > ref.m ? ref.y - 1 : ref.y;
  const endY = first + 5 > 12 ? y + 1 : y;
  const last = ((first + 4) % 12) + 1;
  return { start: iso(y, first, 1), end: iso(endY, last, lastDay(endY, last)) };
}

/** One day; null without a year or when the month has no such day. */
function day(y: number | null, mo: number, d: number): Span | null {
  return y === null || d < 1 || d > lastDay(y, mo) ? null : { start: iso(y, mo, d), end: iso(y, mo, d) };
}

type Reference = { readonly y: number; readonly m: number; readonly d: number };
/** The last date read and its parts: every sentence of a document is read against the same date. */
let lastReference: { date: string; ref: Reference | null } | null = null;

/** The reference date's parts; a partial date ("2025-06") counts as its last day. */
function reference(date: string | null): Reference | null {
  if (!date) return null;
  if (lastReference?.date !== date) lastReference = { date, ref: parseReference(date) };
  return lastReference.ref;
}

function parseReference(date: string): Reference | null {
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

/**
 * The year of a yearless day a period ends on: the last such day by the document's date ("the quarter ended October
 * 31"), or, for a period still "ending" then, the next one ("the year ending December 31", written in November).
 */
function yearEnding(mo: number, d: number, ending: boolean, ref: Reference | null): number | null {
  if (!ref) return null;
  const after = mo > ref.m || (mo === ref.m && d > ref.d);
  if (ending) return after ? ref.y : ref.y + 1;
  return after ? ref.y - 1 : ref.y;
}

/**
 * A clause that speaks of what is to come, up to a month it names: the cue, then at most seven words with no clause
 * break and no verb of the past between ("will pay a dividend after profit rose 5% in January" speaks of January past).
 */
const FUTURE_BEFORE = new RegExp(String.raw`\b(?:will|shall|plans? to|planned to|agreed to|(?:is|are) set to|scheduled to|(?:is|are) due to|`
  + String.raw`effective (?:from|on))\s+`
  + String.raw`(?:(?!(?:after|before|when|since|which|that|who|but|as|having|was|were|had|has|rose|fell|grew|came|hit|sold|made|paid|saw|`
  + String.raw`took|got|set|cut|put|held|led|won|lost|spent|recorded|reported)\b)(?![\p{L}]+ed\b)(?:[\p{L}\p{N}$€£¥%./+-]|,(?=\d))+\s+){0,10}$`, 'iu');

/** Weeks written in words, as retailers count their quarters and years. */
const WEEKS_WRITTEN = new Map([['fifty-two', 52], ['fifty-three', 53], ['thirteen', 13], ['twelve', 12], ['sixteen', 16], ['twenty-six', 26]]);

/** How many years from the document's a year word is. */
const YEAR_STEP = new Map([['this', 0], ['last', -1], ['next', 1], ['今', 0], ['去', -1], ['明', 1]]);

/** A year as written in a period's name, two digits (FY25, 9M25) or four. */
const fullYear = (written: string) => (written.length === 2 ? 2000 + Number(written) : Number(written));

/** Each pattern runs only on text that passes its cheap `needs` test. */
type Make = (m: RegExpExecArray, ref: ReturnType<typeof reference>, fiscalEnd: number, text: string) => Span | null;

/**
 * Fiscal year `fy` (FY25, FY2025) as months, for a year that ends in month `stated` (December when 0): FY25
 * ending in June runs from July 2024 to June 2025; quarter `q` (1-4) of it, when given, is its q-th three months.
 */
export function fiscal(fy: string, stated: number, q?: number): Span {
  const endMonth = stated || 12;
  const y = fullYear(fy);
  const first = endMonth === 12 ? { y, m: 1 } : { y: y - 1, m: endMonth + 1 };
  const from = first.m - 1 + (q ? (q - 1) * 3 : 0);
  const to = from + (q ? 2 : 11);
  const at = (k: number) => ({ y: first.y + Math.floor(k / 12), m: (k % 12) + 1 });
  const a = at(from);
  const b = at(to);
  return { start: iso(a.y, a.m, 1), end: iso(b.y, b.m, lastDay(b.y, b.m)) };
}

/**
 * Quarters `first` to `last` of fiscal year `fy`. With no year end stated (`stated` 0), a December year, unless that
 * puts a period the text reports after the day it was written while a March year (India's, Japan's, many UK
 * companies') does not: "Q2 FY26" in a note of November 2025 is July to September 2025.
 */
function fiscalQuarters(fy: string, stated: number, first: number, last: number, ref: ReturnType<typeof reference>): Span {
  const read = (endMonth: number) => ({ start: fiscal(fy, endMonth, first).start, end: fiscal(fy, endMonth, last).end });
  const december = read(stated);
  if (stated || !ref) return december;
  const written = iso(ref.y, ref.m, ref.d);
  const march = read(3);
  return december.end > written && march.end <= written ? march : december;
}

/** "the company's fiscal year ends on 30 June", "financial year ending March 31", "ends in June": the month a fiscal year ends. */
const FISCAL_END = new RegExp(`\\b(?:fiscal|financial) year\\s+(?:ends|ending|ended|closes|runs to)\\s+(?:on\\s+)?`
  + `(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?|in\\s+${MONTH}\\b)(?!,?\\s*\\d{4})`, 'iu');

/** Measures a year can head: "2024 output", "2026E deliveries", "2025 GMV". */
const YEAR_MEASURES = 'output|production|revenues?|sales|deliveries|shipments|volumes?|profits?|net profit|net income|earnings|EBITDA|EBIT|EPS|'
  + 'DPS|GMV|capex|guidance|dividends?|exports|imports|generation|consumption|demand|supply|margins?|results|operating|gross|net|'
  + 'cash flow|free cash flow|throughput|installations|orders|bookings|spending|investment|budget|estimates?|forecasts?|target|'
  + 'tariffs?|prices?|costs?|AISC|ASP|capacity additions';

/** A day written out: "June 30, 2025", "30 June 2025" (no capture groups, for use inside others). */
const DAY_DATE = `(?:${MONTH.replace('(', '(?:')}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH.replace('(', '(?:')},?\\s+\\d{4})`;

const WHOLE_DAY_DATE = new RegExp(`^(?:${MONTH}\\s+(\\d{1,2})|(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH})\\D*(\\d{4})$`, 'iu');

function dayDate(text: string): Span | null {
  const m = WHOLE_DAY_DATE.exec(text);
  return m ? day(Number(m[5]), monthOf(m[1] ?? m[4]!), Number(m[2] ?? m[3])) : null;
}

/**
 * The month a text says its fiscal year ends in ("fiscal year ends on 30 June", "the year ended September 30,
 * 2025", "year to 30 June 2025"), or null: FY25 and "fiscal 2024" are read by it.
 */
export function statedYearEnd(text: string): number | null {
  const year = YEAR.test(text);
  return yearEndMonth(text, year, fiscalYearEnd(text, year));
}

/** The word both FISCAL_END and the patterns of yearEndMonth need, tested once per text. */
const YEAR = /year/iu;

/** "the company's fiscal year ends on 30 June": the statement itself (`year`: whether the text has the word). */
function fiscalYearEnd(text: string, year: boolean): RegExpExecArray | null {
  return year ? FISCAL_END.exec(text) : null;
}

function yearEndMonth(text: string, year: boolean, fiscalEnd: RegExpExecArray | null): number | null {
  if (fiscalEnd) return monthOf(fiscalEnd[1] ?? fiscalEnd[2] ?? fiscalEnd[3]!);
  // Each pattern is tried only where its plain words are: they open with a long alternation, slow over every sentence.
  const yearEnd = (year
    ? (YEAR_ENDED_CUE.test(text) ? YEAR_END_DATED.exec(text) : null)
      ?? (YEAR_END_CUE.test(text) ? MONTH_YEAR_END.exec(text) : null)
    : null) ?? (/end/iu.test(text) && /fiscal|financial/iu.test(text) ? FISCAL_NAMED_END.exec(text) : null);
  if (yearEnd) return monthOf(yearEnd[1] ?? yearEnd[2]!);
  // "H1 FY26 call (six months to 31 December 2025)": a fiscal part and the month it ended give the year's end.
  const part = text.includes('FY') && text.includes('months') ? FISCAL_PART_ENDED.exec(text) : null;
  if (part) {
    const half = part[1] ?? part[2];
    // Months of the fiscal year still to come after the part: six after H1, three after Q3.
    const left = half ? (half === '1' ? 6 : 0) : 12 - Number(part[3] ?? part[4]) * 3;
    return ((monthOf(part[5] ?? part[6]!) - 1 + left) % 12) + 1;
  }
  // Indian companies report on years ending 31 March: Q2FY26 is July–September 2025.
  const fiscal = text.includes('FY') || /\bfiscal\b/iu.test(text);
  if (fiscal && INDIAN_MONEY.test(text)) return 3;
  // Australian companies mostly report on years ending 30 June: an ASX miner's Q1 FY26 is July–September 2025.
  // Not where results are in US$ (James Hardie, Woodside, Rio Tinto quote their A$ share price beside US$ results); US$
  // prices per unit (a miner's US$/t, US$/oz) are the market's and say nothing of the year.
  return fiscal && AUSTRALIAN_MONEY.test(text) && !US_RESULTS.test(text) ? 6 : null;
}

/** An amount in US dollars that is no price per unit: "US$1.0 billion", "US$2.9bn" (not "US$1,580/t", "US$2,300 an ounce"). */
const US_RESULTS = /(?:US\$|\bUSD ?)\d[\d,.]*(?: ?(?:billion|million|bn|mn|m|k))?(?! ?(?:\/|per\b|an? (?:tonne|ton|pound|ounce|barrel|lb|oz)\b|[\d,.]))/u;
/** Money in Australian dollars (not the ASX alone: Woodside, Santos and Rio Tinto list there and report in US$). */
const AUSTRALIAN_MONEY = /(?<![\p{L}])A\$|\bAUD\b/u;

/** "H1 FY26 (six months to 31 December 2025)", "Q2 FY26, the three months ended September 30": a fiscal part with its end. */
const FISCAL_PART_ENDED = new RegExp(`\\b(?:H([12])|([12])H|Q([1-4])|([1-4])Q)\\s?FY\\s?\\d{2,4}[^.;]{0,30}?\\b(?:six|three) months\\s+`
  + `(?:to|ended|ending)\\s+(?:on\\s+)?(?:\\d{1,2}\\s+${MONTH}|${MONTH})`, 'u');

/** "fiscal 2025 (ended September 30, 2025)", "fiscal year 2024, which ended …": a fiscal year named with the day it ended. */
const FISCAL_NAMED_END = new RegExp(`\\b(?:fiscal|financial)\\s+(?:year\\s+)?(?:19|20)\\d{2}(?:\\/\\d{2,4})?\\s*[(,]\\s*(?:(?:which|that)\\s+)?end(?:ed|ing|s)\\s+(?:on\\s+)?`
  + `(?:\\d{1,2}\\s+${MONTH}|${MONTH})`, 'iu');
/** The words MONTH_YEAR_END and YEAR_END_DATED cannot match without. */
const YEAR_END_CUE = /year[- ]end/iu;
const YEAR_ENDED_CUE = /years?\s+(?:ended|ending|to)\s/iu;
/** "(BRL AU, June year end)", "a March year-end": a broker's way of saying when the fiscal year ends. */
const MONTH_YEAR_END = new RegExp(`\\b${MONTH}\\s+(?:financial\\s+|fiscal\\s+)?year[- ]end\\b`, 'iu');
/** Rupees, crore and lakh, or an all-India figure: the text is about an Indian company or market. */
const INDIAN_MONEY = /(?:\bRs\.?\s?\d|₹|\bINR\b|\b(?:crore|lakh)\b|\d\s?cr\b|\ball-India\b)/u;

/** "year to 30 June 2025", "the year ending February 2026": a dated year's end also says how the passage's FY25 reads. */
// "which reports for years ending 31 March": the plural says it as well.
const YEAR_END_DATED = new RegExp(`\\b(?:fiscal\\s+|financial\\s+)?years?\\s+(?:ended|ending|to)\\s+(?:on\\s+)?(?:\\d{1,2}\\s+${MONTH}|${MONTH}(?:\\s+\\d{1,2})?)`
  // With its year: "in the year to May" is a statistic's twelve months, which says nothing of a company's fiscal year.
  + `(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}`, 'iu');

/**
 * "the full year" is the document's year, but in its first quarter a result said in the past tense ("for the full
 * year we delivered CHF 1.18 billion") is of the year just ended, as a fourth-quarter call reports it.
 */
function wholeYearSaid(m: RegExpExecArray, ref: Reference | null): Span | null {
  if (!ref) return null;
  const after = m.input.slice(m.index, m.index + 70);
  const reported = ref.m <= 3 && REPORTED_PAST.test(after) && !AHEAD_SAID.test(after);
  return months(reported ? ref.y - 1 : ref.y, 1, 12);
}

const REPORTED_PAST = /\b(?:delivered|reported|posted|achieved|recorded|generated|came in|rose|fell|grew|declined|increased|decreased|was|were)\b/iu;
const AHEAD_SAID = /\b(?:expect\w*|guid\w*|will|forecast\w*|target\w*|outlook|plan\w*|budget\w*|see|sees|aim\w*)\b/iu;

/** A Chinese character or punctuation mark: every pattern marked `cjk` needs one. */
const CJK_CHAR = /[\u3000-\u9fff]/u;

/** Year to date in words: the cue of both year-to-date patterns. */
const YEAR_TO_DATE = /date|YTD|so far/iu;

/**
 * Each pattern with what it needs in the text to match at all; `cjk` marks a need only Chinese characters meet, so
 * that a sentence without any skips those patterns at once.
 */
const PATTERNS: Array<{ needs: RegExp; cjk?: true; re: RegExp; make: Make }> = [
  // H1 FY26, the first half of fiscal 2026: a fiscal half
  {
    needs: /FY|fiscal/iu,
    re: /\b(?:(?:H([12])|([12])H)\s?FY\s?|(first|second) half of (?:fiscal|FY)\s?(?:year\s+)?)(\d{4}|\d{2})\b/giu,
    make: (m, ref, fiscalEnd) => {
      const h = Number(m[1] ?? m[2]) || (m[3]!.toLowerCase() === 'first' ? 1 : 2);
      return fiscalQuarters(m[4]!, fiscalEnd, h * 2 - 1, h * 2, ref);
    },
  },
  // the week to 16 October, the week ended October 17: the seven days ending that day
  {
    needs: /week/iu,
    re: new RegExp(`\\b(?:the\\s+)?week\\s+(?:to|ended|ending)\\s+(?:(\\d{1,2})\\s+${MONTH}|${MONTH}\\s+(\\d{1,2}))${YEAR_REF}`, 'giu'),
    make: (m, ref) => {
      const mo = monthOf(m[2] ?? m[3]!);
      const y = yearFor(m[5]?.toLowerCase(), mo, ref);
      const end = day(y, mo, Number(m[1] ?? m[4]));
      if (!end) return null;
      const start = new Date(Date.UTC(y!, mo - 1, Number(m[1] ?? m[4]) - 6));
      return { start: iso(start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate()), end: end.end };
    },
  },
  // the first 20 days of October (Korea's customs releases), the first ten days of May: a month's opening days
  {
    needs: /days of/iu,
    re: new RegExp(`\\b(?:the\\s+)?first (\\d{1,2}|ten|twenty) days of ${MONTH}${YEAR_REF}`, 'giu'),
    make: (m, ref) => {
      const mo = monthOf(m[2]!);
      const days = ({ ten: 10, twenty: 20 } as Record<string, number>)[m[1]!.toLowerCase()] ?? Number(m[1]);
      const y = yearFor(m[3]?.toLowerCase(), mo, ref);
      const end = day(y, mo, days);
      return end ? { start: iso(y!, mo, 1), end: end.end } : null;
    },
  },
  // the three months to September, the 12 months to June 2025: months ending with that month
  {
    needs: /months? to/iu,
    re: new RegExp(`\\b(?:the\\s+)?(three|six|nine|twelve|3|6|9|12) months to (?:\\d{1,2}\\s+)?${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?${YEAR_REF}`, 'giu'),
    make: (m, ref) => {
      const span = Number(m[1]) || ({ three: 3, six: 6, nine: 9, twelve: 12 } as Record<string, number>)[m[1]!.toLowerCase()]!;
      const mo = monthOf(m[2]!);
      const y = yearFor(m[3]?.toLowerCase(), mo, ref);
      return y === null ? null : endedOn(y, mo, lastDay(y, mo), span);
    },
  },
  // 9M FY26, 9MFY26, 9M 2025, 6M25: the first nine (six, three) months of a fiscal or calendar year
  {
    needs: /[369]M/u,
    re: /\b([369])M\s?(FY\s?)?((?:19|20)\d{2}|\d{2})\b/gu,
    make: (m, ref, fiscalEnd) => {
      const n = Number(m[1]);
      if (m[2]) return fiscalQuarters(m[3]!, fiscalEnd, 1, n / 3, ref);
      return months(fullYear(m[3]!), 1, n);
    },
  },
  // "taking 9M output to 118.3 GWh": the first nine months of the document's year (of the year before, if not yet over)
  {
    needs: /[369]M/u,
    re: /\b([369])M(?=\s+\p{Ll})/gu,
    make: (m, ref) => (ref ? months(ref.m > Number(m[1]) ? ref.y : ref.y - 1, 1, Number(m[1])) : null),
  },
  // "for the nine months, versus …": the first nine (six) months of the document's year (of the year before, if not yet
  // over); "the three months" is left alone, as any quarter may be meant
  {
    needs: /(?:six|nine) months/iu,
    re: /\b(?:for|in|over|during)\s+the\s+(six|nine)\s+months\b(?!\s+(?:to|ended|ending|through|of|before|after)\b)/giu,
    make: (m, ref) => {
      const n = m[1]!.toLowerCase() === 'six' ? 6 : 9;
      return ref ? months(ref.m > n ? ref.y : ref.y - 1, 1, n) : null;
    },
  },
  // Q4 FY25, 2Q FY2026, Q1FY26: a fiscal quarter, of a year ending where the text says (December otherwise)
  {
    needs: /FY/u,
    re: /\b(?:Q([1-4])|([1-4])Q)\s?FY\s?(\d{4}|\d{2})\b/gu,
    make: (m, ref, fiscalEnd) => fiscalQuarters(m[3]!, fiscalEnd, Number(m[1] ?? m[2]), Number(m[1] ?? m[2]), ref),
  },
  // "the third quarter of fiscal 2025": a fiscal quarter, as Q3 FY2025 is
  {
    needs: /fiscal/iu,
    re: /\b(first|second|third|fourth)[- ]quarter of (?:fiscal|financial)(?: year)?\s?(\d{4})\b/giu,
    make: (m, ref, fiscalEnd) => {
      const q = ORDINAL_Q.get(m[1]!.toLowerCase())!;
      return fiscalQuarters(m[2]!, fiscalEnd, q, q, ref);
    },
  },
  // "F3Q26 bookings": a fiscal quarter written as a broker writes it, as Q3 FY26 is
  {
    needs: /F[1-4]Q/u,
    re: /\bF([1-4])Q(\d{4}|\d{2})\b/gu,
    make: (m, ref, fiscalEnd) => fiscalQuarters(m[2]!, fiscalEnd, Number(m[1]), Number(m[1]), ref),
  },
  // Q1 2025, Q1, 1Q25, Q3'24, the first quarter of 2025
  {
    needs: /Q[1-4]|[1-4]Q|quarter/iu,
    re: new RegExp(`\\b(?:Q([1-4])(?:['’](\\d{2})\\b)?|([1-4])Q(\\d{2})?|(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter)${YEAR_REF}`, 'giu'),
    make: (m, ref) => {
      const q = Number(m[1] ?? m[3]) || ORDINAL_Q.get((m[5] ?? '').toLowerCase())!;
      const yy = m[2] ?? m[4];
      const y = yy ? 2000 + Number(yy) : yearFor(m[6]?.toLowerCase(), q * 3 - 2, ref);
      return months(y, q * 3 - 2, q * 3);
    },
  },
  // "71% in the third quarter against 64% in the second": an ordinal alone, after a quarter (half) named earlier in
  // the sentence, is another quarter (half) of that year; the first quarter's "fourth" is the year before's.
  // (The lookahead repeats the match's opening words: the long lookbehind is tried only where they are, not everywhere.)
  {
    needs: /quarter|half/iu,
    re: new RegExp(String.raw`(?=\b(?:in|for|during) the )`
      + String.raw`(?<=\b(first|second|third|fourth)[- ](quarter|half)${YEAR_REF}\b[^.;:]{0,160}?)`
      + String.raw`\b(?:in|for|during) the (first|second|third|fourth)\b(?=\s*(?:[.,;)]|$|and\b|when\b|while\b))`, 'giu'),
    make: (m, ref, fiscalEnd) => {
      // A fiscal year ending in another month than December places its quarters where the ordinal alone cannot say.
      if (fiscalEnd && fiscalEnd !== 12) return null;
      const half = m[2]!.toLowerCase() === 'half';
      const ordinals = half ? ORDINAL_H : ORDINAL_Q;
      const [was, now] = [ordinals.get(m[1]!.toLowerCase()), ordinals.get(m[4]!.toLowerCase())];
      if (!was || !now || was === now) return null;
      const span = half ? 6 : 3;
      const y = yearFor(m[3]?.toLowerCase(), was * span - span + 1, ref);
      if (y === null) return null;
      const year = !half && was === 1 && now === 4 ? y - 1 : y;
      return months(year, now * span - span + 1, now * span);
    },
  },
  // "at year end", "at the year-end": the last day of the year the text speaks of, a fiscal year where one is stated
  {
    needs: /year[- ]end/iu,
    re: /\bat (?:the )?year[- ]end\b(?!\s*(?:\d{4}|of))/giu,
    make: (_m, ref, fiscalEnd) => {
      const month = fiscalEnd || 12;
      const y = yearFor(undefined, month, ref);
      return y === null ? null : day(y, month, lastDay(y, month));
    },
  },
  // "the quarterly report", "its latest quarterly results": the last quarter ended before the document's date
  {
    needs: /quarterly (?:report|results)/iu,
    re: /\bquarterly (?:report|results)\b/giu,
    make: (_m, ref) => {
      if (!ref) return null;
      const done = Math.floor((ref.m - 1) / 3);
      return done === 0 ? months(ref.y - 1, 10, 12) : months(ref.y, done * 3 - 2, done * 3);
    },
  },
  // the second half of November (2025): the 1st to the 15th of a month, or the 16th to its end
  {
    needs: /half of/iu,
    re: new RegExp(String.raw`\b(first|second|1st|2nd) half of ${MONTH}(?:,?\s+(\d{4}))?`, 'giu'),
    make: (m, ref, _end, text) => {
      const month = monthOf(m[2]!);
      // "the benchmark for the first half of December", set in November: a month a price is for, just ahead, is the coming one.
      const forAhead = ref && !m[3] && /\bfor (?:the )?$/iu.test(text.slice(Math.max(0, m.index - 8), m.index))
        && ((month - ref.m + 12) % 12 === 1 || (month - ref.m + 12) % 12 === 2);
      const y = forAhead ? ref.y + (month < ref.m ? 1 : 0) : yearFor(m[3], month, ref);
      if (y === null) return null;
      const second = /^(?:second|2nd)$/iu.test(m[1]!);
      return { start: iso(y, month, second ? 16 : 1), end: iso(y, month, second ? lastDay(y, month) : 15) };
    },
  },
  // H1 2025, 1H, the first half of 2025
  {
    needs: /H[12]|[12]H|half/iu,
    // "H1'25", "1H'25": the year after an apostrophe, as "Q3'24" writes it.
    // Not "H20", "H200" (Nvidia's chips).
    re: new RegExp(`\\b(?:H([12])(?!\\d)(?:['’](\\d{2})\\b)?|([12])H(?:(\\d{2})|['’](\\d{2})\\b)?|(first|second|1st|2nd)[- ]half|(half)-year)${YEAR_REF}`, 'giu'),
    make: (m, ref, fiscalEnd) => {
      const h = Number(m[1] ?? m[3]) || ORDINAL_H.get((m[6] ?? 'first').toLowerCase())!;
      const yy = m[2] ?? m[4] ?? m[5];
      // "the year ending February 2026 …, after first-half operating profit rose": a half said alone is the fiscal year's.
      if (!yy && !m[8] && fiscalEnd && fiscalEnd !== 12 && ref) return fiscalHalf(h, fiscalEnd, ref);
      const y = yy ? 2000 + Number(yy) : yearFor(m[8]?.toLowerCase(), h * 6 - 5, ref);
      return months(y, h * 6 - 5, h * 6);
    },
  },
  // "2025H2营收", "2024H1": a half written after its year, as Chinese brokers and tables write it
  {
    needs: /\dH[12]/u,
    re: /\b(20\d{2})H([12])(?![\dA-Za-z])/gu,
    make: (m) => months(Number(m[1]), Number(m[2]) * 6 - 5, Number(m[2]) * 6),
  },
  // CY2024, CY25: a calendar year, said beside fiscal ones
  {
    needs: /CY/u,
    re: /\bCY\s?((?:19|20)\d{2}|\d{2})[EF]?\b/gu,
    make: (m) => months(m[1]!.length === 2 ? 2000 + Number(m[1]) : Number(m[1]), 1, 12),
  },
  // FY2024/25, fiscal 2024-25, the 2025/26 season: a year from one calendar year into the next, ending in the month
  // the text states ("(July–June)"), or a crop season's September; left unread when nothing says which month.
  {
    needs: /\d[/-]\d/u,
    re: new RegExp(String.raw`\b(?:FY\s?|fiscal (?:year )?|financial year )?((?:19|20)\d{2})\s?[/-]\s?((?:19|20)?\d{2})\b(?![/-]\d)`
      + String.raw`(?:\s*\((?:[A-Z][a-z]+)\s?[–-]\s?([A-Z][a-z]+)\))?(\s+(?:season|crop year|marketing year|harvest year|sugar year)\b|榨季)?`
      // "the 2025/26 harvest year, ended 31 March 2026": the day it ended says its months.
      + String.raw`(?:,?\s+(?:which\s+)?(?:ended|ending)\s+(?:on\s+)?(?:\d{1,2}\s+${MONTH}|${MONTH}\s+\d{1,2}),?\s+(?:19|20)\d{2}`
      // "2025/26榨季截至3月20日": the season so far, to that day.
      + String.raw`|(?:截至|截止)(?:到)?(\d{1,2})月(\d{1,2})日)?`, 'gu'),
    make: (m, _ref, fiscalEnd) => {
      const first = Number(m[1]);
      if (Number(m[2]) % 100 !== (first + 1) % 100) return null;
      // Seasons end in different months by crop and country; only China's sugar (榨季) and cocoa's are known here.
      const season = m[4] === '榨季' || (m[4]?.trim() === 'season' && /\bcocoa\b|COCOBOD/iu.test(m.input));
      const ended = m[5] ?? m[6];
      const end = m[3] ? monthOf(m[3]) : ended ? monthOf(ended) : fiscalEnd || (season ? 9 : 0);
      if (!end) return null;
      const whole = fiscal(String(first + 1), end);
      if (!m[7]) return whole;
      const mo = Number(m[7]);
      const to = day(Number(whole.start.slice(0, 4)) + (mo >= Number(whole.start.slice(5, 7)) ? 0 : 1), mo, Number(m[8]));
      return to && to.end <= whole.end ? { start: whole.start, end: to.end } : whole;
    },
  },
  // FY2024, fiscal 2024, fiscal year 2024
  {
    needs: /FY|fiscal/iu,
    re: /\b(?:FY\s?|FY['’]|fiscal (?:years? )?)(\d{4}|\d{2})[EF]?\b/giu,
    make: (m, _ref, fiscalEnd) => fiscal(m[1]!, fiscalEnd),
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
    re: /\b(?:(?:at |by |as of )?the end of|year-end|end-)\s?(\d{4}|last year|this year|the (?:previous|prior|preceding) year)\b/giu,
    make: (m, ref) => {
      const y = yearFor(m[1]!.toLowerCase().replace(/^the (?:previous|prior|preceding) year$/u, 'last year'), 12, ref);
      return day(y, 12, 31);
    },
  },
  // the start of the year, the beginning of 2025, the start of last year: its first day
  {
    needs: /start|beginning/iu,
    // Not "from the beginning of the year to the end of the Reporting Period": a year to date (extract.ts).
    re: /\b(?:(?:at |by |since )?the )?(?:start|beginning) of (?:the year|(\d{4}|last year|this year))\b(?! to the end of the (?:reporting|review) period)/giu,
    make: (m, ref) => {
      const y = m[1] ? yearFor(m[1].toLowerCase(), 1, ref) : ref?.y ?? null;
      return day(y, 1, 1);
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
  // 31 December 2024; not "No.11 Mar-26", a sugar contract's number and its code (a code names the contract, in the
  // label: its price is of the day it settled, so quotes of one contract on different days stay apart)
  {
    needs: MONTH_WORD,
    re: new RegExp(`(?<!\\bNo\\.?\\s?)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}${YEAR_REF}(?![-–]\\d)`, 'giu'),
    make: (m, ref) => {
      const mo = monthOf(m[2]!);
      const d = Number(m[1]);
      const y = yearFor(m[3]?.toLowerCase(), mo, ref);
      return day(y, mo, d);
    },
  },
  // "NICS Firearm Background Checks November - 2015": a title's month and year set apart by a spaced dash
  {
    needs: MONTH_WORD,
    re: new RegExp(`\\b${MONTH}\\s+[-–—]\\s+((?:19|20)\\d{2})\\b(?![-–/]\\d)`, 'gu'),
    make: (m) => {
      const mo = monthOf(m[1]!);
      return months(Number(m[2]), mo, mo);
    },
  },
  // in May (this year), May 2025
  {
    needs: MONTH_WORD,
    // A contract word after the month, looked at and not taken: "Henry Hub January futures", "TTF's March contract".
    // "for March delivery", "January shipment": a month a cargo is bought for is, like a contract's, the coming one.
    re: new RegExp(`\\b(?:(?:in|during|for|since) )?${MONTH}${YEAR_REF}(?![-–]\\d)(?=(\\s+(?:futures|contracts?(?!\\s+prices?)|swaps?|delivery|shipment|loading|arrival)\\b)?)`, 'gu'),
    make: (m, ref, _end, text) => {
      if (m[0].toLowerCase().startsWith('may') && !m[2] && !/^(?:in|during|for|since) /iu.test(m[0])) return null; // the verb "may"
      const mo = monthOf(m[1]!);
      const soon = ref !== null && (mo - ref.m + 12) % 12 >= 1 && (mo - ref.m + 12) % 12 <= 3;
      // "settled at $650/t for November" in October: a month a price is for, a month or two ahead, is the coming one.
      // "OPEC+ agreed to raise output by 137 kb/d in December", "tariffs will rise from January", written in November:
      // a month just ahead that the clause speaks of in the future is the coming one.
      const ahead = ref && !m[2] && soon && ((/^for /iu.test(m[0]) && (mo - ref.m + 12) % 12 <= 2)
        // The preposition the match took ("in January") closes the words tested: "Starting in January".
        || FUTURE_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index) + (/^(?:in|during|for|since) /iu.exec(m[0])?.[0] ?? '')));
      // A contract month is traded before it comes: "January futures" in December is next January's.
      const contract = ref && !m[2] && m[3] !== undefined;
      const y = contract ? ref.y + (mo < ref.m ? 1 : 0) : ahead ? ref.y + (mo < ref.m ? 1 : 0) : yearFor(m[2]?.toLowerCase(), mo, ref);
      return months(y, mo, mo);
    },
  },
  // in 2024, for 2024, during 2024, the year 2024, 2024 (after a preposition)
  {
    needs: /(?:19|20)\d\d/u,
    re: /\b(?:in|for|during|of|over|through|throughout|year|since) (?:the (?:full )?year )?((?:19|20)\d{2})\b(?![,.]?\d)/giu,
    make: (m) => months(Number(m[1]), 1, 12),
  },
  // "Redfen Power's 2024 output", "2026E deliveries", "its 2025 revenue": a year heading a noun phrase
  {
    needs: /(?:19|20)\d\d[EF]?\s+(?:[a-z]|[A-Z]{2,6}\b)/u,
    // Only before a measure: "sold 2024 shares", "the 2008 crisis", "a 2024 survey" name no period.
    re: new RegExp(String.raw`(?<![\p{L}\p{N}_.,/–—-])((?:19|20)\d{2})[EF]?(?= (?:${YEAR_MEASURES})\b)`, 'giu'),
    make: (m) => months(Number(m[1]), 1, 12),
  },
  // fiscal 2025 (ended September 30, 2025), fiscal year 2025, ending 30 June 2025, FY2025 (ended 31 March 2025):
  // a year named with its end
  {
    needs: /fiscal|financial|FY/iu,
    re: new RegExp(`\\b(?:(?:fiscal|financial)\\s+(?:year\\s+)?|FY\\s?)((?:19|20)\\d{2})(?:\\/\\d{2,4})?\\s*[(,]\\s*(?:the\\s+year\\s+)?end(?:ed|ing)\\s+(?:on\\s+)?`
      + `(?:(\\d{1,2})\\s+${MONTH}|${MONTH}(?:\\s+(\\d{1,2}))?)(?:st|nd|rd|th)?,?\\s+(\\d{4})\\)?`, 'giu'),
    make: (m) => {
      const [y, mo] = [Number(m[6]), monthOf(m[3] ?? m[4]!)];
      return endedOn(y, mo, Number(m[2] ?? m[5] ?? lastDay(y, mo)), 12);
    },
  },
  // the year ended 31 March 2025, the six months ended June 30, 2025, the quarter ending 31 December 2025, the fiscal
  // third quarter ended October 31 (no year: the last such day before the document's)
  {
    needs: /end(?:ed|ing)|(?:year|months|quarter|season) to/iu,
    re: new RegExp(`\\b(?:the\\s+)?(?:(?:fiscal\\s+)?(?:first|second|third|fourth)\\s+(?=quarter))?(year|fiscal year|financial year|season|`
      + `twelve months|12 months|nine months|9 months|six months|6 months|half[- ]year|three months|3 months|quarter)\\s+(?:end(?:ed|ing)|to)\\s+`
      + `(?:on\\s+)?(?:(\\d{1,2})\\s+${MONTH}|${MONTH}(?:\\s+(\\d{1,2}))?)(?:st|nd|rd|th)?(?:(?:,\\s*|\\s+)(\\d{4}))?(?!\\d)`, 'giu'),
    make: (m, ref) => {
      const span = SPAN_MONTHS.get(m[1]!.toLowerCase().replace(/[- ]/gu, ' ')) ?? 12;
      const mo = monthOf(m[3] ?? m[4]!);
      const d = m[2] ?? m[5];
      const y = m[6] ? Number(m[6]) : yearEnding(mo, d ? Number(d) : 31, /ending/iu.test(m[0]), ref);
      if (y === null) return null;
      // "the year ending February 2026": a month alone ends on its last day.
      return endedOn(y, mo, Number(d ?? lastDay(y, mo)), span);
    },
  },
  // 截至2025年6月30日止六个月, 截至2024年12月31日止年度: Hong Kong's filings name the months up to a day so
  {
    needs: /日止/u, cjk: true,
    re: /截至(\d{4})年(\d{1,2})月(\d{1,2})日止(?:(三|六|九|十二)个月|年度)/gu,
    make: (m) => endedOn(Number(m[1]), Number(m[2]), Number(m[3]), m[4] ? CJK_SPAN_MONTHS.get(m[4])! : 12),
  },
  // October 23-29, 23-29 October 2025: days of one month
  {
    needs: /\d{1,2}\s*[-–]\s*\d{1,2}/u,
    re: new RegExp(`\\b(?:${MONTH}\\s+(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})|(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})\\s+${MONTH})(?![\\d:])${YEAR_REF}`, 'giu'),
    make: (m, ref) => {
      const mo = monthOf(m[1] ?? m[6]!);
      const y = yearFor(m[7]?.toLowerCase(), mo, ref);
      const [a, b] = [Number(m[2] ?? m[4]), Number(m[3] ?? m[5])];
      const [first, last] = [day(y, mo, a), day(y, mo, b)];
      return first && last && a < b ? { start: first.start, end: last.end } : null;
    },
  },
  // January 1, 2025 to June 30, 2025; from 1 April 2024 to 31 March 2025: a stated range of days
  {
    needs: /\d{4}\s*(?:to|through|until|and|[–—-])\s*\S/iu,
    re: new RegExp(`\\b(?:from\\s+|between\\s+)?(${DAY_DATE})\\s+(?:to|through|until|and|[–—-])\\s+(${DAY_DATE})`, 'giu'),
    make: (m) => {
      const [a, b] = [dayDate(m[1]!), dayDate(m[2]!)];
      return a && b && a.start <= b.start ? { start: a.start, end: b.end } : null;
    },
  },
  // from 1 April to 31 October (2025), from April 1 through October 31: a range of days, of the year said or the last by the document's date
  {
    needs: /\bfrom\s/iu,
    re: new RegExp(String.raw`\bfrom\s+(?:(\d{1,2})\s+${MONTH}|${MONTH}\s+(\d{1,2}))\s+(?:to|through|until)\s+(?:(\d{1,2})\s+${MONTH}|${MONTH}\s+(\d{1,2}))`
      + String.raw`(?:,?\s*(\d{4}))?(?!\d)`, 'giu'),
    make: (m, ref) => {
      const [fromMonth, fromDay] = [monthOf(m[2] ?? m[3]!), Number(m[1] ?? m[4])];
      const [toMonth, toDay] = [monthOf(m[6] ?? m[7]!), Number(m[5] ?? m[8])];
      const y = m[9] ? Number(m[9]) : yearFor(undefined, toMonth, ref);
      if (y === null) return null;
      const startYear = fromMonth <= toMonth ? y : y - 1;
      const [a, b] = [day(startYear, fromMonth, fromDay), day(y, toMonth, toDay)];
      return a && b ? { start: a.start, end: b.end } : null;
    },
  },
  // FY3/26, FY12/2025E: a fiscal year named by the month and year it ends (Japanese style)
  {
    needs: /FY\d{1,2}\//u,
    re: /\bFY(1[0-2]|0?[1-9])\/(\d{4}|\d{2})E?\b/gu,
    make: (m) => {
      const mo = Number(m[1]);
      const y = fullYear(m[2]!);
      return endedOn(y, mo, lastDay(y, mo), 12);
    },
  },
  // 52 weeks ended February 1, 2025; the 53 weeks ending 3 February 2024: a retailer's fiscal year, in weeks; the 13 weeks
  // to 1 November: a retailer's quarter (no year: the last such day before the document's)
  {
    needs: /weeks\s+(?:end|to\s)/iu,
    re: new RegExp(`\\b(?:the\\s+)?(\\d{1,2}|fifty-two|fifty-three|thirteen|twelve|sixteen|twenty-six)\\s+weeks\\s+(?:end(?:ed|ing)|to)\\s+(?:on\\s+)?`
      + `(?:(\\d{1,2})\\s+${MONTH}|${MONTH}\\s+(\\d{1,2}))(?:st|nd|rd|th)?(?:(?:,\\s*|\\s+)(\\d{4}))?(?!\\d)`, 'giu'),
    make: (m, ref) => {
      const weeks = Number(m[1]) || WEEKS_WRITTEN.get(m[1]!.toLowerCase())!;
      const [mo, d] = [monthOf(m[3] ?? m[4]!), Number(m[2] ?? m[5])];
      const y = m[6] ? Number(m[6]) : yearEnding(mo, d, /ending/iu.test(m[0]), ref);
      const end = y === null ? null : day(y, mo, d);
      if (!end) return null;
      const start = new Date(Date.parse(`${end.end}T00:00:00Z`) - (weeks * 7 - 1) * 86_400_000);
      return { start: start.toISOString().slice(0, 10), end: end.end };
    },
  },
  // 2025年1-9月, 1-4月份, 1至9月: from one month to another
  {
    needs: /月/u, cjk: true,
    re: /(\d{4}年)?(\d{1,2})\s*[-–—~～至到]\s*(\d{1,2})月(?:份)?/gu,
    make: (m, ref) => {
      const a = Number(m[2]);
      const b = Number(m[3]);
      // "1-12月" reported in January is last year's: a cumulative period has ended by its last month.
      const y = m[1] ? Number(m[1].slice(0, 4)) : yearFor(undefined, b, ref);
      return a < 1 || b > 12 || b < a ? null : months(y, a, b);
    },
  },
  // 全年累计进口12.48亿吨, 2025年全年实现: a whole year's result (in the first quarter, last year's)
  {
    needs: /全年/u, cjk: true,
    re: /(\d{4}年)?全年(?=累计|实现|共|合计)/gu,
    make: (m, ref) => {
      const y = m[1] ? Number(m[1].slice(0, 4)) : ref ? (ref.m <= 3 ? ref.y - 1 : ref.y) : null;
      return y === null ? null : months(y, 1, 12);
    },
  },
  // 公司预计全年商品煤产量5,600-5,700万吨, "，全年出货量有望达到85GWh": the whole year expected, read as 全年累计 is (in the
  // first quarter, the year just ended: the season of 业绩预告)
  {
    needs: /全年/u, cjk: true,
    re: /(?<=预计|预期|预测|计划|目标|指引|力争|争取)全年|(?<=^|[，,；;：:。])全年(?=\p{Script=Han}{1,8}?(?:有望|预计|将|力争|争取))/gu,
    make: (_m, ref) => (ref ? months(ref.m <= 3 ? ref.y - 1 : ref.y, 1, 12) : null),
  },
  // 自2021年7月16日上线交易以来: from that day to the document's (a running total since then)
  {
    needs: /以来/u, cjk: true,
    re: /自(\d{4}年)?(\d{1,2})月(\d{1,2})日[^，。；,;\d]{0,10}以来/gu,
    make: (m, ref) => {
      const mo = Number(m[2]);
      const from = mo < 1 || mo > 12 ? null : day(m[1] ? Number(m[1].slice(0, 4)) : yearFor(undefined, mo, ref), mo, Number(m[3]));
      if (!from || !ref) return null;
      const to = iso(ref.y, ref.m, ref.d);
      return from.start <= to ? { start: from.start, end: to } : null;
    },
  },
  // 7月21日, 2025年6月30日: a day
  {
    needs: /日|号/u, cjk: true,
    re: /(\d{4}年)?(\d{1,2})月(\d{1,2})[日号]/gu,
    make: (m, ref) => {
      const mo = Number(m[2]);
      const y = m[1] ? Number(m[1].slice(0, 4)) : yearFor(undefined, mo, ref);
      return mo < 1 || mo > 12 ? null : day(y, mo, Number(m[3]));
    },
  },
  // 10月、11月…合计: two months in a row summed together are the span of both (not 分别, each its own)
  {
    needs: /月[、和及与]/u, cjk: true,
    re: /(\d{4}年)?(\d{1,2})月(?:份)?[、和及与](\d{1,2})月(?:份)?(?![\d底末日号上中下])(?=[^，。；]{0,12}(?:合计|共计|累计|合共|一共))/gu,
    make: (m, ref) => {
      const [a, b] = [Number(m[2]), Number(m[3])];
      const y = m[1] ? Number(m[1].slice(0, 4)) : yearFor(undefined, b, ref);
      return a >= 1 && b === a + 1 && b <= 12 ? months(y, a, b) : null;
    },
  },
  // 11月上旬, 2025年10月下旬: the first, middle or last ten days of a month
  {
    needs: /旬/u, cjk: true,
    re: /(\d{4}年)?(\d{1,2})月(?:份)?([上中下])旬/gu,
    make: (m, ref) => {
      const mo = Number(m[2]);
      const y = m[1] ? Number(m[1].slice(0, 4)) : yearFor(undefined, mo, ref);
      if (mo < 1 || mo > 12 || y === null) return null;
      const [from, to] = m[3] === '上' ? [1, 10] : m[3] === '中' ? [11, 20] : [21, lastDay(y, mo)];
      return { start: iso(y, mo, from), end: iso(y, mo, to) };
    },
  },
  // 截至6月底, 9月末: the last day of a month
  {
    needs: /[底末]/u, cjk: true,
    re: /(\d{4}年)?(\d{1,2})月(?:份)?[底末]/gu,
    make: (m, ref) => {
      const mo = Number(m[2]);
      const y = m[1] ? Number(m[1].slice(0, 4)) : yearFor(undefined, mo, ref);
      return mo < 1 || mo > 12 || y === null ? null : day(y, mo, lastDay(y, mo));
    },
  },
  // 4月份, 2025年9月: a month
  {
    needs: /月/u, cjk: true,
    re: /(\d{4}年)?(\d{1,2})月(?:份)?(?![\d底末日号])/gu,
    make: (m, ref) => {
      const mo = Number(m[2]);
      const y = m[1] ? Number(m[1].slice(0, 4)) : yearFor(undefined, mo, ref);
      return mo < 1 || mo > 12 ? null : months(y, mo, mo);
    },
  },
  // 前10个月, 前十个月, 2025年前7个月, 前10月: the year's first months
  {
    needs: /前.{1,3}个?月/u, cjk: true,
    re: /(\d{4}年)?(?<![目提之以此当])前(\d{1,2}|[一二两三四五六七八九十]{1,3})个?月/gu,
    make: (m, ref) => {
      const n = Number(m[2]) || cjkNumber(m[2]!);
      const y = m[1] ? Number(m[1].slice(0, 4)) : yearFor(undefined, 1, ref);
      return n < 1 || n > 12 ? null : months(y, 1, n);
    },
  },
  // 三季度末, 2025年二季度末: the last day of a quarter
  {
    needs: /季度?末/u, cjk: true,
    re: /(\d{4}年)?(?:第)?([一二三四])季度?末/gu,
    make: (m, ref) => {
      const q = '一二三四'.indexOf(m[2]!) + 1;
      const y = m[1] ? Number(m[1].slice(0, 4)) : yearFor(undefined, q * 3 - 2, ref);
      return y === null ? null : day(y, q * 3, lastDay(y, q * 3));
    },
  },
  // 10月27日-10月31日, 10月27日至31日, 11月1-15日: the days from one to the other
  {
    needs: /日/u, cjk: true,
    re: /(\d{4}年)?(\d{1,2})月(\d{1,2})日?\s*[-–—~～至到]\s*(?:(\d{1,2})月)?(\d{1,2})日/gu,
    make: (m, ref) => {
      const a = Number(m[2]);
      const b = m[4] ? Number(m[4]) : a;
      const y = m[1] ? Number(m[1].slice(0, 4)) : yearFor(undefined, a, ref);
      const from = day(y, a, Number(m[3]));
      const to = day(y, b, Number(m[5]));
      return from && to && from.start <= to.end ? { start: from.start, end: to.end } : null;
    },
  },
  // 前三季度, 2025年前三季度: the year to the end of a quarter (前三季, as Taiwan writes it)
  {
    needs: /前[一二三两]季/u, cjk: true,
    re: /(\d{4}年)?前([一二两三])季(?:度)?(?!节)/gu,
    make: (m, ref) => {
      const q = '一二三'.indexOf(m[2] === '两' ? '二' : m[2]!) + 1;
      const y = m[1] ? Number(m[1].slice(0, 4)) : yearFor(undefined, 1, ref);
      return months(y, 1, q * 3);
    },
  },
  // 2025年半年度, 2025年年度, 2024年全年, 2024年末
  {
    needs: /\d{4}年/u, cjk: true,
    re: /(\d{4})年(?:(半年度|上半年)|(年末|年底|末|底)|(?:度|全年)?)(?![\d一二三四上下前第])/gu,
    make: (m) => {
      const y = Number(m[1]);
      if (m[2]) return months(y, 1, 6);
      if (m[3]) return day(y, 12, 31);
      return months(y, 1, 12);
    },
  },
  // "versus a spot price of US$103.40/t today": the document's own day
  {
    needs: /today/iu,
    re: /\b(?:as of |as at )?today\b(?!['’]s)/giu,
    make: (_m, ref) => (ref ? day(ref.y, ref.m, ref.d) : null),
  },
  // on Tuesday: the latest such day on or before the document's date
  {
    needs: /day\b/iu,
    re: /\b(?:on |last |this )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/gu,
    make: (m, ref) => {
      if (!ref) return null;
      const target = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'].indexOf(m[1]!);
      const date = new Date(Date.UTC(ref.y, ref.m - 1, ref.d));
      date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() - target + 7) % 7));
      return day(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
    },
  },
  // 周三, 星期五, 本周一: the latest such day on or before the document's date; 上周五: that day of the week before
  {
    needs: /[周期][一二三四五六日天]/u, cjk: true,
    // Not a basis ("较上周四下跌": dated-basis.ts reads it) nor a count ("本周五大品种钢材库存").
    re: /(?<![较比与]|[较比与][上本])(上|本)?(?:周|星期)([一二三四五六日天])(?![年月度末均大个种家类项成次倍])/gu,
    make: (m, ref) => {
      if (!ref) return null;
      const target = '一二三四五六日'.indexOf(m[2] === '天' ? '日' : m[2]!); // Monday 0 … Sunday 6
      const date = new Date(Date.UTC(ref.y, ref.m - 1, ref.d));
      const weekday = (date.getUTCDay() + 6) % 7;
      const back = m[1] === '上' ? weekday + 7 - target : (weekday - target + 7) % 7;
      date.setUTCDate(date.getUTCDate() - back);
      return day(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
    },
  },
  // "公司股价12日收涨4.6%", "11日晚公告": a day of the month said alone is the latest such day on or before the document's date
  {
    needs: /\d日/u, cjk: true,
    // Not a count of days ("近5日", "连续3日", "每日") nor a month's date (月 before it is read above).
    re: /(?<![\d.月近续后前每第数个余内去了用至止+])(\d{1,2})日(?=收|晚|早|盘|开|午|起|发布|公告|披露|晚间|，)/gu,
    make: (m, ref) => {
      if (!ref) return null;
      const d = Number(m[1]);
      if (d <= ref.d) return day(ref.y, ref.m, d);
      const [y, mo] = ref.m === 1 ? [ref.y - 1, 12] : [ref.y, ref.m - 1];
      return day(y, mo, d);
    },
  },
  // "the September 2025 quarter", "the Dec 2025 quarter": the quarter ending in that month of that year
  {
    needs: /quarter/iu,
    re: /\b(March|June|September|December|Mar|Jun|Sep|Sept|Dec)\.?\s+((?:19|20)\d{2})[- ]quarter\b/giu,
    make: (m) => {
      const end = monthOf(m[1]!);
      return months(Number(m[2]), end - 2, end);
    },
  },
  // "(F2024: 3.41 Mt)", "F2025 headline earnings": a JSE company's fiscal year, ending where the text says
  {
    needs: /F(?:19|20)\d\d/u,
    re: /\bF((?:19|20)\d{2})\b/gu,
    make: (m, _ref, fiscalEnd) => fiscal(m[1]!, fiscalEnd),
  },
  // the March quarter, the June-quarter: the quarter ending in that month
  {
    needs: /quarter/iu,
    re: new RegExp(`\\b(March|June|September|December)[- ]quarter${YEAR_REF}`, 'giu'),
    make: (m, ref) => {
      const end = monthOf(m[1]!);
      const y = yearFor(m[2]?.toLowerCase(), end - 2, ref);
      return months(y, end - 2, end);
    },
  },
  // "a 2026 gross margin", "our 2025 estimate", "we see 2026 copper sales", "2022 disposals included": a year written
  // as an adjective before what it dates, also before a grade ("its 2026 62% Fe price forecast")
  {
    needs: /(?:19|20)\d\d/u,
    re: /(?<=^|\b(?:a|an|the|our|its|their|see|sees|expect|expects|model|models|put|puts|raise|raises|cut|cuts|lift|lifts|said|says|reported|posted)\s)((?:19|20)\d{2})(?!\s+(?:will|would|is|was|could|should|may|might|has|had|have)\b)(?=\s+(?:\d{1,2}(?:\.\d)?%\s+)?\p{Ll}\p{L}+\s+\p{L}|\s+\d{1,2}(?:\.\d)?%\s+\p{Lu}\p{Ll}?\s+\p{L})/giu,
    make: (m) => months(Number(m[1]), 1, 12),
  },
  // 2025E, 2026F: a year estimated or forecast; "our 2025 estimate", "we forecast 2026 cell shipments"
  {
    needs: /(?:19|20)\d\d/u,
    re: /\b((?:19|20)\d{2})[EF]\b|\b(?:our|forecast|forecasts|estimate|estimates|expect|expects)\s+((?:19|20)\d{2})(?=\s+\p{Ll})/gu,
    make: (m) => months(Number(m[1] ?? m[2]), 1, 12),
  },
  // 一季度, 第一季度, 上半年, 2025年; 第三季, as Taiwan writes it
  {
    needs: /季度|第[一二三四]季/u, cjk: true,
    // Not a show's season: 该剧第二季, 《…》第三季, 节目第四季.
    re: /(\d{4}年)?(?:第)?(?:([一二三四])季度|(?<=(?<![剧》目艺]\s?)第)([一二三四])季(?!节))/gu,
    make: (m, ref) => {
      const q = '一二三四'.indexOf(m[2] ?? m[3]!) + 1;
      const y = m[1] ? Number(m[1].slice(0, 4)) : yearFor(undefined, q * 3 - 2, ref);
      return months(y, q * 3 - 2, q * 3);
    },
  },
  {
    needs: /半年/u, cjk: true,
    re: /(\d{4}年)?([上下])半年/gu,
    make: (m, ref) => {
      const h = m[2] === '上' ? 1 : 2;
      const y = m[1] ? Number(m[1].slice(0, 4)) : yearFor(undefined, h * 6 - 5, ref);
      return months(y, h * 6 - 5, h * 6);
    },
  },
  // last month, this month, last quarter, this quarter, next quarter: the document's own, the one before or after it
  {
    needs: /month|quarter/iu,
    re: /\b(?<!same )(last|this|previous|next) (month|quarter)\b(?!'s| earlier)/giu,
    make: (m, ref) => {
      if (!ref) return null;
      const quarter = m[2]!.toLowerCase() === 'quarter';
      const back = ({ this: 0, next: -1 } as Record<string, number>)[m[1]!.toLowerCase()] ?? 1;
      const first = quarter ? Math.floor((ref.m - 1) / 3) * 3 + 1 - 3 * back : ref.m - back;
      const y = first < 1 ? ref.y - 1 : first > 12 ? ref.y + 1 : ref.y;
      const a = first < 1 ? first + 12 : first > 12 ? first - 12 : first;
      return months(y, a, a + (quarter ? 2 : 0));
    },
  },
  // full-year guidance, the full year: the document's year
  {
    needs: /full[- ]year/iu,
    re: /\b(?:the )?full[- ]year\b(?![- ]\d|\s+(?:of\s+)?(?:19|20)\d{2})/giu,
    make: (m, ref) => wholeYearSaid(m, ref),
  },
  // "YTD through October", "year to date to September 2025": from January to that month's end
  {
    needs: YEAR_TO_DATE,
    re: new RegExp(`\\b(?:(?:the )?year[- ]to[- ]date|YTD)\\s+(?:through|to|until|in)\\s+${MONTH}(?:,?\\s+((?:19|20)\\d{2}))?`, 'giu'),
    make: (m, ref) => months(m[2] ? Number(m[2]) : ref?.y ?? null, 1, monthOf(m[1]!)),
  },
  // year to date, YTD, so far this year: from the first of January to the document's date
  {
    needs: YEAR_TO_DATE,
    re: /\b(?:(?:the )?year[- ]to[- ]date|YTD|so far (?:this year|in (\d{4})))\b/giu,
    make: (m, ref) => (ref && (!m[1] || Number(m[1]) === ref.y) ? { start: iso(ref.y, 1, 1), end: iso(ref.y, ref.m, ref.d) } : null),
  },
  // full-year guidance: the document's year, when no year is written with it
  {
    needs: /full[- ]year/iu,
    re: /\bfull[- ]year\b(?![- ]?(?:19|20)\d{2})/giu,
    make: (m, ref) => wholeYearSaid(m, ref),
  },
  // early 2026, mid-2027, late 2025: sometime in that year
  {
    needs: /(?:early|mid|late)/iu,
    re: /\b(?:early|mid|late)[- ]((?:19|20)\d{2})\b/giu,
    make: (m) => months(Number(m[1]), 1, 12),
  },
  // this year, last year, next year (but not "the same period last year": that is a basis)
  {
    needs: /year/iu,
    // Not "the same quarter last year" either: that is a basis, the quarter the figure before is compared with.
    re: /\b(?<!same (?:period|quarter|half|month|week|season) )(?<!same (?:period|quarter|half|month) of )(?<!a )(this|last|next) year(?!'s| earlier)\b/giu,
    make: (m, ref) => (ref ? months(ref.y + YEAR_STEP.get(m[1]!.toLowerCase())!, 1, 12) : null),
  },
  // "预计年底提升至70%": the end of this year looked ahead to (a plan, so no figure's period: extract.ts).
  {
    needs: /年[底末]/u, cjk: true,
    re: /(?<=(?:预计|计划|力争|有望|争取)(?:到|至|在)?)年[底末]/gu,
    make: (_m, ref) => (ref ? day(ref.y, 12, 31) : null),
  },
  // 今年, 明年, 去年 (not 去年同期, a basis, nor 去年底, 今年以来, 今年前10个月: days and spans of their own)
  {
    needs: /[今明去]年/u, cjk: true,
    re: /(?<![\d年])([今明去])年(?![\d同底末初以前上下一二三四]|年[底末初])/gu,
    make: (m, ref) => (ref ? months(ref.y + YEAR_STEP.get(m[1]!)!, 1, 12) : null),
  },
];

/** A pattern's need, and the plain words it is (null when it is more than words), lower-cased when case is blind. */
interface Need { re: RegExp; words: string[] | null; caseBlind: boolean }

function needOf(re: RegExp): Need {
  const caseBlind = re.flags.includes('i');
  // One word or two: more, and one pass of the pattern beats a pass of `includes` for each.
  const plain = /^[A-Za-z ]+(?:\|[A-Za-z ]+)?$/u.test(re.source);
  return { re, words: plain ? (caseBlind ? re.source.toLowerCase() : re.source).split('|') : null, caseBlind };
}

/**
 * A sentence the needs are tested on. Plain words are looked for with `includes` (a call into the regex engine per
 * need and sentence adds up), case-blind ones in the lower-cased text. That finds what the pattern finds unless the
 * text holds "ſ" (which /iu folds to "s") or "İ" (which lower-cases to "i" and a dot): those go to the pattern.
 */
class Haystack {
  readonly #text: string;
  #lower: string | undefined;
  #folds: boolean | undefined;

  constructor(text: string) {
    this.#text = text;
  }

  meets(need: Need): boolean {
    if (!need.words) return need.re.test(this.#text);
    if (!need.caseBlind) return need.words.some((w) => this.#text.includes(w));
    if (!(this.#folds ??= !this.#text.includes('ſ') && !this.#text.includes('İ'))) return need.re.test(this.#text);
    const lower = (this.#lower ??= this.#text.toLowerCase());
    return need.words.some((w) => lower.includes(w));
  }
}

/** The distinct needs of the patterns, and which one each pattern has: a need several patterns share is tested once. */
const NEEDS = [...new Map(PATTERNS.map(({ needs }) => [`${needs.source}/${needs.flags}`, needOf(needs)])).values()];
const NEED_OF = PATTERNS.map(({ needs }) => NEEDS.findIndex(({ re }) => re.source === needs.source && re.flags === needs.flags));

/** 一 to 十二 as a number. */
function cjkNumber(text: string): number {
  const digit = (c: string | undefined) => (c === '两' ? 2 : '一二三四五六七八九'.indexOf(c ?? '') + 1);
  if (text === '十') return 10;
  if (text.startsWith('十')) return 10 + digit(text[1]);
  return digit(text[0]);
}

/** A cheap test that lets most sentences skip the period patterns. */
const MAY_HOLD_PERIOD = /\d{4}|day\b|[QH][1-4]|[1-4][QH]|quarter|half|month|year|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|fy|cy\s?\d|fiscal|季|半年|月|年|周[一二三四五六日天]|星期/iu;
/** "9M FY26", "6M25": case matters ("9m" is nine million), so apart from the case-blind test above. */
const MAY_HOLD_MONTHS = /[369]M\s?(?:FY)?\d/u;

/** How many months "the six months ended …" and its kind span. */
const SPAN_MONTHS = new Map([
  ['year', 12], ['fiscal year', 12], ['financial year', 12], ['season', 12], ['twelve months', 12], ['12 months', 12], ['nine months', 9],
  ['9 months', 9], ['six months', 6], ['6 months', 6], ['half year', 6], ['three months', 3], ['3 months', 3], ['quarter', 3],
]);

const CJK_SPAN_MONTHS = new Map([['三', 3], ['六', 6], ['九', 9], ['十二', 12]]);

/** The `span` months ending on a day: "the six months ended 30 June 2025" is 2025-01-01 to 2025-06-30. */
function endedOn(y: number, mo: number, d: number, span: number): Span | null {
  const end = day(y, mo, d);
  if (!end) return null;
  // Starts the day after the same day `span` months earlier (a 31 March year end starts on 1 April).
  const startMonth = mo - span;
  const sy = y + Math.floor((startMonth - 1) / 12);
  const sm = ((startMonth - 1) % 12 + 12) % 12 + 1;
  const atMonthEnd = d === lastDay(y, mo);
  const start = atMonthEnd ? iso(sm === 12 ? sy + 1 : sy, sm === 12 ? 1 : sm + 1, 1) : nextDay(sy, sm, Math.min(d, lastDay(sy, sm)));
  return { start, end: end.end };
}

function nextDay(y: number, m: number, d: number): string {
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return iso(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

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
 * Overlapping matches keep the earliest, longest. Dates of events are marked `event`: they are
 * no figure's period, but labels still leave them out.
 */
export function findPeriods(text: string, date: string | null, passageYearEnd: number | null = null): Period[] {
  if (!MAY_HOLD_PERIOD.test(text) && !MAY_HOLD_MONTHS.test(text) && !(text.includes('日') && /\d日/u.test(text))) return [];
  const spaced = CJK_CHAR.test(text) ? withoutPanguSpaces(text) : null;
  if (spaced) return findPeriods(spaced.text, date, passageYearEnd).map((p) => inOriginal(p, spaced.at));
  return periodsIn(text, date, passageYearEnd);
}

/** A space between a digit and a Chinese character ("2026 年 10 月", "1-9 月"), as some writers and PDF producers set it. */
const PANGU_SPACE = /(?<=\d) (?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff]) (?=\d)/gu;
const HAS_PANGU_SPACE = /\d [\u3400-\u9fff]|[\u3400-\u9fff] \d/u;

/**
 * "2026 年前三季度", "1-9 月": Chinese dates with a space set between digits and characters, read as written without it.
 * `at[i]` is where character i of the text without those spaces stands in the text.
 */
function withoutPanguSpaces(text: string): { text: string; at: number[] } | null {
  if (!HAS_PANGU_SPACE.test(text)) return null;
  const at: number[] = [];
  let out = '';
  let last = 0;
  for (const m of text.matchAll(PANGU_SPACE)) {
    for (let i = last; i < m.index; i++) at.push(i);
    out += text.slice(last, m.index);
    last = m.index + 1;
  }
  for (let i = last; i <= text.length; i++) at.push(i);
  return { text: out + text.slice(last), at };
}

/** A period found in the text without pangu spaces, placed in the text with them. */
function inOriginal(p: Period, at: number[]): Period {
  const index = at[p.index]!;
  return { ...p, index, length: at[p.index + p.length - 1]! + 1 - index };
}

function periodsIn(text: string, date: string | null, passageYearEnd: number | null): Period[] {
  const ref = reference(date);
  const year = YEAR.test(text);
  const fiscalEnd = fiscalYearEnd(text, year);
  // 0: not stated (see fiscalQuarters); read as December.
  const fiscalEndMonth = yearEndMonth(text, year, fiscalEnd) ?? passageYearEnd ?? 0;
  const found: Period[] = [];
  const cjk = CJK_CHAR.test(text);
  const met: Array<boolean | undefined> = [];
  const hay = new Haystack(text);
  for (let k = 0; k < PATTERNS.length; k++) {
    const { cjk: cjkNeeds, re, make } = PATTERNS[k]!;
    const need = NEED_OF[k]!;
    if ((cjkNeeds && !cjk) || !(met[need] ??= hay.meets(NEEDS[need]!))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // The day a fiscal year ends on ("ends on 30 June") says how to read FY25; it is no figure's period.
      if (fiscalEnd && m.index >= fiscalEnd.index && m.index < fiscalEnd.index + fiscalEnd[0].length) continue;
      const range = make(m, ref, fiscalEndMonth, text);
      if (!range) continue;
      const label = m[0].replace(INTRODUCING, '').trim();
      const lead = m[0].length - m[0].trimStart().length + (m[0].trimStart().length - m[0].trimStart().replace(INTRODUCING, '').length);
      found.push({ index: m.index + lead, length: m[0].length - lead, label, ...range });
    }
  }
  found.push(...yearListTails(text, found));
  const slashed = slashedYearTails(text, found);
  found.push(...slashed.tails);
  // "fiscal 2024/25": a year with the next one's tail is a split year (read above, or left unread), never the calendar 2024.
  const whole = found.filter((p) => slashed.heads.has(p) || slashed.tails.includes(p) || !splitYearHead(p, text.slice(p.index + p.length, p.index + p.length + 8)));
  return definedByYearEnd(text, nonOverlapping(whole))
    .map((p) => (isEventDate(text, p) || isDateline(text, p) ? { ...p, event: true as const } : p));
}

/** A year with two or more years slashed after it ("FY26/27/28E", "2025/26/27E"), or each marked as estimated ("2025E/26E"). */
const SLASHED_TAILS = /^E?((?:\/(?:FY|CY)?(?:19|20)?\d{2}(?!\d)E?){1,4})/u;
const YEAR_HEAD = /^(?:FY|CY)?((?:19|20)?\d{2})(E?)$/u;

/**
 * "EPS of Rs 48.2/56.7/64.1 for FY26/27/28E": the years a broker slashes after the first are each a period of their own,
 * of the first's kind. One tail alone is a split year ("2024/25"), unless both are estimates ("2025E/26E").
 */
function slashedYearTails(text: string, found: Period[]): { tails: Period[]; heads: Set<Period> } {
  const tails: Period[] = [];
  const heads = new Set<Period>();
  for (const p of found) {
    const head = YEAR_HEAD.exec(p.label);
    const m = head ? SLASHED_TAILS.exec(text.slice(p.index + p.length, p.index + p.length + 40)) : null;
    if (!head || !m) continue;
    const items = m[1]!.split('/').slice(1);
    if (items.length < 2 && !(head[2] && items.every((x) => x.endsWith('E')))) continue;
    const base = Number(head[1]!.length === 2 ? `20${head[1]}` : head[1]);
    // "As of 2025/11/20": a date, not years; a list of years runs on one year at a time.
    const yearsOf = items.map((x) => Number(/\d+/u.exec(x)![0]) % 100);
    if (yearsOf.some((y, k) => y !== (base + k + 1) % 100)) continue;
    heads.add(p);
    let at = p.index + p.length + m[0].length - m[1]!.length;
    for (const item of items) {
      const digits = /(?:19|20)?\d{2}(?=E?$)/u.exec(item)![0];
      const year = Number(digits.length === 2 ? `${String(base).slice(0, 2)}${digits}` : digits);
      const shift = (d: string) => `${Number(d.slice(0, 4)) + year - base}${d.slice(4)}`;
      const label = p.label.startsWith('FY') ? `FY${item.replace(/^FY/u, '')}` : `${year}${item.endsWith('E') ? 'E' : ''}`;
      tails.push({ index: at + 1, length: item.length, label, start: shift(p.start), end: shift(p.end) });
      at += item.length + 1;
    }
  }
  return { tails, heads };
}

const SPLIT_YEAR_TAIL = /^\s?[/-]\s?((?:19|20)?\d{2})(?!\d)/u;

/** Whether a period ending in a year is the first half of a split year ("2024/25", "2024-2025"), not "2024-06". */
function splitYearHead(p: Period, after: string): boolean {
  const year = /((?:19|20)\d{2})$/u.exec(p.label)?.[1];
  const tail = year ? SPLIT_YEAR_TAIL.exec(after)?.[1] : undefined;
  return tail !== undefined && Number(tail) % 100 === (Number(year) + 1) % 100;
}

/** The word bringing a period ("in 2024", "year 2024"), left out of its label and span; not the "year" of "year to June". */
const INTRODUCING = /^(?:from|in|during|for|since|as of|at|by|of|over|through|throughout|year(?!\s+(?:to|ended|ending)\b))\s+/iu;

/**
 * What was done when, not what a figure measures: "the line, finished in August", "expected to complete
 * construction in December 2026", "founded in 1889", "a facility signed in 2023", "已于2025年3月建成投产".
 */
const EVENT_BEFORE = new RegExp('\\b(?:complet(?:e|ed|es|ion)|finish(?:ed|es)?|start[- ]?up|started|starts|begins|commission(?:ed|ing)?|'
  + 'commenced?|signed|founded|established|incorporated|listed|launched|built|due|began|on ?stream|online|'
  + 'construction|scheduled|slated|delivery|deliveries|delivered)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:in|on|by|from|during)\\s+(?:the\\s+)?(?:early\\s+|mid-?|late\\s+)?$', 'iu');
const EVENT_AFTER = /^\s*(?:正式|全面|顺利)?(?:建成|投产|完工|竣工|开工(?!率)|签署|签订|成立|上市|开业|启动)/u;

function isEventDate(text: string, p: Period): boolean {
  const before = text.slice(Math.max(0, p.index - 60), p.index);
  const after = text.slice(p.index + p.length);
  // "In fiscal year 2024, which ended December 31, 2024, …": the day the year ended dates none of its figures.
  // "a final dividend of HK$0.18, payable on 18 July 2025 to shareholders on the register on 4 July": days of payment.
  // (Each pattern is tried only where its words can be: these run for every period of every sentence.)
  const paid = before.includes('pai') || before.includes('payable') || before.includes('regist') || before.includes('record');
  if (paid && /\b(?:(?:payable|paid|register|record date|of record)\s+(?:on|from)|payable)\s+$/iu.test(before)) return true;
  // "on 26 June 2025 the Company entered into shipbuilding contracts": the day a deal was signed dates none of its figures.
  if (p.start === p.end && SIGNED_AFTER.test(after.slice(0, 60))) return true;
  // "FY26 (June year end)": the month a year ends in names the year's end, no figure's month.
  if (/^[A-Z][a-z]+$/u.test(p.label) && /^\s*(?:year[ -]end|YE)\b/iu.test(after.slice(0, 16))) return true;
  // "The 2030 Notes bear interest at 4.375%", "Vision 2030": a year naming a bond or a plan is no figure's period.
  if (/^(?:19|20)\d{2}$/u.test(p.label) && YEAR_NAMES.test(after.slice(0, 30))) return true;
  // "The 2030 Notes … mature on 15 March 2030": the day a debt falls due (not "mature markets … in 2024").
  if (/\b(?:mature|matures|matured)\s+(?:on|in)\s+(?:the\s+)?$/iu.test(before)) return true;
  // "with a redemption date of January 9, 2020": the day a deal settles dates none of its figures.
  if (before.includes(' date') && /\b(?:redemption|maturity|payment|settlement|expiry|expiration) date (?:of|on|is)\s+$/iu.test(before)) return true;
  return EVENT_BEFORE.test(before) || EVENT_AFTER.test(after) || (STATED_ON.test(before) && p.start === p.end)
    || (p.start === p.end && /\b(?:which|that)\s+(?:ended|ends|will end)\s+(?:on\s+)?$/iu.test(before))
    || (/\bthe\s+$/iu.test(before) && /^[A-Z][a-z]+$/u.test(p.label) && NAMES_AN_EVENT.test(after));
}

const YEAR_NAMES = /^\s+(?:Senior\s+|Convertible\s+|Green\s+|Sustainability-Linked\s+)?(?:Notes|Bonds|Debentures|Convertibles)\b/u;

const SIGNED_AFTER = /^(?:\s*,)?\s*(?:the\s+(?:Company|Group|Board|Issuer)|it|we|they)\s+(?:has\s+|had\s+)?(?:entered into|signed|agreed|concluded)\b/u;

/** "helped by the July tariff repricing", "after the March rate cut": a month naming an event, no figure's period. */
const NAMES_AN_EVENT = /^\s+(?!(?:quarter|half|year|month|period|week|and|to|of|through|till|until|average|figures?|data|numbers?)\b)[a-z][a-z-]+\s+(?!(?:quarter|half|year)\b)[a-z]/u;

/** "…, it said on Thursday", "customs data showed on Thursday": the day a statement was made, not what it measures. */
const STATED_ON = /\b(?:said|says|announced|told|disclosed|confirmed|showed|shows)\s+(?:on\s+)?$/iu;

/** "LONDON, June 3 -", "NEW YORK, July 15 (Reuters) -", "新华财经北京3月28日电": a newswire's dateline is the story's date. */
function isDateline(text: string, p: Period): boolean {
  // "新华财经北京3月28日电": a Chinese wire's opening, the agency and city run into the date.
  if (p.index <= 16 && /^\p{Script=Han}{2,16}$/u.test(text.slice(0, p.index))) {
    return p.start === p.end && /^电(?!\p{Script=Han})/u.test(text.slice(p.index + p.length, p.index + p.length + 2));
  }
  return /^\s*[A-Z][A-Z.'’ -]{1,30},\s*$/u.test(text.slice(0, p.index))
    && /^\s*(?:\([^)]{1,30}\)\s*)?[-–—]/u.test(text.slice(p.index + p.length));
}

/**
 * "FY2025, the year ended 31 March 2025", "Q2 FY2026 (the three months ended 31 December 2025)":
 * a fiscal period followed by the dates it stands for takes those dates.
 */
function definedByYearEnd(text: string, periods: Period[]): Period[] {
  return periods.map((p, k) => {
    // "the April-September first half of fiscal 2025": months written out before a fiscal name give its dates.
    const before = periods[k - 1];
    if (before && /\b(?:fiscal|FY)/iu.test(p.label) && !/\b(?:fiscal|FY)/iu.test(before.label) && before.start !== before.end
      && /^\s*$/u.test(text.slice(before.index + before.length, p.index))) return { ...p, start: before.start, end: before.end };
    const next = periods[k + 1];
    if (!next || !/\bend(?:ed|ing)\b/iu.test(next.label) || /\bend(?:ed|ing)\b/iu.test(p.label)) return p;
    if (!/^\s*(?:[,(–—-]\s*)?(?:i\.e\.,?\s*)?$/iu.test(text.slice(p.index + p.length, next.index))) return p;
    return { ...p, start: next.start, end: next.end };
  });
}
