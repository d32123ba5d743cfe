/*
 * A figure as an analyst types it into the grid's value cell: the way the grid shows it
 * ("9.287 bn CNY", "about 30", "61.19%") or plainly ("9,500,000,000", "-8.6", "950 mn").
 * Anything else is no figure: the edit is refused rather than saved as nothing.
 */

const SCALE_WORDS = new Map<string, number>([
  ['k', 1e3], ['thousand', 1e3], ['mn', 1e6], ['m', 1e6], ['million', 1e6], ['bn', 1e9], ['b', 1e9], ['billion', 1e9],
  ['tn', 1e12], ['trillion', 1e12], ['万', 1e4], ['亿', 1e8],
]);

/** The qualifier words the grid writes before a figure ("about 30"): the qualifier is kept, not edited here. */
const QUALIFIER = /^(?:about|around|approximately|approx\.?|roughly|nearly|almost|over|under|more than|less than|at least|up to|some|c\.|~)\s*/iu;
/** Spaces taken out first: a sign, brackets for a negative, digits (grouped by commas or not), a scale word. */
const FIGURE = /^([-+−]?)\(?(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?\)?([a-z]+|万|亿)?$/iu;

/**
 * The number `text` states in the metric's unit, or null when it states none. A trailing
 * unit equal to the metric's own ("CNY", "%") is allowed, as is the grid's qualifier.
 */
export function parseValueInput(text: string, unit: string | null): number | null {
  let rest = text.trim().replace(QUALIFIER, '');
  // The metric's own unit after the figure ("CNY", "%", "pp") says nothing new.
  if (unit && rest.toLowerCase().endsWith(unit.toLowerCase())) rest = rest.slice(0, rest.length - unit.length);
  rest = rest.replace(/\s+/gu, '');
  const m = FIGURE.exec(rest);
  if (!m || (m[2] === undefined && m[3] === undefined) || rest.includes('(') !== rest.includes(')')) return null;
  const scale = m[4] === undefined ? 1 : SCALE_WORDS.get(m[4].toLowerCase());
  if (scale === undefined) return null;
  const number = Number(`${m[2]?.replaceAll(',', '') ?? '0'}${m[3] ?? ''}`) * scale;
  const negative = m[1] === '-' || m[1] === '−' || rest.includes('(');
  // Twelve significant digits, as the grid formats them: 9.287 × 1e9 is 9287000000, not 9286999999.999998.
  return Number((negative ? -number : number).toPrecision(12));
}
