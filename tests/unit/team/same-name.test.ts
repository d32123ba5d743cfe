import { expect, it } from 'vitest';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import type { Service } from '../../../electron/core/service.ts';
import { localStatus, sync } from '../../../electron/core/team/team.ts';
import { metricState, teamSuite, twoAnalysts } from './team-suite.ts';

const ACME = 'Acme revenue was USD 120 million in 2024.\n';
const GLOBEX = 'Globex revenue was EUR 80 million in 2024.\n';
const ACME_V2 = 'Acme revenue was USD 125 million in 2024, restated.\n';

const importText = (s: Service, text: string, name = 'notes.txt') => importBytes(importStores(s.workspace.db), new TextEncoder().encode(text), name, null);

/** Each document as an analyst sees it in the library: its name, versions, and the figures on its current version. */
function library(s: Service): Array<{ fileName: string; versions: number; text: string; metrics: string[] }> {
  return s.call('documents.list', {}).map((d) => ({
    fileName: d.fileName,
    versions: d.versionCount,
    text: s.workspace.db.prepare('SELECT v.text FROM documents x JOIN document_versions v ON v.id = x.current_version_id WHERE x.id = ?').pluck().get(d.id) as string,
    metrics: (s.workspace.db.prepare('SELECT label || \': \' || coalesce(value, \'\') FROM metrics WHERE document_id = ? ORDER BY char_start').pluck().all(d.id) as string[]),
  })).sort((x, y) => x.text.localeCompare(y.text));
}

/** The first metric of the document whose text holds `text`. */
function metricIn(s: Service, text: string): number {
  return s.workspace.db.prepare(`SELECT m.id FROM metrics m JOIN documents d ON d.id = m.document_id JOIN document_versions v ON v.id = d.current_version_id
    WHERE instr(v.text, ?) > 0 ORDER BY m.char_start LIMIT 1`).pluck().get(text) as number;
}

teamSuite('team documents with the same file name', (cluster) => {
  for (const order of ['Ann first', 'Bo first'] as const) {
    it(`two different files named alike stay two documents in both workspaces, each with its own figures and edits (${order})`, async () => {
      const { a, b } = await twoAnalysts(cluster, [[], []]);
      importText(a, ACME);
      importText(b, GLOBEX);
      a.call('metrics.update', { id: metricIn(a, 'Acme'), patch: { label: 'Acme revenue, checked' } });
      b.call('metrics.update', { id: metricIn(b, 'Globex'), patch: { label: 'Globex revenue, checked' } });
      const [first, second] = order === 'Ann first' ? [a, b] : [b, a];
      await sync(first.workspace.db);
      await sync(second.workspace.db);
      await sync(first.workspace.db);
      for (const s of [a, b]) {
        expect(library(s)).toEqual([
          { fileName: 'notes.txt', versions: 1, text: ACME, metrics: [expect.stringContaining('Acme revenue, checked')] },
          { fileName: 'notes.txt', versions: 1, text: GLOBEX, metrics: [expect.stringContaining('Globex revenue, checked')] },
        ]);
        expect(localStatus(s.workspace.db).pending).toBe(0);
        expect(s.workspace.db.prepare(`SELECT count(*) FROM team_changes WHERE origin = 'remote' AND done = 0`).pluck().get()).toBe(0);
      }
      expect(metricState(b)).toEqual(metricState(a));
    });
  }

  it('a new version of a shared document joins that document everywhere, not another one of the same name', async () => {
    const { a, b } = await twoAnalysts(cluster, [[], []]);
    importText(a, ACME);
    importText(b, GLOBEX);
    await sync(a.workspace.db);
    await sync(b.workspace.db);
    await sync(a.workspace.db);
    // Ann imports her notes again, changed: a second version of her document, and of that one alone, in Bo's workspace too.
    expect(importText(a, ACME_V2)).toMatchObject({ status: 'new-version' });
    await sync(a.workspace.db);
    await sync(b.workspace.db);
    for (const s of [a, b]) {
      expect(library(s).map(({ versions, text }) => ({ versions, text }))).toEqual([
        { versions: 2, text: ACME_V2 },
        { versions: 1, text: GLOBEX },
      ]);
    }
    expect(metricState(b)).toEqual(metricState(a));
  });
});
