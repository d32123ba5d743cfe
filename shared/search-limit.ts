/*
 * Apart from the search schemas: the search box needs it at startup, and zod stays out of the
 * renderer's first bundle (#19).
 */

/** The most matches search ranks by relevance; past it, the newest come first (#19). */
export const SCORED_MATCHES = 10_000;
