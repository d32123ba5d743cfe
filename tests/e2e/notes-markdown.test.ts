import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBytes, importStores } from '../../electron/core/import/import-file.ts';
import { fixture } from '../helpers/fixtures.ts';
import { startSession, type Session } from '../helpers/browser.ts';
import { findInGrid, openDocument, shot } from './workbench-flows.ts';

let session: Session;
beforeAll(async () => {
  session = await startSession();
  importBytes(importStores(session.service.workspace.db), fixture('ir-record.txt'), 'ir-record.txt', null);
});
afterAll(async () => { await session?.close(); });

const NOTE = [
  '### Versus the desk', '',
  '| Source | Revenue | Y/Y |', '|---|--:|--:|', '| Company | 2.31 bn | 24.6% |', '| Desk | 2.18 bn | 17.5% |', '',
  '> Beat on **volume**, not price.', '',
  '1. Check the May sheet', '   - spot *and* contract', '2. Ask IR about [the line](https://example.com/ir)', '',
  '<img src=x onerror=alert(1)> <svg onload=alert(2)> [x](JaVaScRiPt:alert(3)) ![chart](https://evil.example/c.png)',
].join('\n');

describe('a note previewed in the inspector', () => {
  it('shows tables, block quotes, nested and ordered lists, and nothing that runs or loads', async () => {
    const page = await session.open();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', (d) => { throw new Error(`a note opened a dialog: ${d.message()}`); });
    await openDocument(page, 'Baotou Lanthanum Works');
    await findInGrid(page, 'operating revenue', '2.31 billion yuan');
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.getByLabel('Note', { exact: true }).fill(NOTE);
    const preview = inspector.getByLabel('Note preview');

    await expect.poll(() => preview.locator('table tr').count(), { timeout: 10_000 }).toBe(3);
    expect(await preview.locator('th').allTextContents()).toEqual(['Source', 'Revenue', 'Y/Y']);
    const align = "getComputedStyle(document.querySelector('.note-preview td:nth-child(2)')).textAlign";
    expect(await page.evaluate(align)).toBe('right');
    expect(await preview.locator('blockquote strong').textContent()).toBe('volume');
    expect(await preview.locator('ol > li > ul > li').textContent()).toBe('spot and contract');
    expect(await preview.locator('ol > li').count()).toBe(2);
    const link = preview.getByRole('link', { name: 'the line' });
    expect(await link.getAttribute('href')).toBe('https://example.com/ir');
    expect(await link.getAttribute('rel')).toBe('noreferrer noopener');
    expect(await link.getAttribute('target')).toBe('_blank');

    expect(await preview.locator('img, svg, script, a[href^="javascript"]').count()).toBe(0);
    expect(await preview.textContent())
      .toContain('<img src=x onerror=alert(1)> <svg onload=alert(2)> [x](JaVaScRiPt:alert(3)) [image: chart]');
    expect(requests.filter((u) => u.includes('evil.example') || u.includes('example.com'))).toEqual([]);
    await preview.scrollIntoViewIfNeeded();
    await shot(page, 'note-markdown-preview');
    await page.close();
  });
});
