import { expect, it } from 'vitest';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import type { Service } from '../../../electron/core/service.ts';
import { sync } from '../../../electron/core/team/team.ts';
import { metricState, teamSuite, twoAnalysts } from './team-suite.ts';

const V1 = 'Acme revenue was USD 120 million in 2024. Output was 5,700 t.\n';
const V2 = 'Acme revenue was USD 120 million in 2024. Output was 5,700 t. Costs were USD 40 million.\n';

const importText = (s: Service, text: string) => importBytes(importStores(s.workspace.db), new TextEncoder().encode(text), 'notes.txt', null);
/** The figures of the document's current version as an analyst reads them: label and status. */
const figures = (s: Service) => s.workspace.db.prepare(`SELECT m.label || ' (' || m.status || ')' FROM metrics m
  JOIN documents d ON d.id = m.document_id AND m.version_id = d.current_version_id ORDER BY m.char_start`).pluck().all();

teamSuite('team edits across document versions', (cluster) => {
  it('an edit made on a version a teammate has since replaced lands on the same figure of the new version', async () => {
    const { a, b } = await twoAnalysts(cluster, [[], []]);
    importText(a, V1);
    for (const s of [a, b, a]) await sync(s.workspace.db);
    // Bo checks the revenue figure of version 1 while Ann, offline from him, imports version 2.
    const revenue = b.workspace.db.prepare('SELECT id FROM metrics ORDER BY char_start LIMIT 1').pluck().get() as number;
    b.call('metrics.update', { id: revenue, patch: { label: 'revenue, checked', status: 'verified' } });
    expect(importText(a, V2)).toMatchObject({ status: 'new-version' });
    for (const s of [a, b, a, b]) await sync(s.workspace.db);
    for (const s of [a, b]) expect(figures(s)).toEqual(['revenue, checked (verified)', 'Output (unreviewed)', 'Costs (unreviewed)']);
    expect(metricState(b)).toEqual(metricState(a));
  });
});
