import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBytes, importStores } from '../../electron/core/import/import-file.ts';
import { startSession, type Session } from '../helpers/browser.ts';
import { openDocument, shot } from './workbench-flows.ts';

// Defects a reviewer found in a working day in the workbench, each driven as the analyst met it.

const HOLLIN = `Hollin Copper monthly output

Hollin Copper produced 1,100 mt of cathode in January 2025.

Hollin Copper produced 1,200 mt of cathode in February 2025.

Hollin Copper produced 1,300 mt of cathode in March 2025.

Hollin Copper produced 1,400 mt of cathode in April 2025.

Hollin Copper produced 1,500 mt of cathode in May 2025.

Hollin Copper produced 1,600 mt of cathode in June 2025.
`;

const FERROW = `Ferrow Nickel quarterly note

Ferrow Nickel sold 310 mt of nickel in Q1 2025.

Ferrow Nickel sold 320 mt of nickel in Q2 2025.

Ferrow Nickel sold 330 mt of nickel in Q3 2025.
`;

const PELL = `Pell Cobalt first-quarter results

Pell Cobalt reported revenue of 9.287 billion yuan in Q1 2025.

Pell Cobalt reported revenue of 8.1 billion yuan in Q4 2024.
`;

let session: Session;
beforeAll(async () => {
  session = await startSession();
  const stores = importStores(session.service.workspace.db);
  importBytes(stores, Buffer.from(HOLLIN), 'hollin.txt', null);
  importBytes(stores, Buffer.from(FERROW), 'ferrow.txt', null);
  importBytes(stores, Buffer.from(PELL), 'pell.txt', null);
});
afterAll(async () => { await session?.close(); });

const grid = (page: Page) => page.getByTestId('metrics-grid');
const rowAt = (page: Page, index: number) => grid(page).locator(`.ag-row[row-index="${index}"]`);
/** The row-index of every selected row. */
const selectedRows = (page: Page) => grid(page).locator('.ag-row-selected').evaluateAll((els) => els.map((el) => Number((el as unknown as { getAttribute(name: string): string | null }).getAttribute('row-index'))).sort());

async function openHollin(): Promise<Page> {
  const page = await session.open();
  await openDocument(page, 'Hollin Copper monthly output');
  await rowAt(page, 5).waitFor();
  return page;
}

describe('the grid\'s cursor', () => {
  it('is one for J, K and the arrow keys: J J J then ↓ selects the fifth row, and V verifies that row', async () => {
    const page = await openHollin();
    await rowAt(page, 0).locator('[col-id="label"]').click();
    for (let i = 0; i < 3; i++) await page.keyboard.press('j');
    await expect.poll(() => selectedRows(page)).toEqual([3]);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => selectedRows(page)).toEqual([4]);
    await page.keyboard.press('v');
    await expect.poll(() => rowAt(page, 4).locator('.status-glyph').getAttribute('data-status'), { timeout: 10_000 }).toBe('verified');
    expect(await grid(page).locator('.status-glyph[data-status="verified"]').count()).toBe(1);
    // The status reloads the rows; the keyboard stays on the selected row, so ↓ goes on from it.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => selectedRows(page)).toEqual([5]);
    for (let i = 0; i < 3; i++) await page.keyboard.press('k');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => selectedRows(page)).toEqual([1]);
    await expect.poll(() => page.getByRole('complementary', { name: 'Inspector' }).locator('.quote mark').textContent(), { timeout: 10_000 }).toBe('1,200 mt');
    await shot(page, 'review-cursor');
    await page.close();
  });
});

describe('the inspector', () => {
  it('lets go of a metric deleted in bulk: no Verify for a metric in the trash, and no call for it', async () => {
    const page = await session.open();
    const missing: string[] = [];
    page.on('response', (r) => { if (r.status() === 404) missing.push(`${r.url()} ${r.request().postData() ?? ''}`); });
    await openDocument(page, 'Ferrow Nickel quarterly note');
    await rowAt(page, 2).waitFor();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await rowAt(page, 0).locator('[col-id="label"]').click();
    await expect.poll(() => inspector.locator('.quote mark').textContent(), { timeout: 10_000 }).toBe('310 mt');
    await rowAt(page, 1).locator('[col-id="label"]').click({ modifiers: ['Shift'] });
    await page.getByText('2 metrics selected').waitFor();
    await page.keyboard.press('Delete');
    await page.getByText('2 metrics moved to the trash').waitFor();
    await expect.poll(() => grid(page).locator('.ag-row').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => inspector.textContent()).toBe('Select a metric in the grid or a figure in the reader.');
    expect(await inspector.getByRole('radio', { name: /verified/u }).count()).toBe(0);
    await page.waitForLoadState('networkidle');
    expect(missing).toEqual([]);
    await shot(page, 'review-bulk-delete');
    // Undo brings them back, and the inspector shows the metric the undo names.
    await page.locator('.wordmark').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => grid(page).locator('.ag-row').count(), { timeout: 10_000 }).toBe(3);
    await page.close();
  });
});

describe('a metric\'s history', () => {
  it('names fields in words and shows figures as the grid does, not 9287000000 → 9300000000, 150000000000000000 or periodLabel', async () => {
    const [revenue] = session.service.call('metrics.page', { quick: 'Pell 9.287' }).rows;
    session.service.call('metrics.update', { id: revenue!.id, patch: { value: 9_300_000_000 } });
    session.service.call('metrics.update', { id: revenue!.id, patch: { value: 1.5e17 } });
    session.service.call('metrics.update', { id: revenue!.id, patch: { value: 9_300_000_000, periodLabel: null } });
    const page = await session.open();
    await openDocument(page, 'Pell Cobalt first-quarter results');
    await grid(page).locator('.ag-row').filter({ hasText: '9.3 bn CNY' }).locator('[col-id="label"]').click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    const history = inspector.locator('details').filter({ hasText: 'History' });
    await history.locator('summary').click();
    const lines = (await history.locator('li').allTextContents()).map((l) => l.replace(/^\S+ \S+\s+/u, ''));
    expect(lines).toEqual([
      'period as written: Q1 2025 → —',
      'value: 150,000 tn CNY → 9.3 bn CNY',
      'value: 9.3 bn CNY → 150,000 tn CNY',
      'value: 9.287 bn CNY → 9.3 bn CNY',
    ]);
    const original = inspector.locator('details').filter({ hasText: 'Extracted original' });
    await original.locator('summary').click();
    expect(await original.textContent()).toContain('value9.287 bn CNY');
    expect(await original.textContent()).toContain('period as writtenQ1 2025');
    await shot(page, 'review-history');
    await page.close();
  });
});

describe('a reload', () => {
  it('keeps the analyst\'s place: the reader\'s document and "This document only"', async () => {
    const page = await session.open();
    const follow = page.getByLabel('This document only');
    const count = page.locator('.toolbar .count');
    // Hollin is not the newest import, which the workbench opens on at first.
    await openDocument(page, 'Hollin Copper monthly output');
    await expect.poll(() => count.textContent(), { timeout: 10_000 }).toBe('6 metrics');
    await follow.uncheck();
    const all = session.service.call('metrics.page', {}).total;
    await expect.poll(() => count.textContent(), { timeout: 10_000 }).toBe(`${all} metrics`);
    const pages: unknown[] = [];
    page.on('request', (r) => { if (r.url().endsWith('/api/metrics.page')) pages.push(JSON.parse(r.postData() ?? '{}')); });
    await page.reload();
    await page.locator('.reader-head h1').filter({ hasText: 'Hollin Copper monthly output' }).waitFor();
    await expect.poll(() => count.textContent(), { timeout: 10_000 }).toBe(`${all} metrics`);
    // The grid's first page is still asked for once, for every document (#19).
    await page.waitForLoadState('networkidle');
    expect(pages).toEqual([{ sort: [{ column: 'position', direction: 'asc' }], startRow: 0, endRow: 200 }]);
    expect(await follow.isChecked()).toBe(false);
    expect(await page.getByRole('listbox', { name: 'Documents' }).getByRole('option', { selected: true }).textContent()).toContain('Hollin Copper monthly output');
    await shot(page, 'review-after-reload');
    await follow.check();
    await openDocument(page, 'Ferrow Nickel quarterly note');
    await page.reload();
    await page.locator('.reader-head h1').filter({ hasText: 'Ferrow Nickel quarterly note' }).waitFor();
    expect(await follow.isChecked()).toBe(true);
    await expect.poll(() => count.textContent(), { timeout: 10_000 }).toBe(`${session.service.call('metrics.page', { documentId: session.service.call('documents.list', {}).find((d) => d.title.startsWith('Ferrow'))!.id }).total} metrics`);
    await page.close();
  });
});
