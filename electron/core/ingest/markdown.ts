import type { Block, DocumentMeta } from './types.ts';
import { checkPassageCount } from './limits.ts';

/*
 * Markdown to blocks: ATX and setext headings, lists (nesting from indentation), block
 * quotes, pipe tables, fenced code and paragraphs. Inline markup is reduced to its text
 * so search and extraction read "9.3 billion", not "**9.3** billion". YAML-style front
 * matter supplies title, date, source, publisher and URL.
 */

const FENCE = /^\s*(```|~~~)/u;
const ATX = /^\s{0,3}(#{1,6})\s+(\S.*)?$/u;
const SETEXT = /^\s{0,3}(=+|-+)\s*$/u;
const LIST = /^(\s*)(?:[-*+]|\d{1,9}[.)])\s+(\S.*)?$/u;
const QUOTE = /^\s{0,3}>\s?(.*)$/u;
const TABLE_RULE = /^\s*(?:\|\s*)?:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*(?:\|\s*)?$/u;
const RULE = /^\s{0,3}(?:[-*_]\s*){3,}$/u;

/** The visible text of a line of inline Markdown. */
export function inlineText(source: string): string {
  return source
    // Link text holds no "[" (the innermost bracket is the link, as in CommonMark), so a run of "[" is read once.
    .replace(/!\[([^[\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^[\]]+)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^[\]]+)\]\[[^\]]*\]/gu, '$1')
    .replace(/<(https?:\/\/[^>]+)>/gu, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/gu, '')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu, '$2')
    .replace(/(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])/gu, '$2')
    .replace(/~~(.+?)~~/gu, '$1')
    .replace(/`([^`]+)`/gu, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/gu, '$1')
    .replace(/&nbsp;/gu, '\u00a0').replace(/&amp;/gu, '&').replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"')
    .replace(/[ \t]+/gu, ' ')
    .trim();
}

/** A front-matter value without the quote mark that opens it and the one that closes it. */
function unquoted(value: string): string {
  const start = /^["']/u.test(value) ? 1 : 0;
  const end = value.length > start && /["']$/u.test(value) ? value.length - 1 : value.length;
  return value.slice(start, end);
}

/** "Title ##" → "Title": hashes closing an ATX heading after white space are not its text. */
function withoutClosingHashes(text: string): string {
  const trimmed = text.trimEnd();
  let cut = trimmed.length;
  while (cut > 0 && trimmed[cut - 1] === '#') cut--;
  if (cut === trimmed.length || cut === 0 || !/\s/u.test(trimmed[cut - 1]!)) return text;
  return trimmed.slice(0, cut).trimEnd();
}

function readFrontMatter(lines: string[]): { meta: Partial<DocumentMeta>; skip: number } {
  if (lines[0]?.trim() !== '---') return { meta: {}, skip: 0 };
  const end = lines.indexOf('---', 1);
  if (end === -1) return { meta: {}, skip: 0 };
  const meta: Partial<DocumentMeta> = {};
  for (const line of lines.slice(1, end)) {
    const m = /^(\w+)\s*:(.*)$/u.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = unquoted(m[2]!.trim());
    if (key === 'title') meta.title = value;
    else if (key === 'date' || key === 'published') meta.published = /^\d{4}(-\d{2}){0,2}/u.exec(value)?.[0] ?? null;
    else if (key === 'source') meta.source = value;
    else if (key === 'publisher' || key === 'site') meta.publisher = value;
    else if (key === 'url' || key === 'link') meta.url = value;
  }
  return { meta, skip: end + 1 };
}

function splitRow(line: string): string[] {
  return line.trim().replace(/^\|/u, '').replace(/\|$/u, '').split(/(?<!\\)\|/u).map((cell) => inlineText(cell));
}

/** Blocks of a Markdown document and the metadata its front matter declares. */
export function parseMarkdown(source: string): { blocks: Block[]; meta: Partial<DocumentMeta> } {
  const lines = source.split('\n');
  const { meta, skip } = readFrontMatter(lines);
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', depth: 0, text: inlineText(paragraph.join(' ')) });
    paragraph = [];
  };

  for (let i = skip; i < lines.length; i++) {
    checkPassageCount(blocks.length);
    const line = lines[i]!;
    if (FENCE.test(line)) {
      flush();
      const fence = FENCE.exec(line)![1]!;
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i]!.trim().startsWith(fence); i++) code.push(lines[i]!);
      blocks.push({ kind: 'paragraph', depth: 0, text: code.join('\n') });
      continue;
    }
    if (line.trim() === '') { flush(); continue; }
    const atx = ATX.exec(line);
    if (atx) { flush(); blocks.push({ kind: 'heading', depth: atx[1]!.length, text: inlineText(withoutClosingHashes(atx[2] ?? '')) }); continue; }
    if (paragraph.length === 1 && SETEXT.test(line)) {
      blocks.push({ kind: 'heading', depth: line.trim().startsWith('=') ? 1 : 2, text: inlineText(paragraph[0]!) });
      paragraph = [];
      continue;
    }
    if (RULE.test(line)) { flush(); continue; }
    if (line.includes('|') && TABLE_RULE.test(lines[i + 1] ?? '')) {
      flush();
      const rows = [splitRow(line)];
      for (i += 2; i < lines.length && lines[i]!.includes('|') && lines[i]!.trim() !== ''; i++) rows.push(splitRow(lines[i]!));
      i--;
      blocks.push({ kind: 'table', depth: 0, text: rows.map((r) => r.join('\t')).join('\n') });
      continue;
    }
    const list = LIST.exec(line);
    if (list) {
      flush();
      blocks.push({ kind: 'list_item', depth: Math.floor(list[1]!.replace(/\t/gu, '    ').length / 2), text: inlineText(list[2] ?? '') });
      continue;
    }
    const quote = QUOTE.exec(line);
    if (quote) {
      flush();
      const quoted = [quote[1]!];
      while (i + 1 < lines.length && QUOTE.test(lines[i + 1]!) && QUOTE.exec(lines[i + 1]!)![1]!.trim() !== '') quoted.push(QUOTE.exec(lines[++i]!)![1]!);
      blocks.push({ kind: 'quote', depth: 0, text: inlineText(quoted.join(' ')) });
      continue;
    }
    const last = blocks[blocks.length - 1];
    if (!paragraph.length && last?.kind === 'list_item' && /^\s{2,}\S/u.test(line)) {
      last.text = `${last.text} ${inlineText(line)}`;
      continue;
    }
    paragraph.push(line.trim());
  }
  flush();
  return { blocks, meta };
}
