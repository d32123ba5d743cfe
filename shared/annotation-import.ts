import { z } from 'zod';

/** The largest annotations file read at once: 64 MB of text. */
export const ANNOTATIONS_FILE_LIMIT = 64 * 1024 * 1024;

/** An annotation of a file that was not placed, and why, in words. */
export const SkippedAnnotation = z.object({
  /** "item 3" (numbered from 1 in file order) with its id when it has one, or "the collection". */
  item: z.string(),
  reason: z.string(),
});
export type SkippedAnnotation = z.infer<typeof SkippedAnnotation>;

/** What importing a file of annotations (W3C Web Annotations or a Hypothesis export) did. */
export const AnnotationImportSummary = z.object({
  placed: z.number().int(),
  fuzzy: z.number().int(),
  orphaned: z.number().int(),
  /** Annotations whose document is not in the workspace (by hash, URL, file name or quote). */
  unknownDocument: z.number().int(),
  /** The sources those annotations named, each once. */
  unknownSources: z.array(z.string()),
  skipped: z.array(SkippedAnnotation),
});
export type AnnotationImportSummary = z.infer<typeof AnnotationImportSummary>;

export { importCounts } from './annotation-import-counts.ts';
