import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBytes, importStores } from '../../electron/core/import/import-file.ts';
import { fixture } from '../helpers/fixtures.ts';
import { startSession, type Session } from '../helpers/browser.ts';
import { openDocument, shot } from './workbench-flows.ts';

// Bulk review, TSV copy and saved views (issue #14), driven as an analyst would.

let session: Session;
beforeAll(async () => {
  session = await startSession();
  importBytes(importStores(session.service.workspace.db), fixture('ir-record.txt'), 'ir-record.txt', null);
});
afterAll(async () => { await session?.close(); });

const glyphs = (page: Page) => page.getByTestId('metrics-grid').locator('.ag-row .status-glyph')
  .evaluateAll((els) => els.map((el) => (el as unknown as { dataset: { status: string } }).dataset.status));

async function openRecord(): Promise<Page> {
  const page = await session.open();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(session.server.launchUrl).origin });
  await openDocument(page, 'Baotou Lanthanum Works');
  await page.getByTestId('metrics-grid').locator('.ag-row').nth(4).waitFor();
  return page;
}

const cell = (page: Page, row: number) => page.getByTestId('metrics-grid').locator(`.ag-row[row-index="${row}"] [col-id="label"]`);

describe('bulk review in the grid', () => {
  it('Shift-click selects a run of rows, V verifies them all, and one undo takes it all back', async () => {
    const page = await openRecord();
    const grid = page.getByTestId('metrics-grid');
    const top = (await grid.boundingBox())!.y;
    await cell(page, 0).click();
    await cell(page, 3).click({ modifiers: ['Shift'] });
    await page.getByText('4 metrics selected').waitFor();
    // The bulk bar takes the hint's place: the grid does not move down under the pointer.
    expect((await grid.boundingBox())!.y).toBe(top);
    // And the List | Sheet switch keeps its size beside it.
    expect((await page.getByRole('radiogroup', { name: 'Show the metrics as' }).boundingBox())!.width).toBeGreaterThan(60);
    await shot(page, 'bulk-selected');
    await page.keyboard.press('v');
    await page.getByText('4 metrics marked verified').waitFor();
    await expect.poll(async () => (await glyphs(page)).slice(0, 5)).toEqual(['verified', 'verified', 'verified', 'verified', 'unreviewed']);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await glyphs(page)).slice(0, 4)).toEqual(['unreviewed', 'unreviewed', 'unreviewed', 'unreviewed']);
    await page.close();
  });

  it('Ctrl-click adds and removes single rows; the bar tags and deletes the selection', async () => {
    const page = await openRecord();
    const tag = session.service.call('tags.create', { path: 'bulk/checked', color: null });
    await page.reload();
    await page.getByTestId('metrics-grid').locator('.ag-row').nth(4).waitFor();
    await cell(page, 1).click();
    await cell(page, 2).click({ modifiers: ['Control'] });
    await cell(page, 4).click({ modifiers: ['Control'] });
    await page.getByText('3 metrics selected').waitFor();
    // Every control of the bar can be clicked: none is clipped or covered by the toolbar's other buttons.
    const bar = page.getByRole('toolbar', { name: 'Selected metrics' });
    const onTop = (el: unknown) => {
      type Box = { x: number; y: number; width: number; height: number };
      const node = el as { getBoundingClientRect(): Box; ownerDocument: { elementFromPoint(x: number, y: number): { closest(s: string): unknown } | null } };
      const r = node.getBoundingClientRect();
      return node.ownerDocument.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.closest('button, select') === el;
    };
    for (const control of await bar.locator('button, select').all()) expect(await control.evaluate(onTop), (await control.textContent()) ?? undefined).toBe(true);
    await cell(page, 2).click({ modifiers: ['Control'] });
    await page.getByText('2 metrics selected').waitFor();
    await page.getByLabel('Tag the selected metrics').selectOption(`add:${tag.id}`);
    await page.getByText('2 metrics tagged').waitFor();
    expect(session.service.call('metrics.page', { tagId: tag.id }).total).toBe(2);
    const before = session.service.call('metrics.page', {}).total;
    await page.getByRole('toolbar', { name: 'Selected metrics' }).getByRole('button', { name: 'Delete' }).click();
    await page.getByText('2 metrics moved to the trash').waitFor();
    expect(session.service.call('metrics.page', {}).total).toBe(before - 2);
    await page.keyboard.press('Control+z');
    await expect.poll(() => session.service.call('metrics.page', {}).total).toBe(before);
    await page.close();
  });

  it('Ctrl-A selects every metric the filter matches and Ctrl-C copies them as TSV for Excel', async () => {
    const page = await openRecord();
    const total = session.service.call('metrics.page', { documentId: session.service.call('documents.list', {})[0]!.id }).total;
    await cell(page, 0).click();
    // The click's own selection lands first: under load it could come after Ctrl-A's and narrow it to the rows.
    await page.getByTestId('metrics-grid').locator('.ag-row-selected[row-index="0"]').waitFor();
    await page.keyboard.press('Control+a');
    await page.getByText(`All ${total} metrics selected`).waitFor();
    await page.keyboard.press('Control+c');
    await page.getByText(`Copied ${total} rows as TSV`).waitFor();
    const text = await page.evaluate('navigator.clipboard.readText()') as string;
    const lines = text.split('\n');
    expect(lines).toHaveLength(total + 1);
    expect(lines[0]!.split('\t').slice(0, 4)).toEqual(['Label', 'Entity', 'Value', 'Unit']);
    expect(lines.slice(1).every((l) => l.split('\t').length === lines[0]!.split('\t').length)).toBe(true);
    await page.close();
  });
  it('Ctrl-A pressed in the same instant as the click still selects every metric', async () => {
    const page = await openRecord();
    const total = session.service.call('metrics.page', { documentId: session.service.call('documents.list', {})[0]!.id }).total;
    // The grid tells of the click's selection a moment later (its events are asynchronous); a quick
    // hand's Ctrl-A lands first, and the late news of the click must not narrow the selection to one row.
    await cell(page, 0).evaluate((el) => {
      type Events = { MouseEvent: new (type: string, init: object) => Event; KeyboardEvent: new (type: string, init: object) => Event };
      const dom = globalThis as unknown as Events;
      const target = el as unknown as EventTarget;
      const at = { bubbles: true, cancelable: true, view: globalThis };
      for (const type of ['mousedown', 'mouseup', 'click']) target.dispatchEvent(new dom.MouseEvent(type, at));
      target.dispatchEvent(new dom.KeyboardEvent('keydown', { ...at, key: 'a', ctrlKey: true }));
    });
    await page.getByText(`All ${total} metrics selected`).waitFor();
    await page.waitForTimeout(300);
    expect(await page.getByText(`All ${total} metrics selected`).isVisible()).toBe(true);
    await page.close();
  });
});

describe('saved views', () => {
  it('saves a filter under a name and restores it after the filters were cleared', async () => {
    const page = await openRecord();
    await page.getByLabel('Filter by status').selectOption('to-review');
    await page.getByLabel('Quick filter metrics').fill('revenue');
    const count = page.locator('.toolbar .count');
    const documentId = session.service.call('documents.list', {})[0]!.id;
    const n = session.service.call('metrics.page', { documentId, quick: 'revenue', status: ['unreviewed', 'disputed'] }).total;
    const filtered = `${n} metric${n === 1 ? '' : 's'}`;
    await expect.poll(() => count.textContent()).toBe(filtered);
    await page.getByRole('button', { name: 'Views ▾' }).click();
    await page.getByLabel('Name for this view').fill('Revenue to review');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: 'View: Revenue to review ▾' }).waitFor();
    // The button says how the grid stands: moved from the view, then out of it once every filter is cleared.
    await page.getByLabel('Filter by status').selectOption('');
    await page.getByRole('button', { name: 'View: Revenue to review (modified) ▾' }).waitFor();
    await page.getByLabel('Quick filter metrics').fill('');
    await expect.poll(() => count.textContent()).not.toBe(filtered);
    await page.getByRole('button', { name: 'Views ▾' }).waitFor();
    expect(await page.getByRole('button', { name: /^View: /u }).count()).toBe(0);
    await page.getByRole('button', { name: 'Views ▾' }).click();
    await page.getByRole('menuitem', { name: 'Revenue to review' }).click();
    await expect.poll(() => count.textContent()).toBe(filtered);
    await page.getByRole('button', { name: 'View: Revenue to review ▾' }).waitFor();
    // Filtering back to the view by hand is being in it again; a sort moves the grid from it.
    await page.getByLabel('Quick filter metrics').fill('');
    await page.getByLabel('Filter by status').selectOption('');
    await page.getByRole('button', { name: 'Views ▾' }).waitFor();
    await page.getByLabel('Filter by status').selectOption('to-review');
    await page.getByLabel('Quick filter metrics').fill('revenue');
    await page.getByRole('button', { name: 'View: Revenue to review ▾' }).waitFor();
    await page.locator('.ag-header-cell[col-id="value"] .ag-header-cell-label').click();
    await page.getByRole('button', { name: 'View: Revenue to review (modified) ▾' }).waitFor();
    await shot(page, 'views-modified');
    await page.locator('.ag-header-cell[col-id="value"] .ag-header-cell-label').click();
    await page.locator('.ag-header-cell[col-id="value"] .ag-header-cell-label').click();
    await page.getByRole('button', { name: 'View: Revenue to review ▾' }).waitFor();
    expect(await page.getByLabel('Quick filter metrics').inputValue()).toBe('revenue');
    expect(await page.getByLabel('Filter by status').inputValue()).toBe('to-review');
    expect(session.service.call('views.list', {}).map((v) => v.name)).toEqual(['Revenue to review']);
    await page.close();
  });
});

describe('the library', () => {
  it('renames a document in place: F2 or a double-click, Enter saves, Escape cancels, an empty title is refused', async () => {
    const page = await openRecord();
    const item = page.getByRole('option').filter({ hasText: 'Baotou Lanthanum Works' });
    await item.focus();
    await page.keyboard.press('F2');
    const box = page.getByLabel('Document title');
    await box.fill('Baotou IR record, 14 May 2025');
    await page.keyboard.press('Escape');
    await expect.poll(() => box.count()).toBe(0);
    expect(await item.locator('.doc-title').textContent()).toContain('Baotou Lanthanum Works');
    await item.locator('.doc-title').dblclick();
    await box.fill('   ');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'A title cannot be empty' }).waitFor();
    await box.fill('Baotou IR record, 14 May 2025');
    await page.keyboard.press('Enter');
    await page.getByRole('option').filter({ hasText: 'Baotou IR record, 14 May 2025' }).waitFor();
    await expect.poll(() => page.locator('.reader-head h1').textContent()).toBe('Baotou IR record, 14 May 2025');
    const [doc] = session.service.call('documents.list', {});
    expect(doc!.title).toBe('Baotou IR record, 14 May 2025');
    await page.close();
  });
});

/** Scrolls the grid's body to its last row (ag-grid's scrolling element has no stable class name). */
async function scrollGridToEnd(page: Page): Promise<void> {
  await page.getByTestId('metrics-grid').evaluate((el) => {
    type Box = { scrollHeight: number; clientHeight: number; scrollTop: number };
    const boxes = [...(el as unknown as { querySelectorAll(s: string): Iterable<Box> }).querySelectorAll('.ag-root *')];
    const body = boxes.find((b) => b.scrollHeight > b.clientHeight + 1000);
    if (body) body.scrollTop = body.scrollHeight;
  });
}

describe('past the first block of rows', () => {
  let big: Session;
  beforeAll(async () => {
    big = await startSession();
    const lines = Array.from({ length: 450 }, (_, i) => `Kiln ${i + 1} produced ${(20_000 + i).toLocaleString('en-US')} mt of clinker in May.`);
    importBytes(importStores(big.service.workspace.db), Buffer.from(`Kiln Log\n\n${lines.join('\n\n')}\n`), 'kiln-log.txt', null);
  });
  afterAll(async () => { await big?.close(); });

  /** Opens the long log and chooses the row at `row` with a click. */
  async function openLogAtRow(row: number) {
    const page = await big.open();
    await openDocument(page, 'Kiln Log');
    const grid = page.getByTestId('metrics-grid');
    await grid.locator(`.ag-row[row-index="${row}"] [col-id="label"]`).click();
    await grid.locator(`.ag-row-selected[row-index="${row}"]`).waitFor();
    return { page, grid };
  }

  it('stays where the analyst scrolled when the next rows load, a row chosen above', async () => {
    const { page, grid } = await openLogAtRow(3);
    await scrollGridToEnd(page);
    await grid.locator('.ag-row[row-index="440"] [col-id="label"]').filter({ hasText: /\S/u }).waitFor();
    // The block that just loaded used to scroll the grid back to the chosen row.
    await page.waitForTimeout(500);
    expect(await grid.locator('.ag-row[row-index="440"]').isVisible()).toBe(true);
    expect(await grid.locator('.ag-row-selected[row-index="3"]').count()).toBe(1);
    await page.close();
  });

  it('shows the rows loaded after Ctrl-A as selected too', async () => {
    const { page, grid } = await openLogAtRow(0);
    await page.keyboard.press('Control+a');
    await page.getByText(/^All 4\d\d metrics selected$/u).waitFor();
    // The grid loads 200 rows at a time: the last ones arrive only when scrolled to.
    await scrollGridToEnd(page);
    const last = grid.locator('.ag-row[row-index="440"]');
    await last.waitFor();
    await expect.poll(() => last.getAttribute('class')).toMatch(/ag-row-selected/u);
    await shot(page, 'all-matching-scrolled');
    await page.close();
  });
});
