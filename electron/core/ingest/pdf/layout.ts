import type { Block } from '../types.ts';
import { inReadingOrder } from './columns.ts';
import { joinLines, linesOf, type Line, type PageText } from './lines.ts';
import { latticeTables } from './lattice.ts';
import { gridOf, headerAbove, joinWrapped, tableAt, textTableAt } from './tables.ts';

/** Share of the page's height at the top and bottom where running headers and footers live. */
const MARGIN = 0.1;

/** Lines that repeat near the top or bottom of most pages (digits ignored): running headers, footers and page numbers. */
function runningLines(pages: PageText[], linesByPage: Line[][]): Set<string> {
  const seen = new Map<string, number>();
  for (const [n, page] of pages.entries()) {
    const keys = new Set(linesByPage[n]!.filter((l) => l.y > page.height * (1 - MARGIN) || l.y < page.height * MARGIN).map((l) => keyOf(l.text)));
    for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length * 0.5));
  return new Set([...seen].filter(([k, n]) => n >= needed || /^(page )?#( of #)?$/iu.test(k)).map(([k]) => k));
}

const keyOf = (text: string) => text.replace(/\d+/gu, '#').replace(/\s+/gu, ' ').trim().toLowerCase();

/** A bullet opening a line ("● Net debt was …", "• Output rose …"): the line starts an item of a list. */
const BULLET = /^[•●▪◦■‣⁃∙·►➢]\s*/u;

/**
 * Whether a paragraph ends after `previous` though no extra space follows it (Word's
 * default spacing): it closes a sentence well short of its column's edge, or the next line
 * is indented as a paragraph's first line is.
 */
function endsParagraph(previous: Line, line: Line, edge: number): boolean {
  const short = previous.right < edge - Math.max(previous.height * 3, (edge - previous.x) * 0.12);
  // "4 November 2026", "Equity research": a line of a few words, under half its column, ending in no stop and no word
  // of a sentence running on, is a line of its own.
  const alone = previous.right - previous.x < (edge - previous.x) / 2 && previous.text.split(' ').length <= 4;
  if (alone && !/[,;(&\p{Ll}\-–—]$/u.test(withoutTrailingDigits(previous.text)) && /^[\p{Lu}\p{N}]/u.test(line.text)) return true;
  if (!/[.!?:]["”’)]?$/u.test(previous.text)) return false;
  const indented = line.x - previous.x > line.height * 0.8 && line.x - previous.x < line.height * 6;
  return short || indented;
}

/** "4 November 2026" as "4 November ": what a line ends on before its closing number. */
function withoutTrailingDigits(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1]! >= '0' && text[end - 1]! <= '9') end--;
  return text.slice(0, end);
}

/**
 * The table that starts at `lines[i]`: rows of figures in columns, with its header lines taken
 * from the end of the paragraph above (`headerLines` of them) when they stand over the
 * columns; else a table of words with aligned cells.
 */
function tableStartingAt(lines: Line[], i: number, paragraph: Line[]): { cells: string[][]; used: number; headerLines: number } | null {
  const figures = figureTableStartingAt(lines, i, paragraph);
  if (figures) return figures;
  const words = textTableAt(lines, i);
  return words ? { ...words, headerLines: 0 } : null;
}

/**
 * The table of figures that starts at `lines[i]`, its header lines taken from the end of `paragraph` (`headerLines`
 * of them); null where none starts there. Also reads tables typed in plain text (typed-tables.ts).
 */
export function figureTableStartingAt(lines: Line[], i: number, paragraph: Line[]): { cells: string[][]; used: number; headerLines: number } | null {
  const figures = tableAt(lines, i);
  if (figures) {
    const header = headerAbove(paragraph, figures);
    const lines = header?.subheadings ?? [];
    const grid = gridOf(figures.rows, figures.columns);
    // "Revenue from contracts with" over "customers, excluding …  2,847.3": the first row's name wrapped above its
    // figures, not a subheading.
    const wrapped = lines.length > 0 && /^\p{Ll}/u.test(grid[0]![0]!) && !/[.:;]$/u.test(lines.at(-1)!);
    if (wrapped) grid[0]![0] = joinWrapped(lines.pop()!, grid[0]![0]!);
    const subheadings = lines.map((text) => [text, ...figures.columns.map(() => '')]);
    return { cells: [...(header ? [header.cells] : []), ...subheadings, ...grid], used: figures.used, headerLines: header?.used ?? 0 };
  }
  return null;
}

/** A table block's text: a row per line, cells apart by tabs (which a cell's own text never holds). */
export const tableText = (rows: string[][]) => rows.map((row) => row.map((c) => c.replace(/[\t\n]+/gu, ' ')).join('\t')).join('\n');

/** Whether `next` goes on from `line` because its first word would not have fitted on it, by the text's right edge. */
function wrapsOnto(line: Line, next: Line, right: number): boolean {
  const word = next.text.split(' ')[0] ?? '';
  const wordWidth = ((next.right - next.x) * (word.length + 1)) / Math.max(1, next.text.length);
  return line.right + wordWidth > right - 2;
}

/**
 * A rule typed with characters ("----------   ----------", "=========="), as a filing printed from plain text
 * underlines its columns: no text, and in the way of the rows it separates, so it is dropped like a drawn rule.
 */
export function isTypedRule(line: Line): boolean {
  return line.cells.every((c) => /^[-=_]{3,}$/u.test(c.text.replace(/\s+/gu, '')));
}

/**
 * The lines without their typed rules, those below each rule moved up by the room it took, so the rows and header
 * lines it parted stand at line spacing, as they would had it never been typed. Lines arrive top to bottom.
 */
function withoutTypedRules(lines: Line[]): Line[] {
  const out: Line[] = [];
  let lift = 0;
  lines.forEach((line, k) => {
    if (!isTypedRule(line)) { out.push(lift ? { ...line, y: line.y + lift } : line); return; }
    const below = lines[k + 1];
    // Only within a column of text: a rule with nothing under it at line spacing closes no gap.
    if (below && line.y - below.y > 0 && line.y - below.y <= line.height * 2.6) lift += line.y - below.y;
  });
  return out;
}

/** The font height most of the prose is set in (lines of 40 characters or more; table rows and captions are shorter). */
function bodyHeight(lines: Line[]): number {
  const counts = new Map<number, number>();
  // Lines of words, not a table's cells; a narrow column's lines of prose are 25-40 characters long.
  const prose = lines.filter((l) => l.text.length >= 24 && (l.text.match(/\p{L}{2,}/gu)?.length ?? 0) >= 4);
  for (const l of prose.length ? prose : lines) counts.set(Math.round(l.height), (counts.get(Math.round(l.height)) ?? 0) + l.text.length);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

/**
 * Rebuilds a PDF's blocks from positioned text: running headers and footers dropped, lines
 * put in reading order (two columns read column by column), paragraphs rebuilt from line
 * spacing, headings from larger type, tables from rows of figures standing in columns
 * (with the header lines above them). Each block keeps its page.
 */
export function blocksOf(pages: PageText[]): Array<Block & { page: number }> {
  const ruled = pages.map((page) => (page.rulings ? latticeTables(page.rulings, page.items) : { tables: [], rest: page.items }));
  const linesByPage = ruled.map((r) => linesOf(r.rest));
  const running = runningLines(pages, linesByPage);
  const blocks: Array<Block & { page: number }> = [];
  for (const [n, page] of pages.entries()) {
    const lines = inReadingOrder(withoutTypedRules(linesByPage[n]!.filter((l) => !running.has(keyOf(l.text)))), page.width);
    const body = bodyHeight(lines);
    const right = Math.max(...lines.map((l) => l.right));
    const edges = new Map<Line, number>();
    // The right edge the lines starting where this one starts reach: the measure of its column.
    const edgeOf = (l: Line) => edges.get(l) ?? edges.set(l, Math.max(...lines.filter((m) => Math.abs(m.x - l.x) <= 4).map((m) => m.right))).get(l)!;
    let paragraph: Line[] = [];
    // The paragraph pushed last, while no other block has followed it: a table's header may have ended it.
    let flushed: { index: number; lines: Line[] } | null = null;
    const endParagraph = () => {
      if (paragraph.length) {
        const item = BULLET.exec(paragraph[0]!.text);
        const text = joinLines(paragraph.map((l) => l.text)).slice(item?.[0].length ?? 0);
        blocks.push({ kind: item ? 'list_item' : 'paragraph', depth: 0, text, page: page.number });
        flushed = { index: blocks.length - 1, lines: paragraph };
      }
      paragraph = [];
    };
    // Takes a table's header lines off the end of the paragraph pushed last ("2024 / €’000" set roomily above a
    // subheading, as LibreOffice prints a Word table), dropping the paragraph when nothing of it is left.
    const flushedLines = (): Line[] => flushed?.lines ?? [];
    const takeFromFlushed = (count: number) => {
      if (!flushed || count <= 0) return;
      const keep = flushed.lines.slice(0, flushed.lines.length - count);
      if (keep.length) blocks[flushed.index] = { ...blocks[flushed.index]!, text: joinLines(keep.map((l) => l.text)) };
      else blocks.splice(flushed.index, 1);
    };
    let previous: Line | null = null;
    const tables = [...ruled[n]!.tables];
    // A ruled table goes before the first line below its top.
    const ruledTablesAbove = (y: number) => {
      while (tables.length && tables[0]!.top > y) {
        endParagraph();
        blocks.push({ kind: 'table', depth: 0, text: tableText(tables.shift()!.rows), page: page.number });
        flushed = null;
        previous = null;
      }
    };
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      ruledTablesAbove(line.y + line.height);
      const earlier = paragraph.length <= 2 ? flushedLines() : [];
      const table = tableStartingAt(lines, i, [...earlier, ...paragraph]);
      if (table) {
        const own = Math.min(table.headerLines, paragraph.length);
        paragraph.splice(paragraph.length - own);
        takeFromFlushed(table.headerLines - own);
        endParagraph();
        flushed = null;
        blocks.push({ kind: 'table', depth: 0, text: tableText(table.cells), page: page.number });
        i += table.used - 1;
        previous = lines[i]!;
        continue;
      }
      const heading = line.height >= body * 1.25 && line.text.length < 120;
      const gap = previous ? previous.y - line.y : 0;
      // Back up the page to the top of the next column: the paragraph goes on there when it stopped mid-sentence.
      const nextColumn = gap < 0 && Boolean(previous) && !/[.!?:;]["”’)]?$/u.test(previous!.text) && /^\p{Ll}/u.test(line.text) && paragraph.length > 0;
      const newParagraph = !previous || heading || gap > Math.max(line.height, previous.height) * 1.6 || (gap < 0 && !nextColumn) || Math.abs(line.height - previous.height) > 1.5
        || (gap > 0 && endsParagraph(previous, line, edgeOf(previous))) || BULLET.test(line.text);
      if (heading) {
        endParagraph();
        flushed = null;
        const last = blocks.at(-1);
        // A heading wrapped onto a second line ("… Zwischenbericht zum" / "30. Juni 2024"): the same type, at line
        // spacing, the first line ending mid-phrase. One heading, as it was written.
        const wrapped = last?.kind === 'heading' && previous !== null && last.text.endsWith(previous.text)
          && Math.abs(previous.height - line.height) <= 0.5 && gap > 0 && gap <= line.height * 1.5 && !/[.:;!?]$/u.test(previous.text)
          && wrapsOnto(previous, line, right);
        if (wrapped) blocks[blocks.length - 1] = { ...last, text: joinLines([last.text, line.text]) };
        else blocks.push({ kind: 'heading', depth: line.height >= body * 1.6 ? 1 : 2, text: line.text, page: page.number });
      } else {
        if (newParagraph) endParagraph();
        paragraph.push(line);
      }
      previous = line;
    }
    endParagraph();
    ruledTablesAbove(-Infinity);
  }
  return blocks;
}
