import { AssayError } from '../../shared/errors.ts';
import { contract, type Method, type MethodOutput, type ParsedInput } from '../../shared/contract.ts';
import { DocumentStore } from './db/documents.ts';
import { MetricStore } from './db/metrics.ts';
import { JobRegistry } from './jobs/job-registry.ts';
import { AnnotationStore } from './db/annotations.ts';
import { ActionStore } from './db/actions.ts';
import { MetricPatch } from '../../shared/metrics.ts';
import { mainSubject } from './extract/entities.ts';
import { extractFromText } from './extract/extract.ts';
import { schemaVersion } from './db/migrations/index.ts';
import { PassageStore } from './db/passages.ts';
import { searchPassages } from './db/search.ts';
import type { Workspace } from './db/workspace.ts';

type Handlers = { [M in Method]: (input: ParsedInput<M>) => MethodOutput<M> };

/**
 * Assay's core behind the contract. One instance per open workspace; every transport
 * (IPC, HTTP, the CLI) calls `call`, which validates input at the edge.
 */
export class Service {
  readonly workspace: Workspace;
  private readonly documents: DocumentStore;
  private readonly passages: PassageStore;
  private readonly metrics: MetricStore;
  private readonly annotations: AnnotationStore;
  private readonly jobs: JobRegistry;
  private readonly handlers: Handlers;

  constructor(workspace: Workspace) {
    this.workspace = workspace;
    this.documents = new DocumentStore(workspace.db);
    this.passages = new PassageStore(workspace.db);
    this.metrics = new MetricStore(workspace.db);
    this.annotations = new AnnotationStore(workspace.db);
    this.jobs = new JobRegistry(workspace.path);
    this.handlers = {
      'workspace.info': () => this.info(),
      'documents.list': (input) => this.documents.list(input),
      'documents.get': ({ id }) => this.documents.get(id),
      'documents.resolve': ({ ref }) => ({ id: this.documents.resolve(ref) }),
      'documents.update': ({ id, patch }) => {
        this.documents.updateMeta(id, patch, new Date().toISOString());
        return this.documents.get(id);
      },
      'passages.list': ({ documentId, offset, limit }) => {
        const doc = this.documents.get(documentId);
        return { total: this.countPassages(doc.versionId), passages: this.passages.list(doc.versionId, { offset, limit }) };
      },
      'search.passages': ({ query, documentId, limit, offset }) => searchPassages(this.workspace.db, query, { documentId, limit, offset }),
      'metrics.page': (query) => this.metrics.page(query),
      'metrics.get': ({ id }) => this.metrics.get(id),
      'metrics.update': ({ id, patch }) => this.metrics.update(id, patch, new Date().toISOString()),
      'metrics.spans': ({ documentId }) => this.metrics.spans(documentId),
      'edits.undo': () => this.step('undo'),
      'edits.redo': () => this.step('redo'),
      'metrics.create': ({ documentId, start, end }) => this.metricFromSelection(documentId, start, end),
      'annotations.createRange': ({ documentId, start, end, body }) => {
        const doc = this.documents.get(documentId);
        const text = this.documents.text(doc.versionId);
        if (end > text.length) throw new AssayError('BAD_INPUT', 'The selection runs past the end of the document; select the text again.');
        const passage = this.passages.at(doc.versionId, start);
        return { id: this.annotations.createRange({ documentId, versionId: doc.versionId, passageId: passage?.id ?? null, text, start, end, body }, new Date().toISOString()) };
      },
      'annotations.ranges': ({ documentId }) => this.annotations.ranges(this.documents.get(documentId).versionId),
      'imports.start': ({ paths }) => ({ jobId: this.jobs.start(paths) }),
      'imports.upload': ({ files }) => ({ jobId: this.jobs.upload(files) }),
      'imports.status': ({ jobId }) => this.jobs.status(jobId),
      'imports.cancel': ({ jobId }) => ({ ok: this.jobs.cancel(jobId) }),
    };
  }

  /** Validates `input` against the contract and runs the method. */
  call<M extends Method>(method: M, input: unknown): MethodOutput<M> {
    const spec = contract[method];
    if (!spec) throw new AssayError('NO_SUCH_METHOD', `Unknown method "${String(method)}".`);
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new AssayError('BAD_INPUT', `Invalid input for ${method}: ${issue.path.join('.') || 'input'}: ${issue.message}.`);
    }
    return (this.handlers[method] as (i: unknown) => MethodOutput<M>)(parsed.data);
  }

  /**
   * The figure an analyst selected, read in the context of its passage (for a label and
   * period), or from the selection alone; stored as the analyst's own metric.
   */
  private metricFromSelection(documentId: number, start: number, end: number): MethodOutput<'metrics.create'> {
    const doc = this.documents.get(documentId);
    const text = this.documents.text(doc.versionId);
    if (end > text.length) throw new AssayError('BAD_INPUT', 'The selection runs past the end of the document; select the text again.');
    const passage = this.passages.at(doc.versionId, start);
    const options = { date: doc.published, subject: mainSubject(text) };
    const inPassage = passage ? extractFromText(text.slice(passage.start, passage.end), options, passage.start) : [];
    const found = inPassage.find((m) => m.span[0] < end && start < m.span[1]) ?? extractFromText(text.slice(start, end), options, start)[0];
    if (!found) throw new AssayError('NO_FIGURE', 'The selection holds no figure Assay can read. Select a number with its unit, such as "5,700 mt" or "9.3 billion yuan".');
    const id = this.metrics.createFromSelection(documentId, doc.versionId, passage?.id ?? null, { ...found, passageIndex: 0 }, new Date().toISOString());
    return this.metrics.get(id);
  }

  /** Undoes the latest action, or redoes the latest undone one; null when there is none. */
  private step(kind: 'undo' | 'redo'): { targetKind: string; targetId: number } | null {
    const actions = new ActionStore(this.workspace.db);
    const action = actions.next(kind);
    if (!action) return null;
    this.workspace.db.transaction(() => {
      const patch = MetricPatch.parse(kind === 'undo' ? action.before : action.after);
      this.metrics.update(action.targetId, patch, new Date().toISOString(), false);
      actions.mark(action.id, kind === 'redo');
    })();
    return { targetKind: action.targetKind, targetId: action.targetId };
  }

  private info(): MethodOutput<'workspace.info'> {
    const db = this.workspace.db;
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      path: this.workspace.path,
      schemaVersion: schemaVersion(db),
      documentCount: count('SELECT count(*) AS n FROM documents'),
      passageCount: count('SELECT count(*) AS n FROM passages p JOIN documents d ON d.current_version_id = p.version_id WHERE p.debris = 0'),
    };
  }

  private countPassages(versionId: number): number {
    return (this.workspace.db.prepare('SELECT count(*) AS n FROM passages WHERE version_id = ?').get(versionId) as { n: number }).n;
  }
}
