import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { openWorkspace } from '../electron/core/db/workspace.ts';
import { Service } from '../electron/core/service.ts';
import { RENDERER_DIR, startServer } from '../electron/server.ts';
import { buildScaleWorkspace } from './scale-workspace.ts';

/*
 * The workbench at scale: a workspace of 1,000,000 passages and 1,000,000 metrics (1,000
 * documents of 1,000 each, generated once into .bench/ by scale-workspace.ts), then the
 * time to first rows, to sort and to filter through the service, the same for the period
 * sheet, and in Chromium the time until the grid shows every document's metrics and the
 * renderer's JavaScript heap after scrolling.
 */

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => void, times = 5): string {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    run();
    ms.push(performance.now() - started);
  }
  return `${median(ms).toFixed(0)} ms`;
}

export async function scaleBench(workDir: string): Promise<Record<string, string>> {
  // v2: 200 companies, 40 measures, months, quarters and years (v1 had 10 labels and no entities).
  const file = path.join(workDir, 'scale-1m-v2.assay');
  const marker = `${file}.complete`;
  let built = 'reused';
  if (!fs.existsSync(marker)) {
    for (const s of ['', '-wal', '-shm']) fs.rmSync(file + s, { force: true });
    built = `${(await buildScaleWorkspace(file)).toFixed(0)} s to generate`;
    fs.writeFileSync(marker, '');
  }
  const service = new Service(await openWorkspace(file));
  const info = service.call('workspace.info', {});
  const page = (query: object) => () => service.call('metrics.page', { startRow: 0, endRow: 100, ...query });
  const figures: Record<string, string> = {
    'workspace': `${info.documentCount.toLocaleString('en-US')} documents, ${info.passageCount.toLocaleString('en-US')} passages, 1,000,000 metrics, ${(fs.statSync(file).size / 1048576).toFixed(0)} MB (${built})`,
    'first 100 rows, document order': time(page({ sort: [{ column: 'position', direction: 'asc' }] })),
    'first 100 rows, sorted by value desc': time(page({ sort: [{ column: 'value', direction: 'desc' }] })),
    'first 100 rows, sorted by label': time(page({ sort: [{ column: 'label', direction: 'asc' }] })),
    'rows 500,000–500,100, document order': time(page({ startRow: 500_000, endRow: 500_100, sort: [{ column: 'position', direction: 'asc' }] })),
    'filter label contains "price"': time(page({ label: 'price', sort: [{ column: 'value', direction: 'desc' }] })),
    'filter status = verified': time(page({ status: ['verified'] })),
    'one document (reader follows)': time(page({ documentId: 500, sort: [{ column: 'position', direction: 'asc' }] })),
    ...sheetFigures(service),
  };
  Object.assign(figures, await browserFigures(service));
  service.workspace.db.close();
  return figures;
}

/** The period sheet through the service: the first 100 series with every column, sorted and filtered. */
function sheetFigures(service: Service): Record<string, string> {
  const first = service.call('metrics.sheet', {});
  const sheet = (query: object) => () => service.call('metrics.sheet', { startRow: 0, endRow: 100, ...query });
  return {
    'sheet: series and periods': `${first.total.toLocaleString('en-US')} series, ${first.periods.length} periods shown (${first.hiddenPeriods} older hidden)`,
    'sheet: first 100 series + periods': time(sheet({})),
    'sheet: sorted by entity': time(sheet({ sort: [{ column: 'entity', direction: 'asc' }] })),
    'sheet: sorted by sources desc': time(sheet({ sort: [{ column: 'sources', direction: 'desc' }] })),
    'sheet: filter label contains "price"': time(sheet({ label: 'price' })),
    'sheet: one document': time(sheet({ documentId: 500 })),
  };
}

/** In Chromium: time until the grid shows rows of every document, and the JS heap after scrolling. */
async function browserFigures(service: Service): Promise<Record<string, string>> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) return { 'renderer': 'not built (npm run build)' };
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(chromiumPath)) return { 'renderer': `no Chromium at ${chromiumPath}` };
  const server = await startServer({ service, staticDir: RENDERER_DIR });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const started = performance.now();
    await page.goto(server.launchUrl);
    await page.getByText('This document only').click();
    await page.locator('.toolbar .count').filter({ hasText: '1,000,000 metrics' }).waitFor({ timeout: 60_000 });
    await page.locator('.ag-row').first().waitFor();
    const firstRows = performance.now() - started;
    const sortStarted = performance.now();
    const response = page.waitForResponse((r) => r.url().includes('metrics.page'));
    await page.locator('.ag-header-cell[col-id="value"]').click();
    await response;
    await page.locator('.ag-row').first().waitFor();
    const sorted = performance.now() - sortStarted;
    const viewport = page.locator('.ag-body-vertical-scroll-viewport');
    for (let i = 0; i < 20; i++) {
      await viewport.evaluate((el, y) => { (el as unknown as { scrollTop: number }).scrollTop = y; }, (i + 1) * 20_000);
      await page.waitForTimeout(100);
    }
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    return {
      'browser: open to first rows of all metrics': `${firstRows.toFixed(0)} ms`,
      'browser: sort by value': `${sorted.toFixed(0)} ms`,
      'browser: renderer JS heap after scrolling 400,000 rows': `${(heap.usedSize / 1048576).toFixed(1)} MB`,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
