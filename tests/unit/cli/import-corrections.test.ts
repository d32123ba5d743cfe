import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { Service } from '../../../electron/core/service.ts';
import { editXlsx } from '../../helpers/edit-xlsx.ts';
import { fixturePath } from '../../helpers/fixtures.ts';
import { runCli } from '../../helpers/run-cli.ts';
import { tempDir, tempWorkspacePath } from '../../helpers/temp-workspace.ts';

describe('assay import-corrections', () => {
  it('previews an edited export, then applies it with --apply as one undo step', async () => {
    const ws = tempWorkspacePath();
    const dir = tempDir();
    expect((await runCli(['import', fixturePath('ir-record.txt'), '-w', ws])).code).toBe(0);
    const exported = path.join(dir, 'metrics.xlsx');
    expect((await runCli(['export', '--grid', '--format', 'xlsx', '--out', exported, '-w', ws])).code).toBe(0);
    const service = new Service(await openWorkspace(ws));
    const [a, b] = service.call('metrics.page', { sort: [{ column: 'id', direction: 'asc' }] }).rows;
    service.workspace.db.close();
    const edited = path.join(dir, 'edited.xlsx');
    fs.writeFileSync(edited, await editXlsx(fs.readFileSync(exported), (sheet) => {
      sheet.cell(a!.id, 'Status').value = 'verified';
      sheet.cell(b!.id, 'Status').value = 'maybe';
    }));

    const preview = await runCli(['import-corrections', edited, '-w', ws]);
    expect(preview).toMatchObject({ code: 0, stderr: '' });
    expect(preview.stdout).toMatch(new RegExp(`^\\d+\\s+${a!.id}\\s+.*status\\s+unreviewed\\s+verified$`, 'mu'));
    expect(preview.stdout).toContain('Cells that do not parse (1 row, not applied):');
    expect(preview.stdout).toContain(`(metric ${b!.id}): Status “maybe” is not one of unreviewed, verified, disputed, rejected`);
    expect(preview.stdout).toContain('1 metric to change');
    expect(preview.stdout).toContain('run again with --apply');
    const json = JSON.parse((await runCli(['import-corrections', edited, '--json', '-w', ws])).stdout) as { changes: unknown[]; unparseable: unknown[]; applied: null };
    expect(json).toMatchObject({ changes: [expect.objectContaining({ metricId: a!.id })], unparseable: [expect.objectContaining({ metricId: b!.id })], applied: null });

    const applied = await runCli(['import-corrections', edited, '--apply', '-w', ws]);
    expect(applied.stdout).toContain('Applied: 1 metric changed, as one step');
    const again = new Service(await openWorkspace(ws));
    expect(again.call('metrics.get', { id: a!.id }).status).toBe('verified');
    expect(again.call('edits.undo', {})).toMatchObject({ count: 1 });
    expect(again.call('metrics.get', { id: a!.id }).status).toBe('unreviewed');
    again.workspace.db.close();
  });

  it('says what is wrong with a missing or unreadable file', async () => {
    const ws = tempWorkspacePath();
    expect(await runCli(['import-corrections', '-w', ws])).toMatchObject({ code: 2, stderr: expect.stringContaining('Name the edited XLSX export') });
    const missing = await runCli(['import-corrections', path.join(tempDir(), 'gone.xlsx'), '-w', ws]);
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringMatching(/Cannot read .*gone\.xlsx/u) });
  });
});
