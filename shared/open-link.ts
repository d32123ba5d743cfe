import { z } from 'zod';

/*
 * Links back from an export to the exact passage: `assay://open?workspace=…&metric=…` in the
 * desktop app, `http://127.0.0.1:<port>/open?…` in browser mode (same query). Built by the
 * exports, read by the Electron shell, the server and the renderer; this module imports
 * neither Electron nor Node so all three can share it.
 */

/** Where links point when no transport says otherwise: the desktop app's protocol. */
export const DEFAULT_LINK_BASE = 'assay://open';

const Id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** What a link opens: a workspace (its absolute path) and one metric or one annotation in it. */
export const OpenTarget = z.union([
  z.object({ workspace: z.string().min(1).max(4096), metric: Id }).strict(),
  z.object({ workspace: z.string().min(1).max(4096), annotation: Id }).strict(),
]);
export type OpenTarget = z.infer<typeof OpenTarget>;

/** Where exports' links point: the base (`assay://open` or the server's `/open`) and the workspace. */
export interface LinkBack { base: string; workspace: string }

/** What a link names in a workspace: a metric or an annotation. */
export type LinkTarget = { metric: number } | { annotation: number };

/** The link that opens a metric or annotation of the workspace. */
export function openLink(links: LinkBack, target: LinkTarget): string {
  return `${links.base}?${openQuery({ workspace: links.workspace, ...target } as OpenTarget)}`;
}

/** A target as a query string (`workspace=…&metric=…`, URL-encoded), as links, fragments and commands carry it. */
export function openQuery(target: OpenTarget): string {
  const query = new URLSearchParams({ workspace: target.workspace });
  if ('metric' in target) query.set('metric', String(target.metric));
  else query.set('annotation', String(target.annotation));
  return query.toString();
}

/**
 * The target of a query string (`?workspace=…&metric=…`), or null when it names no valid one:
 * exactly one of metric and annotation, each at most once, and nothing else.
 */
export function parseOpenQuery(search: string | URLSearchParams): OpenTarget | null {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const keys = [...params.keys()];
  if (new Set(keys).size !== keys.length) return null;
  const parsed = OpenTarget.safeParse(Object.fromEntries(params));
  return parsed.success ? parsed.data : null;
}

/** The target of an `assay://open?…` URL (as the OS hands it to the app), or null for anything else. */
export function parseOpenUrl(url: string): OpenTarget | null {
  if (url.length > 8192) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  // `assay://app/…` is the window's own origin, never a link to open.
  if (parsed.protocol !== 'assay:' || parsed.host !== 'open' || !['', '/'].includes(parsed.pathname)) return null;
  return parseOpenQuery(parsed.search);
}

/** The first `assay://open` link among a process's arguments (how Windows and Linux hand it over), or null. */
export function openUrlInArgs(argv: readonly string[]): OpenTarget | null {
  for (const arg of argv) {
    const target = arg.startsWith('assay://') ? parseOpenUrl(arg) : null;
    if (target) return target;
  }
  return null;
}

/** Whether a link's workspace is the one open (paths compared as written, and with Windows' case and slashes). */
export function sameWorkspace(a: string, b: string): boolean {
  const norm = (p: string) => (/^[a-z]:[\\/]/iu.test(p) ? p.replace(/\\/gu, '/').toLowerCase() : p);
  return norm(a) === norm(b);
}
