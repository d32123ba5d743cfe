import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { extractBench } from './extract-bench.ts';
import { importBench } from './import-bench.ts';
import { scaleBench } from './scale-bench.ts';
import { exportBench } from './export-bench.ts';
import { pdfBench } from './pdf-bench.ts';
import { hostileBench } from './hostile-bench.ts';
import { searchBench } from './search-bench.ts';
import { busyBench } from './busy-bench.ts';
import { teamBench } from './team-bench.ts';
import { launchBench } from './launch-bench.ts';

/*
 * `npm run bench [-- --size MB] [-- --passages N] [-- --only NAME]`: prints the figures the issues ask for.
 * Generated data is cached in .bench/ so later runs skip generation.
 */

const Args = z.object({
  size: z.coerce.number().int().min(1).max(2000).default(100),
  /** Passages in the search bench's workspace. */
  passages: z.coerce.number().int().min(1000).max(5_000_000).default(1_000_000),
  only: z.enum(['import', 'extract', 'scale', 'export', 'pdf', 'hostile', 'search', 'busy', 'team', 'launch']).optional(),
});

const { values } = parseArgs({ options: { size: { type: 'string' }, passages: { type: 'string' }, only: { type: 'string' } } });
const args = Args.parse(values);
const workDir = path.resolve('.bench');
fs.mkdirSync(workDir, { recursive: true });

function print(title: string, figures: Record<string, string>): void {
  console.log(`\n${title}`);
  const width = Math.max(...Object.keys(figures).map((k) => k.length));
  for (const [key, value] of Object.entries(figures)) console.log(`  ${key.padEnd(width)}  ${value}`);
}

console.log(`Assay benchmarks · Node ${process.versions.node} · ${new Date().toISOString()}`);
if (!args.only || args.only === 'extract') print('Extraction (one core)', extractBench(workDir, 20));
if (!args.only || args.only === 'import') print(`Import (${args.size} MB generated corpus)`, await importBench(workDir, args.size));
if (!args.only || args.only === 'scale') print('Workbench at scale (1,000,000 metrics and passages)', await scaleBench(workDir));
if (!args.only || args.only === 'pdf') print('PDF import (300-page generated report)', await pdfBench(workDir));
if (!args.only || args.only === 'export') print('Export of the grid (10,000 metrics with notes)', await exportBench(workDir));
if (!args.only || args.only === 'hostile') print('Hostile files (each alone in its own process: size, time, peak RSS of the importer / with its readers, answer)', await hostileBench(workDir));
if (!args.only || args.only === 'search') print(`Search (${args.passages.toLocaleString('en-US')}-passage workspace of varied prose)`, await searchBench(workDir, args.passages));
if (!args.only || args.only === 'busy') print('Two writers (assay import in another process beside edits through the server)', await busyBench(workDir));
if (!args.only || args.only === 'launch') print('Launch of assay serve (small workspace, and 10,000 documents of 1,000,000 passages; Chromium already running)', await launchBench(workDir));
if (!args.only || args.only === 'team') print('Team sync through PostgreSQL on loopback', await teamBench(workDir));
console.log(`\npeak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
