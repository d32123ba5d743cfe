import type { Database } from 'better-sqlite3';

/**
 * Runs `fn` in a write transaction that starts as a writer (BEGIN IMMEDIATE), and returns
 * what it returns. A deferred transaction that reads and then writes is refused at once
 * (SQLITE_BUSY, whatever busy_timeout says) when another process holds the write lock; an
 * immediate one waits for the lock under busy_timeout before it reads anything. Inside
 * another transaction it is a savepoint, as with `db.transaction`.
 */
export function writeTransaction<T>(db: Database, fn: () => T): T {
  return db.transaction(fn).immediate();
}
