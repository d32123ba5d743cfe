import { AssayError } from '../../../../shared/errors.ts';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PageText } from './layout.ts';

/** Pages Assay reads from one PDF; longer files are refused before any work. */
export const MAX_PAGES = 2000;
/** Characters per page below which a PDF is taken for scanned images without a text layer. */
const SCAN_CHARS = 20;

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | null = null;

/**
 * pdf.js, loaded on first use (it is large). Its legacy build runs in Node; with no worker
 * configured it parses on this thread, which is already an import worker.
 */
function load(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/**
 * Every page's positioned text, and the title the file declares (unless it is a placeholder or a file name). A PDF that needs a password, one that is damaged, and one
 * whose pages are images without text (a scan) are refused with a message saying so.
 */
export async function readPdfText(bytes: Uint8Array, name: string): Promise<{ pages: PageText[]; title: string | null }> {
  const { getDocument } = await load();
  let doc: Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
  try {
    doc = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false }).promise;
  } catch (error) {
    const e = error as { name?: string; message?: string };
    if (e.name === 'PasswordException') throw new AssayError('ENCRYPTED_PDF', `${name} is protected by a password. Save an unprotected copy (print to PDF without a password) and import that.`);
    throw new AssayError('BAD_PDF', `${name} is not a PDF Assay can read (${e.message ?? 'damaged file'}). If it opens elsewhere, print it to a new PDF and import that.`);
  }
  try {
    if (doc.numPages > MAX_PAGES) throw new AssayError('PDF_TOO_LONG', `${name} has ${doc.numPages.toLocaleString('en-US')} pages; Assay reads PDFs of up to ${MAX_PAGES.toLocaleString('en-US')}. Split it first.`);
    const pages: PageText[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = content.items.flatMap((it) => ('str' in it && it.str ? [{ text: it.str, x: it.transform[4] as number, y: it.transform[5] as number, width: it.width, height: it.height || Math.abs(it.transform[3] as number) }] : []));
      pages.push({ number: n, width: viewport.width, height: viewport.height, items });
      page.cleanup();
    }
    const chars = pages.reduce((total, p) => total + p.items.reduce((c, i) => c + i.text.trim().length, 0), 0);
    if (chars < SCAN_CHARS * pages.length) {
      throw new AssayError('NO_TEXT_LAYER', `${name} has no text layer: its pages are images (a scan). Assay does not read images yet (no OCR); run it through OCR first, or import the source document.`);
    }
    const info = (await doc.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' && info.Title.trim() && !/^(untitled|microsoft word|document\d*)\b/iu.test(info.Title.trim()) && !/\.(html?|docx?|pdf)$/iu.test(info.Title.trim()) ? info.Title.trim() : null;
    return { pages, title };
  } finally {
    await doc.destroy();
  }
}
