/**
 * A LIKE pattern (with ESCAPE '\') that finds `text` anywhere in a field, as written: %, _
 * and \ are escaped, so "10%" or "a_b" match only themselves, and NUL characters are
 * dropped, since SQLite would end the pattern at one and match everything.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/\u0000/gu, '').replace(/[%_\\]/gu, (c) => `\\${c}`)}%`;
}
