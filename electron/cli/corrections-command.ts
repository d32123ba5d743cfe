import fs from 'node:fs';
import { z } from 'zod';
import { HELD_BACK, previewSummary, type CorrectionProblem, type CorrectionsPreview } from '../../shared/corrections.ts';
import { AssayError } from '../../shared/errors.ts';
import { applyCorrections, planCorrectionsFile } from '../core/import/corrections.ts';
import { argument, type Command } from './command.ts';
import { clip, plural, table, type Io } from './output.ts';
import { openService } from './workspace-arg.ts';

const FileArg = z.string({ error: 'Name the edited XLSX export: assay import-corrections FILE.xlsx' }).trim().min(1, 'Name the edited XLSX export');
const ApplyArg = z.boolean().default(false);

export const correctionsCommand: Command = {
  name: 'import-corrections',
  usage: 'assay import-corrections FILE.xlsx [--apply] [--json]',
  summary: 'Read an edited XLSX export back: preview what would change (value, unit, label, entity, period, status, note); '
    + '--apply applies it as one undo step.',
  options: { apply: { type: 'boolean' } },
  async run(args, io) {
    const file = argument(FileArg, args.positionals[0]);
    const apply = argument(ApplyArg, args.values.apply);
    let data: Buffer;
    try {
      data = fs.readFileSync(file);
    } catch (error) {
      throw new AssayError('BAD_CORRECTIONS', `Cannot read ${file}: ${(error as Error).message}.`, { cause: error });
    }
    const db = (await openService(args)).workspace.db;
    const plan = await planCorrectionsFile(db, data, file);
    const changed = apply ? applyCorrections(db, plan, new Date().toISOString()) : null;
    if (args.values.json) io.out(JSON.stringify({ ...plan.preview, applied: changed }));
    else printPreview(io, plan.preview, changed);
    return 0;
  },
};

function printPreview(io: Io, preview: CorrectionsPreview, applied: number | null): void {
  if (preview.changes.length) {
    const lines = preview.changes.flatMap((c) => c.fields.map((f, i) => [
      i ? '' : String(c.row), i ? '' : String(c.metricId), i ? '' : clip(c.label, 30),
      f.field, clip(String(f.before ?? ''), 30), clip(String(f.after ?? ''), 30),
    ]));
    io.out(table(['ROW', 'METRIC ID', 'LABEL', 'FIELD', 'IN ASSAY', 'IN THE FILE'], lines));
  }
  for (const { list, heading } of HELD_BACK) printProblems(io, heading, preview[list]);
  io.out(previewSummary(preview));
  if (applied === null) io.out(preview.changes.length ? 'Nothing applied yet: run again with --apply to apply the changes.' : 'Nothing to apply.');
  else io.out(`Applied: ${plural(applied, 'metric')} changed, as one step (Ctrl/⌘ Z in the workbench undoes it).`);
}

/** A heading with its count, then a line per row held back with its reasons. */
function printProblems(io: Io, heading: string, problems: CorrectionProblem[]): void {
  if (!problems.length) return;
  io.out(`${heading} (${plural(problems.length, 'row')}, not applied):`);
  for (const p of problems) io.out(`  row ${p.row}${p.metricId === null ? '' : ` (metric ${p.metricId})`}: ${p.reason}`);
}
