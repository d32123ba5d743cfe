import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { formatChange, formatPeriod, formatValue } from '../../../shared/format.ts';
import { citation, type ExportData } from './collect.ts';

const HEADER = ['Label', 'Entity', 'Value', 'Change', 'Period', 'Status', 'Note'];

function cell(children: Array<TextRun | FootnoteReferenceRun>): TableCell {
  return new TableCell({ children: [new Paragraph({ children })] });
}

/** A Word document: title, scope, a table of metrics whose values carry footnotes citing their sources. */
export async function toDocx(data: ExportData): Promise<Buffer> {
  const header = new TableRow({ tableHeader: true, children: HEADER.map((h) => cell([new TextRun({ text: h, bold: true })])) });
  const rows = data.metrics.map((m) => new TableRow({
    children: [
      cell([new TextRun(m.label)]), cell([new TextRun(m.entity ?? '')]),
      cell([new TextRun(`${m.qualifier ? `${m.qualifier} ` : ''}${formatValue(m.value, m.unit)}`), new FootnoteReferenceRun({ children: [new Paragraph(citation(m))] })]),
      cell([new TextRun(formatChange(m))]), cell([new TextRun(formatPeriod(m))]), cell([new TextRun(m.status)]), cell([new TextRun(m.note ?? '')]),
    ],
  }));
  const doc = new Document({
    creator: 'Assay',
    title: data.title,
    sections: [{
      children: [
        new Paragraph({ text: data.title, heading: HeadingLevel.TITLE }),
        new Paragraph({ children: [new TextRun({ text: `${data.scope} · ${data.metrics.length} metric${data.metrics.length === 1 ? '' : 's'} · generated ${data.generatedAt.slice(0, 16).replace('T', ' ')} UTC by Assay`, italics: true })] }),
        new Paragraph({ text: 'Metrics', heading: HeadingLevel.HEADING_1 }),
        new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}
