import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBytes, importStores } from '../../electron/core/import/import-file.ts';
import { startSession, type Session } from '../helpers/browser.ts';
import { outputLog } from '../helpers/output-log.ts';

// Fast small exports (#15): a 12-metric grid reaches the disk at once, followed by a long-poll rather than polled.

let session: Session;
beforeAll(async () => {
  session = await startSession();
  importBytes(importStores(session.service.workspace.db), outputLog(12), 'log.txt', null);
});
afterAll(async () => { await session?.close(); });

describe('exporting a small grid', () => {
  it('saves the file after the click, asking exports.wait once or twice and never polling exports.status', async () => {
    const page = await session.open();
    await page.getByTestId('metrics-grid').locator('.ag-row').first().waitFor();
    const calls: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/api/exports.')) calls.push(r.url().split('/api/')[1]!); });
    for (const format of ['Markdown', 'Word (DOCX)'] as const) {
      await page.getByRole('button', { name: 'Export' }).click();
      const download = page.waitForEvent('download');
      await page.getByRole('menuitem', { name: format, exact: true }).click();
      // As the browser sees it: click, exports.start, exports.wait, exports.file, the download. How long that
      // takes is measured by `npm run bench -- --only export` (bench/export-latency.ts), not bounded here: a
      // wall-clock bound fails on a loaded CI machine. What this test holds is the shape: no polling.
      const arrived = await download;
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
