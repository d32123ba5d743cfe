import fs from 'node:fs';
import path from 'node:path';
import { AlignmentType, BorderStyle, Document, Footer, FootnoteReferenceRun, Header, HeadingLevel, Packer, PageOrientation, Paragraph, SectionType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { importBytesAsync, importStores } from '../../../electron/core/import/import-file.ts';
import { parseAnyDocument } from '../../../electron/core/ingest/parse-any.ts';
import { extractDocument } from '../../../electron/core/extract/extract-document.ts';
import { Service } from '../../../electron/core/service.ts';
import { canMakePdf, encryptPdf, hasQpdf, hasSoffice, pdfFromHtml, pdfFromOffice } from '../../helpers/make-pdf.ts';
import { REPORT_HTML } from '../../helpers/report-html.ts';
import { runCli } from '../../helpers/run-cli.ts';
import { tempDir, tempWorkspacePath } from '../../helpers/temp-workspace.ts';



let reportPdf: Buffer;
beforeAll(() => { if (canMakePdf) reportPdf = pdfFromHtml(REPORT_HTML); }, 60_000);

const textOf = (doc: Awaited<ReturnType<typeof parseAnyDocument>>, kind?: string) => doc.passages.filter((p) => !kind || p.kind === kind).map((p) => doc.text.slice(p.start, p.end));

describe.skipIf(!canMakePdf)('PDF import', () => {
  it('reads text in reading order: columns one after the other, running header and footer gone, hyphenation joined, pages kept', async () => {
    const doc = await parseAnyDocument(reportPdf, 'report.pdf');
    expect(doc.format).toBe('pdf');
    expect(doc.meta.title).toBe('Northwind Metals Annual Report 2024');
    expect(doc.text).not.toContain('Northwind Metals · Annual Report 2024');
    expect(doc.text).not.toMatch(/Page [12]/u);
    expect(doc.text).toContain('once the environmental upgrades were complete.');
    const paragraphs = textOf(doc, 'paragraph');
    const left = paragraphs.findIndex((p) => p.startsWith('In 2024 the group produced'));
    const right = paragraphs.findIndex((p) => p.startsWith('The second column opens'));
    expect(left).toBeGreaterThanOrEqual(0);
    expect(right).toBeGreaterThan(left);
    expect(paragraphs[left]).toContain('the smelter was rebuilt without a stop.');
    expect(textOf(doc, 'heading')).toEqual(['Operating Review', 'Outlook']);
    expect(doc.passages.find((p) => doc.text.slice(p.start, p.end) === 'Outlook')!.page).toBe(2);
    expect(doc.passages.find((p) => doc.text.slice(p.start, p.end) === 'Operating Review')!.page).toBe(1);
  });

  it('keeps a hyphenated name broken at its hyphen at a line end whole ("Pr-" / "Nd oxide" is Pr-Nd oxide)', async () => {
    // 150 px of 14 px serif breaks the line right after "Pr-".
    const html = '<html><body style="font: 14px serif"><p style="width: 150px">The average price of Pr-Nd oxide was 420,000 yuan/mt '
      + 'on January 31, 2025.</p></body></html>';
    const doc = await parseAnyDocument(pdfFromHtml(html), 'note.pdf');
    expect(doc.text).toContain('The average price of Pr-Nd oxide was 420,000 yuan/mt');
    expect(extractDocument(doc).map((m) => m.label)).toEqual(['Pr-Nd oxide average price']);
  });

  it('keeps the table as rows and cells, and turns its figures into metrics with the header period and the units line', async () => {
    const doc = await parseAnyDocument(reportPdf, 'report.pdf');
    expect(textOf(doc, 'table')).toEqual(['\t2024\t2023\nOperating revenue\t9,287\t5,760\nNet profit\t431\t612']);
    const metrics = extractDocument(doc).filter((m) => doc.passages[m.passageIndex]!.kind === 'table');
    expect(metrics.map((m) => [m.label, m.value, m.unit, m.period?.label, doc.text.slice(m.span[0], m.span[1])])).toEqual([
      ['Operating revenue', 9_287_000_000, 'CNY', '2024', '9,287'], ['Operating revenue', 5_760_000_000, 'CNY', '2023', '5,760'],
      ['Net profit', 431_000_000, 'CNY', '2024', '431'], ['Net profit', 612_000_000, 'CNY', '2023', '612'],
    ]);
  });

  it('imports through the CLI with page markers in assay text, and the workspace keeps each passage page', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'report.pdf');
    fs.writeFileSync(file, reportPdf);
    const text = await runCli(['text', file]);
    expect(text.stdout).toMatch(/^── page 1 ──\n\nOperating Review/u);
    expect(text.stdout).toContain('── page 2 ──\n\nOutlook');
    const ws = path.join(dir, 'w.assay');
    const imported = await runCli(['import', file, '-w', ws]);
    expect(imported.code).toBe(0);
    const service = new Service(await openWorkspace(ws));
    const documentId = service.call('documents.list', {})[0]!.id;
    const pages = service.call('passages.list', { documentId }).passages.map((p) => p.page);
    expect(new Set(pages)).toEqual(new Set([1, 2]));
    expect(service.call('metrics.page', { documentId, label: 'Net profit' }).rows.filter((r) => r.label === 'Net profit').map((r) => r.periodLabel)).toEqual(['2024', '2023']);
  });

  it('refuses a scan (no text layer), a truncated PDF and a file named .pdf that is not one, with nothing saved', async () => {
    const scan = pdfFromHtml('<!doctype html><body><svg width="600" height="400"><rect x="20" y="20" width="500" height="300" fill="#888"/><circle cx="200" cy="200" r="80" fill="#333"/></svg></body>');
    await expect(parseAnyDocument(scan, 'scan.pdf')).rejects.toThrow(/no text layer: its pages are images \(a scan\)/u);
    await expect(parseAnyDocument(reportPdf.subarray(0, 900), 'cut.pdf')).rejects.toThrow(/cut\.pdf is not a PDF Assay can read|no readable text|no text layer/u);
    await expect(parseAnyDocument(Buffer.from('hello'), 'fake.pdf')).rejects.toThrow(/named \.pdf but is not a PDF/u);
    await expect(parseAnyDocument(Buffer.alloc(0), 'empty.pdf')).rejects.toThrow(/^empty\.pdf is empty \(0 bytes\)/u);
    // The PDF reader's own sentence ends in a full stop: no "(… structure.)." in ours.
    await expect(parseAnyDocument(reportPdf.subarray(0, 900), 'cut.pdf')).rejects.not.toThrow(/\.\)/u);
    await expect(parseAnyDocument(Buffer.from([0x41, 0x00, 0xff, 0x12, 0x00, 0x00, 0x7f, 0x80, 0x00]), 'random.txt')).rejects.toThrow(/NUL bytes/u);
    const service = new Service(await openWorkspace(tempWorkspacePath()));
    const outcome = await importBytesAsync(importStores(service.workspace.db), scan, 'scan.pdf', null);
    expect(outcome).toMatchObject({ status: 'failed', code: 'NO_TEXT_LAYER' });
    expect(service.call('workspace.info', {}).documentCount).toBe(0);
  }, 60_000);

  it.skipIf(!hasQpdf)('refuses a PDF locked with a password, saying what to do', async () => {
    await expect(parseAnyDocument(encryptPdf(reportPdf), 'locked.pdf')).rejects.toThrow(/locked\.pdf is protected by a password/u);
  });
});

async function wordFile(): Promise<Buffer> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph({ text, alignment: AlignmentType.RIGHT })] });
  const doc = new Document({
    sections: [{
      children: [
        new Paragraph({ text: 'Broker Note: Halcyon Metals', heading: HeadingLevel.HEADING_1 }),
        new Paragraph({ children: [new TextRun('Halcyon Metals reported operating revenue of 9.287 billion yuan in Q1 2025, up 61.19% YoY.'), new FootnoteReferenceRun({ children: [new Paragraph('Company filing, April 2025.')] })] }),
        new Paragraph({ text: 'Oxide output rose to 5,700 mt.', bullet: { level: 0 } }),
        new Paragraph({ text: 'Pr-Nd oxide traded at 444,500 yuan/mt on March 31.', bullet: { level: 0 } }),
        new Paragraph({ text: 'Segment results (RMB million)' }),
        new Table({ rows: [
          new TableRow({ children: [cell(''), cell('Q1 2025'), cell('Q1 2024')] }),
          new TableRow({ children: [cell('Rare earth oxides'), cell('6,120'), cell('3,904')] }),
          new TableRow({ children: [cell('Magnet materials'), cell('(85)'), cell('211')] }),
        ] }),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}

describe('DOCX import', () => {
  it('reads headings, paragraphs, lists, tables and footnotes, and the table into metrics', async () => {
    const doc = await parseAnyDocument(await wordFile(), 'note.docx');
    expect(doc.format).toBe('docx');
    expect(doc.meta.title).toBe('Broker Note: Halcyon Metals');
    expect(textOf(doc, 'list_item')).toEqual(expect.arrayContaining(['Oxide output rose to 5,700 mt.', 'Pr-Nd oxide traded at 444,500 yuan/mt on March 31.']));
    expect(doc.text).toContain('Company filing, April 2025.');
    const table = textOf(doc, 'table')[0]!;
    expect(table.split('\n')[1]).toBe('Rare earth oxides\t6,120\t3,904');
    const cells = extractDocument(doc).filter((m) => doc.passages[m.passageIndex]!.kind === 'table');
    expect(cells.map((m) => [m.label, m.value, m.unit, m.period?.start])).toEqual([
      ['Rare earth oxides', 6_120_000_000, 'CNY', '2025-01-01'], ['Rare earth oxides', 3_904_000_000, 'CNY', '2024-01-01'],
      ['Magnet materials', -85_000_000, 'CNY', '2025-01-01'], ['Magnet materials', 211_000_000, 'CNY', '2024-01-01'],
    ]);
    expect(extractDocument(doc).some((m) => m.text === '9.287 billion yuan')).toBe(true);
  });

  it('refuses a damaged Word file and a zip bomb without unpacking it', async () => {
    const word = await wordFile();
    await expect(parseAnyDocument(word.subarray(0, word.length - 200), 'cut.docx')).rejects.toThrow(/cut\.docx is damaged/u);
    await expect(parseAnyDocument(Buffer.from('not a zip at all'), 'fake.docx')).rejects.toThrow(/named \.docx but is not a Word document/u);
    await expect(parseAnyDocument(zipBomb(), 'bomb.docx')).rejects.toThrow(/would unpack to more than 200 MB/u);
  });
});

/**
 * An annual report as Word makes them, for LibreOffice to print: a running header and footer,
 * a footnote marker after a figure, paragraphs with no space between them, a statement without
 * rules whose "Year ended 31 December" heading is one merged cell over both years, and a
 * landscape page with a five-year summary.
 */
async function annualReport(): Promise<Buffer> {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const cell = (text: string, opts: { span?: number; right?: boolean; bold?: boolean } = {}) => new TableCell({
    columnSpan: opts.span, borders: { top: none, bottom: none, left: none, right: none },
    children: [new Paragraph({ alignment: opts.right ? AlignmentType.RIGHT : opts.span ? AlignmentType.CENTER : AlignmentType.LEFT, children: [new TextRun({ text, bold: opts.bold, size: 18 })] })],
  });
  const row = (texts: string[], bold = false) => new TableRow({ children: texts.map((t, k) => cell(t, { right: k > 0, bold })) });
  const table = (rows: TableRow[]) => new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none }, rows });
  const sales = 'Separated oxide sales came to 5,700 mt for the year as the second line at the southern plant reached its design rate in the third quarter.';
  const standby = 'The older line stayed on standby through the winter while solvent trials ran.';
  const frame = {
    headers: { default: new Header({ children: [new Paragraph('Halcyon Metals Annual Report 2024')] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('Halcyon Metals · Annual Report')] })] }) },
  };
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph('Audited; see note 5.')] } },
    sections: [
      { ...frame, children: [
        new Paragraph({ text: "Chairman's Statement", heading: HeadingLevel.HEADING_1 }),
        new Paragraph({ children: [new TextRun('Revenue rose to 9.287 billion yuan'), new FootnoteReferenceRun(1), new TextRun(', up 61.19% on the year before.')] }),
        new Paragraph(sales), new Paragraph(standby),
      ] },
      { ...frame, properties: { type: SectionType.NEXT_PAGE }, children: [
        new Paragraph({ text: 'Consolidated Income Statement', heading: HeadingLevel.HEADING_2 }),
        table([
          new TableRow({ children: [cell('RMB million'), cell('Year ended 31 December', { span: 2 })] }),
          row(['', '2024', '2023'], true), row(['Revenue', '9,287', '5,760']), row(['Cost of sales', '(7,102)', '(4,388)']), row(['Profit for the year', '431', '612'], true),
        ]),
      ] },
      { ...frame, properties: { type: SectionType.NEXT_PAGE, page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children: [
        new Paragraph({ text: 'Five-year summary', heading: HeadingLevel.HEADING_2 }),
        table([row(['RMB million', '2024', '2023', '2022', '2021', '2020'], true), row(['Revenue', '9,287', '5,760', '6,012', '4,330', '3,905']), row(['Net profit', '431', '612', '702', '355', '210'])]),
      ] },
    ],
  });
  return Packer.toBuffer(doc);
}

describe.skipIf(!hasSoffice)('PDF import of a Word-made report printed by LibreOffice', () => {
  it('reads a list\'s items without their bullets, and a date line as a line of its own, with no space between paragraphs', async () => {
    const update = new Document({ sections: [{ children: [
      new Paragraph('4 November 2026'),
      new Paragraph('Primary aluminium shipments reached 412 kt in the quarter, up 7.3% year on year, while the realised price averaged US$2,684/t.'),
      new Paragraph({ text: 'Alumina refinery utilisation was 91.4%, against 88.9% in 2Q26.', bullet: { level: 0 } }),
      new Paragraph({ text: 'Cash cost fell 5.2% quarter on quarter to US$1,912/t, as caustic soda and coke prices eased across the region.', bullet: { level: 0 } }),
    ] }] });
    const doc = await parseAnyDocument(pdfFromOffice(Buffer.from(await Packer.toBuffer(update)), 'docx'), 'update.pdf');
    expect(doc.passages.map((p) => [p.kind, doc.text.slice(p.start, p.end)])).toEqual([
      ['paragraph', '4 November 2026'],
      ['paragraph', 'Primary aluminium shipments reached 412 kt in the quarter, up 7.3% year on year, while the realised price averaged US$2,684/t.'],
      ['list_item', 'Alumina refinery utilisation was 91.4%, against 88.9% in 2Q26.'],
      ['list_item', 'Cash cost fell 5.2% quarter on quarter to US$1,912/t, as caustic soda and coke prices eased across the region.'],
    ]);
    expect(extractDocument(doc).find((m) => m.text === '91.4%')?.label).toBe('Alumina refinery utilisation');
  }, 60_000);

  it('drops the running lines and the note marker, splits unspaced paragraphs, and reads both statements into metrics', async () => {
    const doc = await parseAnyDocument(pdfFromOffice(await annualReport(), 'docx'), 'annual-report.pdf');
    expect(doc.text).not.toContain('Annual Report 2024');
    expect(doc.text).not.toContain('Halcyon Metals · Annual Report');
    const paragraphs = textOf(doc, 'paragraph');
    expect(paragraphs).toEqual(expect.arrayContaining(['Revenue rose to 9.287 billion yuan, up 61.19% on the year before.',
      'Separated oxide sales came to 5,700 mt for the year as the second line at the southern plant reached its design rate in the third quarter.',
      'The older line stayed on standby through the winter while solvent trials ran.', 'Audited; see note 5.']));
    expect(textOf(doc, 'table').map((t) => t.split('\n')[0])).toEqual(['RMB million\tYear ended 31 December 2024\tYear ended 31 December 2023', 'RMB million\t2024\t2023\t2022\t2021\t2020']);
    const cells = extractDocument(doc).filter((m) => doc.passages[m.passageIndex]!.kind === 'table');
    expect(cells.filter((m) => m.label === 'Profit for the year').map((m) => [m.value, m.unit, m.period?.start, m.period?.end])).toEqual([
      [431e6, 'CNY', '2024-01-01', '2024-12-31'], [612e6, 'CNY', '2023-01-01', '2023-12-31'],
    ]);
    expect(cells.filter((m) => m.label === 'Net profit').map((m) => m.value)).toEqual([431e6, 612e6, 702e6, 355e6, 210e6]);
    expect(doc.passages.find((p) => doc.text.slice(p.start, p.end) === 'Five-year summary')!.page).toBe(3);
    expect(extractDocument(doc).find((m) => m.text === '9.287 billion yuan')?.value).toBe(9_287_000_000);
  }, 180_000);
});

/** A ZIP whose directory declares one 4 GB entry packed into a few bytes: the shape of a zip bomb, built by hand. */
function zipBomb(): Buffer {
  const name = Buffer.from('word/document.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(16, 18);
  local.writeUInt32LE(0xffffffff, 22);
  local.writeUInt16LE(name.length, 26);
  const data = Buffer.alloc(16);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(16, 20);
  central.writeUInt32LE(0xffffffff, 24);
  central.writeUInt16LE(name.length, 28);
  const offset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}
