import {
  AlignmentType, BorderStyle, Paragraph, Tab, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType,
  type IRunOptions,
} from 'docx';
import { markdownTokens, type Token } from '../../../shared/markdown.ts';

/*
 * An analyst's Markdown in Word, built from the shared engine's tokens (shared/markdown.ts),
 * so a note reads in the DOCX as it does in the workbench and the HTML: emphasis, code,
 * links (their text, then the address), bulleted and numbered lists with their nesting,
 * block quotes indented with a rule, tables as Word tables. Images are already text there,
 * and unsafe links plain text.
 */

type Block = Paragraph | Table;

/** A quarter inch, in twentieths of a point: one level of list or quote. */
const STEP = 360;
const MONO = 'Consolas';
/** A table column's width in twips: a character's width each, the cell's padding, and at most 2.5 inches. */
const CHAR = 140;
const CELL_PAD = 400;
const CELL_MAX = 3600;
const BULLETS = ['•', '◦', '▪'];
/** Markdown's inline marks and the Word run property each turns on. */
const MARKS = new Map<string, 'bold' | 'italics' | 'strike'>([['strong', 'bold'], ['em', 'italics'], ['s', 'strike']]);

/** Where the walk through the block tokens stands. */
interface State {
  base: number;
  /** Whether the Markdown fills a table cell of the caller's. */
  inCell: boolean;
  out: Block[];
  lists: Array<{ ordered: boolean; next: number }>;
  /** The marker ("•", "3.") waiting for the first paragraph of a list item. */
  marker: string | null;
  quotes: number;
  heading: boolean;
  /** The table being built; `chars` is each column's longest text, to size it by. */
  table: { rows: TableRow[]; cells: TableCell[]; header: boolean; align: string | null; chars: number[] } | null;
}

/** Markdown's column alignments as Word's. */
const ALIGN = new Map([['right', AlignmentType.RIGHT], ['center', AlignmentType.CENTER]]);

/** How far the current lists and quotes push a block right, in twips. */
const leftOf = (state: State) => state.base + STEP * (state.lists.length + state.quotes);

/** Word runs for one inline token's children: marks counted open, each link followed by its address. */
function runs(children: Token[], bold = false): TextRun[] {
  const on = { bold: bold ? 1 : 0, italics: 0, strike: 0 };
  const out: TextRun[] = [];
  // Only marks that are on are written: an explicit "not bold" would override Word's own styles.
  const run = (text: string, extra: IRunOptions = {}) => out.push(new TextRun({
    text, ...(on.bold > 0 && { bold: true }), ...(on.italics > 0 && { italics: true }),
    ...(on.strike > 0 && { strike: true }), ...extra,
  }));
  let link: { href: string; text: string } | null = null;
  for (const t of children) {
    const mark = MARKS.get(t.type.replace(/_(?:open|close)$/u, ''));
    if (mark) on[mark] += t.nesting;
    else if (t.type === 'text') {
      run(t.content, link ? { underline: {} } : {});
      if (link) link.text += t.content;
    }
    else if (t.type === 'code_inline') run(t.content, { font: MONO });
    else if (t.type === 'softbreak' || t.type === 'hardbreak') out.push(new TextRun({ break: 1 }));
    else if (t.type === 'link_open') link = { href: String(t.attrGet('href') ?? ''), text: '' };
    else if (t.type === 'link_close' && link) {
      // An autolink's text is its address already: say it once.
      if (link.text !== link.href && `mailto:${link.text}` !== link.href) run(` (${link.href})`);
      link = null;
    }
  }
  return out;
}

/** Indentation for the current lists and quotes; a list item hangs its marker. */
function paragraphOf(state: State, children: TextRun[], align: string | null = null): Paragraph {
  const left = leftOf(state);
  const marker = state.marker;
  state.marker = null;
  return new Paragraph({
    indent: left ? { left, ...(state.lists.length ? { hanging: STEP } : {}) } : undefined,
    border: state.quotes ? { left: { style: BorderStyle.SINGLE, size: 6, color: 'BBBBBB', space: 8 } } : undefined,
    alignment: align ? ALIGN.get(align) : undefined,
    children: marker ? [new TextRun({ children: [marker, new Tab()] }), ...children] : children,
  });
}

/** A paragraph's text: a paragraph of its own, or a table cell's (bold in the header). */
function inline(state: State, token: Token): void {
  const table = state.table;
  if (!table) {
    state.out.push(paragraphOf(state, runs(token.children ?? [], state.heading)));
    return;
  }
  const inCell: State = { ...state, base: 0, lists: [], quotes: 0, marker: null };
  const text = runs(token.children ?? [], table.header);
  const column = table.cells.length;
  table.chars[column] = Math.max(table.chars[column] ?? 0, token.content.length);
  table.cells.push(new TableCell({ children: [paragraphOf(inCell, text, table.align)] }));
}

function code(state: State, token: Token): void {
  const lines = token.content.replace(/\n$/u, '').split('\n');
  state.out.push(paragraphOf(state, lines.map((line, i) => new TextRun({ text: line, font: MONO, break: i ? 1 : 0 }))));
}

/** What each block token does to the state; tokens not named here (paragraphs, item ends) need nothing. */
const BLOCKS = new Map<string, (state: State, token: Token) => void>([
  ['inline', inline],
  ['code_block', code],
  ['fence', code],
  ['hr', (state) => { state.out.push(new Paragraph({ thematicBreak: true })); }],
  ['heading_open', (state) => { state.heading = true; }],
  ['heading_close', (state) => { state.heading = false; }],
  ['blockquote_open', (state) => { state.quotes++; }],
  ['blockquote_close', (state) => { state.quotes--; }],
  ['bullet_list_open', (state) => { state.lists.push({ ordered: false, next: 0 }); }],
  ['ordered_list_open', (state, t) => { state.lists.push({ ordered: true, next: Number(t.attrGet('start') ?? 1) }); }],
  ['bullet_list_close', (state) => { state.lists.pop(); }],
  ['ordered_list_close', (state) => { state.lists.pop(); }],
  ['list_item_open', (state) => {
    const list = state.lists.at(-1)!;
    state.marker = list.ordered ? `${list.next++}.` : BULLETS[(state.lists.length - 1) % BULLETS.length]!;
  }],
  ['table_open', (state) => { state.table = { rows: [], cells: [], header: false, align: null, chars: [] }; }],
  ['thead_open', (state) => { state.table!.header = true; }],
  ['thead_close', (state) => { state.table!.header = false; }],
  ['th_open', cellOpen],
  ['td_open', cellOpen],
  ['tr_close', (state) => {
    const table = state.table!;
    table.rows.push(new TableRow({ tableHeader: table.header, children: table.cells }));
    table.cells = [];
  }],
  ['table_close', (state) => {
    state.out.push(tableOf(state));
    state.table = null;
  }],
]);

/**
 * A Markdown table sized to its contents, as in the workbench, rather than stretched across
 * the page: Word fits it itself, LibreOffice takes the columns' widths (a character's width
 * each). Inside a table cell, whose width is unknown here, it fills the cell instead.
 */
function tableOf(state: State): Table {
  const { rows, chars } = state.table!;
  const widths = chars.map((n) => Math.min(CELL_MAX, CELL_PAD + CHAR * n));
  if (state.inCell) {
    const total = widths.reduce((a, b) => a + b, 0);
    const columnWidths = widths.map((w) => Math.round((w / total) * 1000));
    return new Table({ rows, columnWidths, width: { size: 100, type: WidthType.PERCENTAGE } });
  }
  const indent = { size: leftOf(state), type: WidthType.DXA };
  const width = { size: 0, type: WidthType.AUTO };
  return new Table({ rows, columnWidths: widths, width, layout: TableLayoutType.AUTOFIT, indent });
}

/** A cell's alignment, from markdown-it's style="text-align:…". */
function cellOpen(state: State, token: Token): void {
  state.table!.align = /text-align:(\w+)/u.exec(String(token.attrGet('style') ?? ''))?.[1] ?? null;
}

/**
 * Markdown as Word paragraphs and tables. `indent` (twips) shifts it all right, as under a
 * quote; `cell` makes it fit a table cell, which Word wants non-empty and ending in a paragraph.
 */
export function markdownToDocx(markdown: string, options: { indent?: number; cell?: boolean } = {}): Block[] {
  const state: State = {
    base: options.indent ?? 0, inCell: options.cell ?? false, out: [],
    lists: [], marker: null, quotes: 0, heading: false, table: null,
  };
  for (const token of markdownTokens(markdown)) BLOCKS.get(token.type)?.(state, token);
  if (options.cell && !(state.out.at(-1) instanceof Paragraph)) state.out.push(new Paragraph(''));
  return state.out;
}
