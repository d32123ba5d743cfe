import { auditNote, formatChange, formatPeriodInFull, formatValue } from '../../../shared/format.ts';
import { exportPeriod, optionalColumns, valueColumn } from './table-format.ts';
import { annotationCitation, linkOf, subtitle, whereOf, type ExportAnnotation, type ExportData, type ExportMetric } from './collect.ts';
import { markdownToHtml } from './markdown-html.ts';
import { escapeHtml } from './safe.ts';
import { figureInSentence } from '../../../shared/figure-in-sentence.ts';
import { chartSeries, svgChart } from './svg-chart.ts';
import type { Series } from '../../../shared/chart.ts';
import { joinBlocks, splitBlocks, type Block, type ListBlock } from './html-parts.ts';

const STYLE = `
body { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1f21; margin: 32px auto; max-width: 1000px; padding: 0 24px; }
h1 { font: 600 24px/1.25 Georgia, serif; margin: 0 0 4px; } .meta { color: #6b6f76; margin: 0 0 20px; border-bottom: 2px solid #1d1f21; padding-bottom: 10px; }
h2 { font: 600 16px Georgia, serif; margin: 26px 0 8px; border-bottom: 1px solid #d8d8d2; padding-bottom: 4px; break-after: avoid; }
table { border-collapse: collapse; width: 100%; font-size: 12px; margin: 6px 0 16px; } th, td { border-bottom: 1px solid #e6e6e1; padding: 4px 8px; text-align: left; vertical-align: top; }
th { font-weight: 600; color: #44474c; border-bottom: 1.5px solid #1d1f21; white-space: nowrap; } th.num, td.num { text-align: right; }
td.num { font-variant-numeric: tabular-nums; white-space: nowrap; } td.period { white-space: nowrap; } td.metric { min-width: 14em; }
.entity { color: #6b6f76; font-size: 11px; } td.change.up { color: #1a7f37; } td.change.down { color: #c0392b; }
tr.has-note td { border-bottom: 0; } tr.note-row td { padding-top: 0; color: #333; font-size: 11.5px; } tr.note-row .note { border-left: 3px solid #e0b841; padding-left: 8px; }
.note p { margin: 2px 0; } .note ul, .note ol { margin: 2px 0; padding-left: 18px; }
sup a { text-decoration: none; color: #2457a6; } .status { text-transform: capitalize; color: #44474c; } .tags { color: #6b6f76; }
.audit { color: #a15c00; } .extracted { font-size: 10px; color: #a15c00; white-space: normal; text-align: right; }
ol.sources { font-size: 11.5px; color: #333; padding-left: 28px; } ol.sources li { margin: 3px 0; }
ol.sources.wide4 { padding-left: 38px; } ol.sources.wide5 { padding-left: 46px; } ol.sources.wide6 { padding-left: 54px; } ol.sources mark { background: #fff1b8; padding: 0 1px; }
.open-in { font-size: 10.5px; color: #6b6f76; white-space: nowrap; } .open-in a { color: #2457a6; }
.correction { color: #a15c00; font-size: 11px; } q { font-family: Georgia, serif; }
.chart { break-inside: avoid; margin: 10px 0 18px; } .chart figcaption { color: #6b6f76; font-size: 11px; border-top: 1px solid #e6e6e1; padding-top: 3px; } .flag { color: #b26a00; }
.summary { font-size: 14px; line-height: 1.55; } .commentary { font-size: 13px; line-height: 1.55; margin: 0 0 8px; } blockquote.annotation { margin: 8px 0 14px; padding: 6px 12px; border-left: 4px solid #e0b841; background: #fbfaf5; break-inside: avoid; }
blockquote.annotation .cite { color: #6b6f76; font-size: 12px; margin: 4px 0 0; }
@media print { body { margin: 0; max-width: none; padding: 0; } tr { break-inside: avoid; } tr.has-note { break-after: avoid; } }`;

/** A link back into Assay from a source: what it opens (a figure's label when a source has several) and where. */
interface OpenIn { label: string; href: string }

/**
 * Numbers the sources figures and quotes cite, one number per distinct sentence: three
 * figures of one sentence share a source, whose quote marks each of them. Each source links
 * back into Assay; one cited by several figures links to each of them by label, since every
 * figure has its own span in the reader and its own history in the inspector.
 */
class Sources {
  private readonly entries: Array<{
    where: string; sentence: string | null; marks: Array<[number, number]>; notes: string[]; opens: OpenIn[];
  }> = [];
  private readonly byKey = new Map<string, number>();
  private readonly data: Pick<ExportData, 'links'>;

  constructor(data: Pick<ExportData, 'links'>) {
    this.data = data;
  }

  /** A plain citation (an annotation's), linking back to the annotation. */
  cite(text: string, annotationId?: number): number {
    const n = this.add(text, null);
    const href = annotationId === undefined ? null : linkOf(this.data, { annotation: annotationId });
    if (href) this.entries[n - 1]!.opens.push({ label: 'the annotation', href });
    return n;
  }

  /** A metric's citation: its sentence, the figure marked, and a word when the analyst corrected the value. */
  citeMetric(m: ExportMetric): number {
    const n = this.add(whereOf(m), m.sentence);
    const entry = this.entries[n - 1]!;
    const href = linkOf(this.data, { metric: m.id });
    if (href && !entry.opens.some((o) => o.href === href)) entry.opens.push({ label: m.label, href });
    const at = m.sentence ? figureInSentence(m.sentence, m.surface, m.surfaceOffset) : -1;
    if (at >= 0 && !entry.marks.some(([a]) => a === at)) entry.marks.push([at, at + m.surface!.length]);
    const audit = auditNote(m);
    if (audit) entry.notes.push(`${m.label}: corrected by the analyst to ${formatValue(m.value, m.unit)} (${audit.replace(/^Edited; /u, '')})`);
    return n;
  }

  private add(where: string, sentence: string | null): number {
    const key = `${where}\u0000${sentence ?? ''}`;
    const known = this.byKey.get(key);
    if (known) return known;
    this.entries.push({ where, sentence, marks: [], notes: [], opens: [] });
    this.byKey.set(key, this.entries.length);
    return this.entries.length;
  }

  /** The list's class: past 999 sources its numbers need a wider margin than the default, which cuts "10000." to "000.". */
  private listClass(): string {
    const digits = String(this.entries.length).length;
    return digits > 3 ? `sources wide${Math.min(digits, 6)}` : 'sources';
  }

  /** The numbered list: where, then the quote with its figures marked, then any correction and the links back. */
  list(): ListBlock {
    const items = this.entries.map((e, i) => `<li id="s${i + 1}">${escapeHtml(e.where)}${e.sentence ? `: “${marked(e.sentence, e.marks)}”` : ''}${
      e.notes.map((n) => `<div class="correction">✎ ${escapeHtml(n)}</div>`).join('')}${openLinks(e.opens)}</li>`);
    // A list cut in two (html-parts.ts) goes on numbering where it stopped.
    return { open: (first) => `<ol class="${this.listClass()}"${first ? ` start="${first + 1}"` : ''}>\n`, items, close: '\n</ol>' };
  }
}

/** "Open in Assay", or "Open in Assay: Label A · Label B" when a source is cited by several figures. */
function openLinks(opens: OpenIn[]): string {
  if (!opens.length) return '';
  const a = (o: OpenIn, text: string) => `<a class="open" href="${escapeHtml(o.href)}">${escapeHtml(text)}</a>`;
  const links = opens.length === 1 ? a(opens[0]!, 'Open in Assay') : `Open in Assay: ${opens.map((o) => a(o, o.label)).join(' · ')}`;
  return ` <span class="open-in">${links}</span>`;
}

/** The sentence, escaped, with each figure's span in <mark>. */
function marked(sentence: string, marks: Array<[number, number]>): string {
  let out = '';
  let at = 0;
  for (const [a, b] of [...marks].sort((x, y) => x[0] - y[0])) {
    if (a < at) continue;
    out += `${escapeHtml(sentence.slice(at, a))}<mark>${escapeHtml(sentence.slice(a, b))}</mark>`;
    at = b;
  }
  return out + escapeHtml(sentence.slice(at));
}

function table(metrics: ExportMetric[], sources: Sources): ListBlock {
  const value = valueColumn(metrics);
  const has = optionalColumns(metrics);
  const columns = 3 + Number(has.change) + Number(has.status) + Number(has.tags);
  const rows = metrics.map((m) => {
    const n = sources.citeMetric(m);
    const audit = auditNote(m);
    const cells = [
      `<td class="metric">${escapeHtml(m.label)}${m.conflicts || m.changeMismatch ? ' <span class="flag" title="Cross-source check">⚠</span>' : ''}${m.entity ? `<div class="entity">${escapeHtml(m.entity)}</div>` : ''}</td>`,
      `<td class="num">${escapeHtml(`${m.qualifier ? `${m.qualifier} ` : ''}${value.cell(m)}`)}<sup><a href="#s${n}">${n}</a></sup>${audit ? `<span class="audit" title="${escapeHtml(audit)}"> ✎</span><div class="extracted">${escapeHtml(audit)}</div>` : ''}</td>`,
      has.change ? `<td class="num change ${m.changeDirection ?? ''}">${escapeHtml(formatChange(m))}</td>` : '',
      `<td class="period" title="${escapeHtml(formatPeriodInFull(m))}">${escapeHtml(exportPeriod(m))}</td>`,
      has.status ? `<td class="status">${escapeHtml(m.status === 'unreviewed' ? '' : m.status)}</td>` : '',
      has.tags ? `<td class="tags">${escapeHtml(m.tags ?? '')}</td>` : '',
    ];
    const note = m.note?.trim() ? `\n<tr class="note-row"><td colspan="${columns}"><div class="note">${markdownToHtml(m.note)}</div></td></tr>` : '';
    return `<tr id="m${m.id}"${note ? ' class="has-note"' : ''}>${cells.join('')}</tr>${note}`;
  });
  const heads = ['<th>Metric</th>', `<th class="num">${escapeHtml(value.header)}</th>`, has.change ? '<th class="num">Change</th>' : '', '<th>Period</th>',
    has.status ? '<th>Status</th>' : '', has.tags ? '<th>Tags</th>' : ''];
  // A table cut in two (html-parts.ts) goes on at the top of a page, as the tables printing splits it into do (print-page.ts).
  const open = (first: number) => `<table class="metrics${first ? ' continued' : ''}"><thead><tr>${heads.join('')}</tr></thead>\n<tbody>\n`;
  return { open, items: rows, close: '\n</tbody></table>' };
}

function annotation(a: ExportAnnotation, sources: Sources): string {
  const n = sources.cite(annotationCitation(a), a.id);
  return `<blockquote class="annotation">${a.quote ? `<q>${escapeHtml(a.quote)}</q>` : ''}
<div class="note">${markdownToHtml(a.body)}</div>${a.tags.length ? `<p class="tags">${escapeHtml(a.tags.join(', '))}</p>` : ''}
<p class="cite">${escapeHtml(a.documentTitle)}<sup><a href="#s${n}">${n}</a></sup></p></blockquote>`;
}

/** A chart with its source line: the documents its points come from. */
function figure(series: Series): string {
  const documents = [...new Set(series.points.map((p) => p.documentTitle))];
  return `<figure class="chart" aria-label="${escapeHtml(series.name)}">${svgChart(series)}
<figcaption>Source${documents.length === 1 ? '' : 's'}: ${escapeHtml(documents.join('; '))}</figcaption></figure>`;
}

function gridBody(data: ExportData, sources: Sources): Block[] {
  const charts = chartSeries(data.metrics).map(figure).join('\n');
  return [`${charts ? `<h2>Charts</h2>\n${charts}` : ''}\n<h2>Metrics</h2>\n`, table(data.metrics, sources)];
}

function reportBody(report: NonNullable<ExportData['report']>, sources: Sources): Block[] {
  const summary = report.summary.trim() ? `<section class="summary">${markdownToHtml(report.summary)}</section>` : '';
  const sections = report.sections.map((s, i): Block[] => [`${i ? '\n' : ''}<section>${s.heading ? `<h2>${escapeHtml(s.heading)}</h2>` : ''}
${s.commentary.trim() ? `<div class="commentary">${markdownToHtml(s.commentary)}</div>` : ''}
`, ...s.blocks.map((b, j): Block[] => [j ? '\n' : '', b.kind === 'metrics' ? table(b.metrics, sources) : b.kind === 'chart'
    ? figure(b.series) : annotation(b.annotation, sources)]).flat(), '</section>']);
  return [`${summary}\n`, ...sections.flat()];
}

/** An export's title and body, the body as blocks (html-parts.ts) so that a large one can be printed in parts. */
export interface HtmlBlocks { title: string; blocks: Block[] }

/** The export as blocks: the title block, the grid or the report, then the numbered sources. */
export function htmlBlocks(data: ExportData): HtmlBlocks {
  const sources = new Sources(data);
  const body = data.report ? reportBody(data.report, sources) : gridBody(data, sources);
  const top = `<h1>${escapeHtml(data.title)}</h1>\n<p class="meta">${escapeHtml(subtitle(data))}</p>\n`;
  return { title: data.title, blocks: [top, ...body, '\n<h2>Sources</h2>\n', sources.list(), '\n'] };
}

function page(title: string, body: string): Buffer {
  return Buffer.from(`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>
${body}</body></html>
`, 'utf8');
}

/** The blocks as one page. */
export function blocksToHtml(doc: HtmlBlocks): Buffer {
  return page(doc.title, joinBlocks(doc.blocks));
}

/** The blocks as at most `n` pages of about equal length, in order: the title block in the first, the sources' end in the last. */
export function blocksToHtmlParts(doc: HtmlBlocks, n: number): Buffer[] {
  return splitBlocks(doc.blocks, n).map((body) => page(doc.title, body));
}

/**
 * One self-contained HTML file: styles inline, charts as inline SVG, no scripts and a CSP
 * that forbids any request. Every figure and quote links to its numbered source.
 */
export function toHtml(data: ExportData): Buffer {
  return blocksToHtml(htmlBlocks(data));
}
