import { z } from 'zod';
import { MetricRow } from './metrics.ts';
import { CORRECTION_FIELDS, CORRECTION_HEADERS, HELD_BACK, previewSummary, type CorrectionField } from './correction-preview.ts';

export { CORRECTION_FIELDS, CORRECTION_HEADERS, HELD_BACK, previewSummary, type CorrectionField };

/** A metric's correctable fields as values (a note is '' when there is none). */
export const CorrectionValues = MetricRow.pick({ label: true, entity: true, value: true, unit: true, periodStart: true, periodEnd: true, status: true })
  .extend({ note: z.string() });
export type CorrectionValues = z.infer<typeof CorrectionValues>;

const FieldValue = z.union([z.string(), z.number(), z.null()]);

/** One metric the file would change: each changed field with its value in Assay now and in the file. */
export const CorrectionChange = z.object({
  row: z.number().int(),
  metricId: z.number().int(),
  label: z.string(),
  fields: z.array(z.object({ field: z.enum(CORRECTION_FIELDS), before: FieldValue, after: FieldValue })),
});
export type CorrectionChange = z.infer<typeof CorrectionChange>;

/** A row that is not applied, and why, in words. */
export const CorrectionProblem = z.object({ row: z.number().int(), metricId: z.number().int().nullable(), reason: z.string() });
export type CorrectionProblem = z.infer<typeof CorrectionProblem>;

/**
 * What importing an edited export would do: the changes, and the rows held back: metrics
 * no longer in the workspace, cells that do not parse, and fields changed in Assay since
 * the export as well as in the file.
 */
export const CorrectionsPreview = z.object({
  exportedAt: z.string().nullable(),
  rows: z.number().int(),
  unchanged: z.number().int(),
  /** Metrics exported whose row is gone from the file: left as they are. */
  notInFile: z.number().int(),
  changes: z.array(CorrectionChange),
  missing: z.array(CorrectionProblem),
  unparseable: z.array(CorrectionProblem),
  conflicts: z.array(CorrectionProblem),
});
export type CorrectionsPreview = z.infer<typeof CorrectionsPreview>;

/** An edited XLSX export as the UI sends it: its name and base64 bytes. */
export const CorrectionsFile = z.object({
  fileName: z.string().min(1).max(255),
  data: z.string().min(1, 'The file is empty').max(90_000_000, 'A workbook sent for corrections is limited to 64 MB'),
});
