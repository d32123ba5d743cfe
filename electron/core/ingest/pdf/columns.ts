import { lineOf, stretchesOf, type Line } from './lines.ts';

/** A stretch of words, not figures: a table's column of numbers never is. */
const isProse = (text: string) => text.length >= 20 && (text.match(/\p{L}{2,}/gu)?.length ?? 0) >= 3;

/**
 * Whether most lines that run across `x` are table rows, not two columns side by side: past
 * `x` they hold short cells (dates, amounts, codes) rather than lines of prose.
 */
function tableRowsAcross(lines: Line[], x: number): boolean {
  const across = lines.filter((l) => l.cells.some((c) => c.right <= x - 6) && l.cells.some((c) => c.x >= x - 3));
  const rows = across.filter((l) => l.cells.some((c) => c.x >= x - 3 && !isProse(c.text)));
  return rows.length >= 3 && rows.length > across.length / 2;
}

/**
 * Where a page runs in columns, or a sidebar stands beside the main text: the x of each
 * gutter, left to right (none for a single column). A gutter lies just left of an edge that
 * three or more lines of prose start at, away from the page's margins, with at least three
 * lines ending short of it. A table's figure columns never qualify, since they are not prose.
 */
export function findGutters(lines: Line[], pageWidth: number): number[] {
  const starts: number[] = [];
  // Runs less than 0.6 em apart are one stretch: well under a table cell's gap, so columns set close stay apart.
  const stretches = new Map(lines.map((l) => [l, stretchesOf(l, (gapEm) => gapEm < 0.6)]));
  for (const line of lines) {
    const parts = stretches.get(line)!;
    parts.forEach((part, k) => {
      if (part.x >= pageWidth * 0.15 && part.x <= pageWidth * 0.85 && isProse(parts.slice(k).map((c) => c.text).join(' '))) starts.push(part.x);
    });
  }
  // A box beside the text (key data, a contents list) is lines of its own that start right of the running text's
  // margin, words and figures rather than prose: where three or more start at one edge, that edge may be a gutter too.
  const boxed = lines.map((l) => stretches.get(l)![0]!).filter((first) => first.x >= pageWidth * 0.15 && first.x <= pageWidth * 0.85
    && /\p{L}{2}/u.test(first.text) && !isProse(first.text)).map((first) => first.x);
  const edges = (xs: number[], x: number) => xs.filter((s) => Math.abs(s - x) <= 3);
  const candidates = [...new Set([...starts, ...boxed].map(Math.round))]
    .map((x) => ({ x, at: edges(starts, x).length >= 3 ? edges(starts, x) : edges(boxed, x) }))
    .filter((c) => c.at.length >= 3 && lines.filter((l) => stretches.get(l)!.some((part) => part.right <= c.x - 4 && part.text.length >= 4)).length >= 3)
    .filter((c) => !tableRowsAcross(lines, c.x))
    .sort((a, b) => b.at.length - a.at.length);
  const gutters: number[] = [];
  for (const c of candidates) {
    if (gutters.length < 3 && gutters.every((g) => Math.abs(g - c.x) > 30)) gutters.push(Math.min(...c.at) - 2);
  }
  return gutters.sort((a, b) => a - b);
}

/**
 * A line cut where it crosses a gutter through a wide gap: lines of neighbouring columns
 * that happened to share a baseline. A table row (a label, then only figures past the
 * gutter) stays whole.
 */
export function splitAtGutter(line: Line, gutter: number): Line[] {
  // Runs, not cells: columns set close together can leave less than a cell's gap between them.
  const left = line.items.filter((i) => i.x < gutter - 1);
  const right = line.items.filter((i) => i.x >= gutter - 1);
  const crosses = left.some((i) => i.x + i.width > gutter + 2);
  if (crosses || !left.some((i) => i.text.trim()) || !right.some((i) => /\p{L}{2,}/u.test(i.text))) return [line];
  return [lineOf(left), lineOf(right)];
}

/**
 * Orders a page's lines for reading: full-width lines top to bottom; where the page runs in
 * columns between the gutters, the whole first column of that stretch, then the next.
 */
export function readingOrder(lines: Line[], gutters: number[]): Line[] {
  // A line's column, counted from 0 at the left; -1 for a line that crosses a gutter.
  const column = (l: Line) => {
    const k = gutters.findIndex((g) => l.x < g - 4);
    const n = k < 0 ? gutters.length : k;
    return n > 0 && l.x < gutters[n - 1]! - 4 ? -1 : n < gutters.length && l.right > gutters[n]! + 4 ? -1 : n;
  };
  const later = lines.filter((l) => column(l) > 0 && l.cells.length === 1);
  if (later.length < 3 || lines.filter((l) => column(l) === 0).length < 3) return lines;
  const out: Line[] = [];
  let stretch: Line[] = [];
  const flush = () => {
    out.push(...stretch.map((l, k) => ({ l, k, c: column(l) })).sort((a, b) => a.c - b.c || a.k - b.k).map((x) => x.l));
    stretch = [];
  };
  // The columns run from the top of the later columns to their last line; below that, balanced
  // columns leave at most a line or two of the first one, which continue it at its own pitch.
  // A box of short rows beside the columns (key data) runs as far as its own last line.
  const beside = lines.filter((l) => column(l) > 0);
  const top = Math.max(...beside.map((l) => l.y)) + 2;
  const bottom = Math.min(...beside.map((l) => l.y));
  const firsts = lines.filter((l) => column(l) === 0 && l.y <= top + 2 * l.height).map((l) => l.y);
  const pitch = firsts.slice(1).map((y, k) => firsts[k]! - y).filter((d) => d > 0).sort((a, b) => a - b)[0] ?? 0;
  let lastFirst = Infinity;
  for (const line of lines) {
    const c = column(line);
    const inColumns = c >= 0 && line.y <= top + 2 * line.height && (line.y >= bottom - 2 || (c === 0 && lastFirst - line.y <= pitch * 1.2));
    if (inColumns) {
      stretch.push(line);
      if (c === 0) lastFirst = line.y;
    } else { flush(); out.push(line); }
  }
  flush();
  return out;
}

/** A page's lines in reading order, cut and regrouped at the gutters when it runs in columns. */
export function inReadingOrder(lines: Line[], pageWidth: number): Line[] {
  const gutters = findGutters(lines, pageWidth);
  if (!gutters.length) return lines;
  const split = gutters.reduce((ls, g) => ls.flatMap((l) => splitAtGutter(l, g)), lines).sort((a, b) => b.y - a.y || a.x - b.x);
  return readingOrder(split, gutters);
}
