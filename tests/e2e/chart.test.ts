import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { importBytes, importStores } from '../../electron/core/import/import-file.ts';
import { checkNote } from '../helpers/fixtures.ts';
import { startSession, type Session } from '../helpers/browser.ts';
import { openDocument, shot } from './workbench-flows.ts';

// An analyst's day with the chart: Rare Earth Daily A's "up 46,500 yuan/mt since January 1" was drawn as no bar at all
// (only changes in percent were), and a fourth source quoting Daily A's 444,500 for 31 March was a dot hidden under
// Daily A's point, neither seen nor reachable.

let session: Session;
beforeAll(async () => {
  session = await startSession();
  for (const name of ['daily-a.md', 'daily-b.md', 'daily-c.md']) importBytes(importStores(session.service.workspace.db), checkNote(name), name, null);
  const d = '---\ntitle: Rare Earth Daily D\npublished: 2025-04-02\n---\n\nPr-Nd oxide traded at 444,500 yuan/mt on March 31, 2025.\n';
  importBytes(importStores(session.service.workspace.db), Buffer.from(d), 'daily-d.md', null);
});
afterAll(async () => { await session?.close(); });

/** The chart of Daily A's Pr-Nd price, across the four documents. */
async function prNdChart(page: Page) {
  await openDocument(page, 'Rare Earth Daily A');
  await page.getByRole('button', { name: 'Figure 444,500 yuan/mt' }).click();
  await page.getByRole('tab', { name: 'Chart' }).click();
  const chart = page.getByRole('region', { name: 'Chart' });
  await expect.poll(() => chart.locator('.count').textContent(), { timeout: 10_000 }).toBe('4 points');
  const svg = chart.locator('[data-testid="chart"] svg');
  await svg.waitFor();
  return { chart, svg };
}


describe('the chart of a metric', () => {
  it('draws a change since a date as a bar, labelled with the date, and says it in the bar\'s tooltip', async () => {
    const page = await session.open();
    const { chart, svg } = await prNdChart(page);
    await expect.poll(() => svg.textContent(), { timeout: 10_000 }).toContain('since 2025-01-01');
    expect(await svg.textContent()).toContain('change CNY/t');
    const bar = svg.locator('path[fill-opacity="0.45"]');
    expect(await bar.count()).toBe(1);
    const box = (await bar.boundingBox())!;
    // Low on the bar, below the points it stands behind.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 4);
    await expect.poll(() => chart.textContent(), { timeout: 10_000 }).toContain('+46,500 CNY/t since 2025-01-01');
    await shot(page, 'chart-since-bar');
    await page.close();
  });
});
