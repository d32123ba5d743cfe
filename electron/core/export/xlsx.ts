import ExcelJS from 'exceljs';
import { auditNote, formatPeriod } from '../../../shared/format.ts';
import { citation, linkOf, type ExportData, type ExportMetric } from './collect.ts';
import { inertCell } from './safe.ts';
import { addExportedSheet, METRIC_ID_HEADER } from './xlsx-key.ts';

/** Number formats by unit: percentages keep two decimals, money and tonnage use thousands separators. */
export function numberFormat(unit: string | null): string {
  if (unit === '%' || unit === 'pp') return '0.00';
  return '#,##0.###';
}

const text = (v: string | null) => (v === null ? null : inertCell(v));

/** A YYYY-MM-DD date as a real spreadsheet date (midnight UTC), so periods sort and filter as dates. */
const date = (iso: string | null) => (iso && /^\d{4}-\d{2}-\d{2}$/u.test(iso) ? new Date(`${iso}T00:00:00Z`) : null);

/** A report's sections as runs of the metrics list: each heading, then the metrics under it. */
function runsOf(data: ExportData): Array<{ heading: string | null; metrics: ExportMetric[] }> {
  if (!data.report) return [{ heading: null, metrics: data.metrics }];
  return data.report.sections.map((s) => ({ heading: s.heading || 'Untitled section', metrics: s.blocks.flatMap((b) => (b.kind === 'metrics' ? b.metrics : [])) }));
}

/**
 * A workbook with a Metrics sheet (real numbers with number formats, units beside them,
 * periods as real dates, notes as cell comments, a frozen header with filters; a report's
 * sections as headed, grouped runs of rows) and a Sources sheet that every metric's row cites.
 * Each row carries its metric's id in a hidden column, and a hidden sheet keeps the fields as
 * exported, so an edited copy reads back as corrections (see xlsx-key.ts).
 */
export async function toXlsx(data: ExportData): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Assay';
  book.created = new Date(data.generatedAt);
  const sheet = book.addWorksheet('Metrics', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'Label', key: 'label', width: 32 }, { header: 'Entity', key: 'entity', width: 22 }, { header: 'Value', key: 'value', width: 16 },
    { header: 'Unit', key: 'unit', width: 10 }, { header: 'Change', key: 'change', width: 10 }, { header: 'Change unit', key: 'changeUnit', width: 11 },
    { header: 'Change basis', key: 'changeBasis', width: 12 }, { header: 'Period', key: 'period', width: 26 }, { header: 'Period start', key: 'periodStart', width: 12 },
    { header: 'Period end', key: 'periodEnd', width: 12 }, { header: 'Status', key: 'status', width: 12 },
    { header: 'Edited (extracted original)', key: 'audit', width: 30 }, { header: 'Tags', key: 'tags', width: 18 },
    { header: 'Note', key: 'note', width: 36 }, { header: 'Document', key: 'document', width: 36 }, { header: 'Source', key: 'source', width: 8 },
    // Last and hidden, inside the filter's range so that sorting the sheet keeps each row's id with it.
    { header: METRIC_ID_HEADER, key: 'metricId', width: 10, hidden: true },
  ];
  sheet.getRow(1).font = { bold: true };
  let n = 0;
  for (const run of runsOf(data)) {
    if (run.heading !== null) {
      const head = sheet.addRow({ label: text(run.heading) });
      head.font = { bold: true };
      head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEA' } };
    }
    for (const m of run.metrics) addMetric(sheet, m, ++n, run.heading !== null);
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  sheet.properties.outlineProperties = { summaryBelow: false, summaryRight: false };

  const sources = book.addWorksheet('Sources', { views: [{ state: 'frozen', ySplit: 1 }] });
  sources.columns = [
    { header: '#', key: 'n', width: 6 }, { header: 'Document', key: 'document', width: 40 }, { header: 'Published', key: 'published', width: 12 },
    { header: 'Passage', key: 'passage', width: 9 }, { header: 'Quoted sentence', key: 'sentence', width: 90 }, { header: 'Citation', key: 'citation', width: 60 },
    { header: 'Open in Assay', key: 'open', width: 16 },
  ];
  sources.getRow(1).font = { bold: true };
  data.metrics.forEach((m, i) => {
    const link = linkOf(data, { metric: m.id });
    const row = sources.addRow({
      n: i + 1, document: text(m.documentTitle), published: text(m.published), passage: m.passageNumber, sentence: text(m.sentence), citation: text(citation(m)),
      open: link ? { text: 'Open in Assay', hyperlink: link } : null,
    });
    if (link) row.getCell('open').font = { color: { argb: 'FF2457A6' }, underline: true };
  });
  sources.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 7 } };
  addExportedSheet(book, data.metrics, data.generatedAt);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** One metric's row, linked to its line `n` on the Sources sheet; in a report, grouped under its section. */
function addMetric(sheet: ExcelJS.Worksheet, m: ExportMetric, n: number, grouped: boolean): void {
  const row = sheet.addRow({
    label: text(m.label), entity: text(m.entity), value: m.value, unit: text(m.unit), change: m.changeValue, changeUnit: text(m.changeUnit),
    changeBasis: text(m.changeBasis === 'since' ? `since ${m.changeSince ?? ''}` : m.changeBasis), period: text(formatPeriod(m) || null),
    periodStart: date(m.periodStart), periodEnd: date(m.periodEnd), status: m.status, audit: text(auditNote(m)), tags: text(m.tags), note: text(m.note),
    document: text(m.documentTitle), source: { text: String(n), hyperlink: `#'Sources'!A${n + 1}` }, metricId: m.id,
  });
  row.getCell('value').numFmt = numberFormat(m.unit);
  row.getCell('change').numFmt = '0.00';
  row.getCell('periodStart').numFmt = 'yyyy-mm-dd';
  row.getCell('periodEnd').numFmt = 'yyyy-mm-dd';
  if (grouped) row.outlineLevel = 1;
  if (m.note) row.getCell('label').note = m.note;
  // An edited figure is marked where the eye lands, with the extracted original in its comment.
  const audit = auditNote(m);
  if (audit) {
    row.getCell('value').note = audit;
    row.getCell('value').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  }
}
