import type { Database, Statement } from 'better-sqlite3';
import type { PassageMetric } from '../extract/extract-document.ts';
import { EXTRACTOR_VERSION } from '../extract/extract.ts';

/** SQL for the metrics table. */
export class MetricStore {
  private readonly db: Database;
  private readonly insert: Statement;
  private readonly clearExtracted: Statement;

  constructor(db: Database) {
    this.db = db;
    // Positional parameters: an import inserts thousands of rows, and names cost a lookup each.
    this.insert = db.prepare(`INSERT INTO metrics (document_id, passage_id, version_id, char_start, char_end, surface, sentence_start,
        sentence_end, label, label_start, label_end, entity, value, value_high, unit, display_value, display_scale, display_unit,
        change_value, change_unit, change_basis, change_since, change_direction, period_label, period_start, period_end, qualifier,
        kind, origin, extractor_version, created_at, updated_at)
      VALUES (${Array(29).fill('?').join(', ')}, ?, ?, ?)`);
    this.clearExtracted = db.prepare(`DELETE FROM metrics WHERE document_id = ? AND origin = 'extracted' AND edited = 0`);
  }

  /**
   * Replaces a document's extracted metrics with a new run's. Metrics an analyst created
   * or edited are kept. Call inside the import's transaction.
   */
  replaceExtracted(documentId: number, versionId: number, passageIds: number[], metrics: PassageMetric[], now: string): number {
    this.clearExtracted.run(documentId);
    for (const m of metrics) {
      this.insert.run(
        documentId, passageIds[m.passageIndex] ?? null, versionId, m.span[0], m.span[1], m.text, m.sentenceSpan[0], m.sentenceSpan[1],
        m.label, m.labelSpan?.[0] ?? null, m.labelSpan?.[1] ?? null, m.entity, m.value, m.valueHigh, m.unit, m.display.value,
        m.display.scale, m.display.unit, m.change?.value ?? null, m.change?.unit ?? null, m.change?.basis ?? null,
        m.change?.since ?? null, m.change?.direction ?? null, m.period?.label ?? null, m.period?.start ?? null, m.period?.end ?? null,
        m.qualifier, m.kind, 'extracted', EXTRACTOR_VERSION, now, now,
      );
    }
    return metrics.length;
  }

  countForDocument(documentId: number): number {
    return (this.db.prepare('SELECT count(*) AS n FROM metrics WHERE document_id = ?').get(documentId) as { n: number }).n;
  }
}
