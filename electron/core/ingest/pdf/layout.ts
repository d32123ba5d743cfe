import type { Block } from '../types.ts';

/** A run of text pdf.js placed on a page: its left edge, baseline (from the bottom), width and font height. */
export interface TextItem { text: string; x: number; y: number; width: number; height: number }
export interface PageText { number: number; width: number; height: number; items: TextItem[] }

interface Line { x: number; right: number; y: number; height: number; text: string; cells: Array<{ x: number; text: string }>; items: TextItem[] }

/** Share of the page's height at the top and bottom where running headers and footers live. */
const MARGIN = 0.1;

/** Items on one baseline become a line; a wide gap between items keeps them apart as table cells. */
function linesOf(items: TextItem[], middle: number): Line[] {
  const sorted = items.filter((i) => i.text.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Array<{ y: number; height: number; items: TextItem[] }> = [];
  for (const item of sorted) {
    const line = lines.find((l) => Math.abs(l.y - item.y) <= Math.max(2, Math.min(l.height, item.height) * 0.4));
    if (line) { line.items.push(item); line.height = Math.max(line.height, item.height); } else lines.push({ y: item.y, height: item.height, items: [item] });
  }
  return lines.flatMap((l) => splitLine(l.items.sort((a, b) => a.x - b.x), l.y, l.height, middle));
}

/** A line is cut in two where a wide gap crosses the middle of the page after prose: two columns side by side. */
function splitLine(items: TextItem[], y: number, height: number, middle: number): Line[] {
  const cut = items.findIndex((item, i) => i > 0 && items[i - 1]!.x + items[i - 1]!.width < middle && item.x > middle && item.x - (items[i - 1]!.x + items[i - 1]!.width) > height * 1.5
    && items.slice(0, i).map((x) => x.text).join('').trim().length > 25);
  if (cut > 0) return [...splitLine(items.slice(0, cut), y, height, Infinity), ...splitLine(items.slice(cut), y, height, Infinity)];
  const cells: Array<{ x: number; right: number; text: string }> = [];
  for (const item of items) {
    const last = cells[cells.length - 1];
    const gap = last ? item.x - last.right : Infinity;
    if (last && gap < height * 1.2) {
      last.text += gap > height * 0.15 && !last.text.endsWith(' ') && !item.text.startsWith(' ') ? ` ${item.text}` : item.text;
      last.right = Math.max(last.right, item.x + item.width);
    } else {
      cells.push({ x: item.x, right: item.x + item.width, text: item.text });
    }
  }
  return [{ x: cells[0]!.x, right: cells[cells.length - 1]!.right, y, height, text: cells.map((x) => x.text.trim()).join(' '), cells: cells.map((x) => ({ x: x.x, text: x.text.trim() })), items: items.filter((i) => i.text.trim()) }];
}

/** Lines that repeat near the top or bottom of most pages (digits ignored): running headers, footers and page numbers. */
export function runningLines(pages: PageText[]): Set<string> {
  const seen = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set(linesOf(page.items, page.width / 2).filter((l) => l.y > page.height * (1 - MARGIN) || l.y < page.height * MARGIN).map((l) => keyOf(l.text)));
    for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length * 0.5));
  return new Set([...seen].filter(([k, n]) => n >= needed || /^(page )?#( of #)?$/iu.test(k)).map(([k]) => k));
}

const keyOf = (text: string) => text.replace(/\d+/gu, '#').replace(/\s+/gu, ' ').trim().toLowerCase();

/**
 * Orders a page's lines for reading: full-width lines top to bottom; where the page runs in
 * two columns, the whole left column of that stretch, then the right.
 */
function readingOrder(lines: Line[], pageWidth: number): Line[] {
  const middle = pageWidth / 2;
  const side = (l: Line) => (l.right <= middle + 4 ? 'left' : l.x >= middle - 4 ? 'right' : 'full');
  const out: Line[] = [];
  let stretch: Line[] = [];
  const flush = () => {
    out.push(...stretch.filter((l) => side(l) === 'left'), ...stretch.filter((l) => side(l) === 'right'));
    stretch = [];
  };
  const right = lines.filter((l) => side(l) === 'right' && l.cells.length === 1);
  const twoColumns = right.length >= 3 && lines.filter((l) => side(l) === 'left' && l.cells.length === 1).length >= 3;
  // The columns run from the top of the right column to its last line; below that, balanced
  // columns leave at most a line or two of the left one, which continue it at its own pitch.
  const top = Math.max(...right.map((l) => l.y)) + 2;
  const bottom = Math.min(...right.map((l) => l.y));
  const lefts = lines.filter((l) => side(l) === 'left' && l.y <= top + 2 * l.height).map((l) => l.y);
  const pitch = lefts.slice(1).map((y, k) => lefts[k]! - y).filter((d) => d > 0).sort((a, b) => a - b)[0] ?? 0;
  let lastLeft = Infinity;
  for (const line of lines) {
    const inColumns = twoColumns && side(line) !== 'full' && line.y <= top + 2 * line.height
      && (line.y >= bottom - 2 || (side(line) === 'left' && lastLeft - line.y <= pitch * 1.2));
    if (inColumns) {
      stretch.push(line);
      if (side(line) === 'left') lastLeft = line.y;
    } else { flush(); out.push(line); }
  }
  flush();
  return out;
}

/** Joins a paragraph's lines: a word broken with a hyphen at a line's end is made whole. */
function joinLines(lines: string[]): string {
  return lines.reduce((text, line) => {
    if (!text) return line;
    if (/\p{L}[-\u00ad]$/u.test(text) && /^\p{Ll}/u.test(line)) return text.slice(0, -1) + line;
    return `${text} ${line}`;
  }, '');
}

/** The font height most of the text is set in. */
function bodyHeight(lines: Line[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) counts.set(Math.round(l.height), (counts.get(Math.round(l.height)) ?? 0) + l.text.length);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

const NUMBER = /^[(−-]?[\d][\d,.]*\)?%?$|^[-–—]$/u;

/** A table row: a label, then figures, each figure its own cell. */
function rowCells(line: Line): string[] | null {
  const items = line.items;
  const firstNumber = items.findIndex((i) => NUMBER.test(i.text.trim()));
  if (firstNumber < 1 || !items.slice(firstNumber).every((i) => NUMBER.test(i.text.trim()))) return null;
  return [items.slice(0, firstNumber).map((i) => i.text.trim()).join(' '), ...items.slice(firstNumber).map((i) => i.text.trim())];
}

/** Whether two rows' figures stand in the same columns (left or right edges within a few points). */
function aligned(a: Line, b: Line): boolean {
  const edges = (l: Line) => l.items.filter((i) => NUMBER.test(i.text.trim())).map((i) => [i.x, i.x + i.width] as const);
  const ea = edges(a);
  const eb = edges(b);
  return ea.length === eb.length && ea.every(([l, r], k) => Math.abs(l - eb[k]![0]) < 4 || Math.abs(r - eb[k]![1]) < 4);
}

/** A header line over a table's figures: as many cells as the rows have figures, standing over them. */
function headerCells(line: Line, row: Line): string[] | null {
  const figures = row.items.filter((i) => NUMBER.test(i.text.trim()));
  if (line.items.length < figures.length) return null;
  const heads = line.items.slice(-figures.length);
  const over = heads.every((h, k) => h.x < figures[k]!.x + figures[k]!.width + 4 && h.x + h.width > figures[k]!.x - 4);
  return over ? ['', ...heads.map((h) => h.text.trim())] : null;
}

/**
 * Rebuilds a PDF's blocks from positioned text: running headers and footers dropped, lines
 * put in reading order (two columns read column by column), paragraphs rebuilt from line
 * spacing, headings from larger type, tables from rows of figures standing in aligned
 * columns (with the header line above them). Each block keeps its page.
 */
export function blocksOf(pages: PageText[]): Array<Block & { page: number }> {
  const running = runningLines(pages);
  const blocks: Array<Block & { page: number }> = [];
  for (const page of pages) {
    const lines = readingOrder(linesOf(page.items, page.width / 2).filter((l) => !running.has(keyOf(l.text))), page.width);
    const body = bodyHeight(lines);
    let paragraph: Line[] = [];
    const endParagraph = () => {
      if (paragraph.length) blocks.push({ kind: 'paragraph', depth: 0, text: joinLines(paragraph.map((l) => l.text)), page: page.number });
      paragraph = [];
    };
    let previous: Line | null = null;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      // A table: two or more rows of aligned figures, with the header line just above when there is one.
      const rows: Line[] = [];
      for (let j = i; j < lines.length && rowCells(lines[j]!) && (!rows.length || aligned(rows[0]!, lines[j]!)); j++) rows.push(lines[j]!);
      if (rows.length >= 2) {
        const header = paragraph.length ? headerCells(paragraph[paragraph.length - 1]!, rows[0]!) : null;
        if (header) paragraph.pop();
        endParagraph();
        const cells = [...(header ? [header] : []), ...rows.map((r) => rowCells(r)!)];
        blocks.push({ kind: 'table', depth: 0, text: cells.map((c) => c.join('\t')).join('\n'), page: page.number });
        i += rows.length - 1;
        previous = rows[rows.length - 1]!;
        continue;
      }
      const heading = line.height >= body * 1.25 && line.text.length < 120;
      const gap = previous ? previous.y - line.y : 0;
      // Back up the page to the top of the next column: the paragraph goes on there when it stopped mid-sentence.
      const nextColumn = gap < 0 && Boolean(previous) && !/[.!?:;]["”’)]?$/u.test(previous!.text) && /^\p{Ll}/u.test(line.text) && paragraph.length > 0;
      const newParagraph = !previous || heading || gap > Math.max(line.height, previous.height) * 1.6 || (gap < 0 && !nextColumn) || Math.abs(line.height - previous.height) > 1.5;
      if (heading) {
        endParagraph();
        blocks.push({ kind: 'heading', depth: line.height >= body * 1.6 ? 1 : 2, text: line.text, page: page.number });
      } else {
        if (newParagraph) endParagraph();
        paragraph.push(line);
      }
      previous = line;
    }
    endParagraph();
  }
  return blocks;
}
