import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { collectGrid, type ExportData } from '../../../electron/core/export/collect.ts';
import { collectReport } from '../../../electron/core/export/collect-report.ts';
import { describeSelection, linksOf } from '../../../electron/core/export/export-grid.ts';
import { ReportStore } from '../../../electron/core/db/reports.ts';
import { blocksToHtml, blocksToHtmlParts, htmlBlocks } from '../../../electron/core/export/html.ts';
import { toPdf } from '../../../electron/core/export/pdf-parts.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import { gridQuery } from '../../../shared/exports.ts';
import { outputLog } from '../../helpers/output-log.ts';
import { tempDir } from '../../helpers/temp-workspace.ts';

// A large PDF export (#15) is printed as several documents at once and merged: it must read as one.

const ready = spawnSync('sh', ['-c', 'command -v pdftotext && command -v pdfinfo']).status === 0 && fs.existsSync('/usr/bin/chromium');
const METRICS = 150;

let service: Service;
let data: ExportData;
beforeAll(async () => {
  service = new Service(await openWorkspace(path.join(tempDir(), 'parts.assay')));
  const db = service.workspace.db;
  importBytes(importStores(db), outputLog(METRICS, 'Output Log', true), 'log.txt', null);
  data = { ...collectGrid(db, gridQuery({}), describeSelection(db, {})), links: linksOf(db) };
});
afterAll(() => service.workspace.db.close());

/** The page count pdfinfo reads, and each page's text. */
function read(pdf: Buffer): { count: number; pages: string[] } {
  const file = path.join(tempDir(), 'out.pdf');
  fs.writeFileSync(file, pdf);
  const count = Number(/Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [file]).toString('utf8'))![1]);
  const pages = execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8').split('\f').slice(0, count);
  return { count, pages };
}

describe('HTML parts', () => {
  it('cut only between rows and sources, the title in the first part, numbering of the sources going on', () => {
    const doc = htmlBlocks(data);
    const parts = blocksToHtmlParts(doc, 3).map((p) => p.toString('utf8'));
    expect(parts).toHaveLength(3);
    expect(parts[0]).toContain('<h1>Assay metrics</h1>');
    expect(parts.slice(1).join('')).not.toContain('<h1>');
    const rows = parts.map((p) => p.match(/<tr id="m\d+"/gu)?.length ?? 0);
    expect(rows.reduce((a, b) => a + b, 0)).toBe(METRICS);
    expect(parts.join('').match(/<li id="s\d+"/gu)).toHaveLength(METRICS);
    for (const part of parts.slice(1)) expect(part).toMatch(/^<body>\n(<table class="metrics continued">|<ol class="sources" start="\d+">)/mu);
    // One part, the whole export, byte for byte.
    expect(blocksToHtmlParts(doc, 1)[0]!.equals(blocksToHtml(doc))).toBe(true);
  });

  it('cut a report inside its sections, every heading, row and source kept once', () => {
    const ids = service.call('metrics.page', { endRow: METRICS }).rows.map((r) => r.id);
    const report = service.call('reports.create', { name: 'Output' });
    const items = (from: number, to: number) => ids.slice(from, to).map((metricId) => ({ kind: 'metric' as const, metricId }));
    service.call('reports.save', { id: report.id, name: report.name, content: { title: 'Output', author: '', date: '2025-04-30', summary: 'All plants.',
      sections: [{ heading: 'First', commentary: '', items: items(0, 100) }, { heading: 'Second', commentary: '', items: items(100, METRICS) }] } });
    const { blocks, title } = htmlBlocks({ ...collectReport(service.workspace.db, new ReportStore(service.workspace.db).get(report.id)), links: linksOf(service.workspace.db) });
    const parts = blocksToHtmlParts({ blocks, title }, 3).map((p) => p.toString('utf8'));
    expect(parts).toHaveLength(3);
    const all = parts.join('');
    for (const heading of ['First', 'Second', 'Sources']) expect(all.match(new RegExp(`<h2>${heading}</h2>`, 'gu'))).toHaveLength(1);
    expect(new Set(all.match(/<tr id="m\d+"/gu))).toHaveProperty('size', METRICS);
    expect(all.match(/<tr id="m\d+"/gu)).toHaveLength(METRICS);
    expect(all.match(/<li id="s\d+"/gu)).toHaveLength(METRICS);
    expect(parts[0]).toContain('All plants.');
  });
});

describe.skipIf(!ready)('a PDF printed in parts', () => {
  it('is one PDF, its pages numbered in sequence across the parts, every metric and every source in it', async () => {
    const whole = read(await toPdf(data, { largeRows: 0, parts: 1 }));
    const { count, pages } = read(await toPdf(data, { largeRows: 0, parts: 3 }));
    // Each part ends on a page of its own: at most one page more a cut.
    expect(count).toBeGreaterThanOrEqual(whole.count);
    expect(count).toBeLessThanOrEqual(whole.count + 2);
    pages.forEach((text, i) => {
      expect(text).toContain('Assay metrics');
      expect(text.match(/Page \d+ of \d+/gu)).toEqual([`Page ${i + 1} of ${count}`]);
    });
    const all = pages.join('\n');
    // Every metric: its row (the change column, "+N% YoY", is in no source) and its source's quote.
    for (let i = 0; i < METRICS; i++) {
      expect(all).toContain(`+${i + 1}% YoY`);
      expect(all).toContain(`Plant ${i} reported output of ${(1000 + i).toLocaleString('en-US')} mt`);
    }
    expect(all.match(/Open in Assay/gu)).toHaveLength(METRICS);
    // The sources are numbered on from where a part stopped, not from 1 again.
    for (const n of [1, METRICS]) expect(all).toMatch(new RegExp(`^\\s*${n}\\. Output Log, passage`, 'mu'));
    expect(all.match(/^\s*1\. Output Log/gmu)).toHaveLength(1);
  }, 120_000);
});
