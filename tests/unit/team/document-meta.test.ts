import { expect, it } from 'vitest';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import type { Service } from '../../../electron/core/service.ts';
import { joinHub, sync } from '../../../electron/core/team/team.ts';
import { analystWorkspace, teamSuite, twoAnalysts } from './team-suite.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

/** The shared fixture document, as the library shows it. */
function irRecord(s: Service) {
  const { id } = s.call('documents.list', {}).find((d) => d.fileName === 'ir-record.txt')!;
  return s.call('documents.get', { id });
}

const meta = (s: Service) => {
  const { title, source, publisher, url, published } = irRecord(s);
  return { title, source, publisher, url, published };
};

teamSuite('team document details', (cluster) => {
  it('shares a document\'s title, date, source, publisher and link; the later of two edits to one wins everywhere; a workspace pulling the document gets them', async () => {
    const { url, a, b } = await twoAnalysts(cluster);
    a.call('documents.update', { id: irRecord(a).id, patch: { title: 'Q3 investor call', published: '2024-10-30', url: 'https://ir.example.com/q3' } });
    await sync(a.workspace.db);
    await sync(b.workspace.db);
    expect(meta(b)).toMatchObject({ title: 'Q3 investor call', published: '2024-10-30', url: 'https://ir.example.com/q3' });

    // Both set the source before seeing the other's: Bo's is the later one.
    a.call('documents.update', { id: irRecord(a).id, patch: { source: 'IR desk', publisher: 'Acme' } });
    await tick();
    b.call('documents.update', { id: irRecord(b).id, patch: { source: 'Company website' } });
    for (const s of [a, b, a, b]) await sync(s.workspace.db);
    expect(meta(a)).toEqual(meta(b));
    expect(meta(a)).toMatchObject({ source: 'Company website', publisher: 'Acme', title: 'Q3 investor call' });

    // A newcomer pulls the document and its details in one sync.
    const lee = await analystWorkspace([]);
    await joinHub(lee.workspace.db, url, 'Lee');
    expect(await sync(lee.workspace.db)).toMatchObject({ waiting: 0 });
    expect(meta(lee)).toEqual(meta(a));
  });

  it('offers the details set before joining, and a new version imported later keeps the details the team set', async () => {
    const { url, a } = await twoAnalysts(cluster, [[], []]);
    const flo = await analystWorkspace(['ir-record.txt']);
    flo.call('documents.update', { id: irRecord(flo).id, patch: { title: 'Retitled offline', publisher: 'Acme IR' } });
    await joinHub(flo.workspace.db, url, 'Flo');
    await sync(flo.workspace.db);
    await sync(a.workspace.db);
    expect(meta(a)).toMatchObject({ title: 'Retitled offline', publisher: 'Acme IR' });
    // Set by the team, so a changed file imported again here does not put its own title over it.
    const bytes = a.workspace.db.prepare('SELECT original FROM document_versions LIMIT 1').pluck().get() as Buffer;
    expect(importBytes(importStores(a.workspace.db), Buffer.concat([bytes, Buffer.from('\nA line added.\n')]), 'ir-record.txt', null)).toMatchObject({ status: 'new-version' });
    expect(meta(a)).toMatchObject({ title: 'Retitled offline', publisher: 'Acme IR' });
  });
});
