import { expect, it } from 'vitest';
import type { Service } from '../../../electron/core/service.ts';
import { createHub, joinHub, sync } from '../../../electron/core/team/team.ts';
import { analystWorkspace, hubName, metricState, teamSuite } from './team-suite.ts';

/** The first metric by position (the same figure in every workspace holding the fixtures). */
const firstId = (s: Service) => s.call('metrics.page', { endRow: 1, sort: [{ column: 'position', direction: 'asc' }] }).rows[0]!.id;
const status = (s: Service) => s.call('metrics.get', { id: firstId(s) }).status;
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

/**
 * Ann and Bo set the same field of the first metric concurrently and sync until both see
 * the dispute; Ann then verifies it and both sync again (the audit's sequence).
 */
async function resolvedConflict(a: Service, b: Service): Promise<void> {
  a.call('metrics.update', { id: firstId(a), patch: { unit: 'A' } });
  await tick();
  b.call('metrics.update', { id: firstId(b), patch: { unit: 'B' } });
  await sync(a.workspace.db);
  await sync(b.workspace.db);
  await sync(a.workspace.db);
  expect([status(a), status(b)]).toEqual(['disputed', 'disputed']);
  await tick();
  a.call('metrics.update', { id: firstId(a), patch: { status: 'verified' } });
  await sync(a.workspace.db);
  await sync(b.workspace.db);
  expect([status(a), status(b)]).toEqual(['verified', 'verified']);
}

teamSuite('team disputes', (cluster) => {
  it('a workspace pulling an old conflict later marks nothing over the verdict given since: all three converge on verified', async () => {
    const url = await cluster().createDatabase(hubName());
    await createHub(url);
    const [a, b, c] = [await analystWorkspace(), await analystWorkspace(), await analystWorkspace()];
    await joinHub(a.workspace.db, url, 'Ann');
    await joinHub(b.workspace.db, url, 'Bo');
    await joinHub(c.workspace.db, url, 'Cy');
    await resolvedConflict(a, b);
    // Cy never edited: pulling the old conflict must not re-dispute the metric for the team.
    await sync(c.workspace.db);
    await sync(c.workspace.db);
    await sync(a.workspace.db);
    await sync(b.workspace.db);
    expect([status(a), status(b), status(c)]).toEqual(['verified', 'verified', 'verified']);
    expect(metricState(c)).toEqual(metricState(a));
    expect(metricState(b)).toEqual(metricState(a));
    // The dispute was marked once for the team, stamped with the conflict (not with whoever saw it), and not by Cy.
    const marks = a.workspace.db.prepare(`SELECT author FROM team_changes WHERE field = 'status' AND value = 'disputed'`).pluck().all();
    expect(marks).toEqual(['Ann and Bo']);
    expect(c.call('metrics.get', { id: firstId(c) }).history.filter((h) => h.newValue === 'disputed').map((h) => h.author)).not.toContain('Cy');
  });

  it('a viewer who pulls the conflict and the verdict converges with the editors, and holds no change of its own', async () => {
    const name = hubName();
    const url = await cluster().createDatabase(name);
    await createHub(url);
    const viewer = `${name}_vic`;
    await cluster().sql(name, `CREATE ROLE ${viewer} LOGIN IN ROLE ${name}_viewer`);
    const [a, b, v] = [await analystWorkspace(), await analystWorkspace(), await analystWorkspace()];
    await joinHub(a.workspace.db, url, 'Ann');
    await joinHub(b.workspace.db, url, 'Bo');
    await joinHub(v.workspace.db, url.replace('postgres@', `${viewer}@`), 'Vic');
    // The viewer sees the conflict first, then the verdict in a later sync.
    a.call('metrics.update', { id: firstId(a), patch: { unit: 'A' } });
    await tick();
    b.call('metrics.update', { id: firstId(b), patch: { unit: 'B' } });
    await sync(a.workspace.db);
    await sync(b.workspace.db);
    await sync(v.workspace.db);
    expect(status(v)).toBe('disputed');
    await sync(a.workspace.db);
    await tick();
    a.call('metrics.update', { id: firstId(a), patch: { status: 'verified' } });
    await sync(a.workspace.db);
    await sync(b.workspace.db);
    expect(await sync(v.workspace.db)).toMatchObject({ role: 'viewer', held: 2 });
    await sync(v.workspace.db);
    await sync(a.workspace.db);
    expect([status(a), status(b), status(v)]).toEqual(['verified', 'verified', 'verified']);
    expect(metricState(v)).toEqual(metricState(a));
    expect(metricState(b)).toEqual(metricState(a));
  });
});
