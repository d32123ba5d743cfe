import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { ANCHOR_STATES } from '../../../shared/annotations.ts';
import { Color } from '../../../shared/tags.ts';

/**
 * Where an annotation sits, as it travels between a team's workspaces: the content hash of
 * the version it is on, the passage by its ordinal in that version, the offsets and the
 * quote. Every workspace reads the same bytes into the same text and passages, so these
 * name the same place everywhere, while rowids do not.
 */
export const SharedPlacement = z.object({
  hash: z.string().min(1).max(200),
  target: z.enum(['document', 'passage', 'range']),
  passage: z.number().int().nonnegative().nullable(),
  start: z.number().int().nonnegative().nullable(),
  end: z.number().int().nonnegative().nullable(),
  quote: z.object({ exact: z.string().max(100_000), prefix: z.string().max(10_000), suffix: z.string().max(10_000) }).nullable(),
  anchor: z.enum(ANCHOR_STATES),
});
export type SharedPlacement = z.infer<typeof SharedPlacement>;

/** A whole annotation as its creation travels: where it is, its note, color and motivation. */
export const SharedAnnotation = SharedPlacement.extend({
  body: z.string().max(20_000),
  color: Color.nullable(),
  motivation: z.enum(['commenting', 'highlighting', 'tagging', 'assessing']),
  created: z.string().min(1).max(40),
});
export type SharedAnnotation = z.infer<typeof SharedAnnotation>;

interface Row {
  target: string; hash: string | null; passage: number | null; start: number | null; end: number | null;
  exact: string | null; prefix: string | null; suffix: string | null; anchor: SharedPlacement['anchor'];
  body: string; color: SharedAnnotation['color']; motivation: SharedAnnotation['motivation']; created: string;
}

/**
 * An annotation as shared, or null for one a team does not share this way: a note on a
 * metric travels as the metric's `note` field, and an annotation whose version is gone has
 * no place to name.
 */
export function sharedAnnotation(db: Database, id: number): SharedAnnotation | null {
  const row = db.prepare(`SELECT a.target_kind AS target, coalesce(v.content_hash, cv.content_hash) AS hash, p.ordinal AS passage, a.pos_start AS start,
      a.pos_end AS "end", a.quote_exact AS exact, a.quote_prefix AS prefix, a.quote_suffix AS suffix, a.anchor_state AS anchor, a.body, a.color,
      a.motivation, a.created_at AS created
    FROM annotations a LEFT JOIN document_versions v ON v.id = a.version_id LEFT JOIN passages p ON p.id = a.passage_id
      LEFT JOIN documents d ON d.id = a.document_id LEFT JOIN document_versions cv ON cv.id = d.current_version_id
    WHERE a.id = ?`).get(id) as Row | undefined;
  if (!row || row.target === 'metric' || row.hash === null) return null;
  const quote = row.exact === null ? null : { exact: row.exact, prefix: row.prefix ?? '', suffix: row.suffix ?? '' };
  return {
    hash: row.hash, target: row.target as SharedPlacement['target'], passage: row.passage, start: row.start, end: row.end, quote,
    anchor: row.anchor, body: row.body, color: row.color, motivation: row.motivation, created: row.created,
  };
}

/** Where an annotation sits now, as JSON for a 'place' change (null when it is not shared). */
export function placementJson(db: Database, id: number): string | null {
  const shared = sharedAnnotation(db, id);
  if (!shared) return null;
  const { hash, target, passage, start, end, quote, anchor } = shared;
  return JSON.stringify({ hash, target, passage, start, end, quote, anchor } satisfies SharedPlacement);
}

/** The whole annotation as JSON for a 'create' change (null when it is not shared). */
export function annotationJson(db: Database, id: number): string | null {
  const shared = sharedAnnotation(db, id);
  return shared ? JSON.stringify(shared) : null;
}
