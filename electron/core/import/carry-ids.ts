import type { Database } from 'better-sqlite3';
import { anchor } from '../anchor/anchor.ts';
import { quoteAround } from '../anchor/quote.ts';
import { UNTOUCHED_SQL } from '../db/metrics.ts';
import type { PassageMetric } from '../extract/extract-document.ts';

/*
 * An untouched figure (extracted, never worked on) is read again whenever its document gets
 * a new version or the extractor reads it again. Where the new reading finds the same figure
 * (the same words at the place the old ones moved to, in the same sentence or read the same
 * way), the row keeps its id: a link exported to it ("Open in Assay"), an undo step or a
 * teammate's reference still names it. Only figures whose words are gone are replaced.
 */

/** An untouched figure of the version being replaced, as stored. */
export interface StoredFigure {
  id: number;
  start: number;
  end: number;
  sentenceStart: number | null;
  sentenceEnd: number | null;
  label: string;
  entity: string | null;
  value: number | null;
  unit: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  changeValue: number | null;
}

/** The untouched figures of a document's version, oldest id first. */
export function untouchedFigures(db: Database, documentId: number, versionId: number): StoredFigure[] {
  return db.prepare(`SELECT id, char_start AS start, char_end AS "end", sentence_start AS sentenceStart, sentence_end AS sentenceEnd, label, entity,
      value, unit, period_start AS periodStart, period_end AS periodEnd, change_value AS changeValue
    FROM metrics WHERE document_id = ? AND version_id = ? AND char_start IS NOT NULL AND ${UNTOUCHED_SQL} ORDER BY id`).all(documentId, versionId) as StoredFigure[];
}

/** The words a figure stands on moved from old to new text: where, when they are still there word for word. */
export type Placer = (figure: Pick<StoredFigure, 'start' | 'end'>) => { start: number; end: number } | null;

/**
 * Places figures of `oldText` in `newText`. Text before the first change and after the last
 * keeps its words, so a figure there is found by arithmetic; one in between is looked for by
 * its quote (anchor.ts), exactly only: an approximate match is another figure.
 */
export function placerBetween(oldText: string, newText: string): Placer {
  let head = 0;
  const shortest = Math.min(oldText.length, newText.length);
  while (head < shortest && oldText.charCodeAt(head) === newText.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < shortest - head && oldText.charCodeAt(oldText.length - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)) tail++;
  const shift = newText.length - oldText.length;
  return (f) => {
    if (f.end <= head) return { start: f.start, end: f.end };
    if (f.start >= oldText.length - tail) return { start: f.start + shift, end: f.end + shift };
    const quote = quoteAround(oldText, f.start, f.end);
    if (!quote.exact || !newText.includes(quote.exact)) return null;
    const placed = anchor(newText, { ...quote, start: f.start });
    return placed.state === 'anchored' ? { start: placed.start, end: placed.end } : null;
  };
}

/** The same words where they were: re-extraction reads the same text. */
export const samePlace: Placer = (f) => ({ start: f.start, end: f.end });

/**
 * For each metric of the new run, the id of the stored figure it reads again, or null. A
 * figure is read again by a new metric on exactly the span its words moved to whose sentence
 * is unchanged, or which reads the same (label, entity, value, unit, period, change); in the
 * same text (re-extraction), by a new metric on its span. Where
 * one span holds several metrics, ids are carried to the first of them in the run's order
 * only, so metrics on a span keep the order the run gives them (a team names a metric by its
 * rank on its span).
 */
export function carriedIds(figures: StoredFigure[], place: Placer, oldText: string, newText: string, fresh: PassageMetric[]): Array<number | null> {
  const carried: Array<number | null> = fresh.map(() => null);
  const bySpan = new Map<string, number[]>();
  fresh.forEach((m, i) => {
    const key = `${m.span[0]}:${m.span[1]}`;
    bySpan.set(key, [...(bySpan.get(key) ?? []), i]);
  });
  for (const f of figures) {
    const at = place(f);
    if (!at) continue;
    const candidates = bySpan.get(`${at.start}:${at.end}`);
    const i = candidates?.find((k) => carried[k] === null && sameFigure(f, oldText, fresh[k]!, newText));
    if (i !== undefined) carried[i] = f.id;
  }
  // On a span of several metrics, only a leading run keeps ids, in the run's order.
  for (const group of bySpan.values()) {
    if (group.length < 2) continue;
    const firstNew = group.findIndex((k) => carried[k] === null);
    if (firstNew === -1) continue;
    for (const k of group.slice(firstNew)) carried[k] = null;
    const ids = group.slice(0, firstNew).map((k) => carried[k]!);
    if (ids.some((id, n) => n > 0 && id < ids[n - 1]!)) for (const k of group) carried[k] = null;
  }
  return carried;
}

function sameFigure(f: StoredFigure, oldText: string, m: PassageMetric, newText: string): boolean {
  // Re-extraction reads the very same text: the same span is the same figure, however differently it is read now.
  if (oldText === newText) return true;
  const sentence = f.sentenceStart !== null && f.sentenceEnd !== null
    && oldText.slice(f.sentenceStart, f.sentenceEnd) === newText.slice(m.sentenceSpan[0], m.sentenceSpan[1]);
  return sentence || (f.label === m.label && f.entity === m.entity && f.value === m.value && f.unit === m.unit
    && f.periodStart === (m.period?.start ?? null) && f.periodEnd === (m.period?.end ?? null) && f.changeValue === (m.change?.value ?? null));
}
