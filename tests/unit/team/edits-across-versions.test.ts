import { expect, it } from 'vitest';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import type { Service } from '../../../electron/core/service.ts';
import { sync } from '../../../electron/core/team/team.ts';
import { annotationState, metricState, teamSuite, twoAnalysts } from './team-suite.ts';

const V1 = 'Acme revenue was USD 120 million in 2024. Output was 5,700 t.\n';
const V2 = 'Acme revenue was USD 120 million in 2024. Output was 5,700 t. Costs were USD 40 million.\n';
const V2_BO = 'Acme revenue was USD 120 million in 2024. Output was 5,700 t. Staff numbered 320 people.\n';

const importText = (s: Service, text: string) => importBytes(importStores(s.workspace.db), new TextEncoder().encode(text), 'notes.txt', null);
/** The text of each document's current version. */
const current = (s: Service) => s.workspace.db.prepare('SELECT v.text FROM documents d JOIN document_versions v ON v.id = d.current_version_id').pluck().all();
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

  for (const [how, changed] of [['fuzzily, on its changed words', '5,750 t'], ['orphaned, on version 1', '6,100 t from two lines']] as const) {
    it(`an edit made on a figure a teammate's new version changed keeps the figure in both workspaces, placed ${how}`, async () => {
      const { a, b } = await twoAnalysts(cluster, [[], []]);
      importText(a, V1);
      for (const s of [a, b, a]) await sync(s.workspace.db);
      // Bo checks the output of version 1 while Ann, offline from him, imports a version whose output changed.
      const output = b.workspace.db.prepare(`SELECT id FROM metrics WHERE label = 'Output'`).pluck().get() as number;
      b.call('metrics.update', { id: output, patch: { label: 'output, checked', status: 'verified' } });
      importText(a, V1.replace('5,700 t', changed));
      for (const s of [a, b, a, b]) await sync(s.workspace.db);
      // Ann's workspace had let the untouched figure go with her import, and Bo's edit waited there for ever.
      const checked = (s: Service) => s.workspace.db.prepare(`SELECT m.value, m.anchor_state AS anchor, m.version_id = d.current_version_id AS current
        FROM metrics m JOIN documents d ON d.id = m.document_id WHERE m.label = 'output, checked' AND m.status = 'verified'`).all();
      for (const s of [a, b]) expect(checked(s)).toEqual([{ value: 5700, ...(how.startsWith('fuzzily') ? { anchor: 'fuzzy', current: 1 } : { anchor: 'orphaned', current: 0 }) }]);
      expect(metricState(b)).toEqual(metricState(a));
      for (const s of [a, b]) expect(s.workspace.db.prepare(`SELECT count(*) FROM team_changes WHERE origin = 'remote' AND done = 0`).pluck().get()).toBe(0);
    });
  }

  /** Work on a figure and its undoing: a review, a note, a tag, a place in a report (each leaves the figure untouched again). */
  const WORK: Array<[string, (s: Service, id: number) => void, (s: Service, id: number) => void]> = [
    ['reviewed', (s, id) => s.call('metrics.update', { id, patch: { status: 'verified' } }), (s, id) => s.call('metrics.update', { id, patch: { status: 'unreviewed' } })],
    ['a note', (s, id) => s.call('metrics.update', { id, patch: { note: 'ask IR' } }), (s, id) => s.call('metrics.update', { id, patch: { note: '' } })],
    ['tagged', (s, id) => s.call('tags.set', { targetKind: 'metric', targetId: id, tagIds: [s.call('tags.create', { path: 'Check' }).id] }),
      (s, id) => s.call('tags.set', { targetKind: 'metric', targetId: id, tagIds: [] })],
    ['in a report', (s, id) => {
      const { id: report, name, updatedAt: _u, ...content } = s.call('reports.get', { id: s.call('reports.create', { name: 'Output' }).id });
      s.call('reports.save', { id: report, name, content: { ...content, sections: [{ heading: 'Figures', commentary: '', items: [{ kind: 'metric', metricId: id }] }] } });
    }, (s) => s.call('reports.delete', { id: s.call('reports.list', {})[0]!.id })],
  ];
  const output = (s: Service) => s.workspace.db.prepare(`SELECT id FROM metrics WHERE label = 'Output'`).pluck().get() as number;

  for (const [[work, doWork, undo], [how, changed]] of WORK.map((w, i) => [w, i % 2 ? ['orphaned', '6,100 t from two lines'] : ['fuzzily', '5,750 t']] as const)) {
    it(`a figure a new version kept ${how} because it was worked on (${work}), whose only work a teammate undid before he had that version, ends the same in both workspaces (#17)`, async () => {
      const { a, b } = await twoAnalysts(cluster, [[], []]);
      importText(a, V1);
      for (const s of [a, b, a]) await sync(s.workspace.db);
      doWork(a, output(a));
      for (const s of [a, b]) await sync(s.workspace.db);
      // Bo undoes Ann's work on version 1 while Ann, offline from him, imports a version whose output changed: her
      // import kept the worked-on figure off its words, and his, where the figure was untouched again, read them afresh.
      undo(b, output(b));
      importText(a, V1.replace('5,700 t', changed));
      for (const s of [a, b, a, b]) await sync(s.workspace.db);
      expect(metricState(b)).toEqual(metricState(a));
      expect(metricState(a)).toEqual(expect.arrayContaining([expect.objectContaining({ value: 5700 })]));
    });

    it(`a figure worked on (${work}) and undone by a teammate before he had a new version that changed its words ends the same in both workspaces (${how}, #17)`, async () => {
      const { a, b } = await twoAnalysts(cluster, [[], []]);
      importText(a, V1);
      for (const s of [a, b, a]) await sync(s.workspace.db);
      // Bo works on the output of version 1 and undoes it while Ann, offline from him, imports a version whose output
      // changed: her import read the untouched figure afresh, and his work brought it back there, to be undone.
      doWork(b, output(b));
      undo(b, output(b));
      importText(a, V1.replace('5,700 t', changed));
      for (const s of [a, b, a, b]) await sync(s.workspace.db);
      expect(metricState(b)).toEqual(metricState(a));
    });
  }

  it('a figure a teammate marks on a version this workspace has since replaced is placed on the current one as the import placed it in his', async () => {
    const { a, b } = await twoAnalysts(cluster, [[], []]);
    importText(a, V1);
    for (const s of [a, b]) await sync(s.workspace.db);
    // Ann imports a version whose output changed; Bo, who has not pulled it yet, marks the output of version 1 himself.
    importText(a, V1.replace('5,700 t', '5,750 t'));
    const doc = b.call('documents.list', {})[0]!;
    b.call('metrics.create', { documentId: doc.id, start: V1.indexOf('5,700 t'), end: V1.indexOf('5,700 t') + 7 });
    for (const s of [a, b, a, b]) await sync(s.workspace.db);
    // Bo's import placed his figure on '5,750 t', fuzzily; Ann's workspace had made it on version 1, where it stayed.
    const marked = (s: Service) => s.workspace.db.prepare(`SELECT m.value, m.anchor_state AS anchor, m.version_id = d.current_version_id AS current
      FROM metrics m JOIN documents d ON d.id = m.document_id WHERE m.origin = 'analyst'`).all();
    for (const s of [a, b]) expect(marked(s)).toEqual([{ value: 5700, anchor: 'fuzzy', current: 1 }]);
    expect(metricState(b)).toEqual(metricState(a));
  });

  it('a figure a teammate marks and relabels on a version this workspace has since replaced, beside the figure read there, gets his label here too (#17)', async () => {
    const { a, b } = await twoAnalysts(cluster, [[], []]);
    importText(a, V1);
    for (const s of [a, b]) await sync(s.workspace.db);
    // Ann imports a version whose output changed; Bo, who has not pulled it yet, marks the output of version 1 beside the
    // figure read there (his key ranks it second on its words) and relabels it. Ann's import let the figure read there go.
    importText(a, V1.replace('5,700 t', '5,750 t'));
    const doc = b.call('documents.list', {})[0]!;
    const marked = b.call('metrics.create', { documentId: doc.id, start: V1.indexOf('5,700 t'), end: V1.indexOf('5,700 t') + 7 });
    b.call('metrics.update', { id: marked.id, patch: { label: 'output, marked' } });
    for (const s of [a, b, a, b]) await sync(s.workspace.db);
    for (const s of [a, b]) expect(s.workspace.db.prepare(`SELECT label FROM metrics WHERE origin = 'analyst'`).pluck().all()).toEqual(['output, marked']);
    expect(metricState(b)).toEqual(metricState(a));
  });

  it('a note a teammate makes on a version this workspace has since replaced is placed on the current one as the import placed it in his', async () => {
    const { a, b } = await twoAnalysts(cluster, [[], []]);
    importText(a, V1);
    for (const s of [a, b]) await sync(s.workspace.db);
    // Ann imports a version with a sentence before the rest; Bo, who has not pulled it yet, highlights 'Output' in version 1.
    const v2 = `Restated in May. ${V1}`;
    importText(a, v2);
    const doc = b.call('documents.list', {})[0]!;
    b.call('annotations.createRange', { documentId: doc.id, start: V1.indexOf('Output'), end: V1.indexOf('Output') + 6, body: 'ask IR' });
    for (const s of [a, b, a, b]) await sync(s.workspace.db);
    // Bo's import moved his note onto 'Output' in version 2; Ann's workspace had made it on version 1, where it stayed.
    for (const s of [a, b]) {
      expect(s.call('annotations.list', { documentId: doc.id }).map(({ start, end, quote, anchorState }) => ({ start, end, quote, anchorState })))
        .toEqual([{ start: v2.indexOf('Output'), end: v2.indexOf('Output') + 6, quote: 'Output', anchorState: 'anchored' }]);
    }
    expect(annotationState(b)).toEqual(annotationState(a));
  });

  it('a figure deleted on a version whose words a teammate\'s new version changed stays in the trash in both workspaces, the changed figure read afresh', async () => {
    const { a, b } = await twoAnalysts(cluster, [[], []]);
    importText(a, V1);
    for (const s of [a, b, a]) await sync(s.workspace.db);
    const output = b.workspace.db.prepare(`SELECT id FROM metrics WHERE label = 'Output'`).pluck().get() as number;
    b.call('metrics.delete', { id: output });
    importText(a, V1.replace('5,700 t', '5,750 t'));
    for (const s of [a, b, a, b]) await sync(s.workspace.db);
    for (const s of [a, b]) expect(figures(s)).toEqual(['Acme revenue (unreviewed)', 'Output (unreviewed)']);
    expect(metricState(b)).toEqual(metricState(a));
    b.call('trash.restore', { id: b.call('trash.list', {})[0]!.id });
    for (const s of [b, a]) await sync(s.workspace.db);
    expect(metricState(b)).toEqual(metricState(a));
  });

  it('a figure deleted on a version a teammate has since replaced stays deleted in both workspaces, and comes back in both when restored', async () => {
    const { a, b } = await twoAnalysts(cluster, [[], []]);
    importText(a, V1);
    for (const s of [a, b, a]) await sync(s.workspace.db);
    // Bo deletes the revenue figure of version 1 while Ann, offline from him, imports version 2.
    const revenue = b.workspace.db.prepare('SELECT id FROM metrics ORDER BY char_start LIMIT 1').pluck().get() as number;
    b.call('metrics.delete', { id: revenue });
    importText(a, V2);
    for (const s of [b, a, b]) await sync(s.workspace.db);
    // Bo's workspace read version 2's revenue as a fresh, unreviewed figure; Ann's had deleted it.
    for (const s of [a, b]) expect(figures(s)).toEqual(['Output (unreviewed)', 'Costs (unreviewed)']);
    expect(metricState(b)).toEqual(metricState(a));
    b.call('trash.restore', { id: b.call('trash.list', {})[0]!.id });
    for (const s of [b, a]) await sync(s.workspace.db);
    for (const s of [a, b]) expect(figures(s)).toEqual(['Acme revenue (unreviewed)', 'Output (unreviewed)', 'Costs (unreviewed)']);
    expect(metricState(b)).toEqual(metricState(a));
  });

  it('a figure deleted on version 1 stays deleted when a teammate\'s version, made at once with one that changed its words, becomes current', async () => {
    const { a, b } = await twoAnalysts(cluster, [[], []]);
    importText(a, V1);
    const output = a.workspace.db.prepare(`SELECT id FROM metrics WHERE label = 'Output'`).pluck().get() as number;
    a.call('metrics.delete', { id: output });
    for (const s of [a, b]) await sync(s.workspace.db);
    // Ann's version 2 changes the output; Bo's, stamped later, keeps it and adds a sentence.
    importText(a, V1.replace('5,700 t', '5,750 t'));
    importText(b, V2_BO);
    for (const s of [a, b, a]) await sync(s.workspace.db);
    // Ann's workspace had kept the deleted figure on version 1 and read Bo's 5,700 t afresh.
    for (const s of [a, b]) {
      expect(current(s)).toEqual([V2_BO]);
      expect(figures(s)).toEqual(['Acme revenue (unreviewed)', 'people (unreviewed)']);
    }
    expect(metricState(b)).toEqual(metricState(a));
  });

  for (const first of ['Ann', 'Bo'] as const) {
    it(`two new versions of one document imported at once leave the later-stamped one current everywhere (${first} imports first)`, async () => {
      const { a, b } = await twoAnalysts(cluster, [[], []]);
      importText(a, V1);
      for (const s of [a, b, a]) await sync(s.workspace.db);
      if (first === 'Ann') { importText(a, V2); importText(b, V2_BO); } else { importText(b, V2_BO); importText(a, V2); }
      // Bo checks the revenue on his own new version before any sync.
      const revenue = b.workspace.db.prepare(`SELECT m.id FROM metrics m JOIN documents d ON d.id = m.document_id
        AND m.version_id = d.current_version_id ORDER BY m.char_start LIMIT 1`).pluck().get() as number;
      b.call('metrics.update', { id: revenue, patch: { label: 'revenue, checked' } });
      for (const s of first === 'Ann' ? [a, b, a, b] : [b, a, b, a]) await sync(s.workspace.db);
      const later = first === 'Ann' ? V2_BO : V2;
      for (const s of [a, b]) {
        expect(current(s)).toEqual([later]);
        expect(figures(s)[0]).toBe('revenue, checked (unreviewed)');
      }
      expect(metricState(b)).toEqual(metricState(a));
    });
  }
});
