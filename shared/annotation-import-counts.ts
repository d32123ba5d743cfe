import type { AnnotationImportSummary } from './annotation-import.ts';

/*
 * Apart from the annotation import's schemas: the annotations panel needs it at startup, and
 * zod stays out of the renderer's first bundle (#19).
 */

/** The counts of an import in one sentence, as the CLI and the workbench show them. */
export function importCounts(s: AnnotationImportSummary): string {
  return `${s.placed} placed exactly, ${s.fuzzy} placed fuzzily, ${s.orphaned} orphaned, `
    + `${s.unknownDocument} for documents not in this workspace, ${s.skipped.length} skipped.`;
}
