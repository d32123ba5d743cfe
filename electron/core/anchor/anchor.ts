import { bestApproximateMatch, matchStart } from './edit-distance.ts';

/*
 * Finding a quoted range again in a changed text, the way the W3C Web Annotation model's
 * selectors allow: the stored position if the quote is still there; else every exact
 * occurrence of the quote, scored by how well the text around it matches the stored prefix
 * and suffix and how near it is to the old position; else an approximate match, the edit
 * distance bounded by the quote's length. What cannot be placed is orphaned, never dropped.
 */

export interface Selector {
  exact: string;
  prefix: string;
  suffix: string;
  /** The old position, when known (TextPositionSelector). */
  start: number | null;
}

export type Anchor =
  | { state: 'anchored' | 'fuzzy'; start: number; end: number }
  | { state: 'orphaned' };

/** Errors a fuzzy match may carry: a fifth of the quote, at least one. */
export function maxErrors(quote: string): number {
  return Math.max(1, Math.floor(quote.length / 5));
}

/** Characters the two strings share at their ends (prefix) or starts (suffix). */
function sharedTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function sharedHead(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function contextScore(text: string, sel: Selector, start: number, end: number): number {
  const before = text.slice(Math.max(0, start - sel.prefix.length), start);
  const after = text.slice(end, end + sel.suffix.length);
  const context = (sharedTail(before, sel.prefix) + sharedHead(after, sel.suffix)) / Math.max(1, sel.prefix.length + sel.suffix.length);
  const nearness = sel.start === null ? 0 : 1 / (1 + Math.abs(start - sel.start) / 1000);
  return context * 2 + nearness;
}

/** Places a selector in `text`. */
export function anchor(text: string, sel: Selector): Anchor {
  if (!sel.exact) return { state: 'orphaned' };
  if (sel.start !== null && text.slice(sel.start, sel.start + sel.exact.length) === sel.exact) {
    return { state: 'anchored', start: sel.start, end: sel.start + sel.exact.length };
  }
  let best: { start: number; score: number } | null = null;
  for (let at = text.indexOf(sel.exact); at !== -1; at = text.indexOf(sel.exact, at + 1)) {
    const score = contextScore(text, sel, at, at + sel.exact.length);
    if (!best || score > best.score) best = { start: at, score };
  }
  if (best) return { state: 'anchored', start: best.start, end: best.start + sel.exact.length };
  return fuzzy(text, sel);
}

/**
 * The approximate match: where the quote (within its error budget) matches best. The
 * search looks first near the old position and around the context, then everywhere.
 */
function fuzzy(text: string, sel: Selector): Anchor {
  const errors = maxErrors(sel.exact);
  const windows: Array<[number, number]> = [];
  if (sel.start !== null) windows.push([Math.max(0, sel.start - 2000), Math.min(text.length, sel.start + sel.exact.length + 2000)]);
  windows.push([0, text.length]);
  for (const [from, to] of windows) {
    const slice = text.slice(from, to);
    const found = bestApproximateMatch(sel.exact, slice, errors);
    if (!found) continue;
    const start = matchStart(sel.exact, slice, found.end, errors);
    return { state: 'fuzzy', start: from + start, end: from + found.end };
  }
  return { state: 'orphaned' };
}
