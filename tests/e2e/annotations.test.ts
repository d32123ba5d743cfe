import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { importBytes, importStores } from '../../electron/core/import/import-file.ts';
import { fixture } from '../helpers/fixtures.ts';
import { startSession, type Session } from '../helpers/browser.ts';
import { openDocument, selectText, shot } from './workbench-flows.ts';

let session: Session;
beforeAll(async () => {
  session = await startSession();
  for (const name of ['ir-record.txt', 'news-page.html']) importBytes(importStores(session.service.workspace.db), fixture(name), name, null);
});
afterAll(async () => { await session?.close(); });

const panel = (page: Page) => page.getByRole('region', { name: 'Annotations' });

async function highlight(page: Page, words: string, color: string, note = ''): Promise<void> {
  await selectText(page, words);
  const bar = page.getByRole('toolbar', { name: 'Selected text' });
  if (note) await bar.getByLabel('Note on the selection').fill(note);
  await bar.getByRole('radio', { name: `Highlight ${color}` }).click();
  await bar.waitFor({ state: 'detached' });
}

describe('annotations in the workbench', () => {
  it('paints overlapping highlights in their colors and lists them, filtered by color and tag', async () => {
    const page = await session.open();
    await openDocument(page, 'Baotou Lanthanum Works');
    await highlight(page, 'operating revenue was 2.31', 'yellow');
    await highlight(page, 'revenue was 2.31 billion yuan, up', 'blue', 'Compare with *last* quarter.');

    // Each character shows the innermost highlight; where both cover it, the outer underlines.
    const both = page.locator('.hl.hl-yellow.under-blue, .hl.hl-blue.under-yellow');
    await both.first().waitFor();
    expect(await both.allTextContents()).toEqual(['revenue was ', '2.31']);
    expect(await page.locator('.hl.hl-yellow').first().textContent()).toBe('operating ');
    expect(await page.locator('mark.figure').filter({ hasText: '2.31 billion yuan' }).count()).toBe(1);
    await shot(page, 'annotations-highlights');

    const list = panel(page);
    await expect.poll(() => list.locator('.annotation-list > li').count(), { timeout: 10_000 }).toBe(2);
    await list.getByLabel('Filter annotations by color').selectOption('blue');
    await expect.poll(() => list.locator('.annotation-list > li').count()).toBe(1);
    expect(await list.locator('.note-preview em').textContent()).toBe('last');

    // Tag the blue one from its editor, then filter by the tag.
    await list.getByRole('button', { name: /Open annotation revenue was/u }).click();
    await list.getByLabel('Tag the annotation').fill('review/q1');
    await list.getByLabel('Tag the annotation').press('Enter');
    await expect.poll(() => list.locator('.annotation-list .chip').first().textContent(), { timeout: 10_000 }).toBe('review/q1');
    await list.getByLabel('Filter annotations by color').selectOption('');
    await list.getByLabel('Filter annotations by tag').selectOption({ label: 'review (1)' });
    await expect.poll(() => list.locator('.annotation-list > li').count(), { timeout: 10_000 }).toBe(1);
    await shot(page, 'annotations-panel');
    await page.close();
  });

  it('edits an annotation with history, deletes it to the trash, undoes and restores', async () => {
    const page = await session.open();
    await openDocument(page, 'Baotou Lanthanum Works');
    await page.getByRole('tab', { name: 'Annotations' }).click();
    const list = panel(page);
    await list.getByRole('button', { name: /Open annotation operating revenue was/u }).click();
    await list.getByRole('radio', { name: 'green' }).click();
    await expect.poll(() => page.locator('.hl.hl-green').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await list.getByLabel('Annotation note').fill('Matches the filing.');
    await list.getByRole('button', { name: 'Save note' }).click();
    const history = list.locator('details').filter({ hasText: 'History' });
    await expect.poll(() => history.locator('summary').textContent(), { timeout: 10_000 }).toBe('History (2)');

    // Deleting must not read the deleted annotation again (a 404 in the console).
    const failures: string[] = [];
    page.on('response', (r) => { if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`); });
    await list.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.locator('.hl.hl-green').count(), { timeout: 10_000 }).toBe(0);
    await page.waitForTimeout(300);
    expect(failures).toEqual([]);
    await page.locator('.wordmark').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.hl.hl-green').count(), { timeout: 10_000 }).toBeGreaterThan(0);

    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => page.locator('.hl.hl-green').count(), { timeout: 10_000 }).toBe(0);
    await page.getByRole('button', { name: 'Trash' }).click();
    const trash = page.getByRole('dialog', { name: 'Trash' });
    await trash.getByRole('button', { name: /Restore operating revenue was/u }).click();
    await expect.poll(() => trash.locator('li.empty').count(), { timeout: 10_000 }).toBe(1);
    await trash.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.locator('.hl.hl-green').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.close();

    const dark = await session.open({ colorScheme: 'dark' });
    await openDocument(dark, 'Baotou Lanthanum Works');
    await dark.getByRole('tab', { name: 'Annotations' }).click();
    await panel(dark).getByRole('button', { name: /Open annotation revenue was/u }).click();
    await shot(dark, 'annotations-dark');
    await dark.close();
  });

  it('keeps a note being typed when the colour is changed before it is saved', async () => {
    const page = await session.open();
    await openDocument(page, 'Baotou Lanthanum Works');
    await highlight(page, 'Baotou Lanthanum Works', 'purple');
    await page.getByRole('tab', { name: 'Annotations' }).click();
    const list = panel(page);
    await list.getByRole('button', { name: /Open annotation Baotou Lanthanum Works/u }).click();
    await list.getByLabel('Annotation note').waitFor({ timeout: 10_000 });
    // The re-read after the colour change arrives late, as on a busy machine, while the analyst is already typing.
    await page.route('**/api/annotations.get', async (route) => { await new Promise((r) => setTimeout(r, 800)); await route.continue(); });
    await list.getByRole('radio', { name: 'yellow' }).click();
    await list.getByLabel('Annotation note').fill('Check the name in the filing.');
    await expect.poll(() => list.getByRole('radio', { name: 'yellow' }).getAttribute('aria-checked'), { timeout: 10_000 }).toBe('true');
    expect(await list.getByLabel('Annotation note').inputValue()).toBe('Check the name in the filing.');
    await page.close();
  });

  it('undoes a highlight whose editor is open without reading it again once gone (no 404)', async () => {
    const page = await session.open();
    await openDocument(page, 'Baotou Lanthanum Works');
    await highlight(page, 'investor Q&A record', 'pink');
    await page.getByRole('tab', { name: 'Annotations' }).click();
    const list = panel(page);
    await list.getByRole('button', { name: /Open annotation investor Q&A record/u }).click();
    await list.getByLabel('Annotation note').waitFor({ timeout: 10_000 });
    const failures: string[] = [];
    page.on('response', (r) => { if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`); });
    await page.locator('.wordmark').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.hl.hl-pink').count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => list.getByRole('button', { name: /Open annotation investor Q&A record/u }).count()).toBe(0);
    await page.waitForTimeout(300);
    expect(failures).toEqual([]);
    expect(await list.getByRole('alert').count()).toBe(0);
    await page.close();
  });

  it('shows a note on a metric without a colour or tags of its own, saying to tag the metric', async () => {
    const { service } = session;
    const doc = service.call('documents.list', {}).find((d) => d.fileName === 'ir-record.txt')!;
    const metric = service.call('metrics.page', { documentId: doc.id, endRow: 1, sort: [{ column: 'position', direction: 'asc' }] }).rows[0]!;
    service.call('metrics.update', { id: metric.id, patch: { note: 'Ask IR about the mix.' } });
    const page = await session.open();
    await openDocument(page, 'Baotou Lanthanum Works');
    await page.getByRole('tab', { name: 'Annotations' }).click();
    const list = panel(page);
    await list.getByRole('button', { name: `Open annotation ${metric.label}` }).click();
    // Opening it selects its metric in the inspector; back in the panel, its editor is open.
    await page.getByRole('tab', { name: 'Inspector', selected: true }).waitFor({ timeout: 10_000 });
    await page.getByRole('tab', { name: 'Annotations' }).click();
    await list.getByText("A note on a metric is the metric's note").waitFor({ timeout: 10_000 });
    expect(await list.getByRole('radiogroup', { name: 'Color' }).count()).toBe(0);
    expect(await list.getByLabel('Tag the annotation').count()).toBe(0);
    expect(await list.getByLabel('Annotation note').inputValue()).toBe('Ask IR about the mix.');
    await shot(page, 'annotations-metric-note');
    await page.close();
  });

  it('manages the tag hierarchy and filters the grid and the library by tag', async () => {
    const page = await session.open();
    await openDocument(page, 'Baotou Lanthanum Works');
    await page.getByRole('button', { name: 'Figure 2.31 billion yuan' }).click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.getByLabel('Tag the metric').fill('sector/rare earths');
    await inspector.getByLabel('Tag the metric').press('Enter');
    await expect.poll(() => inspector.locator('.chip').textContent(), { timeout: 10_000 }).toContain('sector/rare earths');

    await page.getByLabel('Filter metrics by tag').selectOption({ label: 'sector (1)' });
    await expect.poll(() => page.locator('.grid-panel .count').textContent(), { timeout: 10_000 }).toBe('1 metric');
    await page.getByLabel('Filter documents by tag').selectOption({ label: 'sector (1)' });
    await expect.poll(() => page.getByRole('listbox', { name: 'Documents' }).getByRole('option').count(), { timeout: 10_000 }).toBe(1);

    await page.getByRole('button', { name: 'Tags' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tags' });
    await dialog.getByLabel('Name of tag sector/rare earths').fill('REE');
    await dialog.getByLabel('Name of tag sector/rare earths').press('Enter');
    await expect.poll(() => dialog.getByLabel('Name of tag sector/REE').count(), { timeout: 10_000 }).toBe(1);
    await dialog.getByLabel('Color of tag sector/REE').selectOption('purple');
    await shot(page, 'tags-dialog');
    page.once('dialog', (d) => { expect(d.message()).toContain('1 item carry it'); void d.accept(); });
    await dialog.getByRole('button', { name: 'Delete tag sector', exact: true }).click();
    await expect.poll(() => dialog.getByLabel(/^Name of tag sector/u).count(), { timeout: 10_000 }).toBe(0);
    expect(await dialog.getByLabel('Name of tag review/q1').count()).toBe(1);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.getByRole('listbox', { name: 'Documents' }).getByRole('option').count(), { timeout: 10_000 }).toBe(2);
    await page.close();
  });

  it('shows an orphan with its quote after the document changes, and places it by hand', async () => {
    const page = await session.open();
    const documentId = session.service.call('documents.resolve', { ref: 'Baotou Lanthanum Works' }).id;
    const changed = fixture('ir-record.txt').toString('utf8').replaceAll('operating revenue was', 'turnover came to');
    importBytes(importStores(session.service.workspace.db), Buffer.from(changed), 'ir-record.txt', null);
    expect(session.service.call('annotations.list', { documentId }).filter((a) => a.anchorState === 'orphaned').length).toBeGreaterThan(0);

    await openDocument(page, 'Baotou Lanthanum Works');
    await page.getByRole('tab', { name: 'Annotations' }).click();
    const orphan = panel(page).locator('li.orphaned').filter({ hasText: 'operating revenue was 2.31' });
    await orphan.getByRole('button', { name: /Open annotation/u }).click();
    await orphan.getByRole('button', { name: 'Place by hand…' }).click();
    await page.getByRole('status').filter({ hasText: 'Select the words' }).waitFor();
    await selectText(page, 'turnover came to 2.31');
    await page.getByRole('button', { name: 'Place annotation here' }).click();
    await expect.poll(() => panel(page).locator('.annotation-list > li').filter({ hasText: 'turnover came to 2.31' }).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.locator('.hl').filter({ hasText: 'turnover' }).count()).toBeGreaterThan(0);
    await page.close();
  });

  it('deletes a tag with the one below it to the trash, lists it there as a tag and restores it on its items', async () => {
    const { service } = session;
    const tag = service.call('tags.create', { path: 'desk/lanthanum' });
    const metric = service.call('metrics.page', { endRow: 1, sort: [{ column: 'position', direction: 'asc' }] }).rows[0]!.id;
    service.call('tags.set', { targetKind: 'metric', targetId: metric, tagIds: [tag.id] });
    const page = await session.open();
    page.on('dialog', (d) => { void d.accept(); });
    await page.getByRole('button', { name: 'Tags', exact: true }).click();
    const tags = page.getByRole('dialog', { name: 'Tags' });
    await tags.getByRole('button', { name: 'Delete tag desk', exact: true }).click();
    await expect.poll(() => tags.getByLabel('Name of tag desk/lanthanum').count(), { timeout: 10_000 }).toBe(0);
    expect(service.call('metrics.get', { id: metric }).tagRefs).toEqual([]);
    await tags.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'Trash' }).click();
    const trash = page.getByRole('dialog', { name: 'Trash' });
    const row = trash.locator('li').filter({ hasText: 'desk' });
    await expect.poll(() => row.locator('b').textContent(), { timeout: 10_000 }).toBe('Tag');
    await shot(page, 'trash-tag');
    await trash.getByRole('button', { name: 'Restore desk' }).click();
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(0);
    await trash.getByRole('button', { name: 'Close' }).click();
    expect(service.call('metrics.get', { id: metric }).tagRefs.map((t) => t.path)).toEqual(['desk/lanthanum']);
    await page.getByRole('button', { name: 'Tags', exact: true }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Tags' }).getByLabel('Name of tag desk/lanthanum').count(), { timeout: 10_000 }).toBe(1);
    await page.close();
  });

  it('snaps a sloppy selection to whole words and asks for the words of a note before saving it', async () => {
    const page = await session.open();
    await openDocument(page, 'Baotou Lanthanum Works');
    await selectText(page, 'uarterly repor');
    const bar = page.getByRole('toolbar', { name: 'Selected text' });
    await bar.getByRole('button', { name: 'Add note' }).click();
    // Nothing typed: the note field takes the cursor and nothing is saved.
    expect(await page.evaluate('document.activeElement?.getAttribute("aria-label")')).toBe('Note on the selection');
    await page.keyboard.type('Which report?');
    await page.keyboard.press('Enter');
    await bar.waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: 'Annotations' }).click();
    const saved = panel(page).locator('.annotation-list > li').filter({ hasText: 'Which report?' });
    await expect.poll(() => saved.getByRole('button', { name: /^Open annotation / }).getAttribute('aria-label'), { timeout: 10_000 })
      .toBe('Open annotation quarterly report');
    await page.close();
  });
});
