import { DOCUMENT_SORTS, type DocumentSort } from '../../shared/document-sorts.ts';

const KEY = 'assay.library.sort';

/** The library's order as the analyst last chose it (remembered in this browser), else newest import first. */
export function savedLibrarySort(): DocumentSort {
  const saved = localStorage.getItem(KEY) ?? '';
  return (DOCUMENT_SORTS as readonly string[]).includes(saved) ? saved as DocumentSort : 'imported';
}

/** Remembers the library's order for the next launch. */
export function saveLibrarySort(sort: DocumentSort): void {
  localStorage.setItem(KEY, sort);
}
