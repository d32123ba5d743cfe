import type http from 'node:http';
import { CSP } from './static-files.ts';
import { send } from './reply.ts';

/*
 * `/open?workspace=…&metric=…`: the browser-mode end of a link back from an export. Once the
 * token is checked it redirects to the app with the target in the fragment, where the
 * renderer reads it (fragments never reach the server or its logs).
 */

/** The path links to this server use, after its origin. */
export const OPEN_PATH = '/open';

const BOUNCED = 'via';

/** Answers an authorised `/open`: a redirect to the app at the target, or 400 naming what is wrong with the link. */
export async function openRoute(res: http.ServerResponse, url: URL): Promise<void> {
  // Loaded with the first link opened: open-link.ts validates with zod, which browser mode's
  // main thread otherwise never needs (#19).
  const { openQuery, parseOpenQuery } = await import('../../shared/open-link.ts');
  const query = new URLSearchParams(url.searchParams);
  query.delete(BOUNCED);
  const target = parseOpenQuery(query);
  if (!target) return send(res, 400, 'Bad link: an Assay link names a workspace and one metric or annotation by number.');
  send(res, 303, '', { Location: `/#${openQuery(target)}` });
}

/**
 * The session cookie is SameSite=Strict, so a link clicked in another site's page (or a file)
 * arrives without it. A same-origin refresh sends it: this page, which holds nothing but the
 * link itself, asks for the same address once more from this origin. False (and nothing sent)
 * when it has already.
 */
export function bounceWithoutCookie(res: http.ServerResponse, url: URL): boolean {
  if (url.searchParams.has(BOUNCED)) return false;
  const again = new URLSearchParams(url.searchParams);
  again.set(BOUNCED, '1');
  const href = `${OPEN_PATH}?${again.toString()}`.replace(/&/gu, '&amp;');
  const page = `<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=${href}"><title>Opening Assay…</title>`;
  send(res, 200, page, {
    'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CSP,
  });
  return true;
}
