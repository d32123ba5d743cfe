import type { Database } from 'better-sqlite3';
import { AssayError } from '../../../shared/errors.ts';

/*
 * A request must never wait on another process's write lock with the thread that answers the
 * UI: better-sqlite3's busy wait blocks that thread, so every other request queues behind it
 * (#21). A request therefore tries its write without waiting (busy_timeout 0), and while the
 * lock is held it tries again after short pauses that leave the thread free for other requests.
 * Past a bound it answers BUSY, which the client retries on its own and shows as "waiting".
 */

/** How long one request keeps trying before it answers BUSY. */
export const BUSY_ANSWER_MS = 400;

/** Pauses between tries: short at first, then at most this long. */
const PAUSES_MS = [5, 10, 20, 40, 80];

/** True for SQLite's "another connection holds the lock" errors (SQLITE_BUSY…, SQLITE_LOCKED…). */
export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/** The answer when the lock stayed taken: nothing was changed, and trying again is safe. */
export function busyError(): AssayError {
  return new AssayError(
    'BUSY',
    'Another Assay process is writing to this workspace (an import, a sync or a second window). Nothing was changed; try again in a moment.',
  );
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `fn` (database work that changes nothing when it fails busy: one write transaction, or
 * a method whose writes are one transaction) on a connection whose busy_timeout is 0, so a
 * taken lock fails at once instead of blocking the thread. While the lock is taken it tries
 * again after pauses, in which other requests are answered, for up to `withinMs`; then throws
 * BUSY. Any other error is thrown as it is.
 */
export async function retryWhileBusy<T>(fn: () => T | Promise<T>, withinMs = BUSY_ANSWER_MS): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (!isBusy(error)) throw error;
      const wait = PAUSES_MS[Math.min(attempt, PAUSES_MS.length - 1)]!;
      if (Date.now() + wait > deadline) throw busyError();
      await pause(wait);
    }
  }
}

/** Makes a connection fail at once on a taken lock (busy_timeout 0), for `retryWhileBusy`. */
export function neverWaitOnLocks(db: Database): void {
  db.pragma('busy_timeout = 0');
}
