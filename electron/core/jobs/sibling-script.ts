/**
 * The URL of a worker script beside the calling module: `.ts` when Assay runs from source
 * (Node strips the types), `.js` when the desktop build bundled it.
 */
export function siblingScript(name: string, moduleUrl: string): URL {
  return new URL(`./${name}${moduleUrl.endsWith('.ts') ? '.ts' : '.js'}`, moduleUrl);
}
