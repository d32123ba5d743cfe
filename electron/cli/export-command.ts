import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AssayError } from '../../shared/errors.ts';
import type { ExportFormat} from '../../shared/exports.ts';
import { EXPORT_FORMATS, type GridSelection } from '../../shared/exports.ts';
import { METRIC_STATUSES } from '../../shared/metrics.ts';
import { exportGrid } from '../core/export/export-grid.ts';
import { argument, type Command } from './command.ts';
import { openService } from './workspace-arg.ts';

const Format = z.enum(EXPORT_FORMATS, { message: `--format is one of ${EXPORT_FORMATS.join(', ')}` });
const Status = z.enum(METRIC_STATUSES, { message: `--status is one of ${METRIC_STATUSES.join(', ')}` });
const Out = z.string({ message: 'Say where to write the file: --out PATH' }).trim().min(1, 'Say where to write the file: --out PATH');

export const exportCommand: Command = {
  name: 'export',
  usage: 'assay export --grid [--doc DOC] [--status S] [--tag T] --format html|pdf|docx|md|xlsx|csv|json --out PATH',
  summary: 'Export metrics, every figure citing its document, date, passage and quoted sentence.',
  options: { grid: { type: 'boolean' }, doc: { type: 'string' }, status: { type: 'string' }, tag: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } },
  async run(args, io) {
    if (!args.values.grid) throw new AssayError('USAGE', 'Say what to export: --grid (the metrics, optionally filtered by --doc, --status and --tag).');
    const format: ExportFormat = argument(Format, args.values.format);
    const out = path.resolve(argument(Out, args.values.out));
    if (!fs.existsSync(path.dirname(out))) throw new AssayError('USAGE', `The folder ${path.dirname(out)} does not exist; create it or choose another --out.`);
    const service = await openService(args);
    const selection: GridSelection = {};
    if (typeof args.values.doc === 'string') selection.documentId = service.call('documents.resolve', { ref: args.values.doc }).id;
    if (args.values.status !== undefined) selection.status = [argument(Status, args.values.status)];
    if (typeof args.values.tag === 'string') {
      const wanted = args.values.tag.trim().replace(/\s*\/\s*/gu, '/').toLowerCase();
      const tag = service.call('tags.list', {}).find((t) => t.path.toLowerCase() === wanted);
      if (!tag) throw new AssayError('NO_SUCH_TAG', `There is no tag "${args.values.tag}". Tags are paths such as "sector/rare earths".`);
      selection.tagId = tag.id;
    }
    let count = 0;
    const bytes = await exportGrid(service.workspace.db, selection, format, (d) => { count = d.metrics.length; });
    // Written beside the target and renamed, so a failed export never leaves half a file.
    const partial = `${out}.partial`;
    fs.writeFileSync(partial, bytes);
    fs.renameSync(partial, out);
    if (args.values.json) io.out(JSON.stringify({ out, format, metrics: count, bytes: bytes.length }));
    else io.err(`Wrote ${count.toLocaleString('en-US')} metric${count === 1 ? '' : 's'} to ${out} (${format.toUpperCase()}, ${bytes.length.toLocaleString('en-US')} bytes).`);
    return 0;
  },
};
