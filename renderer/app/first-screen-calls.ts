import { callEarly } from './early-calls.ts';
import { savedLibrarySort } from './library-sort.ts';
import { documentToOpen, savedSession } from './session-state.ts';

/** The grid's first page as MetricsGrid's datasource asks for it with no sort, filter or saved columns: of a document, or of all. */
export function firstGridPage(documentId: number | undefined) {
  return { sort: [{ column: 'position' as const, direction: 'asc' as const }], documentId, startRow: 0, endRow: 200 };
}

/**
 * Sends what the workbench's first screen asks the core for (the library in its saved order,
 * the tags, the workspace's file, then the grid's first page of the document the reader opens
 * first) before React renders it: App and the grid take these answers as they mount
 * (`firstCall`), when they ask with the same inputs (#19). The reader opens where the analyst
 * was in this workspace (session-state.ts), else on the library's first document. With a link
 * in the address, the link picks the document.
 */
export function startFirstScreenCalls(): void {
  const library = callEarly('documents.list', { sort: savedLibrarySort() });
  callEarly('tags.list', {});
  const workspace = callEarly('workspace.path', {});
  if (window.location.hash.length > 1) return;
  // The grid's page is asked for as soon as the library answers, not after React has drawn it.
  Promise.all([library, workspace]).then(([documents, { path }]) => {
    const saved = savedSession(path);
    const documentId = documentToOpen(saved, documents);
    if (saved?.followReader === false) callEarly('metrics.page', firstGridPage(undefined));
    else if (documentId !== null) callEarly('metrics.page', firstGridPage(documentId));
  }, () => undefined);
}
