/*
 * A figure as an analyst types it into the grid's value cell: the way the grid shows it
 * ("9.287 bn CNY", "about 30", "61.19%") or plainly ("9,500,000,000", "-8.6", "950 mn").
 * Anything else is no figure: the edit is refused rather than saved as nothing. A figure is
 * stored exactly as typed or not at all: the scale is applied to the digits as written
 * (9.287 bn is 9287000000, not 9.287 × 1e9 = 9286999999.999998), and a number a double
 * cannot hold digit for digit, or one past any real figure, is refused with the reason.
 */

const SCALE_WORDS = new Map<string, number>([
  ['k', 3], ['thousand', 3], ['mn', 6], ['m', 6], ['million', 6], ['bn', 9], ['b', 9], ['billion', 9],
  ['tn', 12], ['trillion', 12], ['万', 4], ['亿', 8],
]);

/** The largest figure Assay keeps, either side of zero: 10^18, a billion billion, past any real amount in any currency. */
export const MAX_FIGURE = 1e18;

/** The qualifier words the grid writes before a figure ("about 30"): the qualifier is kept, not edited here. */
const QUALIFIER = /^(?:about|around|approximately|approx\.?|roughly|nearly|almost|over|under|more than|less than|at least|up to|some|c\.|~)\s*/iu;
/** Spaces taken out first: a sign, brackets for a negative, digits (grouped by commas or not), a scale word. */
const FIGURE = /^([-+−]?)\(?(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?\)?([a-z]+|万|亿)?$/iu;

const NOT_A_FIGURE = 'that is not a figure. Type a number as the grid shows it, such as 9.5 bn, 950 mn, 9,500,000,000 or 12.5%.';

/** A typed value read, or why it is refused (in words that follow "Your change … was not saved: "). */
export type ValueInput = { ok: true; value: number } | { ok: false; reason: string };

/** Significant digits and the power of ten before them, of a plain or exponent decimal: "0.0120" and "1.2e-2" both give "12e-1". */
function canonical(decimal: string): string {
  const [mantissa = '', power = '0'] = decimal.toLowerCase().split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  let digits = whole + fraction;
  let exponent = whole.length + Number(power);
  let zeros = 0;
  while (digits[zeros] === '0') zeros++;
  let end = digits.length;
  while (end > zeros && digits[end - 1] === '0') end--;
  digits = digits.slice(zeros, end);
  exponent -= zeros;
  return digits ? `${digits}e${exponent}` : '0';
}

/** "1234567890123.4567" as the grid would write it: "1,234,567,890,123.4567". */
function grouped(decimal: string): string {
  const [whole = '0', fraction] = decimal.split('.');
  const groups: string[] = [];
  for (let end = whole.length; end > 0; end -= 3) groups.unshift(whole.slice(Math.max(0, end - 3), end));
  return `${groups.join(',')}${fraction ? `.${fraction}` : ''}`;
}

/**
 * The number `text` states in the metric's unit, or why it cannot be saved. A trailing unit
 * equal to the metric's own ("CNY", "%") is allowed, as is the grid's qualifier.
 */
export function readValueInput(text: string, unit: string | null): ValueInput {
  let rest = text.trim().replace(QUALIFIER, '');
  // The metric's own unit after the figure ("CNY", "%", "pp") says nothing new.
  if (unit && rest.toLowerCase().endsWith(unit.toLowerCase())) rest = rest.slice(0, rest.length - unit.length);
  rest = rest.replace(/\s+/gu, '');
  const m = FIGURE.exec(rest);
  if (!m || (m[2] === undefined && m[3] === undefined) || rest.includes('(') !== rest.includes(')')) return { ok: false, reason: NOT_A_FIGURE };
  const shift = m[4] === undefined ? 0 : SCALE_WORDS.get(m[4].toLowerCase());
  if (shift === undefined) return { ok: false, reason: NOT_A_FIGURE };
  // The scale moves the decimal point in the digits as typed, so no multiplication rounds them.
  const whole = m[2]?.replaceAll(',', '') ?? '';
  const fraction = m[3]?.slice(1) ?? '';
  const digits = `${whole}${fraction}${'0'.repeat(Math.max(0, shift - fraction.length))}`;
  const point = whole.length + shift;
  const decimal = `${digits.slice(0, point).replace(/^0+(?=\d)/u, '') || '0'}${point < digits.length ? `.${digits.slice(point)}` : ''}`;
  const magnitude = Number(decimal);
  const typed = text.trim();
  if (magnitude >= MAX_FIGURE) {
    return { ok: false, reason: `${typed} is ${grouped(decimal.split('.')[0]!)}, more than 10^18 (a billion billion), larger than any figure Assay keeps. Check the number of digits and the scale word (k, mn, bn, tn).` };
  }
  if (canonical(String(magnitude)) !== canonical(decimal)) {
    const significant = canonical(decimal).split('e')[0]!.length;
    return { ok: false, reason: `${typed} has ${significant} significant digits, more than a figure keeps exactly (15); it would be stored as `
      + `${grouped(String(magnitude))}. Round it to 15 significant digits or fewer and type it again.` };
  }
  const negative = m[1] === '-' || m[1] === '−' || rest.includes('(');
  return { ok: true, value: negative && magnitude !== 0 ? -magnitude : magnitude };
}

/** The number `text` states in the metric's unit, or null when it states none that can be kept exactly (see readValueInput). */
export function parseValueInput(text: string, unit: string | null): number | null {
  const read = readValueInput(text, unit);
  return read.ok ? read.value : null;
}
