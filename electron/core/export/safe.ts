/** Text made safe for HTML: every character that could start markup is escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * A spreadsheet cell's text that no spreadsheet will run: text starting with =, +, -, @
 * (or a tab or carriage return, which some apps strip first) gets a leading apostrophe.
 */
export function inertCell(text: string): string {
  return /^[=+\-@\t\r]/u.test(text) ? `'${text}` : text;
}
