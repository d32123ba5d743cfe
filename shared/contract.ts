import { z } from 'zod';
import { ReextractSummary } from './reextract.ts';
import { DOCUMENT_SORTS, DocumentDetail, DocumentSummary, MetadataPatch, Passage } from './documents.ts';
import { ImportProgress, ImportSummary } from './imports.ts';
import { BulkChange, BULK_LIMIT, MetricDetail, MetricPatch, MetricQuery, MetricRow } from './metrics.ts';
import { SavedView, ViewName, ViewState } from './views.ts';
import { SearchHit, SearchQuery } from './search.ts';
import { AnnotationDetail, AnnotationItem, AnnotationPatch, TrashItem } from './annotations.ts';
import { AnnotationImportSummary, ANNOTATIONS_FILE_LIMIT } from './annotation-import.ts';
import { Color, Tag, TagName, TagPath, TagRef, TagTarget } from './tags.ts';
import { ChangeMismatch, ConflictGroup } from './checks.ts';
import { ExportFormat, ExportJobState, ExportView, GridSelection, VIEW_FORMATS } from './exports.ts';
import { SeriesSchema } from './chart.ts';
import { SheetPage, SheetQuery } from './sheet.ts';
import { Report, ReportContentInput, ReportName, ReportSummary } from './reports.ts';
import { CorrectionsFile, CorrectionsPreview } from './corrections.ts';
import { HubPasswordInput, HubPasswordResult, SyncResult, TeamStatus } from './team.ts';
import type { MethodName } from './method-names.ts';

/** What the UI sees of an import running on a worker thread. */
export const ImportJobState = z.object({
  id: z.string(),
  progress: ImportProgress.nullable(),
  done: z.boolean(),
  summary: ImportSummary.nullable(),
  error: z.string().nullable(),
});
export type ImportJobState = z.infer<typeof ImportJobState>;

/** Files sent by a browser, which cannot hand over paths: names and base64 bytes. */
const UploadedFile = z.object({
  // A name whose last part is ".." would make the import write its file over its own folder.
  name: z.string().min(1).max(255).refine((n) => !/(?:^|[/\\])\.\.[/\\]*$/u.test(n), 'A file name cannot be ".."'),
  data: z.string().max(90_000_000, 'A file sent for import is limited to 64 MB'),
}).strict();

/** An import or export job's id, as the start methods returned it. */
const JobId = z.string().min(1, 'Name the job').max(100, 'A job id is at most 100 characters');

/** A file or folder to import, as the desktop app's dialog or the CLI names it. */
const ImportPath = z.string().min(1).max(4096, 'A path is limited to 4,096 characters');

/**
 * The API between the UI (or any client) and Assay's core: every method with the zod
 * schemas of its input and output. The service implements it; IPC and HTTP carry it.
 */
export const contract = {
  'workspace.info': {
    input: z.object({}).strict(),
    output: z.object({
      path: z.string(), schemaVersion: z.number().int(), documentCount: z.number().int(), passageCount: z.number().int(),
      /**
       * Untouched figures read by another extractor than this build's, counted up to 10,000 (`staleMetricCountCapped`
       * when there are more): `metrics.reextract` reads them again.
       */
      staleMetricCount: z.number().int(), staleMetricCountCapped: z.boolean(), extractorVersion: z.string(),
    }),
  },
  /** The open workspace's file, and nothing to count: asked at launch, it holds up no first page (the interface's state is kept by it). */
  'workspace.path': {
    input: z.object({}).strict(),
    output: z.object({ path: z.string() }),
  },
  'documents.list': {
    input: z.object({ filter: z.string().max(200).optional(), tagId: z.number().int().optional(), sort: z.enum(DOCUMENT_SORTS).optional(),
      limit: z.number().int().min(1).max(5000).default(1000), offset: z.number().int().min(0).default(0) }).strict(),
    output: z.array(DocumentSummary),
  },
  'documents.get': {
    input: z.object({ id: z.number().int() }).strict(),
    output: DocumentDetail,
  },
  'documents.original': {
    /** The bytes of the current version as imported (base64), for showing a PDF's pages. */
    input: z.object({ id: z.number().int() }).strict(),
    output: z.object({ fileName: z.string(), format: z.string(), data: z.string() }),
  },
  'documents.resolve': {
    input: z.object({
      ref: z.string().min(1, 'Name a document by id, file name or title words').max(1000, 'A document reference is limited to 1,000 characters'),
    }).strict(),
    output: z.object({ id: z.number().int() }),
  },
  'documents.update': {
    input: z.object({ id: z.number().int(), patch: MetadataPatch }).strict(),
    output: DocumentDetail,
  },
  'passages.list': {
    input: z.object({
      documentId: z.number().int(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(5000).default(500),
      /** Read on (past `limit` if need be) until this passage is included, so a jump can land on it. */
      through: z.number().int().optional(),
    }).strict(),
    output: z.object({ total: z.number().int(), passages: z.array(Passage) }),
  },
  'search.passages': {
    input: SearchQuery.strict(),
    output: z.array(SearchHit),
  },
  'metrics.page': {
    input: MetricQuery,
    output: z.object({ rows: z.array(MetricRow), total: z.number().int() }),
  },
  'metrics.get': {
    input: z.object({ id: z.number().int() }).strict(),
    output: MetricDetail,
  },
  'metrics.update': {
    input: z.object({ id: z.number().int(), patch: MetricPatch }).strict(),
    output: MetricDetail,
  },
  'metrics.create': {
    input: z.object({ documentId: z.number().int(), start: z.number().int().min(0), end: z.number().int().min(1) }).strict()
      .refine((r) => r.end > r.start && r.end - r.start <= 500, 'Select between 1 and 500 characters'),
    output: MetricDetail,
  },
  'annotations.createRange': {
    input: z.object({ documentId: z.number().int(), start: z.number().int().min(0), end: z.number().int().min(1), body: z.string().max(20000), color: Color.nullable().default(null) }).strict()
      .refine((r) => r.end > r.start, 'Select some text first'),
    output: z.object({ id: z.number().int() }),
  },
  'annotations.createOnPassage': {
    input: z.object({ passageId: z.number().int(), body: z.string().max(20000), color: Color.nullable().default(null) }).strict(),
    output: z.object({ id: z.number().int() }),
  },
  'annotations.ranges': {
    input: z.object({ documentId: z.number().int() }).strict(),
    output: z.array(z.object({ id: z.number().int(), start: z.number().int(), end: z.number().int(), body: z.string(), quote: z.string(), color: Color.nullable() })),
  },
  'annotations.list': {
    input: z.object({ documentId: z.number().int(), tagId: z.number().int().optional(), color: Color.optional() }).strict(),
    output: z.array(AnnotationItem),
  },
  'annotations.get': {
    input: z.object({ id: z.number().int() }).strict(),
    output: AnnotationDetail,
  },
  'annotations.update': {
    input: z.object({ id: z.number().int(), patch: AnnotationPatch }).strict(),
    output: AnnotationDetail,
  },
  'annotations.place': {
    input: z.object({ id: z.number().int(), start: z.number().int().min(0), end: z.number().int().min(1) }).strict()
      .refine((r) => r.end > r.start, 'Select the words to place the annotation on'),
    output: AnnotationDetail,
  },
  'annotations.delete': {
    input: z.object({ id: z.number().int() }).strict(),
    output: z.object({ ok: z.boolean() }),
  },
  'annotations.import': {
    /** A file of annotations as text: W3C Web Annotations of any shape, or a Hypothesis export. */
    input: z.object({
      fileName: z.string().min(1).max(255),
      text: z.string().max(ANNOTATIONS_FILE_LIMIT, 'An annotations file is limited to 64 MB'),
    }).strict(),
    output: AnnotationImportSummary,
  },
  'metrics.reextract': {
    input: z.object({ documentId: z.number().int().optional() }).strict(),
    output: ReextractSummary,
  },
  'metrics.bulk': {
    /** One change to many metrics (the chosen ids, or every metric the grid's filter matches), undone as one step. */
    input: z.object({
      ids: z.array(z.number().int()).min(1, 'Select at least one metric').max(BULK_LIMIT, `Bulk changes take up to ${BULK_LIMIT.toLocaleString('en-US')} metrics at a time; narrow the filter`).optional(),
      selection: GridSelection.optional(),
      change: BulkChange,
    }).strict().refine((i) => (i.ids === undefined) !== (i.selection === undefined), 'Give either ids or the grid selection'),
    output: z.object({ changed: z.number().int() }),
  },
  'metrics.tsv': {
    /** The chosen metrics, or the grid as it stands, as tab-separated text with a header row (for pasting into Excel). */
    input: z.object({ ids: z.array(z.number().int()).min(1).max(BULK_LIMIT).optional(), selection: GridSelection.optional() }).strict()
      .refine((i) => (i.ids === undefined) !== (i.selection === undefined), 'Give either ids or the grid selection'),
    output: z.object({ text: z.string(), rows: z.number().int(), total: z.number().int() }),
  },
  'views.list': {
    input: z.object({}).strict(),
    output: z.array(SavedView),
  },
  'views.save': {
    /** Saves the view under its name, replacing a view of the same name. */
    input: z.object({ name: ViewName, state: ViewState }).strict(),
    output: SavedView,
  },
  'views.delete': {
    input: z.object({ id: z.number().int() }).strict(),
    output: z.object({ ok: z.boolean() }),
  },
  'metrics.delete': {
    input: z.object({ id: z.number().int() }).strict(),
    output: z.object({ ok: z.boolean() }),
  },
  'tags.list': {
    input: z.object({}).strict(),
    output: z.array(Tag),
  },
  'tags.create': {
    input: z.object({ path: TagPath, color: Color.nullable().default(null) }).strict(),
    output: TagRef,
  },
  'tags.rename': {
    input: z.object({ id: z.number().int(), name: TagName }).strict(),
    output: TagRef,
  },
  'tags.recolor': {
    input: z.object({ id: z.number().int(), color: Color.nullable() }).strict(),
    output: TagRef,
  },
  'tags.merge': {
    input: z.object({ id: z.number().int(), into: z.number().int() }).strict(),
    output: TagRef,
  },
  'tags.delete': {
    input: z.object({ id: z.number().int() }).strict(),
    /** How many items lost the tag. */
    output: z.object({ untagged: z.number().int() }),
  },
  'tags.set': {
    input: z.object({ targetKind: TagTarget, targetId: z.number().int(), tagIds: z.array(z.number().int()).max(100) }).strict(),
    output: z.array(TagRef),
  },
  'tags.of': {
    input: z.object({ targetKind: TagTarget, targetIds: z.array(z.number().int()).max(5000) }).strict(),
    output: z.array(z.object({ targetId: z.number().int(), tags: z.array(TagRef) })),
  },
  'metrics.series': {
    /** The grid's metrics as chart series; with metricId, that metric's series across every document first. */
    input: z.object({ selection: GridSelection, metricId: z.number().int().optional() }).strict(),
    output: z.array(SeriesSchema),
  },
  'metrics.sheet': {
    /** The grid's query as the period sheet: a window of series (rows) by the filter's most recent periods (columns). */
    input: SheetQuery,
    output: SheetPage,
  },
  'checks.list': {
    input: z.object({}).strict(),
    output: z.object({ conflicts: z.array(ConflictGroup), mismatches: z.array(ChangeMismatch) }),
  },
  'reports.list': {
    input: z.object({}).strict(),
    output: z.array(ReportSummary),
  },
  'reports.get': {
    input: z.object({ id: z.number().int() }).strict(),
    output: Report,
  },
  'reports.create': {
    input: z.object({ name: ReportName }).strict(),
    output: Report,
  },
  'reports.save': {
    input: z.object({ id: z.number().int(), name: ReportName, content: ReportContentInput }).strict(),
    output: Report,
  },
  'reports.addGrid': {
    /** Appends the grid's metrics as it stands (up to 10,000) to a section. */
    input: z.object({ id: z.number().int(), section: z.number().int().min(0), selection: GridSelection }).strict(),
    output: Report,
  },
  'reports.delete': {
    input: z.object({ id: z.number().int() }).strict(),
    output: z.object({ ok: z.boolean() }),
  },
  'exports.start': {
    /** The grid as it stands (its list, or with view 'sheet' the period sheet as XLSX), or a saved report. */
    input: z.object({ selection: GridSelection.optional(), reportId: z.number().int().optional(), format: ExportFormat, view: ExportView.default('list') }).strict()
      .refine((i) => (i.selection === undefined) !== (i.reportId === undefined), 'Export either the grid (selection) or a report (reportId)')
      .refine((i) => i.view === 'list' || i.reportId === undefined, { message: 'A report exports as itself; view "sheet" is for the grid', path: ['view'] })
      .refine((i) => VIEW_FORMATS[i.view].includes(i.format), { message: 'The period sheet exports as XLSX only: choose format "xlsx", or view "list"', path: ['format'] }),
    output: z.object({ jobId: z.string() }),
  },
  'exports.status': {
    input: z.object({ jobId: JobId }).strict(),
    output: ExportJobState,
  },
  'exports.wait': {
    /**
     * A long-poll: the job's state once its stage is no longer `after` (at once if it already
     * differs or `after` is left out), or as it is after about 10 s. The HTTP and IPC transports
     * wait without holding up other calls; an in-process `Service.call` answers at once.
     */
    input: z.object({ jobId: JobId, after: ExportJobState.shape.stage.optional() }).strict(),
    output: ExportJobState,
  },
  'exports.file': {
    input: z.object({ jobId: JobId }).strict(),
    /** The written file, base64, with its name and media type. */
    output: z.object({ fileName: z.string(), type: z.string(), data: z.string() }),
  },
  'exports.cancel': {
    input: z.object({ jobId: JobId }).strict(),
    output: z.object({ ok: z.boolean() }),
  },
  'trash.list': {
    input: z.object({}).strict(),
    output: z.array(TrashItem),
  },
  'trash.restore': {
    input: z.object({ id: z.number().int() }).strict(),
    output: TrashItem,
  },
  'trash.empty': {
    input: z.object({}).strict(),
    output: z.object({ removed: z.number().int() }),
  },
  'edits.undo': {
    input: z.object({}).strict(),
    /** The step's first target, and how many items the step changed (more than one for a bulk change). */
    output: z.object({ targetKind: z.string(), targetId: z.number().int(), count: z.number().int() }).nullable(),
  },
  'edits.redo': {
    input: z.object({}).strict(),
    output: z.object({ targetKind: z.string(), targetId: z.number().int(), count: z.number().int() }).nullable(),
  },
  'corrections.preview': {
    /**
     * What an edited XLSX export would change, and the rows held back (metric gone, cells
     * that do not parse, fields changed in Assay since the export). Reading the workbook is
     * asynchronous, so in process the output is a promise; the transports await it.
     */
    input: CorrectionsFile.strict(),
    output: z.promise(CorrectionsPreview),
  },
  'corrections.apply': {
    /** Applies the changes of the accepted metrics (the file is planned again) as one undo step. */
    input: CorrectionsFile.extend({ accept: z.array(z.number().int()).max(100_000) }).strict(),
    output: z.promise(z.object({ changed: z.number().int() })),
  },
  'metrics.spans': {
    /** Figures whose span starts in [from, to) of the current text; the reader asks for what it has loaded. */
    input: z.object({ documentId: z.number().int(), from: z.number().int().min(0).default(0), to: z.number().int().optional() }).strict(),
    output: z.array(z.object({ id: z.number().int(), start: z.number().int(), end: z.number().int(), status: z.string() })),
  },
  'imports.start': {
    input: z.object({ paths: z.array(ImportPath).min(1, 'Choose at least one file or folder').max(10_000) }).strict(),
    output: z.object({ jobId: z.string() }),
  },
  'imports.upload': {
    input: z.object({ files: z.array(UploadedFile).min(1, 'Choose at least one file').max(500) }).strict(),
    output: z.object({ jobId: z.string() }),
  },
  'imports.status': {
    input: z.object({ jobId: JobId }).strict(),
    output: ImportJobState,
  },
  'imports.cancel': {
    input: z.object({ jobId: JobId }).strict(),
    output: z.object({ ok: z.boolean() }),
  },
  'team.status': {
    /** The team sync state kept in the workspace: hub, name, pending changes, last sync or its error. */
    input: z.object({}).strict(),
    output: TeamStatus,
  },
  'team.sync': {
    /** Syncs now (push then pull), or waits for the background sync already running. */
    input: z.object({}).strict(),
    output: z.promise(SyncResult),
  },
  'team.password': {
    /** The hub's password for this session's syncs (then a sync runs with it). The desktop app may keep it in the keychain. */
    input: HubPasswordInput,
    output: HubPasswordResult,
  },
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;

/** Both ways, so a method added to the contract and not to method-names.ts (or the reverse) fails to compile. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesMatch: Same<Method, MethodName> = true;
void namesMatch;

/**
 * Whether `name` is a method of the contract. Own properties only: "constructor",
 * "__proto__" and the other names every object inherits are not methods.
 */
export function isMethod(name: string): name is Method {
  return Object.hasOwn(contract, name);
}
/** What a caller passes: defaults may be left out. */
export type MethodInput<M extends Method> = z.input<Contract[M]['input']>;
/** What the implementation receives, defaults applied. */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends Method> = z.output<Contract[M]['output']>;
