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
  // The chart animates in: its points stand still once where they are drawn reads the same twice.
  const where = () => svg.locator('path').evaluateAll((paths: unknown[]) => (paths as Array<{ getAttribute(name: string): string | null }>)
    .map((p) => p.getAttribute('transform') ?? p.getAttribute('d')).join());
  let last = '';
  await expect.poll(async () => { const now = await where(); const still = now === last; last = now; return still; }, { timeout: 10_000, interval: 300 }).toBe(true);
  return { chart, svg };
}


const centre = (b: { x: number; y: number; width: number; height: number }) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** Moves the mouse onto a point as a hand does, in a few steps from beside it (one jump there shows no tooltip). */
async function hover(page: Page, at: { x: number; y: number }) {
  await page.mouse.move(at.x - 20, at.y + 20);
  await page.mouse.move(at.x, at.y, { steps: 5 });
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

  it('draws two sources quoting one price as two dots side by side, each with its own tooltip and click, both named', async () => {
    const page = await session.open();
    const { chart, svg } = await prNdChart(page);
    // The line's point for 31 March (Daily A's 444,500) and the dots of the other sources' quotes for that day.
    const line = (await Promise.all((await svg.locator('path[fill="#fff"]').all()).map((s) => s.boundingBox()))).map((b) => centre(b!));
    const march = line.sort((a, b) => b.x - a.x)[0]!;
    const dots = (await Promise.all((await svg.locator('path[fill="#b26a00"]').all()).map((s) => s.boundingBox()))).map((b) => centre(b!));
    expect(dots).toHaveLength(2);
    // Daily D's dot stands at Daily A's height (the same value), beside its point, not under it.
    const d = dots.find((p) => Math.abs(p.y - march.y) < 2)!;
    expect(d).toBeDefined();
    expect(d.x - march.x).toBeGreaterThanOrEqual(8);
    await shot(page, 'chart-sources-alike');

    await hover(page, march);
    await expect.poll(() => chart.textContent(), { timeout: 10_000 }).toContain('2 sources state 444,500 CNY/t: Rare Earth Daily A; Rare Earth Daily D');
    await shot(page, 'chart-sources-alike-tooltip');
    await hover(page, d);
    await expect.poll(() => chart.textContent(), { timeout: 10_000 }).toContain('“Pr-Nd oxide traded at 444,500 yuan/mt on March 31, 2025.”');
    expect(await chart.textContent()).toContain('444,500 CNY/t');
    await page.mouse.click(d.x, d.y);
    await page.locator('.reader-head h1').filter({ hasText: 'Rare Earth Daily D' }).waitFor({ timeout: 10_000 });
    await expect.poll(() => page.locator('mark.figure.selected').textContent(), { timeout: 10_000 }).toBe('444,500 yuan/mt');
    await page.close();
  });
});
