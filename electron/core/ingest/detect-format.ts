import path from 'node:path';
import { AssayError } from '../../../shared/errors.ts';
import type { DocumentFormat } from '../../../shared/passages.ts';

/** Formats this build can read. PDF and DOCX arrive with their own readers. */
export type TextFormat = Extract<DocumentFormat, 'txt' | 'md' | 'html'>;

const BY_EXTENSION = new Map<string, TextFormat>(Object.entries({
  '.txt': 'txt', '.text': 'txt', '.md': 'md', '.markdown': 'md', '.mdown': 'md',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
} as const));

const SUPPORTED = 'PDF, Word (.docx), HTML, Markdown (.md) or TXT';

/** Signatures of binary formats people commonly try to import, to name them in the error. */
const SIGNATURES: Array<{ bytes: number[]; name: string }> = [
  // PDFs and Word files are read by parse-any.ts before text formats are considered.
  { bytes: [0x25, 0x50, 0x44, 0x46], name: 'a PDF, read only through the asynchronous reader (parse-any)' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive (XLSX, PPTX and similar files are ZIPs; only Word’s .docx is read)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: 'an old Microsoft Office file' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { bytes: [0x1f, 0x8b], name: 'a gzip archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'a program' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], name: 'an SQLite database' },
];

function binaryKind(bytes: Uint8Array): string | null {
  const hit = SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  return hit?.name ?? null;
}

/**
 * The format to read a file as, from its extension, or from its first bytes when the
 * extension says nothing. Throws a message naming the problem for anything else.
 */
export function detectFormat(fileName: string, bytes: Uint8Array): TextFormat {
  const binary = binaryKind(bytes);
  if (binary) {
    throw new AssayError('UNSUPPORTED_TYPE', `${path.basename(fileName)} is ${binary}, which Assay cannot import. Import ${SUPPORTED} files.`);
  }
  const ext = path.extname(fileName).toLowerCase();
  const known = BY_EXTENSION.get(ext);
  if (known) return known;
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1').trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  if (ext === '' || ext === '.log') return 'txt';
  if (ext === '.csv' || ext === '.tsv') {
    // Read as prose, each row would become a passage of bare numbers and every cell a "metric".
    const name = path.basename(fileName);
    throw new AssayError('UNSUPPORTED_TYPE', `${name} is a table of values (${ext.slice(1).toUpperCase()}), not a document. Import the report, filing or note the figures come from (${SUPPORTED}).`);
  }
  throw new AssayError('UNSUPPORTED_TYPE', `${path.basename(fileName)} has the extension "${ext}", which Assay does not import. Import ${SUPPORTED} files.`);
}
