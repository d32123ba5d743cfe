/**
 * The best place `pattern` matches inside `text` allowing edits (Sellers' semi-global
 * alignment): the smallest edit distance of the pattern to any substring, and where that
 * substring ends. Stops early (returns null) once no position can do better than `maxErrors`.
 */
export function bestApproximateMatch(pattern: string, text: string, maxErrors: number): { distance: number; end: number } | null {
  const m = pattern.length;
  let previous = new Array<number>(m + 1);
  let current = new Array<number>(m + 1);
  for (let i = 0; i <= m; i++) previous[i] = i;
  let best: { distance: number; end: number } | null = null;
  for (let j = 1; j <= text.length; j++) {
    current[0] = 0;
    const c = text.charCodeAt(j - 1);
    for (let i = 1; i <= m; i++) {
      const cost = pattern.charCodeAt(i - 1) === c ? 0 : 1;
      current[i] = Math.min(previous[i - 1]! + cost, previous[i]! + 1, current[i - 1]! + 1);
    }
    const d = current[m]!;
    if (d <= maxErrors && (!best || d < best.distance)) best = { distance: d, end: j };
    [previous, current] = [current, previous];
  }
  return best;
}

/** Where the match found by `bestApproximateMatch` starts: align backwards from its end. */
export function matchStart(pattern: string, text: string, end: number, maxErrors: number): number {
  const from = Math.max(0, end - pattern.length - maxErrors);
  const window = text.slice(from, end);
  const reversed = bestApproximateMatch([...pattern].reverse().join(''), [...window].reverse().join(''), maxErrors);
  return reversed ? end - reversed.end : Math.max(0, end - pattern.length);
}
