import { auditNote, formatChange, formatPeriod, formatValue } from '../../../shared/format.ts';
import { annotationCitation, citation, subtitle, type ExportAnnotation, type ExportData, type ExportMetric } from './collect.ts';
import { markdownToHtml } from './markdown-html.ts';
import { escapeHtml } from './safe.ts';
import { svgChart, svgCharts } from './svg-chart.ts';

const STYLE = `
body { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1f21; margin: 32px auto; max-width: 1000px; padding: 0 24px; }
h1 { font: 600 22px Georgia, serif; margin: 0 0 4px; } .meta { color: #6b6f76; margin: 0 0 20px; }
h2 { font-size: 15px; margin: 24px 0 8px; border-bottom: 1px solid #e2e2de; padding-bottom: 4px; }
table { border-collapse: collapse; width: 100%; font-size: 12px; margin: 6px 0 14px; } th, td { border-bottom: 1px solid #e2e2de; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #f7f7f5; } td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
sup a { text-decoration: none; } .note { white-space: pre-wrap; color: #333; } .status { text-transform: capitalize; } .audit { color: #a15c00; } .extracted { font-size: 10px; color: #a15c00; white-space: normal; text-align: right; }
ol.sources { font-size: 12px; color: #333; padding-left: 28px; } ol.sources li { margin: 2px 0; } q { font-family: Georgia, serif; }
.chart { break-inside: avoid; margin: 8px 0 16px; } .flag { color: #b26a00; }
.summary { font-size: 14px; line-height: 1.55; } blockquote.annotation { margin: 8px 0 14px; padding: 6px 12px; border-left: 4px solid #e0b841; background: #fbfaf5; break-inside: avoid; }
blockquote.annotation .cite { color: #6b6f76; font-size: 12px; margin: 4px 0 0; } .tags { color: #6b6f76; font-size: 11px; }
@media print { body { margin: 0; max-width: none; } }`;

/** Numbers sources as figures and quotes cite them, so each appears once in the list at the end. */
class Sources {
  readonly list: string[] = [];

  cite(text: string): number {
    this.list.push(text);
    return this.list.length;
  }
}

function table(metrics: ExportMetric[], sources: Sources): string {
  const rows = metrics.map((m) => {
    const n = sources.cite(citation(m));
    const audit = auditNote(m);
    return `<tr id="m${m.id}">
<td>${escapeHtml(m.label)}${m.conflicts || m.changeMismatch ? ' <span class="flag" title="Cross-source check">⚠</span>' : ''}</td><td>${escapeHtml(m.entity ?? '')}</td>
<td class="num">${escapeHtml(`${m.qualifier ? `${m.qualifier} ` : ''}${formatValue(m.value, m.unit)}`)}<sup><a href="#s${n}">${n}</a></sup>${audit ? `<span class="audit" title="${escapeHtml(audit)}"> ✎</span><div class="extracted">${escapeHtml(audit)}</div>` : ''}</td>
<td class="num">${escapeHtml(formatChange(m))}</td><td>${escapeHtml(formatPeriod(m))}</td><td class="status">${escapeHtml(m.status)}</td>
<td>${escapeHtml(m.tags ?? '')}</td><td class="note">${escapeHtml(m.note ?? '')}</td></tr>`;
  }).join('\n');
  return `<table><thead><tr><th>Label</th><th>Entity</th><th>Value</th><th>Change</th><th>Period</th><th>Status</th><th>Tags</th><th>Note</th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
}

function annotation(a: ExportAnnotation, sources: Sources): string {
  const n = sources.cite(annotationCitation(a));
  return `<blockquote class="annotation">${a.quote ? `<q>${escapeHtml(a.quote)}</q>` : ''}
<div class="note">${markdownToHtml(a.body)}</div>${a.tags.length ? `<p class="tags">${escapeHtml(a.tags.join(', '))}</p>` : ''}
<p class="cite">${escapeHtml(a.documentTitle)}<sup><a href="#s${n}">${n}</a></sup></p></blockquote>`;
}

function gridBody(data: ExportData, sources: Sources): string {
  const charts = svgCharts(data.metrics).map((c) => `<figure class="chart" aria-label="${escapeHtml(c.name)}">${c.svg}</figure>`).join('\n');
  return `${charts ? `<h2>Charts</h2>\n${charts}` : ''}\n<h2>Metrics</h2>\n${table(data.metrics, sources)}`;
}

function reportBody(report: NonNullable<ExportData['report']>, sources: Sources): string {
  const summary = report.summary.trim() ? `<section class="summary">${markdownToHtml(report.summary)}</section>` : '';
  const sections = report.sections.map((s) => `<section>${s.heading ? `<h2>${escapeHtml(s.heading)}</h2>` : ''}
${s.blocks.map((b) => (b.kind === 'metrics' ? table(b.metrics, sources) : b.kind === 'chart'
    ? `<figure class="chart" aria-label="${escapeHtml(b.series.name)}">${svgChart(b.series)}</figure>` : annotation(b.annotation, sources))).join('\n')}</section>`).join('\n');
  return `${summary}\n${sections}`;
}

/**
 * One self-contained HTML file: styles inline, charts as inline SVG, no scripts and a CSP
 * that forbids any request. Every figure and quote links to its numbered source.
 */
export function toHtml(data: ExportData): Buffer {
  const sources = new Sources();
  const body = data.report ? reportBody(data.report, sources) : gridBody(data, sources);
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(data.title)}</title><style>${STYLE}</style></head>
<body>
<h1>${escapeHtml(data.title)}</h1>
<p class="meta">${escapeHtml(subtitle(data))}</p>
${body}
<h2>Sources</h2>
<ol class="sources">
${sources.list.map((s, i) => `<li id="s${i + 1}">${escapeHtml(s)}</li>`).join('\n')}
</ol>
</body></html>
`;
  return Buffer.from(html, 'utf8');
}
