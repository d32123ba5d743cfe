import { z } from 'zod';

/** Another source's value for the same metric (label, entity, period, unit). */
export const ConflictingSource = z.object({
  id: z.number().int(),
  documentId: z.number().int(),
  documentTitle: z.string(),
  passageId: z.number().int().nullable(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  status: z.string(),
});
export type ConflictingSource = z.infer<typeof ConflictingSource>;

/** A stated change checked against the two levels it joins. */
export const ChangeCheck = z.object({
  previousId: z.number().int(),
  previousDocumentTitle: z.string(),
  previousValue: z.number(),
  stated: z.number(),
  expected: z.number(),
  unit: z.string(),
  ok: z.boolean(),
});
export type ChangeCheck = z.infer<typeof ChangeCheck>;

/** One metric stated differently by several documents. */
export const ConflictGroup = z.object({
  label: z.string(),
  entity: z.string().nullable(),
  periodStart: z.string(),
  periodEnd: z.string(),
  unit: z.string().nullable(),
  sources: z.array(ConflictingSource),
});
export type ConflictGroup = z.infer<typeof ConflictGroup>;

export const ChangeMismatch = ChangeCheck.extend({ id: z.number().int(), label: z.string(), documentTitle: z.string(), entity: z.string().nullable(), periodStart: z.string().nullable() });
export type ChangeMismatch = z.infer<typeof ChangeMismatch>;
