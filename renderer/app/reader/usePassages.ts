import { useCallback, useEffect, useRef, useState } from 'react';
import type { Passage } from '../../../shared/documents.ts';
import { call } from '../../client.ts';
import type { FigureSpan } from './segments.ts';

/** Passages fetched per step as the analyst scrolls. */
const PAGE = 300;

/**
 * A document's passages and figure spans, fetched a page at a time: the first page at
 * once, the next when the end of what is loaded scrolls into view (`more`), or up to a
 * passage a jump wants (`through`). Nothing loads a whole long document.
 */
export function usePassages(documentId: number | null, versionId: number | null) {
  const [passages, setPassages] = useState<Passage[]>([]);
  const [spans, setSpans] = useState<FigureSpan[]>([]);
  const [total, setTotal] = useState(0);
  const busy = useRef(false);
  const loaded = useRef<Passage[]>([]);
  // Each document (or version) opened is a new generation: a reply for an older one is dropped,
  // and a new document's first page never waits behind the last one's.
  const generation = useRef(0);

  const fetchPage = useCallback(async (reset: boolean, through?: number) => {
    if (documentId === null || (busy.current && !reset)) return;
    const mine = reset ? ++generation.current : generation.current;
    busy.current = true;
    try {
      const offset = reset ? 0 : loaded.current.length;
      const page = await call('passages.list', { documentId, offset, limit: PAGE, through });
      const from = page.passages[0]?.start ?? 0;
      const to = page.passages.length < PAGE && offset + page.passages.length >= page.total ? undefined : page.passages[page.passages.length - 1]?.end;
      const found = page.passages.length ? await call('metrics.spans', { documentId, from, to }) : [];
      if (mine !== generation.current) return;
      loaded.current = reset ? page.passages : [...loaded.current, ...page.passages];
      setPassages(loaded.current);
      setSpans((s) => (reset ? found : [...s, ...found]));
      setTotal(page.total);
    } finally {
      if (mine === generation.current) busy.current = false;
    }
  }, [documentId]);

  useEffect(() => {
    loaded.current = [];
    setPassages([]);
    setSpans([]);
    void fetchPage(true);
  }, [fetchPage, versionId]);

  /** Figures change with edits (status, new metrics): read them again for what is loaded. */
  const refreshSpans = useCallback(async () => {
    if (documentId === null || !loaded.current.length) return;
    const last = loaded.current[loaded.current.length - 1]!;
    setSpans(await call('metrics.spans', { documentId, from: 0, to: loaded.current.length >= total ? undefined : last.end }));
  }, [documentId, total]);

  const more = useCallback(() => { if (loaded.current.length < total) void fetchPage(false); }, [fetchPage, total]);
  const through = useCallback((passageId: number) => {
    if (!loaded.current.some((p) => p.id === passageId)) void fetchPage(false, passageId);
  }, [fetchPage]);

  return { passages, spans, total, more, through, refreshSpans };
}
