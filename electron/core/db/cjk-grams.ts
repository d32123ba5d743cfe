/*
 * Chinese and Japanese are written without spaces, and FTS5's unicode61 tokenizer keeps a
 * run of their characters as one token ("实现营业收入" is one word to it), so a word inside
 * a run could not be found. Each passage with such runs also gets a `grams` column: every
 * run's overlapping pairs of characters, then its last character alone. A word of them is
 * searched as the phrase of its pairs, which matches wherever the word stands in a run
 * (the way Lucene's CJK analyzer indexes these scripts).
 */

/** A Chinese or Japanese character (kana and CJK ideographs). */
export const CJK_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/u;
const CJK_RUN = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+/gu;
const ONLY_CJK = /^[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+$/u;

/** The pairs of one run and its last character: 营业收入 → 营业 业收 收入 入. */
function gramsOf(run: string): string[] {
  const chars = [...run];
  const pairs = chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
  return [...pairs, chars[chars.length - 1]!];
}

/** The `grams` column for a passage's text; null when it has no Chinese or Japanese. */
export function cjkGrams(text: string): string | null {
  if (!CJK_CHAR.test(text)) return null;
  const runs = text.match(CJK_RUN) ?? [];
  return runs.flatMap(gramsOf).join(' ');
}

/** True for a word written wholly in Chinese or Japanese characters, searched through `grams`. */
export function isCjkWord(word: string): boolean {
  return ONLY_CJK.test(word);
}

/**
 * The FTS5 query for such a word: its pairs as a phrase in the `grams` column; one character is a prefix of the
 * pairs it opens (or the character alone, at a run's end).
 */
export function cjkWordQuery(word: string): string {
  const chars = [...word];
  if (chars.length === 1) return `grams : "${word}"*`;
  return `grams : "${gramsOf(word).slice(0, -1).join(' ')}"`;
}
