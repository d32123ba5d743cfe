import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBytes, importStores } from '../../electron/core/import/import-file.ts';
import { startSession, type Session } from '../helpers/browser.ts';

// Fast small exports (#15): a 12-metric grid reaches the disk at once, followed by a long-poll rather than polled.

let session: Session;
beforeAll(async () => {
  session = await startSession();
  const lines = Array.from({ length: 12 }, (_, i) => `Plant ${i} reported output of ${(1000 + i).toLocaleString('en-US')} mt in Q${(i % 4) + 1} 2025.`);
  importBytes(importStores(session.service.workspace.db), Buffer.from(`Output Log\n\n${lines.join('\n\n')}\n`), 'log.txt', null);
});
afterAll(async () => { await session?.close(); });

describe('exporting a small grid', () => {
  it('saves the file within half a second of the click, asking exports.wait once or twice and never polling exports.status', async () => {
    const page = await session.open();
    await page.getByTestId('metrics-grid').locator('.ag-row').first().waitFor();
    const calls: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/api/exports.')) calls.push(r.url().split('/api/')[1]!); });
    for (const format of ['Markdown', 'Word (DOCX)'] as const) {
      await page.getByRole('button', { name: 'Export' }).click();
      const download = page.waitForEvent('download');
      const clicked = performance.now();
      await page.getByRole('menuitem', { name: format }).click();
      const arrived = await download;
      // As the browser sees it: click, exports.start, exports.wait, exports.file, the download.
      expect(performance.now() - clicked).toBeLessThan(500);
      const file = path.join(path.dirname(session.workspacePath), arrived.suggestedFilename());
      await arrived.saveAs(file);
      if (format === 'Markdown') expect(fs.readFileSync(file, 'utf8')).toContain('Plant 11');
      else expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    }
    expect(calls.filter((c) => c === 'exports.status')).toEqual([]);
    expect(calls.filter((c) => c === 'exports.start')).toHaveLength(2);
    expect(calls.filter((c) => c === 'exports.wait').length).toBeLessThanOrEqual(4);
    await page.close();
  });
});
