import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { exportGrid } from '../../../electron/core/export/export-grid.ts';
import { applyCorrections, planCorrectionsFile } from '../../../electron/core/import/corrections.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import { editXlsx } from '../../helpers/edit-xlsx.ts';
import { fixture } from '../../helpers/fixtures.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

async function seeded() {
  const service = new Service(await openWorkspace(tempWorkspacePath()));
  for (const name of ['ir-record.txt', 'market-note.md']) importBytes(importStores(service.workspace.db), fixture(name), name, null);
  const rows = service.call('metrics.page', { sort: [{ column: 'id', direction: 'asc' }] }).rows;
  return { service, db: service.workspace.db, rows };
}

const snapshot = (service: Service, ids: number[]) => ids.map((id) => {
  const { label, value, unit, status, note, periodStart } = service.call('metrics.get', { id });
  return { label, value, unit, status, note, periodStart };
});

describe('corrections from an edited XLSX export', () => {
  it('keeps each metric id in a hidden column and what was exported in a hidden sheet', async () => {
    const { db, rows } = await seeded();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await exportGrid(db, {}, 'xlsx') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Metrics')!;
    expect(sheet.getRow(1).getCell(17).value).toBe('Metric ID');
    expect(sheet.getColumn(17).hidden).toBe(true);
    expect(sheet.getRow(1).getCell(16).value).toBe('Source');
    expect(rows.map((r) => r.id)).toContain(sheet.getRow(2).getCell(17).value);
    expect(book.getWorksheet('Assay export')!.state).toBe('veryHidden');
  });

  it('previews changes, lists missing, unparseable and conflicting rows, applies as one step that undo takes back', async () => {
    const { service, db, rows } = await seeded();
    const [a, b, c, d, e, f, g] = rows.map((r) => r.id) as [number, number, number, number, number, number, number];
    const exported = await exportGrid(db, {}, 'xlsx');
    // After the export, in Assay: c's value changes (a conflict with the file's edit), d is deleted.
    service.call('metrics.update', { id: c, patch: { value: 1 } });
    service.call('metrics.delete', { id: d });
    const before = snapshot(service, [a, b, c, e]);
    const edited = await editXlsx(exported, (sheet) => {
      sheet.cell(a, 'Value').value = 4321.5;
      sheet.cell(b, 'Status').value = 'Verified';
      sheet.cell(e, 'Note').value = 'Checked against the filing.';
      sheet.cell(c, 'Value').value = 2;
      sheet.cell(d, 'Label').value = 'renamed after all';
      sheet.cell(g, 'Value').value = 'about ten';
      sheet.cell(g, 'Period end').value = '2025-02-30';
      sheet.sheet.spliceRows(sheet.rowOf(f).number, 1);
    });

    const plan = await planCorrectionsFile(db, edited, 'edited.xlsx');
    const { preview } = plan;
    expect(preview.changes.map((ch) => [ch.metricId, ch.fields.map((x) => [x.field, x.after])])).toEqual([
      [a, [['value', 4321.5]]], [b, [['status', 'verified']]], [e, [['note', 'Checked against the filing.']]],
    ].sort((x, y) => (x[0] as number) - (y[0] as number)));
    expect(preview.missing).toEqual([expect.objectContaining({ metricId: d })]);
    expect(preview.conflicts).toEqual([expect.objectContaining({ metricId: c, reason: expect.stringMatching(/^Value was changed in Assay since the export .*“1”\); the file says “2”$/u) })]);
    expect(preview.unparseable).toEqual([expect.objectContaining({ metricId: g, reason: 'Value “about ten” is not a number; Period end “2025-02-30” is not a date (YYYY-MM-DD)' })]);
    expect(preview.notInFile).toBe(1);
    expect(preview.unchanged).toBe(rows.length - 7);
    expect(preview.rows).toBe(rows.length - 1);

    expect(applyCorrections(db, plan, new Date().toISOString())).toBe(3);
    expect(service.call('metrics.get', { id: a })).toMatchObject({ value: 4321.5, edited: true, original: expect.objectContaining({ value: rows[0]!.value }) });
    expect(service.call('metrics.get', { id: b }).history[0]).toMatchObject({ field: 'status', oldValue: 'unreviewed', newValue: 'verified' });
    expect(service.call('metrics.get', { id: e }).note).toBe('Checked against the filing.');
    expect(service.call('metrics.get', { id: c }).value).toBe(1);

    expect(service.call('edits.undo', {})).toMatchObject({ count: 3 });
    expect(snapshot(service, [a, b, c, e])).toEqual(before);
    service.call('edits.redo', {});
    expect(service.call('metrics.get', { id: b }).status).toBe('verified');
  });

  it('applies only the accepted metrics, and reads back the same file as nothing to do', async () => {
    const { service, db, rows } = await seeded();
    const [a, b] = rows.map((r) => r.id) as [number, number];
    const edited = await editXlsx(await exportGrid(db, {}, 'xlsx'), (sheet) => {
      sheet.cell(a, 'Unit').value = 'USD';
      sheet.cell(b, 'Label').value = '=SUM(1,2)';
    });
    const plan = await planCorrectionsFile(db, edited, 'edited.xlsx');
    expect(plan.preview.changes).toHaveLength(2);
    expect(applyCorrections(db, plan, new Date().toISOString(), new Set([b]))).toBe(1);
    expect(service.call('metrics.get', { id: b }).label).toBe('=SUM(1,2)');
    expect(service.call('metrics.get', { id: a }).unit).toBe(rows[0]!.unit);
    const again = await planCorrectionsFile(db, await exportGrid(db, {}, 'xlsx'), 'again.xlsx');
    expect(again.preview).toMatchObject({ changes: [], missing: [], unparseable: [], conflicts: [], unchanged: rows.length });
  });

  it('previews and applies through the contract, the file sent as base64', async () => {
    const { service, db, rows } = await seeded();
    const [a, b] = rows.map((r) => r.id) as [number, number];
    const edited = await editXlsx(await exportGrid(db, {}, 'xlsx'), (sheet) => {
      sheet.cell(a, 'Entity').value = 'Halcyon';
      sheet.cell(b, 'Period start').value = new Date('2024-10-01T00:00:00Z');
    });
    const file = { fileName: 'edited.xlsx', data: edited.toString('base64') };
    const preview = await service.call('corrections.preview', file);
    expect(preview.changes.map((c) => c.fields[0]!.after)).toEqual(['Halcyon', '2024-10-01']);
    expect(await service.call('corrections.apply', { ...file, accept: [a, b] })).toEqual({ changed: 2 });
    expect(service.call('metrics.get', { id: b }).periodStart).toBe('2024-10-01');
    await expect(service.call('corrections.preview', { fileName: 'x.xlsx', data: 'bm90IGEgemlw' })).rejects.toMatchObject({ code: 'BAD_CORRECTIONS' });
  });

  it('lists a row whose period would end before it starts, whichever end the file moves, and changes nothing', async () => {
    const { service, db } = await seeded();
    const dated = service.call('metrics.page', { sort: [{ column: 'id', direction: 'asc' }], endRow: 500 }).rows
      .filter((r) => r.periodStart && r.periodEnd && r.periodStart < r.periodEnd);
    const [a, b] = dated as [typeof dated[number], typeof dated[number]];
    const edited = await editXlsx(await exportGrid(db, {}, 'xlsx'), (sheet) => {
      sheet.cell(a.id, 'Period start').value = '2099-01-01';
      sheet.cell(b.id, 'Period end').value = '1999-12-31';
    });
    const plan = await planCorrectionsFile(db, edited, 'edited.xlsx');
    expect(plan.preview.changes).toEqual([]);
    expect(plan.preview.unparseable.map((u) => [u.metricId, u.reason])).toEqual([
      [a.id, `the period would end on ${a.periodEnd}, before it starts on 2099-01-01; set a Period start on or before the Period end`],
      [b.id, `the period would end on 1999-12-31, before it starts on ${b.periodStart}; set a Period start on or before the Period end`],
    ]);
    expect(applyCorrections(db, plan, '2025-07-01T00:00:00.000Z')).toBe(0);
  });

  it('refuses files that are not an Assay export, saying why', async () => {
    const { db } = await seeded();
    await expect(planCorrectionsFile(db, Buffer.from('not a zip'), 'notes.xlsx')).rejects.toThrow(/notes\.xlsx is not an XLSX workbook/u);
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Sheet1').addRow(['Label', 'Value']);
    const plain = Buffer.from(await book.xlsx.writeBuffer());
    await expect(planCorrectionsFile(db, plain, 'mine.xlsx')).rejects.toThrow(/no "Metric ID" column/u);
  });
});
