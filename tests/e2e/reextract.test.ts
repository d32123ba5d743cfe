import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBytes, importStores } from '../../electron/core/import/import-file.ts';
import { fixture } from '../helpers/fixtures.ts';
import { startSession, type Session } from '../helpers/browser.ts';
import { openDocument, shot } from './workbench-flows.ts';

let session: Session;
beforeAll(async () => {
  session = await startSession();
  const db = session.service.workspace.db;
  importBytes(importStores(db), fixture('ir-record.txt'), 'ir-record.txt', null);
  // As an older Assay left it: every figure read by extractor 1.1.0, one of them labelled as that version did.
  db.prepare(`UPDATE metrics SET extractor_version = '1.1.0'`).run();
  db.prepare(`UPDATE metrics SET label = 'amount' WHERE id = (SELECT min(id) FROM metrics)`).run();
});
afterAll(async () => { await session?.close(); });

describe('figures from an older extractor', () => {
  it('are offered for reading again, and the banner says what changed', async () => {
    const page = await session.open();
    await openDocument(page, 'Baotou Lanthanum');
    const offer = page.getByRole('status', { name: 'Older figures' });
    await expect.poll(() => offer.textContent(), { timeout: 10_000 }).toMatch(/figures were read by an older version of Assay/u);
    await shot(page, 'reextract-offer');
    await offer.getByRole('button', { name: 'Read them again' }).click();
    const result = page.getByRole('status', { name: 'Figures read again' });
    await expect.poll(() => result.textContent(), { timeout: 10_000 }).toMatch(/Read 1 document again with extractor [\d.]+: 1 changed, 0 added, 0 removed/u);
    await result.getByText('What changed').click();
    expect(await result.locator('li').first().textContent()).toMatch(/amount · .* → /u);
    await shot(page, 'reextract-result');
    expect(await page.locator('.ag-row').filter({ hasText: /^amount/u }).count()).toBe(0);
    await page.close();
  });
});
