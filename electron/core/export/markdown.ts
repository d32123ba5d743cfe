import { auditNote, formatChange, formatPeriod, formatValue } from '../../../shared/format.ts';
import type { Series } from '../../../shared/chart.ts';
import { annotationCitation, citation, linkOf, subtitle, type ExportAnnotation, type ExportData, type ExportMetric } from './collect.ts';

/** Text that Markdown shows as written: no markup, no raw HTML, no links, one line. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n+/gu, ' ').replace(/[\\`*_{}[\]()<>#+!|~]/gu, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`));
}

/** The analyst's own Markdown (a summary, a note): kept as Markdown, but raw HTML shows as text and only http(s) links stay links. */
export function analystMarkdown(text: string): string {
  return text.replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/\]\((?!https?:\/\/)([^)]*)\)/gu, (_m, url: string) => `\\]\\(${url}\\)`).replace(/!\[/gu, '\\![')
    // A reference definition ("[r]: javascript:…") makes every [r] a link in a Markdown viewer: only http(s) may stay one.
    .replace(/^( {0,3})\[([^\]\n]*)\]:([ \t]*)(\S*)/gmu, (whole, indent: string, name: string, gap: string, url: string) =>
      (/^https?:\/\//iu.test(url) ? whole : `${indent}\\[${name}\\]:${gap}${url}`));
}

/**
 * Numbered footnotes, one per distinct citation: the figures of one sentence share a note, as they share a
 * source in the HTML export. Each note links back into Assay (when the export has links): to its figure, or
 * to each of its figures by label.
 */
class Footnotes {
  private readonly notes: Array<{ text: string; opens: Array<{ label: string; href: string }> }> = [];
  private readonly byText = new Map<string, number>();
  private readonly data: Pick<ExportData, 'links'>;

  constructor(data: Pick<ExportData, 'links'>) {
    this.data = data;
  }

  cite(text: string, target: { metric: number } | { annotation: number }, label = 'the annotation'): string {
    let n = this.byText.get(text);
    if (n === undefined) {
      this.notes.push({ text, opens: [] });
      n = this.notes.length;
      this.byText.set(text, n);
    }
    const link = linkOf(this.data, target);
    const opens = this.notes[n - 1]!.opens;
    if (link && !opens.some((o) => o.href === link)) opens.push({ label, href: link });
    return `[^${n}]`;
  }

  /** The notes as Markdown lines. Links are URL-encoded (no spaces or parentheses), so they stand in `(…)` as written. */
  lines(): string[] {
    return this.notes.map(({ text, opens }, i) => {
      const open = opens.length === 1 ? ` [Open in Assay](${opens[0]!.href})`
        : opens.length ? ` Open in Assay: ${opens.map((o) => `[${escapeMarkdown(o.label)}](${o.href})`).join(' · ')}` : '';
      return `[^${i + 1}]: ${escapeMarkdown(text)}${open}`;
    });
  }
}

function table(metrics: ExportMetric[], notes: Footnotes): string[] {
  return [
    '| Label | Entity | Value | Change | Period | Status | Tags | Note |',
    '| --- | --- | ---: | ---: | --- | --- | --- | --- |',
    ...metrics.map((m) => `| ${[
      escapeMarkdown(m.label), escapeMarkdown(m.entity ?? ''), `${escapeMarkdown(`${m.qualifier ? `${m.qualifier} ` : ''}${formatValue(m.value, m.unit)}`)}${notes.cite(citation(m), { metric: m.id }, m.label)}${auditNote(m) ? ` ✎ (${escapeMarkdown(auditNote(m)!)})` : ''}`,
      escapeMarkdown(formatChange(m)), escapeMarkdown(formatPeriod(m)), m.status, escapeMarkdown(m.tags ?? ''), escapeMarkdown(m.note ?? ''),
    ].join(' | ')} |`),
    '',
  ];
}

function chart(series: Series): string[] {
  return [`**Chart: ${escapeMarkdown(series.name)}**${series.unit ? ` (${escapeMarkdown(series.unit)})` : ''}`, '', '| Period end | Value | Document |', '| --- | ---: | --- |',
    ...series.points.map((p) => `| ${p.periodEnd} | ${escapeMarkdown(formatValue(p.value, p.unit))} | ${escapeMarkdown(p.documentTitle)} |`), ''];
}

function annotation(a: ExportAnnotation, notes: Footnotes): string[] {
  return [...(a.quote ? [`> “${escapeMarkdown(a.quote)}”${notes.cite(annotationCitation(a), { annotation: a.id })}`] : [`> ${escapeMarkdown(a.target)}${notes.cite(annotationCitation(a), { annotation: a.id })}`]), '>',
    ...analystMarkdown(a.body).split('\n').map((l) => `> ${l}`), ...(a.tags.length ? ['>', `> _${escapeMarkdown(a.tags.join(', '))}_`] : []), ''];
}

/** A Markdown report: tables of metrics, charts as tables of their points, quotes; every figure and quote cites a numbered footnote. */
export function toMarkdown(data: ExportData): Buffer {
  const notes = new Footnotes(data);
  const lines = [
    `# ${escapeMarkdown(data.title)}`, '',
    `_${escapeMarkdown(subtitle(data))}_`, '',
  ];
  if (!data.report) lines.push(...table(data.metrics, notes));
  else {
    if (data.report.summary.trim()) lines.push(analystMarkdown(data.report.summary), '');
    for (const section of data.report.sections) {
      if (section.heading) lines.push(`## ${escapeMarkdown(section.heading)}`, '');
      if (section.commentary.trim()) lines.push(analystMarkdown(section.commentary), '');
      for (const b of section.blocks) lines.push(...(b.kind === 'metrics' ? table(b.metrics, notes) : b.kind === 'chart' ? chart(b.series) : annotation(b.annotation, notes)));
    }
  }
  lines.push(...notes.lines(), '');
  return Buffer.from(lines.join('\n'), 'utf8');
}
