import { describe, expect, it } from 'vitest';
import { parseAnyDocument } from '../../../electron/core/ingest/parse-any.ts';
import { writeDocx } from '../../helpers/write-zip.ts';

/* Word files written as raw WordprocessingML, for shapes the docx package does not make. */

const p = (text: string, props = '') => `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const cell = (inner: string, props = '') => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${inner}</w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;

describe('DOCX read from its XML', () => {
  it('keeps merged cells under their own headings and paragraphs in a cell apart', async () => {
    const body = [
      p('Segment results', '<w:pStyle w:val="Heading2"/>'),
      p('Output rose to 5,700 mt.', '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr>'),
      `<w:tbl>${[
        row(cell(p('RMB million')), cell(p('Year ended 31 December'), '<w:gridSpan w:val="2"/>'), cell(p('Note'))),
        row(cell(p('Revenue')), cell(p('9,287')), cell(p('5,760')), cell(p('Audited') + p('see note 5'), '<w:vMerge w:val="restart"/>')),
        row(cell(p('Cost of sales')), cell(p('(7,102)')), cell(p('(4,388)')), cell(p(''), '<w:vMerge/>')),
      ].join('')}</w:tbl>`,
      '<w:p><w:r><w:t>Deleted words never show:</w:t></w:r><w:del><w:r><w:delText> gone</w:delText></w:r></w:del><w:r><w:t xml:space="preserve"> kept.</w:t></w:r></w:p>',
    ].join('');
    const doc = await parseAnyDocument(writeDocx(body), 'merged.docx');
    const passage = (kind: string) => doc.passages.filter((q) => q.kind === kind).map((q) => doc.text.slice(q.start, q.end));
    expect(passage('heading')).toEqual(['Segment results']);
    expect(doc.passages.find((q) => q.kind === 'list_item')).toMatchObject({ depth: 1 });
    expect(passage('table')[0]!.split('\n')).toEqual([
      'RMB million\tYear ended 31 December\t\tNote',
      'Revenue\t9,287\t5,760\tAudited see note 5',
      'Cost of sales\t(7,102)\t(4,388)',
    ]);
    expect(passage('paragraph')).toEqual(['Deleted words never show: kept.']);
  });

  it('keeps a no-break space that groups thousands and makes any other run of spaces one space', async () => {
    const doc = await parseAnyDocument(writeDocx(p('Headline earnings were R1\u00a0250 million,\u00a0\u00a0up  12%.')), 'grouped.docx');
    expect(doc.text).toBe('Headline earnings were R1\u00a0250 million, up 12%.');
  });

  it('keeps the cells of a row that starts a few columns in, and of an old-style horizontal merge, under their headings', async () => {
    const body = `<w:tbl>${[
      row(cell(p('Port')), cell(p('Laden')), cell(p('Empty')), cell(p('Total'))),
      row(cell(p('Kelmarsh')), cell(p('41,200')), cell(p('9,870')), cell(p('51,070'))),
      `<w:tr><w:trPr><w:gridBefore w:val="2"/></w:trPr>${cell(p('9,870'))}${cell(p('51,070'))}</w:tr>`,
      row(cell(p('Otterby (estimate)'), '<w:hMerge w:val="restart"/>'), cell(p(''), '<w:hMerge/>'), cell(p('1,100')), cell(p('4,300'))),
    ].join('')}</w:tbl>`;
    const doc = await parseAnyDocument(writeDocx(body), 'grid.docx');
    expect(doc.text.split('\n')).toEqual(['Port\tLaden\tEmpty\tTotal', 'Kelmarsh\t41,200\t9,870\t51,070', '\t\t9,870\t51,070', 'Otterby (estimate)\t\t1,100\t4,300']);
  });

  it('reads a table nested 20,000 deep and refuses a damaged part in words', async () => {
    const deep = `${'<w:tbl><w:tr><w:tc>'.repeat(20_000)}${p('Revenue rose 5%.')}${'</w:tc></w:tr></w:tbl>'.repeat(20_000)}`;
    const doc = await parseAnyDocument(writeDocx(deep), 'deep.docx');
    expect(doc.text).toBe('Revenue rose 5%.');
    await expect(parseAnyDocument(writeDocx('<w:p><w:r><w:t>open'), 'broken.docx')).rejects.toThrow(/broken\.docx is not a Word document Assay can read \(its word\/document\.xml is damaged/u);
  });
});
