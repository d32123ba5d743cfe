import { z } from 'zod';
import { normalizeTagPath, TagPath } from '../../../shared/tags.ts';
import type { SkippedAnnotation } from '../../../shared/annotation-import.ts';
import { TextPositionSelector, TextQuoteSelector } from '../../../shared/web-annotation.ts';

/*
 * An annotation read from another tool's file, whatever shape it came in (W3C Web
 * Annotation, Hypothesis): where it says it belongs and what it says, ready to place.
 * The readers of each shape share the pieces here: selectors, bodies, motivations.
 */

const MOTIVATIONS = ['commenting', 'highlighting', 'tagging', 'assessing'] as const;
export type Motivation = (typeof MOTIVATIONS)[number];

export interface Quote { exact: string; prefix: string; suffix: string }
export interface Position { start: number; end: number }

/** One annotation of a file, normalised: the import places these and nothing else. */
export interface ForeignAnnotation {
  /** How reports name it: "item 3", with its id when it has one. */
  label: string;
  /** The target's IRI as written: "urn:sha256:…" of a version, a URL, a file path. */
  source: string | null;
  quote: Quote | null;
  position: Position | null;
  body: string;
  tags: string[];
  motivation: Motivation;
  created: string | null;
  modified: string | null;
}

/** What a file's annotations came to: those to place, and those skipped with the reason. */
export interface ReadAnnotations { annotations: ForeignAnnotation[]; skipped: SkippedAnnotation[] }

/** Reads each item of a file with `readOne`, keeping those it can place and the reasons for the rest. */
export function readItems(items: unknown[], readOne: (raw: unknown, index: number) => ForeignAnnotation | SkippedAnnotation,
  skipped: SkippedAnnotation[] = []): ReadAnnotations {
  const out: ReadAnnotations = { annotations: [], skipped: [...skipped] };
  items.forEach((raw, index) => {
    const read = readOne(raw, index);
    if ('reason' in read) out.skipped.push(read);
    else out.annotations.push(read);
  });
  return out;
}

/** A JSON value as a list: arrays as they are, one value as a list of one, nothing as none. */
export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "item 3 (urn:uuid:…)": numbered from 1 in file order, with the id the file gives it. */
export function itemLabel(index: number, id: unknown): string {
  return typeof id === 'string' && id ? `item ${index + 1} (${id})` : `item ${index + 1}`;
}

/** Where a target's selectors put the annotation, or what was wrong with them. */
export interface SelectedPlace { quote: Quote | null; position: Position | null; problem: string | null }

/**
 * The quote and position among a target's selectors, one or many, looking inside `refinedBy`.
 * Other selectors (XPath, CSS, Range, Fragment) are passed over. A position inside `refinedBy`
 * counts from its outer selection, not the document, so only top-level positions are kept.
 */
export function readSelectors(raw: unknown): SelectedPlace {
  const found: SelectedPlace = { quote: null, position: null, problem: null };
  walkSelectors(raw, true, found);
  return found;
}

function walkSelectors(raw: unknown, topLevel: boolean, found: SelectedPlace): void {
  for (const selector of asList(raw)) {
    if (!isObject(selector)) continue;
    if (selector.type === 'TextQuoteSelector' && !found.quote) takeQuote(selector, found);
    if (selector.type === 'TextPositionSelector' && topLevel && !found.position) takePosition(selector, found);
    if ('refinedBy' in selector) walkSelectors(selector.refinedBy, false, found);
  }
}

function takeQuote(selector: unknown, found: SelectedPlace): void {
  const quote = TextQuoteSelector.safeParse(selector);
  if (quote.success) found.quote = { exact: quote.data.exact, prefix: quote.data.prefix ?? '', suffix: quote.data.suffix ?? '' };
  else found.problem ??= 'its TextQuoteSelector has no "exact" text';
}

function takePosition(selector: unknown, found: SelectedPlace): void {
  const parsed = TextPositionSelector.safeParse(selector);
  if (parsed.success && parsed.data.end > parsed.data.start) found.position = { start: parsed.data.start, end: parsed.data.end };
  else found.problem ??= 'its TextPositionSelector needs whole-number "start" and "end", start before end';
}

// A TextualBody, or a SpecificResource wrapping one (the purpose then sits on the wrapper).
const TextBody = z.object({ value: z.string(), purpose: z.string().optional() });
const WrappedBody = z.object({ purpose: z.string().optional(), source: TextBody });

/**
 * The note and tags of W3C bodies (one or many; objects or plain strings): a body whose
 * purpose is "tagging" is a tag, any other text is the note. Bodies that are links to
 * other resources carry no text Assay can keep and are passed over.
 */
export function readBodies(raw: unknown): { notes: string[]; tags: string[] } {
  const out = { notes: [] as string[], tags: [] as string[] };
  for (const body of asList(raw)) {
    const text = typeof body === 'string' ? { value: body } : textOf(body);
    if (!text || !text.value.trim()) continue;
    if (text.purpose === 'tagging') out.tags.push(text.value);
    else out.notes.push(text.value);
  }
  return out;
}

function textOf(body: unknown): { value: string; purpose?: string } | null {
  const direct = TextBody.safeParse(body);
  if (direct.success) return direct.data;
  const wrapped = WrappedBody.safeParse(body);
  if (!wrapped.success) return null;
  return { value: wrapped.data.source.value, purpose: wrapped.data.purpose ?? wrapped.data.source.purpose };
}

/** Tag paths as Assay stores them; text that cannot be a tag path ("a//b", 300+ characters) is left out. */
export function tagPaths(values: string[]): string[] {
  const paths = values.map((v) => normalizeTagPath(v.trim())).filter((p) => TagPath.safeParse(p).success);
  return [...new Set(paths)];
}

/** The first motivation Assay knows; else commenting when there is a note, highlighting when not. */
export function motivationOf(raw: unknown, hasNote: boolean): Motivation {
  const known = asList(raw).find((m): m is Motivation => MOTIVATIONS.includes(m as Motivation));
  return known ?? (hasNote ? 'commenting' : 'highlighting');
}

/** A timestamp the file gives, if it is text. */
export function timeOf(raw: unknown): string | null {
  return typeof raw === 'string' && raw.trim() ? raw : null;
}
