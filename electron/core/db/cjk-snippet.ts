import type { SnippetPart } from '../../../shared/search.ts';

/*
 * FTS5 writes a snippet from the passage's text column, but a Chinese or Japanese word is
 * matched in the pairs-of-characters column (cjk-grams.ts), so its snippet marks nothing and
 * may show another stretch of the passage. Such snippets are written here instead, around
 * the word's first place in the text.
 */

/** Characters shown before the first match, and in all. */
const BEFORE = 24;
const LENGTH = 96;

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * A snippet of `text` around the first of `words`, every one of them and of `also` (the words FTS5 marked, for a query
 * that mixes scripts) marked; null when none of `words` is in the text.
 */
export function cjkSnippet(text: string, words: string[], also: string[]): SnippetPart[] | null {
  const first = Math.min(...words.map((w) => text.indexOf(w)).filter((i) => i >= 0));
  if (!Number.isFinite(first)) return null;
  const start = Math.max(0, first - BEFORE);
  const end = Math.min(text.length, start + LENGTH);
  const window = text.slice(start, end).replace(/\s+/gu, ' ');
  const marked = new RegExp([...words, ...also].filter(Boolean).sort((a, b) => b.length - a.length).map(escape).join('|'), 'giu');
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const m of window.matchAll(marked)) {
    if (m.index > at) parts.push({ text: window.slice(at, m.index), match: false });
    parts.push({ text: m[0], match: true });
    at = m.index + m[0].length;
  }
  if (at < window.length) parts.push({ text: window.slice(at), match: false });
  if (start > 0) parts.unshift({ text: '…', match: false });
  if (end < text.length) parts.push({ text: '…', match: false });
  return parts;
}

/** True when a snippet already marks one of `words`. */
export function marksAny(parts: SnippetPart[], words: string[]): boolean {
  return parts.some((p) => p.match && words.some((w) => p.text.includes(w)));
}
