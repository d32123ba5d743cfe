import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBytes, importStores } from '../../electron/core/import/import-file.ts';
import { checkNote } from '../helpers/fixtures.ts';
import { startSession, type Session } from '../helpers/browser.ts';
import { openDocument, shot, startReport } from './workbench-flows.ts';

let session: Session;
beforeAll(async () => {
  session = await startSession();
  for (const name of ['daily-a.md', 'daily-b.md', 'daily-c.md']) importBytes(importStores(session.service.workspace.db), checkNote(name), name, null);
});
afterAll(async () => { await session?.close(); });

/** A new report in the builder, beside Rare Earth Daily A in the reader. */
async function newReport() {
  const page = await session.open();
  await openDocument(page, 'Rare Earth Daily A');
  await page.getByRole('button', { name: 'Reports' }).click();
  const builder = page.getByRole('article', { name: 'Report builder' });
  await startReport(session, builder);
  return { page, builder };
}

describe('cross-source checks in the workbench', () => {
  it('flags a conflict in the grid, shows both sources in the inspector, and opens the other one', async () => {
    const page = await session.open();
    await openDocument(page, 'Rare Earth Daily A');
    const row = page.locator('.ag-row').filter({ hasText: 'Pr-Nd oxide' }).first();
    await expect.poll(() => row.locator('.flag').getAttribute('aria-label'), { timeout: 10_000 }).toBe('1 conflict');
    await row.click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    const conflict = inspector.getByRole('note', { name: 'Conflicting sources' });
    await expect.poll(() => conflict.textContent(), { timeout: 10_000 }).toContain('452,000 CNY/t in Rare Earth Daily C');
    expect(await inspector.getByRole('note', { name: 'Change check' }).textContent()).toContain('The stated change matches the levels');
    await shot(page, 'checks-conflict');
    await conflict.getByRole('button', { name: 'Open' }).click();
    await page.locator('.reader-head h1').filter({ hasText: 'Rare Earth Daily C' }).waitFor();

    await openDocument(page, 'Rare Earth Daily A');
    await page.getByRole('button', { name: 'Figure 9.287 billion yuan' }).click();
    await expect.poll(() => inspector.getByRole('note', { name: 'Change check' }).textContent(), { timeout: 10_000 }).toContain('does not match');
    expect(await page.locator('.ag-row-selected .flag').getAttribute('aria-label')).toBe('change mismatch');
    await page.close();
  });

  it('exports the grid as it stands from the toolbar, and the HTML loads with the network blocked, charts visible', async () => {
    const page = await session.open();
    await openDocument(page, 'Rare Earth Daily A');
    await page.getByLabel('This document only').uncheck();
    await page.getByLabel('Quick filter metrics').fill('Pr-Nd');
    await expect.poll(() => page.locator('.grid-panel .count').textContent(), { timeout: 10_000 }).toBe('3 metrics');
    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'HTML page' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^assay-metrics-\d{4}-\d{2}-\d{2}\.html$/u);
    const html = fs.readFileSync((await download.path())!, 'utf8');
    expect(html).toContain('Metrics with matching “Pr-Nd”');
    expect(html.match(/<tr id="m/gu)?.length).toBe(3);
    await page.getByRole('status').filter({ hasText: 'Saved assay-metrics-' }).waitFor();

    const reader = await session.browser.newPage({ viewport: { width: 1100, height: 900 } });
    const requests: string[] = [];
    await reader.route('**/*', (route) => { requests.push(route.request().url()); return route.abort(); });
    await reader.setContent(html);
    const chart = reader.locator('figure.chart svg').first();
    expect(await chart.isVisible()).toBe(true);
    expect((await chart.boundingBox())!.height).toBeGreaterThan(200);
    expect(await reader.locator('figure.chart svg path').count()).toBeGreaterThan(3);
    expect(requests).toEqual([]);
    await reader.screenshot({ path: 'test-results/screenshots/export-html.png', fullPage: false });
    await reader.close();

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click().then(() => page.getByRole('menuitem', { name: 'CSV' }).click())]);
    expect(fs.readFileSync((await csv.path())!, 'utf8')).toMatch(/^\uFEFFLabel,Entity,Value/u);
    await page.close();
  });

  it('charts the selected metric across documents; a point shows its sentence and opens its passage', async () => {
    const page = await session.open();
    const problems: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text().slice(0, 200)); });
    await openDocument(page, 'Rare Earth Daily A');
    await page.getByRole('button', { name: 'Figure 444,500 yuan/mt' }).click();
    await page.getByRole('tab', { name: 'Chart' }).click();
    const chart = page.getByRole('region', { name: 'Chart' });
    await expect.poll(() => chart.locator('.count').textContent(), { timeout: 10_000 }).toBe('3 points');
    const svg = chart.locator('[data-testid="chart"] svg');
    await svg.waitFor();
    expect(await svg.textContent()).toContain('Pr-Nd oxide');
    await shot(page, 'chart-panel');
    // The symbols of the line's points, left to right: the January level comes first. The second
    // source's March quote is a dot of its own beside the line, not a third point on it.
    const symbols = await svg.locator('path[fill="#fff"]').all();
    expect(symbols.length).toBe(2);
    expect(await svg.locator('path[fill="#b26a00"]').count()).toBe(1);
    const boxes = (await Promise.all(symbols.map((s) => s.boundingBox()))).filter((b): b is NonNullable<typeof b> => b !== null).sort((a, b) => a.x - b.x);
    await page.mouse.move(boxes[0]!.x + boxes[0]!.width / 2, boxes[0]!.y + boxes[0]!.height / 2);
    await expect.poll(() => chart.textContent(), { timeout: 10_000 }).toContain('“Pr-Nd oxide traded at 398,000 yuan/mt on January 1, 2025.”');
    await page.mouse.click(boxes[0]!.x + boxes[0]!.width / 2, boxes[0]!.y + boxes[0]!.height / 2);
    await page.locator('.reader-head h1').filter({ hasText: 'Rare Earth Daily B' }).waitFor();
    await expect.poll(() => page.locator('mark.figure.selected').textContent(), { timeout: 10_000 }).toBe('398,000 yuan/mt');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('builds a report beside the grid, reorders it, and exports it', async () => {
    const { page, builder } = await newReport();
    await builder.getByLabel('Title').fill('Week 14: rare earths');
    await builder.getByLabel('Author').fill('A. Analyst');
    await builder.getByLabel('Summary (Markdown)').fill('Prices **rose** again.');
    await builder.getByLabel('Heading of section 1').fill('Prices');
    await builder.getByLabel('Commentary of section 1').fill('Spot prices *firmed* on thin supply.');

    await page.locator('.ag-row').filter({ hasText: 'operating revenue' }).first().click();
    await builder.getByRole('button', { name: 'Add selected metric' }).click();
    await page.locator('.ag-row').filter({ hasText: 'Pr-Nd oxide' }).first().click();
    await builder.getByRole('button', { name: 'Add selected metric' }).click();
    await builder.getByRole('button', { name: 'Add its chart' }).click();
    const items = builder.locator('.report-items li .item-text');
    await expect.poll(() => items.allTextContents(), { timeout: 10_000 }).toEqual([
      expect.stringMatching(/^operating revenue · 9\.287 bn CNY/u), expect.stringMatching(/^Pr-Nd oxide price · 444,500 CNY\/t/u), 'Chart: Pr-Nd oxide price',
    ]);
    await builder.getByRole('button', { name: /^Move up: Chart/u }).click();
    await builder.getByRole('button', { name: /^Move up: Chart/u }).click();
    await expect.poll(() => items.first().textContent()).toBe('Chart: Pr-Nd oxide price');
    await builder.getByRole('status').filter({ hasText: 'Saved' }).waitFor({ timeout: 10_000 });
    await shot(page, 'report-builder');

    await builder.getByRole('button', { name: 'Export report' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), builder.getByRole('menuitem', { name: 'HTML page' }).click()]);
    const html = fs.readFileSync((await download.path())!, 'utf8');
    expect(html).toContain('<h1>Week 14: rare earths</h1>');
    expect(html).toContain('Prices <strong>rose</strong> again.');
    expect(html).toMatch(/<h2>Prices<\/h2>\n<div class="commentary">[^<]*<p>Spot prices <em>firmed<\/em> on thin supply\.<\/p>/u);
    expect(html.indexOf('<figure class="chart"')).toBeLessThan(html.indexOf('<tr id="m'));
    expect(html.match(/<tr id="m/gu)).toHaveLength(2);

    // Saved in the workspace: a reload finds it.
    await page.reload();
    await page.getByRole('button', { name: 'Reports' }).click();
    await page.getByLabel('Open a report').selectOption({ label: 'Untitled report (3)' });
    await expect.poll(() => page.getByLabel('Title').inputValue(), { timeout: 10_000 }).toBe('Week 14: rare earths');
    await page.close();
  });
  it('keeps what was typed in a report when a bad date stops it saving and the grid\'s metrics are added', async () => {
    const { page, builder } = await newReport();
    const items = builder.locator('.report-items li:not(.empty)');
    const before = await items.count();
    await builder.getByLabel('Date').fill('2025-07-1');
    await builder.getByLabel('Summary (Markdown)').fill('Typed, not yet saved.');
    await builder.getByRole('button', { name: 'Add the grid\'s metrics' }).first().click();
    await expect.poll(() => builder.getByRole('alert').textContent(), { timeout: 10_000 }).toContain('YYYY-MM-DD');
    expect(await builder.getByLabel('Summary (Markdown)').inputValue()).toBe('Typed, not yet saved.');
    expect(await builder.getByLabel('Date').inputValue()).toBe('2025-07-1');
    expect(await items.count()).toBe(before);
    // Once the date is right, the same click saves the text and adds the metrics.
    await builder.getByLabel('Date').fill('2025-07-10');
    await builder.getByRole('button', { name: 'Add the grid\'s metrics' }).first().click();
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBeGreaterThan(before);
    expect(await builder.getByLabel('Summary (Markdown)').inputValue()).toBe('Typed, not yet saved.');
    await page.close();
  });


  it('saves a report whose name is taken by another, keeping its own name and saying why', async () => {
    session.service.call('reports.create', { name: 'Clash A' });
    const { page, builder } = await newReport();
    await builder.getByLabel('Name').fill('Clash A');
    await builder.getByLabel('Title').fill('Typed after the name');
    await builder.getByLabel('Summary (Markdown)').fill('Kept.');
    await expect.poll(() => builder.getByRole('alert').textContent(), { timeout: 10_000 }).toContain('There is already a report named "Clash A"');
    const saved = () => session.service.call('reports.list', {}).find((r) => r.title === 'Typed after the name');
    await expect.poll(() => saved()?.name, { timeout: 10_000 }).toMatch(/^Untitled report/u);
    expect(session.service.call('reports.get', { id: saved()!.id }).summary).toBe('Kept.');
    await page.close();
  });
});
