/*
 * A drag in the reader rarely lands on word edges: "perating revenue was 2.3" is what the
 * hand selects when the analyst means "operating revenue was 2.31". Highlights, notes and new
 * metrics take whole words, so the quote in an export reads as the source does.
 */

// Han, kana and hangul are left alone: each character there is a word's worth of meaning.
const WORD = /[\p{L}\p{N}_'’-]/u;
const IDEOGRAPH = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const DIGIT = /\p{N}/u;

function wordAt(text: string, i: number): boolean {
  const c = text[i];
  if (c === undefined) return false;
  if (c === '.' || c === ',') return DIGIT.test(text[i - 1] ?? '') && DIGIT.test(text[i + 1] ?? '');
  return WORD.test(c) && !IDEOGRAPH.test(c);
}

/**
 * The range [start, end) of `text` grown to the words it cuts through and trimmed of the
 * spaces at its ends. A selection of nothing but spaces is returned as it was.
 */
export function snapToWords(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  if (s === e) return { start, end };
  while (s > 0 && wordAt(text, s - 1) && wordAt(text, s)) s--;
  while (e < text.length && wordAt(text, e) && wordAt(text, e - 1)) e++;
  return { start: s, end: e };
}
