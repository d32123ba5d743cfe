import { normalizeTagPath } from '../../../shared/tags.ts';
import type { Database } from 'better-sqlite3';
import { AssayError } from '../../../shared/errors.ts';
import { WebAnnotationFile, type WebAnnotation } from '../../../shared/web-annotation.ts';
import { PassageStore } from '../db/passages.ts';
import { TagStore } from '../db/tags.ts';
import { anchor } from './anchor.ts';

/*
 * Annotations in and out as W3C Web Annotation JSON-LD. A target's source is
 * "urn:sha256:" and the SHA-256 of the bytes of the document version its selectors refer
 * to; the selectors are a TextQuoteSelector and a TextPositionSelector on that version's
 * repaired text. Importing finds the document by any of its versions' hashes and places
 * each annotation on the current version.
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

function selectors(a: WebAnnotation) {
  const list = Array.isArray(a.target.selector) ? a.target.selector : [a.target.selector];
  const quote = list.find((s) => s.type === 'TextQuoteSelector') as { exact: string; prefix?: string; suffix?: string } | undefined;
  const position = list.find((s) => s.type === 'TextPositionSelector') as { start: number; end: number } | undefined;
  return { quote, position };
}

function tagsOf(a: WebAnnotation): string[] {
  if (!a.body) return [];
  const bodies = Array.isArray(a.body) ? a.body : [a.body];
  return bodies.filter((b) => b.purpose === 'tagging' && b.value.trim()).map((b) => normalizeTagPath(b.value));
}

function bodyOf(a: WebAnnotation): string {
  if (!a.body) return '';
  const bodies = Array.isArray(a.body) ? a.body : [a.body];
  return bodies.filter((b) => b.purpose !== 'tagging').map((b) => b.value).join('\n\n');
}

/** Reads a JSON-LD file's annotations and places each on its document's current version. */
export function importAnnotations(db: Database, json: unknown, now: string): { placed: number; fuzzy: number; orphaned: number; unknownDocument: number } {
  const parsed = WebAnnotationFile.safeParse(json);
  if (!parsed.success) throw new AssayError('BAD_ANNOTATIONS', `This is not W3C Web Annotation JSON-LD Assay can read (${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}).`);
  const items = Array.isArray(parsed.data) ? parsed.data : parsed.data.first.items;
  const counts = { placed: 0, fuzzy: 0, orphaned: 0, unknownDocument: 0 };
  const passages = new PassageStore(db);
  const tags = new TagStore(db);
  const findDoc = db.prepare(`SELECT d.id AS documentId, d.current_version_id AS versionId, cur.text FROM document_versions v JOIN documents d ON d.id = v.document_id
    JOIN document_versions cur ON cur.id = d.current_version_id WHERE v.content_hash = ?`);
  const insert = db.prepare(`INSERT INTO annotations (document_id, target_kind, passage_id, version_id, quote_exact, quote_prefix, quote_suffix, pos_start, pos_end,
      body, motivation, anchor_state, created_at, modified_at) VALUES (?, 'range', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  db.transaction(() => {
    for (const a of items) {
      const hash = /^urn:sha256:([0-9a-f]{64})$/iu.exec(a.target.source)?.[1]?.toLowerCase();
      const doc = hash ? findDoc.get(hash) as { documentId: number; versionId: number; text: string } | undefined : undefined;
      const { quote, position } = selectors(a);
      if (!doc || !quote) { counts.unknownDocument++; continue; }
      const placed = anchor(doc.text, { exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '', start: position?.start ?? null });
      const state = placed.state === 'orphaned' ? 'orphaned' : placed.state;
      counts[placed.state === 'anchored' ? 'placed' : placed.state]++;
      const start = placed.state === 'orphaned' ? null : placed.start;
      const motivation = typeof a.motivation === 'string' && ['commenting', 'highlighting', 'tagging', 'assessing'].includes(a.motivation) ? a.motivation : 'commenting';
      const result = insert.run(doc.documentId, start === null ? null : passages.at(doc.versionId, start)?.id ?? null, doc.versionId, quote.exact, quote.prefix ?? '', quote.suffix ?? '',
        start, placed.state === 'orphaned' ? null : placed.end, bodyOf(a), motivation, state, a.created ?? now, a.modified ?? now);
      const tagIds = tagsOf(a).filter((t) => t.split('/').every(Boolean)).map((t) => tags.create(t).id);
      if (tagIds.length) tags.set('annotation', Number(result.lastInsertRowid), tagIds);
    }
  })();
  return counts;
}
