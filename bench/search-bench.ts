import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { plainWords, toFtsQuery } from '../electron/core/db/fts-query.ts';
import { searchPassages } from '../electron/core/db/search.ts';
import { SCORED_MATCHES } from '../shared/search.ts';
import { openWorkspace } from '../electron/core/db/workspace.ts';
import { VOCABULARY_SIZE, englishVocabulary } from './prose.ts';
import { buildSearchWorkspace } from './search-workspace.ts';

/*
 * Search at scale, side by side: each query of a realistic mix runs through Assay's
 * search (the page of 20 the search box asks for) and through raw FTS5 on the same file
 * (`MATCH ? ORDER BY rank LIMIT 20` with a snippet), interleaved, after one warm-up run.
 * Prints p50/p95/max per query class for both. The workspace is built once and reused;
 * ASSAY_SEARCH_BENCH_DIR puts it elsewhere than .bench/ (it is large).
 */

const RUNS = 3;
const LIMIT = 20;

type QueryClass = 'common terms' | 'rare terms' | 'AND' | 'phrases' | 'prefixes' | 'OR' | 'NOT' | 'malformed';

/** The query mix; rare words are taken by rank from the generated vocabulary. */
function queries(): Array<[QueryClass, string]> {
  const w = englishVocabulary(VOCABULARY_SIZE).words;
  return [
    ['common terms', 'the'], ['common terms', 'market'], ['common terms', 'price'], ['common terms', 'China'], ['common terms', 'report'], ['common terms', 'however'],
    ['rare terms', w[5_000]!], ['rare terms', w[30_000]!], ['rare terms', w[90_000]!], ['rare terms', w[150_000]!], ['rare terms', 'neodymium'], ['rare terms', 'zzyzxq'],
    ['AND', 'rare earth'], ['AND', 'export quota'], ['AND', 'market AND price'], ['AND', 'the AND of'], ['AND', 'china exports magnets'], ['AND', `lithium AND ${w[3_000]!}`],
    ['phrases', '"rare earth"'], ['phrases', '"of the"'], ['phrases', '"the market"'], ['phrases', '"export quota"'], ['phrases', `"${w[2_000]!} ${w[3]!}"`],
    ['prefixes', 'mark*'], ['prefixes', 'pr*'], ['prefixes', 'th*'], ['prefixes', 'lith*'], ['prefixes', `${w[20_000]!.slice(0, 4)}*`], ['prefixes', '稀土*'],
    ['OR', 'lithium OR cobalt'], ['OR', 'the OR of'], ['OR', 'magnet OR magnets'], ['OR', `${w[40_000]!} OR ${w[80_000]!}`], ['OR', 'market OR price OR demand'],
    ['NOT', 'market NOT price'], ['NOT', 'the NOT of'], ['NOT', 'rare NOT earth'], ['NOT', 'lithium NOT china'],
    ['malformed', '"rare earth'], ['malformed', 'AND( quota'], ['malformed', 'NEAR(market'], ['malformed', 'price: "the'], ['malformed', 'the *** (of'],
  ];
}

/** Raw FTS5 on the same file, given the FTS5 query Assay would send (plain words when FTS5 refuses it). */
function rawSearch(db: Database): (input: string) => unknown[] {
  const statement = db.prepare(`SELECT rowid, snippet(passages_fts, 0, '[', ']', '…', 24) AS snippet
    FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rank LIMIT ${LIMIT}`);
  return (input) => {
    const query = toFtsQuery(input);
    if (!query) return [];
    try {
      return statement.all(query);
    } catch {
      const words = plainWords(input);
      return words ? statement.all(words) : [];
    }
  };
}

function elapsed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;

function summary(ms: number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  return `${percentile(sorted, 0.5).toFixed(1)} / ${percentile(sorted, 0.95).toFixed(1)} / ${sorted[sorted.length - 1]!.toFixed(1)}`;
}

interface Sample { cls: QueryClass; query: string; assay: number[]; raw: number[] }

function measure(db: Database): Sample[] {
  const raw = rawSearch(db);
  return queries().map(([cls, query]) => {
    searchPassages(db, query, { limit: LIMIT });
    raw(query);
    const sample: Sample = { cls, query, assay: [], raw: [] };
    for (let i = 0; i < RUNS; i++) {
      sample.assay.push(elapsed(() => searchPassages(db, query, { limit: LIMIT })));
      sample.raw.push(elapsed(() => raw(query)));
    }
    return sample;
  });
}

const median = (ms: number[]) => [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)]!;

/** The workspace, built on first use; its description is kept beside it. */
async function workspace(dir: string, passages: number): Promise<{ file: string; described: string }> {
  const file = path.join(dir, `search-${passages}-v2.assay`);
  const about = `${file}.json`;
  if (!fs.existsSync(about)) {
    for (const s of ['', '-wal', '-shm']) fs.rmSync(file + s, { force: true });
    const seconds = await buildSearchWorkspace(file, passages);
    const ws = await openWorkspace(file);
    ws.db.exec(`CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, passages_fts, 'row')`);
    const count = (sql: string) => (ws.db.prepare(sql).get() as { n: number }).n;
    const described = `${count('SELECT count(*) AS n FROM documents').toLocaleString('en-US')} documents, ${count('SELECT count(*) AS n FROM passages').toLocaleString('en-US')} passages, `
      + `${count('SELECT count(*) AS n FROM temp.vocab').toLocaleString('en-US')} distinct tokens, ${(fs.statSync(file).size / 1048576).toFixed(0)} MB (built in ${seconds.toFixed(0)} s)`;
    ws.db.close();
    fs.writeFileSync(about, JSON.stringify({ described }));
  }
  return { file, described: (JSON.parse(fs.readFileSync(about, 'utf8')) as { described: string }).described };
}

/** p50 / p95 / max in ms per query class, Assay beside raw FTS5, on a workspace of `passages` passages. */
export async function searchBench(workDir: string, passages: number): Promise<Record<string, string>> {
  const dir = process.env.ASSAY_SEARCH_BENCH_DIR ?? workDir;
  fs.mkdirSync(dir, { recursive: true });
  const { file, described } = await workspace(dir, passages);
  const ws = await openWorkspace(file);
  const samples = measure(ws.db);
  ws.db.close();
  const figures: Record<string, string> = { 'workspace': described, 'class (p50 / p95 / max ms)': `Assay  |  raw FTS5 ORDER BY rank LIMIT ${LIMIT} + snippet  (${RUNS} runs each; Assay ranks up to ${SCORED_MATCHES.toLocaleString('en-US')} matches, newest first past that)` };
  const classes = [...new Set(samples.map((s) => s.cls))];
  for (const cls of [...classes, 'all' as const]) {
    const of = samples.filter((s) => cls === 'all' || s.cls === cls);
    figures[cls] = `${summary(of.flatMap((s) => s.assay))}  |  ${summary(of.flatMap((s) => s.raw))}`;
  }
  const ratios = samples.map((s) => ({ query: s.query, ratio: median(s.assay) / median(s.raw), ms: median(s.assay) }));
  const over = ratios.filter((r) => r.ratio > 1.1 && r.ms > 2);
  figures['queries slower than 1.1× raw (and > 2 ms)'] = `${over.length} of ${samples.length}${over.length ? `: ${over.map((r) => `${r.query} ${r.ratio.toFixed(1)}×`).join(', ')}` : ''}`;
  const slowest = [...ratios].sort((a, b) => b.ms - a.ms).slice(0, 5);
  figures['slowest (Assay median)'] = slowest.map((r) => `${r.query} ${r.ms.toFixed(0)} ms`).join(', ');
  return figures;
}
