import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { exportReport } from '../../../electron/core/export/export-grid.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import { checkNote } from '../../helpers/fixtures.ts';
import { runCli } from '../../helpers/run-cli.ts';
import { tempDir } from '../../helpers/temp-workspace.ts';

async function seeded() {
  const file = path.join(tempDir(), 'reports.assay');
  const service = new Service(await openWorkspace(file));
  for (const name of ['daily-a.md', 'daily-b.md', 'daily-c.md']) importBytes(importStores(service.workspace.db), checkNote(name), name, null);
  const price = service.call('metrics.page', { label: 'Pr-Nd oxide', quick: 'Daily A' }).rows[0]!;
  const revenue = service.call('metrics.page', { label: 'operating revenue', quick: 'Daily A' }).rows[0]!;
  const documentId = price.documentId;
  const note = service.call('annotations.createRange', { documentId, start: price.start!, end: price.end!, body: 'Spot, not **contract**. <script>x()</script>', color: 'yellow' }).id;
  return { file, service, price, revenue, note };
}

describe('reports', () => {
  it('are saved in the workspace by a unique name, and a damaged one is refused rather than emptied', async () => {
    const { service } = await seeded();
    const report = service.call('reports.create', { name: 'Weekly' });
    expect(report).toMatchObject({ name: 'Weekly', title: 'Weekly', sections: [{ heading: '', commentary: '', items: [] }] });
    expect(() => service.call('reports.create', { name: 'weekly' })).toThrow(/already a report named "weekly"/u);
    expect(() => service.call('reports.save', { id: report.id, name: 'Weekly', content: { ...report, date: '22/11/2026' } as never }))
      .toThrow(/^The report's date “22\/11\/2026” is not a date written YYYY-MM-DD; type one such as 2025-03-31 \(reports\.save: content\.date\)\.$/u);
    service.workspace.db.prepare('UPDATE reports SET content = ? WHERE id = ?').run('{"sections": 3}', report.id);
    expect(() => service.call('reports.get', { id: report.id })).toThrow(/cannot read; it is left untouched/u);
    expect(service.call('reports.list', {})[0]).toMatchObject({ name: 'Weekly', title: '(unreadable)' });
  });

  it('adds the grid as it stands, and exports sections, charts and quotes with every figure cited', async () => {
    const { service, price, revenue, note, file } = await seeded();
    const created = service.call('reports.create', { name: 'Rare earths, week 14' });
    const withGrid = service.call('reports.addGrid', { id: created.id, section: 0, selection: { quick: 'Pr-Nd' } });
    expect(withGrid.sections[0]!.items).toHaveLength(3);
    expect(() => service.call('reports.addGrid', { id: created.id, section: 0, selection: { quick: 'no such figure' } })).toThrow(/The grid shows no metrics/u);
    const { id, name, updatedAt: _u, ...content } = withGrid;
    service.call('reports.save', { id, name, content: {
      ...content, title: 'Rare earths: week 14', author: 'A. Analyst', date: '2025-04-02', summary: 'Prices **rose**; see [the note](javascript:alert(1)).',
      sections: [
        { heading: 'Prices', items: [{ kind: 'chart', metricId: price.id }, ...content.sections[0]!.items, { kind: 'annotation', annotationId: note }] },
        { heading: 'Results', commentary: 'Revenue **beat**:\n\n- volume\n- price', items: [{ kind: 'metric', metricId: revenue.id }] },
      ],
    } });
    // Each section's commentary is printed under its heading; a report saved before commentary existed reads as none.
    expect(service.call('reports.get', { id }).sections.map((s) => s.commentary)).toEqual(['', 'Revenue **beat**:\n\n- volume\n- price']);
    const html = (await exportReport(service.workspace.db, id, 'html')).toString('utf8');
    expect(html).toContain('<h1>Rare earths: week 14</h1>');
    expect(html).toContain('by A. Analyst · 2025-04-02');
    expect(html).toContain('Prices <strong>rose</strong>; see [the note](javascript:alert(1)).');
    expect(html.indexOf('<h2>Prices</h2>')).toBeLessThan(html.indexOf('<h2>Results</h2>'));
    expect(html).toMatch(/<h2>Results<\/h2>\n<div class="commentary">[^]*<strong>beat<\/strong>[^]*<li>volume<\/li>/u);
    expect(html).toMatch(/<figure class="chart" aria-label="Pr-Nd oxide price · market"><svg/u);
    expect(html).toContain('<q>444,500 yuan/mt</q>');
    expect(html).toContain('&lt;script&gt;x()&lt;/script&gt;');
    expect(html).not.toMatch(/<script/u);
    // Sources: 3 prices, the quote, the revenue, numbered in reading order.
    expect(html.match(/<li id="s\d+">/gu)).toHaveLength(5);
    const md = (await exportReport(service.workspace.db, id, 'md')).toString('utf8');
    expect(md).toContain('## Prices');
    expect(md).toContain('## Results\n\nRevenue **beat**:');
    expect(md).toContain('**Chart: Pr-Nd oxide price · market** (CNY/t)');
    expect(md).toContain('> “444,500 yuan/mt”[^4]');
    expect(md).toContain('see [the note\\]\\(javascript:alert(1\\)).');
    const json = JSON.parse((await exportReport(service.workspace.db, id, 'json')).toString('utf8')) as {
      sections: Array<{ heading: string; blocks: Array<{ kind: string }> }>; metrics: Array<{ citation: string }>;
    };
    expect(json.sections.map((s) => [s.heading, s.blocks.map((b) => b.kind)])).toEqual([['Prices', ['chart', 'metrics', 'annotation']], ['Results', ['metrics']]]);
    // Word: headings, the commentary, the chart as a picture with its data in an appendix, one footnote per distinct source.
    const docx = path.join(path.dirname(file), 'report.docx');
    fs.writeFileSync(docx, await exportReport(service.workspace.db, id, 'docx'));
    const xml = execFileSync('unzip', ['-p', docx, 'word/document.xml']).toString('utf8');
    expect(xml).toContain('Revenue </w:t>');
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>[^]*Appendix: chart data/u);
    expect(execFileSync('unzip', ['-l', docx]).toString('utf8')).toMatch(/word\/media\/[^\s]+\.png/u);
    const footnotes = execFileSync('unzip', ['-p', docx, 'word/footnotes.xml']).toString('utf8');
    const cited = (footnotes.match(/<w:footnote w:id="[1-9]\d*"/gu) ?? []).length;
    expect(cited).toBe(new Set(json.metrics.map((m) => m.citation)).size + 1);
    // XLSX keeps the sections as headed, grouped runs of rows, periods as real dates, each value linked to its source.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(await exportReport(service.workspace.db, id, 'xlsx')).buffer);
    const sheet = book.getWorksheet('Metrics')!;
    const firsts = sheet.getRows(2, sheet.rowCount - 1)!.map((r) => [r.getCell(1).value, r.outlineLevel ?? 0]);
    expect(firsts[0]).toEqual(['Prices', 0]);
    expect(firsts.filter(([, level]) => level === 1)).toHaveLength(4);
    expect(firsts.map(([label]) => label)).toContain('Results');
    const dated = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(9).value instanceof Date)!;
    expect(dated.getCell(9).numFmt).toBe('yyyy-mm-dd');
    expect((dated.getCell(16).value as { hyperlink: string }).hyperlink).toMatch(/^#'Sources'!A\d+$/u);
  });

  it('draws a chart the analyst added even when its series has one period', async () => {
    const { service, revenue } = await seeded();
    const report = service.call('reports.create', { name: 'One period' });
    const { id, name, updatedAt: _u, ...content } = report;
    service.call('reports.save', { id, name, content: { ...content, sections: [{ heading: 'Results', items: [{ kind: 'chart', metricId: revenue.id }] }] } });
    const html = (await exportReport(service.workspace.db, id, 'html')).toString('utf8');
    expect(html).toMatch(/<figure class="chart" aria-label="operating revenue · Halcyon Metals"><svg/u);
  });

  it('leaves out items whose metric was deleted since', async () => {
    const { service, price, revenue } = await seeded();
    const report = service.call('reports.create', { name: 'Short' });
    const { id, name, updatedAt: _u, ...content } = report;
    service.call('reports.save', { id, name, content: { ...content, sections: [{ heading: 'All', items: [{ kind: 'metric', metricId: price.id }, { kind: 'metric', metricId: revenue.id }] }] } });
    service.call('metrics.delete', { id: revenue.id });
    const json = JSON.parse((await exportReport(service.workspace.db, id, 'json')).toString('utf8')) as { metrics: Array<{ id: number }> };
    expect(json.metrics.map((m) => m.id)).toEqual([price.id]);
  });

  it('exports by name from the command line', async () => {
    const { service, file, price } = await seeded();
    const report = service.call('reports.create', { name: 'Weekly' });
    const { id, name, updatedAt: _u, ...content } = report;
    service.call('reports.save', { id, name, content: { ...content, sections: [{ heading: 'Prices', items: [{ kind: 'metric', metricId: price.id }] }] } });
    service.workspace.db.close();
    const out = path.join(path.dirname(file), 'weekly.md');
    const result = await runCli(['export', '--report', 'weekly', '--format', 'md', '--out', out, '-w', file]);
    expect(result).toMatchObject({ code: 0 });
    expect(fs.readFileSync(out, 'utf8')).toContain('## Prices');
    expect((await runCli(['export', '--report', 'Monthly', '--format', 'md', '--out', out, '-w', file])).stderr).toContain('There is no report named "Monthly". Reports: "Weekly".');
    expect((await runCli(['export', '--report', 'Weekly', '--grid', '--format', 'md', '--out', out, '-w', file])).stderr).toContain('not both');
  });

  it('refuses a date that is not on the calendar, in words, and still opens and exports one an older Assay saved', async () => {
    const { service } = await seeded();
    const report = service.call('reports.create', { name: 'Dated' });
    const { id, name, updatedAt: _u, ...content } = report;
    expect(() => service.call('reports.save', { id, name, content: { ...content, date: '2025-02-30' } }))
      .toThrow(/^The report's date 30 February 2025 is not a date: February 2025 has 28 days; type a real date as YYYY-MM-DD, such as 2025-02-28 /u);
    expect(() => service.call('reports.save', { id, name, content: { ...content, date: '2025-13-45' } })).toThrow(/there is no month 13/u);
    expect(service.call('reports.get', { id }).date).toBe(content.date);
    expect(service.call('reports.save', { id, name, content: { ...content, date: '2024-02-29' } }).date).toBe('2024-02-29');
    expect(service.call('reports.save', { id, name, content: { ...content, date: '' } }).date).toBe('');
    // Saved before days were checked: it opens (nothing saved is lost) and the builder asks for a real day before saving again.
    service.workspace.db.prepare('UPDATE reports SET content = ? WHERE id = ?').run(JSON.stringify({ ...content, date: '2025-02-30' }), id);
    expect(service.call('reports.get', { id }).date).toBe('2025-02-30');
    expect((await exportReport(service.workspace.db, id, 'md')).toString('utf8')).toContain('# Dated');
  });
});
