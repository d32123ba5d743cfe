import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The file an `assay://app/…` request asks for inside the built renderer, as a file:// URL,
 * or null when it must not be served. The path is decoded exactly once; anything still
 * holding a `%` after that (double encoding such as `%252e%252e`), a NUL, a backslash, or a
 * path that resolves outside the renderer folder is refused. The file URL is built with
 * pathToFileURL, which encodes the path again, so fetching it decodes nothing twice.
 */
export function appFileUrl(rendererDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'assay:' || url.host !== 'app') return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
  } catch {
    return null;
  }
  if (/[%\\\u0000]/u.test(decoded)) return null;
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, `.${decoded}`);
  const inside = path.relative(root, file);
  if (!inside || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return pathToFileURL(file).href;
}
