import { isCjkNumeral, parseCjkNumeral } from './cjk-numerals.ts';
import { pointDecimal, type Token } from './tokens.ts';

/*
 * Reading the number itself: digits with separators, fractions, and number words
 * ("seventeen", "a dozen", "two hundred and five", "three quarters"), plus the scale
 * words that multiply them (thousand, million, bn, 万, 亿, lakh, crore).
 */

/* Maps, not plain objects: each key is a word of the document, and "constructor" must not be a number. */
const ONES = new Map(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
}));
const TENS = new Map(Object.entries({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 }));
const FRACTION_GLYPHS = new Map(Object.entries({ '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3, '⅛': 0.125 }));

/** Scale words always read as multipliers. */
const SCALES = new Map(Object.entries({
  thousand: 1e3, thousands: 1e3, k: 1e3, million: 1e6, millions: 1e6, mn: 1e6, mln: 1e6, mio: 1e6, mrd: 1e9, billion: 1e9, billions: 1e9,
  bn: 1e9, bln: 1e9, trillion: 1e12, trillions: 1e12, tr: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
  milliard: 1e9, milliards: 1e9,
}));
/** Abbreviations that are scales only beside money ("$5m", "$2b"), else units (metre, …). */
const MONEY_SCALES = new Map(Object.entries({ m: 1e6, mm: 1e6, b: 1e9, tn: 1e12, trn: 1e12, cr: 1e7, mds: 1e9, mrds: 1e9, bi: 1e9, mi: 1e6, tri: 1e12,
  // Portuguese, as Brazilian filings write money: "R$ 41,2 bilhões".
  'bilhão': 1e9, 'bilhões': 1e9, 'milhão': 1e6, 'milhões': 1e6, 'trilhão': 1e12, 'trilhões': 1e12 }));
/** "5.64 Mds DH", "12 Mrds FCFA": French abbreviations of milliards, scales as written even before the currency. */
const FRENCH_BILLIONS = /^M(?:ds|rds)$/u;
const CJK_SCALES = new Map(Object.entries({ '千': 1e3, '万': 1e4, '萬': 1e4, '亿': 1e8, '億': 1e8 }));
const CJK_MULTIPLES = new Map(Object.entries({ '十': 10, '百': 100, '千': 1e3 }));

export interface Numeral {
  value: number;
  /** Index of the token after the numeral. */
  next: number;
  /** Whether it was written with digits (words like "one" are far more often not figures). */
  digits: boolean;
  /** An integer written without separators between 1800 and 2199: probably a year. */
  yearLike: boolean;
}

/**
 * Parses digits with thousands separators (1,234,567.8 or Indian 12,34,567.89), and "1.234,5", which only a
 * decimal-comma writer (German, French, Spanish…) writes.
 */
export function parseDigits(text: string): number | null {
  // Read by index rather than by splitting: every number of every sentence comes through here.
  const dot = text.indexOf('.');
  const firstComma = text.indexOf(',');
  if (dot !== -1 && firstComma > dot && /^\d{1,3}(?:\.\d{3})+,\d+$/u.test(text)) return parseDigits(pointDecimal(text));
  if (dot !== text.lastIndexOf('.')) return null; // versions, dotted identifiers
  const lastComma = text.lastIndexOf(',');
  if (lastComma !== -1) {
    const groupEnd = dot > lastComma ? dot : text.length;
    const oneComma = text.indexOf(',') === lastComma;
    if (groupEnd - lastComma - 1 !== 3) return oneComma && dot === -1 ? Number(text.replace(',', '.')) : null;
  }
  const value = Number(lastComma === -1 ? text : text.replaceAll(',', ''));
  return Number.isFinite(value) ? value : null;
}

/**
 * Whether a text writes its numbers with a decimal comma ("1.234,5 Mio. €", "6,4 %", "8.412 Mitarbeiter"): numbers
 * only such a writer writes, or two or more decimal commas before "%" or a German scale, and none written the English
 * way ("1,234.5", "3.14").
 * Where both are written, or neither, numbers are read the English way.
 */
export function writesDecimalComma(text: string): boolean {
  // Every passage asks: one cheap scan for a number a decimal-comma writer may write, before the careful count.
  if (!text.includes(',') || !/\d\.\d{3},\d|\d,\d\d? ?[%MTE€P]/u.test(text)) return false;
  // Only numbers no English writer writes: "1.234,5", or a decimal comma before a per cent sign or a German scale;
  // never one glued to letters ("EBITDA1,2", "Q1,2025"), as footnote marks and lists are.
  const german = text.match(/(?<![\p{L}\d.,])\d{1,3}(?:\.\d{3})+,\d+(?![\d.,])/gu)?.length ?? 0;
  const commas = text.match(/(?<![\p{L}\d.,])\d+,\d{1,2} ?(?:%|Mio\b|Mrd\b|Tsd\b|€|EUR\b|Euro\b|Prozent\b)/gu)?.length ?? 0;
  if (german === 0 && commas < 2) return false;
  const english = /\d,\d{3}\.\d|(?<![\d.,])\d+\.(?:\d{1,2}|\d{4,})(?![\d.,])/u.test(text);
  return !english;
}

const WORD_VALUES = new Map<string, number>([...ONES, ...TENS]);
const STARTERS = new Set([...WORD_VALUES.keys(), 'dozen', 'half', 'quarter', 'hundred']);

function wordValue(word: string): number | null {
  return WORD_VALUES.get(word) ?? null;
}

/** True for words that can start a number written in words. */
export function isNumberWord(lower: string): boolean {
  return STARTERS.has(lower);
}

/** Words before a lone "quarter" or "half" that make it a span of time ("the prior quarter", "second half"). */
const SPAN_NAMED_BEFORE = new Set(['the', 'prior', 'previous', 'preceding', 'last', 'this', 'that', 'same', 'next', 'current', 'latest',
  'first', 'second', 'third', 'fourth', '1st', '2nd', '3rd', '4th', 'each', 'every', 'per', 'following', 'coming', 'past', 'sequential']);

/** Number words from `i`: "two hundred and five", "a dozen", "three quarters", "half". */
function parseWords(tokens: Token[], i: number): Numeral | null {
  let total = 0;
  let current = 0;
  let j = i;
  let seen = false;
  if (tokens[j]?.lower === 'a' || tokens[j]?.lower === 'an') j++;
  const start = j;
  for (; j < tokens.length; j++) {
    const w = tokens[j]!.lower;
    const v = wordValue(w);
    if (v !== null) { current += v; seen = true; continue; }
    // "forty-five": a hyphen between tens and ones
    if (w === '-' && !tokens[j]!.spaced && current % 100 >= 20 && current % 10 === 0) {
      const ones = tokens[j + 1];
      if (ones && !ones.spaced && (WORD_VALUES.get(ones.lower) ?? 10) < 10) { current += WORD_VALUES.get(ones.lower)!; seen = true; j++; continue; }
    }
    if (w === 'hundred' && (seen || start > i)) { current = (current || 1) * 100; seen = true; continue; }
    if (w === 'dozen' && (seen || start > i)) { current = (current || 1) * 12; seen = true; continue; }
    if ((w === 'thousand') && seen && tokens[j + 1] && wordValue(tokens[j + 1]!.lower) !== null) { total += current * 1000; current = 0; continue; }
    if (w === 'and' && seen && tokens[j + 1] && wordValue(tokens[j + 1]!.lower) !== null && current >= 100) continue;
    break;
  }
  if (!seen) {
    const w = tokens[start]?.lower;
    // "from the prior quarter to 61.3 kt", "the second half": a span of time named, not a fraction.
    if (start === i && SPAN_NAMED_BEFORE.has(tokens[i - 1]?.lower ?? '')) return null;
    if (w === 'half') return { value: 0.5, next: start + 1, digits: false, yearLike: false };
    if (w === 'quarter') return { value: 0.25, next: start + 1, digits: false, yearLike: false };
    return null;
  }
  if (tokens[j]?.lower === 'quarters' || tokens[j]?.lower === 'quarter') return { value: (total + current) * 0.25, next: j + 1, digits: false, yearLike: false };
  if (start > i && !seen) return null;
  return { value: total + current, next: j, digits: false, yearLike: false };
}

/**
 * The numeral starting at token `i`: digits (with a following fraction, "10 1/2"), a
 * fraction glyph, or number words. Null if none starts there.
 */
export function parseNumeral(tokens: Token[], i: number): Numeral | null {
  const t = tokens[i];
  if (!t) return null;
  const glyph = t.kind === 'sym' ? FRACTION_GLYPHS.get(t.text) : undefined;
  if (glyph !== undefined) return { value: glyph, next: i + 1, digits: true, yearLike: false };
  const cjk = t.kind === 'word' && isCjkNumeral(t.text) ? parseCjkNumeral(tokens, i) : null;
  if (cjk) return { ...cjk, digits: false, yearLike: false };
  if (t.kind === 'word') return parseWords(tokens, i);
  if (t.kind !== 'num') return null;
  // `lower` is the number as an English writer writes it (see `tokenize`).
  const value = parseDigits(t.lower);
  if (value === null) return null;
  const slash = tokens[i + 1];
  // "1/2" and "10 1/2"
  if (slash?.text === '/' && !slash.spaced && tokens[i + 2]?.kind === 'num' && !tokens[i + 2]!.spaced && /^\d+$/u.test(t.text) && /^\d+$/u.test(tokens[i + 2]!.text)) {
    const den = Number(tokens[i + 2]!.text);
    // "PE分别为22/18/15倍", "8/6": numbers listed with slashes, not a fraction (a proper one, alone: "1/2", "3/8").
    const listed = (tokens[i + 3]?.text === '/' && tokens[i + 4]?.kind === 'num') || tokens[i - 1]?.text === '/';
    if (den > 0 && den <= 64 && value < den && !listed) return { value: value / den, next: i + 3, digits: true, yearLike: false };
  }
  const after = tokens[i + 1];
  if (after?.kind === 'num' && after.spaced && tokens[i + 2]?.text === '/' && !tokens[i + 2]!.spaced && tokens[i + 3]?.kind === 'num' && /^\d+$/u.test(t.text)) {
    const den = Number(tokens[i + 3]!.text);
    const num = Number(after.text);
    if (den > 0 && den <= 64 && num < den) return { value: value + num / den, next: i + 4, digits: true, yearLike: false };
  }
  const fraction = after?.kind === 'sym' && !after.spaced ? FRACTION_GLYPHS.get(after.text) : undefined;
  if (fraction !== undefined) return { value: value + fraction, next: i + 2, digits: true, yearLike: false };
  // "6兆7,012亿元": a trillion (兆, as Taiwan writes it) and the hundred millions after it, read in 亿 as one amount.
  // Not 兆…億円: Japanese is not read (its fiscal years and particles would give the figure a wrong period and label).
  if (after?.text === '兆' && !after.spaced && tokens[i + 2]?.kind === 'num' && !tokens[i + 2]!.spaced && /^[亿億]$/u.test(tokens[i + 3]?.text ?? '')
    && tokens[i + 4]?.text !== '円') {
    const rest = parseDigits(tokens[i + 2]!.lower);
    if (rest !== null && rest < 1e4) return { value: value * 1e4 + rest, next: i + 3, digits: true, yearLike: false };
  }
  const eighths = grainFraction(tokens, i);
  if (eighths !== null) return { value: value + eighths * 10 ** -(t.lower.split('.')[1]?.length ?? 0), next: i + 5, digits: true, yearLike: false };
  const yearLike = t.text.length === 4 && /^\d{4}$/u.test(t.text) && value >= 1800 && value <= 2199;
  return { value, next: i + 1, digits: true, yearLike };
}

/**
 * "rose 12-1/4 cents to $11.02-1/2 a bushel": grain futures quote a fraction of the last digit after a dash (a quarter,
 * a half, an eighth), never a range's high end.
 */
function grainFraction(tokens: Token[], i: number): number | null {
  const [dash, num, slash, den] = [tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]];
  if (dash?.text !== '-' || dash.spaced || num?.kind !== 'num' || num.spaced || slash?.text !== '/' || slash.spaced) return null;
  if (den?.kind !== 'num' || den.spaced || !/^[1357]$/u.test(num.text) || !/^[248]$/u.test(den.text)) return null;
  const value = Number(num.text) / Number(den.text);
  return value < 1 ? value : null;
}

/** "3.86m TEU", "1.2m tonnes": what follows a glued m or b when it is a scale, not metres or bytes. */
const COUNTED_AFTER_SCALE = new RegExp(String.raw`^(?:TEU|FEU|tonnes|tons|t|barrels|bbl|boe|oz|ounces|lb|units|vehicles|cars|passengers|`
  + String.raw`customers|subscribers|users|shares|guests|visitors|members|households|accounts|travell?ers|riders|viewers|policies|homes|`
  + String.raw`people|patients|devices|smartphones|handsets|shipments|cardholders)$`, 'u');

/** A scale word at token `i` (million, bn, 亿…); `money` allows the ambiguous m, mm, b, tn. */
export function parseScale(tokens: Token[], i: number, money: boolean): { factor: number; text: string; length: number } | null {
  const t = tokens[i];
  if (!t) return null;
  // 万亿: ten thousand times a hundred million, a trillion, written as two characters.
  if ((t.text === '万' || t.text === '萬') && /^[亿億]$/u.test(tokens[i + 1]?.text ?? '')) return { factor: 1e12, text: `${t.text}${tokens[i + 1]!.text}`, length: 2 };
  // 百万 (a million), 千万, 十万, 百亿, 千亿: a count of ten, hundred or thousand before 万 or 亿, as reports write units.
  const multiple = CJK_MULTIPLES.get(t.text);
  const larger = CJK_SCALES.get(tokens[i + 1]?.text ?? '');
  if (multiple !== undefined && larger !== undefined && larger >= 1e4 && !tokens[i + 1]!.spaced) {
    return { factor: multiple * larger, text: `${t.text}${tokens[i + 1]!.text}`, length: 2 };
  }
  // "1.49兆元": 兆 before money is a trillion (before 瓦 or 焦 it is mega, a unit's prefix).
  if (t.text === '兆' && tokens[i + 1]?.text === '元') return { factor: 1e12, text: t.text, length: 1 };
  const cjk = CJK_SCALES.get(t.text);
  if (cjk !== undefined) return { factor: cjk, text: t.text, length: 1 };
  if (t.kind !== 'word') return null;
  const countedNext = (t.lower === 'm' || t.lower === 'b') && !t.spaced && COUNTED_AFTER_SCALE.test(tokens[i + 1]?.text ?? '');
  const factor = SCALES.get(t.lower) ?? (money || countedNext || t.text === 'M' || t.text === 'B' || FRENCH_BILLIONS.test(t.text) ? MONEY_SCALES.get(t.lower) : undefined);
  if (factor === undefined) return null;
  if (t.lower === 'k' && tokens[i + 1]?.lower === 'g') return null;
  // "Mio.", "Mrd.": German abbreviations keep their full stop, which is no end of a sentence.
  if ((t.lower === 'mio' || t.lower === 'mrd') && tokens[i + 1]?.text === '.' && !tokens[i + 1]!.spaced) return { factor, text: `${t.text}.`, length: 2 };
  // "₹1.12 lakh crore", "Rs 2 lakh crores": a lakh of crores, a trillion rupees.
  if (/^lakhs?$/u.test(t.lower) && /^(?:crore|crores|cr)$/u.test(tokens[i + 1]?.lower ?? '')) {
    return { factor: 1e12, text: `${t.text} ${tokens[i + 1]!.text}`, length: 2 };
  }
  return { factor, text: t.text, length: 1 };
}
