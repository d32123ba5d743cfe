import { callEarly } from './early-calls.ts';
import { savedLibrarySort } from './library-sort.ts';

/** The grid's first page of a document as MetricsGrid's datasource asks for it with no sort, filter or saved columns. */
export function firstGridPage(documentId: number) {
  return { sort: [{ column: 'position' as const, direction: 'asc' as const }], documentId, startRow: 0, endRow: 200 };
}

/**
 * Sends what the workbench's first screen asks the core for (the library in its saved order,
 * the tags, then the grid's first page of the document the reader opens first) before React
 * renders it: App and the grid take these answers as they mount (`firstCall`), when they ask
 * with the same inputs (#19). With a link in the address, the link picks the document.
 */
export function startFirstScreenCalls(): void {
  const library = callEarly('documents.list', { sort: savedLibrarySort() });
  callEarly('tags.list', {});
  if (window.location.hash.length > 1) return;
  // The grid's page is asked for as soon as the library answers, not after React has drawn it.
  library.then((documents) => { if (documents[0]) callEarly('metrics.page', firstGridPage(documents[0].id)); }, () => undefined);
}
