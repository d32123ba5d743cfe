import { z } from 'zod';
import { AssayError } from '../../shared/errors.ts';
import type { SnippetPart } from '../../shared/search.ts';
import { argument, type Command } from './command.ts';
import type { Io } from './output.ts';
import { openService } from './workspace-arg.ts';

const Limit = z.coerce.number({ message: '--limit takes a number' }).int('--limit takes a whole number').min(1, '--limit is at least 1').max(500, '--limit is at most 500');

function render(parts: SnippetPart[], io: Io): string {
  return parts.map((p) => (p.match ? (io.color ? `\x1b[1m${p.text}\x1b[22m` : `[${p.text}]`) : p.text)).join('').replace(/\s+/gu, ' ');
}

export const searchCommand: Command = {
  name: 'search',
  usage: 'assay search QUERY [--doc DOC] [--limit N] [--workspace PATH] [--json]',
  summary: 'Full-text search over passages: words, "phrases", prefix*, AND/OR/NOT.',
  options: { doc: { type: 'string' }, limit: { type: 'string' } },
  async run(args, io) {
    const query = args.positionals.join(' ');
    if (!query.trim()) throw new AssayError('USAGE', 'Type what to search for, e.g. assay search "rare earth"');
    const limit = argument(Limit.default(20), args.values.limit);
    const service = await openService(args);
    const documentId = typeof args.values.doc === 'string' ? service.call('documents.resolve', { ref: args.values.doc }).id : undefined;
    const hits = service.call('search.passages', { query, documentId, limit });
    if (args.values.json) {
      io.out(JSON.stringify(hits));
      return 0;
    }
    if (!hits.length) {
      io.out(`No passages match ${JSON.stringify(query)}.`);
      return 0;
    }
    hits.forEach((hit, i) => {
      io.out(`${i + 1}. ${hit.documentTitle}  (doc ${hit.documentId}, passage #${hit.ordinal}, ${hit.kind.replace('_', ' ')})`);
      io.out(`   ${render(hit.snippet, io)}`);
    });
    return 0;
  },
};
