import { lineOf, stretchesOf, type Line, type TextItem } from './lines.ts';

/** A stretch of words, not figures: a table's column of numbers never is. */
const isProse = (text: string) => text.length >= 20 && (text.match(/\p{L}{2,}/gu)?.length ?? 0) >= 3;

/**
 * Whether most lines that run across `x` are table rows, not two columns side by side: past
 * `x` they hold short cells (dates, amounts, codes) rather than lines of prose.
 */
function tableRowsAcross(lines: Line[], x: number): boolean {
  const across = lines.filter((l) => l.cells.some((c) => c.right <= x - 6) && l.cells.some((c) => c.x >= x - 3));
  // A row has short cells past the edge and not only prose before it: a line of a column of prose with a key-data box's
  // short cells beyond it is no table row.
  const rows = across.filter((l) => l.cells.some((c) => c.x >= x - 3 && !isProse(c.text))
    && !l.cells.filter((c) => c.right <= x - 6).every((c) => isProse(c.text)));
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
  // A box's row may share a baseline with the text beside it: a stretch two ems or more after prose starts one too.
  const boxed = lines.flatMap((l) => stretches.get(l)!.filter((part, k, parts) => part.x >= pageWidth * 0.15 && part.x <= pageWidth * 0.85
    && /\p{L}{2}/u.test(part.text) && !isProse(part.text)
    && (k === 0 || (part.x - parts[k - 1]!.right >= 2 * l.height && isProse(parts[k - 1]!.text)))).map((part) => part.x));
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
  // A box's heading may stand a few points left of its rows ("Key data" over "Share price"): an item just short of the
  // gutter, well apart from the text before it, is the box's.
  const apart = (i: TextItem, k: number) => i.x >= gutter - 8 && k > 0 && i.x - (line.items[k - 1]!.x + line.items[k - 1]!.width) >= line.height * 1.5;
  const sides = line.items.map((i, k) => i.x >= gutter - 1 || apart(i, k));
  const left = line.items.filter((_, k) => !sides[k]);
  const right = line.items.filter((_, k) => sides[k]);
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
  // columns leave at most a line or two of the first one, which continue it at its own pitch, or
  // after a paragraph's gap in the same type (a browser's columns with a margin between paragraphs).
  // A box of short rows beside the columns (key data) runs as far as its own last line.
  const beside = lines.filter((l) => column(l) > 0);
  const top = Math.max(...beside.map((l) => l.y)) + 2;
  const bottom = Math.min(...beside.map((l) => l.y));
  const firsts = lines.filter((l) => column(l) === 0 && l.y <= top + 2 * l.height).map((l) => l.y);
  const pitch = firsts.slice(1).map((y, k) => firsts[k]! - y).filter((d) => d > 0).sort((a, b) => a - b)[0] ?? 0;
  let lastFirst: Line | null = null;
  const goesOnFirst = (line: Line) => lastFirst !== null && (lastFirst.y - line.y <= pitch * 1.2
    || (lastFirst.y - line.y <= pitch * 2.2 && Math.abs(lastFirst.height - line.height) <= 0.5));
  for (const line of lines) {
    const c = column(line);
    const inColumns = c >= 0 && line.y <= top + 2 * line.height && (line.y >= bottom - 2 || (c === 0 && goesOnFirst(line)));
    if (inColumns) {
      stretch.push(line);
      if (c === 0) lastFirst = line;
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
