import { useEffect, useRef, useState } from 'react';
import type { OpenTarget } from '../../shared/open-link.ts';
import { call, onCommand } from '../client.ts';

/**
 * The link parser, loaded with the first link: it validates with zod, which the first screen
 * never needs, so zod stays out of the startup bundle (#19).
 */
const linkParser = () => import('../../shared/open-link.ts');

/** Where a link's metric or annotation is: its document and passage, to open them in the reader. */
export interface OpenPlace { id: number; documentId: number; passageId: number | null }

export interface OpenLinkHandlers {
  metric(place: OpenPlace): void;
  annotation(place: OpenPlace): void;
}

/** Finds a link's metric or annotation in the open workspace, or says why it cannot. */
async function resolve(target: OpenTarget, handlers: OpenLinkHandlers): Promise<string | null> {
  const [{ path }, { sameWorkspace }] = await Promise.all([call('workspace.info', {}), linkParser()]);
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
  // switches would race to fill the reader. Any fragment may be a link until the parser has read it.
  const [opening, setOpening] = useState(() => window.location.hash.length > 1);
  // The address's link is opened once, though StrictMode runs effects twice in development.
  const addressRead = useRef(false);
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const open = async (query: string, fromAddress: boolean) => {
      const target = (await linkParser()).parseOpenQuery(query);
      if (!target) return;
      // Once opened, a reload should not jump back to the link's figure.
      if (fromAddress) window.history.replaceState(null, '', window.location.pathname + window.location.search);
      setNotice(await resolve(target, latest.current));
    };
    const failed = (e: Error) => setNotice(`This link could not be opened: ${e.message}`);
    const fragment = window.location.hash.slice(1);
    if (fragment && !addressRead.current) open(fragment, true).catch(failed).finally(() => setOpening(false));
    addressRead.current = true;
    onCommand((c) => { if (c.type === 'open' && c.query) open(c.query, false).catch(failed); });
  }, []);
  return { notice, dismiss: () => setNotice(null), opening };
}
