import type { Database } from 'better-sqlite3';
import type pg from 'pg';
import { AssayError } from '../../../shared/errors.ts';
import type { FileBudgets } from '../jobs/budgets.ts';
import type { ReaderRelay } from '../jobs/reader-relay-messages.ts';
import { relayedReaders } from '../jobs/relayed-reader.ts';
import { checkHub, connectHub, prepareHub, type HubRole } from './hub.ts';
import { hubErrorInWords, type HubAction } from './hub-errors.ts';
import { HUB_TIMEOUTS, hubTimeouts, type HubTimeouts } from './hub-timeouts.ts';
import { parseHubUrl, type HubAddress } from './hub-url.ts';
import { pull, type PullCounts } from './pull.ts';
import { pendingCount, push } from './push.ts';
import { TeamStateStore } from './team-state.ts';

/** Batch sizes: big enough to amortise a round trip, small enough that no SQLite transaction holds the writer long. */
export const PUSH_BATCH = 1000;
export const PULL_BATCH = 1000;

/** What one sync did. `held`: local changes a viewer cannot push. */
export interface SyncCounts extends PullCounts { pushed: number; held: number; role: HubRole }

/** Prepares (or upgrades) an empty PostgreSQL database as a team hub. */
export async function createHub(url: string): Promise<Awaited<ReturnType<typeof prepareHub>> & { url: string }> {
  const { address, password } = parseHubUrl(url);
  return inWords(address, 'create', async () => {
    const client = await connectHub(address, password);
    try {
      return { ...await prepareHub(client, address), url: address.url };
    } finally {
      await client.end();
    }
  });
}

/** Runs a piece of work with the hub, its failures said in words (hub-errors.ts). */
async function inWords<T>(address: HubAddress, action: HubAction, work: () => Promise<T>, timeouts: HubTimeouts = HUB_TIMEOUTS): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw hubErrorInWords(error, address, action, timeouts);
  }
}

/**
 * Attaches a workspace to a hub under the analyst's name. Only the address without its
 * password is kept in the workspace. An editor is listed among the hub's members.
 */
export async function joinHub(db: Database, url: string, member: string): Promise<{ url: string; role: HubRole; workspaceId: string }> {
  const state = new TeamStateStore(db);
  const current = state.get();
  if (current.hubUrl) throw new AssayError('ALREADY_JOINED', `This workspace already syncs with ${current.hubUrl} as ${current.member}. A workspace belongs to one hub; join from a new workspace.`);
  const { address, password } = parseHubUrl(url);
  return inWords(address, 'join', async () => {
    const client = await connectHub(address, password);
    try {
      const { role } = await checkHub(client, address);
      const workspaceId = state.join(address.url, member);
      if (role === 'editor') await client.query('INSERT INTO assay.members (workspace_id, name) VALUES ($1, $2)', [workspaceId, member]);
      return { url: address.url, role, workspaceId };
    } finally {
      await client.end();
    }
  });
}

/**
 * The hub URL this workspace joined with, read as any other. One an earlier Assay accepted with a parameter this one
 * refuses ("host=", "ssl=") is refused with what to do, since the workspace cannot be given another.
 */
function storedHubUrl(url: string): ReturnType<typeof parseHubUrl> {
  try {
    return parseHubUrl(url);
  } catch (error) {
    if (!(error instanceof AssayError) || error.code !== 'USAGE') throw error;
    throw new AssayError('HUB_URL_REFUSED', `This workspace joined its hub with a URL this Assay no longer accepts: ${error.message} Nothing was sent. To go on syncing, join the hub again from a new workspace ("assay team join URL --as NAME"); this workspace's work stays here.`);
  }
}

/** The address of the workspace's hub; refused for a workspace that never joined. */
function joinedHub(db: Database): HubAddress {
  const state = new TeamStateStore(db).get();
  if (!state.hubUrl) throw new AssayError('NOT_JOINED', 'This workspace has not joined a team hub. Join one with "assay team join URL --as NAME".');
  return storedHubUrl(state.hubUrl).address;
}

/** The workspace's hub, connected and checked. */
async function open(address: HubAddress, password: string | null, timeouts: HubTimeouts = HUB_TIMEOUTS): Promise<{ client: pg.Client; role: HubRole }> {
  const client = await connectHub(address, password, timeouts);
  try {
    const { role } = await checkHub(client, address);
    return { client, role };
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
}

/**
 * Options for a sync. `onBatch` is called after each pushed batch is committed on the hub
 * (before the workspace notes it) and after each pulled batch is committed here: progress
 * for the UI, and the points where tests cut a sync.
 */
export interface SyncOptions {
  password?: string | null; now?: () => string; pushBatch?: number; pullBatch?: number; onBatch?: (phase: 'push' | 'pull', done: number) => void;
  /** Timeouts other than the defaults (HUB_TIMEOUTS). */
  timeouts?: Partial<HubTimeouts>;
  /** Called as each pulled document has been read by a reader process: how many so far, of how many this pull has met. */
  onDocument?: (read: number, planned: number) => void;
  /** Where readers of pulled documents come from in the desktop app (its main process starts them); unset, they are forked. */
  readers?: ReaderRelay;
  /** What one pulled document may cost to read; an import's (FILE_BUDGETS) unless a test shrinks them. */
  budgets?: Partial<FileBudgets>;
}

/**
 * Push then pull. A viewer's sync pushes nothing (PostgreSQL would refuse it) and says how
 * many local changes stay here. The outcome, or the error in words, is kept for the status.
 */
export async function sync(db: Database, options: SyncOptions = {}): Promise<SyncCounts> {
  const now = options.now ?? (() => new Date().toISOString());
  const state = new TeamStateStore(db);
  try {
    const address = joinedHub(db);
    const timeouts = hubTimeouts(options.timeouts);
    return await inWords(address, 'sync', async () => {
      const { client, role } = await open(address, options.password ?? null, timeouts);
      try {
        state.shareUnplacedTags();
        const pushBatch = () => (role === 'editor' ? push(db, client, options.pushBatch ?? PUSH_BATCH, (n) => options.onBatch?.('push', n)) : Promise.resolve(0));
        let pushed = await pushBatch();
        const reading = { launch: options.readers ? relayedReaders(options.readers) : undefined, budgets: options.budgets, onRead: options.onDocument };
        const counts = await pull(db, client, { batchSize: options.pullBatch ?? PULL_BATCH, now: now(), share: role === 'editor', afterBatch: (n) => options.onBatch?.('pull', n), reading });
        // Offered after the pull, so a field the team changed meanwhile is known and not offered over (then pushed at once).
        if (state.offerEarlierWorkOnce()) pushed += await pushBatch();
        state.finished(now(), null);
        return { ...counts, pushed, held: role === 'editor' ? 0 : pendingCount(db), role };
      } finally {
        // A connection already lost has nothing left to close.
        await client.end().catch(() => undefined);
      }
    }, timeouts);
  } catch (error) {
    if (state.joined()) state.finished(now(), (error as Error).message);
    throw error;
  }
}

/** The workspace's side of the team: what it knows without reaching the hub. */
export interface LocalTeamStatus { joined: boolean; hubUrl: string | null; member: string | null; pending: number; lastSyncAt: string | null; lastError: string | null }

export function localStatus(db: Database): LocalTeamStatus {
  const state = new TeamStateStore(db).get();
  return { joined: state.hubUrl !== null, hubUrl: state.hubUrl, member: state.member, pending: pendingCount(db), lastSyncAt: state.lastSyncAt, lastError: state.lastError };
}

/** The hub's side: format, this login's role, members and how many changes it holds. */
export async function hubStatus(db: Database, password: string | null = null): Promise<{ version: number; role: HubRole; members: string[]; changes: number }> {
  const address = joinedHub(db);
  return inWords(address, 'status', async () => {
    const { client, role } = await open(address, password);
    try {
      const { version } = await checkHub(client, address);
      const members = await client.query('SELECT name FROM assay.members ORDER BY joined_at');
      const changes = await client.query('SELECT count(*)::int AS n FROM assay.changes');
      return { version, role, members: members.rows.map((r: { name: string }) => r.name), changes: changes.rows[0].n as number };
    } finally {
      await client.end().catch(() => undefined);
    }
  });
}
