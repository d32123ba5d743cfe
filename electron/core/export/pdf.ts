import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AssayError } from '../../../shared/errors.ts';

/** Where Chromium or Chrome usually lives; ASSAY_CHROMIUM names another. */
const CANDIDATES = [
  '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

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
 * Prints a self-contained HTML export to PDF with headless Chromium (browser mode and the
 * CLI; the desktop app uses Electron's printToPDF). Network and extensions are off.
 */
export async function htmlToPdf(html: Buffer): Promise<Buffer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-pdf-'));
  try {
    const input = path.join(dir, 'report.html');
    const output = path.join(dir, 'report.pdf');
    fs.writeFileSync(input, html);
    await new Promise<void>((resolve, reject) => {
      execFile(findChromium(), [
        '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--disable-extensions', `--user-data-dir=${path.join(dir, 'profile')}`, '--no-pdf-header-footer', `--print-to-pdf=${output}`, pathToFileURL(input).href,
      ], { timeout: 120_000 }, (error) => (error && !fs.existsSync(output) ? reject(new AssayError('PDF_FAILED', `Chromium could not print the PDF: ${error.message}`)) : resolve()));
    });
    return fs.readFileSync(output);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
