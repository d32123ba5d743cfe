import { AssayError } from '../../shared/errors.ts';
import type { Passage } from '../../shared/documents.ts';
import type { Command } from './command.ts';
import { openService } from './workspace-arg.ts';

function passageLine(p: Passage, ordinalOf: Map<number, number>): string {
  const link = p.questionId !== null ? ` → Q#${ordinalOf.get(p.questionId)}` : '';
  const kind = `${p.kind.replace('_', ' ')}${p.kind === 'heading' ? ` ${p.depth}` : ''}${link}${p.debris ? ', page debris' : ''}`;
  const indent = p.kind === 'list_item' ? '  '.repeat(p.depth) + '• ' : '';
  return `#${p.ordinal} [${kind}] ${p.start}–${p.end}\n    ${indent}${p.text.replace(/\n/gu, '\n    ')}`;
}

export const showCommand: Command = {
  name: 'show',
  usage: 'assay show DOC [--workspace PATH] [--json]',
  summary: 'Show a document: metadata, repairs and passages. DOC is an id, file name or title words.',
  async run(args, io) {
    const ref = args.positionals[0];
    if (!ref) throw new AssayError('USAGE', 'Name the document to show: its id, file name or words of its title.');
    const service = await openService(args);
    const { id } = service.call('documents.resolve', { ref });
    const doc = service.call('documents.get', { id });
    const { passages } = service.call('passages.list', { documentId: id, limit: 5000 });
    if (args.values.json) {
      io.out(JSON.stringify({ ...doc, passages }));
      return 0;
    }
    const lines = [
      `${doc.title}`,
      `  id ${doc.id} · version ${doc.version} of ${doc.versionCount} · ${doc.format.toUpperCase()} · ${doc.encoding} · ${doc.fileName}`,
      `  published  ${doc.published ?? '—'}`,
      `  source     ${doc.source ?? '—'}`,
      `  publisher  ${doc.publisher ?? '—'}`,
      `  url        ${doc.url ?? '—'}`,
      `  imported   ${doc.importedAt}`,
      '',
      doc.repairs.length ? 'Repairs' : 'Repairs: none (the text was clean)',
    ];
    for (const r of doc.repairs) {
      lines.push(`  ${r.description}: ${r.count}`);
      for (const e of r.examples) lines.push(`    ${JSON.stringify(e.before)} → ${JSON.stringify(e.after)}`);
    }
    const ordinalOf = new Map(passages.map((p) => [p.id, p.ordinal]));
    lines.push('', `Passages (${passages.length})`, ...passages.map((p) => passageLine(p, ordinalOf)));
    io.out(lines.join('\n'));
    return 0;
  },
};
