import { useCallback, useState } from 'react';

/**
 * Where the report builder stands: closed, in front (in the reader's place), or behind the
 * reader. Opening a document (from the library or a search) puts the builder behind, so the
 * document shows; it keeps the report and its form as they were, and **Reports** brings it back.
 */
export function useReportPanel() {
  const [state, setState] = useState<'closed' | 'front' | 'behind'>('closed');
  return {
    open: state !== 'closed',
    inFront: state === 'front',
    /** The Reports button: opens the builder, brings it back in front, or closes it when it is in front. */
    toggle: useCallback(() => setState((s) => (s === 'front' ? 'closed' : 'front')), []),
    close: useCallback(() => setState('closed'), []),
    /** A document was opened: the reader comes in front of the builder. */
    showReader: useCallback(() => setState((s) => (s === 'front' ? 'behind' : s)), []),
  };
}
