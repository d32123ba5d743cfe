/*
 * The contract's method names without its schemas: browser mode's server checks a request's
 * method on its main thread, where loading zod and every schema would cost ~100 ms of launch
 * and ~18 MB of memory for nothing (#19); the core thread validates the input. contract.ts
 * fails to compile if this list and the contract differ.
 */
export const METHOD_NAMES = [
  'workspace.info', 'workspace.path',
  'documents.list', 'documents.get', 'documents.original', 'documents.resolve', 'documents.update',
  'passages.list',
  'search.passages',
  'metrics.page', 'metrics.get', 'metrics.update', 'metrics.create', 'metrics.reextract', 'metrics.bulk', 'metrics.tsv', 'metrics.delete', 'metrics.series', 'metrics.sheet', 'metrics.spans',
  'annotations.createRange', 'annotations.createOnPassage', 'annotations.ranges', 'annotations.list', 'annotations.get', 'annotations.update', 'annotations.place', 'annotations.delete', 'annotations.import',
  'views.list', 'views.save', 'views.delete',
  'tags.list', 'tags.create', 'tags.rename', 'tags.recolor', 'tags.merge', 'tags.delete', 'tags.set', 'tags.of',
  'checks.list',
  'reports.list', 'reports.get', 'reports.create', 'reports.save', 'reports.addGrid', 'reports.delete',
  'exports.start', 'exports.status', 'exports.wait', 'exports.file', 'exports.cancel',
  'trash.list', 'trash.restore', 'trash.empty',
  'edits.undo', 'edits.redo',
  'corrections.preview', 'corrections.apply',
  'imports.start', 'imports.upload', 'imports.status', 'imports.cancel',
  'team.status', 'team.sync', 'team.password',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

const NAMES: ReadonlySet<string> = new Set(METHOD_NAMES);

/** Whether `name` is a method of the contract ("constructor", "__proto__" and the like are not). */
export function isMethodName(name: string): name is MethodName {
  return NAMES.has(name);
}
