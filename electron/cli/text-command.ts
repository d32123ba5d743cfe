import path from 'node:path';
import { AssayError } from '../../shared/errors.ts';
import { readSourceFile } from '../core/import/import-file.ts';
import { parseAnyDocument } from '../core/ingest/parse-any.ts';
import type { Command } from './command.ts';
import type { ParsedDocument } from '../core/ingest/types.ts';

export const textCommand: Command = {
  name: 'text',
  usage: 'assay text FILE [--json]',
  summary: 'Print the repaired text Assay reads from a file, PDF pages marked (no workspace needed).',
  async run(args, io) {
    const file = args.positionals[0];
    if (!file) throw new AssayError('USAGE', 'Name the file to read.');
    if (args.positionals.length > 1) throw new AssayError('USAGE', 'assay text reads one file at a time.');
    const parsed = await parseAnyDocument(readSourceFile(file), path.basename(file));
    if (args.values.json) {
      const passages = parsed.passages.map((p) => ({ ...p, text: parsed.text.slice(p.start, p.end) }));
      io.out(JSON.stringify({ file, format: parsed.format, encoding: parsed.encoding, meta: parsed.meta, repairs: parsed.repairs, text: parsed.text, passages }));
      return 0;
    }
    process.stdout.write(withPageMarkers(parsed));
    return 0;
  },
};

/** The text as read; a PDF's pages are marked with a "── page N ──" line before each page's first passage (--json gives the exact text). */
function withPageMarkers(parsed: ParsedDocument): string {
  if (parsed.format !== 'pdf') return parsed.text.endsWith('\n') ? parsed.text : `${parsed.text}\n`;
  let out = '';
  let page: number | null = null;
  let at = 0;
  for (const p of parsed.passages) {
    if (p.page !== page && p.page !== null && p.page !== undefined) {
      out += `${parsed.text.slice(at, p.start)}── page ${p.page} ──\n\n`;
      at = p.start;
      page = p.page;
    }
  }
  out += parsed.text.slice(at);
  return out.endsWith('\n') ? out : `${out}\n`;
}
