import { normalizeTagPath } from '../../../shared/tags.ts';
import type { Database } from 'better-sqlite3';
import { TagStore } from '../db/tags.ts';

/*
 * Annotations in and out as W3C Web Annotation JSON-LD. A target's source is
 * "urn:sha256:" and the SHA-256 of the bytes of the document version its selectors refer
 * to; the selectors are a TextQuoteSelector and a TextPositionSelector on that version's
 * repaired text. Importing (import-annotations.ts) reads this and every other shape.
 */

interface Row { id: number; start: number | null; end: number | null; exact: string; prefix: string | null; suffix: string | null; body: string; motivation: string; created: string; modified: string; hash: string; state: string; title: string; tags: string[] }

function rows(db: Database, documentId?: number): Row[] {
  const found = db.prepare(`SELECT a.id, a.pos_start AS start, a.pos_end AS "end", a.quote_exact AS exact, a.quote_prefix AS prefix, a.quote_suffix AS suffix,
      a.body, a.motivation, a.created_at AS created, a.modified_at AS modified, v.content_hash AS hash, a.anchor_state AS state, d.title
    FROM annotations a JOIN document_versions v ON v.id = a.version_id JOIN documents d ON d.id = a.document_id
    WHERE a.target_kind = 'range' AND a.deleted_at IS NULL AND (@doc IS NULL OR a.document_id = @doc) ORDER BY a.document_id, a.pos_start`)
    .all({ doc: documentId ?? null }) as Array<Omit<Row, 'tags'>>;
  const tags = new TagStore(db).ofMany('annotation', found.map((r) => r.id));
  return found.map((r) => ({ ...r, tags: (tags.get(r.id) ?? []).map((t) => t.path) }));
}

/**
 * Range annotations as lines for scripts: where each sits now, what it quotes, its tags.
 * With `tag`, only those carrying that tag path or a tag below it ("sector" matches "sector/rare earths").
 */
export function listAnnotations(db: Database, documentId?: number, tag?: string): Array<{ id: number; document: string; start: number | null; end: number | null; quote: string; note: string; state: string; tags: string[] }> {
  const wanted = tag === undefined ? undefined : normalizeTagPath(tag).toLowerCase();
  return rows(db, documentId)
    .filter((r) => !wanted || r.tags.some((t) => t.toLowerCase() === wanted || t.toLowerCase().startsWith(`${wanted}/`)))
    .map((r) => ({ id: r.id, document: r.title, start: r.start, end: r.end, quote: r.exact, note: r.body, state: r.state, tags: r.tags }));
}

/** An AnnotationCollection of the workspace's (or one document's) range annotations. */
export function exportAnnotations(db: Database, documentId?: number): object {
  const items = rows(db, documentId).map((r) => ({
    id: `urn:assay:annotation:${r.id}`,
    type: 'Annotation',
    motivation: r.motivation,
    created: r.created,
    modified: r.modified,
    ...(r.body || r.tags.length ? { body: [
      ...(r.body ? [{ type: 'TextualBody', value: r.body, format: 'text/markdown', purpose: 'commenting' }] : []),
      ...r.tags.map((t) => ({ type: 'TextualBody', value: t, purpose: 'tagging' })),
    ] } : {}),
    target: {
      source: `urn:sha256:${r.hash}`,
      selector: [
        { type: 'TextQuoteSelector', exact: r.exact, prefix: r.prefix ?? '', suffix: r.suffix ?? '' },
        ...(r.start !== null && r.end !== null && r.state !== 'orphaned' ? [{ type: 'TextPositionSelector', start: r.start, end: r.end }] : []),
      ],
    },
  }));
  return { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', label: 'Assay annotations', total: items.length, first: { type: 'AnnotationPage', items } };
}
