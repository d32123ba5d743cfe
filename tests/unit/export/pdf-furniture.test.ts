import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { exportGrid, exportReport } from '../../../electron/core/export/export-grid.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import { outputLog } from '../../helpers/output-log.ts';
import { tempDir } from '../../helpers/temp-workspace.ts';

// PDF page furniture (#15): the running title and "Page X of Y" on every page, landscape for wide tables.

const ready = spawnSync('sh', ['-c', 'command -v pdftotext && command -v pdfinfo']).status === 0 && fs.existsSync('/usr/bin/chromium');

let service: Service;
beforeAll(async () => {
  service = new Service(await openWorkspace(path.join(tempDir(), 'pdf.assay')));
  importBytes(importStores(service.workspace.db), outputLog(60, 'Output Log', true), 'log.txt', null);
});
afterAll(() => service.workspace.db.close());

/** Each page's text, and whether the pages are wider than tall. */
function read(pdf: Buffer): { pages: string[]; landscape: boolean } {
  const file = path.join(tempDir(), 'out.pdf');
  fs.writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file]).toString('utf8');
  const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+)/u.exec(info)!;
  const pages = execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8').split('\f').filter((p) => p.trim());
  return { pages, landscape: Number(width) > Number(height) };
}

describe.skipIf(!ready)('PDF page furniture', () => {
  it('prints the running title and "Page X of Y" on every page, portrait for a narrow table', async () => {
    const { pages, landscape } = read(await exportGrid(service.workspace.db, {}, 'pdf'));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, i) => {
      expect(text).toContain('Assay metrics');
      expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
    });
    expect(landscape).toBe(false);
  }, 120_000);

  it('prints a report under its own title, landscape when its table has every column', async () => {
    const ids = service.call('metrics.page', { endRow: 6 }).rows.map((r) => r.id);
    const tag = service.call('tags.create', { path: 'sector' });
    service.call('tags.set', { targetKind: 'metric', targetId: ids[0]!, tagIds: [tag.id] });
    service.call('metrics.update', { id: ids[1]!, patch: { status: 'verified' } });
    const report = service.call('reports.create', { name: 'weekly' });
    const items = ids.map((metricId) => ({ kind: 'metric' as const, metricId }));
    // Quotes and a backslash: the title goes into a CSS string in the page margin.
    const title = 'Weekly "output" note \\ desk';
    service.call('reports.save', { id: report.id, name: report.name, content: { title, author: 'A. Analyst', date: '2025-04-30', summary: '', sections: [{ heading: 'Output', commentary: '', items }] } });
    const { pages, landscape } = read(await exportReport(service.workspace.db, report.id, 'pdf'));
    expect(pages[0]!.split('\n')[0]).toContain(title);
    expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
    expect(landscape).toBe(true);
  }, 120_000);
});
