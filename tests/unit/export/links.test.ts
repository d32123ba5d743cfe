import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { exportGrid, exportReport, linksOf } from '../../../electron/core/export/export-grid.ts';
import { collectGrid } from '../../../electron/core/export/collect.ts';
import { toHtml } from '../../../electron/core/export/html.ts';
import { htmlToPdf } from '../../../electron/core/export/pdf.ts';
import { gridQuery } from '../../../shared/exports.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import { parseOpenQuery } from '../../../shared/open-link.ts';
import { checkNote } from '../../helpers/fixtures.ts';
import { tempDir } from '../../helpers/temp-workspace.ts';

const BASE = 'http://127.0.0.1:4321/open';

async function seeded() {
  const file = path.join(tempDir(), 'links & notes.assay');
  const service = new Service(await openWorkspace(file));
  importBytes(importStores(service.workspace.db), checkNote('daily-a.md'), 'daily-a.md', null);
  const price = service.call('metrics.page', { label: 'Pr-Nd oxide' }).rows[0]!;
  return { file, service, price };
}

/** Every link back in a text, read back as targets. */
const targets = (text: string, base = BASE) => [...text.matchAll(new RegExp(`${base.replace(/[.?/]/gu, '\\$&')}\\?([\\w%+.=&;-]+)`, 'gu'))]
  .map((m) => parseOpenQuery(m[1]!.replace(/&amp;/gu, '&')));

describe('links back from exports', () => {
  it('open the metric cited, in this workspace, from HTML, Markdown, DOCX and XLSX', async () => {
    const { file, service, price } = await seeded();
    const db = service.workspace.db;
    const selection = { label: 'Pr-Nd oxide' };
    const want = { workspace: path.resolve(file), metric: price.id };

    const html = (await exportGrid(db, selection, 'html', undefined, BASE)).toString('utf8');
    expect(html).toContain(`<a class="open" href="${BASE}?workspace=`);
    expect(targets(html)).toContainEqual(want);

    const md = (await exportGrid(db, selection, 'md', undefined, BASE)).toString('utf8');
    expect(md).toMatch(/^\[\^1\]: .+ \[Open in Assay\]\(http:\/\/127\.0\.0\.1:4321\/open\?workspace=[^)\s]+&metric=\d+\)$/mu);
    expect(targets(md)).toContainEqual(want);

    const docx = path.join(tempDir(), 'links.docx');
    fs.writeFileSync(docx, await exportGrid(db, selection, 'docx', undefined, BASE));
    const footnotes = execFileSync('unzip', ['-p', docx, 'word/footnotes.xml']).toString('utf8');
    const rels = execFileSync('unzip', ['-p', docx, 'word/_rels/footnotes.xml.rels']).toString('utf8');
    const rel = /<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>[^]*?Open in Assay/u.exec(footnotes)?.[1];
    expect(rel).toBeTruthy();
    const target = new RegExp(`<Relationship [^>]*Id="${rel}"[^>]*Target="([^"]+)"[^>]*TargetMode="External"`, 'u').exec(rels)?.[1];
    expect(targets(target ?? '')).toEqual([want]);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(await exportGrid(db, selection, 'xlsx', undefined, BASE)).buffer);
    const sources = book.getWorksheet('Sources')!;
    expect(sources.getRow(1).getCell(7).value).toBe('Open in Assay');
    const cell = sources.getRow(2).getCell(7).value as { text: string; hyperlink: string };
    expect(cell.text).toBe('Open in Assay');
    expect(parseOpenQuery(new URL(cell.hyperlink).search)).toEqual(want);
  });

  it('default to the desktop protocol, and open a report\'s annotations too', async () => {
    const { service, price } = await seeded();
    const range = { documentId: price.documentId, start: price.start!, end: price.end! };
    const note = service.call('annotations.createRange', { ...range, body: 'Spot price', color: 'yellow' }).id;
    const report = service.call('reports.create', { name: 'Links' });
    const { id, name, updatedAt: _u, ...content } = report;
    service.call('reports.save', { id, name, content: { ...content, sections: [{ heading: 'Prices', commentary: '',
      items: [{ kind: 'metric', metricId: price.id }, { kind: 'annotation', annotationId: note }] }] } });
    const html = (await exportReport(service.workspace.db, id, 'html')).toString('utf8');
    const found = targets(html, 'assay://open');
    expect(found).toContainEqual(expect.objectContaining({ metric: price.id }));
    expect(found).toContainEqual(expect.objectContaining({ annotation: note }));
    const md = (await exportReport(service.workspace.db, id, 'md')).toString('utf8');
    expect(targets(md, 'assay://open')).toContainEqual(expect.objectContaining({ annotation: note }));
  });

  it('link each figure of a shared source in HTML to its own metric', async () => {
    const { service } = await seeded();
    const html = (await exportGrid(service.workspace.db, {}, 'html', undefined, BASE)).toString('utf8');
    const metrics = service.call('metrics.page', {}).rows;
    const linked = new Set(targets(html).map((t) => (t && 'metric' in t ? t.metric : null)));
    for (const m of metrics) expect(linked.has(m.id), m.label).toBe(true);
  });
});

describe('links back from a PDF', () => {
  it('survive the print as link annotations', async () => {
    const { service, price } = await seeded();
    const pdf = (await exportGrid(service.workspace.db, { label: 'Pr-Nd oxide' }, 'pdf', undefined, BASE)).toString('latin1');
    expect(pdf).toContain(`/URI (${BASE}?workspace=`);
    expect(pdf).toContain(`&metric=${price.id})`);
    expect(pdf).toMatch(/\/Dest\b/u);
  }, 60_000);

  it('keep their way back into Assay past LARGE_ROWS, where the numbered citations stop jumping to their source', async () => {
    const { service, price } = await seeded();
    const data = collectGrid(service.workspace.db, gridQuery({ label: 'Pr-Nd oxide' }), 'Pr-Nd oxide');
    data.links = linksOf(service.workspace.db, BASE);
    const pdf = (await htmlToPdf(toHtml(data), 0)).toString('latin1');
    expect(pdf).toContain(`&metric=${price.id})`);
    expect(pdf).not.toMatch(/\/Dest\b/u);
  }, 60_000);
});
