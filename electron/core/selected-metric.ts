import type { Database } from 'better-sqlite3';
import { AssayError } from '../../shared/errors.ts';
import { DocumentStore } from './db/documents.ts';
import { MetricStore } from './db/metrics.ts';
import { PassageStore } from './db/passages.ts';
import { mainSubject } from './extract/entities.ts';
import { extractFromText } from './extract/extract.ts';
import { countInSelection } from './extract/selected-count.ts';
import { recordMetricChange } from './team/record.ts';

/** Where an analyst selected a figure: a span of one version of a document. */
export interface Selection { documentId: number; versionId: number; published: string | null; start: number; end: number }

/**
 * The figure an analyst selected, read in the context of its passage (for a label and
 * period), or from the selection alone; stored as the analyst's own metric, which no
 * re-extraction replaces. The same bytes and selection give the same metric in every
 * workspace, so a team shares the selection, not the metric. Returns the new metric's id.
 */
export function createSelectedMetric(db: Database, selection: Selection, now: string): number {
  const { documentId, versionId, start, end } = selection;
  const text = new DocumentStore(db).text(versionId);
  if (end > text.length) throw new AssayError('BAD_INPUT', 'The selection runs past the end of the document; select the text again.');
  const passage = new PassageStore(db).at(versionId, start);
  const options = { date: selection.published, subject: mainSubject(text) };
  const inPassage = passage ? extractFromText(text.slice(passage.start, passage.end), options, passage.start) : [];
  const sentence = passage ? { text: text.slice(passage.start, passage.end), start: passage.start } : { text: text.slice(start, end), start };
  const found = inPassage.find((m) => m.span[0] < end && start < m.span[1]) ?? extractFromText(text.slice(start, end), options, start)[0]
    ?? countInSelection(text, start, end, sentence);
  if (!found) throw new AssayError('NO_FIGURE', 'The selection holds no figure Assay can read. Select a number with its unit, such as "5,700 mt" or "9.3 billion yuan".');
  const id = new MetricStore(db).createFromSelection(documentId, versionId, passage?.id ?? null, { ...found, passageIndex: 0 }, now);
  recordMetricChange(db, id, 'create', JSON.stringify({ start, end }));
  return id;
}
