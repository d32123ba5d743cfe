import { z } from 'zod';
import { PASSAGE_KINDS } from './passages.ts';

/** A piece of a snippet; `match` pieces are the words the query found. */
export const SnippetPart = z.object({ text: z.string(), match: z.boolean() });
export type SnippetPart = z.infer<typeof SnippetPart>;

export { SCORED_MATCHES } from './search-limit.ts';

export const SearchHit = z.object({
  passageId: z.number().int(),
  documentId: z.number().int(),
  documentTitle: z.string(),
  ordinal: z.number().int(),
  kind: z.enum(PASSAGE_KINDS),
  start: z.number().int(),
  end: z.number().int(),
  score: z.number(),
  snippet: z.array(SnippetPart),
  /**
   * false when more than SCORED_MATCHES passages match: the hits are the newest
   * matches, newest first, and `score` is 0. Absent from older servers: read as ranked.
   */
  ranked: z.boolean().optional(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchQuery = z.object({
  query: z.string().max(1000, 'A search is limited to 1,000 characters'),
  documentId: z.number().int().optional(),
  limit: z.number().int().min(1).max(500).default(50),
  offset: z.number().int().min(0).default(0),
});
export type SearchQuery = z.input<typeof SearchQuery>;
