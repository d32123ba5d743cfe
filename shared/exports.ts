import { z } from 'zod';
import { METRIC_SORT_COLUMNS, METRIC_STATUSES } from './metrics.ts';
import { EXPORT_FORMATS } from './export-formats.ts';

export { EXPORT_FORMATS };

export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** What an export of the grid writes: its list of metrics, or the period sheet (series by periods, XLSX only). */
export const EXPORT_VIEWS = ['list', 'sheet'] as const;
export const ExportView = z.enum(EXPORT_VIEWS);
export type ExportView = z.infer<typeof ExportView>;

/** The formats each view exports to; the period sheet is a spreadsheet. */
export const VIEW_FORMATS: Record<ExportView, readonly ExportFormat[]> = { list: EXPORT_FORMATS, sheet: ['xlsx'] };

/** Media types, for downloads and save dialogs. */
export const EXPORT_TYPES: Record<ExportFormat, string> = {
  html: 'text/html', pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', md: 'text/markdown',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', csv: 'text/csv', json: 'application/json', notes: 'application/zip',
};

/** The file name ending of each format ("notes" are a zip of Markdown files). */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = {
  html: 'html', pdf: 'pdf', docx: 'docx', md: 'md', xlsx: 'xlsx', csv: 'csv', json: 'json', notes: 'notes.zip',
};

/** The format an export's file name says, from its ending. */
export function formatOfFile(fileName: string): ExportFormat {
  const found = EXPORT_FORMATS.filter((f) => fileName.endsWith(`.${EXPORT_EXTENSIONS[f]}`));
  return found.sort((a, b) => EXPORT_EXTENSIONS[b].length - EXPORT_EXTENSIONS[a].length)[0] ?? 'json';
}

/** The grid as it stands: its document, filters and sort. */
export const GridSelection = z.object({
  documentId: z.number().int().optional(),
  status: z.array(z.enum(METRIC_STATUSES)).max(METRIC_STATUSES.length, 'Choose each status at most once').optional(),
  tagId: z.number().int().optional(),
  quick: z.string().max(200).optional(),
  label: z.string().max(200).optional(),
  unit: z.string().max(50).optional(),
  entity: z.string().max(200).optional(),
  document: z.string().max(200).optional(),
  period: z.string().max(100).optional(),
  sort: z.array(z.object({ column: z.enum(METRIC_SORT_COLUMNS), direction: z.enum(['asc', 'desc']) })).max(3).optional(),
}).strict();
export type GridSelection = z.infer<typeof GridSelection>;

/** The grid's selection as a metrics query: its filters, and its sort or else document order. */
export function gridQuery(selection: GridSelection): Omit<GridSelection, 'sort'> & { sort: NonNullable<GridSelection['sort']> } {
  const { sort, ...filters } = selection;
  return { ...filters, sort: sort?.length ? sort : [{ column: 'position', direction: 'asc' }] };
}

/** An export running on a worker thread. */
export const ExportJobState = z.object({
  id: z.string(),
  stage: z.enum(['collecting', 'rendering', 'done', 'failed', 'cancelled']),
  metrics: z.number().int().nullable(),
  fileName: z.string(),
  size: z.number().int().nullable(),
  error: z.string().nullable(),
});
export type ExportJobState = z.infer<typeof ExportJobState>;
