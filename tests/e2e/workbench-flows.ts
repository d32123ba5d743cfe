import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { SHOTS, type Session } from '../helpers/browser.ts';

/*
 * The workbench flows an analyst goes through, shared by the fixture suite (npm test)
 * and the corpus suite (../shared): import through the file chooser, find a figure in the
 * grid, jump to its words, come back from the words to the grid, review it, and find the
 * review still there after a reload.
 */

export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

export async function importThroughChooser(page: Page, files: string[]): Promise<void> {
  await page.getByLabel('Choose files to import').setInputFiles(files);
  const summary = page.getByRole('dialog', { name: 'Import summary' });
  await summary.waitFor({ timeout: 30_000 });
  await expect.poll(() => summary.textContent(), { timeout: 30_000 }).toContain('Import finished');
  expect(await summary.locator('li.failed').count()).toBe(0);
  await summary.getByRole('button', { name: 'Close' }).click();
}

export async function openDocument(page: Page, titleWords: string): Promise<void> {
  await page.getByRole('option', { name: new RegExp(titleWords, 'u') }).first().click();
  await page.locator('.reader-head h1').filter({ hasText: new RegExp(titleWords, 'u') }).waitFor();
}

/** Filters the grid to a label and selects its row; returns the figure marked in the reader. */
export async function findInGrid(page: Page, label: string, expectedSurface: string): Promise<void> {
  await page.getByLabel('Quick filter metrics').fill(label);
  const row = page.locator('.ag-row').filter({ hasText: label }).first();
  await row.waitFor();
  await row.click();
  const mark = page.locator('mark.figure.selected');
  await expect.poll(() => mark.textContent(), { timeout: 10_000 }).toBe(expectedSurface);
  expect(await mark.isVisible()).toBe(true);
  await expect.poll(() => page.getByRole('complementary', { name: 'Inspector' }).locator('h2').textContent(), { timeout: 10_000 }).toBe(label);
}

/** Clicks a figure in the reader and checks the grid selects its row. */
export async function clickFigure(page: Page, surface: string, expectedLabel: string): Promise<void> {
  await page.getByLabel('Quick filter metrics').fill('');
  await page.getByRole('button', { name: `Figure ${surface}` }).first().click();
  const selected = page.locator('.ag-row.ag-row-selected');
  await expect.poll(() => selected.first().textContent(), { timeout: 10_000 }).toContain(expectedLabel);
  await expect.poll(() => page.getByRole('complementary', { name: 'Inspector' }).locator('h2').textContent(), { timeout: 10_000 }).toBe(expectedLabel);
}

export async function review(page: Page, note: string): Promise<void> {
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await inspector.getByRole('radio', { name: /verified/u }).click();
  await expect.poll(() => inspector.getByRole('radio', { name: /verified/u }).getAttribute('aria-checked'), { timeout: 10_000 }).toBe('true');
  await inspector.getByLabel('Note', { exact: true }).fill(note);
  await inspector.getByRole('button', { name: 'Save note' }).click();
  await inspector.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
}

export async function expectReviewKept(page: Page, surface: string, note: string): Promise<void> {
  await page.getByRole('button', { name: `Figure ${surface}` }).first().click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect.poll(() => inspector.getByRole('radio', { name: /verified/u }).getAttribute('aria-checked'), { timeout: 10_000 }).toBe('true');
  await expect.poll(() => inspector.getByLabel('Note', { exact: true }).inputValue(), { timeout: 10_000 }).toBe(note);
  await expect.poll(() => page.locator('.ag-row-selected .status-glyph').first().getAttribute('data-status'), { timeout: 10_000 }).toBe('verified');
  const history = inspector.locator('details').filter({ hasText: 'History' });
  await history.locator('summary').click();
  await expect.poll(() => history.textContent()).toContain('status: unreviewed → verified');
}

/**
 * Starts a report with **New report** and waits until the builder shows it: the builder opens on the report last saved,
 * and what is typed before the new one arrives would go into that one.
 */
export async function startReport(session: Session, builder: Locator): Promise<void> {
  const newest = Math.max(0, ...session.service.call('reports.list', {}).map((r) => r.id));
  await builder.getByRole('button', { name: 'New report' }).click();
  await expect.poll(async () => Number(await builder.getByLabel('Open a report').inputValue()), { timeout: 10_000 }).toBeGreaterThan(newest);
}

export function sessionDocumentCount(session: Session): number {
  return session.service.call('workspace.info', {}).documentCount;
}

/** Selects `text` in the reader as a person would with the mouse, then releases the button. */
export async function selectText(page: Page, text: string): Promise<void> {
  // The heading shows before the reader's passages arrive; wait for the words themselves. A locator, not
  // waitForFunction: a string predicate that has to poll is eval'd in the page, which the app's CSP refuses.
  await page.locator('.reader .ptext', { hasText: text }).first().waitFor({ timeout: 10_000 });
  await page.evaluate(`(() => {
    const wanted = ${JSON.stringify(text)};
    for (const container of document.querySelectorAll('.reader .ptext')) {
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let all = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, all.length]); all += n.textContent; }
      const at = all.indexOf(wanted);
      if (at === -1) continue;
      const locate = (offset) => { let last = nodes[0]; for (const entry of nodes) { if (entry[1] <= offset) last = entry; } return [last[0], offset - last[1]]; };
      const range = document.createRange();
      const [sNode, sOff] = locate(at);
      const [eNode, eOff] = locate(at + wanted.length);
      range.setStart(sNode, sOff);
      range.setEnd(eNode, eOff);
      const sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      container.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return;
    }
    throw new Error('text not in the reader: ' + wanted);
  })()`);
}
