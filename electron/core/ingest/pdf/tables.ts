import { partsOf, stretchesOf, type Cell, type Line, type TextItem } from './lines.ts';

/**
 * A table cell holding a figure: "9,287", "(431)", "−85", "–12,8" (an en dash as minus), "$ 1,204", "12.5%", "6,4 %",
 * "(1.3%)", a dash for nil, "n/a", "n.m.".
 */
const FIGURE = /^[(−–-]?(?:[$€£¥]\s?)?\d[\d,.]*(?:\)?(?:\s?%)?|\s?%\))$|^[-–—]$|^n(?:\/?a|\.[amc]\.?|\/[mc]|m)$/iu;
/** Column headings that look like figures: years, "FY2024", "2025E". */
const YEAR = /^(?:FY)?(?:19|20)\d\d[AEF]?$/iu;

interface Row { label: string; figures: Cell[]; line: Line; labelRight: number }
/** A column of figures: its extent, and whether the table sets its figures flush right. */
interface Column { x: number; right: number; flushRight?: boolean }

/** A cell of several figures set with single spaces ("9,287 5,760") as one cell per figure. */
function figureCells(cell: Cell): Cell[] {
  const tokens = cell.text.split(' ');
  if (tokens.length < 2 || !tokens.every((t) => FIGURE.test(t))) return [cell];
  return partsOf(cell.text, cell.x, cell.right - cell.x, /\S+/gu).map((part) => ({ x: part.x, right: part.x + part.width, text: part.text }));
}

/** How a line is cut into cells: at its wide gaps (its own cells), or at any gap of half an em. */
type CellsOf = (line: Line) => Cell[];
const ownCells: CellsOf = (line) => line.cells;
const halfEmCells: CellsOf = (line) => stretchesOf(line, (gapEm) => gapEm < 0.5);

/** A line as a table row: a label (possibly empty), then only figures. A line of years is a header, not a row. */
function rowOf(line: Line, cellsOf: CellsOf): Row | null {
  // A currency sign before a figure ("$   9,287", "$ 431") is typography: the units line says what the figures are in.
  const cells = cellsOf(line).flatMap(figureCells).filter((c) => !/^[$€£¥]$/u.test(c.text)).map((c) => ({ ...c, text: c.text.replace(/^([(−-]?)[$€£¥]\s*(?=\d)/u, '$1') }));
  const first = cells.findIndex((c) => FIGURE.test(c.text));
  if (first < 0 || !cells.slice(first).every((c) => FIGURE.test(c.text))) return null;
  const figures = cells.slice(first);
  if (first === 0 && figures.length < 2) return null;
  if (figures.every((c) => YEAR.test(c.text))) return null;
  return { label: cells.slice(0, first).map((c) => c.text).join(' '), figures, line, labelRight: first > 0 ? cells[first - 1]!.right : -Infinity };
}

/** Figure cells grouped into columns: cells whose right edges (or left edges) line up, or that overlap. */
function columnsOf(rows: Row[]): Column[] {
  const columns: Array<Column & { rights: number[]; lefts: number[] }> = [];
  for (const f of rows.flatMap((r) => r.figures)) {
    const column = columns.find((c) => Math.abs(c.right - f.right) < 4 || Math.abs(c.x - f.x) < 4 || (f.x < c.right && f.right > c.x));
    if (!column) { columns.push({ x: f.x, right: f.right, rights: [f.right], lefts: [f.x] }); continue; }
    column.x = Math.min(column.x, f.x);
    column.right = Math.max(column.right, f.right);
    column.rights.push(f.right);
    column.lefts.push(f.x);
  }
  const spread = (xs: number[]) => Math.max(...xs) - Math.min(...xs);
  // Most right edges on one line: a bracket may hang past it ("(12)" beside "12"), a note ("n.m.") stand apart.
  const lined = (xs: number[]) => {
    const middle = [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    return xs.filter((x) => Math.abs(x - middle) <= 1.5).length >= xs.length * 0.75;
  };
  // Figures set flush right, as a spreadsheet sets numbers: their right edges line up and their left edges do not.
  const flushRight = columns.every((c) => lined(c.rights)) && columns.some((c) => spread(c.lefts) > 3);
  return columns.map(({ x, right }) => ({ x, right, flushRight })).sort((a, b) => a.x - b.x);
}

/**
 * The table that starts at `lines[i]`, if one does: two or more rows of figures, one after
 * another at line spacing. A line of words alone between rows is a label carried over from
 * the line above ("Share of profits of associates and" / "joint ventures … 118") when the next
 * row's label goes on in lower case, and otherwise a subheading row ("Non-current assets").
 */
export function tableAt(lines: Line[], i: number): FigureTable | null {
  const own = figureTableAt(lines, i, ownCells);
  if (!own) return null;
  // A spreadsheet printed without rules may set a figure as close as half an em to the words in the column before it
  // ("Mine 001  4,285"), joining them in one cell. Cut at such gaps, the same lines may show a column more: then they
  // are read so. Prose with a figure at its end is never made a table this way.
  const cut = figureTableAt(lines, i, halfEmCells);
  // Or the same columns, with a figure more cut off a label ("Ergebnis je Aktie (€) 1,23" beside figures set flush
  // left), each such figure written with a separator or a per cent sign: a year or a note number ending a label
  // ("Senior notes due in 2026") is no figure.
  const more = cut && (cut.columns.length > own.columns.length || (cut.columns.length === own.columns.length && cutFigures(own, cut)));
  return cut && cut.used === own.used && more ? cut : own;
}

/** A cell's text wrapped over two lines, joined: "pass-" and "through" make "pass-through", "Pr-" and "Nd" "Pr-Nd". */
export function joinWrapped(first: string, rest: string): string {
  if (!rest) return first;
  return /\p{L}-$/u.test(first) && /^[\p{Ll}\p{Lu}\p{N}]/u.test(rest) ? `${first}${rest}` : `${first} ${rest}`;
}

/** Whether cutting at half-em gaps took figures off labels, each written as a figure only is ("1,23", "8.412", "4%"). */
function cutFigures(own: FigureTable, cut: FigureTable): boolean {
  if (own.rows.length !== cut.rows.length) return false;
  const extra = cut.rows.flatMap((row, r) => row.figures.slice(0, row.figures.length - own.rows[r]!.figures.length));
  return extra.length > 0 && extra.every((f) => /\d[.,]\d|%/u.test(f.text));
}

interface FigureTable { rows: Row[]; columns: Column[]; labelRight: number; labelLeft: number; used: number }

function figureTableAt(lines: Line[], i: number, cellsOf: CellsOf): FigureTable | null {
  const rows: Row[] = [];
  let j = i;
  // Rows of two or more figures may be set double-spaced (a Word table with roomy cells printed by LibreOffice),
  // further apart than lines of text; a register's rows of one figure are not read so loosely.
  const near = (a: Line, b: Line, roomy: boolean) => a.y - b.y > 0 && a.y - b.y <= Math.max(a.height, b.height) * (roomy ? 3.2 : 2.6);
  while (j < lines.length) {
    const line = lines[j]!;
    const previous = rows[rows.length - 1];
    if (previous && !near(previous.line, line, previous.figures.length >= 2)) break;
    const row = rowOf(line, cellsOf);
    if (row) { rows.push(row); j++; continue; }
    const last = rows[rows.length - 1];
    const clearOfFigures = (l: Line) => l.cells.length === 1 && l.text.length <= 60 && l.right < Math.min(...rows.flatMap((r) => r.figures.map((f) => f.x))) - 4;
    // A label wrapped below its figures: "Daily or Miscellaneous   14.23" / "(each day of the payroll period)".
    if (last?.figures.length && clearOfFigures(line) && /^[(\p{Ll}]/u.test(line.text) && Math.abs(line.x - last.line.x) <= 12) {
      rows[rows.length - 1] = { ...last, label: joinWrapped(last.label, line.text), line };
      j++;
      continue;
    }
    const next = lines[j + 1] ? rowOf(lines[j + 1]!, cellsOf) : null;
    // "Interest expense:" over indented rows is a subheading too; other lines ending in a stop or colon are prose.
    const heads = (l: Line) => !/[.:;]$/u.test(l.text) || (l.text.endsWith(':') && next !== null && next.line.x > l.x + 4);
    const labelOnly = rows.length > 0 && next && near(line, next.line, next.figures.length >= 2) && clearOfFigures(line) && heads(line);
    if (!labelOnly) break;
    if (!next.label || /^\p{Ll}/u.test(next.label)) rows.push({ ...next, label: joinWrapped(line.text, next.label) });
    else rows.push({ label: line.text, figures: [], line, labelRight: line.right }, next);
    j += 2;
  }
  if (rows.filter((r) => r.figures.length).length < 2) return null;
  const labelled = rows.filter((r) => r.label);
  const labelLeft = labelled.length ? Math.min(...labelled.map((r) => r.line.x)) : Infinity;
  return { rows, columns: columnsOf(rows), labelRight: Math.max(...rows.map((r) => r.labelRight)), labelLeft, used: j - i };
}

/**
 * A heading line's stretches of text: its runs, joined where only a word space parts them.
 * Headings of neighbouring columns set close together stay apart, as pdf.js gives each its
 * own run; a run of one character per glyph is joined into words.
 */
const headingStretches = (line: Line): Cell[] => stretchesOf(line, (gapEm, last, item) =>
  (gapEm < 0.5 && (item.text.length === 1 || last.text.length === 1 || gapEm < 0.1)) || typedSpace(last, item));

/**
 * Words set in a typewriter face one space apart ("Three Months Ended", a filing printed from plain text): both runs
 * of letters advance the same width a character, and the gap between them is one character. A proportional face
 * gives words of letters different widths a character, so headings set apart in one are never joined this way.
 */
function typedSpace(last: Cell, item: TextItem): boolean {
  const words = /\p{L}{3}/u;
  if (!words.test(last.text) || !words.test(item.text)) return false;
  const pitch = (last.right - last.x) / last.text.length;
  const gap = item.x - last.right;
  return Math.abs(item.width / item.text.length - pitch) < pitch * 0.03 && gap > 0 && gap <= pitch * 1.3;
}

/**
 * A heading line whose cells a narrow gap joined ("Year to December (US$m) 2025A 2026E 2027E", a browser's table with
 * slim padding) as one cell per stretch, where a stretch ends over each column as its figures do.
 */
function apartOverColumns(line: Line, columns: Column[]): Line {
  if (line.cells.length !== 1 || columns.length < 2) return line;
  const stretches = headingStretches(line);
  const over = (col: Column) => stretches.some((c) => Math.abs(c.right - col.right) <= 3 || Math.abs(c.x + c.right - col.x - col.right) <= 6);
  if (stretches.length <= columns.length || !columns.every(over)) return line;
  return { ...line, cells: stretches };
}

/** Headings that name a span of time several columns share: "Year ended 31 December", "Six months ended June 30,". */
const GROUP_HEADING = /\b(?:years?|months|weeks|quarters?|half|period)\s+(?:ended|ending|to)\b|\bas (?:at|of)\b/iu;

/**
 * The header over a table's columns, read from up to six lines just above it. Each stretch
 * of heading text belongs to the columns whose share of the width it covers (a column's
 * share reaches halfway to its neighbours): one column mostly, several for a heading that
 * spans them ("Year ended 31 December" centred over "2024" and "2023"). Words ending before
 * the columns are the header's first cell (often the units line, "RMB million"). Headings
 * join top to bottom. `used` is how many lines it took, counting the `subheadings` between it and the rows.
 */
export function headerAbove(given: Line[], { columns, labelRight, labelLeft = Infinity }: { columns: Column[]; labelRight: number; labelLeft?: number }): { cells: string[]; used: number; subheadings: string[] } | null {
  const above = given.map((line) => apartOverColumns(line, columns));
  const heads: string[][] = columns.map(() => []);
  const label: string[] = [];
  const firstColumn = columns[0]!.x;
  const centre = (c: { x: number; right: number }) => (c.x + c.right) / 2;
  // Words that begin past every row's label are no part of the labels' heading, even where they end before the
  // first column of figures ("2024" set flush left in a spreadsheet cell whose figures are flush right).
  const pitch = Math.min(...columns.slice(1).map((col, n) => centre(col) - centre(columns[n]!)), Infinity);
  // A caption centred over the whole table ("Konzern-Kennzahlen (in Mio. €)"), a line of its own starting over the
  // labels further left of the first column than half the columns' pitch and reaching over two columns or more, heads
  // no column: the header ends below it, and it stays the caption before the table.
  const overLabels = (c: Cell) => labelLeft < Infinity && c.x > labelLeft + 4 && c.x < firstColumn - pitch / 2
    && columns.filter((col) => c.x < centre(col) && c.right > centre(col)).length >= 2;
  // Not centred over the columns, as a group's heading is ("Nine Months Ended September 30," typed over both years).
  const columnsCentre = (columns[0]!.x + columns.at(-1)!.right) / 2;
  const caption = (line: Line) => line.cells.length === 1 && overLabels(line.cells[0]!) && Math.abs(centre(line.cells[0]!) - columnsCentre) > pitch / 4;
  const inLabel = (c: Cell) => c.right <= firstColumn - 4 && (labelRight === -Infinity || c.x <= labelRight + 4);
  // Each column's share of the width: from halfway to the column on its left to halfway to the one on its right.
  const bounds = columns.map((col, n) => [
    n === 0 ? -Infinity : (columns[n - 1]!.right + col.x) / 2,
    n === columns.length - 1 ? Infinity : (col.right + columns[n + 1]!.x) / 2,
  ] as const);
  // With figures flush right, a heading wholly between one column's figures and the next one's, ending before the
  // next one's figures do, stands flush left in that next column's cell, as a spreadsheet sets text ("2024" over
  // "8,286.9"), however near it is to the figures before.
  const cellOf = (c: Cell) => (columns[0]!.flushRight
    ? columns.findIndex((col, n) => n > 0 && c.x > columns[n - 1]!.right && c.right <= col.right + 1 && centre(c) < col.x) : -1);
  const headsColumn = (c: Cell, n: number) => {
    const cell = cellOf(c);
    if (cell >= 0) return cell === n;
    const middle = centre(columns[n]!);
    return (centre(c) >= bounds[n]![0] && centre(c) < bounds[n]![1]) || (c.x <= middle && c.right >= middle);
  };
  // A subheading or two over the first rows' labels ("Non-current assets") may stand between the header and the rows.
  const subheadings: Line[] = [];
  let k = above.length - 1;
  for (; k >= 0 && subheadings.length < 2; k--) {
    const line = above[k]!;
    if (line.text.length > 60 || !line.cells.every(inLabel)) break;
    subheadings.unshift(line);
  }
  const lines: Line[] = [];
  for (; k >= 0 && lines.length < 6; k--) {
    const line = above[k]!;
    const overColumns = line.cells.filter((c) => !inLabel(c));
    // Headings stand clear of the row labels (a line of prose runs across both); a wide table's
    // heading line may be long, but is made of short cells.
    const short = line.text.length <= 100 || (line.cells.length >= 3 && line.cells.every((c) => c.text.length <= 40));
    // A line from the labels' left edge on over the columns is prose, however short ("Das EBIT belief sich auf …").
    const prose = line.cells.length === 1 && line.x <= labelLeft + 4 && line.right > columns[Math.min(1, columns.length - 1)]!.right;
    const fits = short && !prose && !caption(line) && overColumns.length > 0 && overColumns.every((c) => (labelRight > -Infinity && c.x > labelRight + 4) || centre(c) >= firstColumn - 10);
    if (!fits) break;
    lines.push(line);
  }
  const stretchesOf = lines.map((line) => headingStretches(line).filter((c) => !inLabel(c)));
  const ownHeading = (n: number, from: number) => stretchesOf.slice(from).some((st) => st.some((c) => (cellOf(c) >= 0 ? cellOf(c) === n
    : centre(c) >= bounds[n]![0] && centre(c) < bounds[n]![1])));
  lines.forEach((line, k) => {
    const added = columns.map(() => [] as string[]);
    // A stretch heads each column whose middle it reaches over, or whose share it lies in.
    for (const stretch of stretchesOf[k]!) columns.forEach((_, n) => { if (headsColumn(stretch, n)) added[n]!.push(stretch.text); });
    // Above the columns' own headings, a heading over a group ("Year ended 31 December") reaches
    // a column beside it that has no heading of its own on this line or higher.
    if (k > 0) {
      columns.forEach((col, n) => {
        if (added[n]!.length || !stretchesOf[k]!.length || ownHeading(n, k)) return;
        const nearest = stretchesOf[k]!.reduce((best, c) => (Math.abs(centre(c) - centre(col)) < Math.abs(centre(best) - centre(col)) ? c : best));
        // A group's heading is wide; a narrow word is the first line of one column's wrapped heading, unless it is
        // centred under a wide one ("Three Months Ended" over "March 31,"): a group's heading set over two lines.
        const wide = (c: Cell) => c.right - c.x >= pitch * 0.75;
        const char = (nearest.right - nearest.x) / nearest.text.length;
        const underGroup = (stretchesOf[k + 1] ?? []).some((c) => wide(c) && Math.abs(centre(c) - centre(nearest)) <= Math.max(4, char));
        // "Year ended 31 December" set flush left in a cell spanning two years is a group's heading, however narrow.
        if (!wide(nearest) && !underGroup && !GROUP_HEADING.test(nearest.text)) return;
        const reach = Math.max((nearest.right - nearest.x) / 2, pitch);
        if (centre(col) >= nearest.x - reach && centre(col) <= nearest.right + reach) added[n]!.push(nearest.text);
      });
    }
    added.forEach((words, n) => { if (words.length) heads[n]!.unshift(words.join(' ')); });
    // From the stretches, not the line's cells: a cell can join a heading over the labels to those over the columns.
    label.unshift(...headingStretches(line).filter(inLabel).map((c) => c.text));
  });
  if (!lines.length) return null;
  return { cells: [label.join(' '), ...heads.map((h) => h.join(' '))], used: lines.length + subheadings.length, subheadings: subheadings.map((l) => l.text) };
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
