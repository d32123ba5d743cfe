import pg from 'pg';
import { expect, it } from 'vitest';
import type { Service } from '../../../electron/core/service.ts';
import { clientConfig, parseHubUrl } from '../../../electron/core/team/hub-url.ts';
import { localStatus, sync, type SyncOptions } from '../../../electron/core/team/team.ts';
import { teamSuite, twoAnalysts } from './team-suite.ts';

/** A sync that has not ended within `ms` fails the test instead of hanging it. */
async function syncWithin(s: Service, ms: number, options: SyncOptions): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`the sync still hangs after ${ms} ms`)), ms); });
  try {
    return await Promise.race([sync(s.workspace.db, options), hung]);
  } finally {
    clearTimeout(timer);
  }
}

/** Holds an exclusive lock on the hub's change table, as a maintenance task or a stuck session would, while `body` runs. */
async function whileLocked(url: string, body: () => Promise<void>): Promise<void> {
  const locker = new pg.Client({ connectionString: url });
  await locker.connect();
  try {
    await locker.query('BEGIN; LOCK TABLE assay.changes IN ACCESS EXCLUSIVE MODE');
    await body();
  } finally {
    await locker.query('ROLLBACK').catch(() => undefined);
    await locker.end();
  }
}

it('every hub connection carries a connect timeout, TCP keepalive, and statement, lock, idle-transaction and reply timeouts generous enough for a big batch', () => {
  const config = clientConfig(parseHubUrl('postgresql://ann@db.example.com/team').address, null);
  expect(config).toMatchObject({ connectionTimeoutMillis: 10_000, keepAlive: true, statement_timeout: 300_000, lock_timeout: 60_000, idle_in_transaction_session_timeout: 120_000 });
  // The client waits for a reply longer than the server lets any statement run, so the server's own words come first.
  expect(config.query_timeout).toBeGreaterThan(config.statement_timeout as number);
});

teamSuite('team hub timeouts', (cluster) => {
  it('a sync kept waiting by a lock on the hub stops at the lock timeout and says so in words; the next sync goes on', async () => {
    const { url, a } = await twoAnalysts(cluster);
    await whileLocked(url, async () => {
      await expect(syncWithin(a, 15_000, { timeouts: { lockMs: 300 } })).rejects.toMatchObject({
        code: 'HUB_TIMEOUT', message: expect.stringContaining('waiting for a lock'),
      });
    });
    expect(localStatus(a.workspace.db).lastError).toMatch(/waiting for a lock.*sync again/u);
    expect(await sync(a.workspace.db)).toMatchObject({ pushed: 2 });
  });

  it('a hub that stops answering is left after the reply timeout, in words, instead of "Syncing…" for ever', async () => {
    const { url, a } = await twoAnalysts(cluster);
    await whileLocked(url, async () => {
      await expect(syncWithin(a, 15_000, { timeouts: { lockMs: 60_000, statementMs: 60_000, replyMs: 500 } })).rejects.toMatchObject({
        code: 'HUB_TIMEOUT', message: expect.stringContaining('stopped answering'),
      });
    });
    expect(await sync(a.workspace.db)).toMatchObject({ pushed: 2 });
  });
});
