import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBytes, importStores } from '../../electron/core/import/import-file.ts';
import { fixture } from '../helpers/fixtures.ts';
import { startSession, type Session } from '../helpers/browser.ts';
import { openDocument, shot } from './workbench-flows.ts';

let session: Session;
beforeAll(async () => {
  session = await startSession();
  for (const name of ['ir-record.txt', 'news-page.html']) importBytes(importStores(session.service.workspace.db), fixture(name), name, null);
});
afterAll(async () => { await session?.close(); });

const NEWS_URL = 'https://lanthanide.example/news/separation-plant-restarts';

/** A Hypothesis export: two notes on the news page (by its URL), one on no words at all. */
const hypothesis = {
  total: 3,
  rows: [
    { id: 'h1', uri: NEWS_URL, text: 'Restart **dated**.', tags: ['plants/restarts'], target: [{ source: NEWS_URL, selector: [{ type: 'TextQuoteSelector', exact: 'restarted on August 1' }] }] },
    { id: 'h2', uri: NEWS_URL, text: '', tags: [], target: [{ source: NEWS_URL, selector: [{ type: 'TextQuoteSelector', exact: 'restarted on August 1 after a six week upgrade' }] }] },
    { id: 'h3', uri: NEWS_URL, text: 'A page note', tags: [], target: [{ source: NEWS_URL }] },
  ],
};

describe('importing annotations in the workbench', () => {
  it('imports a Hypothesis export from the Annotations tab, shows the counts and why an item was skipped, and lists the notes', async () => {
    const page = await session.open();
    await openDocument(page, 'Separation Plant Restarts');
    await page.getByRole('tab', { name: 'Annotations' }).click();
    const panel = page.getByRole('region', { name: 'Annotations' });
    await panel.getByLabel('Choose an annotations file').setInputFiles({ name: 'hypothesis.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hypothesis)) });
    const summary = page.getByRole('dialog', { name: 'Annotations import summary' });
    await summary.waitFor({ timeout: 15_000 });
    expect(await summary.locator('p').textContent()).toBe('1 placed exactly, 1 placed fuzzily, 0 orphaned, 0 for documents not in this workspace, 1 skipped.');
    expect(await summary.locator('li.failed').textContent()).toBe(`✗ item 3 (h3): it is a note on the whole page ${NEWS_URL} with no selector; `
      + 'Assay keeps notes on words, passages and metrics, not on whole documents');
    await shot(page, 'annotations-import-summary');
    await summary.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => panel.locator('.annotation-list > li').count(), { timeout: 10_000 }).toBe(2);
    expect(await panel.locator('.note-preview strong').textContent()).toBe('dated');
    expect(await panel.locator('.annotation-list .chip').textContent()).toBe('plants/restarts');
    await page.close();
  });

  it('says so when the file is not JSON', async () => {
    const page = await session.open();
    await page.getByRole('tab', { name: 'Annotations' }).click();
    const panel = page.getByRole('region', { name: 'Annotations' });
    await panel.getByLabel('Choose an annotations file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('<html></html>') });
    await expect.poll(() => panel.getByRole('alert').textContent(), { timeout: 10_000 }).toMatch(/^notes\.json is not JSON \(.+\)\./u);
    await page.close();
  });
});
