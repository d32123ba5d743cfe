import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openWorkspace } from '../electron/core/db/workspace.ts';
import { importBytesAsync, importStores } from '../electron/core/import/import-file.ts';
import { parseAnyDocument } from '../electron/core/ingest/parse-any.ts';
import { checkPdfStreams } from '../electron/core/ingest/pdf/stream-check.ts';
import { prose, writePdf, type Page, type Run } from '../tests/helpers/write-pdf.ts';
import { random } from './random.ts';

/*
 * PDF import speed: a 300-page report, compressed as real PDFs are, each page a heading, two
 * columns of prose with figures, and a statement without rules. Measures the bomb check,
 * pdf.js plus layout, and a whole import into a workspace (extraction and storage included).
 */

const PAGES = 300;

function report(): Buffer {
  const next = random(7);
  const figure = () => Math.round(1000 + next() * 9000).toLocaleString('en-US');
  const sentence = (k: number) => `Plant ${k} produced ${figure()} mt of separated oxide in the quarter, up ${(next() * 40).toFixed(1)}% on a year earlier, while cash costs held near ${figure()} yuan per tonne.`;
  const pages: Page[] = [];
  for (let p = 0; p < PAGES; p++) {
    const text = (n: number) => Array.from({ length: n }, (_, k) => sentence(p * 100 + k)).join(' ');
    const row = (label: string, top: number): Run[] => [{ text: label, x: 40, top, size: 8 }, ...[470, 550].map((x) => ({ text: figure(), x, top, size: 8, right: true }))];
    pages.push({ runs: [
      { text: `Operations review ${p + 1}`, x: 40, top: 100, size: 16, bold: true },
      ...prose(text(6), { x: 40, top: 130, chars: 48, leading: 11, size: 9 }),
      ...prose(text(6), { x: 310, top: 130, chars: 48, leading: 11, size: 9 }),
      { text: 'RMB million', x: 40, top: 560, size: 8 }, { text: '2024', x: 470, top: 560, size: 8, right: true, bold: true }, { text: '2023', x: 550, top: 560, size: 8, right: true, bold: true },
      ...['Revenue', 'Cost of sales', 'Gross profit', 'Distribution costs', 'Administrative expenses', 'Operating profit'].flatMap((label, k) => row(label, 574 + k * 12)),
    ] });
  }
  return writePdf(pages, 'Bench report', { deflate: true });
}

export async function pdfBench(workDir: string): Promise<Record<string, string>> {
  const pdf = report();
  let started = performance.now();
  checkPdfStreams(pdf, 'bench.pdf');
  const check = performance.now() - started;
  started = performance.now();
  const parsed = await parseAnyDocument(pdf, 'bench.pdf');
  const parse = (performance.now() - started) / 1000;
  const ws = await openWorkspace(path.join(workDir, `pdf-bench-${Date.now()}.assay`));
  started = performance.now();
  const outcome = await importBytesAsync(importStores(ws.db), pdf, 'bench.pdf', null);
  const imported = (performance.now() - started) / 1000;
  ws.db.close();
  const tables = parsed.passages.filter((p) => p.kind === 'table').length;
  return {
    file: `${PAGES} pages, ${(pdf.length / 1e6).toFixed(1)} MB compressed, ${(parsed.text.length / 1e6).toFixed(2)} M characters, ${tables} tables found`,
    'bomb check': `${check.toFixed(0)} ms`,
    'read (pdf.js + layout)': `${parse.toFixed(2)} s, ${(PAGES / parse).toFixed(0)} pages/s`,
    'import (read, extract, store)': `${imported.toFixed(2)} s, ${(PAGES / imported).toFixed(0)} pages/s, ${'metrics' in outcome ? outcome.metrics.toLocaleString('en-US') : '?'} metrics`,
  };
}
