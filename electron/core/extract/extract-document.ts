import type { ExtractedMetric } from '../../../shared/metrics.ts';
import type { PassageDraft } from '../ingest/types.ts';
import { textCues } from './currencies.ts';
import { mainSubject } from './entities.ts';
import { extractFromText } from './extract.ts';

/** A metric with the index of the passage it was read from. */
export type PassageMetric = ExtractedMetric & { passageIndex: number };

/**
 * Every figure of a parsed document, passage by passage, spans in the document's text.
 * Page debris and tables (read cell by cell elsewhere) are skipped. `date` overrides the
 * document's own date for resolving relative periods.
 */
export function extractDocument(doc: { text: string; passages: PassageDraft[]; meta: { published: string | null } }, date?: string | null): PassageMetric[] {
  const options = { date: date ?? doc.meta.published, subject: mainSubject(doc.text), cues: textCues(doc.text) };
  const out: PassageMetric[] = [];
  doc.passages.forEach((p, passageIndex) => {
    if (p.debris || p.kind === 'table') return;
    for (const m of extractFromText(doc.text.slice(p.start, p.end), options, p.start)) out.push({ ...m, passageIndex });
  });
  return out;
}
