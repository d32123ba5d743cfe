import fc from 'fast-check';
import { expect, it } from 'vitest';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import type { Service } from '../../../electron/core/service.ts';
import { createHub, joinHub, localStatus, sync } from '../../../electron/core/team/team.ts';
import { analystWorkspace, annotationState, documentState, hubName, metricState, passageTagState, reportState, tagState, teamSuite } from './team-suite.ts';

/**
 * The changes a new version of ir-record.txt may make to the current one: each swaps one or two
 * sentences between two wordings (so versions chain, and a swap back gives an older text again,
 * which the import finds unchanged). A figure changed, a sentence without figures changed, one
 * added near the top (every offset after it moves), two figures in two sentences changed.
 */
const VARIANTS: Array<Array<[string, string]>> = [
  [['sales volume was 3,950 mt.', 'sales volume was 3,980 mt.']],
  [['The second kiln line came online in February.', 'The second kiln line came online in March, a month late.']],
  [['released on May 20\n', 'released on May 20\nCorrected transcript.\n']],
  [['reached 4,200 mt in Q1', 'reached 4,250 mt in Q1'], ['to 30,000 mt/year', 'to 32,000 mt/year']],
  [['up 24.6% YoY.', 'up 25.1% YoY.']],
];

/** The text of a new version: `variant`'s sentences swapped in the current text. */
function nextVersion(text: string, variant: number): string {
  return VARIANTS[variant]!.reduce((t, [a, b]) => (t.includes(b) ? t.replace(b, a) : t.replace(a, b)), text);
}

/** The text of the first document's current version here, or undefined before it arrived. */
function currentText(service: Service): string | undefined {
  const doc = service.call('documents.list', {}).find((d) => d.fileName === 'ir-record.txt');
  return doc ? service.workspace.db.prepare('SELECT text FROM document_versions WHERE id = ?').pluck().get(service.call('documents.get', { id: doc.id }).versionId) as string : undefined;
}

/** Imports a new version of the first document, as an analyst imports the changed file again (nothing before it arrived). */
function importVersion(service: Service, variant: number): void {
  const text = currentText(service);
  if (text === undefined) return;
  importBytes(importStores(service.workspace.db), new TextEncoder().encode(nextVersion(text, variant)), 'ir-record.txt', null);
}

/** Edits an analyst may make; a few metrics and values, so that edits collide often. */
const Edit = fc.oneof(
  fc.record({ kind: fc.constant('patch' as const), metric: fc.nat(3), patch: fc.oneof(
    fc.record({ status: fc.constantFrom('verified' as const, 'rejected' as const, 'unreviewed' as const) }),
    fc.record({ label: fc.constantFrom('revenue', 'net income', 'margin') }),
    fc.record({ value: fc.constantFrom(1, 2.5, -3, null) }),
    fc.record({ note: fc.constantFrom('', 'check page 3', 'ok') }),
    fc.record({ unit: fc.constantFrom('CNY', 'USD'), entity: fc.constantFrom('Acme', null) }),
  ) }),
  fc.record({ kind: fc.constant('bulk' as const), status: fc.constantFrom('verified' as const, 'disputed' as const) }),
  fc.record({ kind: fc.constant('delete' as const), metric: fc.nat(3) }),
  // Tagging and the tag tree weigh more: a tree edit only shows once the tag is on another workspace too.
  { arbitrary: fc.record({ kind: fc.constant('tag' as const), metric: fc.nat(3), path: fc.constantFrom('Review/Q3', 'Sources/IR', 'Review') }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('tree' as const), which: fc.nat(3), op: fc.oneof(
    fc.record({ rename: fc.constantFrom('Q3', 'IR', 'Checked') }),
    fc.record({ color: fc.constantFrom('blue' as const, 'pink' as const, null) }),
    fc.record({ into: fc.nat(3) }),
    fc.constant({ remove: true as const }),
    fc.constant({ restore: true as const }),
  ) }), weight: 3 },
  fc.record({ kind: fc.constant('passageTag' as const), at: fc.nat(2), path: fc.constantFrom('Review/Q3', 'Sources/IR') }),
  fc.record({ kind: fc.constant('undo' as const) }),
  fc.record({ kind: fc.constant('annotate' as const), at: fc.nat(3), body: fc.constantFrom('', 'ask IR', 'why?') }),
  fc.record({ kind: fc.constant('annotation' as const), which: fc.nat(2), patch: fc.oneof(
    fc.record({ body: fc.constantFrom('ask IR', 'checked', '**key**') }),
    fc.record({ color: fc.constantFrom('yellow' as const, 'green' as const, null) }),
  ) }),
  fc.record({ kind: fc.constant('unannotate' as const), which: fc.nat(2) }),
  fc.record({ kind: fc.constant('mark' as const), figure: fc.constantFrom('3,950 mt', '4,200 mt') }),
  fc.record({ kind: fc.constant('report' as const), which: fc.nat(1), summary: fc.constantFrom('draft', 'final', 'see **notes**') }),
  fc.record({ kind: fc.constant('unreport' as const), which: fc.nat(1) }),
  // A new version of the first document: its current text with one or two sentences changed.
  { arbitrary: fc.record({ kind: fc.constant('version' as const), variant: fc.nat(VARIANTS.length - 1) }), weight: 2 },
);
type EditAction = typeof Edit extends fc.Arbitrary<infer T> ? T : never;

/** Two workspaces (this one and the next) each import a different new version of the first document before either syncs. */
const Rivals = fc.record({ kind: fc.constant('rivals' as const), variants: fc.uniqueArray(fc.nat(VARIANTS.length - 1), { minLength: 2, maxLength: 2 }) });
const Step = (workspaces: number) => fc.record({ ws: fc.nat(workspaces - 1), action: fc.oneof({ arbitrary: Edit, weight: 6 },
  { arbitrary: fc.constant({ kind: 'sync' as const }), weight: 4 }, { arbitrary: Rivals, weight: 1 }) });

const ids = (service: Service) => service.call('metrics.page', { endRow: 4, sort: [{ column: 'position', direction: 'asc' }] }).rows.map((r) => r.id);

/** The first document's annotations in text order (the same order in every workspace holding the same ones). */
function annotations(service: Service): Array<{ id: number }> {
  const doc = service.call('documents.list', {}).find((d) => d.fileName === 'ir-record.txt');
  return doc ? service.call('annotations.list', { documentId: doc.id }) : [];
}

/** Notes and highlights on the first document: made on one of its first passages, edited, deleted. */
function annotate(service: Service, action: EditAction): void {
  const doc = service.call('documents.list', {}).find((d) => d.fileName === 'ir-record.txt');
  if (!doc) return;
  if (action.kind === 'annotate') {
    const passage = service.call('passages.list', { documentId: doc.id, limit: 4 }).passages[action.at];
    if (passage) service.call('annotations.createRange', { documentId: doc.id, start: passage.start, end: passage.start + 5, body: action.body });
  }
  const target = 'which' in action ? annotations(service)[action.which] : undefined;
  if (!target) return;
  // A note on a metric takes no colour of its own (it travels as the metric's note alone): refused in words.
  if (action.kind === 'annotation') {
    try { service.call('annotations.update', { id: target.id, patch: action.patch }); } catch (error) { if ((error as { code?: string }).code !== 'NOTE_ON_METRIC') throw error; }
  }
  if (action.kind === 'unannotate') service.call('annotations.delete', { id: target.id });
}

/** Toggles a tag on one of the first document's first passages, making the tag first where it does not exist yet. */
function tagPassage(service: Service, at: number, path: string): void {
  const doc = service.call('documents.list', {}).find((d) => d.fileName === 'ir-record.txt');
  const passage = doc ? service.call('passages.list', { documentId: doc.id, limit: 3 }).passages[at] : undefined;
  if (!passage) return;
  const tag = service.call('tags.create', { path });
  const current = service.call('tags.of', { targetKind: 'passage', targetIds: [passage.id] })[0]?.tags.map((t) => t.id) ?? [];
  const next = current.includes(tag.id) ? current.filter((t) => t !== tag.id) : [...current, tag.id];
  service.call('tags.set', { targetKind: 'passage', targetId: passage.id, tagIds: next });
}

/** A metric the analyst creates by selecting a figure in the first document (another beside the extracted one). */
function mark(service: Service, figure: string): void {
  const doc = service.call('documents.list', {}).find((d) => d.fileName === 'ir-record.txt');
  const at = currentText(service)?.indexOf(figure) ?? -1;
  // Not here yet, or a new version changed the figure.
  if (!doc || at < 0) return;
  service.call('metrics.create', { documentId: doc.id, start: at, end: at + figure.length });
}

/** Reports: a new one (named after the analyst's clock), or a save of one of the first two with a metric in it, or a delete. */
function report(service: Service, action: EditAction): void {
  const reports = service.call('reports.list', {}).sort((x, y) => x.name.localeCompare(y.name));
  const target = 'which' in action ? reports[action.which] : undefined;
  if (action.kind === 'unreport') {
    if (target) service.call('reports.delete', { id: target.id });
    return;
  }
  if (action.kind !== 'report') return;
  if (!target) {
    service.call('reports.create', { name: `Report ${reports.length + 1}` });
    return;
  }
  const { id, name, updatedAt: _u, ...content } = service.call('reports.get', { id: target.id });
  const metric = ids(service)[0];
  const items = metric === undefined ? [] : [{ kind: 'metric' as const, metricId: metric }];
  service.call('reports.save', { id, name, content: { ...content, summary: action.summary, sections: [{ heading: 'Figures', commentary: '', items }] } });
}

/**
 * Edits to the tag tree: a rename, recolor, merge into another tag or deletion of one of the
 * first tags by path, or bringing one of the tags in the trash back.
 */
function editTree(service: Service, action: Extract<EditAction, { kind: 'tree' }>): void {
  const tags = service.call('tags.list', {});
  const tag = tags[action.which];
  const { op } = action;
  try {
    if ('restore' in op) {
      const trashed = service.call('trash.list', {}).filter((t) => t.targetKind === 'tag').sort((x, y) => x.description.localeCompare(y.description));
      const entry = trashed[action.which % Math.max(trashed.length, 1)];
      if (entry) service.call('trash.restore', { id: entry.id });
    }
    if (!tag) return;
    if ('rename' in op) service.call('tags.rename', { id: tag.id, name: op.rename });
    if ('color' in op) service.call('tags.recolor', { id: tag.id, color: op.color });
    if ('into' in op && tags[op.into]) service.call('tags.merge', { id: tag.id, into: tags[op.into]!.id });
    if ('remove' in op) service.call('tags.delete', { id: tag.id });
  } catch (error) {
    // A rename onto a sibling's name, or a merge into itself or a tag below it, is refused in words; the property goes on.
    // So is a restore whose place another tag took or whose parent is gone too.
    if (!['TAG_EXISTS', 'BAD_INPUT', 'TAG_PARENT_GONE'].includes((error as { code?: string }).code ?? '')) throw error;
  }
}

async function play(service: Service, action: EditAction | { kind: 'sync' }): Promise<void> {
  if (action.kind === 'sync') await sync(service.workspace.db);
  if (action.kind === 'tree') return editTree(service, action);
  if (action.kind === 'annotate' || action.kind === 'annotation' || action.kind === 'unannotate') return annotate(service, action);
  if (action.kind === 'mark') return mark(service, action.figure);
  if (action.kind === 'version') return importVersion(service, action.variant);
  if (action.kind === 'passageTag') return tagPassage(service, action.at, action.path);
  if (action.kind === 'report' || action.kind === 'unreport') return report(service, action);
  // A workspace that has not pulled the documents yet has nothing to edit.
  const metric = ids(service)['metric' in action ? action.metric : 0];
  if (metric === undefined) return;
  if (action.kind === 'patch') service.call('metrics.update', { id: metric, patch: action.patch });
  if (action.kind === 'bulk') service.call('metrics.bulk', { ids: ids(service).slice(0, 2), change: { status: action.status } });
  if (action.kind === 'delete') service.call('metrics.delete', { id: metric });
  if (action.kind === 'tag') {
    // Toggles the tag on the metric, making the tag first where it does not exist yet.
    const tag = service.call('tags.create', { path: action.path });
    const current = service.call('tags.of', { targetKind: 'metric', targetIds: [metric] })[0]?.tags.map((t) => t.id) ?? [];
    const next = current.includes(tag.id) ? current.filter((t) => t !== tag.id) : [...current, tag.id];
    service.call('tags.set', { targetKind: 'metric', targetId: metric, tagIds: next });
  }
  // Undo of a delete whose metric an edit from elsewhere already brought back is refused in words; the property goes on.
  if (action.kind === 'undo') {
    try { service.call('edits.undo', {}); } catch (error) { if ((error as { code?: string }).code !== 'NOT_IN_TRASH') throw error; }
  }
}

/** Syncs every workspace in turn until a whole round moves nothing (marks of concurrent edits are changes too). */
async function settle(services: Service[]): Promise<void> {
  for (let round = 0; round < 6; round++) {
    let moved = 0;
    for (const s of services) {
      const c = await sync(s.workspace.db);
      moved += c.pushed + c.pulled;
    }
    if (!moved) return;
  }
  throw new Error('the workspaces did not settle in 6 rounds');
}

/**
 * Runs of each property: a few in CI (the file stays about a minute); CONVERGE_RUNS and CONVERGE_SEED run it longer locally.
 * A figure a new version kept off its words because it was worked on, whose only work a teammate undid before he had that
 * version, ended differently in two workspaces about once in 250 runs; work the team has heard of now keeps a figure in
 * every workspace for good (migration 38, edits-across-versions.test.ts).
 */
const RUNS = Number(process.env.CONVERGE_RUNS ?? 10);
// A fixed seed by default, so a run in CI is the same run every time; CONVERGE_SEED=random (or a number) explores.
const SEED = process.env.CONVERGE_SEED === 'random' ? undefined : Number(process.env.CONVERGE_SEED ?? 20261207);

teamSuite('team convergence', (cluster) => {
  for (const n of [2, 3]) {
    it(`${n} workspaces editing the same documents, syncing in random orders, converge to the same current versions, metrics, annotations, passage tags, tag tree and reports (one imported the documents and worked on them before joining, the others pull them; edits, created metrics, metric and passage tags and the tag tree with its trash, notes, reports, deletes, undo, new versions of a document, two at once in two workspaces)`, async () => {
      await fc.assert(fc.asyncProperty(fc.array(Edit, { maxLength: 8 }), fc.array(Step(n), { minLength: 1, maxLength: 25 }), async (offline, steps) => {
        const url = await cluster().createDatabase(hubName());
        await createHub(url);
        const services: Service[] = [];
        // The first analyst imported the documents; the others get them through the hub.
        for (let i = 0; i < n; i++) {
          const service = await analystWorkspace(i === 0 ? undefined : []);
          // The first analyst worked on them before joining (the same edits, new versions that change figures' words
        // included): that work is offered at the join, a figure a new version moved fuzzily keyed on the words it stood on.
          if (i === 0) for (const action of offline) await play(service, action);
          await joinHub(service.workspace.db, url, `analyst ${i}`);
          services.push(service);
        }
        for (const { ws, action } of steps) {
          if (action.kind !== 'rivals') await play(services[ws]!, action);
          else action.variants.forEach((variant, i) => importVersion(services[(ws + i) % n]!, variant));
        }
        await settle(services);
        const documents = services.map(documentState);
        for (const state of documents.slice(1)) expect(state).toEqual(documents[0]);
        const states = services.map(metricState);
        for (const state of states.slice(1)) expect(state).toEqual(states[0]);
        const notes = services.map(annotationState);
        for (const state of notes.slice(1)) expect(state).toEqual(notes[0]);
        const trees = services.map(tagState);
        for (const state of trees.slice(1)) expect(state).toEqual(trees[0]);
        const passages = services.map(passageTagState);
        for (const state of passages.slice(1)) expect(state).toEqual(passages[0]);
        const reports = services.map(reportState);
        for (const state of reports.slice(1)) expect(state).toEqual(reports[0]);
        for (const s of services) expect(localStatus(s.workspace.db).pending).toBe(0);
        for (const s of services) s.workspace.db.close();
      }), { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) });
    }, Math.max(240_000, RUNS * 12_000));
  }
});
