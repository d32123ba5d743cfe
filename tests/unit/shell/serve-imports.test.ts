import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/*
 * `assay serve` routes requests on its main thread while the core opens the workspace on its
 * own thread (#19). Whatever serve-command.ts imports is loaded, compiled and kept in memory
 * on the main thread before the address is printed: the database, the extractor and SQLite
 * belong to the core's thread only.
 */

async function staticImports(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', write: false, metafile: true,
    outdir: 'unused', logLevel: 'silent', packages: 'external',
  });
  const inputs = Object.keys(result.metafile.inputs);
  // Packages stay outside the bundle: their names are listed as the output's external imports.
  const externals = Object.values(result.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path));
  return [...inputs, ...externals];
}

describe('assay serve on its main thread', () => {
  it('loads neither the service, the database, the extractor nor SQLite', async () => {
    const loaded = await staticImports('electron/cli/serve-command.ts');
    expect(loaded).toContain('electron/core/host/core-host.ts');
    expect(loaded.filter((f) => /core\/(service|db\/|extract\/)|better-sqlite3/u.test(f))).toEqual([]);
  });
});
