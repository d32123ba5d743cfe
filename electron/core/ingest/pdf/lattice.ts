import { joinLines, linesOf, partsOf, type TextItem } from './lines.ts';
import type { Ruling, Rulings } from './rulings.ts';

/**
 * Tables read from the rules a page draws (the "lattice" mode of Camelot and Tabula): the
 * rules that cross one another make a grid, a cell whose dividing rule is missing spans its
 * neighbour, and each run of text goes to the cell its middle falls in.
 */

/** A table found from rules: its box (y up from the page's bottom) and its rows of cell text. */
export interface LatticeTable { left: number; right: number; bottom: number; top: number; rows: string[][] }

/** How far apart two rules may be and still meet or line up (points). */
const TOLERANCE = 2.5;
/** A cell holding more text than this is a box around prose, not a table cell. */
const PROSE_CELL = 400;

/** Rules at (nearly) the same position whose extents touch or overlap, joined into one. */
function merged(rules: Ruling[], horizontal: boolean): Ruling[] {
  const at = (r: Ruling) => (horizontal ? r.y1 : r.x1);
  const from = (r: Ruling) => (horizontal ? r.x1 : r.y1);
  const to = (r: Ruling) => (horizontal ? r.x2 : r.y2);
  const sorted = [...rules].sort((a, b) => at(a) - at(b) || from(a) - from(b));
  const out: Ruling[] = [];
  for (const r of sorted) {
    const same = out.findLast((o) => Math.abs(at(o) - at(r)) <= 1 && from(r) <= to(o) + TOLERANCE && to(r) >= from(o) - TOLERANCE);
    if (!same) { out.push({ ...r }); continue; }
    if (horizontal) [same.x1, same.x2] = [Math.min(same.x1, r.x1), Math.max(same.x2, r.x2)];
    else [same.y1, same.y2] = [Math.min(same.y1, r.y1), Math.max(same.y2, r.y2)];
  }
  return out;
}

const meets = (h: Ruling, v: Ruling) => v.x1 >= h.x1 - TOLERANCE && v.x1 <= h.x2 + TOLERANCE && h.y1 >= v.y1 - TOLERANCE && h.y1 <= v.y2 + TOLERANCE;

/** Groups of rules that cross or touch one another: each may be a table. */
function networks(horizontal: Ruling[], vertical: Ruling[]): Array<{ horizontal: Ruling[]; vertical: Ruling[] }> {
  const parent = [...horizontal, ...vertical].map((_, k) => k);
  const root = (k: number): number => (parent[k] === k ? k : (parent[k] = root(parent[k]!)));
  horizontal.forEach((h, i) => vertical.forEach((v, j) => { if (meets(h, v)) parent[root(i)] = root(horizontal.length + j); }));
  const groups = new Map<number, { horizontal: Ruling[]; vertical: Ruling[] }>();
  const group = (k: number) => groups.get(root(k)) ?? groups.set(root(k), { horizontal: [], vertical: [] }).get(root(k))!;
  horizontal.forEach((h, i) => group(i).horizontal.push(h));
  vertical.forEach((v, j) => group(horizontal.length + j).vertical.push(v));
  return [...groups.values()];
}

/** Positions that lie within the tolerance of one another, as one (their mean). */
function clustered(values: number[]): number[] {
  const out: number[][] = [];
  for (const v of [...values].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1]! <= TOLERANCE) last.push(v); else out.push([v]);
  }
  return out.map((c) => c.reduce((s, v) => s + v, 0) / c.length);
}

/** Whether some rule at `at` covers the point `along` on it. */
const ruled = (rules: Ruling[], at: number, along: number, horizontal: boolean) => rules.some((r) => (horizontal
  ? Math.abs(r.y1 - at) <= TOLERANCE && along >= r.x1 - 1 && along <= r.x2 + 1
  : Math.abs(r.x1 - at) <= TOLERANCE && along >= r.y1 - 1 && along <= r.y2 + 1));

/**
 * An item cut where a rule runs through it (a row written as one string across its cells);
 * a heading over several columns whose rules stop below it stays whole.
 */
function cutAtRules(item: TextItem, xs: number[], vertical: Ruling[], middleY: number): TextItem[] {
  const inside = xs.filter((x) => x > item.x + 1 && x < item.x + item.width - 1 && ruled(vertical, x, middleY, false));
  if (!inside.length || item.text.length < 2) return [item];
  const parts = partsOf(item.text, item.x, item.width, /./gsu);
  const cuts = inside.map((x) => nearSpace(item.text, parts.findIndex((part) => part.x + part.width / 2 >= x)));
  const pieces: TextItem[] = [];
  for (const [k, part] of parts.entries()) {
    const column = cuts.filter((cut) => cut >= 0 && cut <= k).length;
    const last = pieces[pieces.length - 1] as (TextItem & { column: number }) | undefined;
    if (last && last.column === column) { last.text += part.text; last.width = part.x + part.width - last.x; } else pieces.push({ ...item, text: part.text, x: part.x, width: part.width, column } as TextItem);
  }
  return pieces.map(({ text, x, y, width, height }) => ({ text, x, y, width, height })).filter((p) => p.text.trim());
}

/**
 * Where a cut estimated at character `at` falls, moved to the space nearest it within three characters: a row
 * written as one string puts a space between its cells, and a proportional face's letters are not all one width.
 */
function nearSpace(text: string, at: number): number {
  if (at <= 0 || text[at - 1] === ' ' || text[at] === ' ') return at;
  for (let d = 1; d <= 3; d++) {
    if (text[at - 1 + d] === ' ') return at + d;
    if (text[at - 1 - d] === ' ') return at - d;
  }
  return at;
}

/** A cell's text: its lines top to bottom, a word broken with a hyphen at a line's end made whole. */
function cellText(items: TextItem[]): string {
  return items.length ? joinLines(linesOf(items).map((l) => l.text)).replace(/\s+/gu, ' ').trim() : '';
}

/**
 * A ruled row's cells as text, split into one row per line when the rows within it share
 * their lines (a table ruled every fifth row): most filled cells then hold one line at each
 * of the row's baselines. A cell whose words wrap beside one-line figures stays one cell.
 */
function subRows(cells: TextItem[][]): string[][] {
  const baselines = clustered(cells.flat().map((i) => i.y)).reverse();
  const filled = cells.filter((c) => c.length);
  const lineCount = (items: TextItem[]) => clustered(items.map((i) => i.y)).length;
  const aligned = filled.filter((c) => lineCount(c) === baselines.length);
  if (baselines.length < 2 || aligned.length < Math.max(2, filled.length * 0.6)) return [cells.map(cellText)];
  return baselines.map((y) => cells.map((items) => cellText(items.filter((i) => Math.abs(i.y - y) <= TOLERANCE))));
}

/** The table a network of rules makes, with the page's text placed in its cells; null when it is no table. */
function tableOf(net: { horizontal: Ruling[]; vertical: Ruling[] }, items: TextItem[]): { table: LatticeTable; used: Set<TextItem> } | null {
  const xs = clustered(net.vertical.map((v) => v.x1));
  const ys = clustered(net.horizontal.map((h) => h.y1)).reverse();
  if (xs.length < 3 || ys.length < 3) return null;
  const [left, right, top, bottom] = [xs[0]!, xs[xs.length - 1]!, ys[0]!, ys[ys.length - 1]!];
  const columns = xs.length - 1;
  const rowsCount = ys.length - 1;
  // Each grid square's cell: its own, or the one to its left or above when no rule divides them.
  const owner: number[] = [];
  for (let r = 0; r < rowsCount; r++) {
    for (let c = 0; c < columns; c++) {
      const k = r * columns + c;
      const midY = (ys[r]! + ys[r + 1]!) / 2;
      const midX = (xs[c]! + xs[c + 1]!) / 2;
      if (c > 0 && !ruled(net.vertical, xs[c]!, midY, false)) owner.push(owner[k - 1]!);
      else if (r > 0 && !ruled(net.horizontal, ys[r]!, midX, true)) owner.push(owner[k - columns]!);
      else owner.push(k);
    }
  }
  const inCell = new Map<number, TextItem[]>();
  const used = new Set<TextItem>();
  for (const item of items) {
    const middleY = item.y + item.height * 0.3;
    if (middleY > top || middleY < bottom || item.x + item.width / 2 < left || item.x + item.width / 2 > right) continue;
    used.add(item);
    for (const piece of cutAtRules(item, xs.slice(1, -1), net.vertical, middleY)) {
      const c = xs.findIndex((x, k) => k < columns && piece.x + piece.width / 2 >= x && piece.x + piece.width / 2 < xs[k + 1]!);
      const r = ys.findIndex((y, k) => k < rowsCount && middleY <= y && middleY > ys[k + 1]!);
      if (c < 0 || r < 0) continue;
      const k = owner[r * columns + c]!;
      inCell.set(k, [...(inCell.get(k) ?? []), piece]);
    }
  }
  const grid = Array.from({ length: rowsCount }, (_, r) => subRows(Array.from({ length: columns }, (_, c) => {
    const k = r * columns + c;
    return owner[k] === k ? inCell.get(k) ?? [] : [];
  }))).flat();
  const keptColumns = [...Array(columns).keys()].filter((c) => grid.some((row) => row[c]));
  const rows = grid.filter((row) => row.some(Boolean)).map((row) => keptColumns.map((c) => row[c]!));
  const filled = rows.flat().filter(Boolean);
  if (rows.length < 2 || keptColumns.length < 2 || filled.some((t) => t.length > PROSE_CELL)) return null;
  return { table: { left, right, top, bottom, rows }, used };
}

/**
 * The ruled tables on a page and the text items that went into them; the rest of the page's
 * text is read as before. A network of rules with fewer than two rows or two columns of text
 * (a box around a paragraph, an underline) is not a table.
 */
export function latticeTables(rulings: Rulings, items: TextItem[]): { tables: LatticeTable[]; rest: TextItem[] } {
  const horizontal = merged(rulings.horizontal, true);
  const vertical = merged(rulings.vertical, false);
  const tables: LatticeTable[] = [];
  const used = new Set<TextItem>();
  for (const net of networks(horizontal, vertical)) {
    const found = tableOf(net, items.filter((i) => !used.has(i)));
    if (!found) continue;
    tables.push(found.table);
    for (const i of found.used) used.add(i);
  }
  return { tables: tables.sort((a, b) => b.top - a.top), rest: items.filter((i) => !used.has(i)) };
}
