/*
 * Traditional Chinese (Taiwan and Hong Kong filings, monthly revenue releases) read through the rules written for
 * simplified text: each traditional character is swapped for its simplified form, one UTF-16 unit for one, so every
 * offset found in the simplified view points at the same characters of the original.
 */

import type { ExtractedMetric } from '../../../shared/metrics.ts';
import HK_VARIANTS from 'opencc-js/dict/HKVariantsRev';
import TO_SIMPLIFIED from 'opencc-js/dict/TSCharacters';
import TW_VARIANTS from 'opencc-js/dict/TWVariantsRev';

/** OpenCC's "from to|from to" tables, kept to the characters that are one UTF-16 unit on both sides. */
function pairs(table: string): Array<[string, string]> {
  return table.split('|').map((entry) => entry.split(' ') as [string, string])
    .filter(([from, to]) => from?.length === 1 && to?.length === 1);
}

let simplified: Map<string, string> | null = null;
let traditional: RegExp | null = null;

/** Traditional character → simplified, built on first use; Taiwan's and Hong Kong's variants (為, 户) go through the standard form. */
function simplifiedOf(): Map<string, string> {
  if (simplified) return simplified;
  const standard = new Map(pairs(TO_SIMPLIFIED));
  simplified = new Map(standard);
  for (const [variant, form] of [...pairs(TW_VARIANTS), ...pairs(HK_VARIANTS)]) {
    const simple = standard.get(form);
    if (simple && !standard.has(variant)) simplified.set(variant, simple);
  }
  return simplified;
}

/** Han characters, the only ones the table holds: text without them is returned at once. */
const HAN = /\p{Script=Han}/u;

/** Whether `text` holds a character the table changes: one regex scan, far faster than a lookup per character. */
function hasTraditional(text: string): boolean {
  traditional ??= new RegExp(`[${[...simplifiedOf().keys()].join('')}]`, 'u');
  return traditional.test(text);
}

/**
 * `text` with its traditional characters written in simplified form, the same length and with every other character
 * where it was; null when there is nothing to change (simplified or no Chinese at all).
 */
export function simplifiedView(text: string): string | null {
  if (!HAN.test(text) || !hasTraditional(text)) return null;
  const table = simplifiedOf();
  let out: string[] | null = null;
  for (let i = 0; i < text.length; i++) {
    const simple = table.get(text[i]!);
    if (simple === undefined) continue;
    out ??= text.split('');
    out[i] = simple;
  }
  return out ? out.join('') : null;
}

/** `found` (read in `view`) as written in `original`, when it is a stretch of `view`; else as read. */
function asWritten(found: string, view: string, original: string): string {
  const at = found ? view.indexOf(found) : -1;
  return at === -1 ? found : original.slice(at, at + found.length);
}

/**
 * Metrics read in the simplified view of `original` (starting at `offset`), given back the original's characters:
 * the figure, its sentence and display as written, and the label and entity wherever they are words of the text.
 */
export function inOriginalScript(metrics: ExtractedMetric[], original: string, view: string, offset: number): ExtractedMetric[] {
  const at = (span: readonly [number, number]) => original.slice(span[0] - offset, span[1] - offset);
  const viewAt = (span: readonly [number, number]) => view.slice(span[0] - offset, span[1] - offset);
  return metrics.map((m) => {
    const sentence = at(m.sentenceSpan);
    const sentenceView = viewAt(m.sentenceSpan);
    const text = at(m.span);
    const labelSpanned = m.labelSpan && viewAt(m.labelSpan) === m.label;
    return {
      ...m,
      text,
      sentence,
      label: labelSpanned ? at(m.labelSpan!) : asWritten(m.label, sentenceView, sentence),
      entity: m.entity === null ? null : asWritten(m.entity, view, original),
      display: {
        value: asWritten(m.display.value, viewAt(m.span), text),
        scale: m.display.scale === null ? null : asWritten(m.display.scale, viewAt(m.span), text),
        unit: m.display.unit === null ? null : asWritten(m.display.unit, viewAt(m.span), text),
      },
    };
  });
}
