import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

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
/** #6b6f76. */
const GREY = rgb(0x6b / 255, 0x6f / 255, 0x76 / 255);

/*
 * pdf-lib hands the event loop back every 100 objects parsed and every 50 written by default;
 * a merge runs on the export worker (or in the CLI), where nothing else waits for the loop, and yielding made
 * it slower (10,000 rows in two parts, 758 pages: 3.2 s against 2.1-2.7 s).
 */
const AT_ONCE = Number.POSITIVE_INFINITY;

/** The parts' pages in order as one PDF, numbered "Page X of Y". */
export async function mergePdfs(parts: Buffer[]): Promise<Buffer> {
  const [first, ...rest] = await Promise.all(parts.map((part) => PDFDocument.load(part, { updateMetadata: false, parseSpeed: AT_ONCE })));
  const merged = first!;
  for (const part of rest) for (const page of await merged.copyPages(part, part.getPageIndices())) merged.addPage(page);
  const font = await merged.embedFont(StandardFonts.Helvetica);
  const pages = merged.getPages();
  pages.forEach((page, i) => number(page, `Page ${i + 1} of ${pages.length}`, font));
  return Buffer.from(await merged.save({ useObjectStreams: false, objectsPerTick: AT_ONCE }));
}

/** Draws `text` where Chromium draws the bottom-right margin box: its right edge at the side margin, its middle in the foot margin. */
function number(page: PDFPage, text: string, font: PDFFont): void {
  const { width } = page.getSize();
  const y = FOOT / 2 - font.heightAtSize(SIZE, { descender: false }) / 2;
  page.drawText(text, { x: width - SIDE - font.widthOfTextAtSize(text, SIZE), y, size: SIZE, font, color: GREY });
}
