import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBytes, importStores } from '../../electron/core/import/import-file.ts';
import { fixture } from '../helpers/fixtures.ts';
import { startSession, type Session } from '../helpers/browser.ts';
import { openDocument } from './workbench-flows.ts';

// A reviewer's find: a column an analyst widened went back to its default width.

let session: Session;
beforeAll(async () => {
  session = await startSession();
  importBytes(importStores(session.service.workspace.db), fixture('ir-record.txt'), 'ir-record.txt', null);
});
afterAll(async () => { await session?.close(); });

describe('the grid\'s columns', () => {
  it('keep the width an analyst drags them to, through a row click and a reload', async () => {
    const page = await session.open();
    await openDocument(page, 'Baotou Lanthanum Works');
    const grid = page.getByTestId('metrics-grid');
    await grid.locator('.ag-row').nth(2).waitFor();
    const header = grid.locator('.ag-header-cell[col-id="change"]');
    const width = async () => (await header.boundingBox())!.width;
    const before = await width();
    const box = (await header.boundingBox())!;
    await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width + 80, box.y + box.height / 2, { steps: 10 });
    await page.mouse.up();
    await expect.poll(width).toBeGreaterThan(before + 60);
    const widened = await width();
    await grid.locator('.ag-row').nth(1).locator('[col-id="label"]').click();
    await page.getByRole('complementary', { name: 'Inspector' }).locator('h2').waitFor();
    await page.waitForTimeout(500);
    expect(await width()).toBeCloseTo(widened, 0);
    await page.reload();
    await grid.locator('.ag-row').nth(2).waitFor();
    await expect.poll(width, { timeout: 10_000 }).toBeCloseTo(widened, 0);
    await page.close();
  });
});
