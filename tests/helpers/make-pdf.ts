import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
/** Debian's Chromium, or $CHROMIUM_PATH (as the browser tests use). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Whether PDFs can be made here: Debian's Chromium prints them. */
export const canMakePdf = fs.existsSync(CHROMIUM);
export const hasQpdf = spawnSync('sh', ['-c', 'command -v qpdf']).status === 0;

/** Prints HTML of our own to a PDF with headless Chromium: the fixtures of the PDF tests. */
export function pdfFromHtml(html: string): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-make-pdf-'));
  try {
    const input = path.join(dir, 'in.html');
    const output = path.join(dir, 'out.pdf');
    fs.writeFileSync(input, html);
    execFileSync(CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--user-data-dir=${path.join(dir, 'profile')}`, '--no-pdf-header-footer', `--print-to-pdf=${output}`, pathToFileURL(input).href], { stdio: 'ignore', timeout: 60_000 });
    return fs.readFileSync(output);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The same PDF locked with a user password (qpdf). */
export function encryptPdf(pdf: Buffer): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-qpdf-'));
  try {
    fs.writeFileSync(path.join(dir, 'in.pdf'), pdf);
    execFileSync('qpdf', ['--encrypt', 'secret', 'owner-secret', '256', '--', path.join(dir, 'in.pdf'), path.join(dir, 'out.pdf')]);
    return fs.readFileSync(path.join(dir, 'out.pdf'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Whether LibreOffice is here to turn Word files into PDFs. */
export const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice']).status === 0;

/** A Word file (or spreadsheet) printed to PDF by LibreOffice, with its own throwaway profile. */
export function pdfFromOffice(bytes: Buffer, extension: 'docx' | 'xlsx'): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-soffice-'));
  try {
    const input = path.join(dir, `in.${extension}`);
    fs.writeFileSync(input, bytes);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`, '--convert-to', 'pdf', '--outdir', dir, input], { timeout: 120_000, stdio: 'ignore' });
    return fs.readFileSync(path.join(dir, 'in.pdf'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
