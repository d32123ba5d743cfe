import { CJK_CHAR, cjkWordQuery, isCjkWord } from './cjk-grams.ts';

/*
 * Turns what a person types into a valid FTS5 query. Words and "phrases" are kept, a
 * trailing * makes a prefix search (of two characters or more), and AND, OR, NOT and
 * parentheses work where they make sense. Anything else (an unbalanced quote, "AND(", a
 * stray colon) is read as words, so a search never fails on its syntax.
 */

/** The shortest prefix searched as one: the index keeps prefixes of two and three characters. */
export const MIN_PREFIX = 2;

type Token =
  | { type: 'term'; text: string; prefix: boolean }
  | { type: 'cjk'; text: string }
  | { type: 'phrase'; text: string }
  | { type: 'op'; text: 'AND' | 'OR' | 'NOT' }
  | { type: 'open' }
  | { type: 'close' };

function lex(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    if (/\s/u.test(ch)) { i++; continue; }
    if (ch === '"') {
      const end = input.indexOf('"', i + 1);
      if (end === -1) { i++; continue; } // unbalanced: the rest is read as words
      const text = input.slice(i + 1, end).trim();
      if (text) tokens.push(isCjkWord(text) ? { type: 'cjk', text } : { type: 'phrase', text });
      i = end + 1;
      continue;
    }
    if (ch === '(') { tokens.push({ type: 'open' }); i++; continue; }
    if (ch === ')') { tokens.push({ type: 'close' }); i++; continue; }
    let end = i;
    while (end < input.length && !/[\s"()]/u.test(input[end]!)) end++;
    const raw = input.slice(i, end);
    i = end;
    if (raw === 'AND' || raw === 'OR' || raw === 'NOT') { tokens.push({ type: 'op', text: raw }); continue; }
    if (raw === 'NEAR' && input[i] === '(') continue; // FTS5's NEAR(…) is not offered: read its words
    let cut = raw.length;
    while (cut > 0 && raw[cut - 1] === '*') cut--; // not /\*+$/, whose time grows with the square of a run of stars
    const text = raw.slice(0, cut);
    // A word of Chinese or Japanese is found anywhere in a run of them, through the pairs of characters indexed
    // beside the text (cjk-grams.ts).
    if (isCjkWord(text)) { tokens.push({ type: 'cjk', text }); continue; }
    // A one-character prefix names a large part of the vocabulary: FTS5 would merge all of
    // it before ranking (seconds at a million passages), so it is searched as a word.
    // Mixed with other characters ("2024年", "A股"), Chinese is searched as the start of a token, as the
    // tokenizer keeps such a run whole.
    const prefix = (cut < raw.length || CJK_CHAR.test(text)) && [...text].length >= MIN_PREFIX;
    if (/[\p{L}\p{N}]/u.test(text)) tokens.push({ type: 'term', text, prefix });
  }
  return tokens;
}

function balanced(tokens: Token[]): boolean {
  let depth = 0;
  for (const t of tokens) {
    if (t.type === 'open') depth++;
    if (t.type === 'close' && --depth < 0) return false;
  }
  return depth === 0;
}

const isOperand = (t: Token | undefined) => t?.type === 'term' || t?.type === 'phrase' || t?.type === 'cjk';

/** Drops operators and parentheses that have nothing to join or enclose. */
function tidy(tokens: Token[]): Token[] {
  let list = balanced(tokens) ? tokens : tokens.filter((t) => t.type !== 'open' && t.type !== 'close');
  for (let changed = true; changed;) {
    changed = false;
    const out: Token[] = [];
    for (let i = 0; i < list.length; i++) {
      const t = list[i]!;
      const prev = out[out.length - 1];
      const next = list[i + 1];
      if (t.type === 'op' && !((isOperand(prev) || prev?.type === 'close') && (isOperand(next) || next?.type === 'open'))) { changed = true; continue; }
      if (t.type === 'open' && next?.type === 'close') { i++; changed = true; continue; }
      out.push(t);
    }
    list = out;
  }
  return list;
}

const quote = (text: string) => `"${text.replace(/"/gu, '""')}"`;

function render(tokens: Token[]): string {
  return tokens.map((t) => {
    switch (t.type) {
      case 'term': return quote(t.text) + (t.prefix ? '*' : '');
      case 'cjk': return cjkWordQuery(t.text);
      case 'phrase': return quote(t.text);
      case 'op': return t.text;
      case 'open': return '(';
      case 'close': return ')';
    }
  }).join(' ');
}

/**
 * Control characters separate words: FTS5 reads a NUL inside a quoted term as the end of
 * the query ("unterminated string"), and none of them belongs in a word anyway.
 */
function withoutControls(input: string): string {
  return input.replace(/\p{Cc}/gu, ' ');
}

/** The Chinese and Japanese words of a query, which the passage index finds through its pairs of characters. */
export function cjkWords(input: string): string[] {
  return lex(withoutControls(input)).flatMap((t) => (t.type === 'cjk' ? [t.text] : []));
}

/** The FTS5 query for `input`, or null when it holds no words at all. */
export function toFtsQuery(input: string): string | null {
  const tokens = tidy(lex(withoutControls(input)));
  if (tokens.some(isOperand)) return render(tokens);
  return plainWords(input);
}

/** Every word of the input, each quoted: the fallback that cannot be a syntax error. */
export function plainWords(input: string): string | null {
  const words = input.match(/[\p{L}\p{N}][\p{L}\p{N}_'’.-]*/gu);
  return words ? words.map((w) => (isCjkWord(w) ? cjkWordQuery(w) : quote(w))).join(' ') : null;
}
