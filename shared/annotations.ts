import { z } from 'zod';
import { Color, TagRef } from './tags.ts';

export const ANNOTATION_TARGETS = ['document', 'passage', 'range', 'metric'] as const;
export const ANCHOR_STATES = ['anchored', 'fuzzy', 'orphaned'] as const;

/** An annotation of a document as the side list shows it (after the W3C Web Annotation model). */
export const AnnotationItem = z.object({
  id: z.number().int(),
  targetKind: z.enum(ANNOTATION_TARGETS),
  documentId: z.number().int(),
  passageId: z.number().int().nullable(),
  metricId: z.number().int().nullable(),
  /** The metric's label, for notes on a metric. */
  metricLabel: z.string().nullable(),
  /** Offsets into the current version's text; null for orphans and non-range targets. */
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  quote: z.string().nullable(),
  body: z.string(),
  color: Color.nullable(),
  motivation: z.enum(['commenting', 'highlighting', 'tagging', 'assessing']),
  anchorState: z.enum(ANCHOR_STATES),
  tags: z.array(TagRef),
  createdAt: z.string(),
  modifiedAt: z.string(),
});
export type AnnotationItem = z.infer<typeof AnnotationItem>;

export const AnnotationDetail = AnnotationItem.extend({
  /** Every change, newest first. */
  history: z.array(z.object({ field: z.string(), oldValue: z.string().nullable(), newValue: z.string().nullable(), changedAt: z.string() })),
});
export type AnnotationDetail = z.infer<typeof AnnotationDetail>;

export const AnnotationPatch = z.object({
  body: z.string().max(20000).optional(),
  color: Color.nullable().optional(),
}).strict();
export type AnnotationPatch = z.infer<typeof AnnotationPatch>;

/** Something deleted, waiting in the trash. */
export const TrashItem = z.object({
  id: z.number().int(),
  targetKind: z.enum(['metric', 'annotation', 'tag']),
  targetId: z.number().int(),
  documentId: z.number().int().nullable(),
  documentTitle: z.string().nullable(),
  description: z.string(),
  deletedAt: z.string(),
});
export type TrashItem = z.infer<typeof TrashItem>;
