/*
 * The library's orders, apart from the documents' schemas: the renderer needs the names at
 * startup, and zod stays out of its first bundle (#19).
 */

/** Orders the library can list documents in. */
export const DOCUMENT_SORTS = ['imported', 'date', 'title', 'source'] as const;
export type DocumentSort = (typeof DOCUMENT_SORTS)[number];
