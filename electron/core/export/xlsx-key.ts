import type ExcelJS from 'exceljs';
import type { CorrectionValues } from '../../../shared/corrections.ts';
import type { ExportMetric } from './collect.ts';

/*
 * What an XLSX export keeps so that an edited copy can be read back as corrections
 * (`assay import-corrections`): each row's metric id in a hidden column, and a hidden
 * sheet with every metric's fields as exported, to tell the analyst's edits in the file
 * from edits made in Assay since.
 */

/** The Metrics sheet's hidden column naming each row's metric. */
export const METRIC_ID_HEADER = 'Metric ID';
/** The hidden sheet: the export's time, then a metric id and its exported fields (JSON) a row. */
export const EXPORTED_SHEET = 'Assay export';
export const EXPORTED_AT_LABEL = 'Exported at';

/** A metric's correctable fields as the export writes them. */
export function exportedValues(m: ExportMetric): CorrectionValues {
  return {
    label: m.label, entity: m.entity, value: m.value, unit: m.unit, periodStart: m.periodStart, periodEnd: m.periodEnd, status: m.status,
    note: m.note ?? '',
  };
}

/**
 * Adds the hidden sheet. "veryHidden": Excel's Unhide does not list it, so it is not
 * edited by mistake; the file's own cells are what the analyst edits.
 */
export function addExportedSheet(book: ExcelJS.Workbook, metrics: ExportMetric[], generatedAt: string): void {
  const sheet = book.addWorksheet(EXPORTED_SHEET, { state: 'veryHidden' });
  sheet.addRow([EXPORTED_AT_LABEL, generatedAt]);
  sheet.addRow([METRIC_ID_HEADER, 'Exported values']);
  const seen = new Set<number>();
  for (const m of metrics) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    sheet.addRow([m.id, JSON.stringify(exportedValues(m))]);
  }
}
