import type { Database } from 'better-sqlite3';
import { localStatus, sync, type SyncCounts } from './team.ts';

/** How often a joined workspace syncs on its own while the workbench is open. */
export const SYNC_INTERVAL_MS = 60_000;

/**
 * Syncs a team workspace in the background on a timer, and on demand. Only one sync runs
 * at a time (a request during one shares it). The hub is reached through pg, which is
 * asynchronous, and the workspace is written in batches of a few hundred changes, each a
 * short transaction, so the thread answering the UI is never held for long. A failure is
 * kept in the workspace as the last error, for the sync button to show.
 */
export class BackgroundSync {
  private readonly db: Database;
  private readonly intervalMs: number;
  private running: Promise<SyncCounts> | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(db: Database, intervalMs = SYNC_INTERVAL_MS) {
    this.db = db;
    this.intervalMs = intervalMs;
  }

  /** Starts the timer (once). It never keeps the process alive by itself. */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.quietly(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  get syncing(): boolean {
    return this.running !== null;
  }

  /** Syncs now, or answers with the sync already running. */
  now(): Promise<SyncCounts> {
    this.running ??= sync(this.db, { pushBatch: 500, pullBatch: 200 }).finally(() => { this.running = null; });
    return this.running;
  }

  private async quietly(): Promise<void> {
    if (!this.db.open || !localStatus(this.db).joined) return;
    try {
      await this.now();
    } catch {
      // Kept in team_state as the last error; the next tick tries again.
    }
  }
}
