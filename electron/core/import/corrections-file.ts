import ExcelJS from 'exceljs';
import { z } from 'zod';
import { CORRECTION_FIELDS, CORRECTION_HEADERS, CorrectionValues, type CorrectionField } from '../../../shared/corrections.ts';
import { AssayError } from '../../../shared/errors.ts';
import { EXPORTED_AT_LABEL, EXPORTED_SHEET, METRIC_ID_HEADER } from '../export/xlsx-key.ts';
import { CellSchema, type Cell } from './correction-cells.ts';

/** One row of the edited Metrics sheet: its number, its metric id cell, and the cells of the fields it has columns for. */
export interface SheetRow {
  row: number;
  id: Cell;
  cells: Partial<Record<CorrectionField, Cell>>;
  /** Whether any cell besides the label holds something (a report's section heading holds only its label). */
  filled: boolean;
}

/** An edited XLSX export, read: when it was exported, each metric's fields as exported, and the rows as they are now. */
export interface CorrectionsWorkbook {
  exportedAt: string | null;
  exported: Map<number, CorrectionValues>;
  rows: SheetRow[];
}

const ExportedRow = z.tuple([z.number().int().positive(), z.string()]);

/** Reads an edited copy of an XLSX export; a file that is not one says what it is missing. */
export async function readCorrectionsWorkbook(data: Buffer, fileName: string): Promise<CorrectionsWorkbook> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    throw new AssayError('BAD_CORRECTIONS', `${fileName} is not an XLSX workbook Assay can read (${(error as Error).message}).`, { cause: error });
  }
  const sheet = book.worksheets.find((s) => headerColumns(s).has(METRIC_ID_HEADER));
  if (!sheet) {
    throw new AssayError('BAD_CORRECTIONS', `${fileName} has no "${METRIC_ID_HEADER}" column: `
      + 'read back only XLSX files Assay exported (the metrics list), edited.');
  }
  const record = book.getWorksheet(EXPORTED_SHEET);
  if (!record) {
    throw new AssayError('BAD_CORRECTIONS', `${fileName} lacks the hidden "${EXPORTED_SHEET}" sheet that records what was exported, `
      + 'so edits cannot be told from changes made in Assay since. Export again and edit that copy.');
  }
  return { ...readExported(record), rows: readRows(sheet) };
}

function cellOf(row: ExcelJS.Row, column: number): Cell {
  const parsed = CellSchema.safeParse(row.getCell(column).value);
  return parsed.success ? parsed.data : { error: 'of a kind Assay cannot read' };
}

function headerColumns(sheet: ExcelJS.Worksheet): Map<string, number> {
  const columns = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, column) => {
    const parsed = CellSchema.safeParse(cell.value);
    if (parsed.success && typeof parsed.data === 'string') columns.set(parsed.data.trim(), column);
  });
  return columns;
}

/** The hidden sheet: "Exported at" and its time, a header, then a metric id and its exported fields as JSON a row. */
function readExported(sheet: ExcelJS.Worksheet): Pick<CorrectionsWorkbook, 'exportedAt' | 'exported'> {
  const first = sheet.getRow(1);
  const at = cellOf(first, 2);
  const exportedAt = cellOf(first, 1) === EXPORTED_AT_LABEL && typeof at === 'string' ? at : null;
  const exported = new Map<number, CorrectionValues>();
  for (let n = 3; n <= sheet.rowCount; n++) {
    const row = ExportedRow.safeParse([cellOf(sheet.getRow(n), 1), cellOf(sheet.getRow(n), 2)]);
    const values = row.success ? CorrectionValues.safeParse(parseJson(row.data[1])) : null;
    // A damaged record line leaves its metric unknown: its row is then listed, not guessed.
    if (row.success && values?.success) exported.set(row.data[0], values.data);
  }
  return { exportedAt, exported };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function readRows(sheet: ExcelJS.Worksheet): SheetRow[] {
  const columns = headerColumns(sheet);
  const idColumn = columns.get(METRIC_ID_HEADER)!;
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, n) => {
    if (n === 1) return;
    const cells: SheetRow['cells'] = {};
    for (const field of CORRECTION_FIELDS) {
      const column = columns.get(CORRECTION_HEADERS[field]);
      if (column !== undefined) cells[field] = cellOf(row, column);
    }
    const filled = Object.entries(cells).some(([field, cell]) => field !== 'label' && cell !== null && cell !== '');
    rows.push({ row: n, id: cellOf(row, idColumn), cells, filled });
  });
  return rows;
}
