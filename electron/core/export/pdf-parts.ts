import os from 'node:os';
import type { ExportData } from './collect.ts';
import { blocksToHtml, blocksToHtmlParts, htmlBlocks } from './html.ts';
import { countRows } from './html-parts.ts';
import { mergeParts, readPart } from './pdf-merge.ts';
import { CHUNK_ROWS, LANDSCAPE_COLUMNS, LARGE_ROWS, htmlToPdf, openTab, prepareTab, printTab, withChromium } from './pdf.ts';
import { preparePage } from './print-page.ts';

/*
 * Chromium lays out and paints a document on one thread of one renderer, and lays out every
 * page before painting any, so a large export keeps one core busy while the others wait.
 * Past LARGE_ROWS (where in-page links and tags are already dropped, so nothing points from
 * one part into another) the export is cut into a document per core, printed in tabs of the
 * same browser at once, and merged (pdf-merge.ts). `npm run bench -- --only export` on a shared
 * two-core machine (load average 2-5), 10,000 rows with notes, alternating runs: 15.5-16.8 s
 * whole, 12.9-13.5 s in two parts, for more CPU in all (23-24.5 s against 20-21.5 s: the merge,
 * a second page loaded). The price in the file: each part but the last ends on a part-filled
 * page, so a cut can add a page (757 pages whole, 758 in two parts).
 */

/** One part per core, but no more than four: each part ends on a page of its own, part-filled. */
const PARTS = Math.min(4, os.availableParallelism());

/** Options for tests: LARGE_ROWS and the number of parts. */
export interface PdfLimits { largeRows: number; parts: number }

/** An export as PDF: one document printed whole, or past LARGE_ROWS, parts printed at once and merged. */
export function toPdf(data: ExportData, limits: PdfLimits = { largeRows: LARGE_ROWS, parts: PARTS }): Promise<Buffer> {
  const doc = htmlBlocks(data);
  if (limits.parts < 2 || countRows(doc.blocks) <= limits.largeRows) return htmlToPdf(blocksToHtml(doc), limits.largeRows);
  const parts = blocksToHtmlParts(doc, limits.parts);
  if (parts.length < 2) return htmlToPdf(parts[0]!, limits.largeRows);
  return printParts(parts);
}

/**
 * Prints the parts in tabs at once: every tab is prepared first, so that all are printed on
 * pages of one orientation (a part of sources alone has no table to make it landscape); no
 * part has in-page links or tags or page numbers (the merge numbers the pages). A part is
 * parsed for the merge as soon as it is printed, while the others still print.
 */
async function printParts(parts: Buffer[]): Promise<Buffer> {
  const printed = await withChromium(parts, async (browser, urls) => {
    const tabs = await Promise.all(urls.map((url) => openTab(browser, url)));
    // Every part is past LARGE_ROWS as a whole, however few rows it has (-1: links go even from a part without a table).
    const pages = await Promise.all(tabs.map((tab) => prepareTab(browser, tab, preparePage(CHUNK_ROWS, -1, false))));
    const landscape = pages.some((page) => page.columns >= LANDSCAPE_COLUMNS);
    return Promise.all(tabs.map(async (tab) => readPart(await printTab(browser, tab, { landscape, tagged: false }))));
  });
  return mergeParts(printed);
}
