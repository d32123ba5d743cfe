import { z } from 'zod';
import type { ExtractedMetric } from '../../shared/metrics.ts';
import { extractFromText } from '../../electron/core/extract/extract.ts';
import { readJsonl } from './jsonl.ts';
import { add, close, overlaps, zero, type Counts } from './score.ts';

/*
 * Assay's own labelled sets: each case a passage with its document date and every metric
 * it states. A figure's span is found from its text (the first occurrence after the
 * previous figure). A prediction matches an expected metric when their spans overlap;
 * each field then counts as right or wrong on its own. The entity field is scored only for
 * expected metrics that carry an `entity` key (bench/eval/labelled-sets.md).
 */

const ExpectedChange = z.object({
  value: z.number(), unit: z.string(), basis: z.string(), since: z.string().optional(), direction: z.string(),
});
const Expected = z.object({
  text: z.string(),
  value: z.number(),
  unit: z.string(),
  label: z.string(),
  change: ExpectedChange.nullable(),
  period: z.object({ start: z.string(), end: z.string() }).nullable(),
  /** The company as written, "market" for market quotes and national statistics, null when nobody is named. */
  entity: z.string().nullable().optional(),
  /** Every change stated for the figure, when there are two or more; `change` is one of them. */
  changes: z.array(ExpectedChange).optional(),
});
const Case = z.object({
  id: z.string(),
  date: z.string(),
  /** The kind of source the passage is written like ("broker-note", "gov-stats", …). */
  style: z.string().optional(),
  lang: z.enum(['en', 'zh']).optional(),
  text: z.string(),
  expected: z.array(Expected),
  /** Numbers in the text that are not metrics (dates, codes, section numbers): none may be extracted. */
  nonMetrics: z.array(z.string()).optional(),
});
export type LabelledCase = z.infer<typeof Case>;
type ExpectedMetric = z.infer<typeof Expected>;

export const FIELDS = ['value+unit', 'label', 'label (head)', 'change', 'period', 'entity'] as const;
export type Field = (typeof FIELDS)[number];

export function readLabelled(file: string): LabelledCase[] {
  return readJsonl(file, Case);
}

function spanOf(c: LabelledCase, e: ExpectedMetric, from: number): [number, number] {
  const at = c.text.indexOf(e.text, from);
  if (at === -1) throw new Error(`${c.id}: "${e.text}" is not in the text`);
  return [at, at + e.text.length];
}

/** Lower case, one kind of apostrophe and of dash ("Shanghai–Rotterdam" is "shanghai-rotterdam"), single spaces. */
const normal = (s: string) => s.toLowerCase().replace(/[’']/gu, "'").replace(/[‐‑‒–—−]/gu, '-').replace(/\s+/gu, ' ').trim();

/** A trailing legal form ("Co., Ltd.", "Inc.", "plc", 股份有限公司): the set writes names without one. */
const LEGAL_FORM = /,?\s*(?:co\.?,?\s*ltd\.?|co\.|ltd\.?|limited|inc\.?|corp\.?|corporation|plc|llc)$|(?:股份)?有限公司$/u;
const entityKey = (s: string) => normal(s).replace(/'s$/u, '').replace(LEGAL_FORM, '').trim();

/** A converted value the set writes rounded ("US$1.92/lb" → 4232.88 USD/t): right when it rounds to what is written. */
function writtenRounded(got: number, expected: number): boolean {
  const decimals = String(expected).split('.')[1]?.length ?? 0;
  return decimals > 0 && decimals <= 2 && Math.abs(got - expected) <= 0.5 * 10 ** -decimals;
}

/** A label's words, lower-cased and singular ("C1 cash costs" → c1, cash, cost); Chinese by character. */
function labelWords(label: string): string[] {
  const n = normal(label).replace(/[^\p{L}\p{N}\s/-]/gu, ' ');
  if (/[\u3400-\u9fff]/u.test(n)) return [...n.replace(/\s+/gu, '')];
  return n.split(/[\s-]+/u).filter(Boolean).map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

/**
 * A looser reading of the label, closer to how a person judges one: right when the expected
 * label's head (its last word; its last two characters in Chinese) is in the prediction and
 * at least half of the expected label's words are. "C1 costs" for "c1 cost", "segment revenue"
 * for "Cloud Infrastructure segment revenue" (no: half the words are missing), "y/y" never.
 */
function sameHead(got: string, expected: string): boolean {
  const want = labelWords(expected);
  const have = new Set(labelWords(got));
  if (!want.length || !have.size) return false;
  const cjk = /[\u3400-\u9fff]/u.test(expected);
  const head = cjk ? want.slice(-2) : want.slice(-1);
  if (!head.every((w) => have.has(w))) return false;
  return want.filter((w) => have.has(w)).length * 2 >= want.length;
}

/** Whether a field is scored for this expected metric: entity only where the set labels it. */
const scored = (field: Field, e: ExpectedMetric) => field !== 'entity' || e.entity !== undefined;

function fieldRight(field: Field, m: ExtractedMetric, e: ExpectedMetric): boolean {
  switch (field) {
    case 'value+unit': return m.unit === e.unit && (close(m.value, e.value) || writtenRounded(m.value, e.value));
    case 'label': return normal(m.label) === normal(e.label);
    case 'label (head)': return sameHead(m.label, e.label);
    case 'change':
      if (!e.change || !m.change) return !e.change && !m.change;
      return (close(m.change.value, e.change.value) || writtenRounded(m.change.value, e.change.value)) && m.change.unit === e.change.unit
        && m.change.basis === e.change.basis && m.change.direction === e.change.direction
        && (e.change.since ?? null) === (m.change.since ?? null);
    case 'period':
      if (!e.period || !m.period) return !e.period && !m.period;
      return m.period.start === e.period.start && m.period.end === e.period.end;
    case 'entity':
      // A prediction without an entity field at all is wrong, whatever was expected.
      if (m.entity === undefined) return false;
      if (!e.entity || !m.entity) return !e.entity && !m.entity;
      return entityKey(m.entity) === entityKey(e.entity);
  }
}

function shown(field: Field, x: ExtractedMetric | ExpectedMetric): string {
  switch (field) {
    case 'value+unit': return JSON.stringify([x.value, x.unit]);
    case 'label':
    case 'label (head)': return JSON.stringify(x.label);
    case 'change': return JSON.stringify(x.change);
    case 'period': return JSON.stringify(x.period);
    case 'entity': return JSON.stringify(x.entity);
  }
}

export interface LabelledResult {
  fields: Record<Field, Counts>;
  /** Predictions that overlap no expected figure (each already a false positive in every field). */
  extras: number;
  /** Of those, the ones on a number the case lists as not a metric. */
  extrasOnNonMetrics: number;
  /** Human-readable misses, for improving the extractor. */
  misses: string[];
}

/** Every place in the text where a listed non-metric number is written. */
function nonMetricSpans(c: LabelledCase): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const n of c.nonMetrics ?? []) {
    for (let at = c.text.indexOf(n); at !== -1; at = c.text.indexOf(n, at + 1)) spans.push([at, at + n.length]);
  }
  return spans;
}

export function scoreLabelled(cases: LabelledCase[]): LabelledResult {
  const fields = Object.fromEntries(FIELDS.map((f) => [f, zero()])) as Record<Field, Counts>;
  const misses: string[] = [];
  let extras = 0;
  let extrasOnNonMetrics = 0;
  for (const c of cases) {
    const predicted = extractFromText(c.text, { date: c.date, subject: null });
    let from = 0;
    const expected = c.expected.map((e) => {
      const span = spanOf(c, e, from);
      from = span[1];
      return { e, span };
    });
    const labelsEntities = c.expected.some((e) => e.entity !== undefined);
    const notMetrics = nonMetricSpans(c);
    const used = new Set<number>();
    const per = Object.fromEntries(FIELDS.map((f) => [f, zero()])) as Record<Field, Counts>;
    for (const m of predicted) {
      const k = expected.findIndex((x, i) => !used.has(i) && overlaps(m.span, x.span));
      if (k === -1) {
        for (const f of FIELDS) if (f !== 'entity' || labelsEntities) per[f].fp++;
        extras++;
        const onNonMetric = notMetrics.some((s) => overlaps(m.span, s));
        if (onNonMetric) extrasOnNonMetrics++;
        misses.push(`${c.id} extra${onNonMetric ? ' (non-metric)' : ''}: "${m.text}" (${m.label})`);
        continue;
      }
      used.add(k);
      const { e } = expected[k]!;
      for (const f of FIELDS) {
        if (!scored(f, e)) continue;
        if (fieldRight(f, m, e)) { per[f].tp++; continue; }
        per[f].fp++;
        per[f].fn++;
        misses.push(`${c.id} ${f}: "${e.text}" expected ${shown(f, e)} got ${shown(f, m)}`);
      }
    }
    expected.forEach((x, i) => {
      if (used.has(i)) return;
      for (const f of FIELDS) if (scored(f, x.e)) per[f].fn++;
      misses.push(`${c.id} missed: "${x.e.text}"`);
    });
    for (const f of FIELDS) add(fields[f], per[f]);
  }
  return { fields, extras, extrasOnNonMetrics, misses };
}
