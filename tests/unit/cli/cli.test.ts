import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { thaiMojibake } from '../../helpers/mojibake.ts';
import { FIXTURES, fixturePath } from '../../helpers/fixtures.ts';
import { runCli } from '../../helpers/run-cli.ts';
import { printable } from '../../../electron/cli/output.ts';
import { tempDir, tempWorkspacePath } from '../../helpers/temp-workspace.ts';

describe('assay CLI', () => {
  it('imports a folder, lists, shows and searches', async () => {
    const ws = tempWorkspacePath();
    const imported = await runCli(['import', FIXTURES, '--workspace', ws]);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toContain('4 documents imported');

    const docs = await runCli(['docs', '-w', ws, '--json']);
    const list = JSON.parse(docs.stdout) as Array<{ id: number; title: string }>;
    expect(list.map((d) => d.title).sort()).toEqual([
      'Baotou Lanthanum Works: investor Q&A record (afternoon of May 14, 2025), released on May 20',
      'Magnet Makers Brace for a Tighter Quarter',
      'Separation Plant Restarts After Upgrade | Lanthanide Weekly',
      'Weekly Rare Earth Market Note',
    ]);

    const show = await runCli(['show', 'Magnet Makers', '-w', ws]);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('source     Lanthanide Weekly');
    expect(show.stdout).toMatch(/#1 \[paragraph\] \d+–\d+\n {4}Downstream magnet producers/);

    const search = await runCli(['search', 'separation plant', '-w', ws]);
    expect(search.stdout).toMatch(/^1\. Separation Plant Restarts/m);
    expect(search.stdout).toMatch(/\[separation plant\]/iu);

    const json = await runCli(['search', 'solvent', '-w', ws, '--json']);
    expect(JSON.parse(json.stdout)[0]).toMatchObject({ kind: 'list_item', documentTitle: 'Separation Plant Restarts After Upgrade | Lanthanide Weekly' });
  });

  it('reports each failed file on one line and exits 1, importing the rest', async () => {
    const ws = tempWorkspacePath();
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    const result = await runCli(['import', fixturePath('wrapped.txt'), path.join(dir, 'empty.txt'), path.join(dir, 'nope.txt'), '-w', ws]);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/empty\.txt: empty\.txt is empty/);
    expect(lines[1]).toMatch(/nope\.txt: Cannot read .*no such file/);
    expect(result.stdout).toContain('1 document imported');
  });

  it('refuses an option written after "--" instead of reading it as a file, and reads a dashed file name after it', async () => {
    const ws = tempWorkspacePath();
    const dir = tempDir();
    const dashed = path.join(dir, '-rf.txt');
    fs.writeFileSync(dashed, 'Plant notes\n\nOutput rose 5% to 100 mt in 2024.\n');
    const refused = await runCli(['import', '--', dashed, '-w', ws]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('"-w" comes after "--", so it would be read as a file name. Put options before "--".');
    expect(fs.existsSync(ws)).toBe(false);
    const done = await runCli(['import', '-w', ws, '--', dashed]);
    expect(done.code).toBe(0);
    expect(done.stdout).toContain('1 document imported');
  });

  it('prints a file name holding terminal escape sequences escaped, never as sequences', async () => {
    const ws = tempWorkspacePath();
    const dir = tempDir();
    const hostile = path.join(dir, 'report\u001b]0;pwned\u0007\u001b[31m.txt');
    fs.writeFileSync(hostile, '');
    const result = await runCli(['import', hostile, '-w', ws]);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/u);
    expect(result.stderr).toContain('report\\x1b]0;pwned\\x07\\x1b[31m.txt');
    // The CLI's own bold around search matches, tabs and line breaks stay as they are.
    expect(printable('a \u001b[1mmatch\u001b[22m\tb\nc\u009b')).toBe('a \u001b[1mmatch\u001b[22m\tb\nc\\x9b');
  });

  it('shows the repairs made to a document', async () => {
    const ws = tempWorkspacePath();
    const file = path.join(tempDir(), 'damaged.txt');
    fs.writeFileSync(file, thaiMojibake('The smelter’s output—record high—beat 2023–2024 levels.\n'));
    await runCli(['import', file, '-w', ws]);
    const show = await runCli(['show', 'damaged.txt', '-w', ws]);
    expect(show.stdout).toContain('UTF-8 text that had been read as Windows-874');
    expect(show.stdout).toContain('The smelter’s output—record high—beat 2023–2024 levels.');
  });

  it('prints repaired text without a workspace', async () => {
    const file = path.join(tempDir(), 'damaged.txt');
    fs.writeFileSync(file, thaiMojibake('“Quotas,” she said, “aren’t the issue.”\n'));
    const result = await runCli(['text', file]);
    expect(result).toEqual({ code: 0, stdout: '“Quotas,” she said, “aren’t the issue.”\n', stderr: '' });
  });

  it('lists every command in help, each loaded by the name it answers to', async () => {
    const help = await runCli(['help']);
    expect(help.code).toBe(0);
    const names = [...help.stdout.matchAll(/^ {2}assay ([a-z-]+)/gmu)].map((m) => m[1]!);
    expect(names).toEqual(expect.arrayContaining(['import', 'serve', 'export', 'import-corrections', 'team', 'sync']));
    for (const name of names) {
      const own = await runCli([name, '--help']);
      expect(own.code, name).toBe(0);
      expect(own.stdout, name).toMatch(new RegExp(`^assay ${name}\\b`, 'u'));
    }
    // Every format the exporter writes is named in its usage, so none is only found by reading the code.
    expect((await runCli(['export', '--help'])).stdout).toContain('html|pdf|docx|md|xlsx|csv|json|notes');
  });

  it('gives usage errors with exit status 2', async () => {
    expect((await runCli([])).code).toBe(2);
    const unknown = await runCli(['frobnicate']);
    expect(unknown).toMatchObject({ code: 2 });
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    const badOption = await runCli(['docs', '--colour']);
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toContain("Unknown option '--colour'");
    const badLimit = await runCli(['search', 'x', '--limit', 'ten', '-w', tempWorkspacePath()]);
    expect(badLimit).toMatchObject({ code: 2 });
    expect(badLimit.stderr).toContain('--limit takes a number');
    const empty = tempWorkspacePath();
    expect((await runCli(['import', fixturePath('wrapped.txt'), '-w', empty])).code).toBe(0);
    const missing = await runCli(['show', 'nothing-like-this', '-w', empty]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No document matches "nothing-like-this"');
  });

  it('refuses a workspace path that does not exist for every command that reads one, creating nothing; import creates it', async () => {
    const typo = path.join(tempDir(), 'typo.assay');
    const reads: string[][] = [
      ['docs'], ['show', '1'], ['search', 'rare earth'], ['check'], ['reextract'], ['annotations', 'list'], ['annotations', 'export'],
      ['export', '--grid', '--format', 'csv', '--out', path.join(tempDir(), 'x.csv')], ['sync'], ['team', 'status'],
    ];
    for (const command of reads) {
      const result = await runCli([...command, '-w', typo]);
      expect(result.code, command.join(' ')).toBe(1);
      expect(result.stderr, command.join(' ')).toContain(`No workspace at ${typo}. Check the path given by --workspace, or create a workspace there by importing into it: assay import FILE… -w ${typo}`);
      expect(fs.existsSync(typo), command.join(' ')).toBe(false);
    }
    const saved = process.env.ASSAY_WORKSPACE;
    process.env.ASSAY_WORKSPACE = typo;
    try {
      expect((await runCli(['docs'])).stderr).toContain(`No workspace at ${typo}. Check the path given by $ASSAY_WORKSPACE`);
    } finally {
      if (saved === undefined) delete process.env.ASSAY_WORKSPACE; else process.env.ASSAY_WORKSPACE = saved;
    }
    expect(fs.existsSync(typo)).toBe(false);
    expect((await runCli(['import', fixturePath('wrapped.txt'), '-w', typo])).code).toBe(0);
    expect((await runCli(['docs', '-w', typo])).stdout).toContain('Magnet Makers Brace for a Tighter Quarter');
  });

  it('runs as a real process through bin/assay.js', () => {
    const bin = path.resolve('bin/assay.js');
    const result = spawnSync(process.execPath, [bin, 'text', fixturePath('wrapped.txt')], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith('Magnet Makers Brace for a Tighter Quarter\n')).toBe(true);
  });
  it('ends quietly when the reader closes the pipe early (assay … | head)', async () => {
    const file = path.join(tempDir(), 'many.txt');
    const lines = Array.from({ length: 3000 }, (_, i) => `Revenue rose 5% to $${i + 1} million in 2024.`);
    fs.writeFileSync(file, lines.join('\n'));
    const child = spawn(process.execPath, [path.resolve('bin/assay.js'), 'extract', file], { stdio: 'pipe' });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  });
});
