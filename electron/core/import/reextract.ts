import type { Database } from 'better-sqlite3';
import type { ReextractSummary } from '../../../shared/reextract.ts';
import { DocumentStore } from '../db/documents.ts';
import { MetricStore, UNTOUCHED_SQL } from '../db/metrics.ts';
import { extractDocument, type PassageMetric } from '../extract/extract-document.ts';
import { EXTRACTOR_VERSION } from '../extract/extract.ts';
import type { PassageDraft } from '../ingest/types.ts';
import { writeTransaction } from '../db/write.ts';
import { carriedIds, samePlace, untouchedFigures } from './carry-ids.ts';

/*
 * Reads every document's current text again with the current extractor, so a workspace
 * built by an older Assay gets the improved figures. Only untouched figures are replaced
 * (under their own ids where read again on the same span); whatever an analyst created,
 * edited, reviewed, tagged, annotated or put in a report stays exactly as it is, and no new
 * figure is placed over it. Each document is its own transaction.
 */

interface StoredFigure {
  id: number; start: number; end: number; label: string; entity: string | null; value: number | null; unit: string | null;
  changeValue: number | null; changeBasis: string | null; periodStart: string | null; periodEnd: string | null; kind: string | null;
  version: string | null;
}

const MAX_EXAMPLES = 20;

/** Reads the workspace's documents again; `documentId` limits it to one. */
export function reextract(db: Database, documentId?: number): ReextractSummary {
  const summary: ReextractSummary = {
    extractorVersion: EXTRACTOR_VERSION, previousVersions: [], documents: 0, unchanged: 0, changed: 0, added: 0, removed: 0, kept: 0, examples: [],
  };
  const previous = new Set<string>();
  const store = new MetricStore(db);
  const versions = new DocumentStore(db);
  const documents = db.prepare(`SELECT id, title, current_version_id AS versionId, published FROM documents
    WHERE current_version_id IS NOT NULL ${documentId === undefined ? '' : 'AND id = ?'} ORDER BY id`)
    .all(...(documentId === undefined ? [] : [documentId])) as Array<{ id: number; title: string; versionId: number; published: string | null }>;
  for (const doc of documents) {
    writeTransaction(db, () => reextractOne(db, store, versions, doc, summary, previous));
    summary.documents++;
  }
  summary.previousVersions = [...previous].sort();
  return summary;
}

function reextractOne(db: Database, store: MetricStore, documents: DocumentStore, doc: { id: number; title: string; versionId: number; published: string | null },
  summary: ReextractSummary, previous: Set<string>): void {
  const text = documents.text(doc.versionId);
  const rows = db.prepare(`SELECT id, kind, depth, char_start AS start, char_end AS "end", debris, page FROM passages
    WHERE version_id = ? ORDER BY ordinal`).all(doc.versionId) as Array<Omit<PassageDraft, 'debris' | 'questionIndex'> & { id: number; debris: number }>;
  const passages: PassageDraft[] = rows.map((r) => ({ ...r, debris: r.debris === 1, questionIndex: null }));
  const fresh = extractDocument({ text, passages, meta: { published: doc.published } });
  const figures = db.prepare(`SELECT id, char_start AS start, char_end AS "end", label, entity, value, unit, change_value AS changeValue,
      change_basis AS changeBasis, period_start AS periodStart, period_end AS periodEnd, kind, extractor_version AS version,
      ${UNTOUCHED_SQL.replaceAll('metrics.', 'm.')} AS untouched
    FROM metrics m WHERE m.document_id = ? AND m.version_id = ?`).all(doc.id, doc.versionId) as Array<StoredFigure & { untouched: number }>;
  const kept = figures.filter((f) => !f.untouched);
  const old = new Map(figures.filter((f) => f.untouched).map((f) => [`${f.start}:${f.end}`, f]));
  // A new figure never lands on one the analyst has worked on: theirs stands.
  const placed = fresh.filter((m) => !kept.some((k) => m.span[0] < k.end && k.start < m.span[1]));
  for (const m of placed) {
    const before = old.get(`${m.span[0]}:${m.span[1]}`);
    if (!before) { summary.added++; continue; }
    old.delete(`${m.span[0]}:${m.span[1]}`);
    if (before.version) previous.add(before.version);
    const was = describe(before);
    const now = describe(fromExtracted(m));
    if (was === now) { summary.unchanged++; continue; }
    summary.changed++;
    if (summary.examples.length < MAX_EXAMPLES) summary.examples.push({ documentTitle: doc.title, text: m.text, before: was, after: now });
  }
  for (const gone of old.values()) if (gone.version) previous.add(gone.version);
  summary.removed += old.size;
  summary.kept += kept.length;
  // A figure read again on its own span keeps its id, so links and undo steps still find it.
  const carried = carriedIds(untouchedFigures(db, doc.id, doc.versionId), samePlace, text, text, placed);
  store.replaceExtracted(doc.id, doc.versionId, rows.map((r) => r.id), placed, new Date().toISOString(), carried);
}

function fromExtracted(m: PassageMetric): StoredFigure {
  return {
    id: 0, start: m.span[0], end: m.span[1], label: m.label, entity: m.entity, value: m.value, unit: m.unit, changeValue: m.change?.value ?? null,
    changeBasis: m.change?.basis ?? null, periodStart: m.period?.start ?? null, periodEnd: m.period?.end ?? null, kind: m.kind, version: EXTRACTOR_VERSION,
  };
}

/** A figure's reading in one line, to compare and to show. */
function describe(f: StoredFigure): string {
  const change = f.changeValue === null ? '' : ` (${f.changeValue > 0 ? '+' : ''}${f.changeValue} ${f.changeBasis ?? ''})`;
  const period = f.periodStart ? ` ${f.periodStart === f.periodEnd ? f.periodStart : `${f.periodStart}…${f.periodEnd}`}` : '';
  return `${f.label} · ${f.entity ?? '—'} = ${f.value ?? ''} ${f.unit ?? ''}${change}${period} [${f.kind ?? ''}]`;
}
