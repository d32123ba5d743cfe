import pg from 'pg';
import { expect, it, vi } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { Service } from '../../../electron/core/service.ts';
import { createHub, joinHub } from '../../../electron/core/team/team.ts';
import { runCli } from '../../helpers/run-cli.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';
import type { Cluster } from './pg-cluster.ts';
import { analystWorkspace, hubName, teamSuite } from './team-suite.ts';

/** A line of a JavaScript stack trace, which an analyst should never be shown. */
const STACK = /^\s+at /mu;

/** A connection to the hub's database as the superuser, for the test's own statements. */
async function superuser(cluster: Cluster, name: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: cluster.url(name) });
  await client.connect();
  return client;
}

/** Waits until an Assay connection waits for a lock, then ends it, as an administrator (or a dropped network) would. */
async function terminateWaitingSync(admin: pg.Client): Promise<void> {
  await vi.waitFor(async () => {
    const found = await admin.query(`SELECT pid FROM pg_stat_activity WHERE application_name = 'assay' AND wait_event_type = 'Lock'`);
    expect(found.rowCount).toBe(1);
  }, { timeout: 15_000, interval: 50 });
  await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'assay' AND wait_event_type = 'Lock'`);
}

teamSuite('team hub errors in words', (cluster) => {
  it('a login in neither hub role is told so, with the GRANT that fixes it: join on the command line, sync through the service', async () => {
    const name = hubName();
    const url = await cluster().createDatabase(name);
    await createHub(url);
    await cluster().sql(name, `CREATE ROLE ${name}_eve LOGIN`);
    const eveUrl = url.replace('postgres@', `${name}_eve@`);
    const joined = await runCli(['team', 'join', eveUrl, '--as', 'Eve', '-w', tempWorkspacePath()]);
    expect(joined).toMatchObject({ code: 1, stderr: expect.stringContaining(`${name}_eve is in neither of the hub's roles`) });
    expect(joined.stderr).toContain(`GRANT ${name}_editor TO ${name}_eve`);
    expect(joined.stderr).not.toMatch(STACK);

    // Joined while it was an editor, then taken out of the role: the workbench's sync says the same.
    await cluster().sql(name, `GRANT ${name}_editor TO ${name}_eve`);
    const ws = await analystWorkspace();
    await joinHub(ws.workspace.db, eveUrl, 'Eve');
    await cluster().sql(name, `REVOKE ${name}_editor FROM ${name}_eve`);
    await expect(ws.request('team.sync', {})).rejects.toMatchObject({ code: 'HUB_NO_ROLE', message: expect.stringContaining(`GRANT ${name}_viewer TO ${name}_eve`) });
    expect(ws.call('team.status', {}).lastError).toContain('in neither of the hub\'s roles');
  });

  it('a connection lost in the middle of a sync is an error in words, on the command line and through the service, and the next sync goes on', async () => {
    const name = hubName();
    const url = await cluster().createDatabase(name);
    await createHub(url);
    const ws = await analystWorkspace();
    await joinHub(ws.workspace.db, url, 'Ann');
    const file = ws.workspace.path;
    ws.workspace.db.close();
    const [admin, locker] = [await superuser(cluster(), name), await superuser(cluster(), name)];
    try {
      // The sync waits behind a lock the test holds; its connection is then ended under it.
      await locker.query('BEGIN; LOCK TABLE assay.changes IN ACCESS EXCLUSIVE MODE');
      const cli = runCli(['sync', '-w', file]);
      await terminateWaitingSync(admin);
      const result = await cli;
      expect(result).toMatchObject({ code: 1, stderr: expect.stringContaining('connection to the team hub') });
      expect(result.stderr).toContain('run the sync again');
      expect(result.stderr).not.toMatch(STACK);

      const service = new Service(await openWorkspace(file));
      const viaService = service.request('team.sync', {});
      await terminateWaitingSync(admin);
      await expect(viaService).rejects.toMatchObject({ code: 'HUB_CONNECTION_LOST' });
      expect(service.call('team.status', {}).lastError).toContain('connection to the team hub');
      await locker.query('COMMIT');
      expect(await service.request('team.sync', {})).toMatchObject({ pushed: 2 });
      service.workspace.db.close();
    } finally {
      await admin.end();
      await locker.end();
    }
  });
});
