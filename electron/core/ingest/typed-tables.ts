import { lineOf, type Line } from './pdf/lines.ts';
import { figureTableStartingAt, isTypedRule } from './pdf/layout.ts';

/*
 * Tables typed in plain text: a statement in a filing or a broker's e-mail, its columns lined up with spaces
 * ("Loans, including fees      $   84,512    $   76,031"). Each line is laid out as a PDF line would be, a character
 * to a fixed width, and read by the PDF reader's own table finder, so headers typed over the columns, typed rules
 * ("----------") and subheadings are read the same way in both.
 */

/** A table typed in plain text: the range of its lines in the text, and its rows as cells. */
export interface TypedTable { start: number; end: number; rows: string[][] }

/** The width of a character and the height and spacing of a line, in the layout's points. */
const CHAR = 6;
const HEIGHT = 8;
const PITCH = 10;

/** A line that may be a row: words, two spaces or more, and a figure at its end. Tested first, as it is cheap. */
const MAYBE_ROW = /\S {2,}(?:[$€£¥(−–-] *)?\d[\d,.]*\)?%?\s*$/u;

interface TextLine { start: number; end: number; text: string }

/** Every table of figures typed in `text`, in order; none where no line looks like a row. */
export function typedTables(text: string): TypedTable[] {
  const lines = splitLines(text);
  const candidates = lines.flatMap((l, k) => (l.text.includes('  ') && MAYBE_ROW.test(l.text) ? [k] : []));
  const tables: TypedTable[] = [];
  for (const [from, to] of windows(candidates, lines.length)) {
    const found = tablesIn(lines, from, to);
    for (const table of found) if (!tables.length || table.start >= tables.at(-1)!.end) tables.push(table);
  }
  return tables;
}

function splitLines(text: string): TextLine[] {
  const out: TextLine[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    out.push({ start, end: start + line.length, text: line.replace(/\r$/u, '') });
    start += line.length + 1;
  }
  return out;
}

/** Runs of candidate rows a few lines apart, each widened by the header lines that may stand above it. */
function windows(candidates: number[], count: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const k of candidates) {
    const last = out.at(-1);
    if (last && k - last[1] <= 4) last[1] = Math.min(count, k + 3);
    else out.push([Math.max(0, k - 8), Math.min(count, k + 3)]);
  }
  return out;
}

/** The tables among lines [from, to): each line laid out at a fixed pitch, typed rules dropped. */
function tablesIn(lines: TextLine[], from: number, to: number): TypedTable[] {
  const laid: Array<{ line: Line; index: number }> = [];
  let y = 0;
  for (let k = from; k < to; k++) {
    const line = layOut(lines[k]!.text, y);
    // A typed rule takes no room: the rows it parts stand at line spacing, as in a PDF of the same text.
    if (line && isTypedRule(line)) continue;
    y -= PITCH;
    if (line) laid.push({ line, index: k });
  }
  const all = laid.map((l) => l.line);
  const out: TypedTable[] = [];
  for (let i = 0; i < all.length; i++) {
    // The lines just above, back to a blank line: where the table's header may be.
    let top = i;
    while (top > 0 && i - top < 6 && all[top - 1]!.y - all[top]!.y <= PITCH * 1.5) top--;
    const paragraph = all.slice(top, i);
    const table = figureTableStartingAt(all, i, paragraph);
    if (!table || table.cells.length < 2) continue;
    const first = laid[i - table.headerLines]!.index;
    let last = laid[i + table.used - 1]!.index;
    // The rules typed under the last row ("==========") go with the table.
    while (last + 1 < to && isRuleText(lines[last + 1]!.text)) last++;
    out.push({ start: lines[first]!.start, end: lines[last]!.end, rows: table.cells });
    i += table.used - 1;
  }
  return out;
}

/** Whether a line of text is a typed rule ("----------    ----------"). */
function isRuleText(text: string): boolean {
  const line = layOut(text, 0);
  return line !== null && isTypedRule(line);
}

/** A line of text as a PDF line: a run per stretch of words one space apart, each character CHAR wide. */
function layOut(text: string, y: number): Line | null {
  const items = [...text.replace(/\t/gu, '    ').matchAll(/\S+(?: \S+)*/gu)]
    .map((m) => ({ text: m[0], x: m.index * CHAR, y, width: m[0].length * CHAR, height: HEIGHT }));
  return items.length ? lineOf(items) : null;
}
