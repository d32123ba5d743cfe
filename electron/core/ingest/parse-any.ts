import path from 'node:path';
import { AssayError } from '../../../shared/errors.ts';
import type { Repair } from '../../../shared/repairs.ts';
import { repairText } from '../repair/repair-text.ts';
import { assembleBlocks } from './assemble.ts';
import { markDebris } from './debris.ts';
import { readDocxBlocks } from './docx.ts';
import { extractMeta } from './metadata.ts';
import { MAX_FILE_BYTES, parseDocument } from './parse-document.ts';
import { blocksOf } from './pdf/layout.ts';
import { readPdfText } from './pdf/pdf.ts';
import { markQuestionsAndAnswers } from './qa.ts';
import type { Block, DocumentMeta, ParsedDocument } from './types.ts';

const isPdf = (bytes: Uint8Array) => bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Repairs each block's text, adding up what was repaired across blocks. */
function repairBlocks(blocks: Block[]): { blocks: Block[]; repairs: Repair[] } {
  const repairs = new Map<string, Repair>();
  const repaired = blocks.map((b) => {
    const r = repairText(b.text);
    for (const rep of r.repairs) {
      const key = `${rep.kind}:${rep.description}`;
      const known = repairs.get(key);
      if (known) { known.count += rep.count; known.examples = [...known.examples, ...rep.examples].slice(0, 5); } else repairs.set(key, { ...rep, examples: [...rep.examples] });
    }
    return { ...b, text: r.text };
  });
  return { blocks: repaired, repairs: [...repairs.values()] };
}

function finish(format: 'pdf' | 'docx', name: string, blocks: Block[], declared: Partial<DocumentMeta>): ParsedDocument {
  const { blocks: clean, repairs } = repairBlocks(blocks);
  const { text, passages } = assembleBlocks(clean);
  if (!passages.some((p) => text.slice(p.start, p.end).trim())) throw new AssayError('NO_TEXT', `${name} has no readable text. Nothing was imported from it.`);
  markDebris(text, passages);
  markQuestionsAndAnswers(text, passages);
  const meta = extractMeta(text, passages, declared);
  return { format, encoding: format === 'pdf' ? 'pdf' : 'docx', text, repairs, passages, meta: { ...meta, title: meta.title ?? name } };
}

/** OpenDocument files by their kind, as named in their `mimetype` entry or their extension. */
const OPEN_DOCUMENT: ReadonlyArray<{ kind: string; extensions: readonly string[]; name: string }> = [
  { kind: 'text', extensions: ['.odt', '.ott', '.fodt'], name: 'OpenDocument text (.odt)' },
  { kind: 'spreadsheet', extensions: ['.ods', '.ots', '.fods'], name: 'an OpenDocument spreadsheet (.ods)' },
  { kind: 'presentation', extensions: ['.odp', '.otp', '.fodp'], name: 'an OpenDocument presentation (.odp)' },
  { kind: 'graphics', extensions: ['.odg', '.otg', '.fodg'], name: 'an OpenDocument drawing (.odg)' },
];

/**
 * What OpenDocument file (LibreOffice, OpenOffice) this is, or null. A ZIP of one opens with
 * its `mimetype` entry, stored unpacked: "application/vnd.oasis.opendocument.text".
 */
function openDocumentKind(bytes: Uint8Array, extension: string): string | null {
  const declared = isZip(bytes) ? /application\/vnd\.oasis\.opendocument\.([a-z]+)/u.exec(Buffer.from(bytes.subarray(0, 200)).toString('latin1'))?.[1] : undefined;
  const known = OPEN_DOCUMENT.find((d) => d.kind === declared) ?? OPEN_DOCUMENT.find((d) => d.extensions.includes(extension));
  if (known) return known.name;
  return declared ? 'an OpenDocument file' : null;
}

function parseDocx(bytes: Uint8Array, name: string): ParsedDocument {
  return finish('docx', name, readDocxBlocks(bytes, name), {});
}

/**
 * Reads any file Assay imports: PDFs through pdf.js (text in reading order, each passage
 * with its page) and Word files from their XML (docx.ts); TXT, Markdown and
 * HTML as parseDocument does.
 */
export async function parseAnyDocument(bytes: Uint8Array, fileName: string): Promise<ParsedDocument> {
  const name = path.basename(fileName);
  const extension = path.extname(name).toLowerCase();
  if (bytes.length > MAX_FILE_BYTES) return parseDocument(bytes, fileName); // refused there, with the size
  if (isPdf(bytes) || extension === '.pdf') {
    if (!bytes.length) throw new AssayError('BAD_PDF', `${name} is empty (0 bytes): there is nothing to read. Check where it came from and save or download it again.`);
    if (!isPdf(bytes)) throw new AssayError('BAD_PDF', `${name} is named .pdf but is not a PDF. Check the file, or rename it to what it is.`);
    const { pages, title } = await readPdfText(bytes, name);
    return finish('pdf', name, blocksOf(pages), { title });
  }
  const openDocument = openDocumentKind(bytes, extension);
  if (openDocument) {
    throw new AssayError('UNSUPPORTED_TYPE', `${name} is ${openDocument}, which Assay does not read. Save it as .docx or PDF `
      + '(in LibreOffice: File ▸ Save As… and choose Word, or File ▸ Export as PDF) and import that.');
  }
  if (extension === '.docx' || (isZip(bytes) && extension !== '.xlsx' && extension !== '.zip')) {
    if (!isZip(bytes)) throw new AssayError('BAD_DOCX', `${name} is named .docx but is not a Word document (a .docx is a ZIP archive). Check the file.`);
    return parseDocx(bytes, name);
  }
  return parseDocument(bytes, fileName);
}
