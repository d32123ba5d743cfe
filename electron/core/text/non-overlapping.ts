/** A match in a text: where it starts and how long it is. */
export interface Located {
  index: number;
  length: number;
}

/**
 * Matches found by several patterns, in text order, none overlapping: where two overlap,
 * the one starting first wins, and of two starting together, the longer.
 */
export function nonOverlapping<T extends Located>(found: T[]): T[] {
  if (found.length < 2) return [...found]; // most sentences state one period or none: nothing to sort
  const sorted = [...found].sort((a, b) => a.index - b.index || b.length - a.length);
  const kept: T[] = [];
  for (const item of sorted) {
    const last = kept[kept.length - 1];
    if (last && item.index < last.index + last.length) continue;
    kept.push(item);
  }
  return kept;
}
