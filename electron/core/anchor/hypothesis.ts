import { z } from 'zod';
import type { SkippedAnnotation } from '../../../shared/annotation-import.ts';
import {
  asList, isObject, itemLabel, readItems, readSelectors, tagPaths, timeOf, type ForeignAnnotation, type ReadAnnotations,
} from './foreign-annotation.ts';

/*
 * Hypothesis exports: its API's search result ({ total, rows: [...] }) or a bare array of
 * its rows. A row names its page by `uri`, quotes it through `target[].selector` (the same
 * W3C selectors), and carries the note as Markdown in `text` and its tags in `tags`.
 */

const Row = z.object({
  id: z.unknown().optional(),
  uri: z.string().optional(),
  text: z.string().optional(),
  tags: z.array(z.string()).optional(),
  target: z.unknown().optional(),
  references: z.array(z.unknown()).optional(),
  created: z.unknown().optional(),
  updated: z.unknown().optional(),
});

const Target = z.object({ source: z.string().optional(), selector: z.unknown().optional() });

/** A Hypothesis row: a page's `uri`, and none of the W3C model's type markers. */
function isRow(value: unknown): boolean {
  return isObject(value) && typeof value.uri === 'string' && !('type' in value) && !('@type' in value) && !('@context' in value);
}

/** The rows of a Hypothesis export, or null when the JSON is not one. */
export function collectHypothesis(json: unknown): unknown[] | null {
  if (isObject(json) && Array.isArray(json.rows)) return json.rows;
  if (Array.isArray(json) && isRow(json.find(isObject))) return json;
  return null;
}

function rowProblem(row: z.infer<typeof Row>): string {
  if (row.references?.length) return 'it is a reply to another annotation, not a note on words';
  const page = row.uri ? `the whole page ${row.uri}` : 'the whole page';
  return `it is a note on ${page} with no selector; Assay keeps notes on words, passages and metrics, not on whole documents`;
}

/** One row as an annotation to place, or why it is skipped. */
export function readHypothesisRow(raw: unknown, index: number): ForeignAnnotation | SkippedAnnotation {
  const item = itemLabel(index, isObject(raw) ? raw.id : undefined);
  const parsed = Row.safeParse(raw);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]!.path[0] ?? 'shape');
    return { item, reason: `it is not a Hypothesis annotation (its ${field} is not what Hypothesis writes)` };
  }
  const row = parsed.data;
  const targets = asList(row.target).map((t) => Target.safeParse(t)).filter((t) => t.success).map((t) => t.data);
  const placed = targets.map((t) => ({ source: t.source ?? row.uri ?? null, place: readSelectors(t.selector) }))
    .find((t) => t.place.quote || t.place.position);
  if (!placed) {
    const problem = targets.map((t) => readSelectors(t.selector).problem).find(Boolean);
    return { item, reason: problem ?? rowProblem(row) };
  }
  const body = row.text?.trim() ? row.text : '';
  return {
    label: item, source: placed.source, quote: placed.place.quote, position: placed.place.position,
    body, tags: tagPaths(row.tags ?? []),
    motivation: body ? 'commenting' : 'highlighting', created: timeOf(row.created), modified: timeOf(row.updated),
  };
}

/** A Hypothesis export's annotations and the rows skipped, with why. */
export function readHypothesis(rows: unknown[]): ReadAnnotations {
  return readItems(rows, readHypothesisRow);
}
