import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBytes, importStores } from '../../electron/core/import/import-file.ts';
import { fixture } from '../helpers/fixtures.ts';
import { startSession, type Session } from '../helpers/browser.ts';
import { findInGrid, openDocument, shot } from './workbench-flows.ts';

// Defects an analyst hit in a working day in the grid (issue #14), each driven as a person would.

let session: Session;
beforeAll(async () => {
  session = await startSession();
  const stores = importStores(session.service.workspace.db);
  importBytes(stores, fixture('ir-record.txt'), 'ir-record.txt', null);
  importBytes(stores, Buffer.from('Otterby smelter output\n\nCathode output was 5,700 mt in March 2025, against 5,700 mt in February 2025.\n'), 'otterby.txt', null);
});
afterAll(async () => { await session?.close(); });

/** Opens the two-figure Otterby note in a new page and waits for both of its rows. */
async function openOtterby(): Promise<{ page: Page; rows: Locator }> {
  const page = await session.open();
  await openDocument(page, 'Otterby smelter output');
  const rows = page.getByTestId('metrics-grid').locator('.ag-row');
  await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(2);
  return { page, rows };
}

describe('the grid from the keyboard and the mouse', () => {
  it('never types a status key into a cell: Enter shows the row, R rejects it, F2 edits', async () => {
    const page = await session.open();
    await openDocument(page, 'Baotou Lanthanum Works');
    await findInGrid(page, 'operating revenue', '2.31 billion yuan');
    const row = page.locator('.ag-row-selected');
    await row.locator('[col-id="label"]').click();
    await page.keyboard.press('Enter');
    expect(await page.locator('.ag-cell-inline-editing').count()).toBe(0);
    await page.keyboard.press('r');
    await expect.poll(() => row.locator('.status-glyph').getAttribute('data-status'), { timeout: 10_000 }).toBe('rejected');
    expect(await row.locator('[col-id="label"]').textContent()).toBe('operating revenue');
    await page.keyboard.press('Backspace');
    expect(await page.locator('.ag-cell-inline-editing').count()).toBe(0);
    expect(await row.locator('[col-id="label"]').textContent()).toBe('operating revenue');
    await page.keyboard.press('F2');
    await page.locator('.ag-cell-inline-editing').waitFor();
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('moves a splitter as far as the pointer moves, without selecting text', async () => {
    const page = await session.open();
    await openDocument(page, 'Baotou Lanthanum Works');
    const splitter = page.getByRole('separator', { name: 'Resize the library' });
    const before = (await splitter.boundingBox())!;
    const [x, y] = [before.x + before.width / 2, before.y + 200];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 200, y + 40, { steps: 20 });
    await page.mouse.up();
    const after = (await splitter.boundingBox())!;
    expect(after.x - before.x).toBeGreaterThan(190);
    expect(after.x - before.x).toBeLessThan(210);
    expect(await page.evaluate('window.getSelection().toString()')).toBe('');
    await page.close();
  });

  it('shows an edit made in a cell in the inspector at once, and quotes the figure\'s own place in its sentence', async () => {
    const { page, rows } = await openOtterby();
    const second = rows.filter({ hasText: 'Feb' }).first();
    await second.locator('[col-id="label"]').click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    // The sentence states 5,700 mt twice: February's figure is the second.
    await expect.poll(() => inspector.locator('.quote').innerHTML(), { timeout: 10_000 }).toContain('against <mark>5,700 mt</mark>');
    await page.keyboard.press('F2');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('cathode output, February');
    await page.keyboard.press('Enter');
    await expect.poll(() => inspector.locator('h2').textContent(), { timeout: 10_000 }).toBe('cathode output, February');
    // The audit mark: the grid's figure and the inspector say it was edited, and what was extracted.
    const original = await inspector.getByRole('note', { name: 'Edited by the analyst' }).textContent();
    expect(original).toMatch(/^✎ Edited; extracted: label “.+”$/u);
    await expect.poll(() => second.locator('[col-id="label"] .audit-mark').getAttribute('aria-label')).toBe(original!.slice(2));
    // The mark sits on the field edited: the label's cell, not the value's (nor the period's or the entity's).
    expect(await second.locator('.audit-mark').count()).toBe(1);
    expect(await rows.filter({ hasNotText: 'February' }).locator('.audit-mark').count()).toBe(0);
    await page.close();
  });

  it('closes the column menu on Escape and on a click outside it', async () => {
    const page = await session.open();
    await openDocument(page, 'Otterby smelter output');
    const columns = page.getByRole('button', { name: 'Columns' });
    await columns.click();
    await page.getByRole('menu').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'detached' });
    await columns.click();
    await page.getByRole('menu').getByRole('menuitemcheckbox', { name: /Kind/u }).click();
    expect(await page.getByRole('menu').count()).toBe(1);
    await page.locator('.reader-head h1').click();
    await page.getByRole('menu').waitFor({ state: 'detached' });
    await page.close();
  });

  it('shows a column filter as a chip that removes it, and says when filters hide every metric', async () => {
    const { page, rows } = await openOtterby();
    await page.locator('.ag-header-cell[col-id="period"]').hover();
    await page.locator('.ag-header-cell[col-id="period"] .ag-header-cell-menu-button, .ag-header-cell[col-id="period"] .ag-header-cell-filter-button').first().click();
    await page.locator('.ag-filter input').first().fill('2099');
    const chips = page.getByRole('group', { name: 'Active filters' });
    await expect.poll(() => chips.textContent(), { timeout: 10_000 }).toContain('Period contains “2099”');
    await expect.poll(() => chips.getByRole('status').textContent()).toBe('The filters hide every metric.');
    await page.keyboard.press('Escape');
    await shot(page, 'grid-filter-chips');
    await chips.getByRole('button', { name: 'Remove the Period filter' }).click();
    await chips.waitFor({ state: 'detached' });
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(2);
    await page.close();
  });

  it('moves between panels with F6, through the grid with J and K, and through the library with the arrows', async () => {
    const { page } = await openOtterby();
    const within = (selector: string) => page.evaluate(`Boolean(document.activeElement?.closest(${JSON.stringify(selector)}))`);
    await page.locator('.wordmark').click();
    await page.keyboard.press('F6');
    expect(await within('nav[aria-label="Library"]')).toBe(true);
    await page.keyboard.press('F6');
    expect(await within('article.reader')).toBe(true);
    await page.keyboard.press('F6');
    expect(await within('[data-testid="metrics-grid"]')).toBe(true);
    await page.keyboard.press('F6');
    expect(await within('[role="tablist"][aria-label="Details"]')).toBe(true);
    await page.keyboard.press('Shift+F6');
    expect(await within('[data-testid="metrics-grid"]')).toBe(true);

    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await page.keyboard.press('j');
    await expect.poll(() => inspector.locator('.quote').innerHTML(), { timeout: 10_000 }).toContain('was <mark>5,700 mt</mark>');
    await page.keyboard.press('j');
    await expect.poll(() => inspector.locator('.quote').innerHTML(), { timeout: 10_000 }).toContain('against <mark>5,700 mt</mark>');
    await page.keyboard.press('k');
    await expect.poll(() => inspector.locator('.quote').innerHTML(), { timeout: 10_000 }).toContain('was <mark>5,700 mt</mark>');

    const options = page.getByRole('listbox', { name: 'Documents' }).getByRole('option');
    await options.first().focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe(await options.nth(1).textContent());
    await page.close();
  });

  it('keeps the grid\'s toolbar on one line at 1280 × 800 once a tag exists, and the page never scrolls sideways', async () => {
    session.service.call('tags.create', { path: 'review/q1' });
    const page = await session.open();
    await page.setViewportSize({ width: 1280, height: 800 });
    await openDocument(page, 'Otterby smelter output');
    const toolbar = page.getByRole('toolbar', { name: 'Metrics grid tools' });
    await toolbar.getByLabel('Filter metrics by tag').waitFor();
    expect((await toolbar.boundingBox())!.height).toBeLessThan(48);
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await shot(page, 'grid-toolbar-1280');
    // On a 1024-pixel screen the grid gives way to the reader instead of running off the window.
    await page.setViewportSize({ width: 1024, height: 700 });
    await expect.poll(() => page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    const grid = (await page.getByTestId('metrics-grid').boundingBox())!;
    expect(grid.x + grid.width).toBeLessThanOrEqual(1024);
    await shot(page, 'grid-toolbar-1024');
    await page.close();
  });

  it('shows label, value, status, change, period and entity at 1280 × 800 without scrolling, the period compact with its dates in a tooltip', async () => {
    const { page } = await openOtterby();
    await page.setViewportSize({ width: 1280, height: 800 });
    const grid = page.getByTestId('metrics-grid');
    const box = (await grid.boundingBox())!;
    for (const column of ['label', 'value', 'status', 'change', 'period', 'entity']) {
      const header = (await grid.locator(`.ag-header-cell[col-id="${column}"]`).boundingBox())!;
      expect(header.x + header.width, column).toBeLessThanOrEqual(box.x + box.width + 1);
    }
    // Labels stay readable: the label column keeps at least 150 px.
    expect((await grid.locator('.ag-header-cell[col-id="label"]').boundingBox())!.width).toBeGreaterThanOrEqual(150);
    const period = grid.locator('.ag-row').first().locator('[col-id="period"] span');
    expect(await period.textContent()).toBe('Mar 2025');
    expect(await period.getAttribute('title')).toContain('2025-03-01 – 2025-03-31');
    expect(await grid.locator('.ag-row').first().locator('.status-glyph').getAttribute('aria-label')).toBe('unreviewed');
    // No figure or period is cut short with an ellipsis, prices with their units included.
    await openDocument(page, 'Baotou Lanthanum Works');
    await expect.poll(() => grid.locator('.ag-row').filter({ hasText: '452,000' }).count(), { timeout: 10_000 }).toBe(1);
    // A price on a day reads "30 Apr 25", the ISO date in its tooltip.
    const day = grid.locator('.ag-row').filter({ hasText: '452,000' }).locator('[col-id="period"] span');
    expect(await day.textContent()).toBe('30 Apr 25');
    expect(await day.getAttribute('title')).toContain('2025-04-30');
    for (const column of ['value', 'period']) {
      const cut = await page.evaluate(`[...document.querySelectorAll('[data-testid="metrics-grid"] .ag-row [col-id="${column}"]')]
        .filter((c) => c.scrollWidth > c.clientWidth).length`);
      expect(cut, column).toBe(0);
    }
    await shot(page, 'grid-columns-1280');
    await page.close();
  });

  it('shows values at a chosen scale (k, mn, bn), remembered, with percentages left alone', async () => {
    const page = await session.open();
    await openDocument(page, 'Baotou Lanthanum Works');
    const revenue = page.getByTestId('metrics-grid').locator('.ag-row').filter({ hasText: 'operating revenue' }).first();
    await expect.poll(() => revenue.locator('[col-id="value"]').textContent(), { timeout: 10_000 }).toBe('2.31 bn CNY');
    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByLabel('Show values in').selectOption('mn');
    await expect.poll(() => revenue.locator('[col-id="value"]').textContent()).toBe('2,310 mn CNY');
    await page.reload();
    await openDocument(page, 'Baotou Lanthanum Works');
    await expect.poll(() => revenue.locator('[col-id="value"]').textContent(), { timeout: 10_000 }).toBe('2,310 mn CNY');
    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByLabel('Show values in').selectOption('auto');
    await expect.poll(() => revenue.locator('[col-id="value"]').textContent()).toBe('2.31 bn CNY');
    await page.close();
  });

  it('shows the document chosen last when the library is clicked faster than a document loads', async () => {
    const page = await session.open();
    await openDocument(page, 'Otterby smelter output');
    // The first document's passages answer slowly, as a long document's do; the second is chosen meanwhile.
    let slow = true;
    await page.route('**/api/passages.list', async (route) => {
      if (slow && route.request().postData()?.includes(`"documentId":${session.service.call('documents.resolve', { ref: 'ir-record.txt' }).id}`)) {
        slow = false;
        await new Promise((done) => setTimeout(done, 800));
      }
      await route.continue();
    });
    await page.getByRole('option').filter({ hasText: 'Baotou Lanthanum Works' }).click();
    await page.getByRole('option').filter({ hasText: 'Otterby smelter output' }).click();
    await page.waitForTimeout(1200);
    await expect.poll(() => page.locator('.reader-head h1').textContent()).toContain('Otterby smelter output');
    await expect.poll(() => page.locator('.reader').getByText('Cathode output was').count()).toBe(1);
    expect(await page.locator('.reader').getByText('Baotou Lanthanum Works replied').count()).toBe(0);
    await page.close();
  });

  it('sorts the library by date, title or source, and says when a document has no date', async () => {
    importBytes(importStores(session.service.workspace.db), Buffer.from('Undated memo\n\nStocks stood at 1,200 t.\n'), 'memo.txt', null);
    const page = await session.open();
    const documents = page.getByRole('listbox', { name: 'Documents' });
    const titles = () => documents.locator('.doc-title').allTextContents();
    await page.getByLabel('Sort documents').selectOption('imported');
    await expect.poll(async () => (await titles()).map((t) => t.slice(0, 8)), { timeout: 10_000 }).toEqual(['Undated ', 'Otterby ', 'Baotou L']);
    await page.getByLabel('Sort documents').selectOption('title');
    await expect.poll(async () => (await titles()).map((t) => t.slice(0, 8)), { timeout: 10_000 }).toEqual(['Baotou L', 'Otterby ', 'Undated ']);
    await page.getByLabel('Sort documents').selectOption('date');
    await expect.poll(async () => (await titles()).map((t) => t.slice(0, 8)), { timeout: 10_000 }).toEqual(['Baotou L', 'Otterby ', 'Undated ']);
    expect(await documents.getByRole('option', { name: /Undated memo/u }).locator('.doc-meta').textContent()).toBe('No date · memo.txt');
    await page.reload();
    expect(await page.getByLabel('Sort documents').inputValue()).toBe('date');
    await page.close();
  });
});
