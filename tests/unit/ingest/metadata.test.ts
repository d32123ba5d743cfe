import { describe, expect, it } from 'vitest';
import { findDates, inferYear } from '../../../electron/core/ingest/dates.ts';
import { parseAnyDocument } from '../../../electron/core/ingest/parse-any.ts';
import { parseDocument } from '../../../electron/core/ingest/parse-document.ts';
import { fixture } from '../../helpers/fixtures.ts';
import { prose, writePdf } from '../../helpers/write-pdf.ts';

describe('dates', () => {
  it('finds dates in the forms articles use', () => {
    const found = findDates('On June 27, 2025 and 8 July, then 2025-09-01, August 2025 and Sept. 3rd.');
    expect(found.map((d) => [d.year, d.month, d.day])).toEqual([[2025, 6, 27], [null, 7, 8], [2025, 9, 1], [2025, 8, null], [null, 9, 3]]);
  });

  it('finds Chinese dates written with spaces between digits and characters, as PDF producers set them', () => {
    expect(findDates('发布日期：2026 年 10 月 30 日').map((d) => [d.year, d.month, d.day])).toEqual([[2026, 10, 30]]);
  });

  it('gives a date without a year the year of the nearest dated mention', () => {
    const text = 'The record (June 27, 2025) was announced on July 8.';
    expect(inferYear(text, text.indexOf('July'))).toBe(2025);
  });
});

describe('document metadata', () => {
  it('reads the title, a source line and its date from plain text', () => {
    const doc = parseDocument(fixture('wrapped.txt'), 'wrapped.txt');
    expect(doc.meta).toMatchObject({ title: 'Magnet Makers Brace for a Tighter Quarter', source: 'Lanthanide Weekly', published: '2025-07' });
  });

  it('resolves a release date stated without a year against nearby dates', () => {
    const doc = parseDocument(fixture('ir-record.txt'), 'ir-record.txt');
    expect(doc.meta.published).toBe('2025-05-20');
    expect(doc.meta.title).toBe('Baotou Lanthanum Works: investor Q&A record (afternoon of May 14, 2025), released on May 20');
  });

  it('skips generic headings and falls back to the first sentence', () => {
    const doc = parseDocument(Buffer.from('Highlights\n- A point\nThe plant restarted in May after repairs. It now runs two lines.\n'), 'note.txt');
    expect(doc.meta.title).toBe('The plant restarted in May after repairs.');
  });
});

describe('titles that are not titles', () => {
  it('passes over a footnote, a sentence begun on an earlier page and a long line in capitals', () => {
    const title = (text: string) => parseDocument(Buffer.from(text), 'page-7.txt').meta.title;
    expect(title('*Refers to receivers and frames.\n\nOutput at the Otterby mine rose 4% in May.\n')).toBe('Output at the Otterby mine rose 4% in May.');
    expect(title('where Y denotes the schools that took part.\n\nIn all, 349 schools took part.\n')).toBe('In all, 349 schools took part.');
    expect(title('DOCUMENT NO. DATE PAYEE NAME OBLIGATION/SERVICE DESCRIPTION AMOUNT ($) DATES POSTED\n')).toBe('page-7.txt');
    expect(title('NICKEL WEEKLY\n\nPrices held.\n')).toBe('NICKEL WEEKLY');
  });

  it('takes a PDF\'s title from its first page when the file declares a placeholder: a file name, a generator\'s default', async () => {
    const page = { runs: [{ text: 'Otterby Mining: quarterly output', x: 56, top: 90, size: 18 }, ...prose('Output rose 4% in the quarter to 41,200 tonnes.', { x: 56, top: 130, chars: 80 })] };
    for (const declared of ['10811.exe', 'ActiveReports Document', 'Microsoft Word - q2.doc']) {
      expect((await parseAnyDocument(writePdf([page], declared), 'q2.pdf')).meta.title).toBe('Otterby Mining: quarterly output');
    }
    expect((await parseAnyDocument(writePdf([page], 'Otterby Q2 2025 production report'), 'q2.pdf')).meta.title).toBe('Otterby Q2 2025 production report');
  });

  it('takes the caption set across a table\'s first row, never the table\'s header row', () => {
    const rows = '<tr><th>State</th><th>Permit</th><th>Handgun</th></tr><tr><td>Alabama</td><td>26,180</td><td>18,210</td></tr>';
    const page = (caption: string) => `<html><body><table>${caption}${rows}</table><p>*Refers to frames and receivers.</p></body></html>`;
    const captioned = page('<tr><td colspan="3">Firearm background checks, November 2025</td></tr>');
    expect(parseDocument(Buffer.from(captioned), 'nics.html').meta.title).toBe('Firearm background checks, November 2025');
    expect(parseDocument(Buffer.from(page('')), 'nics.html').meta.title).toBe('nics.html');
  });
});

describe('bad input', () => {
  it('names the problem and what to do', () => {
    expect(() => parseDocument(Buffer.alloc(0), 'empty.txt')).toThrow(/empty/);
    expect(() => parseDocument(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]), 'chart.png')).toThrow(/a PNG image, which Assay cannot import\. Import PDF, Word \(\.docx\), HTML, Markdown \(\.md\) or TXT files/u);
    expect(() => parseDocument(Buffer.from('a,b\n'), 'sheet.xlsx')).toThrow(/\.xlsx/);
    expect(() => parseDocument(Buffer.from('Metric,2024\nRevenue,9287\n'), 'figures.csv')).toThrow(/figures\.csv is a table of values \(CSV\), not a document/u);
    expect(() => parseDocument(Buffer.from('   \n\n  \n'), 'blank.txt')).toThrow(/no readable text/);
    expect(() => parseDocument(Buffer.from('<html><script>x()</script></html>'), 'page.html')).toThrow(/no readable text/);
  });
});

describe('the published date of a results note', () => {
  const published = (text: string) => parseDocument(new TextEncoder().encode(text), 'note.txt').meta.published;

  it('is never a date before the year whose results the opening reports: that is a comparison\'s', () => {
    expect(published('Kestrel Magnets Q1 2026 results\n\nKestrel Magnets posted Q1 2026 results: sales rose 9%. '
      + 'On March 31 the oxide price was $63/kg, against $57/kg on December 31, 2025.\n')).toBe('2026-03-31');
    expect(published('北辰稀土2026年一季度业绩简报\n\n2026年第一季度，北辰稀土实现营业收入41.2亿元。'
      + '3月31日氧化镨钕均价为52.1万元/吨，较2025年12月31日的48.6万元/吨上涨3.5万元/吨。\n')).toBeNull();
    // A note that reports nothing keeps the latest date it names.
    expect(published('Market wrap\n\nThe oxide price was $57/kg on December 31, 2025.\n')).toBe('2025-12-31');
  });
});
