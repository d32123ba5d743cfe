import type { Command } from './command.ts';
import { clip, table } from './output.ts';
import { openService } from './workspace-arg.ts';

export const docsCommand: Command = {
  name: 'docs',
  usage: 'assay docs [--workspace PATH] [--json]',
  summary: 'List the documents in the workspace.',
  async run(args, io) {
    const service = await openService(args);
    const docs = service.call('documents.list', {});
    if (args.values.json) {
      io.out(JSON.stringify(docs));
      return 0;
    }
    if (!docs.length) {
      io.out('No documents yet. Import some with: assay import FILE|DIR…');
      return 0;
    }
    io.out(table(['ID', 'PUBLISHED', 'VER', 'PASSAGES', 'TITLE'], docs.map((d) => [
      String(d.id), d.published ?? '—', String(d.version), String(d.passageCount), clip(d.title, 80),
    ])));
    return 0;
  },
};
