import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { exportGrid } from '../../../electron/core/export/export-grid.ts';
import { analystMarkdown } from '../../../electron/core/export/markdown.ts';
import { inertCell } from '../../../electron/core/export/safe.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import { fixture } from '../../helpers/fixtures.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

/** Formula signs behind what some spreadsheets skip first: white space, invisible characters, fullwidth forms. */
const LOOKALIKES = ['\n=1+1', ' =1+1', '\u00a0=1+1', '\u200b=1+1', '\u2060=1+1', '\ufeff=1+1', '\uff1d1+1', '\uff0b1', '\uff0d1', '\uff20SUM(A1)', '\t=1', '\r=1'];

describe('exports hold no live formula and no live link', () => {
  it('makes look-alike formula prefixes inert in spreadsheet cells, and leaves plain text alone', () => {
    for (const text of LOOKALIKES) expect(inertCell(text), JSON.stringify(text)).toBe(`'${text}`);
    for (const text of ['Pr-Nd oxide', '9.287 billion', '(1.2%)', 'a=b']) expect(inertCell(text)).toBe(text);
  });

  it('writes look-alike formulas as text in XLSX and CSV', async () => {
    const service = new Service(await openWorkspace(tempWorkspacePath()));
    importBytes(importStores(service.workspace.db), fixture('ir-record.txt'), 'ir-record.txt', null);
    const [first, second] = service.call('metrics.page', {}).rows;
    service.call('metrics.update', { id: first!.id, patch: { label: '\uff1dHYPERLINK("http://example.invalid","x")' } });
    service.call('metrics.update', { id: second!.id, patch: { note: '\u200b=cmd|"/c calc"!A1' } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(await exportGrid(service.workspace.db, {}, 'xlsx')).buffer);
    const texts = book.getWorksheet('Metrics')!.getSheetValues().flat().filter((v): v is string => typeof v === 'string');
    expect(texts).toContain('\'\uff1dHYPERLINK("http://example.invalid","x")');
    expect(texts).toContain('\'\u200b=cmd|"/c calc"!A1');
    const csv = (await exportGrid(service.workspace.db, {}, 'csv')).toString('utf8');
    expect(csv).toContain('\'\uff1dHYPERLINK');
    expect(csv).not.toMatch(/(^|,)"?\u200b=cmd/mu);
  });

  it('keeps only http(s) reference definitions live in the Markdown export', () => {
    const md = analystMarkdown('See [r] and [s].\n\n[r]: javascript:alert(1)\n   [s]: JaVaScRiPt:alert(2) "t"\n[d]: data:text/html,x\n[ok]: https://example.com/a');
    expect(md).toContain('\\[r\\]: javascript:alert(1)');
    expect(md).toContain('   \\[s\\]: JaVaScRiPt:alert(2)');
    expect(md).toContain('\\[d\\]: data:text/html,x');
    expect(md).toContain('\n[ok]: https://example.com/a');
    expect(analystMarkdown('<javascript:alert(1)> <img src=x onerror=y>')).toBe('&lt;javascript:alert(1)&gt; &lt;img src=x onerror=y&gt;');
  });
});
