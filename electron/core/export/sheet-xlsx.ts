import ExcelJS from 'exceljs';
import { auditNote, formatValue } from '../../../shared/format.ts';
import type { SheetCell, SheetPeriod, SheetRow } from '../../../shared/sheet.ts';
import { citation, linkOf, type ExportMetric } from './collect.ts';
import type { SheetExportData } from './collect-sheet.ts';
import { inertCell } from './safe.ts';
import { numberFormat } from './xlsx.ts';

/*
 * The period sheet as a workbook: a Sheet worksheet of series by periods (with Q/Q and
 * Y/Y columns where a period has them), every value a link to the line citing it on a
 * Sources worksheet, and cells stated by several documents, disputed between them or
 * edited by an analyst filled and explained in a comment.
 */

const fill = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
/** Marks, strongest first: a cell gets the first that applies; its comment says every one. */
const MARKS = [
  { key: 'conflict', fill: fill('FFF4CCCC'), legend: 'Sources disagree' },
  { key: 'edited', fill: fill('FFFFF2CC'), legend: 'Edited by an analyst' },
  { key: 'several', fill: fill('FFDDEBF7'), legend: 'Several sources agree' },
] as const;
const HEADER_ROW = 4;
/** How wide (in characters) each legend swatch is at least, spanning period columns as needed. */
const LEGEND_WIDTH = 22;
const SERIES_COLUMNS = 3;
const text = (v: string | null) => (v === null ? null : inertCell(v));
/** The sheet printed landscape, one page wide, so periods stay beside their series. */
const PRINT: Partial<ExcelJS.PageSetup> = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };

/**
 * Large figures shown in millions or billions by the format alone (Excel's trailing commas
 * divide by a thousand each), so the cell keeps the exact number and a row stays readable.
 */
function valueFormat(unit: string | null, largest: number): string {
  if (largest >= 1e9) return '#,##0.00,,," bn"';
  if (largest >= 1e6) return '#,##0.0,," mn"';
  return numberFormat(unit);
}

/** A period's columns: its value, then Q/Q and Y/Y where any series has them. */
interface Column { period: SheetPeriod; kind: 'value' | 'qoq' | 'yoy' }

function columnsOf(data: SheetExportData): Column[] {
  const has = (p: SheetPeriod, kind: 'qoq' | 'yoy') => data.rows.some((r) => (r.derived[p.key]?.[kind] ?? null) !== null);
  return data.periods.flatMap((period) => [
    { period, kind: 'value' as const },
    ...(['qoq', 'yoy'] as const).filter((k) => has(period, k)).map((kind) => ({ period, kind })),
  ]);
}

/** Why a cell is marked, in words, or null when it is a single unedited statement. */
function explain(cell: SheetCell, metric: ExportMetric | undefined, data: SheetExportData): string | null {
  const lines: string[] = [];
  if (cell.conflict) {
    const others = (data.disagreeing.get(cell.metricId) ?? []).map((o) => `${o.documentTitle}: ${formatValue(o.value, o.unit)}`);
    lines.push(`Stated by ${cell.sources} documents that disagree${others.length ? ` (${others.join('; ')})` : ''}.`);
  } else if (cell.sources > 1) lines.push(`Stated by ${cell.sources} documents, which agree.`);
  if (cell.edited) lines.push((metric && auditNote(metric)) ?? 'Edited by an analyst.');
  return lines.length ? lines.join('\n') : null;
}

function markOf(cell: SheetCell): (typeof MARKS)[number] | null {
  if (cell.conflict) return MARKS[0];
  if (cell.edited) return MARKS[1];
  return cell.sources > 1 ? MARKS[2] : null;
}

/** Title, scope and the legend of marks above the table. */
function writeHeading(sheet: ExcelJS.Worksheet, data: SheetExportData, columns: Column[]): void {
  sheet.getCell('A1').value = data.title;
  sheet.getCell('A1').font = { bold: true, size: 13 };
  const hidden = data.hiddenPeriods ? `, ${data.hiddenPeriods} older not shown` : '';
  sheet.getCell('A2').value = text(`${data.scope} · ${data.rows.length.toLocaleString('en-US')} series · ${data.periods.length} periods${hidden}`
    + ` · generated ${data.generatedAt.slice(0, 16).replace('T', ' ')} UTC by Assay`);
  sheet.getCell('A3').value = 'Each value links to its citation on the Sources sheet; a marked value\'s comment says why it is marked.';
  let column = SERIES_COLUMNS + 1;
  for (const mark of MARKS) {
    let last = column;
    for (let width = sheet.getColumn(column).width ?? 9; width < LEGEND_WIDTH; width += sheet.getColumn(last).width ?? 9) last++;
    if (last > column) sheet.mergeCells(1, column, 1, last);
    Object.assign(sheet.getCell(1, column), { value: mark.legend, fill: mark.fill });
    column = last + 1;
  }
  const header = sheet.getRow(HEADER_ROW);
  header.values = ['Label', 'Entity', 'Unit', ...columns.map((c) => (c.kind === 'value' ? c.period.label : `${c.period.label} ${c.kind === 'qoq' ? 'Q/Q' : 'Y/Y'}`))];
  header.font = { bold: true };
  columns.forEach((c, i) => {
    const cell = header.getCell(SERIES_COLUMNS + 1 + i);
    cell.alignment = { horizontal: 'right' };
    if (c.kind === 'value') cell.note = `${c.period.start} to ${c.period.end}`;
  });
}

/** A change as a spreadsheet number: a fraction shown as a percentage, or points for percentages. */
function derivedCell(cell: ExcelJS.Cell, value: number, unit: string | null): void {
  const points = unit === '%' || unit === 'pp';
  cell.value = points ? value : value / 100;
  cell.numFmt = points ? '+0.0" pp";-0.0" pp";0.0" pp"' : '+0.0%;-0.0%;0.0%';
  cell.font = { italic: true, color: { argb: 'FF595959' } };
}

/** One Sources line per shown cell, then a line per document disagreeing with it. Returns the row each cell cites. */
function writeSources(book: ExcelJS.Workbook, data: SheetExportData): Map<number, number> {
  const sources = book.addWorksheet('Sources', { views: [{ state: 'frozen', ySplit: 1 }] });
  sources.columns = [
    { header: '#', key: 'n', width: 6 }, { header: 'Series', key: 'series', width: 48 }, { header: 'Period', key: 'period', width: 12 },
    { header: 'Value', key: 'value', width: 16 }, { header: 'Unit', key: 'unit', width: 9 }, { header: 'Status', key: 'status', width: 11 },
    { header: 'In the sheet', key: 'role', width: 16 }, { header: 'Document', key: 'document', width: 36 }, { header: 'Published', key: 'published', width: 12 },
    { header: 'Page', key: 'page', width: 6 }, { header: 'Passage', key: 'passage', width: 8 }, { header: 'Quoted sentence', key: 'sentence', width: 70 },
    { header: 'Citation', key: 'citation', width: 60 }, { header: 'Marks', key: 'marks', width: 50 }, { header: 'Open in Assay', key: 'open', width: 16 },
  ];
  sources.getRow(1).font = { bold: true };
  const cites = new Map<number, number>();
  const add = (m: ExportMetric, series: string, period: SheetPeriod, role: string, marks: string | null) => {
    const link = linkOf(data, { metric: m.id });
    const line = sources.addRow({
      n: sources.rowCount, series: text(series), period: period.label, value: m.value, unit: text(m.unit), status: m.status, role,
      document: text(m.documentTitle), published: text(m.published), page: m.page, passage: m.passageNumber, sentence: text(m.sentence),
      citation: text(citation(m)), marks: text(marks), open: link ? { text: 'Open in Assay', hyperlink: link } : null,
    });
    if (link) line.getCell('open').font = { color: { argb: 'FF2457A6' }, underline: true };
    line.getCell('value').numFmt = valueFormat(m.unit, Math.abs(m.value ?? 0));
    return line;
  };
  for (const row of data.rows) {
    const series = row.entity ? `${row.label} — ${row.entity}` : row.label;
    for (const period of data.periods) {
      const cell = row.cells[period.key];
      const metric = cell && data.cited.get(cell.metricId);
      if (!cell || !metric) continue;
      cites.set(cell.metricId, add(metric, series, period, 'shown', explain(cell, metric, data)).number);
      for (const other of data.disagreeing.get(cell.metricId) ?? []) {
        const m = data.cited.get(other.id);
        if (m) add(m, series, period, 'disagrees', null);
      }
    }
  }
  sources.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sources.columns.length } };
  return cites;
}

/** One series: its name, then each column's value (a link to its citation) or change. */
function writeRow(sheet: ExcelJS.Worksheet, at: number, row: SheetRow, columns: Column[], cites: Map<number, number>, data: SheetExportData): void {
  const line = sheet.getRow(at);
  line.values = [text(row.label), text(row.entity), text(row.unit)];
  const format = valueFormat(row.unit, Math.max(...Object.values(row.cells).map((c) => Math.abs(c.value))));
  columns.forEach((c, i) => {
    const target = line.getCell(SERIES_COLUMNS + 1 + i);
    if (c.kind !== 'value') {
      const change = row.derived[c.period.key]?.[c.kind] ?? null;
      if (change !== null) derivedCell(target, change, row.unit);
      return;
    }
    const cell = row.cells[c.period.key];
    if (!cell) return;
    // A HYPERLINK formula keeps the value a number (a plain link would make it text); the formula holds only our numbers.
    target.value = { formula: `HYPERLINK("#'Sources'!A${cites.get(cell.metricId) ?? 1}",${cell.value})`, result: cell.value };
    target.numFmt = format;
    target.font = { color: { argb: 'FF1F4E9A' } };
    const mark = markOf(cell);
    if (mark) target.fill = mark.fill;
    const why = explain(cell, data.cited.get(cell.metricId), data);
    if (why) target.note = why;
  });
}

/** The period sheet as an XLSX workbook: Sheet (series by periods) and Sources (every value's citation). */
export async function sheetToXlsx(data: SheetExportData): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Assay';
  book.created = new Date(data.generatedAt);
  const sheet = book.addWorksheet('Sheet', {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: SERIES_COLUMNS }],
    pageSetup: PRINT,
  });
  const columns = columnsOf(data);
  sheet.columns = [{ width: 36 }, { width: 22 }, { width: 8 }, ...columns.map((c) => ({ width: c.kind === 'value' ? 13 : 11 }))];
  writeHeading(sheet, data, columns);
  const cites = writeSources(book, data);
  data.rows.forEach((row, i) => writeRow(sheet, HEADER_ROW + 1 + i, row, columns, cites, data));
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: SERIES_COLUMNS } };
  return Buffer.from(await book.xlsx.writeBuffer());
}
