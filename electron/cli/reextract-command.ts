import type { Command } from './command.ts';
import { table } from './output.ts';
import { openService } from './workspace-arg.ts';

export const reextractCommand: Command = {
  name: 'reextract',
  usage: 'assay reextract [DOC] [--workspace PATH] [--json]',
  summary: 'Read the figures of every document (or DOC) again with this version\'s extractor; figures you worked on are kept. Says what changed.',
  async run(args, io) {
    const service = await openService(args);
    const ref = args.positionals[0];
    const documentId = ref === undefined ? undefined : service.call('documents.resolve', { ref }).id;
    const s = service.call('metrics.reextract', { documentId });
    if (args.values.json) {
      io.out(JSON.stringify(s));
      return 0;
    }
    const from = s.previousVersions.length ? ` (read before by ${s.previousVersions.join(', ')})` : '';
    io.out(`Read ${s.documents} document${s.documents === 1 ? '' : 's'} again with extractor ${s.extractorVersion}${from}:`);
    io.out(`  ${s.unchanged} unchanged, ${s.changed} changed, ${s.added} added, ${s.removed} removed; ${s.kept} you worked on kept as they were.`);
    if (s.examples.length) {
      io.out('Changed figures (first 20):');
      io.out(table(['DOCUMENT', 'FIGURE', 'BEFORE', 'NOW'], s.examples.map((e) => [e.documentTitle.slice(0, 30), e.text, e.before, e.after])));
    }
    return 0;
  },
};
