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

/** The modules and packages `entry` loads before it runs: its static imports, transitively (not those it imports when a feature is used). */
async function loadedAtStart(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', write: false, metafile: true,
    outdir: 'unused', logLevel: 'silent', packages: 'external',
  });
  const { inputs } = result.metafile;
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const i of inputs[file]?.imports ?? []) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(entry);
  return [...seen];
}

describe('assay serve on its main thread', () => {
  it('loads neither the service, the database, the extractor nor SQLite', async () => {
    const loaded = await staticImports('electron/cli/serve-command.ts');
    expect(loaded).toContain('electron/core/host/core-host.ts');
    expect(loaded.filter((f) => /core\/(service|db\/|extract\/)|better-sqlite3/u.test(f))).toEqual([]);
  });

  it('loads neither zod nor the contract\'s schemas (~100 ms and ~18 MB before the address is printed)', async () => {
    const loaded = await loadedAtStart('electron/cli/serve-command.ts');
    expect(loaded).toContain('shared/method-names.ts');
    expect(loaded.filter((f) => /^zod|shared\/contract\.ts|shared\/open-link\.ts/u.test(f))).toEqual([]);
  });
});
