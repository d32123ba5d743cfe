import { findDates, nearestYear, toIso, yearCandidates } from './dates.ts';
import type { DocumentMeta, PassageDraft } from './types.ts';

/*
 * What a document says about itself: title, source, publisher, URL and published date.
 * Values the format declares (HTML meta tags, Markdown front matter) win; the rest is read
 * from the passages. Everything here can be corrected by the analyst later.
 */

/** Section names that make poor titles ("Highlights" opens many articles). */
const GENERIC = /^(?:highlights?|summary|abstract|contents|table of contents|introduction|overview|key points|takeaways?|source|sources)$/iu;
const SOURCE_LINE = /^(?:source|sources|via|from)\s*[:：]\s*(\S.*)$/iu;
const DATE_LINE = /^(?:published|posted|date|updated|released)(?:\s+on)?\s*(?:[:：]\s*)?(\S.*)$/iu;
/** The holder is what follows the sign and year up to the first – — | • or full stop (a closing ™ or ® left off). */
const COPYRIGHT = /^(?:copyright\s*)?©\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?([^–—|•.]+)/iu;
const URL = /\bhttps?:\/\/[^\s<>"')\]]+/iu;
const TITLE_MAX = 100;
/** How much of a document's start is searched for its dates. */
const HEAD_CHARS = 6_000;

interface View {
  text: string;
  passages: PassageDraft[];
  body(p: PassageDraft): string;
}

export function extractMeta(text: string, passages: PassageDraft[], declared: Partial<DocumentMeta> = {}): DocumentMeta {
  const view: View = { text, passages, body: (p) => text.slice(p.start, p.end).trim() };
  const sourceLine = findSource(view);
  return {
    title: clean(declared.title) ?? findTitle(view),
    source: clean(declared.source) ?? sourceLine?.name ?? null,
    publisher: clean(declared.publisher) ?? findPublisher(view),
    url: clean(declared.url) ?? sourceLine?.url ?? null,
    published: clean(declared.published) ?? findPublished(view, sourceLine?.raw ?? null),
  };
}

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.replace(/\s+/gu, ' ').trim();
  return trimmed ? trimmed : null;
}

function findTitle(view: View): string | null {
  const content = view.passages.filter((p) => !p.debris);
  const first = content[0];
  if (first && first.kind === 'heading' && !GENERIC.test(view.body(first))) return truncate(view.body(first));
  const heading = content.find((p) => p.kind === 'heading' && p.depth === 1 && !GENERIC.test(view.body(p)));
  if (heading) return truncate(view.body(heading));
  const caption = first?.kind === 'table' ? captionRow(view.body(first)) : null;
  if (caption) return truncate(caption);
  // No title rather than a table's header row, a footnote or a sentence carried over from another page:
  // the file's name stands in.
  const paragraph = content.find((p) => (p.kind === 'paragraph' || p.kind === 'question') && mayBeTitle(view.body(p)));
  return paragraph ? truncate(firstSentence(view.body(paragraph))) : null;
}

/** "NICS Firearm Background Checks November - 2015" set across a table's first row, its other cells empty. */
function captionRow(table: string): string | null {
  const [top = '', next = ''] = table.split('\n', 2);
  const [first, ...rest] = top.split('\t');
  return first?.trim() && rest.every((c) => !c.trim()) && next.includes('\t') ? first.trim() : null;
}

/**
 * Not a footnote ("*Refers to…", "¹ Excludes…", "Note: …"), a sentence begun on an earlier page (a word in
 * lower case: "where Y denotes…"; "eBay" may open a title) or a long line in capitals (a header row the PDF
 * reader set as text: "DOCUMENT NO. DATE PAYEE NAME…").
 */
function mayBeTitle(body: string): boolean {
  if (/^(?:[*†‡§¹²³⁴⁵⁶⁷⁸⁹]|\(\d{1,2}\)\s|(?:notes?|sources?)\s*[:：])/iu.test(body) || /^\p{Ll}+[\s,;:]/u.test(body)) return false;
  return body.length <= 60 || /\p{Ll}|\p{Lo}/u.test(body);
}

function firstSentence(body: string): string {
  // A title is cut to TITLE_MAX anyway; searched over a whole 20 MB paragraph of spaces, the pattern overflowed the stack.
  const head = body.length > 4 * TITLE_MAX ? body.slice(0, 4 * TITLE_MAX) : body;
  const match = /^.+?[.!?](?=\s+\p{Lu}|$)/u.exec(head);
  return (match ? match[0] : head).replace(/[:：]$/u, '');
}

function truncate(title: string): string {
  if (title.length <= TITLE_MAX) return title;
  // Never end inside a surrogate pair (an emoji or a rare CJK character would become a lone half).
  const cut = title.slice(0, /[\ud800-\udbff]/u.test(title[TITLE_MAX - 1] ?? '') ? TITLE_MAX - 1 : TITLE_MAX);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : TITLE_MAX).trimEnd()}…`;
}

/** "Source: X", or a "Source" heading followed by the line naming it. */
function findSource(view: View): { name: string | null; url: string | null; raw: string } | null {
  for (let i = 0; i < view.passages.length; i++) {
    const body = view.body(view.passages[i]!);
    const inline = SOURCE_LINE.exec(body);
    const next = view.passages[i + 1];
    const raw = inline ? inline[1]! : /^sources?$/iu.test(body) && next ? view.body(next) : null;
    if (!raw) continue;
    const url = URL.exec(raw)?.[0] ?? null;
    const name = withoutTrailingDate(raw.replace(URL, '')).replace(/(?<![\s,.;:–—-])[\s,.;:–—-]+$/u, '');
    return { name: name || null, url, raw };
  }
  return null;
}

/** "Official disclosure, June 2025." → "Official disclosure, ". */
function withoutTrailingDate(raw: string): string {
  const dates = findDates(raw);
  const last = dates[dates.length - 1];
  if (!last || raw.slice(last.index + last.length).replace(/[\s.,;]/gu, '') !== '') return raw;
  return raw.slice(0, last.index);
}

function findPublisher(view: View): string | null {
  for (const p of view.passages) {
    const m = COPYRIGHT.exec(view.body(p));
    const name = m?.[1]!.trim().replace(/[™®]$/u, '').trimEnd();
    if (name && !/^all rights reserved$/iu.test(name)) return name;
  }
  return null;
}

/**
 * A dated "Published:" line, else the date on the source line, else the latest date the
 * opening passages mention (a report "announced on July 8" is published on or after it).
 */
function findPublished(view: View, sourceRaw: string | null): string | null {
  // Documents state their dates near the top: years for dates without one come from there too.
  const years = yearCandidates(view.text, findDates(view.text.slice(0, HEAD_CHARS)));
  for (const p of view.passages) {
    const m = DATE_LINE.exec(view.body(p));
    const iso = m ? isoOf(p.start + view.body(p).indexOf(m[1]!), m[1]!, years) : null;
    if (iso) return iso;
  }
  if (sourceRaw) {
    const at = view.text.indexOf(sourceRaw);
    const iso = isoOf(at, sourceRaw, years);
    if (iso) return iso;
  }
  const opening = view.passages.filter((p) => !p.debris && (p.kind === 'paragraph' || p.kind === 'question')).slice(0, 3);
  const reported = reportedYear(view.text.slice(0, HEAD_CHARS));
  let latest: string | null = null;
  for (const p of opening) {
    for (const d of findDates(view.body(p))) {
      const iso = resolve(p.start + d.index, d, years, reported);
      if (iso && (!latest || iso > latest)) latest = iso;
    }
  }
  // Only dates before the year the opening reports on: they are what its figures are compared with, not when it came out.
  return latest && reported !== null && latest < `${reported}-01-01` ? null : latest;
}

/**
 * The latest year whose results the opening reports ("2025年第一季度，北方稀土实现营业收入…", "Q1 2025 results"): a date
 * without its year in such a document is of that year or later, whatever earlier year a comparison names nearby
 * ("3月31日…均价…，较2024年12月31日的…" is 31 March 2025).
 */
function reportedYear(head: string): number | null {
  let latest: number | null = null;
  for (const m of head.matchAll(REPORTED)) {
    const year = Number(m[1] ?? m[2] ?? m[3]);
    if (!latest || year > latest) latest = year;
  }
  return latest;
}

const REPORTED = new RegExp(String.raw`((?:19|20)\d{2})年(?:第?[一二三四]季度|前三季度|上半年|半年度|全年|年度)(?=[^。；\n]{0,12}?(?:实现|业绩|报告|营业收入|营收|归母|净利润))`
  + String.raw`|\b(?:Q[1-4]|H[12]|(?:first|second|third|fourth)[- ]quarter|full[- ]year|half[- ]year)\s+((?:19|20)\d{2})\s+(?:results|earnings)\b`
  + String.raw`|\b((?:19|20)\d{2})\s+(?:first|second|third|fourth)[- ]quarter (?:results|earnings)\b`, 'giu');

type Years = ReturnType<typeof yearCandidates>;

function isoOf(offset: number, fragment: string, years: Years): string | null {
  const d = findDates(fragment)[0];
  return d ? resolve(offset + d.index, d, years) : null;
}

function resolve(at: number, d: ReturnType<typeof findDates>[number], years: Years, reported: number | null = null): string | null {
  const near = d.year === null ? nearestYear(years, at) : null;
  const year = d.year ?? (reported !== null && (near === null || near < reported) ? reported : near);
  return year === null ? null : toIso(year, d.month, d.day);
}
