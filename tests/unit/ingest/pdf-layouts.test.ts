import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../electron/core/extract/extract-document.ts';
import { parseAnyDocument } from '../../../electron/core/ingest/parse-any.ts';
import { joinLines } from '../../../electron/core/ingest/pdf/lines.ts';
import { runCli } from '../../helpers/run-cli.ts';
import { tempDir } from '../../helpers/temp-workspace.ts';
import { prose, writePdf, type Run } from '../../helpers/write-pdf.ts';

// Layouts typesetting programs make and Chromium never does, each PDF written by hand (tests/helpers/write-pdf.ts).

const OUTPUT = 'Halcyon Metals produced 5,700 mt of oxide in the first quarter, and the separation plant ran at full rate through the spring maintenance window without a stop.';
const REVENUE = 'Operating revenue reached 9.287 billion yuan, up 61.19% from a year earlier, as prices for praseodymium and neodymium oxide recovered in March.';

async function read(pdf: Buffer) {
  const doc = await parseAnyDocument(pdf, 'layout.pdf');
  const passages = doc.passages.map((p) => ({ kind: p.kind, page: p.page, text: doc.text.slice(p.start, p.end) }));
  return { doc, passages, texts: passages.map((p) => p.text), metrics: extractDocument(doc) };
}

describe('PDF layouts', () => {
  it('reads text set glyph by glyph, with the spaces only as gaps, as words', async () => {
    const { texts } = await read(writePdf([{ runs: [{ text: 'Quarterly Review', x: 56, top: 90, size: 18, glyphs: true }, ...prose(`${OUTPUT} ${REVENUE}`, { x: 56, top: 130, chars: 80, glyphs: true })] }]));
    expect(texts).toEqual(['Quarterly Review', `${OUTPUT} ${REVENUE}`]);
  });

  it('reads a page turned by /Rotate across, and leaves out text still running up the page (an axis title)', async () => {
    const sideways = prose(OUTPUT, { x: 0, top: 0, chars: 100 }).map((r, k) => ({ ...r, angle: 90, x: 80 + k * 13, top: 700 }));
    const turned = await read(writePdf([{ rotate: 90, runs: sideways }]));
    expect(turned.texts).toEqual([OUTPUT]);
    const chart = await read(writePdf([{ runs: [...prose(OUTPUT, { x: 56, top: 120, chars: 80 }), { text: 'Output (mt)', x: 60, top: 320, angle: 90 }, ...prose(REVENUE, { x: 56, top: 380, chars: 80 })] }]));
    expect(chart.doc.text).not.toContain('Output (mt)');
    expect(chart.texts).toEqual([OUTPUT, REVENUE]);
  });

  it('reads a sidebar of key data apart from the main text beside it, and three columns one after another', async () => {
    const key = (label: string, value: string, top: number): Run[] => [{ text: label, x: 40, top, size: 8 }, { text: value, x: 170, top, size: 8, right: true }];
    const sidebar = await read(writePdf([{ runs: [
      { text: 'Key data', x: 40, top: 120, bold: true }, ...key('Share price (HK$)', '12.34', 136), ...key('Market cap (US$ m)', '4,521', 148), ...key('Free float (%)', '38.5', 160),
      ...prose(`${OUTPUT} ${REVENUE}`, { x: 200, top: 120, chars: 68 }),
    ] }]));
    expect(sidebar.passages).toEqual([
      { kind: 'paragraph', page: 1, text: 'Key data' },
      { kind: 'table', page: 1, text: 'Share price (HK$)\t12.34\nMarket cap (US$ m)\t4,521\nFree float (%)\t38.5' },
      { kind: 'paragraph', page: 1, text: `${OUTPUT} ${REVENUE}` },
    ]);
    const columns = await read(writePdf([{ runs: [OUTPUT, REVENUE, 'The third column is read last, once the first two are finished, as a reader of a newsletter would.'].flatMap((text, k) => prose(text, { x: 40 + k * 180, top: 120, chars: 30 })) }]));
    expect(columns.texts).toEqual([OUTPUT, REVENUE, 'The third column is read last, once the first two are finished, as a reader of a newsletter would.']);
  });

  it('reads a box of key data right of two narrow columns apart from them, and the title over them as a heading', async () => {
    // A broker's first page as Chromium prints it: two columns of 10 pt text, a key-data box floated right in 8.5 pt,
    // its rows at baselines of their own between the columns' lines.
    const left = prose(`${OUTPUT} ${REVENUE}`, { x: 58, top: 130, chars: 38 });
    const right = prose('Management kept full-year guidance at 82,000-86,000 tonnes and capex guidance at US$240 million, and net debt fell to 318 million pounds.', { x: 238, top: 130, chars: 36 });
    const key = (label: string, value: string, top: number): Run[] => [{ text: label, x: 418, top, size: 8.5 }, { text: value, x: 518, top, size: 8.5, right: true }];
    const { passages } = await read(writePdf([{ runs: [
      { text: 'Tervola Copper: upgrade to Buy', x: 58, top: 90, size: 16, bold: true }, ...left, ...right,
      { text: 'Key data', x: 414, top: 126, size: 8.5, bold: true }, ...key('Share price (GBp)', '412', 138), ...key('Target price (GBp)', '530', 150),
      ...key('Market cap (£m)', '2,184', 162), ...key('Net debt (£m)', '318', 174), ...key('Free float (%)', '71.5', 186),
    ] }]));
    expect(passages[0]).toMatchObject({ kind: 'heading', text: 'Tervola Copper: upgrade to Buy' });
    expect(passages.map((p) => p.text)).toContain(`${OUTPUT} ${REVENUE}`);
    expect(passages.find((p) => p.text.startsWith('Management'))!.text).toBe('Management kept full-year guidance at 82,000-86,000 tonnes and capex guidance at US$240 million, and net debt fell to 318 million pounds.');
    expect(passages.find((p) => p.kind === 'table')!.text.split('\n')).toEqual([
      'Share price (GBp)\t412', 'Target price (GBp)\t530', 'Market cap (£m)\t2,184', 'Net debt (£m)\t318', 'Free float (%)\t71.5',
    ]);
  });

  it('keeps an acronym\'s hyphen at a line\'s end ("FAA-" / "approved") and a range broken after its dash whole', async () => {
    const lines = ['Operators with an existing FAA-', 'approved MEL report 206–231–', '3195 calls and 82,000–', '86,000 tonnes.'];
    const { texts } = await read(writePdf([{ runs: lines.map((text, k) => ({ text, x: 56, top: 120 + k * 13 })) }]));
    expect(texts).toEqual(['Operators with an existing FAA-approved MEL report 206–231–3195 calls and 82,000–86,000 tonnes.']);
  });

  it('joins Chinese lines wrapped between characters, or between a character and a digit, without a space', () => {
    expect(joinLines(['自2021年7月16日上线交易以', '来，配额累计成交额441.2亿元。'])).toBe('自2021年7月16日上线交易以来，配额累计成交额441.2亿元。');
    expect(joinLines(['配额累计成交额', '441.2亿元，成交量6.82', '亿吨。'])).toBe('配额累计成交额441.2亿元，成交量6.82亿吨。');
    expect(joinLines(['Turnover reached', '441.2 billion yuan.'])).toBe('Turnover reached 441.2 billion yuan.');
  });

  it('reads three columns set close together, their baselines a little apart, column by column', async () => {
    // A gazette's columns: 8-point type, under a cell's gap between them, each column's lines offset by 3 points.
    const texts = [OUTPUT, REVENUE, 'The third column is read last, once the first two are finished, as a reader of a gazette would, and it runs on for a few lines more.'];
    const runs = texts.flatMap((text, k) => prose(text, { x: 40 + k * 148, top: 120 + k * 3, chars: 40, size: 8, leading: 10 }));
    const { texts: read3 } = await read(writePdf([{ runs }]));
    expect(read3).toEqual(texts);
  });

  it('keeps the hyphen of a compound a line broke at ("full-" / "year", "year-" / "on-year") and joins a hyphenated word', async () => {
    // A browser breaks lines after a compound's own hyphen; a typesetter hyphenates words ("manu-" / "facturing").
    const lines = ['Halcyon Metals kept full-', 'year guidance at 23,000 t; revenue rose 12.6% year-', 'on-year, and manu-', 'facturing costs fell.'];
    const { texts, metrics } = await read(writePdf([{ runs: lines.map((text, k) => ({ text, x: 56, top: 120 + k * 13 })) }]));
    expect(texts).toEqual(['Halcyon Metals kept full-year guidance at 23,000 t; revenue rose 12.6% year-on-year, and manufacturing costs fell.']);
    // After a semicolon, a change with a subject of its own is that subject's, not the figure's before it.
    expect(metrics.find((m) => m.text === '12.6%')).toMatchObject({ label: 'revenue', change: { basis: 'yoy', value: 12.6 } });
    expect(metrics.find((m) => m.text === '23,000 t')).toMatchObject({ label: 'full-year guidance' });
  });

  it('drops raised note markers, so a marker after a figure never changes it', async () => {
    const { texts, metrics } = await read(writePdf([{ runs: [
      { text: 'Operating revenue reached 9.287 billion yuan', x: 56, top: 300, then: [{ text: '1', size: 6, rise: 4 }, { text: ', up 61.19% from a year' }] },
      { text: 'earlier, and oxide output was 5,700', x: 56, top: 313, then: [{ text: '2', size: 6, rise: 4 }, { text: ' mt.' }] },
    ] }]));
    expect(texts).toEqual(['Operating revenue reached 9.287 billion yuan, up 61.19% from a year earlier, and oxide output was 5,700 mt.']);
    expect(metrics.map((m) => m.value)).toEqual([9_287_000_000, 5_700]);
  });

  it('keeps a small raised numerator before a fraction slash, and reads a figure printed twice over itself once', async () => {
    const { texts } = await read(writePdf([{ runs: [
      { text: 'The coupon steps up by 3', x: 56, top: 200, then: [{ text: '1', size: 6, rise: 4 }, { text: '/4', size: 6 }, { text: ' points from March.' }] },
    ] }]));
    expect(texts).toEqual(['The coupon steps up by 3 1/4 points from March.']);
    // Bold faked by printing each run again half a point to the right, as some report writers do.
    const twice = (text: string, x: number, top: number): Run[] => [{ text, x, top, right: x > 300 }, { text, x: x + 0.5, top, right: x > 300 }];
    const { passages } = await read(writePdf([{ runs: [
      ...twice('Output (kt)', 56, 120), ...twice('2024', 400, 120), ...twice('2023', 480, 120),
      ...twice('Otterby', 56, 134), ...twice('1,204', 400, 134), ...twice('1,150', 480, 134),
      ...twice('Kelmarsh', 56, 148), ...twice('560', 400, 148), ...twice('512', 480, 148),
    ] }]));
    expect(passages.find((p) => p.kind === 'table')!.text.split('\n')).toEqual(['Output (kt)\t2024\t2023', 'Otterby\t1,204\t1,150', 'Kelmarsh\t560\t512']);
  });

  it('ends a paragraph at a short last line or an indented first line when no space sets paragraphs apart', async () => {
    const lines = [
      { text: 'The first paragraph runs across the whole measure of the page, as a', x: 56, top: 200 },
      { text: 'justified paragraph does, and ends here.', x: 56, top: 213 },
      { text: 'The second one begins flush left and runs across the whole measure of', x: 56, top: 226 },
      { text: 'the page too, and it ends on a line that reaches the right-hand edge.', x: 56, top: 239 },
      { text: 'An indented third paragraph follows at once.', x: 70, top: 252 },
    ];
    expect((await read(writePdf([{ runs: lines }]))).texts).toEqual([
      'The first paragraph runs across the whole measure of the page, as a justified paragraph does, and ends here.',
      'The second one begins flush left and runs across the whole measure of the page too, and it ends on a line that reaches the right-hand edge.',
      'An indented third paragraph follows at once.',
    ]);
  });

  it('reads a statement without rules: a note column, a heading spanning two years, a label carried to a second line, nil dashes', async () => {
    const at = (text: string, x: number, top: number, bold = false): Run => ({ text, x, top, size: 8, right: x > 400, bold });
    const { passages, metrics } = await read(writePdf([{ runs: [
      { text: 'Consolidated income statement', x: 56, top: 90, size: 14, bold: true },
      at('RMB million', 56, 112), { text: 'Year ended 31 December', x: 420, top: 112, size: 8 },
      at('Note', 300, 124), at('2024', 440, 124, true), at('2023', 520, 124, true),
      at('Revenue', 56, 138), at('5', 300, 138), at('9,287', 440, 138), at('5,760', 520, 138),
      at('Cost of sales', 56, 150), at('(7,102)', 440, 150), at('(4,388)', 520, 150),
      at('Share of profits of associates and', 56, 162), at('joint ventures', 62, 172), at('6', 300, 172), at('118', 440, 172), at('–', 520, 172),
      at('Profit for the year', 56, 186, true), at('431', 440, 186, true), at('612', 520, 186, true),
      ...prose(REVENUE, { x: 56, top: 220, chars: 90 }),
    ] }]));
    expect(passages.map((p) => p.kind)).toEqual(['heading', 'table', 'paragraph']);
    expect(passages[1]!.text.split('\n')).toEqual([
      'RMB million\tNote\tYear ended 31 December 2024\tYear ended 31 December 2023',
      'Revenue\t5\t9,287\t5,760',
      'Cost of sales\t\t(7,102)\t(4,388)',
      'Share of profits of associates and joint ventures\t6\t118\t–',
      'Profit for the year\t\t431\t612',
    ]);
    const cells = metrics.filter((m) => m.passageIndex === 1);
    expect(cells.map((m) => [m.label, m.value, m.unit, m.period?.start, m.period?.end])).toEqual([
      ['Revenue', 9_287e6, 'CNY', '2024-01-01', '2024-12-31'], ['Revenue', 5_760e6, 'CNY', '2023-01-01', '2023-12-31'],
      ['Cost of sales', -7_102e6, 'CNY', '2024-01-01', '2024-12-31'], ['Cost of sales', -4_388e6, 'CNY', '2023-01-01', '2023-12-31'],
      ['Share of profits of associates and joint ventures', 118e6, 'CNY', '2024-01-01', '2024-12-31'],
      ['Profit for the year', 431e6, 'CNY', '2024-01-01', '2024-12-31'], ['Profit for the year', 612e6, 'CNY', '2023-01-01', '2023-12-31'],
    ]);
  });

  it('reads a filing printed from plain text, each table row one run of Courier with the cells set apart by spaces and dollar signs', async () => {
    const rows = [
      '                                   Year ended December 31,',
      '                                     2024          2023',
      'Net sales                        $  9,287      $  5,760',
      'Cost of sales                      (7,102)       (4,388)',
      'Net income                       $    431      $    612',
    ];
    const { passages, metrics } = await read(writePdf([{ runs: [
      { text: 'CONSOLIDATED STATEMENTS OF OPERATIONS (in millions of dollars)', x: 40, top: 80, size: 9, mono: true },
      ...rows.map((text, k) => ({ text, x: 40, top: 100 + k * 11, size: 9, mono: true })),
    ] }]));
    expect(passages.find((p) => p.kind === 'table')?.text.split('\n')).toEqual([
      '\tYear ended December 31, 2024\tYear ended December 31, 2023', 'Net sales\t9,287\t5,760', 'Cost of sales\t(7,102)\t(4,388)', 'Net income\t431\t612',
    ]);
    expect(metrics.filter((m) => m.label === 'Net income').map((m) => [m.value, m.unit, m.period?.start])).toEqual([[431e6, 'USD', '2024-01-01'], [612e6, 'USD', '2023-01-01']]);
  });

  it('keeps a table of words whose cells start at the same edges as a table, a wrapped cell joined to its row', async () => {
    const row = (top: number, ...cells: string[]): Run[] => cells.map((text, k) => ({ text, x: [56, 230, 330, 450][k]!, top, size: 9 })).filter((r) => r.text);
    const { passages } = await read(writePdf([{ runs: [
      ...prose(OUTPUT, { x: 56, top: 100, chars: 90 }),
      ...row(150, 'Project', 'Location', 'Stage', 'Start'),
      ...row(163, 'Southern separation line', 'Baotou', 'Commissioning', 'Q3 2024'),
      ...row(176, 'Magnet plant', 'Ganzhou', 'Construction,', '2025'), ...row(187, '', '', 'second phase'),
      ...row(200, 'Tailings recovery', 'Baotou', 'Study', '–'),
      ...prose(REVENUE, { x: 56, top: 240, chars: 90 }),
    ] }]));
    expect(passages.map((p) => p.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(passages[1]!.text.split('\n')).toEqual([
      'Project\tLocation\tStage\tStart', 'Southern separation line\tBaotou\tCommissioning\tQ3 2024',
      'Magnet plant\tGanzhou\tConstruction, second phase\t2025', 'Tailings recovery\tBaotou\tStudy\t–',
    ]);
  });

  it('reads column headings wrapped over several lines, neighbouring headings set close, each over its own column', async () => {
    // Each heading is centred over its figures and wrapped to its column; neighbours stand 6 pt apart.
    const centred = (text: string, middle: number, top: number): Run => ({ text, x: middle - (text.length * 4.2) / 2, top, size: 8 });
    const headings = [['Schools', 'in original', 'sample'], ['Weighted', 'school', 'participation', 'rate'], ['Students', 'assessed']];
    const middles = [260, 330, 400];
    const runs: Run[] = headings.flatMap((lines, c) => lines.map((line, k) => centred(line, middles[c]!, 100 + (4 - lines.length + k) * 9)));
    runs.push({ text: 'Education system', x: 40, top: 127, size: 8 });
    ['Otterby', 'Kelmarsh', 'Barrow Hill'].forEach((name, k) => {
      runs.push({ text: name, x: 40, top: 140 + k * 11, size: 8 });
      [String(150 + k), String(97 - k), (4_100 + k * 33).toLocaleString('en-US')].forEach((figure, c) => runs.push({ text: figure, x: middles[c]! + 12, top: 140 + k * 11, size: 8, right: true }));
    });
    const { passages } = await read(writePdf([{ runs }]));
    const table = passages.find((p) => p.kind === 'table')!.text.split('\n');
    expect(table[0]!.split('\t')).toEqual(['Education system', 'Schools in original sample', 'Weighted school participation rate', 'Students assessed']);
    expect(table[1]).toBe('Otterby\t150\t97\t4,100');
  });

  it('reads a header whose cells stand under a cell\'s gap apart, as a browser prints a table with slim padding', async () => {
    // Chromium prints each cell as its own run; with 6 px of padding the header's runs stand about an em apart, which
    // would join them into one line of words.
    const runs: Run[] = [
      { text: 'Year to December (US$m)', x: 62, top: 100, size: 8.5, bold: true },
      ...['2025A', '2026E', '2027E'].map((text, k) => ({ text, x: 200 + k * 34, top: 100, size: 8.5, bold: true, right: true })),
    ];
    [['Revenue', '842', '1,015', '1,288'], ['EBITDA', '301', '428', '612'], ['EV/EBITDA (x)', '11.2', '7.9', '5.5']].forEach((row, r) => {
      runs.push({ text: row[0]!, x: 62, top: 113 + r * 13, size: 8.5 });
      row.slice(1).forEach((text, k) => runs.push({ text, x: 200 + k * 34, top: 113 + r * 13, size: 8.5, right: true }));
    });
    const { passages, metrics } = await read(writePdf([{ runs }]));
    expect(passages.map((p) => p.kind)).toEqual(['table']);
    expect(passages[0]!.text.split('\n')[0]).toBe('Year to December (US$m)\t2025A\t2026E\t2027E');
    expect(metrics.find((m) => m.value === 612_000_000)).toMatchObject({ label: 'EBITDA', unit: 'USD', period: { label: '2027E' } });
  });

  it('reads a register whose rows run across the page with a wrapped description as rows, not as columns of text', async () => {
    const x = [40, 120, 190, 360];
    const runs: Run[] = ['Document', 'Posted', 'Payee', 'Description', 'Amount'].map((text, k) => ({ text, x: k === 4 ? 540 : x[k]!, top: 100, size: 8, right: k === 4 }));
    ['HLD2025001', 'HLD2025002', 'HLD2025003', 'HLD2025004'].forEach((id, k) => {
      const top = 116 + k * 22;
      runs.push({ text: id, x: 40, top, size: 8 }, { text: `0${k + 3}/14/2025`, x: 120, top, size: 8 },
        { text: 'HARROW MUTUAL - TRAVEL CARD', x: 190, top, size: 8 }, { text: 'STAFF TRANSPORTATION', x: 360, top, size: 8 },
        { text: `${610 + k}.40`, x: 540, top, size: 8, right: true }, { text: 'RAIL FARE KELMARSH TO OTTERBY AND RETURN', x: 360, top: top + 9, size: 8 });
    });
    const { passages } = await read(writePdf([{ runs }]));
    expect(passages.map((p) => p.kind)).toEqual(['table']);
    expect(passages[0]!.text.split('\n')[1]).toBe('HLD2025001\t03/14/2025\tHARROW MUTUAL - TRAVEL CARD\tSTAFF TRANSPORTATION RAIL FARE KELMARSH TO OTTERBY AND RETURN\t610.40');
  });

  it('joins a row label wrapped below its figure to the row', async () => {
    const at = (text: string, top: number, x = 56): Run => ({ text, x, top, size: 9, right: x > 300 });
    const { passages } = await read(writePdf([{ runs: [
      at('Payroll period', 120), at('Allowance', 400, 400), at('Weekly', 134), at('71.15', 134, 400), at('Monthly', 146), at('308.33', 146, 400),
      at('Daily or miscellaneous', 158), at('14.23', 158, 400), at('(each day of the payroll period)', 169),
    ] }]));
    expect(passages.find((p) => p.kind === 'table')!.text.split('\n').at(-1)).toBe('Daily or miscellaneous (each day of the payroll period)\t14.23');
  });

  it('takes a table\'s unit from a caption ending in it, "(kt)"', async () => {
    const { metrics } = await read(writePdf([{ runs: [
      ...prose(OUTPUT, { x: 40, top: 100, chars: 90 }),
      { text: 'Output by mine (kt)', x: 40, top: 160, bold: true },
      { text: '2024', x: 400, top: 176, right: true }, { text: '2023', x: 480, top: 176, right: true },
      { text: 'Bayan Obo', x: 40, top: 190 }, { text: '1,204', x: 400, top: 190, right: true }, { text: '1,150', x: 480, top: 190, right: true },
      { text: 'Mount Weld', x: 40, top: 203 }, { text: '560', x: 400, top: 203, right: true }, { text: '512', x: 480, top: 203, right: true },
    ] }]));
    expect(metrics.filter((m) => m.label === 'Bayan Obo').map((m) => [m.value, m.unit, m.period?.label])).toEqual([[1_204_000, 't', '2024'], [1_150_000, 't', '2023']]);
  });

  it('reads compressed pages, and refuses a PDF bomb (a page unpacking to 200 MB) before pdf.js holds it in memory', async () => {
    const page = { runs: prose(`${OUTPUT} ${REVENUE}`, { x: 56, top: 120, chars: 80 }) };
    expect((await read(writePdf([page], undefined, { deflate: true }))).texts).toEqual([`${OUTPUT} ${REVENUE}`]);
    const bomb = writePdf([{ ...page, padding: 200 * 1024 * 1024 }], undefined, { deflate: true });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expect(parseAnyDocument(bomb, 'bomb.pdf')).rejects.toThrow(/bomb\.pdf cannot be read safely: one of its streams unpacks to more than 64 MB/u);
  }, 30_000);

  it('assay extract reads a PDF statement cell by cell, and names a PDF bomb for what it is', async () => {
    const dir = tempDir();
    const statement = path.join(dir, 'statement.pdf');
    const at = (text: string, x: number, top: number): Run => ({ text, x, top, size: 9, right: x > 400 });
    fs.writeFileSync(statement, writePdf([{ runs: [
      at('US$ million', 56, 120), at('Six months ended 30 June 2025', 540, 120),
      at('Revenue', 56, 134), at('1,204', 540, 134), at('Net income', 56, 146), at('(85)', 540, 146),
    ] }], undefined, { deflate: true }));
    const result = await runCli(['extract', statement, '--json']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { label: string; value: number; unit: string; period: { start: string; end: string } });
    expect(lines.map((m) => [m.label, m.value, m.unit, m.period.start, m.period.end])).toEqual([
      ['Revenue', 1_204e6, 'USD', '2025-01-01', '2025-06-30'], ['Net income', -85e6, 'USD', '2025-01-01', '2025-06-30'],
    ]);
    const bomb = path.join(dir, 'bomb.pdf');
    fs.writeFileSync(bomb, writePdf([{ runs: [at('Revenue', 56, 134)], padding: 200 * 1024 * 1024 }], undefined, { deflate: true }));
    const refused = await runCli(['extract', bomb]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('bomb.pdf cannot be read safely');
  }, 60_000);

  it('reads a spreadsheet printed without rules, a figure set half an em after the words before it, every heading kept', async () => {
    // As LibreOffice prints a sheet of text cells: columns left-aligned, 8 points apart at 10-point type.
    const at = [58, 112, 161, 236, 292];
    const rows = [['Region', 'Mine', 'Ore mined (kt)', 'Grade (%)', 'Copper (t)'], ['Arizona', 'Mine 001', '4,285', '1.93', '85,963'],
      ['Chile', 'Mine 002', '7,728', '2.01', '33,143'], ['Peru', 'Mine 003', '1,954', '1.12', '32,818']];
    const runs: Run[] = rows.flatMap((row, r) => row.map((text, c) => ({ text, x: at[c]!, top: 90 + r * 13 })));
    const { passages, metrics } = await read(writePdf([{ runs }]));
    expect(passages).toEqual([{ kind: 'table', page: 1, text: [
      'Region Mine\tOre mined (kt)\tGrade (%)\tCopper (t)', 'Arizona Mine 001\t4,285\t1.93\t85,963',
      'Chile Mine 002\t7,728\t2.01\t33,143', 'Peru Mine 003\t1,954\t1.12\t32,818'].join('\n') }]);
    expect(metrics.slice(0, 3).map((m) => [m.label, m.value, m.unit])).toEqual([
      ['Arizona Mine 001 — Ore mined', 4_285_000, 't'], ['Arizona Mine 001 — Grade', 1.93, '%'], ['Arizona Mine 001 — Copper', 85_963, 't']]);
    // A column of words: its heading, set as close to the next, stays in the header's first cell, not lost.
    const words = [['Region', 'Mine', 'Mining method', 'Grade (%)', 'Copper (t)'], ['Arizona', 'Mine 001', 'Open pit', '1.93', '85,963'],
      ['Chile', 'Mine 002', 'Block cave', '2.01', '33,143']];
    const methods = await read(writePdf([{ runs: words.flatMap((row, r) => row.map((text, c) => ({ text, x: [58, 112, 161, 236, 292][c]!, top: 90 + r * 13 }))) }]));
    expect(methods.texts[0]!.split('\n')[0]).toBe('Region Mine Mining method\tGrade (%)\tCopper (t)');
  });

  it('reads a sheet of figures set flush right under headings set flush left in their cells, each under its own column', async () => {
    // As LibreOffice prints a sheet: "2024" starts at its cell's left edge, nearer the figures of the column before.
    const head: Run[] = [{ text: 'Plant', x: 51, top: 90 }, { text: 'Revenue (RMB m)', x: 247, top: 90 }, { text: 'Margin (%)', x: 415, top: 90 },
      { text: '2024', x: 247, top: 105 }, { text: '2025', x: 331, top: 105 }, { text: '2024', x: 415, top: 105 }];
    const body = [['Plant 001 Ganzhou', '0.5', '8,286.9', '8.7'], ['Plant 002 Sichuan', '6,564.3', '4,794.4', '19.9'], ['Plant 003 Baotou', '795.7', '885.7', '20.5'],
      ['Plant 004 Baotou', '410.2', '398.0', '(1.3%)'], ['Plant 005 Sichuan', '12.4', '0.0', 'n.m.']];
    const runs = body.flatMap((row, r) => row.map((text, c): Run => (c ? { text, x: [329, 413, 497][c - 1]!, top: 120 + r * 15, right: true } : { text, x: 51, top: 120 + r * 15 })));
    const { texts, metrics } = await read(writePdf([{ runs: [...head, ...runs] }]));
    expect(texts[0]!.split('\n')[0]).toBe('Plant\tRevenue (RMB m) 2024\t2025\tMargin (%) 2024');
    // A merged heading heads the first of its columns only; the margin is a share, never read in RMB.
    expect(metrics.slice(0, 3).map((m) => [m.label, m.value, m.unit, m.period?.label])).toEqual([
      ['Plant 001 Ganzhou — Revenue', 500_000, 'CNY', '2024'], ['Plant 001 Ganzhou', 8_286.9, 'count', '2025'], ['Plant 001 Ganzhou — Margin', 8.7, '%', '2024']]);
    // A fall in brackets, "(1.3%)", is a figure of the table's last row, not a line of prose after it.
    // So is "n.m." (not meaningful), which gives no figure.
    expect(texts[0]!.split('\n').slice(-2)).toEqual(['Plant 004 Baotou\t410.2\t398.0\t(1.3%)', 'Plant 005 Sichuan\t12.4\t0.0\tn.m.']);
    expect(metrics.find((m) => m.label === 'Plant 004 Baotou — Margin')).toMatchObject({ value: -1.3, unit: '%' });
    expect(metrics.filter((m) => m.label.startsWith('Plant 005')).map((m) => m.value)).toEqual([12_400_000, 0]);
  });

  it('reads a statement whose first rows sit under a subheading, between the header and the figures', async () => {
    const cell = (text: string, right: number, top: number): Run => ({ text, x: right, top, right: true });
    const runs: Run[] = [
      cell('2024', 262, 90), cell('2023', 314, 90), cell("EUR'000", 262, 101), cell("EUR'000", 314, 101),
      { text: 'Non-current assets', x: 41, top: 115, bold: true },
      { text: 'Property, plant and equipment', x: 52, top: 128 }, cell('84,310', 262, 128), cell('79,022', 314, 128),
      { text: 'Intangible assets', x: 52, top: 141 }, cell('21,477', 262, 141), cell('22,905', 314, 141),
    ];
    const { passages, metrics } = await read(writePdf([{ runs }]));
    expect(passages.map((p) => p.text)).toEqual([["\t2024 EUR'000\t2023 EUR'000", 'Non-current assets\t\t',
      'Property, plant and equipment\t84,310\t79,022', 'Intangible assets\t21,477\t22,905'].join('\n')]);
    expect(metrics.map((m) => [m.label, m.value, m.unit, m.period?.label])).toEqual([
      ['Property, plant and equipment', 84_310_000, 'EUR', '2024'], ['Property, plant and equipment', 79_022_000, 'EUR', '2023'],
      ['Intangible assets', 21_477_000, 'EUR', '2024'], ['Intangible assets', 22_905_000, 'EUR', '2023']]);
  });

  it('reads a double-spaced table, its header set above a subheading a paragraph\'s gap away', async () => {
    // As LibreOffice prints a Word table with roomy cells: rows 27 points apart at 10-point type.
    const cell = (text: string, right: number, top: number): Run => ({ text, x: right, top, right: true });
    const runs: Run[] = [
      cell('2024', 262, 90), cell('2023', 314, 90), cell("EUR'000", 262, 100), cell("EUR'000", 314, 100),
      { text: 'Non-current assets', x: 41, top: 127 },
      ...[['Property, plant and equipment', '84,310', '79,022'], ['Intangible assets', '21,477', '22,905'], ['Deferred tax assets', '1,204', '–']]
        .flatMap(([label, a, b], r) => [{ text: label!, x: 52, top: 154 + r * 27 }, cell(a!, 262, 154 + r * 27), cell(b!, 314, 154 + r * 27)]),
    ];
    const { passages, metrics } = await read(writePdf([{ runs }]));
    expect(passages.map((p) => p.kind)).toEqual(['table']);
    expect(passages[0]!.text.split('\n').slice(0, 3)).toEqual(["\t2024 EUR'000\t2023 EUR'000", 'Non-current assets\t\t',
      'Property, plant and equipment\t84,310\t79,022']);
    expect(metrics.map((m) => [m.label, m.value, m.period?.label])).toEqual([
      ['Property, plant and equipment', 84_310_000, '2024'], ['Property, plant and equipment', 79_022_000, '2023'],
      ['Intangible assets', 21_477_000, '2024'], ['Intangible assets', 22_905_000, '2023'], ['Deferred tax assets', 1_204_000, '2024']]);
  });

  it('reads a first row whose name wraps over three lines, its figures beside the middle one', async () => {
    const cell = (text: string, right: number, top: number): Run => ({ text, x: right, top, right: true });
    const runs: Run[] = [
      { text: 'Item', x: 41, top: 90 }, cell('2024', 262, 90), cell('2023', 314, 90),
      { text: 'Revenue from contracts with', x: 41, top: 104 },
      { text: 'customers, excluding pass-', x: 41, top: 116 }, cell('2,847.3', 262, 116), cell('2,611.0', 314, 116),
      { text: 'through network charges', x: 41, top: 128 },
      { text: 'Net debt', x: 41, top: 142 }, cell('3,420.0', 262, 142), cell('3,055.9', 314, 142),
    ];
    const { passages, metrics } = await read(writePdf([{ runs }]));
    expect(passages.map((p) => p.kind)).toEqual(['table']);
    expect(passages[0]!.text.split('\n')).toEqual(['Item\t2024\t2023',
      'Revenue from contracts with customers, excluding pass-through network charges\t2,847.3\t2,611.0', 'Net debt\t3,420.0\t3,055.9']);
    expect(metrics.map((m) => [m.label, m.value, m.period?.label])[0]).toEqual(
      ['Revenue from contracts with customers, excluding pass-through network charges', 2_847.3, '2024']);
  });

  it('reads a German table as Chromium prints it: figures flush left, a caption centred over it, prose just above', async () => {
    const row = (top: number, label: string, ...figures: string[]): Run[] => [{ text: label, x: 36, top },
      ...figures.map((text, k) => ({ text, x: 133 + k * 62, top }))];
    const runs: Run[] = [
      { text: 'Der Umsatz stieg im ersten Halbjahr 2024 um 4,7 % auf 2.318,6 Mio. €. Das EBIT lag', x: 34, top: 60 },
      { text: 'bei 141,9 Mio. €.', x: 34, top: 72 },
      { text: 'Kennzahlen des Konzerns (in Mio. €)', x: 95, top: 96 },
      { text: 'H1 2024', x: 133, top: 110 }, { text: 'H1 2023', x: 195, top: 110 }, { text: 'Veränderung', x: 257, top: 110 },
      ...row(124, 'Umsatz', '2.318,6', '2.214,5', '4,7 %'), ...row(138, 'Periodenergebnis', '38,2', '–7,4', '–'),
      // The label ends eight points before its figure, as close as Chromium sets a long label to a flush-left figure.
      ...row(152, 'Ergebnis je Aktie (€)', '0,84', '–0,16', '–'), ...row(166, 'Mitarbeiter (Anzahl)', '5.206', '5.011', '3,9 %'),
    ];
    const { passages, metrics } = await read(writePdf([{ runs }]));
    expect(passages.map((p) => [p.kind, p.text.split('\n')[0]])).toEqual([['paragraph', expect.stringMatching(/^Der Umsatz/u)],
      ['paragraph', 'Kennzahlen des Konzerns (in Mio. €)'], ['table', '\tH1 2024\tH1 2023\tVeränderung']]);
    expect(metrics.filter((m) => m.period?.label === 'H1 2024' && m.span[0] > passages[0]!.text.length)
      .map((m) => [m.label, m.value, m.unit, m.change?.value ?? null])).toEqual([['Umsatz', 2_318.6e6, 'EUR', 4.7],
      ['Periodenergebnis', 38.2e6, 'EUR', null], ['Ergebnis je Aktie', 0.84, 'EUR', null], ['Mitarbeiter', 5_206, 'count', 3.9]]);
    expect(metrics.find((m) => m.text === '–7,4')).toMatchObject({ value: -7.4e6, unit: 'EUR', period: { label: 'H1 2023' } });
  });

  it('reads a statement printed from plain text: typed rules, subheadings ending in a colon, a heading typed over two lines', async () => {
    // As LibreOffice prints a text file: Courier, a run per stretch of text, every line at the same spacing.
    const typed = [
      '                     KESTREL SAVINGS BANK', '           STATEMENTS OF INCOME (Dollars in thousands, except per share data)', '',
      '                                        Six Months Ended', '                                          September 30,',
      '                                     ------------------------', '                                        2025          2024',
      '                                     ----------    ----------', 'Interest income:', '  Loans                              $   51,208    $   47,930',
      '  Securities                              8,115         7,402', '                                     ----------    ----------',
      'Interest expense:', '  Deposits                               19,640        14,287', '                                     ----------    ----------',
      'Net interest income                       39,683        41,045', '                                     ==========    ==========',
      'Earnings per share                    $     0.96    $     1.02'];
    const runs: Run[] = typed.flatMap((line, k) => [...line.matchAll(/\S+(?: \S+)*/gu)]
      // "Six Months Ended" typed as two runs, as LibreOffice sets them: one space apart.
      .flatMap((m) => (m[0] === 'Six Months Ended' ? [{ text: 'Six', at: m.index }, { text: 'Months Ended', at: m.index + 4 }] : [{ text: m[0], at: m.index }]))
      .map(({ text, at }) => ({ text, x: 40 + at * 6, top: 60 + k * 11.6, mono: true })));
    const { passages, metrics } = await read(writePdf([{ runs }]));
    const table = passages.find((p) => p.kind === 'table')!;
    expect(table.text.split('\n')).toEqual(['\tSix Months Ended September 30, 2025\tSix Months Ended September 30, 2024', 'Interest income:\t\t',
      'Loans\t51,208\t47,930', 'Securities\t8,115\t7,402', 'Interest expense:\t\t', 'Deposits\t19,640\t14,287',
      'Net interest income\t39,683\t41,045', 'Earnings per share\t0.96\t1.02']);
    expect(metrics.filter((m) => m.period?.end === '2025-09-30').map((m) => [m.label, m.value, m.unit, m.period?.start])).toEqual([
      ['Loans', 51_208_000, 'USD', '2025-04-01'], ['Securities', 8_115_000, 'USD', '2025-04-01'], ['Deposits', 19_640_000, 'USD', '2025-04-01'],
      ['Net interest income', 39_683_000, 'USD', '2025-04-01'], ['Earnings per share', 0.96, 'USD', '2025-04-01']]);
  });

  it('reads a heading typed centred over the columns as theirs, and a year ending a typed label as no figure', async () => {
    // A run per word, as LibreOffice sets a text file in Courier.
    const typedRuns = (lines: string[]): Run[] => lines.flatMap((line, k) => [...line.matchAll(/\S+/gu)]
      .map((m) => ({ text: m[0], x: 40 + m.index * 6, top: 60 + k * 11.6, mono: true })));
    const spanning = await read(writePdf([{ runs: typedRuns(['ACME CORP SELECTED DATA', '', '(Dollars in thousands)', '',
      '              Nine Months Ended September 30,', '                        2025          2024',
      'Revenue               412,500       380,200', 'Cost of revenue       210,300       195,100']) }]));
    expect(spanning.metrics.map((m) => [m.value, m.period?.start, m.period?.end]), spanning.texts.join('\n')).toEqual([[412_500_000, '2025-01-01', '2025-09-30'],
      [380_200_000, '2024-01-01', '2024-09-30'], [210_300_000, '2025-01-01', '2025-09-30'], [195_100_000, '2024-01-01', '2024-09-30']]);
    const due = await read(writePdf([{ runs: typedRuns(['(Dollars in thousands)', '', '                                2025        2024',
      'Revenue                        1,200       1,100', 'Term loan                        900         800',
      'Senior unsecured notes due in 2026           500', 'Cash                             300         250']) }]));
    expect(due.metrics.map((m) => [m.label, m.value, m.period?.label])).not.toContainEqual(['Senior unsecured notes due in', 2_026_000, '2025']);
    expect(due.metrics.find((m) => m.text === '500')).toMatchObject({ value: 500_000, period: { label: '2024' } });
  });

  it('reads a heading wrapped onto a second line as one heading, and headings set one under another as several', async () => {
    // 18-point type, about 44 characters to the body's measure: the title wraps after "Operating".
    const title = prose('Meridian Energy plc — Quarterly Operating and Financial Review', { x: 56, top: 70, chars: 44, leading: 22, size: 18 });
    const stacked = [{ text: 'Summary', x: 56, top: 150, size: 18 }, { text: 'Fiscal Year', x: 56, top: 172, size: 18 }];
    const { passages } = await read(writePdf([{ runs: [...title, ...prose(OUTPUT, { x: 56, top: 110, chars: 80 }), ...stacked,
      ...prose(REVENUE, { x: 56, top: 200, chars: 80 })] }]));
    expect(passages.filter((p) => p.kind === 'heading').map((p) => p.text)).toEqual([
      'Meridian Energy plc — Quarterly Operating and Financial Review', 'Summary', 'Fiscal Year']);
  });

  it('reads a page packed with 35,000 runs of text in bounded time', async () => {
    const runs: Run[] = [];
    for (let r = 0; r < 700; r++) for (let c = 0; c < 50; c++) runs.push({ text: String((r * 7 + c) % 1000), x: 10 + c * 11, top: 10 + r * 1.15, size: 1 });
    const { doc } = await read(writePdf([{ width: 600, height: 842, runs }]));
    expect(doc.text.length).toBeGreaterThan(35_000);
  }, 20_000);
});
