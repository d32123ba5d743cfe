import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { ImportSummary } from '../shared/imports.ts';
import { HOSTILE_KINDS, makeHostileFile, makeLoopFolder } from '../tests/helpers/hostile-files.ts';

/*
 * Hostile files at the sizes they were found with (a million nested tags, 50 MB on one
 * line, bombs that unpack to gigabytes, millions of paragraphs): each imported alone in a
 * process of its own, then all of them in one batch. Prints each file's answer, time and
 * the peak RSS of the importing process, then of it and its reader processes together (the
 * start-up included, as a user would see it).
 */

interface Run {
  summary: ImportSummary;
  ms: number;
  peakMb: number;
  peakTreeMb: number;
}

function importAlone(dir: string, paths: string[]): Run {
  const workspace = path.join(dir, `ws-${Math.random().toString(36).slice(2)}.assay`);
  const child = spawnSync(process.execPath, ['--no-memory-protection-keys', path.resolve('bench/hostile-one.ts'), workspace, ...paths], {
    encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 600_000,
  });
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(workspace + suffix, { force: true });
  if (child.status !== 0) throw new Error(`The import of ${paths.join(', ')} stopped: ${child.stderr || child.error?.message}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Run;
}

function answer(summary: ImportSummary): string {
  const outcome = summary.outcomes[0];
  if (!outcome) return summary.unreadable.length ? `${summary.unreadable.length} entries reported` : 'nothing';
  return outcome.status === 'failed' ? `refused ${outcome.code}` : outcome.status;
}

export async function hostileBench(workDir: string): Promise<Record<string, string>> {
  const dir = path.join(workDir, 'hostile');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const figures: Record<string, string> = {};
  const paths: string[] = [];
  for (const kind of HOSTILE_KINDS) {
    const made = makeHostileFile(dir, kind, 'full');
    paths.push(made.path);
    const size = fs.statSync(made.path).size;
    const run = importAlone(dir, [made.path]);
    figures[kind] = `${(size / 1048576).toFixed(1).padStart(5)} MB  ${(run.ms / 1000).toFixed(2).padStart(6)} s  `
      + `${run.peakMb.toFixed(0).padStart(5)} / ${run.peakTreeMb.toFixed(0).padStart(5)} MB peak  ${answer(run.summary)}`;
  }
  const { folder } = makeLoopFolder(dir);
  const loops = importAlone(dir, [folder]);
  figures['folder with link loops'] = `${(loops.ms / 1000).toFixed(2)} s, ${loops.summary.outcomes.length} imported, ${loops.summary.unreadable.length} entries reported`;
  const batch = importAlone(dir, [...paths, folder]);
  const failed = batch.summary.outcomes.filter((o) => o.status === 'failed').length;
  figures['all in one batch'] = `${(batch.ms / 1000).toFixed(1)} s, ${batch.peakMb.toFixed(0)} / ${batch.peakTreeMb.toFixed(0)} MB peak, ${batch.summary.outcomes.length} answers `
    + `(${batch.summary.outcomes.length - failed} imported, ${failed} refused), batch ${batch.summary.cancelled ? 'stopped' : 'finished'}`;
  fs.rmSync(dir, { recursive: true, force: true });
  return figures;
}
