/*
 * Tag paths as stored, apart from the tags' schemas (which check them): the tag picker needs
 * this at startup, and zod stays out of the renderer's first bundle (#19).
 */

/** A tag path as typed ("sector / rare earths ") in the form stored ("sector/rare earths"). */
export function normalizeTagPath(path: string): string {
  return path.split('/').map((part) => part.trim()).join('/');
}
