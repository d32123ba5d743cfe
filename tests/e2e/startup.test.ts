import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBytes, importStores } from '../../electron/core/import/import-file.ts';
import { checkNote, fixture } from '../helpers/fixtures.ts';
import { startSession, type Session } from '../helpers/browser.ts';

/*
 * The first screen's calls (#19): each asked once, the library's before React renders, and
 * the grid's first page only once it knows the reader's document. Before, the grid asked for
 * every document's metrics, then twice for the first document's.
 */

let session: Session;
beforeAll(async () => {
  session = await startSession();
  const stores = importStores(session.service.workspace.db);
  importBytes(stores, checkNote('daily-a.md'), 'daily-a.md', null);
  importBytes(stores, fixture('market-note.md'), 'market-note.md', null);
});
afterAll(async () => { await session?.close(); });

describe('launching the workbench', () => {
  it('asks for the library, the tags and the grid\'s first page once each, the page for the document shown, before the counts', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const calls: Array<{ method: string; input: Record<string, unknown> }> = [];
    page.on('request', (r) => {
      const method = /\/api\/(.+)$/u.exec(new URL(r.url()).pathname)?.[1];
      if (method) calls.push({ method, input: JSON.parse(r.postData() ?? '{}') as Record<string, unknown> });
    });
    await page.goto(session.server.launchUrl);
    await page.getByTestId('metrics-grid').locator('.ag-row').first().waitFor();
    await page.waitForLoadState('networkidle');
    const named = (method: string) => calls.filter((c) => c.method === method);
    expect(named('documents.list')).toHaveLength(1);
    expect(named('tags.list')).toHaveLength(1);
    const [shown] = session.service.call('documents.list', { sort: 'imported' });
    expect(named('metrics.page').map((c) => c.input.documentId)).toEqual([shown!.id]);
    // workspace.info counts every metric: sent first, it would hold up the page on the core's thread.
    const order = calls.map((c) => c.method);
    expect(order.indexOf('workspace.info')).toBeGreaterThan(order.indexOf('metrics.page'));
    await page.locator('.reader-head h1').filter({ hasText: shown!.title }).waitFor();
  });
});
