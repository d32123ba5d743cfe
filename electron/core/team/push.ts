import type { Database } from 'better-sqlite3';
import type pg from 'pg';
import { writeTransaction } from '../db/write.ts';
import type { Change } from './change.ts';

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
async function sendBatch(client: pg.Client, batch: Change[]): Promise<void> {
  const column = <K extends keyof Change>(k: K) => batch.map((c) => c[k]);
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [PUSH_LOCK]);
    await client.query(`INSERT INTO assay.changes (id, hlc, workspace_id, author, kind, key, field, value, base, made_at)
      SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
      ON CONFLICT (id) DO NOTHING`, [column('id'), column('hlc'), column('workspaceId'), column('author'), column('kind'), column('key'), column('field'),
      column('value'), column('base'), column('madeAt')]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** Pushes every local change, batch by batch: each batch is committed on the hub, then marked here. Returns how many. */
export async function push(db: Database, client: pg.Client, batchSize: number, afterBatch?: (pushed: number) => void): Promise<number> {
  let pushed = 0;
  for (;;) {
    const batch = unpushed(db, batchSize);
    if (!batch.length) return pushed;
    await sendBatch(client, batch);
    afterBatch?.(pushed + batch.length);
    writeTransaction(db, () => {
      db.prepare(`UPDATE team_changes SET done = 1 WHERE id IN (SELECT value FROM json_each(?))`).run(JSON.stringify(batch.map((c) => c.id)));
    });
    pushed += batch.length;
  }
}
