import { AssayError } from '../../../../shared/errors.ts';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PageText, TextItem } from './lines.ts';
import { rulingsOf } from './rulings.ts';
import { checkPdfStreams } from './stream-check.ts';

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
 * A run of text as the reader sees the page: the page's /Rotate and the text's own matrix
 * applied (a landscape table drawn sideways on a portrait page reads across), y measured up
 * from the bottom. Text that still runs at an angle (a chart's vertical axis title, a
 * rotated margin note) is left out: it is not part of the reading flow.
 */
function placed(text: string, transform: number[], width: number, height: number, viewport: { transform: number[]; height: number }): TextItem[] {
  const [a, b, c, d, e, f] = viewport.transform as [number, number, number, number, number, number];
  const [ta, tb, tc, td, te, tf] = transform as [number, number, number, number, number, number];
  // The text matrix in the viewport's space (y down), as pdf.js's Util.transform composes them.
  const m = [a * ta + c * tb, b * ta + d * tb, a * tc + c * td, b * tc + d * td, a * te + c * tf + e, b * te + d * tf + f];
  const [ma, mb] = [m[0]!, m[1]!];
  if (ma <= 0 || Math.abs(mb) > Math.abs(ma) * 0.05) return [];
  return [{ text, x: m[4]!, y: viewport.height - m[5]!, width, height: height || Math.hypot(m[2]!, m[3]!) }];
}

type Viewport = { transform: number[]; height: number; width: number };
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

/** One page's positioned text; a page pdf.js cannot read (a page tree that loops, a damaged object) refuses the file. */
async function readPage(doc: PdfDocument, n: number, name: string): Promise<PageText> {
  try {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const runs = content.items.flatMap((it) => ('str' in it && it.str ? [it] : []));
    const itemsIn = (viewport: Viewport) => runs.flatMap((it) => placed(it.str, it.transform as number[], it.width, it.height, viewport));
    // Read the page the way its text runs: a table printed sideways, or a page turned by a /Rotate that does not right it.
    const turned = (turn: number) => {
      const viewport = page.getViewport({ scale: 1, rotation: page.rotate + turn });
      const items = itemsIn(viewport);
      return { viewport, items, chars: items.reduce((c, i) => c + i.text.length, 0) };
    };
    const total = runs.reduce((c, it) => c + it.str.length, 0);
    let best = turned(0);
    for (const turn of [90, 270, 180]) {
      if (best.chars >= total / 2) break;
      const t = turned(turn);
      if (t.chars > best.chars * 1.5) best = t;
    }
    const { viewport, items } = best;
    const operators = await page.getOperatorList();
    const rulings = rulingsOf(operators.fnArray, operators.argsArray as unknown[][], (await load()).OPS, viewport);
    page.cleanup();
    return { number: n, width: viewport.width, height: viewport.height, items, rulings };
  } catch (error) {
    throw new AssayError('BAD_PDF', `${name} is damaged: page ${n} cannot be read (${(error as Error).message.slice(0, 200).replace(/\.$/u, '')}). `
      + 'If it opens elsewhere, print it to a new PDF and import that.');
  }
}

/**
 * A title the file declares, unless its producer put a placeholder there: "Untitled", "Microsoft Word - …",
 * "Document1", "ActiveReports Document", or a file name ("10811.exe", "report.docx").
 */
function declaredTitle(value: string): string | null {
  const title = value.trim();
  if (!title || /^(?:untitled|microsoft (?:word|excel|powerpoint)|document\d*|activereports document|powerpoint presentation)\b/iu.test(title)) return null;
  return /^[^\s/\\]+\.[a-z\d]{2,4}$/iu.test(title) ? null : title;
}

/**
 * Every page's positioned text, and the title the file declares (unless it is a placeholder
 * or a file name). A PDF that needs a password, one that is damaged, one whose pages are
 * images without text (a scan), and a PDF bomb are refused with a message saying so.
 */
export async function readPdfText(bytes: Uint8Array, name: string): Promise<{ pages: PageText[]; title: string | null }> {
  checkPdfStreams(bytes, name);
  const { getDocument } = await load();
  let doc: PdfDocument;
  try {
    doc = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false }).promise;
  } catch (error) {
    const e = error as { name?: string; message?: string };
    if (e.name === 'PasswordException') throw new AssayError('ENCRYPTED_PDF', `${name} is protected by a password. Save an unprotected copy (print to PDF without a password) and import that.`);
    throw new AssayError('BAD_PDF', `${name} is not a PDF Assay can read (${(e.message ?? 'damaged file').replace(/\.$/u, '')}). If it opens elsewhere, print it to a new PDF and import that.`);
  }
  try {
    if (doc.numPages > MAX_PAGES) throw new AssayError('PDF_TOO_LONG', `${name} has ${doc.numPages.toLocaleString('en-US')} pages; Assay reads PDFs of up to ${MAX_PAGES.toLocaleString('en-US')}. Split it first.`);
    const pages: PageText[] = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push(await readPage(doc, n, name));
    const chars = pages.reduce((total, p) => total + p.items.reduce((c, i) => c + i.text.trim().length, 0), 0);
    if (chars < SCAN_CHARS * pages.length) {
      throw new AssayError('NO_TEXT_LAYER', `${name} has no text layer: its pages are images (a scan). Assay does not read images yet (no OCR); run it through OCR first, or import the source document.`);
    }
    const info = (await doc.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' ? declaredTitle(info.Title) : null;
    return { pages, title };
  } finally {
    await doc.destroy();
  }
}
