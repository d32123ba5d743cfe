import pg from 'pg';
import { expect, it } from 'vitest';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import type { Service } from '../../../electron/core/service.ts';
import { Hlc } from '../../../electron/core/team/hlc.ts';
import { sync } from '../../../electron/core/team/team.ts';
import { metricState, teamSuite, twoAnalysts } from './team-suite.ts';

const NOW_MS = `CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)`;
const ids = (s: Service, n: number) => s.call('metrics.page', { endRow: n, sort: [{ column: 'position', direction: 'asc' }] }).rows.map((r) => r.id);

/** Sets the workspace's clock a minute ahead of the wall (as after pulling a teammate's fast clock), its counter at `counter`. */
function clockAhead(s: Service, counter: number): void {
  s.workspace.db.prepare(`UPDATE team_state SET wall = ${NOW_MS} + 60000, counter = ?`).run(counter);
}

/** The stamps of the local changes logged since `after` (a rowid), in the order they were made. */
const stampsSince = (s: Service, after: number) => s.workspace.db.prepare(`SELECT hlc FROM team_changes WHERE origin = 'local' AND rowid > ? ORDER BY rowid`).pluck().all(after) as string[];
const lastRow = (s: Service) => s.workspace.db.prepare('SELECT coalesce(max(rowid), 0) FROM team_changes').pluck().get() as number;

/** Every stamp readable and each later than the one before. */
function expectReadableAndIncreasing(stamps: string[]): void {
  for (const stamp of stamps) expect(Hlc.safeParse(stamp).success, stamp).toBe(true);
  expect([...stamps].sort()).toEqual(stamps);
  expect(new Set(stamps).size).toBe(stamps.length);
}

async function hubQuery(url: string, text: string, values: unknown[] = []): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try { await client.query(text, values); } finally { await client.end(); }
}

teamSuite('team clock', (cluster) => {
  it('a counter about to pass 999999 moves the wall on a millisecond instead: bulk review, tags and documents keep readable, ordered stamps, and the team keeps syncing', async () => {
    const { a, b } = await twoAnalysts(cluster);
    await sync(a.workspace.db);
    await sync(b.workspace.db);
    const before = lastRow(a);
    // Bulk review, in one statement (the history trigger), across the counter's end.
    clockAhead(a, 999_998);
    a.call('metrics.bulk', { ids: ids(a, 3), change: { status: 'rejected' } });
    // A change logged by record.ts (a tag), and a document version (its trigger), across it too.
    clockAhead(a, 999_999);
    const tag = a.call('tags.create', { path: 'Review' });
    a.call('tags.set', { targetKind: 'metric', targetId: ids(a, 1)[0]!, tagIds: [tag.id] });
    clockAhead(a, 999_999);
    const imported = a.workspace.db.prepare(`SELECT v.original FROM document_versions v JOIN documents d ON d.id = v.document_id WHERE d.file_name = 'ir-record.txt'`).pluck().get() as Buffer;
    importBytes(importStores(a.workspace.db), Buffer.concat([imported, Buffer.from('\nAppended line.\n')]), 'ir-record.txt', null);
    const stamps = stampsSince(a, before);
    expect(stamps.length).toBeGreaterThanOrEqual(6);
    expectReadableAndIncreasing(stamps);
    await sync(a.workspace.db);
    await sync(b.workspace.db);
    await sync(a.workspace.db);
    expect(metricState(b)).toEqual(metricState(a));
  });

  it('receiving a stamp whose counter is at 999999 moves the wall on, so the next change here is readable and later', async () => {
    const { a, b } = await twoAnalysts(cluster);
    await sync(a.workspace.db);
    clockAhead(a, 999_999);
    a.call('metrics.update', { id: ids(a, 1)[0]!, patch: { label: 'from a fast clock' } });
    const [sent] = stampsSince(a, lastRow(a) - 1);
    expect(sent).toMatch(/-000000-/u);
    // Bo's clock is set to just the same time, its counter at its end too.
    b.workspace.db.prepare('UPDATE team_state SET wall = ?, counter = 999999').run(Number(sent!.slice(0, 15)));
    await sync(a.workspace.db);
    await sync(b.workspace.db);
    const before = lastRow(b);
    b.call('metrics.update', { id: ids(b, 1)[0]!, patch: { label: 'after it' } });
    const [next] = stampsSince(b, before);
    expect(Hlc.safeParse(next).success).toBe(true);
    expect(next! > sent!).toBe(true);
  });

  it('a hub already holding a stamp with a seven-digit counter, or one that is no stamp at all, is read past: the first as the stamp it stands for, the second skipped and said in words', async () => {
    const { url, a, b } = await twoAnalysts(cluster);
    a.call('metrics.update', { id: ids(a, 1)[0]!, patch: { unit: 'x' } });
    for (const s of [a, b, a, b]) await sync(s.workspace.db);
    const key = a.workspace.db.prepare(`SELECT key FROM team_changes WHERE kind = 'metric' LIMIT 1`).pluck().get() as string;
    const wall = Date.now() + 60_000;
    // As an earlier Assay sent them: a bulk review past the counter's end, and a change damaged on the way.
    await hubQuery(url, `INSERT INTO assay.changes (id, hlc, workspace_id, author, kind, key, field, value, base, made_at) VALUES
      ('0c:1', $1, '0c', 'Cy', 'metric', $3, 'label', 'seven digits', NULL, '2025-01-01T00:00:00.000Z'),
      ('0c:2', 'garbage', '0c', 'Cy', 'metric', $3, 'label', 'unreadable', NULL, '2025-01-01T00:00:00.000Z'),
      ('0c:3', $2, '0c', 'Cy', 'metric', $3, 'note', 'after them', NULL, '2025-01-01T00:00:00.000Z')`,
    [`${String(wall).padStart(15, '0')}-1000000-0c`, `${String(wall + 1).padStart(15, '0')}-000005-0c`, key]);
    for (const s of [a, b]) {
      const counts = await sync(s.workspace.db);
      expect(counts).toMatchObject({ pulled: 2, unreadable: 1 });
      expect(counts.warning).toMatch(/0c:2 by Cy.*not a clock stamp/u);
      expect(await sync(s.workspace.db)).toMatchObject({ pulled: 0, unreadable: 0, warning: null });
    }
    expect(metricState(b)).toEqual(metricState(a));
    // Read as the stamp it stands for: the wall a millisecond on, the counter from naught.
    expect(a.workspace.db.prepare(`SELECT hlc FROM team_changes WHERE id = '0c:1'`).pluck().get()).toBe(`${String(wall + 1).padStart(15, '0')}-000000-0c`);
  });
});
