import path from 'node:path';
import { z } from 'zod';
import { AssayError } from '../../shared/errors.ts';
import { calendarDayProblem } from '../../shared/calendar-day.ts';
import type { ExtractedMetric } from '../../shared/metrics.ts';
import { extractDocument } from '../core/extract/extract-document.ts';
import { readSourceFile } from '../core/import/import-file.ts';
import { parseAnyDocument } from '../core/ingest/parse-any.ts';
import { argument, type Command } from './command.ts';
import { clip, table } from './output.ts';

/** --date: a day on the calendar written YYYY-MM-DD ("2024-13-01" and "2025-02-30" are refused, saying why). */
const DateArg = z.string().superRefine((day, ctx) => {
  const problem = calendarDayProblem(day);
  if (problem) ctx.addIssue({ code: 'custom', message: `--date takes a day written YYYY-MM-DD: ${problem}` });
}).optional();

/** A figure formatted for reading: "9.287 billion yuan" → "9,287,000,000 CNY". */
export function formatValue(value: number, unit: string): string {
  const number = Number(value.toPrecision(12)).toLocaleString('en-US', { maximumFractionDigits: 6 });
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

function changeText(m: ExtractedMetric): string {
  if (!m.change) return '';
  const sign = m.change.value > 0 ? '+' : '';
  const basis = m.change.basis === 'since' ? `since ${m.change.since}` : m.change.basis === 'unspecified' ? '' : m.change.basis.toUpperCase();
  return `${sign}${formatValue(m.change.value, m.change.unit)} ${basis}`.trim();
}

/** The JSON line for one metric: the fields the command documents, in that order. */
function jsonLine(file: string, m: ExtractedMetric): string {
  return JSON.stringify({
    file, span: m.span, text: m.text, sentence: m.sentence, label: m.label, entity: m.entity, value: m.value, unit: m.unit,
    display: m.display, change: m.change, moreChanges: m.moreChanges, period: m.period, qualifier: m.qualifier, kind: m.kind,
  });
}

export const extractCommand: Command = {
  name: 'extract',
  usage: 'assay extract FILE… [--date YYYY-MM-DD] [--json]',
  summary: 'Print every metric in files (no workspace needed); spans index the text `assay text` prints.',
  options: { date: { type: 'string' } },
  async run(args, io) {
    if (!args.positionals.length) throw new AssayError('USAGE', 'Name at least one file to extract metrics from.');
    const date = argument(DateArg, args.values.date);
    let failed = 0;
    for (const file of args.positionals) {
      let metrics: ExtractedMetric[];
      try {
        metrics = extractDocument(await parseAnyDocument(readSourceFile(file), path.basename(file)), date);
      } catch (error) {
        io.err(`✗ ${file}: ${(error as Error).message}`);
        failed++;
        continue;
      }
      if (args.values.json) {
        for (const m of metrics) io.out(jsonLine(file, m));
        continue;
      }
      io.out(`${file}: ${metrics.length} metric${metrics.length === 1 ? '' : 's'}`);
      if (!metrics.length) continue;
      io.out(table(['LABEL', 'VALUE', 'CHANGE', 'PERIOD', 'KIND', 'TEXT'], metrics.map((m) => [
        clip(m.label, 44), `${m.qualifier ? `${m.qualifier} ` : ''}${formatValue(m.value, m.unit)}`, changeText(m),
        m.period ? `${m.period.label} (${m.period.start === m.period.end ? m.period.start : `${m.period.start}…${m.period.end}`})` : '', m.kind, clip(m.text, 30),
      ])));
      io.out('');
    }
    return failed ? 1 : 0;
  },
};
