import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Series } from '../../../shared/chart.ts';
import { auditNote, formatChange, formatPeriod, formatValue } from '../../../shared/format.ts';
import { annotationCitation, citation, subtitle, type ExportAnnotation, type ExportData, type ExportMetric } from './collect.ts';
import { markdownToDocx } from './markdown-docx.ts';

function cell(children: Array<TextRun | FootnoteReferenceRun>): TableCell {
  return new TableCell({ children: [new Paragraph({ children })] });
}

function headerRow(names: string[]): TableRow {
  return new TableRow({ tableHeader: true, children: names.map((h) => cell([new TextRun({ text: h, bold: true })])) });
}

const footnote = (text: string) => new FootnoteReferenceRun({ children: [new Paragraph(text)] });

function metricsTable(metrics: ExportMetric[]): Table {
  const rows = metrics.map((m) => new TableRow({
    children: [
      cell([new TextRun(m.label)]), cell([new TextRun(m.entity ?? '')]),
      cell([new TextRun(`${m.qualifier ? `${m.qualifier} ` : ''}${formatValue(m.value, m.unit)}`), footnote(citation(m)),
        ...(auditNote(m) ? [new TextRun({ text: ` ✎ ${auditNote(m)!}`, italics: true, size: 16 })] : [])]),
      cell([new TextRun(formatChange(m))]), cell([new TextRun(formatPeriod(m))]), cell([new TextRun(m.status)]),
      new TableCell({ children: markdownToDocx(m.note ?? '', { cell: true }) }),
    ],
  }));
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [headerRow(['Label', 'Entity', 'Value', 'Change', 'Period', 'Status', 'Note']), ...rows] });
}

/** Word has no place for an ECharts drawing here, so a chart becomes the table of its points. */
function chartBlock(series: Series): Array<Paragraph | Table> {
  return [
    new Paragraph({ children: [new TextRun({ text: `Chart: ${series.name}${series.unit ? ` (${series.unit})` : ''}`, bold: true })] }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [headerRow(['Period end', 'Value', 'Document']),
      ...series.points.map((p) => new TableRow({ children: [cell([new TextRun(p.periodEnd)]), cell([new TextRun(formatValue(p.value, p.unit))]), cell([new TextRun(p.documentTitle)])] }))] }),
  ];
}

function annotationBlock(a: ExportAnnotation): Array<Paragraph | Table> {
  return [
    new Paragraph({ indent: { left: 400 }, children: [new TextRun({ text: a.quote ? `“${a.quote}”` : a.target, italics: true }), footnote(annotationCitation(a))] }),
    ...markdownToDocx(a.body, { indent: 400 }),
  ];
}

/** A Word document: title, byline, summary, sections of tables, charts and quotes; every figure and quote carries a footnote citing its source. */
export async function toDocx(data: ExportData): Promise<Buffer> {
  const body: Array<Paragraph | Table> = [
    new Paragraph({ text: data.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: subtitle(data), italics: true })] }),
  ];
  if (!data.report) body.push(new Paragraph({ text: 'Metrics', heading: HeadingLevel.HEADING_1 }), metricsTable(data.metrics));
  else {
    body.push(...markdownToDocx(data.report.summary));
    for (const section of data.report.sections) {
      if (section.heading) body.push(new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1 }));
      for (const b of section.blocks) body.push(...(b.kind === 'metrics' ? [metricsTable(b.metrics)] : b.kind === 'chart' ? chartBlock(b.series) : annotationBlock(b.annotation)));
    }
  }
  return Packer.toBuffer(new Document({ creator: 'Assay', title: data.title, sections: [{ children: body }] }));
}
