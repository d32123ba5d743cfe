import { z } from 'zod';
import { reportDateProblem } from './report-date.ts';

/** One thing a report section holds: a metric (a table row), the chart of a metric's series, or an annotation. */
export const ReportItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('metric'), metricId: z.number().int() }),
  z.object({ kind: z.literal('chart'), metricId: z.number().int() }),
  z.object({ kind: z.literal('annotation'), annotationId: z.number().int() }),
]);
export type ReportItem = z.infer<typeof ReportItem>;

export const ReportSection = z.object({
  heading: z.string().trim().max(300),
  /** The analyst's words on the section, in Markdown, printed under its heading (reports saved before it have none). */
  commentary: z.string().max(50_000).default(''),
  items: z.array(ReportItem).max(20_000),
});
export type ReportSection = z.infer<typeof ReportSection>;

/**
 * What an analyst writes into a report; saved in the workspace as it is edited. This is the
 * report as stored and shared with a team, whose date is empty or written YYYY-MM-DD: a report
 * saved before dates were checked against the calendar (or by a teammate's older Assay) still
 * opens. What the workbench saves is checked further (ReportContentInput).
 */
export const ReportContent = z.object({
  title: z.string().trim().max(300),
  author: z.string().trim().max(200),
  date: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/u, 'Dates are YYYY-MM-DD'),
  /** The analyst's summary, in Markdown. */
  summary: z.string().max(50_000),
  sections: z.array(ReportSection).max(200),
});
export type ReportContent = z.infer<typeof ReportContent>;

/** A report as the workbench saves it: its date, when given, a day on the calendar ("2025-02-30" and "2025-13-45" are refused). */
export const ReportContentInput = ReportContent.extend({
  date: z.string().superRefine((date, ctx) => {
    const problem = reportDateProblem(date);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
});

/** A report name: how the CLI finds it (`assay export --report NAME`). */
export const ReportName = z.string().trim().min(1, 'Name the report').max(120);

export const Report = ReportContent.extend({
  id: z.number().int(),
  name: z.string(),
  updatedAt: z.string(),
});
export type Report = z.infer<typeof Report>;

export const ReportSummary = z.object({ id: z.number().int(), name: z.string(), title: z.string(), updatedAt: z.string(), items: z.number().int() });
export type ReportSummary = z.infer<typeof ReportSummary>;
