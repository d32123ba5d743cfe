import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { exportSheet } from '../../../electron/core/export/export-grid.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import { runCli } from '../../helpers/run-cli.ts';
import { tempDir } from '../../helpers/temp-workspace.ts';

const DOCS = [
  { name: 'results.txt', published: '2025-04-20', text: ['Otterby results\n', 'Otterby Mining revenue was 410 million yuan in Q1 2025 and 380 million yuan in Q4 2024.',
    'Otterby Mining revenue was 300 million yuan in Q1 2024. Otterby Mining gross margin was 31.5% in Q1 2025 and 28.0% in Q1 2024.\n'].join(' ') },
  { name: 'wire.txt', published: '2025-04-25', text: 'Wire brief\n\nOtterby Mining revenue was 430 million yuan in Q1 2025.\n\nOtterby Mining gross margin was 28.0% in Q1 2024.\n' },
];

let service: Service;
let dir: string;
let file: string;
beforeAll(async () => {
  // Not tempWorkspacePath: its folder goes after each test, and these tests share one workspace.
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-sheet-'));
  file = path.join(dir, 'sheet.assay');
  service = new Service(await openWorkspace(file));
  for (const d of DOCS) {
    const outcome = importBytes(importStores(service.workspace.db), Buffer.from(d.text), d.name, null);
    if (outcome.status === 'failed') throw new Error(outcome.error);
    service.call('documents.update', { id: outcome.documentId, patch: { published: d.published } });
  }
  const q4 = service.call('metrics.page', { label: 'revenue', period: '2024-10' }).rows[0]!;
  service.call('metrics.update', { id: q4.id, patch: { value: 385e6 } });
});

afterAll(() => {
  service.workspace.db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function book(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const b = new ExcelJS.Workbook();
  await b.xlsx.load(new Uint8Array(bytes).buffer);
  return b;
}

/** The value cells of a row on the Sheet worksheet by header, with the Sources row each links to. */
function cellsOf(sheet: ExcelJS.Worksheet, label: string) {
  const header = sheet.getRow(4).values as unknown[];
  const row = sheet.getRows(5, sheet.rowCount - 4)!.find((r) => r.getCell(1).value === label)!;
  const at = (heading: string) => row.getCell(header.indexOf(heading));
  const link = (heading: string) => {
    const { formula, result } = at(heading).value as ExcelJS.CellFormulaValue;
    return { value: result, row: Number(/^HYPERLINK\("#'Sources'!A(\d+)",/u.exec(formula)![1]) };
  };
  return { at, link };
}

describe('the period sheet as XLSX', () => {
  it('writes series by periods, each value a number linking to the Sources line that cites it', async () => {
    const b = await book(await exportSheet(service.workspace.db, {}));
    const sheet = b.getWorksheet('Sheet')!;
    const sources = b.getWorksheet('Sources')!;
    expect(sheet.getRow(4).values).toEqual([undefined, 'Label', 'Entity', 'Unit', '1Q24', '4Q24', '1Q25', '1Q25 Q/Q', '1Q25 Y/Y']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4, xSplit: 3 });
    const revenue = cellsOf(sheet, 'Otterby Mining revenue');
    const q1 = revenue.link('1Q25');
    expect(q1.value).toBe(430e6);
    const cited = sources.getRow(q1.row);
    expect(cited.getCell('A').value).toBe(q1.row - 1);
    expect(cited.getCell('D').value).toBe(430e6);
    expect(cited.getCell('G').value).toBe('shown');
    expect(String(cited.getCell('M').value)).toMatch(/^Wire brief, 2025-04-25, passage \d+: “Otterby Mining revenue was 430 million yuan in Q1 2025\.”$/u);
    // And to the figure in Assay: the link back opens the metric's span.
    expect((cited.getCell('O').value as { hyperlink: string }).hyperlink).toMatch(/^assay:\/\/open\?workspace=[^&]+&metric=\d+$/u);
    // The other document's 410 is listed under it, as disagreeing.
    expect(sources.getRow(q1.row + 1).getCell('D').value).toBe(410e6);
    expect(sources.getRow(q1.row + 1).getCell('G').value).toBe('disagrees');
    // Every link lands on the line of its own value.
    for (const heading of ['1Q24', '4Q24']) {
      const { value, row } = revenue.link(heading);
      expect(sources.getRow(row).getCell('D').value).toBe(value);
    }
    // Changes as numbers: a fraction shown as a percentage, points for a percentage.
    expect(revenue.at('1Q25 Q/Q').value).toBeCloseTo((430 - 385) / 385, 10);
    expect(revenue.at('1Q25 Y/Y').numFmt).toBe('+0.0%;-0.0%;0.0%');
    const margin = cellsOf(sheet, 'Otterby Mining gross margin');
    expect(margin.at('1Q25 Y/Y').value).toBeCloseTo(3.5, 10);
    expect(margin.at('1Q25 Y/Y').numFmt).toContain('pp');
    expect(margin.at('1Q25 Q/Q').value).toBeNull();
  });

  it('marks cells stated by several documents, disputed between them or edited, with a comment saying why', async () => {
    const sheet = (await book(await exportSheet(service.workspace.db, {}))).getWorksheet('Sheet')!;
    const revenue = cellsOf(sheet, 'Otterby Mining revenue');
    const fillOf = (c: ExcelJS.Cell) => (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(fillOf(revenue.at('1Q25'))).toBe('FFF4CCCC');
    expect(String(revenue.at('1Q25').note)).toMatch(/^Stated by 2 documents that disagree \(Otterby results: 410 mn CNY\)\.$/u);
    expect(fillOf(revenue.at('4Q24'))).toBe('FFFFF2CC');
    expect(String(revenue.at('4Q24').note)).toContain('Edited; extracted: value 380');
    const margin = cellsOf(sheet, 'Otterby Mining gross margin');
    expect(fillOf(margin.at('1Q24'))).toBe('FFDDEBF7');
    expect(margin.at('1Q24').note).toBe('Stated by 2 documents, which agree.');
    expect(fillOf(margin.at('1Q25'))).toBeUndefined();
    expect(margin.at('1Q25').note).toBeUndefined();
    // The legend says what each fill means.
    expect([sheet.getCell('D1').value, sheet.getCell('F1').value, sheet.getCell('H1').value]).toEqual(['Sources disagree', 'Edited by an analyst', 'Several sources agree']);
  });

  it('runs as an export job and from the command line with --view sheet', async () => {
    const { jobId } = service.call('exports.start', { selection: { label: 'margin' }, format: 'xlsx', view: 'sheet' });
    await expect.poll(() => service.call('exports.status', { jobId }).stage, { timeout: 20_000, interval: 50 }).toBe('done');
    expect(service.call('exports.status', { jobId }).fileName).toMatch(/^assay-sheet-\d{4}-\d{2}-\d{2}\.xlsx$/u);
    const fromJob = (await book(Buffer.from(service.call('exports.file', { jobId }).data, 'base64'))).getWorksheet('Sheet')!;
    expect(fromJob.getRows(5, fromJob.rowCount - 4)!.map((r) => r.getCell(1).value)).toEqual(['Otterby Mining gross margin']);
    const out = path.join(tempDir(), 'sheet.xlsx');
    const cli = await runCli(['export', '--grid', '--view', 'sheet', '--format', 'xlsx', '--out', out, '-w', file]);
    expect(cli.code).toBe(0);
    const sheet = (await book(fs.readFileSync(out))).getWorksheet('Sheet')!;
    expect(cellsOf(sheet, 'Otterby Mining revenue').link('1Q25').value).toBe(430e6);
  });

  it('refuses the period sheet in any format but XLSX, saying what to do', async () => {
    expect(() => service.call('exports.start', { selection: {}, format: 'csv', view: 'sheet' })).toThrow(/^The period sheet exports as XLSX only.*\(exports\.start: format\)\.$/u);
    expect(() => service.call('exports.start', { reportId: 1, format: 'xlsx', view: 'sheet' })).toThrow(/view "sheet" is for the grid/u);
    const out = path.join(tempDir(), 'sheet.csv');
    const cli = await runCli(['export', '--grid', '--view', 'sheet', '--format', 'csv', '--out', out, '-w', file]);
    expect(cli.code).not.toBe(0);
    expect(cli.stderr).toContain('The period sheet exports as XLSX only: use --format xlsx, or --view list for csv.');
    expect((await runCli(['export', '--grid', '--view', 'table', '--format', 'xlsx', '--out', out, '-w', file])).stderr).toContain('--view is one of list, sheet');
    expect(fs.existsSync(out)).toBe(false);
  });
});
