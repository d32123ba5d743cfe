import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBytes, importStores } from '../../electron/core/import/import-file.ts';
import { FIXTURES } from '../helpers/fixtures.ts';
import { startSession, type Session } from '../helpers/browser.ts';
import { clickFigure, expectReviewKept, findInGrid, importThroughChooser, openDocument, review, selectText, sessionDocumentCount, shot } from './workbench-flows.ts';

let session: Session;
beforeAll(async () => { session = await startSession(); });
afterAll(async () => { await session?.close(); });

describe('the workbench in browser mode', () => {
  it('imports, links grid and reader both ways, and keeps a review across a reload', async () => {
    const page = await session.open();
    const problems: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text().slice(0, 300)); });
    await importThroughChooser(page, ['ir-record.txt', 'wrapped.txt', 'news-page.html', 'market-note.md'].map((f) => path.join(FIXTURES, f)));
    expect(sessionDocumentCount(session)).toBe(4);

    await openDocument(page, 'Baotou Lanthanum Works');
    await findInGrid(page, 'operating revenue', '2.31 billion yuan');
    await shot(page, 'workbench-light');

    await clickFigure(page, '452,000 yuan/mt', 'Spot Pr-Nd oxide price');
    await review(page, 'Checked against the **May** price sheet.');

    await page.reload();
    await openDocument(page, 'Baotou Lanthanum Works');
    await expectReviewKept(page, '452,000 yuan/mt', 'Checked against the **May** price sheet.');

    // Undo takes back the note, then the status; redo brings the status back.
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await page.locator('.wordmark').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => inspector.getByLabel('Note', { exact: true }).inputValue(), { timeout: 10_000 }).toBe('');
    await page.keyboard.press('Control+z');
    await expect.poll(() => inspector.getByRole('radio', { name: /verified/u }).getAttribute('aria-checked'), { timeout: 10_000 }).toBe('false');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => inspector.getByRole('radio', { name: /verified/u }).getAttribute('aria-checked'), { timeout: 10_000 }).toBe('true');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows every kind of passage without console errors', async () => {
    const page = await session.open();
    const problems: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text().slice(0, 200)); });
    await openDocument(page, 'Weekly Rare Earth Market Note');
    await page.locator('.passage.table table').first().waitFor();
    for (const title of ['Separation Plant Restarts', 'Magnet Makers Brace', 'Baotou Lanthanum Works']) await openDocument(page, title);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('turns a selection into a metric or a note', async () => {
    const page = await session.open();
    await openDocument(page, 'Separation Plant Restarts');
    const bar = page.getByRole('toolbar', { name: 'Selected text' });

    await selectText(page, 'solvent extraction cells');
    await bar.getByRole('button', { name: 'Add metric' }).click();
    await expect.poll(() => bar.getByRole('alert').textContent(), { timeout: 10_000 }).toContain('holds no figure');

    await bar.getByLabel('Note on the selection').fill('Ask which supplier built these.');
    await bar.getByRole('button', { name: 'Add note' }).click();
    const highlight = page.locator('.reader .hl.noted');
    await expect.poll(() => highlight.textContent(), { timeout: 10_000 }).toBe('solvent extraction cells');
    expect(await highlight.getAttribute('title')).toBe('Ask which supplier built these.');
    await expect.poll(() => page.getByRole('region', { name: 'Annotations' }).textContent(), { timeout: 10_000 }).toContain('Ask which supplier built these.');

    await selectText(page, '380 million yuan');
    await bar.getByRole('button', { name: 'Add metric' }).click();
    await expect.poll(() => page.getByRole('complementary', { name: 'Inspector' }).locator('.big-value').textContent(), { timeout: 10_000 }).toBe('380 mn CNY');
    const docId = session.service.call('documents.resolve', { ref: 'Separation Plant Restarts' }).id;
    const analyst = session.service.workspace.db.prepare(`SELECT origin, surface FROM metrics WHERE document_id = ? AND origin = 'analyst'`).all(docId);
    expect(analyst).toEqual([{ origin: 'analyst', surface: '380 million yuan' }]);
    await page.close();
  });

  it('corrects a period in the inspector, keeping the extracted original', async () => {
    const page = await session.open();
    await openDocument(page, 'Baotou Lanthanum Works');
    await page.getByRole('button', { name: 'Figure 2.31 billion yuan' }).click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.getByRole('button', { name: 'Edit' }).click();
    await inspector.getByLabel('Period label').fill('Q1 2025');
    await inspector.getByLabel('Period start').fill('2025/01/01');
    await inspector.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => inspector.getByRole('alert').textContent(), { timeout: 10_000 }).toContain('The start date “2025/01/01” is not a date written YYYY-MM-DD');
    await inspector.getByLabel('Period start').fill('2025-01-01');
    await inspector.getByLabel('Period end').fill('2025-03-31');
    await inspector.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => inspector.locator('.facts').textContent(), { timeout: 10_000 }).toContain('1Q25 (2025-01-01 – 2025-03-31), “Q1 2025”');
    await expect.poll(() => inspector.locator('details').filter({ hasText: 'Extracted original' }).textContent()).toContain('Extracted original');
    await page.close();
  });

  it('pages a long document into the reader and jumps to a figure far down it', async () => {
    const lines = Array.from({ length: 1200 }, (_, i) => `Line ${i + 1} of the smelter reported output of ${(90_000 + i + 1).toLocaleString('en-US')} mt in the period.`);
    importBytes(importStores(session.service.workspace.db), Buffer.from(`Long Smelter Log\n\n${lines.join('\n\n')}\n`), 'long-log.txt', null);
    const page = await session.open();
    await openDocument(page, 'Long Smelter Log');
    // The first page arrives before the note on what is still to come: wait for the note, then count what is in.
    await expect.poll(() => page.locator('.reader-end').textContent(), { timeout: 10_000 }).toMatch(/Loading passages \d+–\d+ of 1,20\d/u);
    expect(await page.locator('.reader .passage').count()).toBeLessThan(400);
    await page.getByLabel('Quick filter metrics').fill('91,150 mt');
    await page.locator('.ag-row').filter({ hasText: '91,150' }).first().click();
    const mark = page.locator('mark.figure.selected');
    await expect.poll(() => mark.textContent(), { timeout: 10_000 }).toBe('91,150 mt');
    expect(await mark.isVisible()).toBe(true);
    await page.close();
  });

  it('looks right in dark mode too', async () => {
    const page = await session.open({ colorScheme: 'dark' });
    await openDocument(page, 'Baotou Lanthanum Works');
    await page.getByRole('button', { name: 'Figure 4,200 mt' }).click();
    await shot(page, 'workbench-dark');
    expect(await page.evaluate('getComputedStyle(document.body).backgroundColor')).toBe('rgb(23, 24, 26)');
    await page.close();
  });

  it('searches passages and opens the result in the reader', async () => {
    const page = await session.open();
    await page.getByLabel('Search passages').fill('solvent extraction');
    const hit = page.getByRole('option').filter({ hasText: 'solvent extraction' }).first();
    await hit.click();
    await page.locator('.reader-head h1').filter({ hasText: 'Separation Plant Restarts' }).waitFor();
    await expect.poll(() => page.locator('.passage.focused').textContent()).toContain('solvent extraction');
    await page.close();
  });

  it('scrolls a search result far down a document into view once its passages have their real sizes', async () => {
    // Passages off screen are sized by estimate; a result past many of them must still land in view.
    const paragraphs = Array.from({ length: 40 }, (_, k) => `Paragraph ${k + 1}. ${'The mill ran steadily through the month with no outages reported. '.repeat(4)}`);
    paragraphs[33] = 'Paragraph 34. Kiln relining at Stonebridge finished early, and output reached 8,400 t.';
    importBytes(importStores(session.service.workspace.db), Buffer.from(`Stonebridge mill diary\n\n${paragraphs.join('\n\n')}\n`), 'diary.txt', null);
    const page = await session.open();
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.getByLabel('Search passages').fill('kiln relining');
    await page.getByRole('option').filter({ hasText: 'Kiln relining' }).first().click();
    const focused = page.locator('.passage.focused');
    await expect.poll(() => focused.textContent(), { timeout: 10_000 }).toContain('Kiln relining');
    const reader = (await page.locator('.reader').boundingBox())!;
    await expect.poll(async () => {
      const box = await focused.boundingBox();
      return Boolean(box && box.y >= reader.y && box.y + box.height <= reader.y + reader.height);
    }, { timeout: 10_000 }).toBe(true);
    // The matched words are marked in the passage (CSS Custom Highlight API), once each occurrence.
    await expect.poll(() => page.evaluate(`[...CSS.highlights.get('search-hit') ?? []].map((r) => r.toString()).join('|')`), { timeout: 10_000 })
      .toBe('Kiln relining');
    await shot(page, 'search-hit');
    await page.close();
  });

  it('finds a Chinese word inside a run of characters and marks it in the snippet and the passage', async () => {
    importBytes(importStores(session.service.workspace.db), Buffer.from('稀土业绩简报\n\n一季度公司实现营业收入92.87亿元，同比增长61.19%。\n'), 'zh-brief.txt', null);
    const page = await session.open();
    await page.getByLabel('Search passages').fill('营业收入');
    const hit = page.getByRole('option').filter({ hasText: '实现营业收入92.87亿元' }).first();
    await expect.poll(() => hit.locator('mark').allTextContents(), { timeout: 10_000 }).toEqual(['营业收入']);
    await hit.click();
    await expect.poll(() => page.evaluate(`[...CSS.highlights.get('search-hit') ?? []].map((r) => r.toString()).join('|')`), { timeout: 10_000 })
      .toBe('营业收入');
    await shot(page, 'search-chinese');
    await page.close();
  });

  it('says why a file failed, and imports the others', async () => {
    const page = await session.open();
    await page.getByLabel('Choose files to import').setInputFiles([
      { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n') },
      { name: 'extra.txt', mimeType: 'text/plain', buffer: Buffer.from('Extra Note\n\nOutput reached 1,250 mt in June.\n') },
    ]);
    const summary = page.getByRole('dialog', { name: 'Import summary' });
    await summary.waitFor();
    await expect.poll(() => summary.locator('li.failed').textContent(), { timeout: 15_000 }).toContain('scan.pdf: scan.pdf is not a PDF Assay can read');
    await expect.poll(() => summary.textContent(), { timeout: 15_000 }).toContain('Extra Note');
    await page.close();
  });
});
