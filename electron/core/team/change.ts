import { z } from 'zod';
import { Hlc } from './hlc.ts';

/** The metric fields a team shares (the analyst's edits: MetricPatch's keys). */
export const METRIC_FIELDS = ['status', 'label', 'value', 'unit', 'entity', 'periodLabel', 'periodStart', 'periodEnd', 'note'] as const;

/** The annotation fields a team shares besides 'exists' and 'tags'. */
export const ANNOTATION_FIELDS = ['create', 'body', 'color', 'place'] as const;

/** The tag fields a team shares besides 'exists' (a deletion, final): 'place' and 'color' as for annotations, and 'merge'. */
export const TAG_FIELDS = ['place', 'color', 'merge'] as const;

/** The details of a document a team shares (MetadataPatch's keys), the document named by its first version's key. */
export const DOCUMENT_FIELDS = ['title', 'source', 'publisher', 'url', 'published'] as const;

/** One analyst change as it travels through the hub: a field of an item set to a value. */
export const Change = z.object({
  id: z.string().min(3).max(100),
  hlc: Hlc,
  workspaceId: z.string().min(1).max(64),
  author: z.string().min(1).max(200),
  kind: z.enum(['metric', 'annotation', 'report', 'document', 'tag', 'passage']),
  key: z.string().min(1).max(300),
  /**
   * A metric's field, 'exists' ('0' deleted to the trash, '1' brought back), 'tags' (a JSON
   * array of the item's tags, each {uid, path}), 'version' for a document version (value: its
   * file name), an annotation's 'create' (the whole annotation as JSON), 'body', 'color' or
   * 'place' (JSON), a report's 'content' (its name and content as JSON, items named by their
   * keys), or a tag's 'place' ({parent uid, name} as JSON), 'color', 'merge' (the uid of the
   * tag it went into) or 'exists' ('0': deleted), or a passage's 'tags', or a document's
   * details (DOCUMENT_FIELDS; key: its first version's key).
   */
  field: z.enum([...METRIC_FIELDS, ...ANNOTATION_FIELDS, ...TAG_FIELDS, ...DOCUMENT_FIELDS, 'content', 'exists', 'tags', 'version']),
  value: z.string().nullable(),
  /**
   * The change this one overwrote where it was made (to tell successive edits from concurrent
   * ones). For a document version, the key of the version it follows in its document (its own
   * key for a new document), which names the document team-wide; null from hubs before format 6.
   */
  base: z.string().nullable(),
  madeAt: z.string(),
});
export type Change = z.infer<typeof Change>;

/** A change read from the hub, with its place in the hub's order. */
export const HubChange = Change.extend({ seq: z.coerce.number().int().positive() });
export type HubChange = z.infer<typeof HubChange>;
