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
    this.insert = db.prepare(`INSERT INTO metrics (document_id, passage_id, version_id, char_start, char_end, surface, sentence, label,
        label_start, label_end, entity, value, value_high, unit, display_value, display_scale, display_unit, change_value, change_unit,
        change_basis, change_since, change_direction, period_label, period_start, period_end, qualifier, kind, origin, extractor_version,
        created_at, updated_at)
      VALUES (@documentId, @passageId, @versionId, @start, @end, @surface, @sentence, @label, @labelStart, @labelEnd, @entity, @value,
        @valueHigh, @unit, @displayValue, @displayScale, @displayUnit, @changeValue, @changeUnit, @changeBasis, @changeSince,
        @changeDirection, @periodLabel, @periodStart, @periodEnd, @qualifier, @kind, 'extracted', @extractor, @now, @now)`);
    this.clearExtracted = db.prepare(`DELETE FROM metrics WHERE document_id = ? AND origin = 'extracted' AND edited = 0`);
  }

  /**
   * Replaces a document's extracted metrics with a new run's. Metrics an analyst created
   * or edited are kept. Call inside the import's transaction.
   */
  replaceExtracted(documentId: number, versionId: number, passageIds: number[], metrics: PassageMetric[], now: string): number {
    this.clearExtracted.run(documentId);
    for (const m of metrics) {
      this.insert.run({
        documentId, versionId, passageId: passageIds[m.passageIndex] ?? null, start: m.span[0], end: m.span[1], surface: m.text,
        sentence: m.sentence, label: m.label, labelStart: m.labelSpan?.[0] ?? null, labelEnd: m.labelSpan?.[1] ?? null,
        entity: m.entity, value: m.value, valueHigh: m.valueHigh, unit: m.unit, displayValue: m.display.value,
        displayScale: m.display.scale, displayUnit: m.display.unit, changeValue: m.change?.value ?? null, changeUnit: m.change?.unit ?? null,
        changeBasis: m.change?.basis ?? null, changeSince: m.change?.since ?? null, changeDirection: m.change?.direction ?? null,
        periodLabel: m.period?.label ?? null, periodStart: m.period?.start ?? null, periodEnd: m.period?.end ?? null,
        qualifier: m.qualifier, kind: m.kind, extractor: EXTRACTOR_VERSION, now,
      });
    }
    return metrics.length;
  }

  countForDocument(documentId: number): number {
    return (this.db.prepare('SELECT count(*) AS n FROM metrics WHERE document_id = ?').get(documentId) as { n: number }).n;
  }
}
