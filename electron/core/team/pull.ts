import type { Database } from 'better-sqlite3';
import type pg from 'pg';
import { writeTransaction } from '../db/write.ts';
import { hasVersion, storeDocument, type PulledDocument } from './apply-document.ts';
import { DocumentMetaChanges } from './apply-document-meta.ts';
import { AnnotationChanges } from './apply-annotation.ts';
import { PassageChanges } from './apply-passage.ts';
import { MetricChanges, type Applied } from './apply-metric.ts';
import { ReportChanges } from './apply-report.ts';
import { TagChanges } from './apply-tag.ts';
import type { Change, HubChange } from './change.ts';
import { DisputeMarks } from './dispute-mark.ts';
import { DocumentReads, type ReadOptions } from './document-reads.ts';
import { readRows, skippedWarning } from './hub-rows.ts';
import { parseHlc } from './hlc.ts';
import { recordTagAlias } from './record.ts';
import { TeamStateStore } from './team-state.ts';

/**
 * What a pull did, by outcome. `otherExtractor`: documents sent by a workspace on another
 * extractor version. `unreadable`: hub changes this Assay could not read and skipped, and
 * `warning` says so in words (null when none).
 */
export interface PullCounts {
  pulled: number; applied: number; lost: number; waiting: number; conflicts: number; documents: number; otherExtractor: number;
  unreadable: number; warning: string | null;
}

/**
 * What applying pulled changes needs besides them: the time, and whether this workspace
 * shares what it derives from them (an editor; a viewer cannot push).
 */
interface ApplyContext { now: string; share: boolean }

/**
 * Options for a pull. `afterBatch` is called after each pulled batch is committed here;
 * `reading` says how pulled documents are read (document-reads.ts).
 */
export interface PullOptions extends ApplyContext { batchSize: number; afterBatch?: (pulled: number) => void; reading?: ReadOptions }

const empty = (): PullCounts => ({ pulled: 0, applied: 0, lost: 0, waiting: 0, conflicts: 0, documents: 0, otherExtractor: 0, unreadable: 0, warning: null });

/**
 * Applies changes in one SQLite transaction with the recorder off, marks metrics edited
 * concurrently as disputed (the analyst-visible "second look": a change derived from the
 * two edits alike everywhere, see DisputeMarks, applied as a pulled one is), and moves the
 * clock past them. A tag the alias rule folded into another is logged as merged into it, so
 * the alias holds for good, even once the two no longer share a path.
 */
function applyAll(db: Database, changes: Change[], context: ApplyContext, counts: PullCounts, after: () => void): void {
  const { now } = context;
  writeTransaction(db, () => {
    const state = new TeamStateStore(db);
    const tags = new TagChanges(db, now);
    const metrics = new MetricChanges(db, tags);
    const annotations = new AnnotationChanges(db, tags);
    const reports = new ReportChanges(db, metrics);
    const passages = new PassageChanges(db, tags);
    const documents = new DocumentMetaChanges(db);
    state.setRecording(false);
    const done = db.prepare('UPDATE team_changes SET done = 1 WHERE id = ?');
    let latest = '';
    for (const change of changes) {
      const outcome: Applied = change.kind === 'annotation' ? annotations.apply(change, now) : change.kind === 'tag' ? tags.apply(change)
        : change.kind === 'report' ? reports.apply(change, now) : change.kind === 'passage' ? passages.apply(change)
          : change.kind === 'document' ? documents.apply(change, now) : metrics.apply(change, now);
      if (outcome !== 'missing') done.run(change.id);
      if (outcome === 'applied') counts.applied++;
      if (outcome === 'lost') counts.lost++;
      if (change.hlc > latest) latest = change.hlc;
    }
    counts.conflicts += markDisputes(db, metrics, context);
    metrics.flush(now);
    const aliases = tags.finish();
    // The clock moves past the latest stamp received, so this workspace's next change is later than all of them.
    if (latest) {
      const { wall, counter } = parseHlc(latest);
      state.receive(wall, counter);
    }
    after();
    state.setRecording(true);
    for (const { loser, winner } of aliases) recordTagAlias(db, loser, winner);
  });
}

/**
 * Applies the dispute mark of each conflict met in this run, once per mark (one already
 * held here, pulled or marked before, is not applied again). A viewer's marks are applied
 * remote changes, done once applied. Returns how many metrics were newly marked.
 */
function markDisputes(db: Database, metrics: MetricChanges, { now, share }: ApplyContext): number {
  const marks = new DisputeMarks(db, share);
  const done = db.prepare('UPDATE team_changes SET done = 1 WHERE id = ?');
  const marked = new Set<string>();
  for (const conflict of metrics.conflicts) {
    const mark = marks.add(conflict);
    if (!mark) continue;
    marked.add(mark.key);
    if (metrics.apply(mark, now) !== 'missing' && !share) done.run(mark.id);
  }
  return marked.size;
}

/**
 * Whether a waiting change may find its item now: a change to a metric, passage or document
 * names the bytes of its version in its key, and waits for as long as no version with those
 * bytes is here (it would be 'missing' again). Each content hash is looked up once.
 */
function versionHere(db: Database): (change: Change) => boolean {
  const known = new Map<string, boolean>();
  const held = db.prepare('SELECT 1 FROM document_versions WHERE content_hash = ?').pluck();
  return (change) => {
    if (change.kind !== 'metric' && change.kind !== 'passage' && change.kind !== 'document') return true;
    const hash = change.key.split(':')[1] ?? '';
    if (!known.has(hash)) known.set(hash, held.get(hash) !== undefined);
    return known.get(hash)!;
  };
}

/**
 * Tries the waiting changes again, in their order, a batch per transaction with a turn of the
 * event loop between: changes that wait for good (edits to figures another extractor version
 * placed elsewhere, a document that could not be read here) add up, and one transaction over
 * all of them held the thread that answers the UI for 11 s at 100,000 at every sync.
 */
async function applyWaiting(db: Database, waiting: Change[], context: ApplyContext, counts: PullCounts, batchSize: number): Promise<void> {
  for (let at = 0; at < waiting.length; at += batchSize) {
    if (at) await new Promise<void>((resolve) => setImmediate(resolve));
    applyAll(db, waiting.slice(at, at + batchSize), context, counts, () => undefined);
  }
}

/** Keeps pulled changes (once each, by id) and returns the ones new to this workspace. */
function keep(db: Database, rows: HubChange[], own: string): Change[] {
  const insert = db.prepare(`INSERT OR IGNORE INTO team_changes (id, hlc, author, kind, key, field, value, base, made_at, origin, done)
    VALUES (@id, @hlc, @author, @kind, @key, @field, @value, @base, @madeAt, 'remote', 0)`);
  return rows.filter((r) => r.workspaceId !== own && insert.run(r).changes === 1);
}

/**
 * Pulls what the hub accepted past this workspace's cursor, batch by batch: each batch is
 * kept, applied and the cursor moved in one SQLite transaction, so a cut anywhere resumes
 * from the last whole batch. Changes to metrics not here yet (their document is not imported)
 * wait and are tried again at each pull. Document versions are read by a reader process
 * (document-reads.ts), never on this thread, and stored here in order.
 */
export async function pull(db: Database, client: pg.Client, options: PullOptions): Promise<PullCounts> {
  const reads = new DocumentReads(client, options.reading);
  try {
    return await pullWith(db, client, reads, options);
  } finally {
    reads.close();
  }
}

async function pullWith(db: Database, client: pg.Client, reads: DocumentReads, { batchSize, now, share, afterBatch }: PullOptions): Promise<PullCounts> {
  const context = { now, share };
  const counts = empty();
  const state = new TeamStateStore(db);
  /** Pulled documents that could not be read or stored here, in words. */
  const notes: string[] = [];
  await retryVersions(db, reads, counts, notes);
  const waiting = db.prepare(`SELECT id, hlc, author, kind, key, field, value, base, made_at AS madeAt FROM team_changes
    WHERE origin = 'remote' AND done = 0 AND kind IN ('metric', 'annotation', 'report', 'tag', 'passage', 'document') AND field != 'version' ORDER BY hlc`).all() as Change[];
  await applyWaiting(db, waiting.filter(versionHere(db)), context, counts, batchSize);
  let first: string | null = null;
  for (;;) {
    const { pulledSeq, workspaceId } = state.get();
    const result = await client.query(`SELECT seq, id, hlc, workspace_id AS "workspaceId", author, kind, key, field, value, base, made_at AS "madeAt"
      FROM assay.changes WHERE seq > $1 ORDER BY seq LIMIT $2`, [pulledSeq, batchSize]);
    if (!result.rows.length) break;
    const read = readRows(result.rows);
    reads.plan(read.changes.filter((row) => isVersion(row) && needsBytes(db, row, workspaceId!)).map(wantedOf));
    for (const run of runs(read.changes)) {
      if (isVersion(run[0]!)) await pullDocument(db, reads, run[0]!, workspaceId!, counts, notes);
      else pullChanges(db, run, workspaceId!, context, counts);
    }
    // Past the rows skipped at the batch's end too, so the next pull does not meet them again.
    const last = Number(result.rows[result.rows.length - 1].seq);
    if (last > state.get().pulledSeq) writeTransaction(db, () => state.setPulled(last));
    counts.unreadable += read.skipped;
    first ??= read.first;
    afterBatch?.(counts.pulled);
  }
  counts.warning = [skippedWarning(counts.unreadable, first), ...notes].filter(Boolean).join(' ') || null;
  counts.waiting = (db.prepare(`SELECT count(*) AS n FROM team_changes WHERE origin = 'remote' AND done = 0`).get() as { n: number }).n;
  return counts;
}

/** Whether a change is a document version (its bytes are fetched and imported), rather than an edit to an item. */
const isVersion = (change: Change) => change.kind === 'document' && change.field === 'version';

/** Splits a batch into runs of item changes, and each document version on its own (its import is a transaction of its own). */
function runs(rows: HubChange[]): HubChange[][] {
  const out: HubChange[][] = [];
  for (const row of rows) {
    const last = out[out.length - 1];
    if (!isVersion(row) && last && !isVersion(last[0]!)) last.push(row);
    else out.push([row]);
  }
  return out;
}

/** Keeps and applies a run of item changes and moves the cursor past them, in one transaction. */
function pullChanges(db: Database, rows: HubChange[], own: string, context: ApplyContext, counts: PullCounts): void {
  writeTransaction(db, () => {
    const fresh = keep(db, rows, own);
    counts.pulled += fresh.length;
    applyAll(db, fresh, context, counts, () => new TeamStateStore(db).setPulled(rows[rows.length - 1]!.seq));
  });
}

/** Whether a version change brings bytes this workspace must read: one from elsewhere, not kept before, whose bytes are not here. */
function needsBytes(db: Database, row: HubChange, own: string): boolean {
  const known = row.workspaceId === own || db.prepare('SELECT 1 FROM team_changes WHERE id = ?').get(row.id) !== undefined;
  return !known && !hasVersion(db, row.key.slice(2));
}

/**
 * A document version from elsewhere: its bytes are fetched and read before the transaction,
 * by a reader process (reading a PDF takes a while), then stored, the change kept and the
 * cursor moved in one.
 */
async function pullDocument(db: Database, reads: DocumentReads, row: HubChange, own: string, counts: PullCounts, notes: string[]): Promise<void> {
  const pulled = needsBytes(db, row, own) ? await reads.take(row.key.slice(2)) : null;
  writeTransaction(db, () => {
    const state = new TeamStateStore(db);
    const fresh = keep(db, [row], own);
    counts.pulled += fresh.length;
    if (fresh.length && (!pulled || storePulled(db, pulled, row, counts, notes))) db.prepare('UPDATE team_changes SET done = 1 WHERE id = ?').run(row.id);
    const { wall, counter } = parseHlc(row.hlc);
    state.receive(wall, counter);
    state.setPulled(row.seq);
  });
}

/**
 * Why reading a document may go another way next time: over its time or memory budget (a
 * machine busy elsewhere), its reader crashed, or another process held the workspace.
 */
const READ_AGAIN = new Set(['TOO_SLOW', 'TOO_MUCH_MEMORY', 'READER_CRASHED', 'BUSY']);

/**
 * Stores a pulled version inside the caller's transaction, with the recorder off, counts it,
 * and says whether its change is done. One that could not be read or stored is said in `notes`,
 * in the words an import uses; where another try may go otherwise (READ_AGAIN) its change
 * stays to do, and the next pull reads it again (`retryVersions`), so a busy moment never loses
 * a teammate's document for good.
 */
function storePulled(db: Database, pulled: PulledDocument, change: Change, counts: PullCounts, notes: string[]): boolean {
  const state = new TeamStateStore(db);
  state.setRecording(false);
  const outcome = storeDocument(db, pulled, change);
  state.setRecording(true);
  if (outcome?.status !== 'failed') {
    if (outcome?.status === 'imported' || outcome?.status === 'new-version') counts.documents++;
    if (outcome && pulled.otherExtractor) counts.otherExtractor++;
    return true;
  }
  const again = READ_AGAIN.has(outcome.code);
  notes.push(`${outcome.error}${again ? ' It is read again at the next sync.' : ''}`);
  return !again;
}

/** Pulled versions left to do by an earlier pull (their read failed in a way another try may not): read and stored now, in the order they came. */
async function retryVersions(db: Database, reads: DocumentReads, counts: PullCounts, notes: string[]): Promise<void> {
  const versions = db.prepare(`SELECT id, hlc, author, kind, key, field, value, base, made_at AS madeAt FROM team_changes
    WHERE origin = 'remote' AND done = 0 AND kind = 'document' AND field = 'version' ORDER BY rowid`).all() as Change[];
  const done = db.prepare('UPDATE team_changes SET done = 1 WHERE id = ?');
  reads.plan(versions.filter((v) => !hasVersion(db, v.key.slice(2))).map(wantedOf));
  for (const version of versions) {
    const pulled = hasVersion(db, version.key.slice(2)) ? null : await reads.take(version.key.slice(2));
    writeTransaction(db, () => {
      if (!pulled || storePulled(db, pulled, version, counts, notes)) done.run(version.id);
    });
  }
}

/** What a version change asks to be read: its bytes by hash, under the file name it gives. */
const wantedOf = (change: Change) => ({ hash: change.key.slice(2), fileName: change.value ?? `${change.key.slice(2)}.txt` });
