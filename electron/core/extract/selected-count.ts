import type { ExtractedMetric } from '../../../shared/metrics.ts';
import { parseNumeral } from './numerals.ts';
import { tokenize } from './tokens.ts';

/** Words that end the thing counted: "seven new products in the quarter". */
const STOP = new Set(['in', 'at', 'on', 'for', 'from', 'by', 'of', 'and', 'or', 'this', 'that', 'which', 'with', 'during', 'since', 'last', 'next']);

/**
 * A count an analyst selected that the extractor leaves alone, because a bare number is
 * usually not a metric ("seven new products", "three mines", "12 vessels"): the first numeral
 * in the selection (digits or words, not a year), counted, and labelled with up to four words
 * after it. Only for a selection someone made on purpose; null when it holds no numeral.
 */
export function countInSelection(text: string, start: number, end: number, sentence: { text: string; start: number }): ExtractedMetric | null {
  const tokens = tokenize(text.slice(start, end), start);
  for (let i = 0; i < tokens.length; i++) {
    const numeral = parseNumeral(tokens, i);
    if (!numeral || numeral.yearLike) continue;
    const words = [];
    for (let k = numeral.next; k < tokens.length && words.length < 4 && tokens[k]!.kind === 'word' && !STOP.has(tokens[k]!.lower); k++) words.push(tokens[k]!);
    const [from, to] = [tokens[i]!.start, tokens[numeral.next - 1]!.end];
    const label = words.map((w) => w.text).join(' ').toLowerCase() || 'count';
    return {
      span: [from, to], text: text.slice(from, to), sentence: sentence.text, sentenceSpan: [sentence.start, sentence.start + sentence.text.length],
      label, labelSpan: words.length ? [words[0]!.start, words[words.length - 1]!.end] : null, entity: null,
      value: numeral.value, valueHigh: null, unit: 'count', display: { value: text.slice(from, to), scale: null, unit: null },
      change: null, changeSpan: null, moreChanges: [], period: null, qualifier: null, kind: 'level',
    };
  }
  return null;
}
