import type { ImportOutcome, ImportSummary } from '../../shared/imports.ts';
import { startImport } from '../core/jobs/import-job.ts';
import { AssayError } from '../../shared/errors.ts';
import type { Command } from './command.ts';
import { plural, progressLine, printable } from './output.ts';
import { prepareWorkspace } from './workspace-arg.ts';

function summaryLine(summary: ImportSummary): string {
  const count = (status: ImportOutcome['status']) => summary.outcomes.filter((o) => o.status === status).length;
  const metrics = summary.outcomes.reduce((n, o) => n + (o.status === 'imported' || o.status === 'new-version' ? o.metrics : 0), 0);
  const parts = [
    `${plural(count('imported'), 'document')} imported (${plural(metrics, 'metric')})`,
    `${plural(count('new-version'), 'new version')}`,
    `${count('unchanged')} unchanged`,
    `${count('failed')} failed`,
  ];
  if (summary.skipped.length) parts.push(`${plural(summary.skipped.length, 'file')} skipped in folders`);
  if (summary.unreadable.length) parts.push(`${summary.unreadable.length} folder ${summary.unreadable.length === 1 ? 'entry' : 'entries'} could not be followed`);
  return `${parts.join(', ')}${summary.cancelled ? ' (cancelled)' : ''}.`;
}

export const importCommand: Command = {
  name: 'import',
  usage: 'assay import FILE|DIR… [--workspace PATH] [--json]',
  summary: 'Import PDF, DOCX, HTML, Markdown and TXT files (folders are walked) into the workspace.',
  async run(args, io) {
    if (!args.positionals.length) throw new AssayError('USAGE', 'Name at least one file or folder to import.');
    const workspacePath = await prepareWorkspace(args);
    let drawn = false;
    const job = startImport(workspacePath, args.positionals, {
      onProgress: (p) => {
        if (!io.interactive || args.values.json || (p.total < 2 && p.bytesTotal < 1_000_000)) return;
        process.stderr.write(progressLine(p.done, p.total, p.bytesDone, p.bytesTotal, printable(p.file ?? 'done')));
        drawn = true;
      },
      onOutcome: (o) => {
        if (o.status !== 'failed' || args.values.json) return;
        if (drawn) process.stderr.write('\r\x1b[K');
        io.err(`✗ ${o.file}: ${o.error}`);
      },
    });
    process.once('SIGINT', () => job.cancel());
    const summary = await job.result;
    if (drawn) process.stderr.write('\r\x1b[K');
    if (!args.values.json) for (const u of summary.unreadable) io.err(`⚠ ${u.path}: ${u.reason}`);
    if (args.values.json) io.out(JSON.stringify(summary));
    else io.out(summaryLine(summary));
    return summary.outcomes.some((o) => o.status === 'failed') ? 1 : 0;
  },
};
