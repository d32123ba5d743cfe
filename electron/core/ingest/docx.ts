import { StringDecoder } from 'node:string_decoder';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { AssayError } from '../../../shared/errors.ts';
import type { PassageKind } from '../../../shared/passages.ts';
import { checkPassageCount } from './limits.ts';
import type { Block } from './types.ts';
import { openZip, type ZipParts } from './zip-parts.ts';

/*
 * Word files read straight from their XML with a streaming parser: paragraphs with their
 * heading and list levels, tables cell by cell (a cell merged across columns keeps the cells
 * after it under their own headings; paragraphs in one cell are kept apart by a space),
 * text boxes, then footnotes and endnotes. Nothing is built but the blocks, and every stack
 * is explicit, so a part nested 100,000 levels deep or holding millions of paragraphs costs
 * memory in proportion to its text, never a recursion or a tree.
 */

const CHUNK = 1 << 20;

interface Paragraph {
  style: string | null;
  listLevel: number | null;
  outlineLevel: number | null;
  text: string;
}

interface Table {
  rows: string[][];
  row: string[] | null;
  cell: string[] | null;
  span: number;
  continued: boolean;
}

/** Paragraph style ids by their heading level (Heading 1–6, Title) or as quotes, from styles.xml. */
interface Styles {
  headings: Map<string, number>;
  quotes: Set<string>;
}

const val = (tag: SaxesTagPlain) => tag.attributes['w:val'];
/** Runs of spaces as one; a lone no-break space between digits stays, as it groups thousands ("1 250 000"). */
const tidy = (text: string) => text.replace(/[ \t\u00a0]+/gu, (run, at: number, all: string) =>
  (run === '\u00a0' && isDigit(all[at - 1]) && isDigit(all[at + 1]) ? run : ' ')).trim();
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

function parseXml(bytes: Buffer, onOpen: (tag: SaxesTagPlain) => void, onClose: (name: string) => void, onText: (text: string) => void): void {
  const parser = new SaxesParser();
  parser.on('opentag', onOpen);
  parser.on('closetag', (tag) => onClose(tag.name));
  parser.on('text', onText);
  const decoder = new StringDecoder('utf8');
  for (let at = 0; at < bytes.length; at += CHUNK) parser.write(decoder.write(bytes.subarray(at, at + CHUNK)));
  parser.write(decoder.end());
  parser.close();
}

/** Style ids that make headings and quotes; a damaged styles.xml only loses them. */
function readStyles(parts: ZipParts): Styles {
  const styles: Styles = { headings: new Map(), quotes: new Set() };
  if (!parts.has('word/styles.xml')) return styles;
  try {
    collectStyles(parts.read('word/styles.xml'), styles);
  } catch (error) {
    if (error instanceof AssayError) throw error;
  }
  return styles;
}

function collectStyles(xml: Buffer, styles: Styles): void {
  let id: string | null = null;
  parseXml(xml, (tag) => {
    if (tag.name === 'w:style') id = tag.attributes['w:styleId'] ?? null;
    if (!id) return;
    const name = (tag.name === 'w:name' ? val(tag) ?? '' : '').toLowerCase();
    const level = /^heading ([1-6])$/u.exec(name)?.[1];
    if (level) styles.headings.set(id, Number(level));
    if (name === 'title') styles.headings.set(id, 1);
    if (/quote/u.test(name)) styles.quotes.add(id);
    const outline = tag.name === 'w:outlineLvl' ? Number(val(tag)) : NaN;
    if (outline >= 0 && outline < 6 && !styles.headings.has(id)) styles.headings.set(id, outline + 1);
  }, (name) => { if (name === 'w:style') id = null; }, () => {});
}

class PartReader {
  readonly blocks: Block[] = [];
  private readonly paragraphs: Paragraph[] = [];
  private readonly tables: Table[] = [];
  private inText = false;
  private readonly styles: Styles;

  constructor(styles: Styles) {
    this.styles = styles;
  }

  open(tag: SaxesTagPlain): void {
    const paragraph = this.paragraphs.at(-1);
    const table = this.tables.at(-1);
    switch (tag.name) {
      case 'w:p': this.paragraphs.push({ style: null, listLevel: null, outlineLevel: null, text: '' }); break;
      case 'w:t': this.inText = true; break;
      case 'w:tab': if (paragraph) paragraph.text += ' '; break;
      case 'w:br': case 'w:cr': if (paragraph && tag.attributes['w:type'] !== 'page') paragraph.text += '\n'; break;
      case 'w:noBreakHyphen': if (paragraph) paragraph.text += '-'; break;
      case 'w:pStyle': if (paragraph) paragraph.style = val(tag) ?? null; break;
      case 'w:ilvl': if (paragraph) paragraph.listLevel = Number(val(tag)) || 0; break;
      case 'w:numPr': if (paragraph) paragraph.listLevel ??= 0; break;
      case 'w:outlineLvl': if (paragraph) paragraph.outlineLevel = Number(val(tag)); break;
      case 'w:tbl': this.tables.push({ rows: [], row: null, cell: null, span: 1, continued: false }); break;
      case 'w:tr': if (table) table.row = []; break;
      case 'w:tc': if (table) Object.assign(table, { cell: [], span: 1, continued: false }); break;
      case 'w:gridSpan': if (table) table.span = Math.min(Math.max(Number(val(tag)) || 1, 1), 64); break;
      case 'w:vMerge': if (table) table.continued = val(tag) !== 'restart'; break;
      // Older Word's horizontal merge: a continuing cell holds its grid column, empty.
      case 'w:hMerge': if (table) table.continued ||= val(tag) !== 'restart'; break;
      // A row that starts a few grid columns in (its first cells left out): keep its cells under their headings.
      case 'w:gridBefore': if (table?.row) table.row.push(...Array<string>(Math.min(Math.max(Number(val(tag)) || 0, 0), 64)).fill('')); break;
    }
  }

  close(name: string): void {
    switch (name) {
      case 'w:t': this.inText = false; break;
      case 'w:p': this.endParagraph(); break;
      case 'w:tc': this.endCell(); break;
      case 'w:tr': this.endRow(); break;
      case 'w:tbl': this.endTable(); break;
    }
  }

  text(text: string): void {
    const paragraph = this.paragraphs.at(-1);
    if (this.inText && paragraph) paragraph.text += text;
  }

  private endParagraph(): void {
    const paragraph = this.paragraphs.pop();
    if (!paragraph) return;
    const cell = this.tables.at(-1)?.cell;
    if (cell) { cell.push(tidy(paragraph.text.replace(/\n/gu, ' '))); return; }
    const text = paragraph.text.split('\n').map(tidy).filter(Boolean).join('\n');
    if (text) this.blocks.push({ ...this.kindOf(paragraph), text });
    checkPassageCount(this.blocks.length);
  }

  private kindOf(paragraph: Paragraph): { kind: PassageKind; depth: number } {
    const style = paragraph.style ?? '';
    const level = this.styles.headings.get(style) ?? /^heading([1-6])$/iu.exec(style)?.[1]
      ?? (paragraph.outlineLevel !== null && paragraph.outlineLevel < 6 ? paragraph.outlineLevel + 1 : undefined);
    if (level !== undefined) return { kind: 'heading', depth: Number(level) };
    if (paragraph.listLevel !== null) return { kind: 'list_item', depth: Math.min(paragraph.listLevel, 8) };
    if (this.styles.quotes.has(style)) return { kind: 'quote', depth: 0 };
    return { kind: 'paragraph', depth: 0 };
  }

  private endCell(): void {
    const table = this.tables.at(-1);
    if (!table?.cell || !table.row) return;
    const text = table.continued ? '' : table.cell.filter(Boolean).join(' ').replace(/\t/gu, ' ');
    table.row.push(text, ...Array<string>(table.span - 1).fill(''));
    table.cell = null;
  }

  private endRow(): void {
    const table = this.tables.at(-1);
    if (!table?.row) return;
    if (table.row.some(Boolean)) table.rows.push(table.row);
    table.row = null;
  }

  private endTable(): void {
    const table = this.tables.pop();
    if (!table) return;
    const outer = this.tables.at(-1);
    // A table inside a cell is read into that cell, its rows one after another.
    if (outer?.cell) { outer.cell.push(table.rows.map((row) => row.filter(Boolean).join(' ')).join(' ')); return; }
    const text = table.rows.map((row) => row.join('\t')).join('\n');
    if (text.trim()) this.blocks.push({ kind: 'table', depth: 0, text });
  }
}

function readPart(parts: ZipParts, part: string, styles: Styles, name: string): Block[] {
  if (!parts.has(part)) return [];
  const reader = new PartReader(styles);
  try {
    parseXml(parts.read(part), (tag) => reader.open(tag), (tagName) => reader.close(tagName), (text) => reader.text(text));
  } catch (error) {
    if (error instanceof AssayError) throw error;
    throw new AssayError('BAD_DOCX', `${name} is not a Word document Assay can read (its ${part} is damaged: `
      + `${(error as Error).message.split('\n')[0]!.slice(0, 200)}). If it opens in Word, save a new copy as .docx and import that.`);
  }
  return reader.blocks;
}

/** The blocks of a Word file: body, then footnotes and endnotes. */
export function readDocxBlocks(bytes: Uint8Array, name: string): Block[] {
  const parts = openZip(bytes, name);
  if (!parts.has('word/document.xml')) {
    throw new AssayError('BAD_DOCX', `${name} is not a Word document (it has no word/document.xml). If it opens in Word, save a new copy as .docx and import that.`);
  }
  const styles = readStyles(parts);
  return ['word/document.xml', 'word/footnotes.xml', 'word/endnotes.xml'].flatMap((part) => readPart(parts, part, styles, name));
}
