import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../electron/core/extract/extract-document.ts';
import { parseAnyDocument } from '../../../electron/core/ingest/parse-any.ts';
import { canMakePdf, hasSoffice, pdfFromHtml, pdfFromOffice } from '../../helpers/make-pdf.ts';
import { prose, writePdf, type Run, type Shape } from '../../helpers/write-pdf.ts';

// Tables ruled the way spreadsheets, Word and report generators print them, each PDF written by hand.

async function tables(pdf: Buffer): Promise<string[][][]> {
  const doc = await parseAnyDocument(pdf, 'ruled.pdf');
  return doc.passages.filter((p) => p.kind === 'table').map((p) => doc.text.slice(p.start, p.end).split('\n').map((row) => row.split('\t')));
}

/** Every rule of a grid: a line at each x from the top to the bottom, and at each top from the left to the right. */
function grid(xs: number[], tops: number[]): Shape[] {
  const [left, right, top, bottom] = [xs[0]!, xs[xs.length - 1]!, tops[0]!, tops[tops.length - 1]!];
  return [...xs.map((x): Shape => ({ line: [x, top, x, bottom] })), ...tops.map((t): Shape => ({ line: [left, t, right, t] }))];
}

const cell = (text: string, x: number, top: number): Run => ({ text, x: x + 3, top, size: 8 });

describe('ruled PDF tables', () => {
  it('reads a ruled table of words row by row, a cell wrapped over two lines kept whole', async () => {
    const xs = [40, 140, 260, 330, 420];
    const tops = [100, 114, 138, 152];
    const runs: Run[] = [
      cell('Lender', 40, 110), cell('Street', 140, 110), cell('City', 260, 110), cell('Amount', 330, 110),
      cell('Harrow Mutual', 40, 124), cell('14 Quay Road,', 140, 124), cell('Kelmarsh', 260, 124), cell('1,250.00', 330, 124),
      cell('Unit 4, Dock Gate', 140, 134),
      cell('Stellan Bank', 40, 148), cell('2 Mill Lane', 140, 148), cell('Otterby', 260, 148), cell('310.50', 330, 148),
    ];
    expect(await tables(writePdf([{ shapes: grid(xs, tops), runs }]))).toEqual([[
      ['Lender', 'Street', 'City', 'Amount'],
      ['Harrow Mutual', '14 Quay Road, Unit 4, Dock Gate', 'Kelmarsh', '1,250.00'],
      ['Stellan Bank', '2 Mill Lane', 'Otterby', '310.50'],
    ]]);
  });

  it('splits a block ruled every third row into its rows, and keeps a heading over two columns whole', async () => {
    const tops = [100, 112, 124, 160];
    // The heading "Output" spans the last two columns (the rule between them starts below it): its text goes in the first.
    const shapes: Shape[] = [
      ...[40, 140, 300].map((x): Shape => ({ line: [x, 100, x, 160] })), { line: [220, 112, 220, 160] },
      ...tops.map((t): Shape => ({ line: [40, t, 300, t] })),
    ];
    const runs: Run[] = [
      cell('Mine', 40, 110), cell('Output', 200, 110), cell('2025', 140, 122), cell('2024', 220, 122),
      ...['Crestfall', 'Barrow Hill', 'Tamsin'].flatMap((name, k) => [cell(name, 40, 134 + k * 11), cell(String(410 + k), 140, 134 + k * 11), cell(String(380 + k), 220, 134 + k * 11)]),
    ];
    const [table] = await tables(writePdf([{ shapes, runs }]));
    expect(table).toEqual([
      ['Mine', 'Output', ''],
      ['', '2025', '2024'],
      ['Crestfall', '410', '380'],
      ['Barrow Hill', '411', '381'],
      ['Tamsin', '412', '382'],
    ]);
  });

  it('reads rules drawn as thin filled bars over shaded rows', async () => {
    const xs = [40, 160, 260];
    const tops = [200, 214, 228, 242];
    const shapes: Shape[] = [
      { box: [40, 214, 220, 14], fill: 0.85 },
      ...xs.map((x): Shape => ({ box: [x - 0.4, 200, 0.8, 42], fill: 0 })),
      ...tops.map((t): Shape => ({ box: [40, t - 0.4, 220, 0.8], fill: 0 })),
    ];
    const runs = [cell('Port', 40, 210), cell('TEU', 160, 210), cell('Kelmarsh', 40, 224), cell('41,200', 160, 224), cell('Otterby', 40, 238), cell('9,870', 160, 238)];
    expect(await tables(writePdf([{ shapes, runs }]))).toEqual([[['Port', 'TEU'], ['Kelmarsh', '41,200'], ['Otterby', '9,870']]]);
  });

  it('leaves a framed paragraph as prose', async () => {
    const text = 'Halcyon Metals produced 5,700 mt of oxide in the first quarter, and the separation plant ran at full rate through the spring.';
    const doc = await parseAnyDocument(writePdf([{ shapes: [{ box: [50, 100, 480, 60] }], runs: prose(text, { x: 60, top: 120, chars: 80 }) }]), 'box.pdf');
    expect(doc.passages.map((p) => p.kind)).toEqual(['paragraph']);
    expect(doc.text).toContain(text);
  });

  it('reads a ruled table printed sideways on a portrait page with no /Rotate', async () => {
    // Drawn turned a quarter to the left: what reads across the table runs up the page.
    const turn = (x: number, top: number): [number, number] => [top, 842 - x];
    const line = (x1: number, t1: number, x2: number, t2: number): Shape => ({ line: [...turn(x1, t1), ...turn(x2, t2)] as [number, number, number, number] });
    const xs = [100, 220, 320];
    const tops = [100, 114, 128];
    const shapes = [...xs.map((x) => line(x, 100, x, 128)), ...tops.map((t) => line(100, t, 320, t))];
    const sideways = (text: string, x: number, top: number): Run => {
      const [px, ptop] = turn(x + 3, top);
      return { text, x: px, top: ptop, size: 8, angle: 90 };
    };
    const runs = [sideways('Plant', 100, 110), sideways('Capacity (kt)', 220, 110), sideways('Otterby', 100, 124), sideways('45', 220, 124)];
    expect(await tables(writePdf([{ shapes, runs }]))).toEqual([[['Plant', 'Capacity (kt)'], ['Otterby', '45']]]);
  });

  it('cuts a ruled row written as one string at the spaces between its cells, not inside a word', async () => {
    // LibreOffice writes a header row as one string across its cells. Helvetica 8 pt: "Mine" ends at 60.3, "(t)" at
    // 127.5 and 194.7; the rules stand in the spaces. An estimate of even widths a letter cut "(t" from ")".
    const xs = [40, 61.5, 128.6, 195.8, 240];
    const tops = [100, 114, 128];
    const runs: Run[] = [
      { text: 'Mine Q3 2026 output (t) Q3 2025 output (t) Change', x: 43, top: 110, size: 8 },
      cell('Pit', 40, 124), cell('38,400', 61.5, 124), cell('35,100', 128.6, 124), cell('9.4%', 195.8, 124),
    ];
    expect(await tables(writePdf([{ shapes: grid(xs, tops), runs }]))).toEqual([[
      ['Mine', 'Q3 2026 output (t)', 'Q3 2025 output (t)', 'Change'],
      ['Pit', '38,400', '35,100', '9.4%'],
    ]]);
  });

  it('makes every figure of a bordered table under a units caption a metric', async () => {
    const xs = [40, 200, 280, 360];
    const tops = [120, 134, 148, 162];
    const runs: Run[] = [
      { text: 'Segment results (in millions of yuan)', x: 40, top: 100, size: 9 },
      cell('Segment', 40, 130), cell('2024', 200, 130), cell('2023', 280, 130),
      cell('Cathode copper', 40, 144), cell('9,287', 200, 144), cell('5,760', 280, 144),
      cell('Copper rod', 40, 158), cell('1,204', 200, 158), cell('(85)', 280, 158),
    ];
    const doc = await parseAnyDocument(writePdf([{ shapes: grid(xs, tops), runs }]), 'segments.pdf');
    expect(extractDocument(doc).map((m) => [m.label, m.value, m.unit, m.period?.end])).toEqual([
      ['Cathode copper', 9_287e6, 'CNY', '2024-12-31'], ['Cathode copper', 5_760e6, 'CNY', '2023-12-31'],
      ['Copper rod', 1_204e6, 'CNY', '2024-12-31'], ['Copper rod', -85e6, 'CNY', '2023-12-31'],
    ]);
  });
});

/** A bordered sheet as an analyst keeps one: a caption with the period and unit, a merged heading, a shaded row, a dash. */
async function portsSheet(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Ports');
  sheet.addRow(['Container throughput by port, January–June 2025 (thousand TEU)']);
  sheet.addRow(['', 'Containers']);
  sheet.addRow(['Port', 'Laden', 'Empty', 'Total']);
  for (const row of [['Kelmarsh', 4120.5, 987.2, 5107.7], ['Otterby', 2210, 455.9, 2665.9], ['Tamsin Quay', 45, '–', 45]]) sheet.addRow(row);
  sheet.mergeCells('B2:C2');
  const thin = { style: 'thin' as const };
  for (let r = 2; r <= 6; r++) for (let c = 1; c <= 4; c++) sheet.getCell(r, c).border = { top: thin, left: thin, bottom: thin, right: thin };
  for (let r = 4; r <= 6; r++) for (let c = 2; c <= 4; c++) sheet.getCell(r, c).numFmt = '#,##0.0';
  sheet.getRow(5).eachCell((c) => { c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDDDDD' } }; });
  sheet.columns.forEach((c) => { c.width = 14; });
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe.skipIf(!hasSoffice)('a ruled table printed by LibreOffice Calc', () => {
  it('reads the grid and makes each figure a metric with the caption\'s period and scale', async () => {
    const doc = await parseAnyDocument(pdfFromOffice(await portsSheet(), 'xlsx'), 'ports.pdf');
    const table = doc.passages.find((p) => p.kind === 'table')!;
    expect(doc.text.slice(table.start, table.end).split('\n')).toEqual([
      '\tContainers\t\t', 'Port\tLaden\tEmpty\tTotal', 'Kelmarsh\t4,120.5\t987.2\t5,107.7', 'Otterby\t2,210.0\t455.9\t2,665.9', 'Tamsin Quay\t45.0\t–\t45.0',
    ]);
    const metrics = extractDocument(doc).filter((m) => m.label.startsWith('Otterby'));
    expect(metrics.map((m) => [m.label, m.value, m.unit, m.period?.start, m.period?.end])).toEqual([
      ['Otterby — Containers Laden', 2_210_000, 'TEU', '2025-01-01', '2025-06-30'], ['Otterby — Empty', 455_900, 'TEU', '2025-01-01', '2025-06-30'],
      ['Otterby — Total', 2_665_900, 'TEU', '2025-01-01', '2025-06-30'],
    ]);
  }, 60_000);
});

describe.skipIf(!canMakePdf)('a bordered HTML table printed by Chromium', () => {
  it('gives a metric per figure under a units caption', async () => {
    const html = '<p>(in millions of yuan)</p><table border="1" style="border-collapse:collapse"><tr><th>Segment</th><th>2024</th><th>2023</th></tr>'
      + '<tr><td>Cathode copper</td><td>9,287</td><td>5,760</td></tr><tr><td>Copper rod</td><td>1,204</td><td>(85)</td></tr></table>';
    const doc = await parseAnyDocument(pdfFromHtml(html), 'segments.pdf');
    expect(extractDocument(doc).map((m) => [m.label, m.value, m.unit, m.period?.label])).toEqual([
      ['Cathode copper', 9_287e6, 'CNY', '2024'], ['Cathode copper', 5_760e6, 'CNY', '2023'], ['Copper rod', 1_204e6, 'CNY', '2024'], ['Copper rod', -85e6, 'CNY', '2023'],
    ]);
  }, 60_000);
});
