import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from '../helpers/browser.ts';
import { pdfFromHtml } from '../helpers/make-pdf.ts';
import { REPORT_HTML } from '../helpers/report-html.ts';
import { prose, writePdf } from '../helpers/write-pdf.ts';
import os from 'node:os';
import { importThroughChooser, openDocument, shot } from './workbench-flows.ts';

let session: Session;
let file: string;
beforeAll(async () => {
  session = await startSession();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-pdf-e2e-'));
  file = path.join(dir, 'northwind-annual-report.pdf');
  fs.writeFileSync(file, pdfFromHtml(REPORT_HTML));
});
afterAll(async () => { await session?.close(); fs.rmSync(path.dirname(file), { recursive: true, force: true }); });

describe('a PDF in the workbench', () => {
  it('imports through the file chooser, shows page numbers and the table, and cites the page', async () => {
    const page = await session.open();
    await importThroughChooser(page, [file]);
    await openDocument(page, 'Northwind Metals Annual Report 2024');
    await expect.poll(() => page.locator('.passage.new-page').evaluateAll((els: unknown[]) => els.map((e) => (e as { getAttribute(name: string): string | null }).getAttribute('data-page'))), { timeout: 10_000 }).toEqual(['p. 1', 'p. 2']);
    const table = page.locator('.passage.table table');
    expect(await table.locator('tr').nth(1).locator('td').allTextContents()).toEqual(['Operating revenue', '9,287', '5,760']);
    await page.getByLabel('Quick filter metrics').fill('Net profit');
    await page.locator('.ag-row').filter({ hasText: '612 mn CNY' }).first().click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await expect.poll(() => inspector.locator('.facts').textContent(), { timeout: 10_000 }).toContain(', p. 1, passage');
    expect(await inspector.locator('.facts').textContent()).toContain('2023');
    expect(await page.locator('.passage.table mark.figure.selected').textContent()).toBe('612');
    await page.getByRole('button', { name: 'Figure 9,287' }).click();
    await expect.poll(() => inspector.locator('h2').textContent(), { timeout: 10_000 }).toBe('Operating revenue');
    await shot(page, 'pdf-reader');

    // The page itself, drawn by pdf.js, with the selected figure boxed where it is printed.
    const problems: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text().slice(0, 200)); });
    await page.getByRole('button', { name: 'Show the PDF page' }).click();
    const sheet = page.getByRole('complementary', { name: 'Page 1 of the PDF' });
    await expect.poll(() => sheet.locator('.pdf-head').textContent(), { timeout: 15_000 }).toContain('Page 1 of 2');
    const mark = sheet.getByTestId('pdf-mark');
    await mark.first().waitFor({ timeout: 15_000 });
    const box = (await mark.first().boundingBox())!;
    expect(box.width).toBeGreaterThan(5);
    expect(box.height).toBeGreaterThan(5);
    expect(await sheet.locator('canvas').evaluate((c: unknown) => (c as { width: number }).width)).toBeGreaterThan(300);
    await shot(page, 'pdf-page');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('brings a figure selected with the page pinned open into view below the page, not under it', async () => {
    const filler = 'The separation plant ran through the quarter while the tailings study went on, and the board met twice to review the budget for the coming year.';
    // On page 6 the figure is printed near the foot of the page, below what the page panel shows at first.
    const pages = Array.from({ length: 8 }, (_, k) => ({ runs: [
      ...prose(`${filler} ${filler} ${filler}`, { x: 56, top: 120, chars: 90 }),
      ...(k === 5 ? prose(`${filler} Oxide output reached 7,350 mt in the quarter.`, { x: 56, top: 790, chars: 90 }) : []),
    ] }));
    const long = path.join(path.dirname(file), 'quarterly-letter.pdf');
    fs.writeFileSync(long, writePdf(pages, 'Quarterly letter to shareholders'));
    const page = await session.open();
    await importThroughChooser(page, [long]);
    await openDocument(page, 'Quarterly letter');
    await page.getByRole('button', { name: 'Show the PDF page' }).click();
    await page.getByLabel('Quick filter metrics').fill('7,350');
    // Click the row once the filter has run, not a row the grid is about to replace.
    await expect.poll(() => page.locator('.toolbar .count').textContent(), { timeout: 10_000 }).toBe('1 metric');
    await page.locator('.ag-row').filter({ hasText: '7,350 t' }).first().click();
    const sheet = page.getByRole('complementary', { name: 'Page 6 of the PDF' });
    await sheet.getByTestId('pdf-mark').first().waitFor({ timeout: 15_000 });
    const figure = page.locator('mark.figure.selected');
    const belowSheet = async () => {
      const [f, s] = [await figure.boundingBox(), await sheet.boundingBox()];
      return Boolean(f && s && f.y >= s.y + s.height - 2 && f.y + f.height <= 800);
    };
    await expect.poll(belowSheet, { timeout: 10_000 }).toBe(true);
    // The panel scrolls to the box on the page.
    const boxed = async () => {
      const [m, s] = [await sheet.getByTestId('pdf-mark').first().boundingBox(), await sheet.boundingBox()];
      return Boolean(m && s && m.y >= s.y && m.y + m.height <= s.y + s.height);
    };
    await expect.poll(boxed, { timeout: 10_000 }).toBe(true);
    await shot(page, 'pdf-page-pinned');
    await page.close();
  });
});
