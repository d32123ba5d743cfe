import { formatChange, formatPeriod, formatValue } from '../../../shared/format.ts';
import { citation, type ExportData } from './collect.ts';
import { escapeHtml } from './safe.ts';
import { svgCharts } from './svg-chart.ts';

const STYLE = `
body { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1f21; margin: 32px auto; max-width: 1000px; padding: 0 24px; }
h1 { font: 600 22px Georgia, serif; margin: 0 0 4px; } .meta { color: #6b6f76; margin: 0 0 20px; }
h2 { font-size: 15px; margin: 24px 0 8px; border-bottom: 1px solid #e2e2de; padding-bottom: 4px; }
table { border-collapse: collapse; width: 100%; font-size: 12px; } th, td { border-bottom: 1px solid #e2e2de; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #f7f7f5; position: sticky; top: 0; } td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
sup a { text-decoration: none; } .note { white-space: pre-wrap; color: #333; } .status { text-transform: capitalize; }
ol.sources { font-size: 12px; color: #333; padding-left: 28px; } ol.sources li { margin: 2px 0; } q { font-family: Georgia, serif; }
.chart { break-inside: avoid; margin: 8px 0 16px; } .flag { color: #b26a00; }
@media print { body { margin: 0; max-width: none; } th { position: static; } }`;

/**
 * One self-contained HTML file: styles inline, charts as inline SVG, no scripts and a CSP
 * that forbids any request. Every figure links to its numbered source with the quoted sentence.
 */
export function toHtml(data: ExportData): Buffer {
  const rows = data.metrics.map((m, i) => `<tr id="m${m.id}">
<td>${escapeHtml(m.label)}${m.conflicts || m.changeMismatch ? ' <span class="flag" title="Cross-source check">⚠</span>' : ''}</td><td>${escapeHtml(m.entity ?? '')}</td>
<td class="num">${escapeHtml(`${m.qualifier ? `${m.qualifier} ` : ''}${formatValue(m.value, m.unit)}`)}<sup><a href="#s${i + 1}">${i + 1}</a></sup></td>
<td class="num">${escapeHtml(formatChange(m))}</td><td>${escapeHtml(formatPeriod(m))}</td><td class="status">${escapeHtml(m.status)}</td>
<td>${escapeHtml(m.tags ?? '')}</td><td class="note">${escapeHtml(m.note ?? '')}</td></tr>`).join('\n');
  const sources = data.metrics.map((m, i) => `<li id="s${i + 1}">${escapeHtml(citation(m))}</li>`).join('\n');
  const charts = svgCharts(data.metrics).map((c) => `<figure class="chart" aria-label="${escapeHtml(c.name)}">${c.svg}</figure>`).join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(data.title)}</title><style>${STYLE}</style></head>
<body>
<h1>${escapeHtml(data.title)}</h1>
<p class="meta">${escapeHtml(data.scope)} · ${data.metrics.length.toLocaleString('en-US')} metric${data.metrics.length === 1 ? '' : 's'} · generated ${escapeHtml(data.generatedAt.slice(0, 16).replace('T', ' '))} UTC by Assay</p>
${charts ? `<h2>Charts</h2>\n${charts}` : ''}
<h2>Metrics</h2>
<table><thead><tr><th>Label</th><th>Entity</th><th>Value</th><th>Change</th><th>Period</th><th>Status</th><th>Tags</th><th>Note</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<h2>Sources</h2>
<ol class="sources">
${sources}
</ol>
</body></html>
`;
  return Buffer.from(html, 'utf8');
}
