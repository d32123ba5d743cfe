import { z } from 'zod';

export const METRIC_KINDS = ['level', 'change', 'share', 'capacity', 'price', 'count'] as const;
export const CHANGE_BASES = ['yoy', 'qoq', 'mom', 'dod', 'since', 'unspecified'] as const;
export const METRIC_STATUSES = ['unreviewed', 'verified', 'disputed', 'rejected'] as const;

export const ChangeSchema = z.object({
  value: z.number(),
  unit: z.string(),
  basis: z.enum(CHANGE_BASES),
  /** With basis "since": the date changed from (YYYY-MM-DD). */
  since: z.string().nullable().optional(),
  direction: z.enum(['up', 'down', 'flat']),
});
export type Change = z.infer<typeof ChangeSchema>;

export const PeriodSchema = z.object({ label: z.string(), start: z.string(), end: z.string() });
export type Period = z.infer<typeof PeriodSchema>;

export const DisplaySchema = z.object({ value: z.string(), scale: z.string().nullable(), unit: z.string().nullable() });

/** A figure as the extractor reads it; offsets are into the text it was given. */
export const ExtractedMetricSchema = z.object({
  span: z.tuple([z.number().int(), z.number().int()]),
  text: z.string(),
  sentence: z.string(),
  /** Where the sentence sits in the text, so stores can keep a range instead of a copy. */
  sentenceSpan: z.tuple([z.number().int(), z.number().int()]),
  label: z.string(),
  labelSpan: z.tuple([z.number().int(), z.number().int()]).nullable(),
  entity: z.string().nullable(),
  value: z.number(),
  valueHigh: z.number().nullable(),
  unit: z.string(),
  display: DisplaySchema,
  change: ChangeSchema.nullable(),
  /** Where the change was stated, when it was stated apart from the figure ("up 61.19% YoY"). */
  changeSpan: z.tuple([z.number().int(), z.number().int()]).nullable(),
  period: PeriodSchema.nullable(),
  qualifier: z.string().nullable(),
  kind: z.enum(METRIC_KINDS),
});
export type ExtractedMetric = z.infer<typeof ExtractedMetricSchema>;
