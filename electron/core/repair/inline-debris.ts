import type { Repair } from '../../../shared/repairs.ts';
import { RepairLog } from './repair-log.ts';

/**
 * Screen-reader hints that copy-pasted web pages leave inside sentences. They are never
 * the author's words, so they are cut from the text (whole-line debris is only marked).
 */
const INLINE = /[ \t\u00a0]*\((?:opens|open|link opens) in (?:a )?new (?:tab|window)\)/giu;

export function removeInlineDebris(text: string): { text: string; repair: Repair | null } {
  const log = new RepairLog('web-debris', 'Web-page hints such as "(opens in a new tab)" removed');
  const out = text.replace(INLINE, (m) => {
    log.add(m.trim(), '');
    return '';
  });
  return { text: out, repair: log.result() };
}
