import { z } from 'zod';
import { TagRef } from './tags.ts';
import { ChangeCheck, ConflictingSource } from './checks.ts';
import { METRIC_STATUSES } from './metric-statuses.ts';
import { ANCHOR_STATES } from './annotations.ts';
import { MAX_FIGURE } from './value-input.ts';
import { calendarDayProblem } from './calendar-day.ts';

export const METRIC_KINDS = ['level', 'change', 'share', 'capacity', 'price', 'count'] as const;
export const CHANGE_BASES = ['yoy', 'qoq', 'mom', 'dod', 'since', 'unspecified'] as const;
export { METRIC_STATUSES };

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
  /** Further changes stated for the figure ("… and 2.3% MoM"); `change` is the year-on-year one when there is one. */
  moreChanges: z.array(ChangeSchema),
  period: PeriodSchema.nullable(),
  qualifier: z.string().nullable(),
  kind: z.enum(METRIC_KINDS),
});
export type ExtractedMetric = z.infer<typeof ExtractedMetricSchema>;

/** A metric as the grid shows it. */
export const MetricRow = z.object({
  id: z.number().int(),
  documentId: z.number().int(),
  documentTitle: z.string(),
  passageId: z.number().int().nullable(),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  label: z.string(),
  entity: z.string().nullable(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  displayValue: z.string().nullable(),
  displayScale: z.string().nullable(),
  displayUnit: z.string().nullable(),
  changeValue: z.number().nullable(),
  changeUnit: z.string().nullable(),
  changeBasis: z.string().nullable(),
  changeSince: z.string().nullable(),
  changeDirection: z.string().nullable(),
  periodLabel: z.string().nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  qualifier: z.string().nullable(),
  kind: z.string().nullable(),
  status: z.enum(METRIC_STATUSES),
  origin: z.enum(['extracted', 'analyst']),
  edited: z.boolean(),
  /** The fields as first extracted, when the analyst has changed any (the audit mark shows them). */
  original: z.record(z.string(), z.unknown()).nullable(),
  note: z.string().nullable(),
  /** Names of the tags the metric carries, comma-separated. */
  tags: z.string().nullable(),
  /** How many other documents state this metric (label, entity, period, unit) with another value. */
  conflicts: z.number().int(),
  /** True when its stated change disagrees with the two levels it joins; null when that cannot be checked. */
  changeMismatch: z.boolean().nullable(),
  /**
   * Where the metric stands in its document's current version: on its own words ('anchored'),
   * on words that changed a little since it was read or reviewed ('fuzzy'), or not in it at all
   * ('orphaned': its words are gone from a new version, and it is kept on the version it came
   * from, for the analyst to review).
   */
  anchorState: z.enum(ANCHOR_STATES),
});
export type MetricRow = z.infer<typeof MetricRow>;

/** A metric in full, for the inspector. */
export const MetricDetail = MetricRow.extend({
  surface: z.string().nullable(),
  sentence: z.string().nullable(),
  /** Where the figure stands in `sentence` (null when unknown): a sentence may state the same figure twice. */
  surfaceOffset: z.number().int().nullable(),
  passageOrdinal: z.number().int().nullable(),
  /** The PDF page of its passage. */
  passagePage: z.number().int().nullable(),
  extractorVersion: z.string().nullable(),
  /** The number of the document version the metric's sentence is in, and of the document's current version (they differ for an orphan). */
  version: z.number().int().nullable(),
  currentVersion: z.number().int().nullable(),
  /** The words of the current version a metric placed approximately ('fuzzy') stands on, where they differ from `surface`. */
  placedOn: z.string().nullable(),
  /** Further changes the source states for the figure, besides `changeValue`. */
  moreChanges: z.array(ChangeSchema),
  tagRefs: z.array(TagRef),
  conflictingSources: z.array(ConflictingSource),
  changeCheck: ChangeCheck.nullable(),
  /** Every change made to the metric, newest first. */
  /** `author`: the analyst who made the change, in a team workspace (null for changes made before joining). */
  history: z.array(z.object({ field: z.string(), oldValue: z.string().nullable(), newValue: z.string().nullable(), changedAt: z.string(), author: z.string().nullable() })),
});
export type MetricDetail = z.infer<typeof MetricDetail>;

/** Columns the grid may sort by; each maps to an indexed or cheap SQL expression. */
export const METRIC_SORT_COLUMNS = ['position', 'label', 'value', 'unit', 'periodStart', 'entity', 'documentTitle', 'status', 'kind', 'changeValue', 'id'] as const;
export type MetricSortColumn = (typeof METRIC_SORT_COLUMNS)[number];

export const MetricQuery = z.object({
  documentId: z.number().int().optional(),
  startRow: z.number().int().min(0).default(0),
  endRow: z.number().int().min(1).default(100),
  sort: z.array(z.object({ column: z.enum(METRIC_SORT_COLUMNS), direction: z.enum(['asc', 'desc']) })).max(3).default([]),
  /** Words that must appear in the label, entity, unit or document title. */
  quick: z.string().max(200).optional(),
  status: z.array(z.enum(METRIC_STATUSES)).max(METRIC_STATUSES.length, 'Choose each status at most once').optional(),
  label: z.string().max(200).optional(),
  unit: z.string().max(50).optional(),
  kind: z.string().max(20).optional(),
  entity: z.string().max(200).optional(),
  document: z.string().max(200).optional(),
  period: z.string().max(100).optional(),
  /** Metrics carrying this tag or a tag below it. */
  tagId: z.number().int().optional(),
  /** Only these metrics (a report's). */
  ids: z.array(z.number().int()).max(20_000).optional(),
}).refine((q) => q.endRow > q.startRow && q.endRow - q.startRow <= 1000, 'Ask for 1 to 1,000 rows at a time');
export type MetricQuery = z.input<typeof MetricQuery>;

/** A day as an analyst types one into a period: YYYY-MM-DD, and on the calendar (what is wrong said in words). */
const PeriodDay = z.string().superRefine((day, ctx) => {
  const problem = calendarDayProblem(day);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** Fields an analyst may change; the extracted original is kept beside them. */
export const MetricPatch = z.object({
  status: z.enum(METRIC_STATUSES).optional(),
  label: z.string().trim().min(1, 'A label cannot be empty').max(300).optional(),
  value: z.number().finite().refine((v) => Math.abs(v) < MAX_FIGURE,
    'A value of 10^18 (a billion billion) or more is larger than any figure Assay keeps; check the number of digits and the scale')
    .nullable().optional(),
  unit: z.string().trim().max(40).nullable().optional(),
  entity: z.string().trim().max(300).nullable().optional(),
  periodLabel: z.string().trim().max(100).nullable().optional(),
  periodStart: PeriodDay.nullable().optional(),
  periodEnd: PeriodDay.nullable().optional(),
  /** A Markdown note; empty removes it. */
  note: z.string().max(20000).optional(),
}).strict();
export type MetricPatch = z.infer<typeof MetricPatch>;

/** How many metrics one bulk change or copy may take; beyond it the analyst narrows the filter. */
export const BULK_LIMIT = 10_000;

/** A change bulk review applies to many metrics at once, as one undo step. */
export const BulkChange = z.union([
  z.object({ status: z.enum(METRIC_STATUSES) }).strict(),
  z.object({ addTag: z.number().int() }).strict(),
  z.object({ removeTag: z.number().int() }).strict(),
  z.object({ delete: z.literal(true) }).strict(),
]);
export type BulkChange = z.infer<typeof BulkChange>;
