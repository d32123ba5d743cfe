import type { Database } from 'better-sqlite3';
import { isAssayError } from '../../../shared/errors.ts';
import type { SyncProgress } from '../../../shared/team.ts';
import type { ReaderRelay } from '../jobs/reader-relay-messages.ts';
import { localStatus, sync, type SyncCounts } from './team.ts';

/** How often a joined workspace syncs on its own while the workbench is open. */
export const SYNC_INTERVAL_MS = 60_000;

/**
 * Syncs a team workspace in the background on a timer, and on demand. Only one sync runs
 * at a time (a request during one shares it). The hub is reached through pg, which is
 * asynchronous, and the workspace is written in batches of a few hundred changes, each a
 * short transaction, so the thread answering the UI is never held for long. A failure is
 * kept in the workspace as the last error, for the sync button to show.
 *
 * A hub that asks for a password gets the one the analyst typed (or the desktop app read from
 * the system keychain), held here in memory only: never written to the workspace.
 */
export class BackgroundSync {
  private readonly db: Database;
  private readonly intervalMs: number;
  private running: Promise<SyncCounts> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private password: string | null = null;
  /** The latest sync failed because the hub wants a password this one lacks (or refused it). */
  private refused = false;
  private readonly readers: ReaderRelay | undefined;
  private current: SyncProgress | null = null;

  /**
   * `readers`: where the desktop app's reader processes come from (its main process starts
   * them); unset, they are forked. Pulled documents are read in them, never on this thread.
   */
  constructor(db: Database, intervalMs = SYNC_INTERVAL_MS, readers?: ReaderRelay) {
    this.db = db;
    this.intervalMs = intervalMs;
    this.readers = readers;
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

  /** How far the running sync has got, for the sync button; null when none runs. */
  get progress(): SyncProgress | null {
    return this.running ? this.current : null;
  }

  /** Whether the workbench should ask for the hub's password. */
  get passwordNeeded(): boolean {
    return this.refused;
  }

  /** The hub's password for this session's syncs (null forgets it). */
  usePassword(password: string | null): void {
    this.password = password;
    this.refused = false;
  }

  /** Syncs now, or answers with the sync already running. */
  now(): Promise<SyncCounts> {
    const used = this.password;
    if (!this.running) this.current = { phase: 'push', changes: 0, documentsRead: 0, documents: 0 };
    const progress = (change: Partial<SyncProgress>) => { this.current = { ...this.current!, ...change }; };
    this.running ??= sync(this.db, {
      pushBatch: 500, pullBatch: 200, password: used, readers: this.readers,
      onBatch: (phase, changes) => progress({ phase, changes }),
      onDocument: (documentsRead, documents) => progress({ phase: 'pull', documentsRead, documents, ...(this.current?.phase === 'push' ? { changes: 0 } : {}) }),
    })
      .then((counts) => { this.refused = false; return counts; }, (error: unknown) => {
        // A sync begun before the analyst typed a new password says nothing of the new one.
        if (used === this.password) this.refused = isAssayError(error) && error.code === 'HUB_PASSWORD';
        throw error;
      })
      .finally(() => { this.running = null; });
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
