import type { Repair } from '../../../shared/repairs.ts';
import { RepairLog } from './repair-log.ts';

/**
 * Screen-reader hints that copy-pasted web pages leave inside sentences. They are never
 * the author's words, so they are cut from the text (whole-line debris is only marked).
 */
// The spaces before a hint are trimmed by hand, not matched: a pattern that began with a run of spaces
// took time growing with the square of the run, or overflowed the stack on a file of ten million spaces.
const INLINE = /\((?:opens|open|link opens) in (?:a )?new (?:tab|window)\)/giu;

export function removeInlineDebris(text: string): { text: string; repair: Repair | null } {
  const log = new RepairLog('web-debris', 'Web-page hints such as "(opens in a new tab)" removed');
  let out = '';
  let from = 0;
  for (const m of text.matchAll(INLINE)) {
    out += trimSpacesEnd(text.slice(from, m.index));
    log.add(m[0], '');
    from = m.index + m[0].length;
  }
  if (from === 0) return { text, repair: null };
  return { text: out + text.slice(from), repair: log.result() };
}

function trimSpacesEnd(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === ' ' || s[end - 1] === '\t' || s[end - 1] === '\u00a0')) end--;
  return s.slice(0, end);
}
