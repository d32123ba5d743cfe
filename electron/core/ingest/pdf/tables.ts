import { partsOf, type Cell, type Line } from './lines.ts';

/** A table cell holding a figure: "9,287", "(431)", "−85", "$ 1,204", "12.5%", a dash for nil, "n/a". */
const FIGURE = /^[(−-]?(?:[$€£¥]\s?)?\d[\d,.]*\)?%?$|^[-–—]$|^n\/?a$/iu;
/** Column headings that look like figures: years, "FY2024", "2025E". */
const YEAR = /^(?:FY)?(?:19|20)\d\d[AEF]?$/iu;

interface Row { label: string; figures: Cell[]; line: Line; labelRight: number }
interface Column { x: number; right: number }

/** A cell of several figures set with single spaces ("9,287 5,760") as one cell per figure. */
function figureCells(cell: Cell): Cell[] {
  const tokens = cell.text.split(' ');
  if (tokens.length < 2 || !tokens.every((t) => FIGURE.test(t))) return [cell];
  return partsOf(cell.text, cell.x, cell.right - cell.x, /\S+/gu).map((part) => ({ x: part.x, right: part.x + part.width, text: part.text }));
}

/** A line as a table row: a label (possibly empty), then only figures. A line of years is a header, not a row. */
function rowOf(line: Line): Row | null {
  // A currency sign before a figure ("$   9,287", "$ 431") is typography: the units line says what the figures are in.
  const cells = line.cells.flatMap(figureCells).filter((c) => !/^[$€£¥]$/u.test(c.text)).map((c) => ({ ...c, text: c.text.replace(/^([(−-]?)[$€£¥]\s*(?=\d)/u, '$1') }));
  const first = cells.findIndex((c) => FIGURE.test(c.text));
  if (first < 0 || !cells.slice(first).every((c) => FIGURE.test(c.text))) return null;
  const figures = cells.slice(first);
  if (first === 0 && figures.length < 2) return null;
  if (figures.every((c) => YEAR.test(c.text))) return null;
  return { label: cells.slice(0, first).map((c) => c.text).join(' '), figures, line, labelRight: first > 0 ? cells[first - 1]!.right : -Infinity };
}

/** Figure cells grouped into columns: cells whose right edges (or left edges) line up, or that overlap. */
function columnsOf(rows: Row[]): Column[] {
  const columns: Column[] = [];
  for (const f of rows.flatMap((r) => r.figures)) {
    const column = columns.find((c) => Math.abs(c.right - f.right) < 4 || Math.abs(c.x - f.x) < 4 || (f.x < c.right && f.right > c.x));
    if (column) { column.x = Math.min(column.x, f.x); column.right = Math.max(column.right, f.right); } else columns.push({ x: f.x, right: f.right });
  }
  return columns.sort((a, b) => a.x - b.x);
}

/**
 * The table that starts at `lines[i]`, if one does: two or more rows of figures, one after
 * another at line spacing. A line of words alone between rows is a label carried over from
 * the line above ("Share of profits of associates and" / "joint ventures … 118") when the next
 * row's label goes on in lower case, and otherwise a subheading row ("Non-current assets").
 */
export function tableAt(lines: Line[], i: number): { rows: Row[]; columns: Column[]; labelRight: number; used: number } | null {
  const rows: Row[] = [];
  let j = i;
  const near = (a: Line, b: Line) => a.y - b.y > 0 && a.y - b.y <= Math.max(a.height, b.height) * 2.6;
  while (j < lines.length) {
    const line = lines[j]!;
    if (rows.length && !near(rows[rows.length - 1]!.line, line)) break;
    const row = rowOf(line);
    if (row) { rows.push(row); j++; continue; }
    const next = lines[j + 1] ? rowOf(lines[j + 1]!) : null;
    const labelOnly = rows.length > 0 && next && near(line, next.line) && line.cells.length === 1 && line.text.length <= 60 && !/[.:;]$/u.test(line.text)
      && line.right < Math.min(...rows.flatMap((r) => r.figures.map((f) => f.x))) - 4;
    if (!labelOnly) break;
    if (!next.label || /^\p{Ll}/u.test(next.label)) rows.push({ ...next, label: `${line.text} ${next.label}`.trim() });
    else rows.push({ label: line.text, figures: [], line, labelRight: line.right }, next);
    j += 2;
  }
  if (rows.filter((r) => r.figures.length).length < 2) return null;
  return { rows, columns: columnsOf(rows), labelRight: Math.max(...rows.map((r) => r.labelRight)), used: j - i };
}

/**
 * The header over a table's columns, read from up to three lines just above it. On the line
 * nearest the rows each heading stands over its own column; a line above that may head
 * several columns at once ("Year ended 31 December" centred over "2024" and "2023"), so each
 * column takes the heading nearest its centre. Words ending before the columns are the header's
 * first cell (often the units line, "RMB million"). Headings join top to bottom.
 * `used` is how many lines it took.
 */
export function headerAbove(above: Line[], { columns, labelRight }: { columns: Column[]; labelRight: number }): { cells: string[]; used: number } | null {
  const heads: string[][] = columns.map(() => []);
  const label: string[] = [];
  const firstColumn = columns[0]!.x;
  const centre = (c: { x: number; right: number }) => (c.x + c.right) / 2;
  const pitch = Math.min(...columns.slice(1).map((col, n) => centre(col) - centre(columns[n]!)), Infinity);
  const inLabel = (c: Cell) => c.right <= firstColumn - 4;
  let used = 0;
  for (let k = above.length - 1; k >= 0 && used < 3; k--) {
    const line = above[k]!;
    const overColumns = line.cells.filter((c) => !inLabel(c));
    // Headings stand clear of the row labels (a line of prose runs across both).
    const fits = line.text.length <= 100 && overColumns.length > 0 && overColumns.every((c) => (labelRight > -Infinity && c.x > labelRight + 4) || centre(c) >= firstColumn - 10);
    if (!fits) break;
    const owner = (col: Column) => {
      if (used === 0) return overColumns.find((c) => c.x < col.right + 6 && c.right > col.x - 6);
      const nearest = overColumns.reduce((best, c) => (Math.abs(centre(c) - centre(col)) < Math.abs(centre(best) - centre(col)) ? c : best));
      // A spanning heading reaches the columns beside it, not a far one such as "Note".
      const reach = Math.max((nearest.right - nearest.x) / 2, pitch);
      return centre(col) >= nearest.x - reach && centre(col) <= nearest.right + reach ? nearest : undefined;
    };
    columns.forEach((col, n) => { const c = owner(col); if (c) heads[n]!.unshift(c.text); });
    label.unshift(...line.cells.filter(inLabel).map((c) => c.text));
    used++;
  }
  return used ? { cells: [label.join(' '), ...heads.map((h) => h.join(' '))], used } : null;
}

/**
 * A table of words (a list of projects, of directors) starting at `lines[i]`: three or more
 * lines at line spacing whose cells start at the same two or more left edges. A line whose
 * cells all stand in known columns but not the first carries on the row above (its cells
 * wrapped). Only a layout this clear is taken for a table; anything looser stays prose.
 */
export function textTableAt(lines: Line[], i: number): { cells: string[][]; used: number } | null {
  const first = lines[i]!;
  if (first.cells.length < 2) return null;
  const starts = first.cells.map((c) => c.x);
  const columnOf = (x: number) => starts.findIndex((s) => Math.abs(s - x) <= 4);
  const rows: string[][] = [first.cells.map((c) => c.text)];
  let j = i + 1;
  for (let previous = first; j < lines.length; j++) {
    const line = lines[j]!;
    const columns = line.cells.map((c) => columnOf(c.x));
    const near = previous.y - line.y > 0 && previous.y - line.y <= Math.max(previous.height, line.height) * 2.6;
    if (!near || columns.some((c) => c < 0)) break;
    if (columns[0] === 0 && line.cells.length >= 2) rows.push(starts.map((_, n) => line.cells.filter((_, k) => columns[k] === n).map((c) => c.text).join(' ')));
    else if (columns[0] !== 0) line.cells.forEach((c, k) => { const row = rows[rows.length - 1]!; row[columns[k]!] = `${row[columns[k]!] ?? ''} ${c.text}`.trim(); });
    else break;
    previous = line;
  }
  return rows.length >= 3 ? { cells: rows, used: j - i } : null;
}

/** A table's rows as cells, each figure in its column (empty where the row has none). */
export function gridOf(rows: Row[], columns: Column[]): string[][] {
  return rows.map((row) => [row.label, ...columns.map((col) => row.figures.filter((f) => f.x < col.right + 1 && f.right > col.x - 1).map((f) => f.text).join(' '))]);
}
