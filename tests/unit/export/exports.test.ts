import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { exportGrid } from '../../../electron/core/export/export-grid.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import { checkNote, fixture } from '../../helpers/fixtures.ts';
import { runCli } from '../../helpers/run-cli.ts';
import { hasSoffice, pdfFromOffice } from '../../helpers/make-pdf.ts';

/** Notes an attacker might plant in a shared workspace: each must stay text in every format. */
const HOSTILE = '<script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3))';
const FORMULA = '=HYPERLINK("http://example.invalid","x")';

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

let service: Service;
let file: string;
let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-export-'));
  file = path.join(dir, 'export.assay');
  service = new Service(await openWorkspace(file));
  for (const name of ['daily-a.md', 'daily-b.md', 'daily-c.md']) importBytes(importStores(service.workspace.db), checkNote(name), name, null);
  importBytes(importStores(service.workspace.db), fixture('ir-record.txt'), 'ir-record.txt', null);
  const revenue = service.call('metrics.page', { label: 'operating revenue', quick: 'Halcyon' }).rows.find((r) => r.periodStart === '2025-01-01')!;
  service.call('metrics.update', { id: revenue.id, patch: { note: HOSTILE, status: 'verified' } });
  const output = service.call('metrics.page', { label: 'separated oxide output' }).rows[0]!;
  service.call('metrics.update', { id: output.id, patch: { label: FORMULA } });
});

afterAll(() => {
  service.workspace.db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const grid = (format: Parameters<typeof exportGrid>[2], selection = {}) => exportGrid(service.workspace.db, selection, format);

describe('exports of the grid', () => {
  it('writes RFC 4180 CSV in UTF-8 with a BOM, formulas made inert, every row citing its source', async () => {
    const csv = await grid('csv');
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toMatch(/^Label,Entity,Value,Unit,/u);
    expect(text).toContain(`"'=HYPERLINK(""http://example.invalid"",""x"")"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/mu);
    expect(text).toMatch(/^operating revenue,Halcyon Metals,9287000000,CNY,9\.287 billion yuan,61\.19,%,yoy,.*,Rare Earth Daily A,2025-03-31,2,"Halcyon Metals reported operating revenue/mu);
    expect(text).toContain(`,${HOSTILE},`);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('writes one self-contained HTML file: escaped notes, inline SVG charts, a CSP forbidding requests, citations', async () => {
    const html = (await grid('html')).toString('utf8');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<(script|img|iframe)\b|href="javascript/iu);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toMatch(/<figure class="chart" aria-label="Pr-Nd oxide price · market"><svg/u);
    expect(html).toContain('Rare Earth Daily C, 2025-04-01, passage 1: “Pr-Nd oxide traded at <mark>452,000 yuan/mt</mark> on March 31, 2025.”');
    expect(html.match(/<tr id="m/gu)?.length).toBe(service.call('metrics.page', {}).total);
  });

  it('typesets a table like a research note: one source per sentence with every figure marked, compact periods, notes as Markdown', async () => {
    const record = service.call('documents.list', {}).find((d) => d.fileName === 'ir-record.txt')!;
    const oxide = service.call('metrics.page', { documentId: record.id, label: 'separated oxide sales' }).rows[0]!;
    service.call('metrics.update', { id: oxide.id, patch: { note: '**Beat** the guide:\n\n1. volume\n2. mix' } });
    const html = (await grid('html', { documentId: record.id })).toString('utf8');
    // 4,200 mt and 3,950 mt share one sentence, so one numbered source marks both.
    expect(html).toMatch(/reached <mark>4,200 mt<\/mark> in Q1, up 18\.5% YoY, while sales volume was <mark>3,950 mt<\/mark>/u);
    const sources = html.match(/<li id="s\d+">/gu)!.length;
    expect(sources).toBeLessThan(service.call('metrics.page', { documentId: record.id }).total);
    expect(html).toContain('<th class="num">Value</th>');
    expect(html).toMatch(/<td class="period" title="1Q25 \(2025-01-01 – 2025-03-31\), “Q1”">1Q25<\/td>/u);
    expect(html).toContain('<td class="period" title="2025-04-30, “April 30”">30 Apr 25</td>');
    expect(html).toMatch(/<tr class="note-row"><td colspan="\d"><div class="note">[^]*<strong>Beat<\/strong>[^]*<ol>/u);
    // The chart names the two periods it has, nothing between, and says where its points come from.
    const chart = html.slice(html.indexOf('<figure class="chart"'), html.indexOf('</figure>'));
    const texts = [...chart.matchAll(/<text[^>]*>([^<]+)<\/text>/gu)].map((t) => t[1]!);
    expect(texts).toEqual(expect.arrayContaining(['1 Jan 25', '30 Apr 25']));
    expect(texts.filter((t) => t.endsWith('(CNY/t)'))).toHaveLength(1);
    expect(chart).not.toMatch(/>(Feb|Mar|17)</u);
    expect(chart).toContain('<figcaption>Source: Baotou Lanthanum Works');
    service.call('metrics.update', { id: oxide.id, patch: { note: '' } });
  });

  it('puts a shared unit and its scale in the value header, and names an analyst\'s correction in its source', async () => {
    const prices = (await grid('html', { label: 'Pr-Nd oxide price', unit: 'CNY/t' })).toString('utf8');
    expect(prices).toContain('<th class="num">Value (CNY/t)</th>');
    expect(prices).toMatch(/<td class="num">452,000<sup>/u);
    const revenue = (await grid('html', { label: 'operating revenue', unit: 'CNY' })).toString('utf8');
    expect(revenue).toContain('<th class="num">Value (CNY bn)</th>');
    expect(revenue).toMatch(/<td class="num">9\.287<sup>/u);
    const price = service.call('metrics.page', { document: 'Daily B', label: 'Pr-Nd' }).rows[0]!;
    service.call('metrics.update', { id: price.id, patch: { value: 399_000 } });
    const edited = (await grid('html', { document: 'Daily B', label: 'Pr-Nd' })).toString('utf8');
    expect(edited).toContain(`${price.label}: corrected by the analyst to 399,000 CNY/t (extracted: value 398,000 CNY/t)`);
  });

  it('writes Markdown whose notes stay text and whose figures cite numbered footnotes', async () => {
    const md = (await grid('md', { status: ['verified'] })).toString('utf8');
    expect(md).toContain('_Metrics with status verified · 1 metric');
    expect(md).toContain('&lt;script&gt;alert\\(1\\)&lt;/script&gt;');
    expect(md).toContain('\\[click\\]\\(javascript:alert\\(3\\)\\)');
    expect(md).toMatch(/\| 9\.287 bn CNY\[\^1\] \|/u);
    expect(md).toContain('[^1]: Rare Earth Daily A, 2025-03-31, passage 2: “Halcyon Metals reported');
  });

  it('gives the figures of one sentence one Markdown footnote, as the HTML export gives them one source', async () => {
    const md = (await grid('md', { label: 'Pr-Nd' })).toString('utf8');
    const notes = md.split('\n').filter((l) => /^\[\^\d+\]: /u.test(l));
    expect(notes.length).toBeGreaterThan(0);
    expect(new Set(notes.map((n) => n.replace(/^\[\^\d+\]: /u, ''))).size).toBe(notes.length);
    const cited = [...md.matchAll(/\[\^(\d+)\](?!:)/gu)].map((m) => m[1]);
    expect(cited.length).toBeGreaterThan(notes.length);
  });

  it('writes JSON with the metrics, their citations and the W3C annotations of their documents', async () => {
    const documentId = service.call('documents.resolve', { ref: 'Rare Earth Daily C' }).id;
    service.call('annotations.createRange', { documentId, start: 0, end: 11, body: 'Spot or contract?', color: 'blue' });
    const json = JSON.parse((await grid('json', { documentId })).toString('utf8')) as { metrics: Array<{ citation: string }>; annotations: { type: string; total: number } };
    expect(json.metrics).toHaveLength(1);
    expect(json.metrics[0]!.citation).toContain('Rare Earth Daily C');
    expect(json.annotations).toMatchObject({ type: 'AnnotationCollection', total: 1 });
  });

  it('writes XLSX with real numbers and formats, notes as comments, a frozen filtered header and a sources sheet', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(await grid('xlsx')).buffer);
    const sheet = book.getWorksheet('Metrics')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    const revenue = sheet.getRows(2, rows.length)!.find((r) => r.getCell(3).value === 9_287_000_000)!;
    expect(revenue.getCell(3).numFmt).toBe('#,##0.###');
    expect(revenue.getCell(1).note).toBe(HOSTILE);
    expect(sheet.getRows(2, rows.length)!.some((r) => r.getCell(1).value === `'${FORMULA}`)).toBe(true);
    expect(sheet.getRows(2, rows.length)!.every((r) => typeof r.getCell(1).value === 'string')).toBe(true);
    const sources = book.getWorksheet('Sources')!;
    expect(String(sources.getRow(2).getCell(6).value)).toMatch(/passage \d+: “/u);
  });

  it('marks an edited figure in every format, with the value first extracted beside it', async () => {
    const price = service.call('metrics.page', { document: 'Daily B', label: 'Pr-Nd' }).rows[0]!;
    service.call('metrics.update', { id: price.id, patch: { value: 399_000 } });
    const mark = 'Edited; extracted: value 398,000 CNY/t';
    const only = { document: 'Daily B', label: 'Pr-Nd' };
    expect((await grid('csv', only)).toString('utf8')).toContain(`,"${mark}",`);
    expect((await grid('md', only)).toString('utf8')).toContain(`399,000 CNY/t[^1] ✎ (${mark})`);
    expect((await grid('html', only)).toString('utf8')).toContain(`<div class="extracted">${mark}</div>`);
    expect((JSON.parse((await grid('json', only)).toString('utf8')) as { metrics: Array<{ audit: string; original: { value: number } }> }).metrics[0])
      .toMatchObject({ audit: mark, original: { value: 398_000 } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await grid('xlsx', only) as unknown as ArrayBuffer);
    const row = book.getWorksheet('Metrics')!.getRow(2);
    expect(row.getCell(3).value).toBe(399_000);
    expect(row.getCell(3).note).toBe(mark);
    expect(row.values).toContain(mark);
    if (has('unzip')) {
      const docx = path.join(dir, 'audit.docx');
      fs.writeFileSync(docx, await grid('docx', only));
      expect(execFileSync('unzip', ['-p', docx, 'word/document.xml']).toString('utf8')).toContain(`✎ ${mark}`);
    }
    const untouched = (await grid('csv', { document: 'Daily C' })).toString('utf8');
    expect(untouched).not.toContain('Edited; extracted');
  });

  it.skipIf(!hasSoffice)('writes DOCX and XLSX that LibreOffice opens, with the text and citations in them', async () => {
    for (const format of ['docx', 'xlsx'] as const) {
      const pdf = path.join(dir, `lo-${format}.pdf`);
      fs.writeFileSync(pdf, pdfFromOffice(Buffer.from(await grid(format)), format));
      // Table cells wrap, so compare with the spaces and line breaks taken out.
      const text = execFileSync('pdftotext', [pdf, '-']).toString('utf8').replace(/\s+/gu, '');
      expect(text).toContain('operatingrevenue');
      expect(text).toContain(format === 'docx' ? '9.287bnCNY' : '9,287,000,000');
      if (format === 'docx') expect(text).toContain('RareEarthDailyA,2025-03-31,passage2');
      if (format === 'docx') expect(text).toContain('<script>alert(1)</script>');
    }
  }, 240_000);

  it.skipIf(!has('pdftotext') || !fs.existsSync('/usr/bin/chromium'))('prints PDF with headless Chromium: notes as text, charts drawn', async () => {
    const pdf = await grid('pdf');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const target = path.join(dir, 'grid.pdf');
    fs.writeFileSync(target, pdf);
    const text = execFileSync('pdftotext', [target, '-']).toString('utf8').replace(/\s+/gu, '');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('Pr-Ndoxide');
    execFileSync('pdftoppm', ['-r', '40', '-png', '-f', '1', '-l', '1', target, path.join(dir, 'page')]);
    expect(fs.statSync(path.join(dir, 'page-1.png')).size).toBeGreaterThan(5000);
  }, 120_000);

  it('runs off the service thread as a job the UI polls, then hands over the file', async () => {
    const { jobId } = service.call('exports.start', { selection: { status: ['verified'] }, format: 'md' });
    await expect.poll(() => service.call('exports.status', { jobId }).stage, { timeout: 20_000, interval: 50 }).toBe('done');
    expect(service.call('exports.status', { jobId })).toMatchObject({ metrics: 1, fileName: expect.stringMatching(/^assay-metrics-\d{4}-\d{2}-\d{2}\.md$/u) });
    const file = service.call('exports.file', { jobId });
    expect(file.type).toBe('text/markdown');
    expect(Buffer.from(file.data, 'base64').toString('utf8')).toContain('operating revenue');
    expect(() => service.call('exports.start', { selection: { status: ['maybe'] }, format: 'md' } as never)).toThrow(/Invalid input for exports.start: selection.status.0/u);
  });

  it('runs from the command line, and says what is wrong with bad arguments', async () => {
    service.workspace.db.close();
    const out = path.join(dir, 'cli.csv');
    const ok = await runCli(['export', '--grid', '--status', 'verified', '--format', 'csv', '--out', out, '-w', file]);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toContain('Wrote 1 metric to');
    expect(fs.readFileSync(out, 'utf8')).toContain('operating revenue');
    expect((await runCli(['export', '--grid', '--format', 'pptx', '--out', out, '-w', file])).stderr).toContain('--format is one of html, pdf, docx, md, xlsx, csv, json, notes');
    expect((await runCli(['export', '--grid', '--format', 'csv', '-w', file])).stderr).toContain('--out PATH');
    expect((await runCli(['export', '--grid', '--format', 'csv', '--out', path.join(dir, 'missing', 'x.csv'), '-w', file])).stderr).toContain('does not exist');
    expect((await runCli(['export', '--grid', '--tag', 'nope', '--format', 'csv', '--out', out, '-w', file])).stderr).toContain('There is no tag "nope"');
    expect((await runCli(['export', '--format', 'csv', '--out', out, '-w', file])).stderr).toContain('--grid');
    service = new Service(await openWorkspace(file));
  });
});

describe('the flat table of a grid export', () => {
  it('keeps a figure’s qualifier in “As written” and names each tag by its path', async () => {
    const own = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'assay-export-')), 'tags.assay');
    const ws = new Service(await openWorkspace(own));
    try {
      importBytes(importStores(ws.workspace.db), Buffer.from('Halcyon Metals shipped more than 1,200 mt of oxide in Q1 2025.\n'), 'note.txt', null);
      const [row] = ws.call('metrics.page', {}).rows;
      const magnets = ws.call('tags.create', { path: 'Sector/Magnets', color: null });
      const other = ws.call('tags.create', { path: 'Watch/Magnets', color: null });
      ws.call('tags.set', { targetKind: 'metric', targetId: row!.id, tagIds: [magnets.id, other.id] });
      const text = (await exportGrid(ws.workspace.db, {}, 'csv')).subarray(3).toString('utf8');
      expect(text).toContain(',"more than 1,200 mt",');
      expect(text).toMatch(/,"Sector\/Magnets, Watch\/Magnets",|,"Watch\/Magnets, Sector\/Magnets",/u);
    } finally {
      ws.workspace.db.close();
    }
  });
});
