import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Document, Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { exportGrid } from '../../../electron/core/export/export-grid.ts';
import { markdownToDocx } from '../../../electron/core/export/markdown-docx.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import { markdownToSafeHtml } from '../../../shared/markdown.ts';
import { checkNote } from '../../helpers/fixtures.ts';
import { tempDir } from '../../helpers/temp-workspace.ts';

const hasUnzip = spawnSync('sh', ['-c', 'command -v unzip']).status === 0;

/** word/document.xml of a .docx, read as Word would find it. */
function documentXml(docx: Buffer): string {
  const file = path.join(tempDir(), 'note.docx');
  fs.writeFileSync(file, docx);
  return execFileSync('unzip', ['-p', file, 'word/document.xml']).toString('utf8');
}

/** The text of each run with the marks it carries, e.g. "b:Beat". */
function marked(xml: string): string[] {
  const run = /<w:r>(?:<w:rPr>(.*?)<\/w:rPr>)?<w:t[^>]*>([^<]*)<\/w:t>(?:<w:tab\/>)?<\/w:r>/gu;
  return [...xml.matchAll(run)].map(([, props = '', text]) => {
    const marks = [/<w:b\/>/u.test(props) && 'b', /<w:i\/>/u.test(props) && 'i', /Consolas/u.test(props) && 'code', /<w:u /u.test(props) && 'u'];
    return `${marks.filter(Boolean).join('+')}:${text}`;
  });
}

const docxOf = async (markdown: string) => documentXml(await Packer.toBuffer(new Document({
  sections: [{ children: markdownToDocx(markdown) }],
})));

describe.skipIf(!hasUnzip)('notes in Word', () => {
  it('carries emphasis, code and links (text, then the address) as runs', async () => {
    const runs = marked(await docxOf('A **Beat**, *flat* and `p. 4`; see [SMM](https://example.com/p) or <https://example.org>.'));
    expect(runs).toEqual([':A ', 'b:Beat', ':, ', 'i:flat', ': and ', 'code:p. 4', ':; see ', 'u:SMM', ': (https://example.com/p)',
      ': or ', 'u:https://example.org', ':.']);
  });

  it('numbers and bullets list items by their nesting, indents quotes, and makes tables Word tables', async () => {
    const xml = await docxOf('3. three\n   - nested\n4. four\n\n> quoted\n\n| Metric | Q1 |\n|---|--:|\n| Revenue | 9.3 |');
    expect(marked(xml)).toEqual([':3.', ':three', ':◦', ':nested', ':4.', ':four', ':quoted', 'b:Metric', 'b:Q1', ':Revenue', ':9.3']);
    expect(xml).toMatch(/<w:ind w:left="720" w:hanging="360"\/>.*nested/u);
    expect(xml).toMatch(/<w:pBdr><w:left [^>]*\/><\/w:pBdr><w:ind w:left="360"\/><\/w:pPr><w:r><w:t[^>]*>quoted/u);
    expect(xml.match(/<w:tbl>/gu)).toHaveLength(1);
    expect(xml).toMatch(/<w:jc w:val="right"\/><\/w:pPr><w:r><w:rPr><w:b\/>.*?<w:t[^>]*>Q1/u);
  });

  it('keeps hostile notes as their text', async () => {
    const hostile = '<script>alert(1)</script> [x](javascript:alert(1)) ![c](https://evil.example/c.png)';
    const runs = marked(await docxOf(hostile)).join('');
    expect(runs).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(runs).toContain('[x](javascript:alert(1))');
    expect(runs).toContain('[image: c]');
  });
});

/** A note using every block the engine keeps, on the revenue figure of a fresh workspace. */
const RICH_NOTE = '**Beat** the consensus\n\n| Source | Q1 |\n|---|--:|\n| Desk | 9.1 |\n\n> Spot, not contract.\n\n'
  + '1. first\n   - by *2%*\n2. second\n\n<img src=x onerror=alert(1)> [x](JaVaScRiPt:alert(1)) ![c](https://evil.example/c.png)';

async function exportedNote(format: 'html' | 'docx'): Promise<Buffer> {
  const service = new Service(await openWorkspace(path.join(tempDir(), 'notes.assay')));
  try {
    importBytes(importStores(service.workspace.db), checkNote('daily-a.md'), 'daily-a.md', null);
    const revenue = service.call('metrics.page', { label: 'operating revenue' }).rows[0]!;
    service.call('metrics.update', { id: revenue.id, patch: { note: RICH_NOTE } });
    return await exportGrid(service.workspace.db, { label: 'operating revenue' }, format);
  } finally {
    service.workspace.db.close();
  }
}

describe('a metric note in the exports', () => {
  it('renders tables, block quotes, nested and ordered lists in HTML, and nothing hostile', async () => {
    const html = (await exportedNote('html')).toString('utf8');
    const note = /<div class="note">([^]*?)<\/div><\/td><\/tr>/u.exec(html)![1]!;
    // The engine's own output (its structure is tested in tests/unit/shared/markdown.test.ts), placed whole.
    expect(note).toBe(markdownToSafeHtml(RICH_NOTE));
    expect(note).toMatch(/<table>[^]*<td style="text-align:right">9\.1<\/td>[^]*<blockquote>[^]*<ol>\n<li>first\n<ul>\n<li>by <em>2%<\/em>/u);
    expect(note).toContain('&lt;img src=x onerror=alert(1)&gt; [x](JaVaScRiPt:alert(1)) [image: c]');
    expect(html).not.toMatch(/<img\b|evil\.example|href="javascript/iu);
  });

  it.skipIf(!hasUnzip)('shows its bold text as bold in DOCX, its list and table too', async () => {
    const runs = marked(documentXml(await exportedNote('docx')));
    expect(runs).toEqual(expect.arrayContaining(['b:Beat', 'b:Source', ':9.1', ':Spot, not contract.', ':1.', ':first', ':◦', 'i:2%']));
    expect(runs).not.toContain(':**Beat**');
  });
});
