import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openWorkspace } from '../electron/core/db/workspace.ts';
import { importBytes, importStores } from '../electron/core/import/import-file.ts';
import { Service } from '../electron/core/service.ts';
import { createHub, joinHub, sync } from '../electron/core/team/team.ts';
import { startCluster, unavailable } from '../tests/unit/team/pg-cluster.ts';
import { random } from './random.ts';

/*
 * Team sync on loopback (#17): the first sync of 1,000 documents of about 200 KB each
 * (~200 MB) to an empty workspace, and a sync of 10,000 changes (a bulk review) between two
 * workspaces that hold the same documents. A throwaway PostgreSQL cluster is started for it.
 * ASSAY_TEAM_BENCH_DOCS sets another number of documents.
 */

const DOCS = Number(process.env.ASSAY_TEAM_BENCH_DOCS ?? 1000);
const DOC_BYTES = 200_000;
const CHANGES = 10_000;

const PRODUCTS = ['Pr-Nd oxide', 'Dy oxide', 'Tb metal', 'NdFeB blocks', 'Ce oxide'];
const WORDS = 'the market traders said supply demand remained cautious while buyers waited for clearer signals from downstream magnet makers and exporters in the region'.split(' ');

/** One generated article: prose with a figure every twentieth sentence. */
function article(index: number): Buffer {
  const next = random(index + 1);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const lines = [`Market report ${index}`, ''];
  let size = 0;
  for (let s = 0; size < DOC_BYTES; s++) {
    const line = s % 20 === 0
      ? `Output of ${pick(PRODUCTS)} reached ${(1000 + Math.floor(next() * 9000)).toLocaleString('en-US')} mt in Q${(s % 4) + 1} 2025, up ${(next() * 30).toFixed(1)}% year on year.`
      : `${Array.from({ length: 22 }, () => pick(WORDS)).join(' ')}.`;
    lines.push(line, '');
    size += line.length + 2;
  }
  return Buffer.from(lines.join('\n'));
}

/** The first analyst's workspace with the documents imported, cached in .bench/. */
async function importedWorkspace(workDir: string): Promise<{ file: string; bytes: number }> {
  const file = path.join(workDir, `team-${DOCS}.assay`);
  const bytes = DOCS * DOC_BYTES;
  if (fs.existsSync(file)) return { file, bytes };
  const ws = await openWorkspace(`${file}.tmp`);
  const stores = importStores(ws.db);
  for (let d = 0; d < DOCS; d++) importBytes(stores, article(d), `report-${d}.txt`, null);
  ws.db.pragma('wal_checkpoint(TRUNCATE)');
  ws.db.close();
  fs.renameSync(`${file}.tmp`, file);
  return { file, bytes };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export async function teamBench(workDir: string): Promise<Record<string, string>> {
  const why = unavailable();
  if (why) return { skipped: `no PostgreSQL to start: ${why}` };
  const { file, bytes } = await importedWorkspace(workDir);
  const cluster = await startCluster();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-team-bench-'));
  try {
    const url = await cluster.createDatabase('bench_hub');
    await createHub(url);
    fs.copyFileSync(file, path.join(dir, 'a.assay'));
    const a = new Service(await openWorkspace(path.join(dir, 'a.assay')));
    const b = new Service(await openWorkspace(path.join(dir, 'b.assay')));
    await joinHub(a.workspace.db, url, 'Ann');
    await joinHub(b.workspace.db, url, 'Bo');

    let start = performance.now();
    const pushed = await sync(a.workspace.db);
    const pushMs = performance.now() - start;
    start = performance.now();
    const pulled = await sync(b.workspace.db);
    const pullMs = performance.now() - start;
    const metrics = (b.workspace.db.prepare('SELECT count(*) AS n FROM metrics').get() as { n: number }).n;

    const ids = a.workspace.db.prepare('SELECT id FROM metrics ORDER BY id LIMIT ?').pluck().all(CHANGES) as number[];
    start = performance.now();
    a.call('metrics.bulk', { ids, change: { status: 'verified' } });
    const recordMs = performance.now() - start;
    start = performance.now();
    const sent = await sync(a.workspace.db);
    const sendMs = performance.now() - start;
    start = performance.now();
    const received = await sync(b.workspace.db);
    const receiveMs = performance.now() - start;
    a.workspace.db.close();
    b.workspace.db.close();
    return {
      'first sync, push': `${pushed.pushed.toLocaleString('en-US')} documents (${(bytes / 1e6).toFixed(0)} MB) in ${seconds(pushMs)}`,
      'first sync, pull': `${pulled.documents.toLocaleString('en-US')} documents fetched, read and extracted (${metrics.toLocaleString('en-US')} metrics) in ${seconds(pullMs)} (${(bytes / 1e6 / (pullMs / 1000)).toFixed(1)} MB/s)`,
      'bulk review recorded': `${ids.length.toLocaleString('en-US')} status changes logged in the edit's transaction: ${seconds(recordMs)}`,
      'push of 10,000 changes': `${sent.pushed.toLocaleString('en-US')} in ${seconds(sendMs)}`,
      'pull of 10,000 changes': `${received.applied.toLocaleString('en-US')} applied in ${seconds(receiveMs)}`,
    };
  } finally {
    cluster.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
