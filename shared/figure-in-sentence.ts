/**
 * Where a figure stands in its quoted sentence: at its own offset when the store knows it
 * (a sentence may state "5,700 mt" twice), else its first occurrence; -1 when absent.
 */
export function figureInSentence(sentence: string, surface: string | null, offset: number | null): number {
  if (!surface) return -1;
  if (offset !== null && sentence.startsWith(surface, offset)) return offset;
  return sentence.indexOf(surface);
}
