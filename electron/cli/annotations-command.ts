import fs from 'node:fs';
import path from 'node:path';
import { importCounts, type AnnotationImportSummary } from '../../shared/annotation-import.ts';
import { AssayError } from '../../shared/errors.ts';
import { exportAnnotations, listAnnotations } from '../core/anchor/web-annotations.ts';
import type { Command } from './command.ts';
import { clip, table } from './output.ts';
import { openService } from './workspace-arg.ts';

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new AssayError('BAD_ANNOTATIONS', `Cannot read ${file}: ${(error as Error).message}.`, { cause: error });
  }
}

/** The counts on one line, then each skipped item and each document not found on its own. */
export function summaryLines(s: AnnotationImportSummary): string[] {
  return [
    importCounts(s),
    ...s.skipped.map((k) => `  skipped ${k.item}: ${k.reason}`),
    ...s.unknownSources.map((source) => `  not in this workspace: ${source}`),
  ];
}

export const annotationsCommand: Command = {
  name: 'annotations',
  usage: 'assay annotations list|export|import [--doc DOC] [--tag TAG] [--out FILE] [FILE] [--json]',
  summary: 'Annotations as W3C Web Annotation JSON-LD: list them, export them, import them from Assay, other W3C tools or Hypothesis.',
  options: { doc: { type: 'string' }, out: { type: 'string' }, tag: { type: 'string' } },
  async run(args, io) {
    const [action, file] = args.positionals;
    const service = await openService(args);
    const db = service.workspace.db;
    const documentId = typeof args.values.doc === 'string' ? service.call('documents.resolve', { ref: args.values.doc }).id : undefined;
    if (action === 'list') {
      const tag = typeof args.values.tag === 'string' ? args.values.tag : undefined;
      const list = listAnnotations(db, documentId, tag);
      if (args.values.json) { for (const a of list) io.out(JSON.stringify(a)); return 0; }
      if (!list.length) { io.out(tag ? `No annotation carries the tag "${tag}".` : 'No annotations yet.'); return 0; }
      io.out(table(['ID', 'START', 'END', 'STATE', 'QUOTE', 'NOTE', 'TAGS'], list.map((a) => [String(a.id), String(a.start ?? '—'), String(a.end ?? '—'), a.state, clip(a.quote, 40), clip(a.note, 40), a.tags.join(', ')])));
      return 0;
    }
    if (action === 'export') {
      const json = JSON.stringify(exportAnnotations(db, documentId), null, 2);
      if (typeof args.values.out === 'string') {
        fs.writeFileSync(args.values.out, `${json}\n`);
        io.err(`Wrote ${args.values.out}.`);
      } else {
        io.out(json);
      }
      return 0;
    }
    if (action === 'import') {
      if (!file) throw new AssayError('USAGE', 'Name the annotations file to import: assay annotations import FILE');
      const summary = service.call('annotations.import', { fileName: path.basename(file), text: readText(file) });
      if (args.values.json) io.out(JSON.stringify(summary));
      else for (const line of summaryLines(summary)) io.out(line);
      // Skipped items mean the file did not come in whole: scripts should know.
      return summary.skipped.length ? 1 : 0;
    }
    throw new AssayError('USAGE', 'Say what to do: assay annotations list, export or import FILE.');
  },
};
