import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBytes, importStores } from '../../electron/core/import/import-file.ts';
import { checkNote } from '../helpers/fixtures.ts';
import { startSession, type Session } from '../helpers/browser.ts';
import { shot } from './workbench-flows.ts';

// The period sheet (issue #14): series by periods, each value one click from its sentence.

const QUARTERS = `Otterby Mining quarterly results

Otterby Mining reported operating revenue of 1.20 billion yuan in Q1 2024.

Otterby Mining reported operating revenue of 1.35 billion yuan in Q4 2024.

Otterby Mining reported operating revenue of 1.50 billion yuan in Q1 2025.
`;

let session: Session;
beforeAll(async () => {
  session = await startSession();
  const stores = importStores(session.service.workspace.db);
  for (const name of ['daily-a.md', 'daily-b.md', 'daily-c.md']) importBytes(stores, checkNote(name), name, null);
  importBytes(stores, Buffer.from(QUARTERS), 'otterby-quarters.txt', null);
});
afterAll(async () => { await session?.close(); });

async function openSheet(): Promise<Page> {
  const page = await session.open();
  await page.getByText('This document only').click();
  await page.getByRole('radio', { name: 'Sheet' }).click();
  await page.getByTestId('period-sheet').locator('.ag-row').first().waitFor();
  return page;
}

const row = (page: Page, words: string) => page.getByTestId('period-sheet').locator('.ag-row').filter({ hasText: words });

describe('the period sheet', () => {
  it('shows series by periods; a value opens its sentence in the reader and the inspector', async () => {
    const page = await openSheet();
    await shot(page, 'sheet-light-1280');
    // The leftmost period shown is whole: it starts at the pinned columns' edge, not cut under them.
    const sheet = page.getByTestId('period-sheet');
    type Boxed = { getBoundingClientRect(): { left: number; right: number } };
    const pinnedRight = await sheet.locator('.ag-header-cell[col-id="unit"]').evaluate((el) => (el as unknown as Boxed).getBoundingClientRect().right);
    const starts = await sheet.locator('.ag-header-cell[col-id*=":"]').evaluateAll((els) => els.map((el) => (el as unknown as Boxed).getBoundingClientRect().left));
    expect(starts.filter((x) => x > pinnedRight - 100 && x < pinnedRight - 1)).toEqual([]);
    const otterby = row(page, 'Otterby Mining').first();
    await expect.poll(() => otterby.locator('.sheet-value').allTextContents()).toEqual(['1.2 bn', '1.35 bn', '1.5 bn']);
    const headers = await page.getByTestId('period-sheet').locator('.ag-header-cell-text').allTextContents();
    expect(headers).toEqual(expect.arrayContaining(['Series', '1Q24', '4Q24', '1Q25']));
    expect(headers.indexOf('1Q24')).toBeLessThan(headers.indexOf('1Q25'));
    await otterby.getByRole('button', { name: /1\.5 bn/u }).click();
    await expect.poll(() => page.getByRole('complementary', { name: 'Inspector' }).locator('.quote mark').textContent()).toBe('1.50 billion yuan');
    await expect.poll(() => page.locator('.reader-head h1').textContent()).toContain('Otterby Mining quarterly results');
    await page.close();
  });

  it('marks a value stated by two sources that disagree, and one the analyst edited', async () => {
    const a = session.service.call('metrics.page', { document: 'Daily A', label: 'operating revenue' }).rows[0]!;
    session.service.call('metrics.update', { id: a.id, patch: { value: 9_300_000_000 } });
    const page = await openSheet();
    const price = row(page, 'Pr-Nd oxide').first();
    await price.waitFor();
    const marked = page.getByTestId('period-sheet').locator('.sheet-value.conflict');
    await expect.poll(() => marked.count()).toBeGreaterThan(0);
    expect(await marked.first().locator('.sources').textContent()).toMatch(/^×[2-9]$/u);
    await expect.poll(() => page.getByTestId('period-sheet').locator('.sheet-value.edited').count()).toBe(1);
    await shot(page, 'sheet-marks');
    session.service.call('edits.undo', {});
    await page.close();
  });

  it('derives Q/Q and Y/Y where both periods exist, and keeps the choice of view in a saved view', async () => {
    const page = await openSheet();
    await page.getByLabel('Q/Q and Y/Y').check();
    const otterby = row(page, 'Otterby Mining').first();
    const q1 = '2025-01-01/2025-03-31';
    const text = (colId: string) => otterby.locator(`[col-id="${colId}"]`).textContent();
    await expect.poll(() => text(`qoq:${q1}`)).toBe('+11.1%');
    expect(await text(`yoy:${q1}`)).toBe('+25%');
    expect(await text('yoy:2024-10-01/2024-12-31')).toBe('');
    await shot(page, 'sheet-derived');
    await page.getByRole('button', { name: 'Views ▾' }).click();
    await page.getByLabel('Name for this view').fill('Quarterly sheet');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('radio', { name: 'List' }).click();
    await page.getByTestId('metrics-grid').locator('.ag-row').first().waitFor();
    await page.getByRole('button', { name: 'View: Quarterly sheet (modified) ▾' }).click();
    await page.getByRole('menuitem', { name: 'Quarterly sheet' }).click();
    await page.getByTestId('period-sheet').waitFor();
    await page.close();
  });

  it('opens on the newest periods filling the room, with no blank after them (Q/Q and Y/Y at 1440 × 900)', async () => {
    for (const [width, height] of [[1440, 900], [1280, 800]]) {
      const page = await session.open();
      await page.setViewportSize({ width, height });
      await page.getByLabel('Quick filter metrics').fill('Otterby');
      await page.getByText('This document only').click();
      await page.getByRole('radio', { name: 'Sheet' }).click();
      await page.getByLabel('Q/Q and Y/Y').check();
      const sheet = page.getByTestId('period-sheet');
      await sheet.getByText('1 series × 3 periods').waitFor();
      await row(page, 'Otterby Mining').first().waitFor();
      type Boxed = { getBoundingClientRect(): { left: number; right: number } };
      type Attributed = { getAttribute(name: string): string | null };
      // The cells of the scrolling part that show, and the part's own edges.
      const shown = async () => {
        // From the pinned columns' right edge to the grid's (ag-grid 36 scrolls pinned and other columns in one viewport).
        const left = await sheet.locator('.ag-header-cell[col-id="unit"]').evaluate((el) => (el as unknown as Boxed).getBoundingClientRect().right);
        const right = await sheet.locator('.ag-grid-viewport').evaluate((el) => {
          const box = el as unknown as Boxed & { clientWidth: number };
          return box.getBoundingClientRect().left + box.clientWidth;
        });
        const cells = await sheet.locator('.ag-header-cell[col-id*=":"]').evaluateAll((els) => els.map((el) => {
          const r = (el as unknown as Boxed).getBoundingClientRect();
          return { id: (el as unknown as Attributed).getAttribute('col-id'), left: r.left, right: r.right };
        }));
        return { left, right, cells: cells.filter((c) => c.right > left + 1 && c.left < right - 1) };
      };
      await expect.poll(async () => (await shown()).cells.map((c) => c.id)).toEqual(['p:2025-01-01/2025-03-31', 'qoq:2025-01-01/2025-03-31', 'yoy:2025-01-01/2025-03-31']);
      const { left, right, cells } = await shown();
      // The newest quarter whole, from the pinned columns' edge to the sheet's right edge: no blank gutter.
      expect(Math.abs(cells[0]!.left - left)).toBeLessThanOrEqual(1);
      expect(Math.abs(cells[cells.length - 1]!.right - right)).toBeLessThanOrEqual(1);
      expect(await row(page, 'Otterby Mining').first().locator('.sheet-value').last().isVisible()).toBe(true);
      await shot(page, `sheet-derived-${width}`);
      await page.close();
    }
  });

  it('exports the sheet as XLSX, the only format it offers', async () => {
    const page = await openSheet();
    await page.getByRole('button', { name: 'Export' }).click();
    expect(await page.getByRole('menu', { name: 'Export as' }).getByRole('menuitem').allTextContents()).toEqual(['Excel (XLSX)']);
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Excel (XLSX)' }).click();
    const file = path.join(path.dirname(session.workspacePath), 'sheet.xlsx');
    await (await download).saveAs(file);
    expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    await page.close();
  });

  it('looks right in dark mode at 1440 × 900', async () => {
    const page = await session.open({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByText('This document only').click();
    await page.getByRole('radio', { name: 'Sheet' }).click();
    await page.getByTestId('period-sheet').locator('.ag-row').first().waitFor();
    await shot(page, 'sheet-dark-1440');
    await page.close();
  });
});
