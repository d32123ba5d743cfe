/*
 * Where the analyst was, per workspace (this browser's local storage, keyed by the workspace's
 * file): the document open in the reader and whether the grid follows it. A reload, or the
 * next launch, opens there instead of on the newest import with "This document only" ticked.
 */

export interface SessionState {
  documentId: number | null;
  followReader: boolean;
}

const key = (workspace: string) => `assay.session:${workspace}`;

/** The place kept for a workspace, or null when none is (or what is kept is not one). */
export function savedSession(workspace: string): SessionState | null {
  try {
    const saved = JSON.parse(localStorage.getItem(key(workspace)) ?? 'null') as Partial<SessionState> | null;
    if (!saved || typeof saved !== 'object') return null;
    return {
      documentId: Number.isInteger(saved.documentId) ? saved.documentId! : null,
      followReader: typeof saved.followReader === 'boolean' ? saved.followReader : true,
    };
  } catch {
    return null;
  }
}

/** Keeps the place for the next reload or launch. */
export function saveSession(workspace: string, state: SessionState): void {
  localStorage.setItem(key(workspace), JSON.stringify(state));
}

/** The document to open: the one kept, while the library still lists it; else the library's first. */
export function documentToOpen(saved: SessionState | null, documents: Array<{ id: number }>): number | null {
  return saved?.documentId != null && documents.some((d) => d.id === saved.documentId) ? saved.documentId : documents[0]?.id ?? null;
}
