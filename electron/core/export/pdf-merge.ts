import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

/*
 * The parts of a large export, printed at once (pdf-parts.ts), made one PDF: the first part
 * keeps its document information (title, creator) and takes the other parts' pages, and every
 * page is numbered "Page X of Y" where Chromium numbers the pages of a whole export (print-page.ts):
 * right-aligned in the bottom margin, 8 CSS px, grey. The parts are printed without the numbers,
 * since no part knows how many pages come before it. Helvetica stands in for the system font
 * Chromium uses there: a PDF's standard fonts need embedding nothing, and a number needs no
 * more than Latin letters.
 */

/** The page margins of print-page.ts, in points: 0.5 in at the sides, 0.6 in at the foot. */
const SIDE = 36;
const FOOT = 0.6 * 72;
/** 8 CSS px. */
const SIZE = 6;
/** #6b6f76, as a PDF colour. */
const GREY = [0x6b, 0x6f, 0x76].map((c) => (c / 255).toFixed(3)).join(' ');

/*
 * pdf-lib hands the event loop back every 100 objects parsed and every 50 written by default.
 * A merge runs on the export worker (or in the CLI), where nothing else waits for the loop,
 * and yielding made it slower (10,000 rows in two parts, 758 pages: 3.2 s against 2.1-2.7 s).
 */
const AT_ONCE = Number.POSITIVE_INFINITY;

/** A printed part, parsed for mergeParts: parsed as soon as it is printed, while the other parts still print. */
export function readPart(pdf: Buffer): Promise<PDFDocument> {
  return PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: AT_ONCE });
}

/** The parts' pages in order as one PDF, numbered "Page X of Y". */
export async function mergeParts(parts: PDFDocument[]): Promise<Buffer> {
  const merged = parts[0]!; // keeps its document information: the title, the creator
  for (const part of parts.slice(1)) for (const page of await merged.copyPages(part, part.getPageIndices())) merged.addPage(page);
  const font = await merged.embedFont(StandardFonts.Helvetica);
  const pages = merged.getPages();
  pages.forEach((page, i) => number(merged, page, `Page ${i + 1} of ${pages.length}`, font));
  return Buffer.from(await merged.save({ useObjectStreams: false, objectsPerTick: AT_ONCE }));
}

/**
 * Draws `text` where Chromium draws the bottom-right margin box: its right edge at the side
 * margin, its middle in the foot margin. The content stream is written by hand rather than by
 * PDFPage.drawText, which compresses each page's few bytes of text with a fresh zlib state:
 * 758 pages, 1.3 s of the merge and most of its garbage collection.
 */
function number(doc: PDFDocument, page: PDFPage, text: string, font: PDFFont): void {
  page.node.normalize(); // the page's own content in q/Q, so that none of its graphics state carries over
  const key = page.node.newFontDictionary(font.name, font.ref);
  const x = page.getWidth() - SIDE - font.widthOfTextAtSize(text, SIZE);
  const y = FOOT / 2 - font.heightAtSize(SIZE, { descender: false }) / 2;
  const operators = `${GREY} rg BT ${key.toString()} ${SIZE} Tf ${x.toFixed(2)} ${y.toFixed(2)} Td ${font.encodeText(text).toString()} Tj ET`;
  page.node.addContentStream(doc.context.register(doc.context.stream(operators)));
}
