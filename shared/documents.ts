import { z } from 'zod';
import { DOCUMENT_FORMATS, PASSAGE_KINDS } from './passages.ts';
import { DOCUMENT_SORTS, type DocumentSort } from './document-sorts.ts';

/** ISO date, possibly partial (YYYY, YYYY-MM, YYYY-MM-DD). */
export const PartialDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/u, 'Use YYYY, YYYY-MM or YYYY-MM-DD');

export const RepairSchema = z.object({
  kind: z.enum(['mojibake', 'control-characters', 'unicode-normalization', 'web-debris', 'line-endings']),
  description: z.string(),
  count: z.number().int(),
  examples: z.array(z.object({ before: z.string(), after: z.string() })),
});

export { DOCUMENT_SORTS, type DocumentSort };

export const DocumentSummary = z.object({
  id: z.number().int(),
  title: z.string(),
  fileName: z.string(),
  format: z.enum(DOCUMENT_FORMATS),
  source: z.string().nullable(),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable(),
  version: z.number().int(),
  versionCount: z.number().int(),
  passageCount: z.number().int(),
  metricCount: z.number().int(),
  noteCount: z.number().int(),
  importedAt: z.string(),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

export const Passage = z.object({
  id: z.number().int(),
  ordinal: z.number().int(),
  kind: z.enum(PASSAGE_KINDS),
  depth: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  debris: z.boolean(),
  questionId: z.number().int().nullable(),
  page: z.number().int().nullable(),
});
export type Passage = z.infer<typeof Passage>;

export const DocumentDetail = DocumentSummary.extend({
  versionId: z.number().int(),
  encoding: z.string(),
  contentHash: z.string(),
  repairs: z.array(RepairSchema),
  editedFields: z.array(z.string()),
  versions: z.array(z.object({ id: z.number().int(), version: z.number().int(), importedAt: z.string(), contentHash: z.string() })),
});
export type DocumentDetail = z.infer<typeof DocumentDetail>;

/** Fields of a document an analyst may correct. */
export const MetadataPatch = z.object({
  title: z.string().trim().min(1, 'A title cannot be empty').max(500).optional(),
  source: z.string().trim().max(500).nullable().optional(),
  publisher: z.string().trim().max(500).nullable().optional(),
  url: z.string().trim().max(2000).nullable().optional(),
  published: PartialDate.nullable().optional(),
}).strict();
export type MetadataPatch = z.infer<typeof MetadataPatch>;
