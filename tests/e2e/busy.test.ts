import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBytes, importStores } from '../../electron/core/import/import-file.ts';
import { fixture } from '../helpers/fixtures.ts';
import { startSession, type Session } from '../helpers/browser.ts';
import { findInGrid, openDocument, shot } from './workbench-flows.ts';

// Another writer on the same workspace (#21), as the analyst sees it in the workbench.

let session: Session;
beforeAll(async () => {
  session = await startSession();
  importBytes(importStores(session.service.workspace.db), fixture('ir-record.txt'), 'ir-record.txt', null);
});
afterAll(async () => { await session?.close(); });

const selectedId = (label: string) => session.service.call('metrics.page', { label }).rows[0]!.id;

describe('a workspace another process writes to', () => {
  it('says a change is waiting while another writer holds the workspace, and saves it when the writer lets go', async () => {
    const page = await session.open();
    await openDocument(page, 'Baotou Lanthanum Works');
    await findInGrid(page, 'operating revenue', '2.31 billion yuan');
    const other = new Database(session.workspacePath);
    other.exec('BEGIN IMMEDIATE');
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    try {
      await inspector.getByRole('radio', { name: /verified/u }).click();
      const banner = page.getByRole('status', { name: 'Workspace busy' });
      await banner.waitFor({ timeout: 10_000 });
      expect(await banner.textContent()).toContain('Your change is waiting');
      await shot(page, 'busy-waiting');
      expect(session.service.call('metrics.get', { id: selectedId('operating revenue') }).status).toBe('unreviewed');
    } finally {
      other.exec('COMMIT');
      other.close();
    }
    await expect.poll(() => inspector.getByRole('radio', { name: /verified/u }).getAttribute('aria-checked'), { timeout: 10_000 }).toBe('true');
    await page.getByRole('status', { name: 'Workspace busy' }).waitFor({ state: 'detached', timeout: 10_000 });
    expect(session.service.call('metrics.get', { id: selectedId('operating revenue') }).status).toBe('verified');
    await page.close();
  });

  it('explains an edit to a metric another writer removed meanwhile, and reloads the grid', async () => {
    const page = await session.open();
    await openDocument(page, 'Baotou Lanthanum Works');
    await findInGrid(page, 'operating revenue', '2.31 billion yuan');
    const row = page.locator('.ag-row-selected');
    await row.locator('[col-id="label"]').click();
    await page.keyboard.press('F2');
    await page.locator('.ag-cell-inline-editing').waitFor();
    // Another window (or a re-extraction) removes the metric while the analyst types.
    session.service.call('metrics.delete', { id: selectedId('operating revenue') });
    await page.keyboard.press('Control+a');
    await page.keyboard.type('revenue, restated');
    await page.keyboard.press('Enter');
    const notice = page.locator('.grid-panel .notice');
    await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toContain('"operating revenue" was removed or replaced while you edited it');
    await expect.poll(() => page.locator('.ag-row').filter({ hasText: 'revenue, restated' }).count()).toBe(0);
    await shot(page, 'busy-conflict');
    await page.close();
  });
});
