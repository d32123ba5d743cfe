import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGrid } from '../../electron/core/export/export-grid.ts';
import { importBytes, importStores } from '../../electron/core/import/import-file.ts';
import { startSession, type Session } from '../helpers/browser.ts';
import { editXlsx } from '../helpers/edit-xlsx.ts';
import { fixture } from '../helpers/fixtures.ts';
import { shot } from './workbench-flows.ts';

// The Excel round trip (issue #16): an edited XLSX export read back through the dialog.

let session: Session;
let dir: string;
beforeAll(async () => {
  session = await startSession();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-corrections-'));
  importBytes(importStores(session.service.workspace.db), fixture('ir-record.txt'), 'ir-record.txt', null);
});
afterAll(async () => {
  await session?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('Import corrections…', () => {
  it('previews an edited export, applies the ticked changes, and one Ctrl/⌘ Z takes them all back', async () => {
    const { service } = session;
    const [a, b, c, d] = service.call('metrics.page', { sort: [{ column: 'id', direction: 'asc' }] }).rows;
    const exported = await exportGrid(service.workspace.db, {}, 'xlsx');
    service.call('metrics.update', { id: c!.id, patch: { status: 'rejected' } });
    const file = path.join(dir, 'edited.xlsx');
    fs.writeFileSync(file, await editXlsx(exported, (sheet) => {
      sheet.cell(a!.id, 'Value').value = 4321.5;
      sheet.cell(b!.id, 'Status').value = 'disputed';
      sheet.cell(b!.id, 'Note').value = 'Ask IR about the mix.';
      sheet.cell(c!.id, 'Status').value = 'verified';
      sheet.cell(d!.id, 'Period start').value = 'last spring';
    }));

    const page = await session.open();
    await page.getByRole('button', { name: 'Import corrections…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import corrections' });
    await dialog.getByLabel('Edited XLSX export').setInputFiles(file);
    await dialog.getByRole('status').filter({ hasText: '2 metrics to change' }).waitFor();
    expect(await dialog.getByRole('region', { name: 'Cells that do not parse' }).textContent()).toContain(`(metric ${d!.id}): Period start “last spring” is not a date`);
    expect(await dialog.getByRole('region', { name: 'Changed in Assay since the export as well' }).textContent())
      .toContain('Status was changed in Assay since the export (“unreviewed” → “rejected”); the file says “verified”');
    expect(await dialog.getByRole('table', { name: 'Changes' }).locator('tbody tr').count()).toBe(3);
    await shot(page, 'corrections-preview');
    await dialog.getByRole('button', { name: 'Apply 2 changes' }).click();
    await page.getByText('2 metrics corrected from the workbook').waitFor();
    expect(service.call('metrics.get', { id: a!.id }).value).toBe(4321.5);
    expect(service.call('metrics.get', { id: b!.id })).toMatchObject({ status: 'disputed', note: 'Ask IR about the mix.' });
    expect(service.call('metrics.get', { id: c!.id }).status).toBe('rejected');

    await page.locator('body').press('Control+z');
    await expect.poll(() => service.call('metrics.get', { id: a!.id }).value).toBe(a!.value);
    expect(service.call('metrics.get', { id: b!.id })).toMatchObject({ status: 'unreviewed', note: null });
    await page.close();
  });

  it('untick a metric and it is left alone; a file that is not a workbook says so', async () => {
    const { service } = session;
    const [, , , , e, f] = service.call('metrics.page', { sort: [{ column: 'id', direction: 'asc' }] }).rows;
    const file = path.join(dir, 'two.xlsx');
    fs.writeFileSync(file, await editXlsx(await exportGrid(service.workspace.db, {}, 'xlsx'), (sheet) => {
      sheet.cell(e!.id, 'Unit').value = 'kt';
      sheet.cell(f!.id, 'Unit').value = 'kt';
    }));
    const page = await session.open();
    await page.getByRole('button', { name: 'Import corrections…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import corrections' });
    const notes = path.join(dir, 'notes.xlsx');
    fs.writeFileSync(notes, 'plain text');
    await dialog.getByLabel('Edited XLSX export').setInputFiles(notes);
    await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/notes\.xlsx is not an XLSX workbook/u);
    await dialog.getByLabel('Edited XLSX export').setInputFiles(file);
    await dialog.getByRole('button', { name: 'Apply 2 changes' }).waitFor();
    await dialog.getByRole('checkbox', { name: new RegExp(`Apply the changes to .* \\(row \\d+\\)`, 'u') }).first().uncheck();
    await dialog.getByRole('button', { name: 'Apply 1 change' }).click();
    await page.getByText('1 metric corrected from the workbook').waitFor();
    const units = [service.call('metrics.get', { id: e!.id }).unit, service.call('metrics.get', { id: f!.id }).unit];
    expect(units.filter((u) => u === 'kt')).toHaveLength(1);
    await page.close();
  });
});
