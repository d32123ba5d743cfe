import type { Database } from 'better-sqlite3';
import { strToU8, zipSync } from 'fflate';
import { auditNote, formatChange, formatValue } from '../../../shared/format.ts';
import { listAnnotations } from '../anchor/web-annotations.ts';
import { DocumentStore } from '../db/documents.ts';
import { linkOf, type ExportData, type ExportMetric } from './collect.ts';
import { analystMarkdown, escapeMarkdown } from './markdown.ts';
import { exportPeriod } from './table-format.ts';

/*
 * The export as notes for Obsidian, Logseq or Zotero: one Markdown file per document with
 * its front matter, the analyst's highlights and notes, and the export's figures from it,
 * each with the link that opens it in Assay.
 */

/** A YAML string, quoted so a title with a colon or a quote stays one value. */
const yaml = (text: string) => JSON.stringify(text.replace(/\s+/gu, ' '));

/** A tag as Obsidian writes one: no spaces, nested with "/". */
const hashtag = (path: string) => `#${path.trim().replace(/\s+/gu, '-')}`;

const open = (link: string | null) => (link ? ` [Open in Assay](${link})` : '');

function figure(m: ExportMetric, data: ExportData): string[] {
  const audit = auditNote(m);
  const parts = [formatValue(m.value, m.unit), formatChange(m), exportPeriod(m), m.status === 'unreviewed' ? '' : m.status].filter(Boolean);
  const head = `- **${escapeMarkdown(m.label)}**${m.entity ? ` (${escapeMarkdown(m.entity)})` : ''}: ${escapeMarkdown(parts.join(' · '))}`;
  return [
    `${head}${open(linkOf(data, { metric: m.id }))}`,
    ...(m.sentence ? [`  > ${escapeMarkdown(m.sentence)}`] : []),
    ...(audit ? [`  - ✎ ${escapeMarkdown(audit)}`] : []),
    ...(m.note?.trim() ? m.note.trim().split('\n').map((line, i) => `  ${i ? '  ' : '- '}${analystMarkdown(line)}`) : []),
  ];
}

/** One document's note: front matter, highlights and notes, then the figures. */
function noteOf(db: Database, documentId: number, metrics: ExportMetric[], data: ExportData): { title: string; text: string } {
  const doc = new DocumentStore(db).get(documentId);
  const front = [
    '---', `title: ${yaml(doc.title)}`, `file: ${yaml(doc.fileName)}`,
    ...(doc.source ? [`source: ${yaml(doc.source)}`] : []), ...(doc.publisher ? [`publisher: ${yaml(doc.publisher)}`] : []),
    ...(doc.url ? [`url: ${yaml(doc.url)}`] : []), ...(doc.published ? [`published: ${yaml(doc.published)}`] : []),
    'tags: [assay]', '---', '',
  ];
  const highlights = listAnnotations(db, documentId).flatMap((a) => [
    ...(a.quote ? [`> ${escapeMarkdown(a.quote)}`, '>'] : []),
    ...(a.note.trim() ? [analystMarkdown(a.note.trim()), ''] : []),
    ...(a.tags.length ? [a.tags.map(hashtag).join(' ')] : []),
    `${a.state === 'orphaned' ? '_Orphaned: its words are no longer in the document._ ' : ''}${open(linkOf(data, { annotation: a.id })).trim()}`, '',
  ]);
  const lines = [
    ...front, `# ${escapeMarkdown(doc.title)}`, '',
    ...(highlights.length ? ['## Highlights and notes', '', ...highlights] : []),
    ...(metrics.length ? ['## Figures', '', ...metrics.flatMap((m) => figure(m, data)), ''] : []),
  ];
  return { title: doc.title, text: `${lines.join('\n').replace(/\n{3,}/gu, '\n\n').trimEnd()}\n` };
}

/** A file name from a title: no path separators or characters Windows refuses, unique in the zip. */
function fileNames(titles: string[]): string[] {
  const seen = new Map<string, number>();
  return titles.map((title) => {
    const base = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/gu, '-').replace(/\s+/gu, ' ').trim().slice(0, 120) || 'document';
    const n = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), n);
    return `${base}${n > 1 ? ` (${n})` : ''}.md`;
  });
}

/** A zip of Markdown notes, one per document the export's figures come from. */
export function toNotes(db: Database, data: ExportData): Buffer {
  const byDocument = new Map<number, ExportMetric[]>();
  for (const m of data.metrics) byDocument.set(m.documentId, [...(byDocument.get(m.documentId) ?? []), m]);
  const notes = [...byDocument].map(([id, metrics]) => noteOf(db, id, metrics, data));
  const names = fileNames(notes.map((n) => n.title));
  return Buffer.from(zipSync(Object.fromEntries(notes.map((n, i) => [names[i]!, strToU8(n.text)]))));
}
