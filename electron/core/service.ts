import { DEFAULT_LINK_BASE } from '../../shared/open-link.ts';
import { AssayError } from '../../shared/errors.ts';
import { contract, isMethod, type Method, type MethodOutput, type ParsedInput } from '../../shared/contract.ts';
import { DocumentStore } from './db/documents.ts';
import { MetricStore, refuseBackwardPeriod } from './db/metrics.ts';
import { JobRegistry } from './jobs/job-registry.ts';
import type { ReaderRelay } from './jobs/reader-relay-messages.ts';
import { AnnotationStore } from './db/annotations.ts';
import { Edits } from './edits.ts';
import { ReportStore } from './db/reports.ts';
import { ExportJobs } from './jobs/export-jobs.ts';
import { EXPORT_TYPES, formatOfFile, gridQuery, type GridSelection } from '../../shared/exports.ts';
import { seriesOf } from '../../shared/chart.ts';
import { collectGrid, pointsOf, type ExportMetric } from './export/collect.ts';
import { toTsv } from './export/tsv.ts';
import { ViewStore } from './db/views.ts';
import { BULK_LIMIT } from '../../shared/metrics.ts';
import { findConflicts } from './checks/conflicts.ts';
import { findChangeMismatches } from './checks/change-check.ts';
import { TagStore } from './db/tags.ts';
import { TrashStore } from './db/trash.ts';
import { createSelectedMetric } from './selected-metric.ts';
import { EXTRACTOR_VERSION } from './extract/extract.ts';
import { reextract } from './import/reextract.ts';
import { applyCorrections, planCorrectionsFile, type CorrectionsPlan } from './import/corrections.ts';
import { schemaVersion } from './db/migrations/index.ts';
import { PassageStore } from './db/passages.ts';
import { SheetStore } from './db/sheet.ts';
import { searchPassages } from './db/search.ts';
import type { Workspace } from './db/workspace.ts';
import { importAnnotations } from './anchor/import-annotations.ts';
import { readAnnotationFile } from './anchor/read-annotations.ts';
import { writeTransaction } from './db/write.ts';
import { neverWaitOnLocks, retryWhileBusy } from './db/busy.ts';
import { BackgroundSync } from './team/background-sync.ts';
import { localStatus } from './team/team.ts';
import { restoreFromTrash } from './team/restore-from-trash.ts';

type Handlers = { [M in Method]: (input: ParsedInput<M>) => MethodOutput<M> };

/** How zod's own messages open, as opposed to the messages the contract's schemas give. */
const ZOD_WORDS = /^(?:Invalid|Too (?:small|big)|Unrecognized|Expected)\b/u;

/**
 * Assay's core behind the contract. One instance per open workspace; every transport
 * (IPC, HTTP, the CLI) calls `call`, which validates input at the edge.
 */
export class Service {
  readonly workspace: Workspace;
  /**
   * Where exports' citations link back to: the desktop protocol unless the transport says
   * otherwise (browser mode sets its own `/open` address, so links reach the running server).
   */
  linkBase = DEFAULT_LINK_BASE;
  private readonly documents: DocumentStore;
  private readonly passages: PassageStore;
  private readonly metrics: MetricStore;
  private readonly sheet: SheetStore;
  private readonly annotations: AnnotationStore;
  private readonly tags: TagStore;
  private readonly trash: TrashStore;
  private readonly edits: Edits;
  private readonly jobs: JobRegistry;
  private readonly exports: ExportJobs;
  private readonly reports: ReportStore;
  private readonly views: ViewStore;
  private readonly handlers: Handlers;
  private readonly team: BackgroundSync;
  private answering = false;

  /** `options.readers`: where imports get their readers in the desktop app (its main process starts them). */
  constructor(workspace: Workspace, options: { readers?: ReaderRelay } = {}) {
    this.workspace = workspace;
    this.documents = new DocumentStore(workspace.db);
    this.passages = new PassageStore(workspace.db);
    this.metrics = new MetricStore(workspace.db);
    this.sheet = new SheetStore(workspace.db);
    this.annotations = new AnnotationStore(workspace.db);
    this.tags = new TagStore(workspace.db);
    this.trash = new TrashStore(workspace.db);
    this.edits = new Edits(workspace.db);
    this.jobs = new JobRegistry(workspace.path, options.readers);
    this.exports = new ExportJobs(workspace);
    this.reports = new ReportStore(workspace.db);
    this.views = new ViewStore(workspace.db);
    this.team = new BackgroundSync(workspace.db, undefined, options.readers);
    this.handlers = {
      'workspace.info': () => this.info(),
      'workspace.path': () => ({ path: this.workspace.path }),
      'metrics.reextract': ({ documentId }) => reextract(this.workspace.db, documentId),
      'documents.list': ({ tagId, ...input }) => this.documents.list({ ...input, tagIds: tagId === undefined ? undefined : this.tags.descendants(tagId) }),
      'documents.get': ({ id }) => this.documents.get(id),
      'documents.original': ({ id }) => {
        const doc = this.documents.get(id);
        return { fileName: doc.fileName, format: doc.format, data: this.documents.original(doc.versionId).toString('base64') };
      },
      'documents.resolve': ({ ref }) => ({ id: this.documents.resolve(ref) }),
      'documents.update': ({ id, patch }) => {
        this.documents.updateMeta(id, patch, now());
        return this.documents.get(id);
      },
      'passages.list': ({ documentId, offset, limit, through }) => {
        const doc = this.documents.get(documentId);
        const until = through === undefined ? undefined : this.passages.ordinal(doc.versionId, through);
        const count = until === undefined ? limit : Math.min(Math.max(limit, until - offset + 50), 50_000);
        return { total: this.countPassages(doc.versionId), passages: this.passages.list(doc.versionId, { offset, limit: count }) };
      },
      'search.passages': ({ query, documentId, limit, offset }) => searchPassages(this.workspace.db, query, { documentId, limit, offset }),
      'metrics.page': (query) => this.metrics.page(query),
      'metrics.get': ({ id }) => this.metrics.get(id),
      'metrics.update': ({ id, patch }) => {
        if (patch.periodStart !== undefined || patch.periodEnd !== undefined) refuseBackwardPeriod(this.metrics.get(id), patch);
        return this.metrics.update(id, patch, now());
      },
      'metrics.spans': ({ documentId, from, to }) => this.metrics.spans(documentId, from, to),
      'edits.undo': () => this.edits.step('undo', now()),
      'edits.redo': () => this.edits.step('redo', now()),
      'corrections.preview': async ({ fileName, data }) => (await this.correctionsPlan(fileName, data)).preview,
      'corrections.apply': async ({ fileName, data, accept }) => ({
        changed: applyCorrections(this.workspace.db, await this.correctionsPlan(fileName, data), now(), new Set(accept)),
      }),
      'metrics.delete': ({ id }) => { this.edits.delete('metric', id, now()); return { ok: true }; },
      'metrics.bulk': ({ ids, selection, change }) => ({ changed: this.edits.bulk(ids ?? this.idsOf(selection!), change, now()) }),
      'metrics.tsv': ({ ids, selection }) => this.tsv(ids, selection),
      'views.list': () => this.views.list(),
      'views.save': ({ name, state }) => this.views.save(name, state, now()),
      'views.delete': ({ id }) => { this.views.delete(id); return { ok: true }; },
      'metrics.create': ({ documentId, start, end }) => this.metricFromSelection(documentId, start, end),
      'annotations.createRange': (input) => this.createRange(input),
      'annotations.createOnPassage': ({ passageId, body, color }) => {
        const passage = this.passages.get(passageId);
        const id = writeTransaction(this.workspace.db, () => {
          const created = this.annotations.createOnPassage({ documentId: passage.documentId, versionId: passage.versionId, passageId, body, color }, now());
          this.edits.created(created, now());
          return created;
        });
        return { id };
      },
      'annotations.ranges': ({ documentId }) => this.annotations.ranges(this.documents.get(documentId).versionId),
      'annotations.list': ({ documentId, tagId, color }) => this.annotations.list(documentId, this.documents.get(documentId).versionId, { tagId, color }),
      'annotations.get': ({ id }) => this.annotation(id),
      'annotations.update': ({ id, patch }) => { this.edits.updateAnnotation(id, patch, now()); return this.annotation(id); },
      'annotations.place': ({ id, start, end }) => {
        const doc = this.documents.get(this.annotations.documentOf(id));
        const text = this.checkedText(doc.versionId, end);
        this.edits.place(id, { versionId: doc.versionId, passageId: this.passages.at(doc.versionId, start)?.id ?? null, text, start, end }, now());
        return this.annotation(id);
      },
      'annotations.delete': ({ id }) => { this.edits.delete('annotation', id, now()); return { ok: true }; },
      'annotations.import': ({ fileName, text }) => this.importAnnotationFile(fileName, text),
      'tags.list': () => this.tags.list(),
      'tags.create': ({ path, color }) => this.tags.create(path, color),
      'tags.rename': ({ id, name }) => this.tags.rename(id, name),
      'tags.recolor': ({ id, color }) => this.tags.recolor(id, color),
      'tags.merge': ({ id, into }) => this.tags.merge(id, into),
      'tags.delete': ({ id }) => ({ untagged: this.tags.delete(id, now()) }),
      'tags.set': ({ targetKind, targetId, tagIds }) => { this.edits.setTags(targetKind, targetId, tagIds, now()); return this.tags.of(targetKind, targetId); },
      'tags.of': ({ targetKind, targetIds }) => [...this.tags.ofMany(targetKind, targetIds)].map(([targetId, tags]) => ({ targetId, tags })),
      'metrics.series': ({ selection, metricId }) => this.series(selection, metricId),
      'metrics.sheet': (query) => this.sheet.page(query),
      'checks.list': () => ({ conflicts: findConflicts(this.workspace.db), mismatches: findChangeMismatches(this.workspace.db) }),
      'exports.start': ({ selection, reportId, format, view }) => ({
        jobId: this.exports.start(reportId === undefined ? { selection, view, format, linkBase: this.linkBase }
          : { reportId, reportName: this.reports.get(reportId).name, format, linkBase: this.linkBase }),
      }),
      'reports.list': () => this.reports.list(),
      'reports.get': ({ id }) => this.reports.get(id),
      'reports.create': ({ name }) => this.reports.create(name, now()),
      'reports.save': ({ id, name, content }) => this.reports.save(id, name, content, now()),
      'reports.addGrid': ({ id, section, selection }) => this.addGridToReport(id, section, selection),
      'reports.delete': ({ id }) => { this.reports.delete(id); return { ok: true }; },
      'exports.status': ({ jobId }) => this.exports.status(jobId),
      // In process nothing may block, so this answers at once; `request` (the transports) waits.
      'exports.wait': ({ jobId }) => this.exports.status(jobId),
      'exports.file': ({ jobId }) => {
        const state = this.exports.status(jobId);
        return { fileName: state.fileName, type: EXPORT_TYPES[formatOfFile(state.fileName)], data: this.exports.file(jobId).toString('base64') };
      },
      'exports.cancel': ({ jobId }) => ({ ok: this.exports.cancel(jobId) }),
      'trash.list': () => this.trash.list(),
      'trash.restore': ({ id }) => restoreFromTrash(this.workspace.db, id, now()),
      'trash.empty': () => ({ removed: this.trash.empty() }),
      'imports.start': ({ paths }) => ({ jobId: this.jobs.start(paths) }),
      'imports.upload': ({ files }) => ({ jobId: this.jobs.upload(files) }),
      'imports.status': ({ jobId }) => this.jobs.status(jobId),
      'imports.cancel': ({ jobId }) => ({ ok: this.jobs.cancel(jobId) }),
      'team.status': () => ({ ...localStatus(this.workspace.db), syncing: this.team.syncing, progress: this.team.progress, passwordNeeded: this.team.passwordNeeded }),
      // Remembering is the desktop shell's (main.ts, with the keychain); the core only holds it for the session.
      'team.password': ({ password }) => { this.team.usePassword(password); return { remembered: false }; },
      'team.sync': () => this.team.now(),
    };
  }

  /**
   * Validates `input` against the contract and runs the method. An unknown method is a
   * NO_SUCH_METHOD error and bad input a BAD_INPUT error naming the field; transports pass
   * the method name as they received it, so it is checked here too.
   */
  call<M extends Method>(method: M, input: unknown): MethodOutput<M> {
    return (this.handlers[method] as (i: unknown) => MethodOutput<M>)(this.parse(method, input));
  }

  /**
   * What the transports (HTTP, IPC) call: `call`, except that nothing holds up the thread that
   * answers them. A long-poll (exports.wait) resolves when its answer is ready; a write that
   * finds another process's lock tries again between other requests, then answers BUSY
   * (it changed nothing, so the client may try again) instead of blocking the thread under busy_timeout.
   */
  async request<M extends Method>(method: M, input: unknown): Promise<MethodOutput<M>> {
    if (method === 'exports.wait') {
      const { jobId, after } = this.parse('exports.wait', input);
      return this.exports.wait(jobId, after) as Promise<MethodOutput<M>>;
    }
    if (!this.answering) {
      // From the first request on, this connection answers the UI: it never waits on a lock.
      neverWaitOnLocks(this.workspace.db);
      this.answering = true;
      // A workbench is open on this workspace: a team workspace syncs in the background.
      this.team.start();
    }
    return retryWhileBusy<MethodOutput<M>>(() => this.call(method, input));
  }

  private parse<M extends Method>(method: M, input: unknown): ParsedInput<M> {
    if (!isMethod(method)) throw new AssayError('NO_SUCH_METHOD', `Unknown method "${String(method).slice(0, 100)}".`);
    const parsed = contract[method].input.safeParse(input ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      // Cut short: zod repeats an unknown key in its message, and a key can be a megabyte long.
      const field = (issue.path.join('.') || 'input').slice(0, 200);
      const message = issue.message.slice(0, 300);
      // The contract's own words ("A label cannot be empty") lead, for the analyst who sees them in the workbench;
      // zod's generic ones ("Invalid input: expected string") keep the method and field first, for whoever called.
      if (!ZOD_WORDS.test(message)) throw new AssayError('BAD_INPUT', `${message} (${method}: ${field}).`);
      throw new AssayError('BAD_INPUT', `Invalid input for ${method}: ${field}: ${message}.`);
    }
    return parsed.data as ParsedInput<M>;
  }

  /** The figure an analyst selected, stored as the analyst's own metric (see createSelectedMetric). */
  private metricFromSelection(documentId: number, start: number, end: number): MethodOutput<'metrics.create'> {
    const doc = this.documents.get(documentId);
    const id = writeTransaction(this.workspace.db, () => createSelectedMetric(this.workspace.db, { documentId, versionId: doc.versionId, published: doc.published, start, end }, now()));
    return this.metrics.get(id);
  }

  /** A file's annotations placed on their documents, as one step that one undo takes back. */
  private importAnnotationFile(fileName: string, text: string): MethodOutput<'annotations.import'> {
    const read = readAnnotationFile(fileName, text);
    return writeTransaction(this.workspace.db, () => {
      const { summary, ids } = importAnnotations(this.workspace.db, read, now());
      this.edits.createdMany(ids, now());
      return summary;
    });
  }

  private createRange(input: ParsedInput<'annotations.createRange'>): { id: number } {
    const doc = this.documents.get(input.documentId);
    const text = this.checkedText(doc.versionId, input.end);
    const passageId = this.passages.at(doc.versionId, input.start)?.id ?? null;
    const id = writeTransaction(this.workspace.db, () => {
      const created = this.annotations.createRange({ ...input, versionId: doc.versionId, passageId, text }, now());
      this.edits.created(created, now());
      return created;
    });
    return { id };
  }

  /** Appends the grid's metrics as it stands (in its order, up to 10,000) to a report section. */
  private addGridToReport(id: number, section: number, selection: GridSelection): MethodOutput<'reports.addGrid'> {
    const report = this.reports.get(id);
    if (section >= report.sections.length) throw new AssayError('BAD_INPUT', `The report has ${report.sections.length} section(s); add a section first.`);
    const { ids } = this.metrics.ids({ ...gridQuery(selection), endRow: 10_000 });
    if (!ids.length) throw new AssayError('BAD_INPUT', 'The grid shows no metrics, so there is nothing to add. Clear its filters (or open a document with figures) and try again.');
    const sections = report.sections.map((s, i) => (i === section ? { ...s, items: [...s.items, ...ids.map((metricId) => ({ kind: 'metric' as const, metricId }))] } : s));
    const { id: _id, name, updatedAt: _u, ...content } = report;
    return this.reports.save(id, name, { ...content, sections }, now());
  }

  /** Every metric the grid's filter matches, in its order; refused past BULK_LIMIT so one step stays undoable. */
  private idsOf(selection: GridSelection): number[] {
    const { ids, total } = this.metrics.ids({ ...gridQuery(selection), endRow: BULK_LIMIT });
    if (total > BULK_LIMIT) {
      throw new AssayError('TOO_MANY', `The grid's filter matches ${total.toLocaleString('en-US')} metrics; a bulk change takes up to ${BULK_LIMIT.toLocaleString('en-US')} at a time. Narrow the filter (a status, a tag, a document) and try again.`);
    }
    return ids;
  }

  /** The chosen metrics in the order given, or the grid as it stands (its first BULK_LIMIT rows), as TSV. */
  private tsv(ids: number[] | undefined, selection: GridSelection | undefined): MethodOutput<'metrics.tsv'> {
    if (ids) {
      const byId = new Map(collectGrid(this.workspace.db, { ids, sort: [] }, '').metrics.map((m) => [m.id, m]));
      const metrics = ids.map((id) => byId.get(id)).filter((m): m is ExportMetric => m !== undefined);
      return { text: toTsv(metrics), rows: metrics.length, total: metrics.length };
    }
    const query = gridQuery(selection!);
    const { total } = this.metrics.ids({ ...query, endRow: 0 });
    const { metrics } = collectGrid(this.workspace.db, query, '', '', BULK_LIMIT);
    return { text: toTsv(metrics), rows: metrics.length, total };
  }

  /** Chart series of the grid's selection, or of one metric's label across documents (its series first). */
  private series(selection: GridSelection, metricId?: number): MethodOutput<'metrics.series'> {
    const { sort: _sort, ...filters } = selection;
    const focus = metricId === undefined ? null : this.metrics.get(metricId);
    const query = focus ? { label: focus.label } : filters;
    const data = collectGrid(this.workspace.db, { ...query, sort: [{ column: 'periodStart', direction: 'asc' }] }, '', '', 2000);
    const all = seriesOf(pointsOf(data.metrics), focus ? 20 : 6);
    if (!focus) return all;
    const own = all.filter((s) => s.points.some((p) => p.id === focus.id));
    return [...own, ...all.filter((s) => !own.includes(s))].slice(0, 6);
  }

  /** An edited XLSX export sent by the UI (base64), planned against the workspace as it is now. */
  private correctionsPlan(fileName: string, data: string): Promise<CorrectionsPlan> {
    return planCorrectionsFile(this.workspace.db, Buffer.from(data, 'base64'), fileName);
  }

  private annotation(id: number): MethodOutput<'annotations.get'> {
    return this.annotations.get(id, this.documents.get(this.annotations.documentOf(id)).versionId);
  }

  /** A version's text, refusing a selection that runs past its end (the document changed under it). */
  private checkedText(versionId: number, end: number): string {
    const text = this.documents.text(versionId);
    if (end > text.length) throw new AssayError('BAD_INPUT', 'The selection runs past the end of the document; select the text again.');
    return text;
  }

  private info(): MethodOutput<'workspace.info'> {
    const db = this.workspace.db;
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    const stale = this.metrics.staleCount(EXTRACTOR_VERSION, STALE_COUNT_CAP);
    return {
      path: this.workspace.path,
      schemaVersion: schemaVersion(db),
      documentCount: count('SELECT count(*) AS n FROM documents'),
      passageCount: this.passages.indexedCount(),
      staleMetricCount: Math.min(stale, STALE_COUNT_CAP),
      staleMetricCountCapped: stale > STALE_COUNT_CAP,
      extractorVersion: EXTRACTOR_VERSION,
    };
  }

  private countPassages(versionId: number): number {
    return (this.workspace.db.prepare('SELECT count(*) AS n FROM passages WHERE version_id = ?').get(versionId) as { n: number }).n;
  }
}

/** How far workspace.info counts figures to read again: enough for the offer's words, and quick on a million. */
const STALE_COUNT_CAP = 10_000;

function now(): string {
  return new Date().toISOString();
}
