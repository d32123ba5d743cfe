import type { Database } from 'better-sqlite3';
import type pg from 'pg';
import { AssayError } from '../../../shared/errors.ts';
import { writeTransaction } from '../db/write.ts';
import { EXTRACTOR_VERSION } from '../extract/extract.ts';
import type { Change } from './change.ts';
import { normalizeHlc } from './hlc.ts';

/** A batch carries at most this many bytes of documents (at least one document), to bound memory. */
const BATCH_BYTES = 32 * 1024 * 1024;

interface Blob { hash: string; bytes: Buffer }

/** Pushes serialise on this advisory lock, so the hub's seq order is its commit order and no pull skips a change. */
export const PUSH_LOCK = 0x41535943;

/** The oldest local changes the hub does not hold yet. */
export function unpushed(db: Database, limit: number): Change[] {
  return db.prepare(`SELECT c.id, c.hlc, s.workspace_id AS workspaceId, c.author, c.kind, c.key, c.field, c.value, c.base, c.made_at AS madeAt
    FROM team_changes c, team_state s WHERE c.origin = 'local' AND c.done = 0 ORDER BY c.rowid LIMIT ?`).all(limit) as Change[];
}

/** How many local changes wait to be pushed. */
export function pendingCount(db: Database): number {
  return (db.prepare(`SELECT count(*) AS n FROM team_changes WHERE origin = 'local' AND done = 0`).get() as { n: number }).n;
}

/**
 * Sends one batch in one hub transaction. A change the hub already holds (the batch was sent
 * before, but the cut came before this workspace noted it) is skipped by its id, so a
 * resumed push never duplicates.
 */
async function sendBatch(client: pg.Client, batch: Change[], blobs: Blob[]): Promise<void> {
  const column = <K extends keyof Change>(k: K) => batch.map((c) => c[k]);
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [PUSH_LOCK]);
    // The bytes go in before the changes that name them, in the same transaction.
    for (const blob of blobs) {
      await client.query('INSERT INTO assay.blobs (content_hash, bytes, extractor_version) VALUES ($1, $2, $3) ON CONFLICT (content_hash) DO NOTHING', [blob.hash, blob.bytes, EXTRACTOR_VERSION]);
    }
    const inserted = await client.query(`INSERT INTO assay.changes (id, hlc, workspace_id, author, kind, key, field, value, base, made_at)
      SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
      ON CONFLICT (id) DO NOTHING RETURNING id`, [column('id'), column('hlc'), column('workspaceId'), column('author'), column('kind'), column('key'), column('field'),
      column('value'), column('base'), column('madeAt')]);
    if (inserted.rowCount !== batch.length) await sameAsHeld(client, batch, new Set(inserted.rows.map((r: { id: string }) => r.id)));
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** The bytes of the documents a batch names, the batch cut short where they pass BATCH_BYTES. */
function withBlobs(db: Database, changes: Change[]): { batch: Change[]; blobs: Blob[] } {
  const read = db.prepare('SELECT original FROM document_versions WHERE content_hash = ?').pluck();
  const blobs: Blob[] = [];
  let size = 0;
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    if (change.kind !== 'document') continue;
    const bytes = read.get(change.key.slice(2)) as Buffer | undefined;
    if (!bytes) continue; // the version was removed since; its change still says it existed
    if (blobs.length && size + bytes.length > BATCH_BYTES) return { batch: changes.slice(0, i), blobs };
    blobs.push({ hash: change.key.slice(2), bytes });
    size += bytes.length;
  }
  return { batch: changes, blobs };
}

/**
 * A change the hub already holds under the same id must be this very change, sent before.
 * Anything else means two workspace files share one id: a joined workspace was copied, and
 * the copy's changes would be dropped as duplicates. Refused, in words, before that happens.
 */
async function sameAsHeld(client: pg.Client, batch: Change[], inserted: Set<string>): Promise<void> {
  const resent = batch.filter((c) => !inserted.has(c.id));
  const held = await client.query('SELECT id, hlc, key, field, value FROM assay.changes WHERE id = ANY($1::text[])', [resent.map((c) => c.id)]);
  const byId = new Map(held.rows.map((r: Pick<Change, 'id' | 'hlc' | 'key' | 'field' | 'value'>) => [r.id, r]));
  const other = resent.find((c) => {
    const h = byId.get(c.id);
    // A stamp the hub took with a seven-digit counter was rewritten here as the one it stands for (migration 36).
    return !h || normalizeHlc(h.hlc) !== c.hlc || h.key !== c.key || h.field !== c.field || h.value !== c.value;
  });
  if (other) {
    throw new AssayError('WORKSPACE_COPIED', `The hub already holds a different change ${other.id}: this workspace file is a copy of another workspace that syncs with the same hub, so its changes cannot be told apart. Nothing was pushed. Join the hub from a new workspace instead of copying a joined one.`);
  }
}

/** Pushes every local change, batch by batch: each batch is committed on the hub, then marked here. Returns how many. */
export async function push(db: Database, client: pg.Client, batchSize: number, afterBatch?: (pushed: number) => void): Promise<number> {
  let pushed = 0;
  for (;;) {
    const { batch, blobs } = withBlobs(db, unpushed(db, batchSize));
    if (!batch.length) return pushed;
    await sendBatch(client, batch, blobs);
    afterBatch?.(pushed + batch.length);
    writeTransaction(db, () => {
      db.prepare(`UPDATE team_changes SET done = 1 WHERE id IN (SELECT value FROM json_each(?))`).run(JSON.stringify(batch.map((c) => c.id)));
    });
    pushed += batch.length;
  }
}
