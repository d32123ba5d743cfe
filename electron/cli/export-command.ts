import { normalizeTagPath } from '../../shared/tags.ts';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AssayError } from '../../shared/errors.ts';
import type { ExportFormat} from '../../shared/exports.ts';
import { EXPORT_FORMATS, EXPORT_VIEWS, VIEW_FORMATS, type GridSelection } from '../../shared/exports.ts';
import { METRIC_STATUSES } from '../../shared/metrics.ts';
import { exportGrid, exportReport, exportSheet } from '../core/export/export-grid.ts';
import { ReportStore } from '../core/db/reports.ts';
import type { Service } from '../core/service.ts';
import { argument, type Command, type CommandArgs } from './command.ts';
import { openService } from './workspace-arg.ts';

const Format = z.enum(EXPORT_FORMATS, { message: `--format is one of ${EXPORT_FORMATS.join(', ')}` });
const View = z.enum(EXPORT_VIEWS, { message: `--view is one of ${EXPORT_VIEWS.join(', ')}` }).default('list');
const Status = z.enum(METRIC_STATUSES, { message: `--status is one of ${METRIC_STATUSES.join(', ')}` });
const Out = z.string({ message: 'Say where to write the file: --out PATH' }).trim().min(1, 'Say where to write the file: --out PATH');

export const exportCommand: Command = {
  name: 'export',
  usage: `assay export (--report NAME | --grid [--view list|sheet] [--doc DOC] [--status S] [--tag T]) --format ${EXPORT_FORMATS.join('|')} --out PATH`,
  summary: 'Export a report or the metrics (as a list, or as the period sheet in XLSX), every figure citing its document, date, passage and quoted sentence; '
    + 'notes writes a zip of Markdown notes, one per document.',
  options: { grid: { type: 'boolean' }, view: { type: 'string' }, report: { type: 'string' }, doc: { type: 'string' }, status: { type: 'string' }, tag: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } },
  async run(args, io) {
    const reportName = typeof args.values.report === 'string' ? args.values.report : undefined;
    if (!args.values.grid && !reportName) throw new AssayError('USAGE', 'Say what to export: --report NAME (a report built in the app) or --grid (the metrics, optionally filtered by --doc, --status and --tag).');
    if (args.values.grid && reportName) throw new AssayError('USAGE', 'Export either --report NAME or --grid, not both.');
    const format: ExportFormat = argument(Format, args.values.format);
    const view = argument(View, args.values.view);
    if (reportName && args.values.view !== undefined) throw new AssayError('USAGE', '--view is for --grid; a report exports as itself.');
    if (!VIEW_FORMATS[view].includes(format)) throw new AssayError('USAGE', `The period sheet exports as XLSX only: use --format xlsx, or --view list for ${format}.`);
    const out = path.resolve(argument(Out, args.values.out));
    if (!fs.existsSync(path.dirname(out))) throw new AssayError('USAGE', `The folder ${path.dirname(out)} does not exist; create it or choose another --out.`);
    const service = await openService(args);
    let count = 0;
    const counted = (d: { metrics: unknown[] }) => { count = d.metrics.length; };
    const bytes = reportName
      ? await exportReport(service.workspace.db, new ReportStore(service.workspace.db).byName(reportName).id, format, counted)
      : view === 'sheet' ? await exportSheet(service.workspace.db, gridSelection(service, args.values), counted)
        : await exportGrid(service.workspace.db, gridSelection(service, args.values), format, counted);
    // Written beside the target and renamed, so a failed export never leaves half a file.
    const partial = `${out}.partial`;
    fs.writeFileSync(partial, bytes);
    fs.renameSync(partial, out);
    if (args.values.json) io.out(JSON.stringify({ out, format, metrics: count, bytes: bytes.length }));
    else io.err(`Wrote ${count.toLocaleString('en-US')} metric${count === 1 ? '' : 's'} to ${out} (${format.toUpperCase()}, ${bytes.length.toLocaleString('en-US')} bytes).`);
    return 0;
  },
};

/** The grid's filters from --doc, --status and --tag. */
function gridSelection(service: Service, values: CommandArgs['values']): GridSelection {
  const selection: GridSelection = {};
  if (typeof values.doc === 'string') selection.documentId = service.call('documents.resolve', { ref: values.doc }).id;
  if (values.status !== undefined) selection.status = [argument(Status, values.status)];
  if (typeof values.tag === 'string') {
    const wanted = normalizeTagPath(values.tag).toLowerCase();
    const tag = service.call('tags.list', {}).find((t) => t.path.toLowerCase() === wanted);
    if (!tag) throw new AssayError('NO_SUCH_TAG', `There is no tag "${values.tag}". Tags are paths such as "sector/rare earths".`);
    selection.tagId = tag.id;
  }
  return selection;
}
