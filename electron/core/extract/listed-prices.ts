import type { ExtractedMetric } from '../../../shared/metrics.ts';
import { isBareMeasure, splitMeasure } from './labels.ts';

/*
 * "Copper closed at $10,820 a tonne and aluminium at $2,815", "Brent settled at $63.82 a barrel, while WTI added
 * 38 cents to $59.95": a price wrap writes the unit once. A bare amount quoted for the next commodity in the same
 * clause is a price in the same unit, not a sum of money.
 */

/**
 * What joins one quote to the next: a conjunction, the next thing's name (no digits, up to four words) and how it
 * got to its level ("at", "rose to", "added 38 cents to").
 */
const NEXT_QUOTE = new RegExp(String.raw`^(?:\s*[,;])?\s+(?:(?:and|while|whereas|but|with)\s+)?(?:the\s+)?(?:[\p{L}][\p{L}.&'’-]*\s+){1,4}?`
  + String.raw`(?:(?:was|were|stood|settled|closed|ended|finished|traded|rose|fell|gained|lost|added|shed|eased|climbed|dropped|`
  + String.raw`slipped|firmed|jumped|rallied|slid|declined|increased|decreased|edged(?:\s+(?:up|down|higher|lower))?)\s+`
  + String.raw`(?:[^\s\d]{0,3}\d[\d.,]*(?:\s?(?:cents?|c|¢|%))?\s+)?(?:higher\s+|lower\s+|up\s+|down\s+)?)?(?:at|to)\s+(?:about\s+|around\s+)?$`, 'iu');

/** A name that is a thing quoted ("WTI", "aluminium"), not a measure ("revenue", "capex"). */
function namesAThing(label: string): boolean {
  return /^\p{L}/u.test(label) && label.split(' ').length <= 4 && !isBareMeasure(label) && !splitMeasure(label);
}

/** Gives a bare amount quoted after a price in the same currency that price's unit, kind and owner. */
export function pricesListedAfter(metrics: ExtractedMetric[]): void {
  let quoted: ExtractedMetric | undefined;
  for (const m of metrics) {
    const sameSentence = quoted && quoted.sentenceSpan[0] === m.sentenceSpan[0];
    if (sameSentence && m.kind === 'level' && m.display.scale === null && quoted!.unit.startsWith(`${m.unit}/`)
      && namesAThing(m.label) && NEXT_QUOTE.test(m.sentence.slice(quoted!.span[1] - m.sentenceSpan[0], m.span[0] - m.sentenceSpan[0]))) {
      asPriceLike(m, quoted!);
    }
    if (m.kind === 'price' && m.unit.includes('/')) quoted = m;
  }
}

function asPriceLike(m: ExtractedMetric, quoted: ExtractedMetric): void {
  const base = m.unit;
  m.unit = quoted.unit;
  m.kind = 'price';
  m.entity ??= quoted.entity;
  if (quoted.label.endsWith(' price') && !m.label.endsWith(' price')) m.label = `${m.label} price`;
  // "added 38 cents to $59.95": the move is in the quote's unit too.
  for (const c of [m.change, ...m.moreChanges]) if (c?.unit === base) c.unit = quoted.unit;
}
