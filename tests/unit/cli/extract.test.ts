import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../helpers/fixtures.ts';
import { runCli } from '../../helpers/run-cli.ts';
import { tempDir } from '../../helpers/temp-workspace.ts';

describe('assay extract', () => {
  it('prints one JSON object per metric with spans into the text `assay text` prints', async () => {
    const file = fixturePath('ir-record.txt');
    const result = await runCli(['extract', file, '--json']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const text = (await runCli(['text', file])).stdout;
    for (const m of lines) {
      expect(Object.keys(m)).toEqual(['file', 'span', 'text', 'sentence', 'label', 'entity', 'value', 'unit', 'display', 'change', 'moreChanges', 'period', 'qualifier', 'kind']);
      expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
    }
    expect(lines.find((m) => m.text === '4,200 mt')).toMatchObject({ value: 4200, unit: 't', change: { value: 18.5, unit: '%', basis: 'yoy', direction: 'up' }, period: { start: '2025-01-01', end: '2025-03-31' } });
  });

  it('resolves periods against --date instead of the document date', async () => {
    const file = path.join(tempDir(), 'note.txt');
    fs.writeFileSync(file, 'In Q1, output was 4,200 mt.\n');
    const own = JSON.parse((await runCli(['extract', file, '--json', '--date', '2023-05-01'])).stdout);
    expect(own.period).toEqual({ label: 'Q1', start: '2023-01-01', end: '2023-03-31' });
  });

  it('prints a readable table, and a clear error for bad input', async () => {
    const table = await runCli(['extract', fixturePath('ir-record.txt')]);
    expect(table.stdout).toMatch(/LABEL\s+VALUE\s+CHANGE\s+PERIOD/u);
    expect(table.stdout).toContain('2,310,000,000 CNY');
    const bad = await runCli(['extract', fixturePath('ir-record.txt'), '--date', 'May 2025']);
    expect(bad).toMatchObject({ code: 2 });
    expect(bad.stderr).toContain('--date takes a day written YYYY-MM-DD: “May 2025” is not a date written YYYY-MM-DD; type one such as 2025-03-31');
    for (const [day, words] of [['2024-13-01', '2024-13-01 is not a date: there is no month 13 (months run 01 to 12)'],
      ['2025-02-30', '30 February 2025 is not a date: February 2025 has 28 days; type a real date as YYYY-MM-DD, such as 2025-02-28']]) {
      const impossible = await runCli(['extract', fixturePath('ir-record.txt'), '--date', day!]);
      expect(impossible, day).toMatchObject({ code: 2, stdout: '' });
      expect(impossible.stderr, day).toContain(`assay extract: --date takes a day written YYYY-MM-DD: ${words}`);
    }
    const missing = await runCli(['extract', path.join(tempDir(), 'nope.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such file');
  });
});
