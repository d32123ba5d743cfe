import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import { checkNote } from '../../helpers/fixtures.ts';
import { runCli } from '../../helpers/run-cli.ts';
import { tempDir } from '../../helpers/temp-workspace.ts';

/** Three short notes of our own: two state the March 31 price differently; one gives the January base. */
const NOTES: Record<string, string> = Object.fromEntries(['daily-a.md', 'daily-b.md', 'daily-c.md'].map((name) => [name, checkNote(name).toString('utf8')]));

async function seeded(notes = NOTES) {
  const dir = tempDir();
  const file = path.join(dir, 'checks.assay');
  const service = new Service(await openWorkspace(file));
  for (const [name, text] of Object.entries(notes)) importBytes(importStores(service.workspace.db), Buffer.from(text), name, null);
  const byDoc = (title: string, label: string) => service.call('metrics.page', { quick: title.split(' ').pop(), label }).rows.find((r) => r.documentTitle === title)!;
  return { service, file, dir, byDoc };
}

describe('cross-source checks', () => {
  it('flags one metric stated differently by two documents, in the grid and the inspector', async () => {
    const { service, byDoc } = await seeded();
    const a = byDoc('Rare Earth Daily A', 'Pr-Nd oxide');
    const c = byDoc('Rare Earth Daily C', 'Pr-Nd oxide');
    expect([a.conflicts, c.conflicts]).toEqual([1, 1]);
    expect(byDoc('Rare Earth Daily B', 'Pr-Nd oxide').conflicts).toBe(0);
    expect(service.call('metrics.get', { id: a.id }).conflictingSources).toEqual([expect.objectContaining({ id: c.id, documentTitle: 'Rare Earth Daily C', value: 452_000 })]);
    // Rejecting one side settles the conflict.
    service.call('metrics.update', { id: c.id, patch: { status: 'rejected' } });
    expect(service.call('metrics.get', { id: a.id }).conflictingSources).toEqual([]);
    expect(service.call('checks.list', {}).conflicts).toEqual([]);
  });

  it('checks a stated change against the two levels it joins, allowing for rounding', async () => {
    const { service, byDoc } = await seeded();
    const price = service.call('metrics.get', { id: byDoc('Rare Earth Daily A', 'Pr-Nd oxide').id });
    expect(price.changeCheck).toMatchObject({ previousValue: 398_000, stated: 46_500, expected: 46_500, ok: true });
    const revenue = byDoc('Rare Earth Daily A', 'operating revenue');
    expect(revenue.changeMismatch).toBe(true);
    const check = service.call('metrics.get', { id: revenue.id }).changeCheck!;
    expect(check.expected).toBeCloseTo(78.596, 2);
    expect(service.call('checks.list', {}).mismatches.map((m) => m.id)).toEqual([revenue.id]);
  });

  it('accepts a change whose gap to the levels is rounding', async () => {
    const { service, byDoc } = await seeded({ ...NOTES, 'daily-b.md': NOTES['daily-b.md']!.replace('5.20 billion', '5.76 billion') });
    expect(byDoc('Rare Earth Daily A', 'operating revenue').changeMismatch).toBe(false);
    expect(service.call('checks.list', {}).mismatches).toEqual([]);
  });

  it("checks a stated change against its own source's level first, not another's corrected one", async () => {
    const sentence = 'The average price of Pr-Nd oxide on March 31, 2025 was 444,500 yuan/mt, compared with 398,000 yuan/mt on December 31, 2024, an increase of 46,500 yuan/mt.';
    const { service } = await seeded({ 'ir-record.md': `# IR Record\n\n${sentence}\n`, 'price-watch.md': `# Price Watch\n\n${sentence}\n` });
    const irBase = service.call('metrics.page', { quick: 'Record' }).rows.find((r) => r.value === 398_000)!;
    // The analyst corrects the other document's base; the price watch still agrees with its own.
    service.call('metrics.update', { id: irBase.id, patch: { value: 399_000 } });
    const watch = service.call('metrics.page', { quick: 'Watch' }).rows.find((r) => r.value === 444_500)!;
    expect(watch.changeMismatch).toBe(false);
    expect(service.call('metrics.get', { id: watch.id }).changeCheck).toMatchObject({ previousDocumentTitle: 'Price Watch', previousValue: 398_000, ok: true });
    // The record's own statement now disagrees with its corrected base, and says so against that base.
    const record = service.call('metrics.page', { quick: 'Record' }).rows.find((r) => r.value === 444_500)!;
    expect(service.call('metrics.get', { id: record.id }).changeCheck).toMatchObject({ previousDocumentTitle: 'IR Record', previousValue: 399_000, ok: false });
    expect(service.call('checks.list', {}).mismatches.map((m) => m.id)).toEqual([record.id]);
  });

  it('lists both from the command line, exiting 1 when there are any', async () => {
    const { file, service } = await seeded();
    service.workspace.db.close();
    const text = await runCli(['check', '-w', file]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('1 conflict (one metric, different values):');
    expect(text.stdout).toMatch(/Pr-Nd oxide price · market\s+2025-03-31\s+444,500 CNY\/t/u);
    expect(text.stdout).toContain('1 stated change that disagree');
    const json = (await runCli(['check', '--json', '-w', file])).stdout.trim().split('\n').map((l) => JSON.parse(l) as { kind: string });
    expect(json.map((j) => j.kind)).toEqual(['conflict', 'change-mismatch']);
    const empty = path.join(tempDir(), 'empty.assay');
    fs.rmSync(empty, { force: true });
    expect(await runCli(['check', '-w', empty])).toMatchObject({ code: 1, stderr: expect.stringContaining(`No workspace at ${empty}.`) });
    expect(fs.existsSync(empty)).toBe(false);
  });
});
