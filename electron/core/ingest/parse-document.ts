import path from 'node:path';
import { AssayError } from '../../../shared/errors.ts';
import { repairText } from '../repair/repair-text.ts';
import { assembleBlocks } from './assemble.ts';
import { markDebris } from './debris.ts';
import { decodeBytes } from './decode.ts';
import { detectFormat } from './detect-format.ts';
import { declaredCharset, parseHtml } from './html.ts';
import { parseMarkdown } from './markdown.ts';
import { extractMeta } from './metadata.ts';
import { markQuestionsAndAnswers } from './qa.ts';
import { segmentText } from './segment-text.ts';
import { tableText } from './pdf/layout.ts';
import { typedTables } from './typed-tables.ts';
import type { DocumentMeta, ParsedDocument, PassageDraft } from './types.ts';

/** Largest file Assay imports; larger text files are almost always logs or data dumps. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Share of control characters above which decoded bytes are taken for binary data. */
const CONTROL_SHARE = 0.02;

/**
 * Reads one file's bytes into repaired text split into passages, with the metadata the
 * document states. Pure: no files or database are touched, so it runs in any thread.
 */
export function parseDocument(bytes: Uint8Array, fileName: string): ParsedDocument {
  const name = path.basename(fileName);
  if (bytes.length === 0) throw new AssayError('EMPTY_FILE', `${name} is empty. Nothing was imported from it.`);
  if (bytes.length > MAX_FILE_BYTES) {
    throw new AssayError('FILE_TOO_LARGE', `${name} is ${(bytes.length / 1048576).toFixed(1)} MB; Assay imports files up to ${MAX_FILE_BYTES / 1048576} MB. Split it into smaller files.`);
  }
  const format = detectFormat(name, bytes);
  const decoded = decodeBytes(bytes, format === 'html' ? declaredCharset(bytes) : null);
  if (controlShare(decoded.text) > CONTROL_SHARE) {
    throw new AssayError('NOT_TEXT', `${name} does not look like text (too many control characters). Import PDF, DOCX, HTML, Markdown or TXT files.`);
  }
  const { text: repaired, repairs } = repairText(decoded.text);
  const { text, passages, declared } = split(format, repaired);
  if (!passages.some((p) => text.slice(p.start, p.end).trim())) {
    throw new AssayError('NO_TEXT', `${name} has no readable text. Nothing was imported from it.`);
  }
  markDebris(text, passages);
  markQuestionsAndAnswers(text, passages);
  const meta = extractMeta(text, passages, declared);
  return { format, encoding: decoded.encoding, text, repairs, passages, meta: { ...meta, title: meta.title ?? name } };
}

function split(format: 'txt' | 'md' | 'html', repaired: string): { text: string; passages: PassageDraft[]; declared: Partial<DocumentMeta> } {
  if (format === 'txt') return { ...textWithTables(repaired), declared: {} };
  const { blocks, meta } = format === 'md' ? parseMarkdown(repaired) : parseHtml(repaired);
  return { ...assembleBlocks(blocks), declared: meta };
}

/**
 * Plain text's passages. A table typed with spaces becomes a table passage, its rows written with tabs as every
 * other format writes them; the rest of the text is kept as it is.
 */
function textWithTables(repaired: string): { text: string; passages: PassageDraft[] } {
  const tables = typedTables(repaired);
  if (!tables.length) return { text: repaired, passages: segmentText(repaired) };
  let text = '';
  const passages: PassageDraft[] = [];
  const prose = (piece: string) => {
    passages.push(...segmentText(piece).map((p) => ({ ...p, start: p.start + text.length, end: p.end + text.length })));
    text += piece;
  };
  let at = 0;
  for (const table of tables) {
    prose(repaired.slice(at, table.start));
    const body = tableText(table.rows);
    passages.push({ kind: 'table', depth: 0, start: text.length, end: text.length + body.length, debris: false, questionIndex: null });
    text += body;
    at = table.end;
  }
  prose(repaired.slice(at));
  return { text, passages };
}

function controlShare(text: string): number {
  const sample = text.slice(0, 65536);
  if (!sample.length) return 0;
  const controls = sample.match(/[\u0000-\u0008\u000e-\u001f]/gu)?.length ?? 0;
  return controls / sample.length;
}
