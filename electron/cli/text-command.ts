import path from 'node:path';
import { AssayError } from '../../shared/errors.ts';
import { readSourceFile } from '../core/import/import-file.ts';
import { parseDocument } from '../core/ingest/parse-document.ts';
import type { Command } from './command.ts';

export const textCommand: Command = {
  name: 'text',
  usage: 'assay text FILE [--json]',
  summary: 'Print the repaired text Assay reads from a file (no workspace needed).',
  async run(args, io) {
    const file = args.positionals[0];
    if (!file) throw new AssayError('USAGE', 'Name the file to read.');
    if (args.positionals.length > 1) throw new AssayError('USAGE', 'assay text reads one file at a time.');
    const parsed = parseDocument(readSourceFile(file), path.basename(file));
    if (args.values.json) {
      const passages = parsed.passages.map((p) => ({ ...p, text: parsed.text.slice(p.start, p.end) }));
      io.out(JSON.stringify({ file, format: parsed.format, encoding: parsed.encoding, meta: parsed.meta, repairs: parsed.repairs, text: parsed.text, passages }));
      return 0;
    }
    process.stdout.write(parsed.text.endsWith('\n') ? parsed.text : `${parsed.text}\n`);
    return 0;
  },
};
