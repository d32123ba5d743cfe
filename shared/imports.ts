import { z } from 'zod';
import { RepairSchema } from './documents.ts';

/** What importing one file did. */
export const ImportOutcome = z.discriminatedUnion('status', [
  z.object({
    status: z.enum(['imported', 'new-version', 'unchanged']),
    file: z.string(),
    documentId: z.number().int(),
    version: z.number().int(),
    title: z.string(),
    passages: z.number().int(),
    metrics: z.number().int(),
    repairs: z.array(RepairSchema),
  }),
  z.object({ status: z.literal('failed'), file: z.string(), code: z.string(), error: z.string() }),
]);
export type ImportOutcome = z.infer<typeof ImportOutcome>;

export const ImportProgress = z.object({
  done: z.number().int(),
  total: z.number().int(),
  bytesDone: z.number(),
  bytesTotal: z.number(),
  file: z.string().nullable(),
});
export type ImportProgress = z.infer<typeof ImportProgress>;

export const ImportSummary = z.object({
  outcomes: z.array(ImportOutcome),
  /** Files inside imported folders that were passed over (hidden, or not a type Assay reads). */
  skipped: z.array(z.string()),
  /** Entries of imported folders that could not be followed (link loops, dangling links, no permission), with why. */
  unreadable: z.array(z.object({ path: z.string(), reason: z.string() })).default([]),
  cancelled: z.boolean(),
});
export type ImportSummary = z.infer<typeof ImportSummary>;
