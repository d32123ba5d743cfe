import { z } from 'zod';
import type { SkippedAnnotation } from '../../../shared/annotation-import.ts';
import {
  asList, isObject, itemLabel, motivationOf, readItems, readBodies, readSelectors, tagPaths, timeOf,
  type ForeignAnnotation, type ReadAnnotations, type SelectedPlace,
} from './foreign-annotation.ts';

/*
 * Every shape the W3C Web Annotation model allows a file to take, brought to plain
 * annotations: one Annotation, a JSON array of them, an AnnotationPage (its `next` pages
 * followed when written inline), an AnnotationCollection with an inline `first` page or
 * `items` of its own, and JSON-LD `@graph` documents. Pages that sit at another address are
 * reported, never fetched: Assay does not touch the network.
 */

function typesOf(node: Record<string, unknown>): string[] {
  return asList(node.type ?? node['@type']).filter((t): t is string => typeof t === 'string');
}

function isCollection(node: Record<string, unknown>): boolean {
  return typesOf(node).includes('AnnotationCollection') || (!('target' in node) && 'first' in node);
}

function isPage(node: Record<string, unknown>): boolean {
  return typesOf(node).includes('AnnotationPage') || (!('target' in node) && Array.isArray(node.items));
}

function isContainer(node: unknown): node is Record<string, unknown> {
  return isObject(node) && ('@graph' in node || isCollection(node) || isPage(node));
}

/** What a file holds: the annotation-like nodes in order, and pages it names but does not hold. */
interface Collected { items: unknown[]; notes: SkippedAnnotation[] }

function collectList(list: unknown[], out: Collected): void {
  for (const node of list) {
    if (isContainer(node)) collectContainer(node, out);
    else out.items.push(node);
  }
}

function collectContainer(node: Record<string, unknown>, out: Collected): void {
  if ('@graph' in node) { collectList(asList(node['@graph']), out); return; }
  if (isCollection(node)) {
    collectList(asList(node.items), out);
    collectPage(node.first, 1, out);
    return;
  }
  collectPage(node, 1, out);
}

/** A page and the pages after it, while they are written inline. */
function collectPage(page: unknown, number: number, out: Collected): void {
  for (let at: unknown = page, n = number; at !== undefined && at !== null; n++) {
    if (typeof at === 'string') {
      const reason = `it is at ${at}, not in the file; Assay reads only pages written out in the file`;
      out.notes.push({ item: `page ${n}`, reason });
      return;
    }
    if (!isObject(at)) return;
    collectList(asList(at.items), out);
    at = at.next;
  }
}

/**
 * The annotations a W3C document holds, in file order, and the pages it refers to but does
 * not hold. Null when the JSON is none of the W3C shapes (an object that is neither an
 * annotation nor a page, collection or graph).
 */
export function collectW3c(json: unknown): Collected | null {
  const out: Collected = { items: [], notes: [] };
  if (Array.isArray(json)) collectList(json, out);
  else if (isContainer(json)) collectContainer(json, out);
  else if (isObject(json) && ('target' in json || typesOf(json).includes('Annotation'))) out.items.push(json);
  else return null;
  return out;
}

const Annotation = z.object({
  id: z.unknown().optional(),
  target: z.unknown().refine((t) => t !== undefined && t !== null, 'has no target'),
  body: z.unknown().optional(),
  bodyValue: z.string().optional(),
  motivation: z.unknown().optional(),
  created: z.unknown().optional(),
  modified: z.unknown().optional(),
});

// A target is an IRI, or a resource with its IRI in `source` (or `id`) and selectors.
const Target = z.union([
  z.string(),
  z.object({
    source: z.union([z.string(), z.object({ id: z.string() })]).optional(),
    id: z.string().optional(),
    selector: z.unknown().optional(),
  }),
]);

interface ReadTarget { source: string | null; place: SelectedPlace; bare: boolean }

function readTarget(raw: unknown): ReadTarget | null {
  const target = Target.safeParse(raw);
  if (!target.success) return null;
  if (typeof target.data === 'string') return { source: target.data, place: readSelectors(undefined), bare: true };
  const { source, id, selector } = target.data;
  const iri = typeof source === 'string' ? source : source?.id ?? id ?? null;
  return { source: iri, place: readSelectors(selector), bare: selector === undefined };
}

/** Why no target of an annotation can be placed, in words. */
function targetProblem(targets: ReadTarget[]): string {
  if (!targets.length) return 'its target is neither an IRI nor a resource with a source';
  const problem = targets.find((t) => t.place.problem)?.place.problem;
  if (problem) return problem;
  const bare = targets.find((t) => t.bare);
  if (bare) {
    return `its target is the whole of ${bare.source ?? 'a document'}, with no selector; `
      + 'Assay keeps notes on words, passages and metrics, not on whole documents';
  }
  return 'the target has no TextQuoteSelector or TextPositionSelector';
}

/** "a number", "a list", "null": what a JSON value is, for reports. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}

/** One item of a W3C file as an annotation to place, or why it is skipped. */
export function readW3cItem(raw: unknown, index: number): ForeignAnnotation | SkippedAnnotation {
  const id = isObject(raw) ? raw.id : undefined;
  const item = itemLabel(index, id);
  if (!isObject(raw)) return { item, reason: `it is not an annotation but ${kindOf(raw)}` };
  const parsed = Annotation.safeParse(raw);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]!.path[0]);
    return { item, reason: field === 'target' ? 'it has no target' : `its ${field} is not text` };
  }
  const targets = asList(parsed.data.target).map(readTarget).filter((t): t is ReadTarget => t !== null);
  const target = targets.find((t) => t.place.quote || t.place.position);
  if (!target) return { item, reason: targetProblem(targets) };
  const { notes, tags } = readBodies([...asList(parsed.data.body), ...asList(parsed.data.bodyValue)]);
  const body = notes.join('\n\n');
  return {
    label: item, source: target.source, quote: target.place.quote, position: target.place.position, body, tags: tagPaths(tags),
    motivation: motivationOf(parsed.data.motivation, Boolean(body)),
    created: timeOf(parsed.data.created), modified: timeOf(parsed.data.modified),
  };
}

/** A W3C file's annotations and what was skipped: pages not in the file, items that cannot be placed. */
export function readW3c(collected: Collected): ReadAnnotations {
  return readItems(collected.items, readW3cItem, collected.notes);
}
