import {
  AlignmentType, BorderStyle, Document, ExternalHyperlink, FootnoteReferenceRun, HeadingLevel, ImageRun, Packer, Paragraph, ShadingType, Table, TableCell, TableRow,
  TextRun, WidthType,
} from 'docx';
import { Resvg } from '@resvg/resvg-js';
import type { Series } from '../../../shared/chart.ts';
import { auditNote, formatChange, formatValue } from '../../../shared/format.ts';
import { annotationCitation, citation, linkOf, subtitle, type ExportAnnotation, type ExportData, type ExportMetric } from './collect.ts';
import { markdownToDocx } from './markdown-docx.ts';
import { CHART_SIZE, svgChart } from './svg-chart.ts';
import { exportPeriod, optionalColumns, valueColumn } from './table-format.ts';

const RULE = { style: BorderStyle.SINGLE, size: 4, color: 'D8D8D2' };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
/** Cells ruled below only, as a research note's tables are. */
const BORDERS = { top: NONE, left: NONE, right: NONE, bottom: RULE };
const MUTED = '6B6F76';

/**
 * Footnotes numbered once per distinct citation: three figures of one sentence share a
 * footnote instead of repeating the sentence three times. Word gives each footnote one
 * reference and numbers them in reading order, so a repeat is its number in superscript.
 */
class Footnotes {
  readonly notes: Record<string, { children: Paragraph[] }> = {};
  private readonly ids = new Map<string, number>();
  private readonly data: Pick<ExportData, 'links'>;

  constructor(data: Pick<ExportData, 'links'>) {
    this.data = data;
  }

  /**
   * The reference to a citation's footnote, which ends with a link that opens it in Assay.
   * A footnote shared by several figures links to the first: Word has one footnote per source.
   */
  ref(text: string, target: { metric: number } | { annotation: number }): Run {
    const known = this.ids.get(text);
    if (known !== undefined) return new TextRun({ text: String(known), superScript: true });
    const id = this.ids.size + 1;
    this.ids.set(text, id);
    const link = linkOf(this.data, target);
    // A table row's sentence holds tabs, which Word would stretch across the line.
    const children = [new TextRun(text.replace(/\s+/gu, ' ')), ...(link ? [new TextRun(' '), new ExternalHyperlink({
      link, children: [new TextRun({ text: 'Open in Assay', style: 'Hyperlink' })],
    })] : [])];
    this.notes[String(id)] = { children: [new Paragraph({ children })] };
    return new FootnoteReferenceRun(id);
  }
}

type Run = TextRun | FootnoteReferenceRun;

/** Relative widths of a metrics table's columns, by heading, so the metric gets the room and figures stay on one line. */
const WEIGHTS = new Map([['Metric', 35], ['Change', 15], ['Period', 13], ['Status', 10], ['Tags', 12]]);
const TEXT_WIDTH = 9000;

function cell(children: Run[], options: { right?: boolean; header?: boolean; span?: number } = {}): TableCell {
  return new TableCell({
    borders: options.header ? { ...BORDERS, bottom: { style: BorderStyle.SINGLE, size: 8, color: '1D1F21' } } : BORDERS,
    shading: options.header ? { type: ShadingType.CLEAR, fill: 'F4F4F1', color: 'auto' } : undefined,
    columnSpan: options.span,
    children: [new Paragraph({ alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT, children })],
  });
}

const small = (text: string, color = MUTED) => new TextRun({ text, size: 16, color });

/** A table of metrics as the HTML report prints it: the metric with its entity beneath, numbers right-aligned, notes under their row. */
function metricsTable(metrics: ExportMetric[], notes: Footnotes): Table {
  const value = valueColumn(metrics);
  const has = optionalColumns(metrics);
  const heads: Array<[string, boolean]> = [['Metric', false], [value.header, true], ...(has.change ? [['Change', true] as [string, boolean]] : []),
    ['Period', false], ...(has.status ? [['Status', false] as [string, boolean]] : []), ...(has.tags ? [['Tags', false] as [string, boolean]] : [])];
  const rows = metrics.flatMap((m) => {
    const audit = auditNote(m);
    const row = new TableRow({
      cantSplit: true,
      children: [
        cell([new TextRun(m.label), ...(m.conflicts || m.changeMismatch ? [small(' ⚠', 'B26A00')] : []), ...(m.entity ? [new TextRun({ break: 1 }), small(m.entity)] : [])]),
        cell([new TextRun(`${m.qualifier ? `${m.qualifier} ` : ''}${value.cell(m)}`), notes.ref(citation(m), { metric: m.id }),
          ...(audit ? [new TextRun({ break: 1 }), small(`✎ ${audit}`, 'A15C00')] : [])], { right: true }),
        ...(has.change ? [cell([new TextRun({ text: formatChange(m), color: m.changeDirection === 'down' ? 'C0392B' : m.changeDirection === 'up' ? '1A7F37' : undefined })], { right: true })] : []),
        cell([new TextRun(exportPeriod(m))]),
        ...(has.status ? [cell([new TextRun(m.status === 'unreviewed' ? '' : m.status)])] : []),
        ...(has.tags ? [cell([small(m.tags ?? '')])] : []),
      ],
    });
    if (!m.note?.trim()) return [row];
    const note = new TableRow({ cantSplit: true, children: [new TableCell({ borders: BORDERS, columnSpan: heads.length, children: markdownToDocx(m.note, { cell: true }) })] });
    return [row, note];
  });
  const weights = heads.map(([h]) => WEIGHTS.get(h) ?? 19);
  const sum = weights.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: weights.map((w) => Math.round((w / sum) * TEXT_WIDTH)),
    rows: [new TableRow({ tableHeader: true, children: heads.map(([h, right]) => cell([new TextRun({ text: h, bold: true })], { right, header: true })) }), ...rows],
  });
}

/** The chart drawn as the HTML report draws it, rasterised at twice its size so it prints sharp. */
function chartImage(series: Series): Paragraph[] {
  // The chart asks for system-ui/sans-serif: Arial where there is one (Windows, macOS), else DejaVu Sans (Linux).
  const font = { loadSystemFonts: true, sansSerifFamily: 'Arial', defaultFontFamily: 'DejaVu Sans' };
  const png = new Resvg(svgChart(series), { fitTo: { mode: 'zoom', value: 2 }, background: 'white', font }).render().asPng();
  const width = 600;
  const documents = [...new Set(series.points.map((p) => p.documentTitle))];
  return [
    new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width, height: Math.round((width * CHART_SIZE.height) / CHART_SIZE.width) } })] }),
    new Paragraph({ children: [small(`Source${documents.length === 1 ? '' : 's'}: ${documents.join('; ')}`)] }),
  ];
}

/** A chart's points, for the appendix: Word readers who need the numbers behind the picture. */
function chartData(series: Series, index: number): Array<Paragraph | Table> {
  return [
    new Paragraph({ text: `Chart ${index + 1}: ${series.name}${series.unit ? ` (${series.unit})` : ''}`, heading: HeadingLevel.HEADING_2 }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [new TableRow({ tableHeader: true, children: ['Period', 'Value', 'Document'].map((h, i) => cell([new TextRun({ text: h, bold: true })], { header: true, right: i === 1 })) }),
        ...series.points.map((p) => new TableRow({ children: [cell([new TextRun(exportPeriod({ periodLabel: null, periodStart: p.periodStart ?? null, periodEnd: p.periodEnd }) || p.periodEnd)]),
          cell([new TextRun(formatValue(p.value, p.unit))], { right: true }), cell([new TextRun(p.documentTitle)])] }))],
    }),
  ];
}

function annotationBlock(a: ExportAnnotation, notes: Footnotes): Array<Paragraph | Table> {
  return [
    new Paragraph({ indent: { left: 400 }, children: [new TextRun({ text: a.quote ? `“${a.quote}”` : a.target, italics: true }), notes.ref(annotationCitation(a), { annotation: a.id })] }),
    ...markdownToDocx(a.body, { indent: 400 }),
  ];
}

/**
 * A Word document: title, byline, summary, sections (heading, commentary, tables, charts as
 * pictures, quotes), then the charts' data as an appendix. Every figure and quote carries a
 * footnote citing its source, one footnote per distinct source.
 */
export async function toDocx(data: ExportData): Promise<Buffer> {
  const notes = new Footnotes(data);
  const charts: Series[] = [];
  const body: Array<Paragraph | Table> = [
    new Paragraph({ text: data.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: subtitle(data), italics: true, color: MUTED })] }),
  ];
  if (!data.report) body.push(new Paragraph({ text: 'Metrics', heading: HeadingLevel.HEADING_1 }), metricsTable(data.metrics, notes));
  else {
    body.push(...markdownToDocx(data.report.summary));
    for (const section of data.report.sections) {
      if (section.heading) body.push(new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1 }));
      if (section.commentary.trim()) body.push(...markdownToDocx(section.commentary));
      for (const b of section.blocks) {
        if (b.kind === 'metrics') body.push(metricsTable(b.metrics, notes), new Paragraph(''));
        else if (b.kind === 'annotation') body.push(...annotationBlock(b.annotation, notes));
        else {
          charts.push(b.series);
          body.push(...chartImage(b.series));
        }
      }
    }
  }
  if (charts.length) body.push(new Paragraph({ text: 'Appendix: chart data', heading: HeadingLevel.HEADING_1 }), ...charts.flatMap(chartData));
  return Packer.toBuffer(new Document({
    creator: 'Assay', title: data.title, footnotes: notes.notes, sections: [{ children: body }],
    styles: { default: { document: { run: { font: 'Arial', size: 20 } } } },
  }));
}
