import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBytes, importStores } from '../../electron/core/import/import-file.ts';
import { checkNote } from '../helpers/fixtures.ts';
import { startSession, type Session } from '../helpers/browser.ts';
import { openDocument, shot, startReport } from './workbench-flows.ts';

// A reviewer's finds in the report builder: the section commentary was a 165 × 45 px box that
// clipped its text, and a click on a document in the library did not show the document; an
// analyst's: after a reload, Reports showed an empty builder until a report was picked from its menu.

let session: Session;
beforeAll(async () => {
  session = await startSession();
  for (const name of ['daily-a.md', 'daily-b.md']) importBytes(importStores(session.service.workspace.db), checkNote(name), name, null);
});
afterAll(async () => { await session?.close(); });

const COMMENTARY = [
  'Revenue and profit from the Q1 report, *as stated*; the Pr-Nd price is the daily average, not the spot close.',
  '',
  '- oxide output +34% on the year',
  '- net profit up sevenfold on lower raw material costs',
  '- the second-half quota is not out yet',
].join('\n');

describe('the report builder', () => {
  it('gives section commentary the width of the form and grows with it, so nothing is clipped', async () => {
    const page = await session.open();
    await openDocument(page, 'Rare Earth Daily A');
    await page.getByRole('button', { name: 'Reports' }).click();
    const builder = page.getByRole('article', { name: 'Report builder' });
    await startReport(session, builder);
    const section = builder.getByRole('region', { name: 'Section 1' });
    const commentary = section.getByLabel('Commentary of section 1');
    await commentary.fill(COMMENTARY);
    const [box, sectionBox] = [(await commentary.boundingBox())!, (await section.boundingBox())!];
    expect(box.width).toBeGreaterThan(0.9 * sectionBox.width);
    // Every line shows: the box is as tall as its text, with no scrolling inside it.
    const fits = await commentary.evaluate((el: unknown) => {
      const area = el as { scrollHeight: number; clientHeight: number };
      return area.scrollHeight <= area.clientHeight + 1;
    });
    expect(fits).toBe(true);
    expect(box.height).toBeGreaterThan(5 * 16);
    await shot(page, 'report-commentary');
    await page.close();
  });

  it('steps behind the reader when a document is opened from the library, and comes back as it was with Reports', async () => {
    const page = await session.open();
    await openDocument(page, 'Rare Earth Daily A');
    const reports = page.getByRole('button', { name: 'Reports' });
    await reports.click();
    const builder = page.getByRole('article', { name: 'Report builder' });
    await startReport(session, builder);
    await builder.getByLabel('Commentary of section 1').fill('Kept while reading');
    await page.getByRole('option', { name: /Rare Earth Daily B/u }).first().click();
    const heading = page.locator('.reader-head h1').filter({ hasText: 'Rare Earth Daily B' });
    await heading.waitFor();
    expect(await heading.isVisible()).toBe(true);
    expect(await builder.isVisible()).toBe(false);
    expect(await reports.getAttribute('aria-pressed')).toBe('false');
    await shot(page, 'report-behind-reader');
    await reports.click();
    await builder.waitFor();
    expect(await builder.getByLabel('Commentary of section 1').inputValue()).toBe('Kept while reading');
    expect(await page.getByRole('article', { name: 'Reader' }).isVisible()).toBe(false);
    await page.close();
  });

  it('opens the report last saved at once after a reload, and lists the saved reports when none is open', async () => {
    session.service.call('reports.create', { name: 'Older report' });
    const page = await session.open();
    await openDocument(page, 'Rare Earth Daily A');
    await page.getByRole('button', { name: 'Reports' }).click();
    const builder = page.getByRole('article', { name: 'Report builder' });
    await startReport(session, builder);
    await builder.getByLabel('Name').fill('Reload check');
    await builder.getByLabel('Title').fill('Pr-Nd after the holiday');
    await page.locator('.ag-row').filter({ hasText: 'Pr-Nd oxide' }).first().click();
    await builder.getByRole('button', { name: 'Add selected metric' }).click();
    await builder.getByRole('status').filter({ hasText: 'Saved' }).waitFor({ timeout: 10_000 });

    await page.reload();
    await page.locator('.reader-head h1').waitFor();
    await page.getByRole('button', { name: 'Reports' }).click();
    // Nothing else clicked: the report is there, its form and items filled in.
    await expect.poll(() => builder.getByLabel('Title').inputValue({ timeout: 500 }).catch(() => null), { timeout: 5_000 }).toBe('Pr-Nd after the holiday');
    expect(await builder.getByLabel('Name').inputValue()).toBe('Reload check');
    expect(await builder.getByLabel('Open a report').inputValue()).not.toBe('');
    await expect.poll(() => builder.locator('.report-items li .item-text').allTextContents(), { timeout: 5_000 })
      .toEqual([expect.stringMatching(/^Pr-Nd oxide price · 444,500 CNY\/t/u)]);
    await shot(page, 'report-after-reload');

    // With none open (the one shown deleted), the others are listed, each one click from opening.
    page.once('dialog', (d) => void d.accept());
    await builder.getByRole('button', { name: 'Delete' }).click();
    const saved = builder.getByRole('list', { name: 'Saved reports' });
    await saved.waitFor({ timeout: 5_000 });
    await shot(page, 'report-saved-list');
    const first = saved.getByRole('button').first();
    const name = (await first.getAttribute('data-name'))!;
    await first.click();
    await expect.poll(() => builder.getByLabel('Name').inputValue({ timeout: 500 }).catch(() => null), { timeout: 5_000 }).toBe(name);
    await page.close();
  });
});
