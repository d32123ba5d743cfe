import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { TagStore } from '../../../electron/core/db/tags.ts';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import { createHub, joinHub, sync } from '../../../electron/core/team/team.ts';
import { fixture } from '../../helpers/fixtures.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';
import { startCluster, unavailable, type Cluster } from './pg-cluster.ts';

const why = unavailable();
// CI sets ASSAY_TEAM_TESTS=required: there a missing server is a failure, not a skip.
if (why && process.env.ASSAY_TEAM_TESTS === 'required') throw new Error(`The team suite needs PostgreSQL, and ${why}.`);
if (why) console.warn(`Team suite skipped: ${why}.`);

/**
 * A describe block over a real, throwaway PostgreSQL cluster, shared by its tests. Where no
 * server can be started the block is skipped, and the reason is printed.
 */
export function teamSuite(name: string, body: (cluster: () => Cluster) => void): void {
  // Generous timeouts: each test talks to a real server, on a machine CI may share.
  (why ? describe.skip : describe)(why ? `${name} (skipped: ${why})` : name, { timeout: 120_000 }, () => {
    let cluster: Cluster | undefined;
    beforeAll(async () => { cluster = await startCluster(); }, 60_000);
    afterAll(() => {
      cluster?.stop();
      for (const file of templates.values()) fs.rmSync(path.dirname(file), { recursive: true, force: true });
      templates.clear();
    }, 60_000);
    body(() => cluster!);
  });
}

let databases = 0;

/** A name for a fresh hub database. */
export function hubName(): string {
  return `hub_${process.pid}_${++databases}`;
}

const templates = new Map<string, string>();

/**
 * A workspace with the shared fixtures imported, as each analyst would import the same
 * files. The import runs once per file list; later workspaces are copies of that file.
 */
export async function analystWorkspace(files = ['ir-record.txt', 'market-note.md']): Promise<Service> {
  const id = files.join('|');
  if (!templates.has(id)) {
    const template = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'assay-team-template-')), 'template.assay');
    const service = new Service(await openWorkspace(template));
    for (const file of files) importBytes(importStores(service.workspace.db), fixture(file), file, null);
    service.workspace.db.pragma('wal_checkpoint(TRUNCATE)');
    service.workspace.db.close();
    templates.set(id, template);
  }
  const file = tempWorkspacePath();
  fs.copyFileSync(templates.get(id)!, file);
  return new Service(await openWorkspace(file));
}

/** Each document as the library shows it, keyed across workspaces: its file name, its current version's bytes and all its versions'. */
export function documentState(service: Service): Array<Record<string, unknown>> {
  return service.call('documents.list', {}).map((d) => ({
    fileName: d.fileName,
    current: service.workspace.db.prepare('SELECT v.content_hash FROM documents x JOIN document_versions v ON v.id = x.current_version_id WHERE x.id = ?').pluck().get(d.id),
    versions: (service.workspace.db.prepare('SELECT content_hash FROM document_versions WHERE document_id = ? ORDER BY content_hash').pluck().all(d.id) as string[]).join(', '),
  })).sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
}

/** The analyst-visible state of every metric (its tags by path), keyed across workspaces, for comparing converged workspaces. */
export function metricState(service: Service): Array<Record<string, unknown>> {
  const rows = service.workspace.db.prepare(`SELECT m.id, v.content_hash AS hash, m.char_start AS start, m.char_end AS "end", m.label, m.value, m.unit, m.entity,
      m.period_label AS periodLabel, m.period_start AS periodStart, m.period_end AS periodEnd, m.status,
      (SELECT a.body FROM annotations a WHERE a.metric_id = m.id AND a.deleted_at IS NULL ORDER BY a.id DESC LIMIT 1) AS note
    FROM metrics m JOIN document_versions v ON v.id = m.version_id ORDER BY v.content_hash, m.char_start, m.char_end, m.id`).all() as Array<Record<string, unknown> & { id: number }>;
  const tags = new TagStore(service.workspace.db);
  return rows.map(({ id, ...row }) => ({ ...row, tags: tags.of('metric', id).map((t) => t.path).join(', ') }));
}

/** The tag tree as an analyst sees it: each tag's path, color and how many items carry it. */
export function tagState(service: Service): Array<Record<string, unknown>> {
  return service.call('tags.list', {}).map((t) => ({ path: t.path, color: t.color, count: t.count }));
}

/** Every live annotation as an analyst sees it, keyed across workspaces (document by file name, no rowids). */
export function annotationState(service: Service): Array<Record<string, unknown>> {
  return service.call('documents.list', {}).flatMap((d) => service.call('annotations.list', { documentId: d.id }).map((a) => ({
    document: d.fileName, target: a.targetKind, start: a.start, end: a.end, quote: a.quote, body: a.body, color: a.color,
    anchor: a.anchorState, tags: a.tags.map((t) => t.path).join(', '),
  }))).sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
}

/** Every tagged passage as an analyst sees it, keyed across workspaces (document by file name, passage by ordinal). */
export function passageTagState(service: Service): Array<Record<string, unknown>> {
  const rows = service.workspace.db.prepare(`SELECT DISTINCT d.file_name AS document, p.ordinal, p.id FROM taggings g JOIN passages p ON p.id = g.target_id
    JOIN documents d ON d.id = p.document_id WHERE g.target_kind = 'passage' ORDER BY d.file_name, p.ordinal`).all() as Array<{ document: string; ordinal: number; id: number }>;
  const tags = new TagStore(service.workspace.db);
  return rows.map(({ id, ...row }) => ({ ...row, tags: tags.of('passage', id).map((t) => t.path).join(', ') }));
}

/** Every report as an analyst reads it, its items named by what they show (ids differ between workspaces). */
export function reportState(service: Service): Array<Record<string, unknown>> {
  return service.call('reports.list', {}).map(({ id }) => {
    const { id: _id, updatedAt: _u, sections, ...rest } = service.call('reports.get', { id });
    // An item whose metric or note is in the trash shows as deleted, as the report builder shows it.
    const shown = (read: () => string) => { try { return read(); } catch { return '(deleted)'; } };
    const items = sections.map((s) => s.items.map((i) => (i.kind === 'annotation'
      ? `note: ${shown(() => service.call('annotations.get', { id: i.annotationId }).body)}`
      : `${i.kind}: ${shown(() => service.call('metrics.get', { id: i.metricId }).surface ?? '')}`)));
    return { ...rest, headings: sections.map((s) => s.heading), items };
  }).sort((a, b) => String(a.name).localeCompare(String(b.name)));
}

/** Syncs each workspace in turn, twice, so every change made before has reached every one. */
export async function syncAll(...services: Service[]): Promise<void> {
  for (let round = 0; round < 2; round++) for (const s of services) await sync(s.workspace.db);
}

/**
 * A fresh hub and two analysts joined to it, Ann and Bo, each with a workspace holding the
 * given files (both the shared fixtures by default; [] for an empty one).
 */
export async function twoAnalysts(cluster: () => Cluster, files: [string[]?, string[]?] = []): Promise<{ url: string; a: Service; b: Service }> {
  const url = await cluster().createDatabase(hubName());
  await createHub(url);
  const [a, b] = [await analystWorkspace(files[0]), await analystWorkspace(files[1])];
  await joinHub(a.workspace.db, url, 'Ann');
  await joinHub(b.workspace.db, url, 'Bo');
  return { url, a, b };
}
