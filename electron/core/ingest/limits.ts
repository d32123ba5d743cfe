import { AssayError } from '../../../shared/errors.ts';

/**
 * Most passages one document may have. A 2,000-page report has some 60,000; a file with
 * millions of one-word paragraphs is a data dump or built to flood the workspace, and is
 * refused as soon as the count is passed, before the rest of it is read.
 */
export const MAX_PASSAGES = 200_000;

/** Refuses a document once it has more than MAX_PASSAGES blocks or passages. */
export function checkPassageCount(count: number): void {
  if (count <= MAX_PASSAGES) return;
  throw new AssayError('TOO_MANY_PASSAGES', `It has more than ${MAX_PASSAGES.toLocaleString('en-US')} paragraphs, `
    + 'far more than any document (it looks like a data dump, or is built to flood the workspace). Nothing was imported from it. '
    + 'If it is a real document, split it into smaller files and import those.');
}
