import { describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { parseAnyDocument } from '../../../electron/core/ingest/parse-any.ts';

/*
 * A statement whose "Year ended 31 December" heading spans both years' columns but is set flush left in its
 * merged cell, as LibreOffice 7.4 prints a Word table: the heading stands over the first year only, narrower
 * than the gap between the columns. Drawn here with pdf-lib, word by word, at the places a table would put them.
 */

async function statement(heading: string): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  const right = (text: string, x: number, y: number) => page.drawText(text, { x: x - font.widthOfTextAtSize(text, 10), y, size: 10, font });
  page.drawText('Consolidated Income Statement', { x: 60, y: 760, size: 12, font });
  page.drawText('RMB million', { x: 60, y: 720, size: 10, font });
  page.drawText(heading, { x: 330, y: 720, size: 10, font });
  right('2024', 370, 704);
  right('2023', 560, 704);
  const rows = [['Revenue', '9,287', '5,760'], ['Cost of sales', '(7,102)', '(4,388)'], ['Gross profit', '2,185', '1,372'], ['Profit for the year', '431', '612']];
  rows.forEach(([label, a, b], n) => {
    page.drawText(label!, { x: 60, y: 686 - n * 16, size: 10, font });
    right(a!, 370, 686 - n * 16);
    right(b!, 560, 686 - n * 16);
  });
  return Buffer.from(await pdf.save());
}

const header = async (heading: string) => {
  const doc = await parseAnyDocument(await statement(heading), 'statement.pdf');
  const table = doc.passages.find((p) => p.kind === 'table');
  return table ? doc.text.slice(table.start, table.end).split('\n')[0] : null;
};

describe('a period heading set flush left over the columns it spans', () => {
  it('heads every year under it, not only the first', async () => {
    expect(await header('Year ended 31 December')).toBe('RMB million\tYear ended 31 December 2024\tYear ended 31 December 2023');
    expect(await header('Six months ended 30 June')).toBe('RMB million\tSix months ended 30 June 2024\tSix months ended 30 June 2023');
  });

  it('leaves a narrow heading that names no span over its own column', async () => {
    expect(await header('Restated')).toBe('RMB million\tRestated 2024\t2023');
  });
});
