/*
 * Traditional Chinese (Taiwan and Hong Kong filings, monthly revenue releases) read through the rules written for
 * simplified text: each traditional character is swapped for its simplified form, one UTF-16 unit for one, so every
 * offset found in the simplified view points at the same characters of the original.
 */

import type { ExtractedMetric } from '../../../shared/metrics.ts';
import HK_VARIANTS from 'opencc-js/dict/HKVariantsRev';
import TO_SIMPLIFIED from 'opencc-js/dict/TSCharacters';
import TW_VARIANTS from 'opencc-js/dict/TWVariantsRev';

/**
 * OpenCC's "from to [to…]|…" tables as pairs, the first form that differs taken ("乾 乾 干": 乾 stays where it is a
 * character of its own), kept to characters one UTF-16 unit long on both sides.
 */
function pairs(table: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const entry of table.split('|')) {
    const [from, ...forms] = entry.split(' ');
    const to = forms.find((f) => f !== from);
    if (from?.length === 1 && to?.length === 1) out.push([from, to]);
  }
  return out;
}

let simplified: Map<string, string> | null = null;
let traditionalChars: RegExp | null = null;

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
  traditionalChars ??= new RegExp(`[${[...simplifiedOf().keys()].join('')}]`, 'u');
  return traditionalChars.test(text);
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

/**
 * `found` (read in `view`) as written in `original`: the longest opening of it that is a stretch of `view` as written
 * there, and words the rules added after it ("价格", "收盘价") in traditional characters where only one form is.
 */
function asWritten(found: string, view: string, original: string): string {
  const whole = found ? view.indexOf(found) : -1;
  if (whole !== -1) return original.slice(whole, whole + found.length);
  for (let n = found.length - 1; n >= 2; n--) {
    const at = view.indexOf(found.slice(0, n));
    if (at === -1) continue;
    const written = original.slice(at, at + n);
    // Added words follow the script of what they were added to (a simplified name in a traditional text stays so).
    const traditionalHere = written !== found.slice(0, n);
    return written + (traditionalHere ? [...found.slice(n)].map((c) => traditionalOf().get(c) ?? c).join('') : found.slice(n));
  }
  return found;
}

let toTraditional: Map<string, string> | null = null;

/** Simplified character → traditional, where the table has one traditional form for it (价 → 價, not 发 → 發 or 髮). */
function traditionalOf(): Map<string, string> {
  if (toTraditional) return toTraditional;
  const forms = new Map<string, string[]>();
  for (const [from, to] of pairs(TO_SIMPLIFIED)) forms.set(to, [...(forms.get(to) ?? []), from]);
  toTraditional = new Map([...forms].filter(([, all]) => all.length === 1).map(([to, [from]]) => [to, from!]));
  return toTraditional;
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
