import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBytes, importStores } from '../../electron/core/import/import-file.ts';
import { checkNote } from '../helpers/fixtures.ts';
import { startSession, type Session } from '../helpers/browser.ts';
import { openDocument, shot } from './workbench-flows.ts';

// A reviewer's find: at 800 px the panels' minimum widths added up to 880, so the page scrolled
// sideways and cut off the status filter, "This document only", Export and Import corrections.

let session: Session;
beforeAll(async () => {
  session = await startSession();
  const record = fs.readFileSync(path.resolve(import.meta.dirname, '..', 'fixtures', 'ir-record.txt'));
  importBytes(importStores(session.service.workspace.db), record, 'ir-record.txt', null);
  // Two series over two periods each (a price, a revenue), so the chart offers a series picker.
  for (const name of ['daily-a.md', 'daily-b.md']) importBytes(importStores(session.service.workspace.db), checkNote(name), name, null);
  session.service.call('tags.create', { path: 'review/q1' });
  // A file named by a hash, with no source: the library shows its name, which has nowhere to break.
  importBytes(importStores(session.service.workspace.db), Buffer.from('Output was 5,700 t in 2024.\n'), '004_75f43f9496448163a1b2c3.txt', null);
});
afterAll(async () => { await session?.close(); });

/** Every control of the grid's two bars lies inside the window, whole. */
async function controlsInside(page: Page, width: number): Promise<void> {
  const toolbar = page.getByRole('toolbar', { name: 'Metrics grid tools' });
  const controls = [
    page.getByLabel('Quick filter metrics'), toolbar.getByLabel('Filter by status'), toolbar.getByLabel('Filter metrics by tag'),
    toolbar.getByText('This document only'), toolbar.getByRole('button', { name: 'Export' }), toolbar.getByRole('button', { name: 'Columns' }),
    page.getByRole('button', { name: 'Import corrections…' }), page.getByRole('radio', { name: 'Sheet' }),
  ];
  for (const control of controls) {
    const box = (await control.boundingBox({ timeout: 3000 }))!;
    expect(box.x, await control.evaluate((el: { outerHTML: string }) => el.outerHTML.slice(0, 80))).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
  }
}

describe('a narrow window', () => {
  it('fits the page at 800 × 700 with every grid control in view and rows to read, and still at 1024 and 1440', async () => {
    const page = await session.open();
    await page.setViewportSize({ width: 800, height: 700 });
    await openDocument(page, 'Baotou Lanthanum Works');
    const rows = page.getByTestId('metrics-grid').locator('.ag-row');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(800);
    await controlsInside(page, 800);
    // The grid keeps room for rows: its toolbar wraps to two lines at most.
    expect((await page.getByRole('toolbar', { name: 'Metrics grid tools' }).boundingBox())!.height).toBeLessThan(80);
    const grid = (await page.getByTestId('metrics-grid').boundingBox())!;
    const header = (await page.getByTestId('metrics-grid').locator('.ag-header-cell[col-id="label"]').boundingBox())!;
    expect(grid.y + grid.height - (header.y + header.height), 'room for six rows under the header').toBeGreaterThanOrEqual(6 * 28);
    expect(grid.x + grid.width).toBeLessThanOrEqual(800);
    // A long file name in the library wraps rather than scrolling the list sideways.
    const library = page.locator('.library ul');
    expect(await library.evaluate((el: { scrollWidth: number; clientWidth: number }) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await shot(page, 'narrow-800');
    for (const width of [1024, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      await expect.poll(() => page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
      await controlsInside(page, width);
      await shot(page, `narrow-${width}`);
    }
    await page.close();
  });

  it('shows the whole series name in the chart\'s series picker', async () => {
    const page = await session.open();
    await openDocument(page, 'Rare Earth Daily A');
    await page.getByLabel('This document only').uncheck();
    await page.getByRole('tab', { name: 'Chart' }).click();
    const picker = page.getByRole('region', { name: 'Chart' }).getByLabel('Series');
    await picker.waitFor({ timeout: 10_000 });
    // The select is at least as wide as the name it shows (its text measured in its own font) plus its arrow.
    const [shown, needed] = await picker.evaluate((el: unknown) => {
      const select = el as { clientWidth: number; options: Array<{ text: string }>; selectedIndex: number; ownerDocument: { createElement(t: string): { getContext(c: string): { font: string; measureText(t: string): { width: number } } }; defaultView: { getComputedStyle(e: unknown): { font: string } } } };
      const context = select.ownerDocument.createElement('canvas').getContext('2d');
      context.font = select.ownerDocument.defaultView.getComputedStyle(el).font;
      return [select.clientWidth, context.measureText(select.options[select.selectedIndex]!.text).width + 24];
    });
    expect(shown).toBeGreaterThanOrEqual(needed);
    await shot(page, 'chart-series-picker');
    await page.close();
  });
});
