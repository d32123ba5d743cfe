import { BorderStyle, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../electron/core/extract/extract-document.ts';
import { parseAnyDocument } from '../../../electron/core/ingest/parse-any.ts';
import { canMakePdf, hasSoffice, pdfFromHtml, pdfFromOffice } from '../../helpers/make-pdf.ts';

/*
 * One note, the figures it states read the same whichever program wrote the file: a broker's first page as a browser
 * prints it (two narrow columns, a key-data box floated beside them, an estimates table with slim padding) against its
 * HTML, and an operating update written in Word against LibreOffice's PDF of it (a date line, bulleted lines, a ruled
 * table whose header row LibreOffice writes as one string). Each document is written for this test.
 */

type Figure = [number, string, string, string | null, string | null];

async function figures(bytes: Uint8Array, name: string, date: string): Promise<Figure[]> {
  const doc = await parseAnyDocument(bytes, name);
  return extractDocument(doc, date).map((m): Figure => [m.value, m.unit, m.label, m.period?.end ?? null, m.entity])
    .sort((a, b) => a[0] - b[0] || a[2].localeCompare(b[2]));
}

const NOTE = `<!doctype html><html><head><meta charset="utf-8"><title>Tervola Copper: upgrade to Buy</title>
<style>body{font:10pt sans-serif;margin:40px}.cols{column-count:2;column-gap:24px}.side{float:right;width:180px;font-size:8.5pt;
margin-left:12px}table{border-collapse:collapse;font-size:8.5pt}td,th{padding:2px 6px;text-align:right}td:first-child,th:first-child{text-align:left}
</style></head><body><h1>Tervola Copper (TVC LN): upgrade to Buy on Kittila ramp-up</h1><p>Equity research · 12 November 2026</p>
<div class="side"><b>Key data</b><table><tr><td>Share price (GBp)</td><td>412</td></tr><tr><td>Target price (GBp)</td><td>530</td></tr>
<tr><td>Market cap (£m)</td><td>2,184</td></tr><tr><td>Free float (%)</td><td>71.5</td></tr></table></div><div class="cols">
<p>We upgrade Tervola Copper to Buy and raise our target price to 530p from 455p. The Kittila concentrator reached nameplate
throughput of 4.2 Mtpa in October, two months ahead of plan, and third-quarter copper production rose 18% quarter on quarter
to 23,400 tonnes.</p><p>C1 cash costs fell to US$2.05/lb in the third quarter from US$2.31/lb in the second. We now forecast
2027 copper output of 96,000 tonnes and EBITDA of US$612 million.</p><p>Management kept full-year 2026 production guidance
at 82,000-86,000 tonnes and capex guidance at US$240 million. Net debt fell to £318 million at the end of September from
£366 million at the end of June.</p></div><h2>Estimates</h2><table><tr><th>Year to December (US$m)</th><th>2025A</th>
<th>2026E</th><th>2027E</th></tr><tr><td>Revenue</td><td>842</td><td>1,015</td><td>1,288</td></tr><tr><td>EBITDA</td><td>301</td>
<td>428</td><td>612</td></tr><tr><td>EPS (US¢)</td><td>21.4</td><td>34.9</td><td>52.6</td></tr></table></body></html>`;

describe.skipIf(!canMakePdf)('a broker\'s note printed by Chromium', () => {
  it('gives the figures its HTML gives: the box beside the columns, the estimates under their years', async () => {
    const fromHtml = await figures(new TextEncoder().encode(NOTE), 'note.html', '2026-11-12');
    const fromPdf = await figures(pdfFromHtml(NOTE), 'note.pdf', '2026-11-12');
    expect(fromPdf).toEqual(fromHtml);
    expect(fromHtml).toEqual(expect.arrayContaining([[0.526, 'USD', 'EPS', '2027-12-31', 'Tervola Copper'], [71.5, '%', 'Free float', null, 'Tervola Copper']]));
  }, 60_000);
});

function operatingUpdate(): Document {
  const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const borders = { top: thin, bottom: thin, left: thin, right: thin };
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)], borders });
  const row = (...cells: string[]) => new TableRow({ children: cells.map(cell) });
  return new Document({ sections: [{ children: [
    new Paragraph({ text: 'Marrow Bay Aluminium: third-quarter operating update', heading: HeadingLevel.HEADING_1 }),
    new Paragraph('4 November 2026'),
    new Paragraph('Marrow Bay Aluminium shipped 412 kt of primary aluminium in the quarter, up 7.3% year on year, and the realised price averaged US$2,684/t.'),
    new Paragraph({ text: 'Alumina refinery utilisation was 91.4%, against 88.9% in the second quarter.', bullet: { level: 0 } }),
    new Paragraph({ text: 'Net debt was US$1.46 billion at 30 September 2026, and the company kept its capex guidance.', bullet: { level: 0 } }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [
      row('Smelter', 'Q3 2026 output (t)', 'Q3 2025 output (t)', 'Change'), row('Kelmarsh', '238,400', '221,900', '7.4%'), row('Otterby', '173,600', '162,100', '7.1%'),
    ] }),
  ] }] });
}

describe.skipIf(!hasSoffice)('a Word operating update printed by LibreOffice', () => {
  it('gives the figures the Word file gives: the date, the bulleted lines and the table\'s periods and changes', async () => {
    const docx = Buffer.from(await Packer.toBuffer(operatingUpdate()));
    const fromDocx = await figures(docx, 'update.docx', '2026-11-04');
    const fromPdf = await figures(pdfFromOffice(docx, 'docx'), 'update.pdf', '2026-11-04');
    expect(fromPdf).toEqual(fromDocx);
    expect(fromDocx).toEqual(expect.arrayContaining([[221_900, 't', 'Kelmarsh — output', '2025-09-30', 'Marrow Bay Aluminium'],
      [91.4, '%', 'Alumina refinery utilisation', null, 'Marrow Bay Aluminium']]));
  }, 60_000);
});
