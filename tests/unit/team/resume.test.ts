import { spawn } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { expect, it } from 'vitest';
import type { Service } from '../../../electron/core/service.ts';
import { createHub, joinHub, localStatus, sync } from '../../../electron/core/team/team.ts';
import { analystWorkspace, hubName, metricState, teamSuite } from './team-suite.ts';

const CHILD = path.resolve('tests/unit/team/sync-child.ts');

/** Runs a sync in a child process and kills it -9 when it reaches batch `stopAt` of `phase`. */
function killedSync(workspace: string, phase: 'push' | 'pull', stopAt: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--no-memory-protection-keys', CHILD, workspace, phase, String(stopAt)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('stopped')) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', () => resolve(out.trim()));
  });
}

/** Many changes: every metric relabelled thirty times, then all verified in one step. */
function busyAnalyst(service: Service): number {
  const ids = service.call('metrics.page', { endRow: 1000, sort: [{ column: 'position', direction: 'asc' }] }).rows.map((r) => r.id);
  for (let round = 0; round < 30; round++) {
    for (const id of ids) service.call('metrics.update', { id, patch: { label: `label ${round} of ${id}` } });
  }
  service.call('metrics.bulk', { ids, change: { status: 'verified' } });
  return localStatus(service.workspace.db).pending;
}

async function hubChanges(url: string): Promise<{ n: number; distinct: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const row = (await client.query('SELECT count(*)::int AS n, count(DISTINCT id)::int AS distinct FROM assay.changes')).rows[0] as { n: number; distinct: number };
    return row;
  } finally {
    await client.end();
  }
}

teamSuite('team sync killed mid-batch', (cluster) => {
  it('resumes a push cut between the hub\'s commit and the workspace\'s, and a pull cut between batches, without loss or duplicates', async () => {
    const url = await cluster().createDatabase(hubName());
    await createHub(url);
    const [a, b] = [await analystWorkspace(), await analystWorkspace()];
    await joinHub(a.workspace.db, url, 'Ann');
    await joinHub(b.workspace.db, url, 'Bo');
    const made = busyAnalyst(a);
    expect(made).toBeGreaterThan(150);

    expect(await killedSync(a.workspace.path, 'push', 2)).toBe('stopped');
    expect(await hubChanges(url)).toEqual({ n: 100, distinct: 100 });
    expect(localStatus(a.workspace.db).pending).toBe(made - 50);
    expect(await sync(a.workspace.db)).toMatchObject({ pushed: made - 50 });
    expect(await hubChanges(url)).toEqual({ n: made, distinct: made });
    expect(localStatus(a.workspace.db).pending).toBe(0);

    expect(await killedSync(b.workspace.path, 'pull', 2)).toBe('stopped');
    expect(b.workspace.db.prepare(`SELECT count(*) AS n FROM team_changes WHERE origin = 'remote'`).get()).toEqual({ n: 100 });
    expect(await killedSync(b.workspace.path, 'pull', 1)).toBe('stopped');
    expect(await sync(b.workspace.db)).toMatchObject({ pulled: made - 150, waiting: 0 });
    expect(b.workspace.db.prepare(`SELECT count(*) AS n FROM team_changes WHERE origin = 'remote'`).get()).toEqual({ n: made });
    expect(metricState(b)).toEqual(metricState(a));
  });
});
