import { afterAll, beforeAll, describe } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import { fixture } from '../../helpers/fixtures.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';
import { startCluster, unavailable, type Cluster } from './pg-cluster.ts';

const why = unavailable();
if (why) console.warn(`Team suite skipped: ${why}.`);

/**
 * A describe block over a real, throwaway PostgreSQL cluster, shared by its tests. Where no
 * server can be started the block is skipped, and the reason is printed.
 */
export function teamSuite(name: string, body: (cluster: () => Cluster) => void): void {
  (why ? describe.skip : describe)(why ? `${name} (skipped: ${why})` : name, () => {
    let cluster: Cluster | undefined;
    beforeAll(async () => { cluster = await startCluster(); }, 60_000);
    afterAll(() => cluster?.stop());
    body(() => cluster!);
  });
}

let databases = 0;

/** A name for a fresh hub database. */
export function hubName(): string {
  return `hub_${process.pid}_${++databases}`;
}

/** A workspace with the shared fixtures imported, as each analyst would import the same files. */
export async function analystWorkspace(files = ['ir-record.txt', 'market-note.md']): Promise<Service> {
  const service = new Service(await openWorkspace(tempWorkspacePath()));
  for (const file of files) importBytes(importStores(service.workspace.db), fixture(file), file, null);
  return service;
}

/** The analyst-visible state of every metric, keyed across workspaces, for comparing converged workspaces. */
export function metricState(service: Service): Array<Record<string, unknown>> {
  return service.workspace.db.prepare(`SELECT v.content_hash AS hash, m.char_start AS start, m.char_end AS "end", m.label, m.value, m.unit, m.entity,
      m.period_label AS periodLabel, m.period_start AS periodStart, m.period_end AS periodEnd, m.status,
      (SELECT a.body FROM annotations a WHERE a.metric_id = m.id AND a.deleted_at IS NULL ORDER BY a.id DESC LIMIT 1) AS note
    FROM metrics m JOIN document_versions v ON v.id = m.version_id ORDER BY v.content_hash, m.char_start, m.char_end, m.id`).all() as Array<Record<string, unknown>>;
}
