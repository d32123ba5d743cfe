import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBytes, importStores } from '../../electron/core/import/import-file.ts';
import { startSession, type Session } from '../helpers/browser.ts';
import { openDocument } from './workbench-flows.ts';

// Typing a value into the grid: a figure must never change silently (issue #12's rule, a reviewer's find).

let session: Session;
beforeAll(async () => {
  session = await startSession();
  const stores = importStores(session.service.workspace.db);
  importBytes(stores, Buffer.from('Vell Harbour results\n\nVell Harbour Group reported revenue of 9.287 billion yuan for 2024.\n'), 'vell.txt', null);
  importBytes(stores, Buffer.from('Kell port note\n\nKell Port Group handled 4.1 million TEU in 2024 and earned net profit of 812 million yuan.\n'), 'kell.txt', null);
});
afterAll(async () => { await session?.close(); });

const stored = () => (session.service.workspace.db.prepare("SELECT value FROM metrics WHERE label = 'revenue'").get() as { value: number }).value;

describe('a value typed into the grid', () => {
  it('is read as the grid shows it ("9.5 bn"), and text that is no figure is refused without touching the value', async () => {
    const page = await session.open();
    await openDocument(page, 'Vell Harbour results');
    const value = page.getByTestId('metrics-grid').locator('.ag-row').first().locator('[col-id="value"]');
    await expect.poll(() => value.textContent(), { timeout: 10_000 }).toBe('9.287 bn CNY');
    const edit = async (text: string) => {
      await value.dblclick();
      const input = page.locator('.ag-cell-inline-editing input');
      await input.waitFor();
      // The editor holds the figure as the cell shows it.
      expect(await input.inputValue()).toMatch(/ bn CNY$/u);
      await page.keyboard.press('Control+a');
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    };
    await edit('abc');
    const notice = page.getByRole('status').filter({ hasText: 'not saved' });
    await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toContain('that is not a figure');
    // The whole message shows, wrapped inside the grid's panel (it ran off the panel's left edge on one line).
    const [box, panel] = [(await notice.boundingBox())!, (await page.locator('.grid-panel').boundingBox())!];
    expect(box.x).toBeGreaterThanOrEqual(panel.x);
    expect(box.x + box.width).toBeLessThanOrEqual(panel.x + panel.width);
    await expect.poll(() => value.textContent()).toBe('9.287 bn CNY');
    expect(stored()).toBe(9_287_000_000);
    await edit('9.5 bn');
    await expect.poll(stored, { timeout: 10_000 }).toBe(9_500_000_000);
    await expect.poll(() => value.textContent()).toMatch(/9\.5 bn CNY$/u);
    // The refusal was about the earlier edit: the save that followed took it down (well before its 8 s).
    await expect.poll(() => notice.count(), { timeout: 2000 }).toBe(0);
    // Enter on the text as shown keeps the figure as stored.
    await value.dblclick();
    await page.locator('.ag-cell-inline-editing input').waitFor();
    await page.keyboard.press('Enter');
    expect(stored()).toBe(9_500_000_000);
    await page.close();
  });
});

describe('the inspector', () => {
  it('starts each metric with an empty tag box: what was typed for one, and its error, stay with it', async () => {
    const page = await session.open();
    await openDocument(page, 'Kell port note');
    const rows = page.getByTestId('metrics-grid').locator('.ag-row');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(2);
    await rows.nth(0).locator('[col-id="label"]').click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    const box = inspector.getByLabel('Tag the metric');
    await box.fill('a/ /b');
    await box.press('Enter');
    await inspector.getByRole('alert').filter({ hasText: 'tag' }).waitFor();
    await rows.nth(1).locator('[col-id="label"]').click();
    await expect.poll(() => inspector.locator('h2').textContent(), { timeout: 10_000 }).toBe('net profit');
    expect(await inspector.getByLabel('Tag the metric').inputValue()).toBe('');
    expect(await inspector.getByRole('alert').count()).toBe(0);
    await page.close();
  });

  it('says in a readable banner why an undo step was passed over, with a Dismiss button that shows', async () => {
    const page = await session.open();
    await openDocument(page, 'Kell port note');
    const id = session.service.call('metrics.page', { label: 'net profit' }).rows[0]!.id;
    session.service.call('metrics.delete', { id });
    session.service.call('trash.empty', {});
    await page.locator('.reader-head h1').click();
    await page.keyboard.press('Control+z');
    const banner = page.locator('.banner.error');
    await expect.poll(() => banner.textContent(), { timeout: 10_000 }).toContain('passed over');
    const colours = await banner.getByRole('button', { name: 'Dismiss' }).evaluate((el: unknown) => {
      const style = (el as { ownerDocument: { defaultView: { getComputedStyle(e: unknown): { color: string; backgroundColor: string } } } })
        .ownerDocument.defaultView.getComputedStyle(el);
      return [style.color, style.backgroundColor];
    });
    expect(colours[0]).not.toBe(colours[1]);
    await page.close();
  });
});
