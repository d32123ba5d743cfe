import { TABLE_HEADER, tableFields } from './csv.ts';
import type { ExportMetric } from './collect.ts';
import { inertCell } from './safe.ts';

/** A field as one TSV cell: tabs and line breaks inside it become spaces, so a row stays a row. */
function cell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return inertCell(value).replace(/[\t\r\n]+/gu, ' ');
}

/** Metrics as tab-separated text with a header row, the form Excel and Sheets take from the clipboard. */
export function toTsv(metrics: ExportMetric[]): string {
  return [TABLE_HEADER, ...metrics.map(tableFields)].map((row) => row.map(cell).join('\t')).join('\n');
}
