import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { FIXTURES } from '../tests/helpers/fixtures.ts';
import { buildScaleWorkspace } from './scale-workspace.ts';

/*
 * `assay serve` from launch to the grid's first rows in Chromium, on a small workspace, run
 * from the TypeScript sources and from the bundle in dist/node (#19: ≤ 1.0 s), and on one of
 * 10,000 documents, 1,000,000 passages and as many metrics, bundled (≤ 1.5 s); and the
 * server's memory once idle (≤ 120 MB). Chromium is started beforehand and not counted.
 */

const RUNS = 3;
/** How long after the first rows the server's memory is read: its launch calls are over by then. */
const IDLE_AFTER_ROWS_MS = 5000;
const ROOT = path.resolve(import.meta.dirname, '..');

interface Launch { urlMs: number; rowsMs: number; idleMb: number | null }

/** The resident memory of a process in MB, where /proc tells it (Linux). */
function rssMb(pid: number): number | null {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/u);
  return status ? Number(status[1]) / 1024 : null;
}

async function launchOnce(workspace: string, env: NodeJS.ProcessEnv, page: Page): Promise<Launch> {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/assay.js'), 'serve', '-w', workspace, '--port', '0'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const found = /Open (http:\/\/127\.0\.0\.1:\d+\/\S+)/u.exec(out)?.[1];
        if (found) resolve(found);
      });
    });
    const urlMs = performance.now() - started;
    await page.goto(url);
    await page.locator('.ag-row').first().waitFor({ timeout: 30_000 });
    const rowsMs = performance.now() - started;
    // Idle: the workbench has made its launch calls and the analyst has not yet clicked.
    await new Promise((resolve) => setTimeout(resolve, IDLE_AFTER_ROWS_MS));
    const idleMb = process.platform === 'linux' ? rssMb(child.pid!) : null;
    return { urlMs, rowsMs, idleMb };
  } finally {
    // The next launch starts once this server has closed its workspace, not beside it.
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill();
    await exited;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The large workspace, generated once into the bench's folder (a few minutes) and reused. */
async function largeWorkspace(workDir: string): Promise<string> {
  const file = path.join(workDir, 'launch-large.assay');
  if (!fs.existsSync(file)) await buildScaleWorkspace(file, { docs: 10_000, perDoc: 100 });
  return file;
}

/** Medians of RUNS launches of one workspace, each in a fresh browser context. */
async function measure(browser: Browser, workspace: string, env: NodeJS.ProcessEnv): Promise<Launch> {
  const runs: Launch[] = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // Chromium settles first (closing the last run's page costs it CPU): a launch is timed on a quiet machine.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    runs.push(await launchOnce(workspace, env, page));
    await context.close();
  }
  const idle = runs.map((r) => r.idleMb).filter((x): x is number => x !== null);
  return { urlMs: median(runs.map((r) => r.urlMs)), rowsMs: median(runs.map((r) => r.rowsMs)), idleMb: idle.length ? median(idle) : null };
}

export async function launchBench(workDir: string): Promise<Record<string, string>> {
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(chromiumPath)) return { launch: `no Chromium at ${chromiumPath}` };
  const workspace = path.join(workDir, 'launch-small.assay');
  const large = await largeWorkspace(workDir);
  // The fixtures that state figures: the reader opens the newest, and the grid follows it, so
  // a first document without metrics would show no rows at all (wrapped.txt states none).
  const files = ['ir-record.txt', 'market-note.md', 'news-page.html'].map((f) => path.join(FIXTURES, f));
  if (!fs.existsSync(workspace)) execFileSync(process.execPath, [path.join(ROOT, 'bin/assay.js'), 'import', ...files, '-w', workspace], { stdio: 'ignore' });
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-node.js'), path.join(ROOT, 'dist/node')], { cwd: ROOT, stdio: 'ignore' });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const figures: Record<string, string> = {};
  try {
    const fromSource = { ...process.env, ASSAY_FROM_SOURCE: '1' };
    const bundled = { ...process.env, ASSAY_FROM_SOURCE: '' };
    const cases = [['from source', workspace, fromSource], ['bundled (dist/node)', workspace, bundled], ['1M passages, bundled', large, bundled]] as const;
    for (const [name, file, env] of cases) {
      const launch = await measure(browser, file, env);
      figures[`${name}: launch to URL printed`] = `${launch.urlMs.toFixed(0)} ms`;
      figures[`${name}: launch to first grid rows`] = `${launch.rowsMs.toFixed(0)} ms`;
      figures[`${name}: server memory at idle`] = launch.idleMb === null ? 'n/a' : `${launch.idleMb.toFixed(0)} MB`;
    }
  } finally {
    await browser.close();
  }
  return figures;
}
