import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { importBytes, importStores } from '../../electron/core/import/import-file.ts';
import { checkNote } from '../helpers/fixtures.ts';
import { startSession, type Session } from '../helpers/browser.ts';
import { openDocument } from './workbench-flows.ts';

// Links back (#16): a citation in an export opens the running workbench at its figure.

let session: Session;
beforeAll(async () => {
  session = await startSession();
  for (const name of ['daily-a.md', 'daily-b.md']) importBytes(importStores(session.service.workspace.db), checkNote(name), name, null);
});
afterAll(async () => { await session?.close(); });

/** Exports the grid as HTML from the toolbar and saves it beside the workspace. */
async function exportHtml(page: Page): Promise<string> {
  await page.getByTestId('metrics-grid').locator('.ag-row').first().waitFor();
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'HTML page' }).click()]);
  const file = path.join(path.dirname(session.workspacePath), download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/** Checks the workbench shows the metric: its document in the reader, its figure selected, its label in the inspector. */
async function showsMetric(page: Page, title: string, surface: string, label: string): Promise<void> {
  await page.locator('.reader-head h1').filter({ hasText: title }).waitFor();
  await expect.poll(() => page.locator('mark.figure.selected').textContent(), { timeout: 10_000 }).toBe(surface);
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect.poll(() => inspector.locator('h2').textContent(), { timeout: 10_000 }).toBe(label);
}

describe('links back from an export', () => {
  it('open the workbench at the metric cited, from the exported HTML, and say so when the workspace differs', async () => {
    const page = await session.open();
    await openDocument(page, 'Rare Earth Daily A');
    const file = await exportHtml(page);
    const price = session.service.call('metrics.page', { label: 'Pr-Nd oxide', quick: 'Daily A' }).rows[0]!;
    const html = fs.readFileSync(file, 'utf8');
    const links = [...html.matchAll(/<a class="open" href="([^"]+)"/gu)].map((m) => m[1]!.replace(/&amp;/gu, '&'));
    const link = links.find((l) => new URL(l).searchParams.get('metric') === String(price.id))!;
    const workspace = encodeURIComponent(session.workspacePath);
    expect(link).toBe(`http://127.0.0.1:${session.server.port}/open?workspace=${workspace}&metric=${price.id}`);

    // From another document, the link switches the reader to the metric's and selects it.
    await openDocument(page, 'Rare Earth Daily B');
    await page.goto(link);
    await showsMetric(page, 'Rare Earth Daily A', '444,500 yuan/mt', price.label);
    expect(new URL(page.url()).hash).toBe('');

    // Clicked in the exported file itself: the browser sends no SameSite=Strict cookie from a file, and the route asks again.
    const opens: number[] = [];
    page.on('response', (r) => { if (new URL(r.url()).pathname === '/open') opens.push(r.status()); });
    await page.goto(pathToFileURL(file).href);
    await page.locator(`a.open[href*="metric=${price.id}"]`).first().click();
    await showsMetric(page, 'Rare Earth Daily A', '444,500 yuan/mt', price.label);
    expect(opens.at(-1)).toBe(303);

    const elsewhere = link.replace(/workspace=[^&]+/u, `workspace=${encodeURIComponent('/elsewhere/Other.assay')}`);
    await page.goto(elsewhere);
    const banner = page.getByRole('status', { name: 'Link' });
    await expect.poll(() => banner.textContent(), { timeout: 10_000 })
      .toContain(`This link is for workspace /elsewhere/Other.assay; this window has ${session.workspacePath} open.`);
    await page.close();
  });
});
