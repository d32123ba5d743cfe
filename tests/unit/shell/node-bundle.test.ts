import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { prose, writePdf } from '../../helpers/write-pdf.ts';
import { tempDir, tempWorkspacePath } from '../../helpers/temp-workspace.ts';

/*
 * The Node side bundled (#19): `npm run build` writes the assay command and its workers into
 * dist/node, which bin/assay.js runs while it is newer than the sources. This builds its own
 * copy inside the checkout (so the app's folder is found as from dist/node) and drives it as a
 * user would: a PDF imported by the reader and import workers, an XLSX written by the export
 * worker, and `serve` answering on 127.0.0.1.
 */

const OUT = path.resolve('dist', `node-test-${process.pid}`);
afterAll(() => fs.rmSync(OUT, { recursive: true, force: true }));

const assay = (...args: string[]) => execFileSync(process.execPath, [path.join(OUT, 'cli.js'), ...args], { encoding: 'utf8', stdio: 'pipe' });

/** Starts `serve` and resolves with the address it prints, and the process to stop. */
function serve(workspace: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [path.join(OUT, 'cli.js'), 'serve', '-w', workspace, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /Open (http:\/\/127\.0\.0\.1:\d+\/\S+)/u.exec(out)?.[1];
      if (url) resolve({ url, stop: () => child.kill() });
    });
  });
}

it('bundles the assay command and its workers, and the bundle imports a PDF, exports XLSX and serves the workbench', async () => {
  execFileSync(process.execPath, ['scripts/build-node.js', OUT], { stdio: 'pipe' });
  for (const name of ['cli.js', 'core-worker.js', 'import-worker.js', 'export-worker.js', 'reader-process.js']) expect(fs.existsSync(path.join(OUT, name)), name).toBe(true);

  const dir = tempDir();
  const pdf = path.join(dir, 'output-note.pdf');
  fs.writeFileSync(pdf, writePdf([{ runs: prose('Copper output at the Tallis mine rose 8.2% to 61,400 t in the second quarter of 2025.', { x: 72, top: 90, chars: 80 }) }], 'Output note'));
  const workspace = tempWorkspacePath();
  const imported = JSON.parse(assay('import', pdf, '-w', workspace, '--json')) as { outcomes: unknown[] };
  expect(imported.outcomes).toEqual([expect.objectContaining({ status: 'imported', title: 'Output note', metrics: 1 })]);
  expect(assay('show', 'Output note', '-w', workspace)).toContain('61,400 t');

  const xlsx = path.join(dir, 'metrics.xlsx');
  assay('export', '--grid', '--format', 'xlsx', '--out', xlsx, '-w', workspace);
  expect(fs.readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');

  const server = await serve(workspace);
  try {
    const page = await fetch(server.url, { redirect: 'manual' });
    expect([200, 302, 303]).toContain(page.status);
  } finally {
    server.stop();
  }
}, 180_000);
