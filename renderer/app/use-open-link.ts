import { useEffect, useRef, useState } from 'react';
import { parseOpenQuery, sameWorkspace, type OpenTarget } from '../../shared/open-link.ts';
import { call, onCommand } from '../client.ts';

/** Where a link's metric or annotation is: its document and passage, to open them in the reader. */
export interface OpenPlace { id: number; documentId: number; passageId: number | null }

export interface OpenLinkHandlers {
  metric(place: OpenPlace): void;
  annotation(place: OpenPlace): void;
}

/** Finds a link's metric or annotation in the open workspace, or says why it cannot. */
async function resolve(target: OpenTarget, handlers: OpenLinkHandlers): Promise<string | null> {
  const { path } = await call('workspace.info', {});
  // An id means nothing in another workspace: say so rather than open whatever has that number here.
  if (!sameWorkspace(target.workspace, path)) {
    return `This link is for workspace ${target.workspace}; this window has ${path} open.`;
  }
  if ('metric' in target) {
    const m = await call('metrics.get', { id: target.metric });
    handlers.metric({ id: m.id, documentId: m.documentId, passageId: m.passageId });
  } else {
    const a = await call('annotations.get', { id: target.annotation });
    handlers.annotation({ id: a.id, documentId: a.documentId, passageId: a.passageId });
  }
  return null;
}

/**
 * Opens links back from exports: the target in the address's fragment when the window loads
 * (browser mode's `/open` redirects there; the desktop app loads it so when launched by a link)
 * and `open` commands from the desktop app while it runs. Returns the banner to show, if any,
 * and whether the address's link is still being opened.
 */
export function useOpenLink(handlers: OpenLinkHandlers): { notice: string | null; dismiss(): void; opening: boolean } {
  const [notice, setNotice] = useState<string | null>(null);
  // While the address's link is looked up the app opens no other document first: two quick
  // switches would race to fill the reader.
  const [opening, setOpening] = useState(() => parseOpenQuery(window.location.hash.slice(1)) !== null);
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const open = (query: string) => {
      const target = parseOpenQuery(query);
      if (!target) return;
      resolve(target, latest.current).then(setNotice, (e: Error) => setNotice(`This link could not be opened: ${e.message}`))
        .finally(() => setOpening(false));
    };
    const fragment = window.location.hash.slice(1);
    if (fragment && parseOpenQuery(fragment)) {
      // Once opened, a reload should not jump back to the link's figure.
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
      open(fragment);
    }
    onCommand((c) => { if (c.type === 'open' && c.query) open(c.query); });
  }, []);
  return { notice, dismiss: () => setNotice(null), opening };
}
