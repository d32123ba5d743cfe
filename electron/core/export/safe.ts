/** Text made safe for HTML: every character that could start markup is escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * What may stand before a formula for some spreadsheet to still run it: white space (tab,
 * newline, space, no-break space), invisible characters (zero-width space and joiners, the
 * byte order mark), then =, +, -, @ or their fullwidth forms (＝ ＋ － ＠).
 */
const FORMULA_START = /^[\s\u00a0\u200b-\u200d\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]/u;

/**
 * A spreadsheet cell's text that no spreadsheet will run: text that starts (after white
 * space or invisible characters) with a formula sign gets a leading apostrophe.
 */
export function inertCell(text: string): string {
  return FORMULA_START.test(text) || /^[\t\r]/u.test(text) ? `'${text}` : text;
}
