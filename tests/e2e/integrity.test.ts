import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBytes, importStores } from '../../electron/core/import/import-file.ts';
import { startSession, type Session } from '../helpers/browser.ts';
import { openDocument, shot, startReport } from './workbench-flows.ts';

// What the workbench says when a figure is not what it was: a reviewer's finds on a fresh clone.

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => { await session?.close(); });

const inspectorOf = (page: Awaited<ReturnType<Session['open']>>) => page.getByRole('complementary', { name: 'Inspector' });

describe('a verified figure a new version no longer states', () => {
  it('is marked in the grid and explained in the inspector, not shown as current', async () => {
    const stores = importStores(session.service.workspace.db);
    const v1 = 'Rare earths weekly: NdPr holds\n\nMP Materials sold 597 t of NdPr oxide in Q2 2025, its sales team said.\n';
    const first = importBytes(stores, Buffer.from(v1), 'weekly.txt', null);
    if (first.status === 'failed') throw new Error(first.error);
    const sold = session.service.call('metrics.page', { documentId: first.documentId }).rows.find((r) => r.value === 597)!;
    session.service.call('metrics.update', { id: sold.id, patch: { status: 'verified' } });
    expect(importBytes(stores, Buffer.from(v1.replace('597 t', '600 t')), 'weekly.txt', null).status).toBe('new-version');

    const page = await session.open();
    await openDocument(page, 'Rare earths weekly');
    const row = page.getByTestId('metrics-grid').locator('.ag-row').filter({ hasText: '597 t' });
    await row.waitFor({ timeout: 10_000 });
    expect(await row.locator('[col-id="check"] [title]').getAttribute('title')).toContain('not in the current version');
    await row.locator('[col-id="label"]').click();
    const notice = inspectorOf(page).getByRole('note', { name: 'Not in the current version' });
    await notice.waitFor({ timeout: 10_000 });
    const text = await notice.textContent();
    expect(text).toContain('is not in the current version of “Rare earths weekly: NdPr holds” (version 2)');
    expect(text).toContain('the quote below is from version 1');
    expect(text).toContain('Add metric');
    expect(await notice.isVisible()).toBe(true);
    // Its passage is in version 1, which the reader does not show: no link that would go nowhere.
    expect(await inspectorOf(page).getByRole('button', { name: 'Open passage' }).count()).toBe(0);
    await shot(page, 'integrity-orphaned-metric');
    // The figure the current version states is there as itself, with nothing to warn of.
    await page.getByTestId('metrics-grid').locator('.ag-row').filter({ hasText: '600 t' }).locator('[col-id="label"]').click();
    await expect.poll(() => inspectorOf(page).locator('.big-value').textContent(), { timeout: 10_000 }).toBe('600 t');
    expect(await inspectorOf(page).getByRole('note', { name: 'Not in the current version' }).count()).toBe(0);
    await page.close();
  });
});

describe('a value typed into the grid', () => {
  it('is kept digit for digit, and one a figure cannot hold exactly, or past any real amount, is refused in words', async () => {
    const stores = importStores(session.service.workspace.db);
    importBytes(stores, Buffer.from('Orrin Mining results\n\nOrrin Mining reported revenue of 9.287 billion yuan for 2024.\n'), 'orrin.txt', null);
    const stored = () => (session.service.workspace.db.prepare("SELECT value FROM metrics WHERE entity = 'Orrin Mining'").get() as { value: number }).value;
    const page = await session.open();
    await openDocument(page, 'Orrin Mining results');
    const value = page.getByTestId('metrics-grid').locator('.ag-row').first().locator('[col-id="value"]');
    await expect.poll(() => value.textContent(), { timeout: 10_000 }).toBe('9.287 bn CNY');
    const edit = async (text: string) => {
      await value.dblclick();
      await page.locator('.ag-cell-inline-editing input').waitFor();
      await page.keyboard.press('Control+a');
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    };
    const notice = page.getByRole('status').filter({ hasText: 'not saved' });
    await edit('1,234,567,890,123.4567');
    await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toContain('has 17 significant digits, more than a figure keeps exactly (15)');
    expect(stored()).toBe(9_287_000_000);
    await edit('99999999999999999999999999 bn');
    await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toContain('more than 10^18 (a billion billion)');
    expect(stored()).toBe(9_287_000_000);
    await edit('1,234,567,890,123.45');
    await expect.poll(stored, { timeout: 10_000 }).toBe(1_234_567_890_123.45);
    await page.close();
  });
});

describe("a period's date that is not on the calendar", () => {
  it('is refused beside its field, in words, scrolled into view, and nothing is saved', async () => {
    const stores = importStores(session.service.workspace.db);
    importBytes(stores, Buffer.from('Tarn Copper quarter\n\nTarn Copper produced 41,200 t of copper in Q1 2025.\n'), 'tarn.txt', null);
    const page = await session.open();
    await page.setViewportSize({ width: 1280, height: 700 });
    await openDocument(page, 'Tarn Copper quarter');
    await page.getByTestId('metrics-grid').locator('.ag-row').first().locator('[col-id="label"]').click();
    const inspector = inspectorOf(page);
    await inspector.getByRole('button', { name: 'Edit' }).click();
    const end = inspector.getByLabel('Period end');
    await end.fill('2025-02-30');
    await end.press('Enter');
    const form = inspector.getByRole('form', { name: 'Edit period' });
    const message = form.getByRole('alert');
    await message.waitFor({ timeout: 10_000 });
    const text = (await message.textContent())!;
    expect(text).toBe('The end date 30 February 2025 is not a date: February 2025 has 28 days; type a real date as YYYY-MM-DD, such as 2025-02-28.');
    expect(text).not.toMatch(/metrics\.update|patch\./u);
    // Beside the field, not under "Delete metric", and on the screen.
    const [box, field] = [(await message.boundingBox())!, (await end.boundingBox())!];
    expect(box.y).toBeGreaterThan(field.y);
    expect(box.y - (field.y + field.height)).toBeLessThan(60);
    expect(box.y + box.height).toBeLessThanOrEqual(700);
    expect(await end.getAttribute('aria-invalid')).toBe('true');
    expect(await end.evaluate((el) => el === (el as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement)).toBe(true);
    await shot(page, 'integrity-period-error');
    const stored = session.service.call('metrics.page', { quick: 'Tarn' }).rows[0]!;
    expect(stored).toMatchObject({ periodEnd: '2025-03-31', edited: false });
    // Corrected, it saves and the message goes.
    await end.fill('2025-02-28');
    await inspector.getByLabel('Period start').fill('2025-01-01');
    await end.press('Enter');
    await expect.poll(() => inspector.locator('.facts').textContent(), { timeout: 10_000 }).toContain('2025-01-01 – 2025-02-28');
    expect(await inspector.getByRole('alert').count()).toBe(0);
    await page.close();
  });
});

describe("a report's date that is not on the calendar", () => {
  it('is refused beside the date field, in words, never shown as saved, and what was typed stays', async () => {
    importBytes(importStores(session.service.workspace.db), Buffer.from('Brennock Zinc note\n\nBrennock Zinc mined 88,000 t of zinc in 2024.\n'), 'brennock.txt', null);
    const page = await session.open();
    await openDocument(page, 'Brennock Zinc note');
    await page.getByRole('button', { name: 'Reports' }).click();
    const builder = page.getByRole('article', { name: 'Report builder' });
    await startReport(session, builder);
    await builder.getByLabel('Title').fill('Copper check');
    await expect.poll(() => builder.getByRole('status').filter({ hasText: 'Saved' }).count(), { timeout: 10_000 }).toBe(1);
    const stored = () => session.service.call('reports.list', {}).find((r) => r.title === 'Copper check')!;
    const dateBefore = session.service.call('reports.get', { id: stored().id }).date;
    for (const [typed, words] of [['2025-02-30', '30 February 2025 is not a date: February 2025 has 28 days'], ['2025-13-45', '2025-13-45 is not a date: there is no month 13']] as const) {
      await builder.getByLabel('Date').fill(typed);
      await builder.getByLabel('Summary (Markdown)').fill(`Typed after ${typed}.`);
      const alert = builder.getByRole('alert');
      await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toContain(words);
      expect(await alert.textContent()).toMatch(/^The report's date .* The report is not saved until the date is a day on the calendar or empty/u);
      expect(await builder.getByLabel('Date').getAttribute('aria-invalid')).toBe('true');
      expect(await builder.getByRole('status').filter({ hasText: 'Saved' }).count()).toBe(0);
      expect(await builder.getByLabel('Date').inputValue()).toBe(typed);
      await page.waitForTimeout(500);
      expect(session.service.call('reports.get', { id: stored().id }).date).toBe(dateBefore);
    }
    await builder.getByLabel('Date').fill('2025-02-28');
    await expect.poll(() => session.service.call('reports.get', { id: stored().id }), { timeout: 10_000 })
      .toMatchObject({ date: '2025-02-28', summary: 'Typed after 2025-13-45.' });
    expect(await builder.getByRole('alert').count()).toBe(0);
    await page.close();
  });
});
