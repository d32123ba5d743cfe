import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AssayError } from '../../../shared/errors.ts';
import { CdpPipe } from './cdp-pipe.ts';
import { preparePage, type PrintedPage } from './print-page.ts';

/** Where Chromium or Chrome usually lives; ASSAY_CHROMIUM names another. */
const CANDIDATES = [
  '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

/**
 * Network, extensions and background services off: the page is a local file that may request nothing.
 * Headless Chromium 156 also loads two omnibox pop-ups (WebUI pages in their own renderer) that a print
 * never shows; they took 0.5-2 s of CPU from the print on a loaded two-core machine. Unknown names are ignored.
 */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup,PreloadTopChromeWebUI'];

const TIMEOUT_MS = 120_000;

/** A table with this many columns or more is printed on landscape pages (all six: metric, value, change, period, status, tags). */
export const LANDSCAPE_COLUMNS = 6;

/**
 * Past this many table rows a PDF is printed for speed: the numbered citations do not jump to
 * their source and the file has no accessibility tags. In-page links cost Chromium a check of every
 * link target on every page (10,000 rows: 8 s more CPU on 757 pages, growing with their product);
 * links back into Assay cost nothing measurable and stay. Tags make the file ten times larger.
 */
export const LARGE_ROWS = 2000;

/** Rows per table when printing: Chromium lays out and paginates short tables much faster than one long one. */
export const CHUNK_ROWS = 250;

/*
 * Until printing starts the page is not shown, so Chromium never lays it out for the screen
 * (seconds for a large export, thrown away when printing lays it out again). Printing itself
 * first lays the print styles out at the window's size, unpaginated, and then again in pages:
 * the window is made wider than any printed page can be (A4 landscape is 1,123 CSS px, twice
 * that when Chromium shrinks wide content to fit), so that first layout finds nothing to lay out.
 * 10,000 rows: 19 s of the renderer's CPU down to 11 s.
 */
const WINDOW_WIDTH = 4000;
const HIDDEN_ON_SCREEN = '<style>@media screen, print and (min-width: 3000px) { body { display: none } }</style>';

export function findChromium(): string {
  const named = process.env.ASSAY_CHROMIUM;
  if (named) {
    if (fs.existsSync(named)) return named;
    throw new AssayError('NO_CHROMIUM', `ASSAY_CHROMIUM names ${named}, which does not exist. Point it at a Chromium or Chrome executable.`);
  }
  const found = CANDIDATES.find((c) => fs.existsSync(c));
  if (!found) throw new AssayError('NO_CHROMIUM', 'PDF export needs Chromium or Chrome and found neither. Install one, or set ASSAY_CHROMIUM to its path; HTML export needs nothing.');
  return found;
}

/**
 * Prints a self-contained HTML export to PDF with headless Chromium, driven over the DevTools
 * protocol (the desktop app, browser mode and the CLI alike): A4, the running title and
 * "Page X of Y" in the margins, no row split across pages, landscape when a table is wide.
 * Gives up after two minutes. `largeRows` is LARGE_ROWS but for tests.
 */
export function htmlToPdf(html: Buffer, largeRows = LARGE_ROWS): Promise<Buffer> {
  return withChromium([html], async (browser, [url]) => {
    const tab = await openTab(browser, url!);
    const page = await prepareTab(browser, tab, preparePage(CHUNK_ROWS, largeRows));
    return printTab(browser, tab, { landscape: page.columns >= LANDSCAPE_COLUMNS, tagged: page.rows <= largeRows });
  });
}

/**
 * Writes `documents` to a temporary directory, starts Chromium, and runs `work` with the browser
 * and the documents' addresses; then closes the browser and removes the directory, whatever
 * happens. The browser is killed after two minutes.
 */
export async function withChromium<T>(documents: Buffer[], work: (browser: CdpPipe, urls: string[]) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-pdf-'));
  const urls = documents.map((html, i) => {
    const input = path.join(dir, `report-${i}.html`);
    fs.writeFileSync(input, html.toString('utf8').replace('</head>', `${HIDDEN_ON_SCREEN}</head>`));
    return pathToFileURL(input).href;
  });
  const browser = new CdpPipe(findChromium(), [...FLAGS, `--user-data-dir=${path.join(dir, 'profile')}`, 'about:blank']);
  const timer = setTimeout(() => browser.destroy(), TIMEOUT_MS);
  try {
    return await work(browser, urls);
  } finally {
    clearTimeout(timer);
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Opens `url` in a new tab, as wide as WINDOW_WIDTH, and resolves with the tab's session once it has loaded. */
export async function openTab(browser: CdpPipe, url: string): Promise<string> {
  const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = (await browser.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
  await browser.send('Page.enable', {}, sessionId);
  await browser.send('Emulation.setDeviceMetricsOverride', { width: WINDOW_WIDTH, height: 1000, deviceScaleFactor: 1, mobile: false }, sessionId);
  const loaded = browser.event('Page.loadEventFired', sessionId);
  await browser.send('Page.navigate', { url }, sessionId);
  await loaded;
  return sessionId;
}

/** Runs a preparePage expression (print-page.ts) in the tab and resolves with what it reports. */
export async function prepareTab(browser: CdpPipe, tab: string, expression: string): Promise<PrintedPage> {
  const { result } = (await browser.send('Runtime.evaluate', { expression, returnByValue: true }, tab)) as { result: { value: PrintedPage } };
  return result.value;
}

/** Prints the tab on A4 and reads the PDF back as a stream (it can be tens of MB). */
export async function printTab(browser: CdpPipe, tab: string, options: { landscape: boolean; tagged: boolean }): Promise<Buffer> {
  const { stream } = (await browser.send('Page.printToPDF', {
    paperWidth: 8.27, paperHeight: 11.69, landscape: options.landscape, printBackground: true,
    generateTaggedPDF: options.tagged, transferMode: 'ReturnAsStream',
  }, tab)) as { stream: string };
  return readStream(browser, stream, tab);
}

async function readStream(browser: CdpPipe, handle: string, sessionId: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (;;) {
    const chunk = (await browser.send('IO.read', { handle, size: 4 << 20 }, sessionId)) as { data: string; base64Encoded?: boolean; eof: boolean };
    parts.push(Buffer.from(chunk.data, chunk.base64Encoded ? 'base64' : 'utf8'));
    if (chunk.eof) break;
  }
  await browser.send('IO.close', { handle }, sessionId);
  return Buffer.concat(parts);
}
