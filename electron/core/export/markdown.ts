import { formatChange, formatPeriod, formatValue } from '../../../shared/format.ts';
import { citation, type ExportData } from './collect.ts';

/** Text that Markdown shows as written: no markup, no raw HTML, no links, one line. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n+/gu, ' ').replace(/[\\`*_{}[\]()<>#+!|~]/gu, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`));
}

/** A Markdown report: a table of metrics, each citing a numbered footnote with its quoted sentence. */
export function toMarkdown(data: ExportData): Buffer {
  const lines = [
    `# ${escapeMarkdown(data.title)}`, '',
    `_${escapeMarkdown(data.scope)} · ${data.metrics.length} metric${data.metrics.length === 1 ? '' : 's'} · generated ${data.generatedAt.slice(0, 16).replace('T', ' ')} UTC by Assay_`, '',
    '| Label | Entity | Value | Change | Period | Status | Tags | Note |',
    '| --- | --- | ---: | ---: | --- | --- | --- | --- |',
    ...data.metrics.map((m, i) => `| ${[
      escapeMarkdown(m.label), escapeMarkdown(m.entity ?? ''), `${escapeMarkdown(`${m.qualifier ? `${m.qualifier} ` : ''}${formatValue(m.value, m.unit)}`)}[^${i + 1}]`,
      escapeMarkdown(formatChange(m)), escapeMarkdown(formatPeriod(m)), m.status, escapeMarkdown(m.tags ?? ''), escapeMarkdown(m.note ?? ''),
    ].join(' | ')} |`),
    '',
    ...data.metrics.map((m, i) => `[^${i + 1}]: ${escapeMarkdown(citation(m))}`),
    '',
  ];
  return Buffer.from(lines.join('\n'), 'utf8');
}
