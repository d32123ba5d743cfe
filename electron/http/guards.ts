/*
 * Checks on the parts of a request that arrive before any of Assay's code runs: its
 * headers and its target. Each answers null (or a name) rather than throwing, so a hostile
 * request gets a 400 and never an internal error.
 */

/**
 * Headers a request may carry once. Node keeps the first Host and joins repeated Origin
 * and Cookie headers; with two, one copy could pass a check while another is acted on.
 */
const SINGLE = new Set(['host', 'origin', 'cookie']);

/** The first of Host, Origin and Cookie that `rawHeaders` (Node's name, value… list) repeats, or null. */
export function repeatedHeader(rawHeaders: string[]): string | null {
  const seen = new Set<string>();
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i]!.toLowerCase();
    if (!SINGLE.has(name)) continue;
    if (seen.has(name)) return name;
    seen.add(name);
  }
  return null;
}

/**
 * The URL of a request target in origin form ("/path?query"), or null for any other form
 * ("*", "http://host/…", "//") or one that does not parse. The host part is a placeholder:
 * only the path and query are read.
 */
export function targetUrl(target: string | undefined): URL | null {
  if (!target?.startsWith('/')) return null;
  try {
    return new URL(`http://localhost${target}`);
  } catch {
    return null;
  }
}

/** A URL path with its percent-encoding undone, or null when it is malformed or decodes to a NUL. */
export function decodePath(pathname: string): string | null {
  try {
    const decoded = decodeURIComponent(pathname);
    return decoded.includes('\0') ? null : decoded;
  } catch {
    return null;
  }
}
