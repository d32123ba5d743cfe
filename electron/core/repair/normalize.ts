import type { Repair } from '../../../shared/repairs.ts';
import { RepairLog } from './repair-log.ts';

/** CR LF and lone CR become LF, so offsets mean the same on every platform. */
export function normalizeLineEndings(text: string): { text: string; repair: Repair | null } {
  const log = new RepairLog('line-endings', 'Windows or classic Mac line endings turned into LF');
  const out = text.replace(/\r\n?/g, (m) => {
    log.add(m === '\r\n' ? 'CR LF' : 'CR', 'LF');
    return '\n';
  });
  return { text: out, repair: log.result() };
}

/**
 * Control characters other than tab and newline, C1 controls, stray BOMs and zero-width
 * spaces carry no meaning in prose and break search and extraction, so they are removed.
 */
const STRAY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\ufeff\ufffe]/g;

export function removeControlCharacters(text: string): { text: string; repair: Repair | null } {
  const log = new RepairLog('control-characters', 'Stray control characters, byte-order marks and zero-width spaces removed');
  const out = text.replace(STRAY, (m) => {
    log.add(`U+${m.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, '');
    return '';
  });
  return { text: out, repair: log.result() };
}

/** Unicode NFC, so "é" typed two ways is one string for search and comparison. */
export function normalizeUnicode(text: string): { text: string; repair: Repair | null } {
  const out = text.normalize('NFC');
  if (out === text) return { text, repair: null };
  const log = new RepairLog('unicode-normalization', 'Decomposed characters composed (Unicode NFC)');
  let changed = 0;
  for (const word of text.split(/\s+/)) {
    const composed = word.normalize('NFC');
    if (composed === word) continue;
    changed++;
    if (changed <= 5) log.add(word, composed);
  }
  const repair = log.result()!;
  repair.count = Math.max(changed, 1);
  return { text: out, repair };
}
