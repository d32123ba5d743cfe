import { createHash } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { expect, it } from 'vitest';
import { createHub, joinHub, localStatus, sync } from '../../../electron/core/team/team.ts';
import { METRIC_KEY_SQL } from '../../../electron/core/db/migrations/0029-metric-keys-count-trash.ts';
import { HUB_LATEST } from '../../../electron/core/team/hub-migrations.ts';
import { analystWorkspace, hubName, teamSuite } from './team-suite.ts';

const first = (service: Awaited<ReturnType<typeof analystWorkspace>>) => service.call('metrics.page', { endRow: 3, sort: [{ column: 'position', direction: 'asc' }] }).rows;

async function count(url: string, sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try { return Number((await client.query(sql)).rows[0].n); } finally { await client.end(); }
}

teamSuite('team hub', (cluster) => {
  it('prepares an empty database once, and refuses one holding tables of its own', async () => {
    const url = await cluster().createDatabase(hubName());
    expect(await createHub(url)).toMatchObject({ from: 0, to: HUB_LATEST });
    expect(await createHub(url)).toMatchObject({ from: HUB_LATEST, to: HUB_LATEST });
    const other = await cluster().createDatabase(hubName());
    await cluster().sql(other.split('/').pop()!, 'CREATE TABLE accounts (id int)');
    await expect(createHub(other)).rejects.toMatchObject({ code: 'HUB_NOT_EMPTY' });
  });

  it('refuses a hub from a newer Assay, for create, join and sync alike, and changes nothing', async () => {
    const name = hubName();
    const url = await cluster().createDatabase(name);
    await createHub(url);
    const ws = await analystWorkspace();
    await joinHub(ws.workspace.db, url, 'Ann');
    await cluster().sql(name, `INSERT INTO assay.hub_version (version, name) VALUES (${HUB_LATEST + 1}, 'from the future')`);
    await expect(createHub(url)).rejects.toMatchObject({ code: 'HUB_TOO_NEW', message: expect.stringContaining('newer Assay') });
    await expect(sync(ws.workspace.db)).rejects.toMatchObject({ code: 'HUB_TOO_NEW' });
    expect(localStatus(ws.workspace.db).lastError).toContain('newer Assay');
    await expect(joinHub((await analystWorkspace()).workspace.db, url, 'Bo')).rejects.toMatchObject({ code: 'HUB_TOO_NEW' });
    expect(await count(url, 'SELECT max(version) AS n FROM assay.hub_version')).toBe(HUB_LATEST + 1);
  });

  it('refuses a hub of format 3 (before the tag tree was shared) in words until create upgrades it, then reads the tags its changes name by path', async () => {
    const name = hubName();
    const url = await cluster().createDatabase(name);
    await createHub(url);
    await cluster().sql(name, `DELETE FROM assay.hub_version WHERE version >= 4`);
    const ws = await analystWorkspace();
    await expect(joinHub(ws.workspace.db, url, 'Ann')).rejects.toMatchObject({ code: 'HUB_TOO_OLD', message: expect.stringContaining(`hub format 3; this Assay needs ${HUB_LATEST}`) });
    expect(await createHub(url)).toMatchObject({ from: 3, to: HUB_LATEST });
    await joinHub(ws.workspace.db, url, 'Ann');
    // A change as an Assay of hub format 3 sent it: the metric's tags by path alone.
    const key = ws.workspace.db.prepare(`SELECT ${METRIC_KEY_SQL('?')}`).pluck().get(first(ws)[0]!.id) as string;
    await cluster().sql(name, `INSERT INTO assay.changes (id, hlc, workspace_id, author, kind, key, field, value, base, made_at)
      VALUES ('0a:1', '000000000000001-000000-0a', '0a', 'Old Assay', 'metric', '${key}', 'tags', '["Legacy/by path"]', NULL, '2025-01-01T00:00:00.000Z')`);
    await sync(ws.workspace.db);
    expect(ws.call('tags.of', { targetKind: 'metric', targetIds: [first(ws)[0]!.id] })[0]!.tags.map((t) => t.path)).toEqual(['Legacy/by path']);
  });

  it('refuses a hub of format 4 (before passage tags were shared) for sync until create upgrades it, then shares them', async () => {
    const name = hubName();
    const url = await cluster().createDatabase(name);
    await createHub(url);
    const ws = await analystWorkspace();
    await joinHub(ws.workspace.db, url, 'Ann');
    await cluster().sql(name, `DELETE FROM assay.hub_version WHERE version >= 5`);
    const passage = ws.call('passages.list', { documentId: ws.call('documents.list', {})[0]!.id, limit: 1 }).passages[0]!.id;
    ws.call('tags.set', { targetKind: 'passage', targetId: passage, tagIds: [ws.call('tags.create', { path: 'Review', color: null }).id] });
    await expect(sync(ws.workspace.db)).rejects.toMatchObject({ code: 'HUB_TOO_OLD', message: expect.stringContaining(`hub format 4; this Assay needs ${HUB_LATEST}`) });
    expect(await count(url, `SELECT count(*) AS n FROM assay.changes WHERE kind = 'passage'`)).toBe(0);
    expect(await createHub(url)).toMatchObject({ from: 4, to: HUB_LATEST });
    await sync(ws.workspace.db);
    expect(await count(url, `SELECT count(*) AS n FROM assay.changes WHERE kind = 'passage'`)).toBe(1);
  });

  it('refuses a hub of format 5 (before document versions named their document) until create upgrades it; a version sent to it then joins no document of the same name', async () => {
    const name = hubName();
    const url = await cluster().createDatabase(name);
    await createHub(url);
    await cluster().sql(name, `DELETE FROM assay.hub_version WHERE version >= 6`);
    const ws = await analystWorkspace();
    await expect(joinHub(ws.workspace.db, url, 'Ann')).rejects.toMatchObject({ code: 'HUB_TOO_OLD', message: expect.stringContaining(`hub format 5; this Assay needs ${HUB_LATEST}`) });
    expect(await createHub(url)).toMatchObject({ from: 5, to: HUB_LATEST });
    await joinHub(ws.workspace.db, url, 'Ann');
    // A version as an Assay of hub format 5 sent it: named by its file name alone, which a document here shares.
    const bytes = Buffer.from('Initech revenue was USD 9 million in 2024.\n');
    const hash = createHash('sha256').update(bytes).digest('hex');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`INSERT INTO assay.blobs (content_hash, bytes, extractor_version) VALUES ($1, $2, 'old')`, [hash, bytes]);
      await client.query(`INSERT INTO assay.changes (id, hlc, workspace_id, author, kind, key, field, value, base, made_at)
        VALUES ('0b:1', '000000000000001-000000-0b', '0b', 'Old Assay', 'document', $1, 'version', 'ir-record.txt', NULL, '2025-01-01T00:00:00.000Z')`, [`d:${hash}`]);
    } finally {
      await client.end();
    }
    await sync(ws.workspace.db);
    expect(ws.call('documents.list', {}).filter((d) => d.fileName === 'ir-record.txt').map((d) => d.versionCount)).toEqual([1, 1]);
  });

  it('refuses a hub of format 6 (before document details were shared) until create upgrades it, then shares them', async () => {
    const name = hubName();
    const url = await cluster().createDatabase(name);
    await createHub(url);
    const ws = await analystWorkspace();
    await joinHub(ws.workspace.db, url, 'Ann');
    await cluster().sql(name, `DELETE FROM assay.hub_version WHERE version >= 7`);
    ws.call('documents.update', { id: ws.call('documents.list', {})[0]!.id, patch: { title: 'Retitled' } });
    await expect(sync(ws.workspace.db)).rejects.toMatchObject({ code: 'HUB_TOO_OLD', message: expect.stringContaining(`hub format 6; this Assay needs ${HUB_LATEST}`) });
    expect(await createHub(url)).toMatchObject({ from: 6, to: HUB_LATEST });
    await sync(ws.workspace.db);
    expect(await count(url, `SELECT count(*) AS n FROM assay.changes WHERE kind = 'document' AND field = 'title'`)).toBe(1);
  });

  it('lets a viewer pull but not write: PostgreSQL refuses the insert, and sync pushes nothing and says so', async () => {
    const name = hubName();
    const url = await cluster().createDatabase(name);
    await createHub(url);
    const viewer = `${name}_vera`;
    await cluster().sql(name, `CREATE ROLE ${viewer} LOGIN IN ROLE ${name}_viewer`);
    const editor = await analystWorkspace();
    await joinHub(editor.workspace.db, url, 'Ann');
    editor.call('metrics.update', { id: first(editor)[0]!.id, patch: { status: 'verified' } });
    await sync(editor.workspace.db);

    const watcher = await analystWorkspace();
    const viewerUrl = url.replace('postgres@', `${viewer}@`);
    expect(await joinHub(watcher.workspace.db, viewerUrl, 'Vera')).toMatchObject({ role: 'viewer' });
    watcher.call('metrics.update', { id: first(watcher)[1]!.id, patch: { label: 'renamed by a viewer' } });
    // Held: the viewer's relabel and its two documents (the same bytes as the editor's).
    expect(await sync(watcher.workspace.db)).toMatchObject({ role: 'viewer', pushed: 0, held: 3, applied: 1 });
    expect(watcher.call('metrics.get', { id: first(watcher)[0]!.id }).status).toBe('verified');
    expect(await count(url, 'SELECT count(*) AS n FROM assay.changes')).toBe(3);
    const direct = new pg.Client({ connectionString: viewerUrl });
    await direct.connect();
    try {
      await expect(direct.query(`INSERT INTO assay.changes (id, hlc, workspace_id, author, kind, key, field, value, made_at) VALUES ('x:1', '0', 'x', 'Vera', 'metric', 'k', 'label', 'v', 'now')`))
        .rejects.toThrow(/permission denied/u);
    } finally {
      await direct.end();
    }
  });

  it('asks for a password the hub wants, holds the one typed for the session, and never writes it to the workspace', async () => {
    const name = hubName();
    const url = await cluster().createDatabase(name);
    await createHub(url);
    const login = `${name}_pat`;
    await cluster().sql(name, `CREATE ROLE ${login} LOGIN PASSWORD 'open sesame' IN ROLE ${name}_editor`);
    await cluster().requirePassword(login);
    const ws = await analystWorkspace();
    // The password may be typed in the URL to join; only the address is kept.
    await joinHub(ws.workspace.db, url.replace('postgres@', `${login}:open%20sesame@`), 'Pat');
    expect(ws.call('team.status', {}).hubUrl).not.toContain('sesame');

    await expect(ws.request('team.sync', {})).rejects.toMatchObject({ code: 'HUB_PASSWORD', message: expect.stringContaining('asks') });
    expect(ws.call('team.status', {})).toMatchObject({ passwordNeeded: true });
    ws.call('team.password', { password: 'open says me', remember: false });
    await expect(ws.request('team.sync', {})).rejects.toMatchObject({ code: 'HUB_PASSWORD', message: expect.stringContaining('refused') });
    expect(() => ws.call('team.password', { password: '', remember: false })).toThrow(/Type the password/u);

    expect(ws.call('team.password', { password: 'open sesame', remember: true })).toEqual({ remembered: false });
    expect(ws.call('team.status', {})).toMatchObject({ passwordNeeded: false });
    expect(await ws.request('team.sync', {})).toMatchObject({ pushed: 2, role: 'editor' });
    expect(ws.call('team.status', {})).toMatchObject({ passwordNeeded: false, lastError: null });
    ws.workspace.db.pragma('wal_checkpoint(TRUNCATE)');
    for (const file of [ws.workspace.path, `${ws.workspace.path}-wal`].filter((f) => fs.existsSync(f))) {
      expect(fs.readFileSync(file).includes('sesame')).toBe(false);
    }
  });

  it('sends nothing from a workspace that never joined: no change is logged and sync is refused', async () => {
    const url = await cluster().createDatabase(hubName());
    await createHub(url);
    const loner = await analystWorkspace();
    loner.call('metrics.update', { id: first(loner)[0]!.id, patch: { status: 'rejected', note: 'private' } });
    loner.call('metrics.bulk', { ids: first(loner).map((r) => r.id), change: { status: 'verified' } });
    expect(loner.workspace.db.prepare('SELECT count(*) AS n FROM team_changes').get()).toEqual({ n: 0 });
    await expect(sync(loner.workspace.db)).rejects.toMatchObject({ code: 'NOT_JOINED' });
    expect(await count(url, 'SELECT count(*) AS n FROM assay.changes')).toBe(0);
    expect(await count(url, 'SELECT count(*) AS n FROM assay.members')).toBe(0);
  });

  it('keeps the hub address without its password in the workspace', async () => {
    const url = await cluster().createDatabase(hubName());
    await createHub(url);
    const ws = await analystWorkspace();
    await joinHub(ws.workspace.db, url.replace('postgres@', 'postgres:s3cret-pw@'), 'Ann');
    expect(localStatus(ws.workspace.db).hubUrl).toBe(url);
    const file = ws.workspace.path;
    ws.workspace.db.pragma('wal_checkpoint(TRUNCATE)');
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(file).includes('s3cret-pw')).toBe(false);
  });
});
