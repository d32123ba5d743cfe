import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/*
 * The workbench's first rows wait for Chromium to parse and run the renderer's startup
 * bundle (#19). Whatever main.tsx imports statically is in it; what is imported when a
 * feature is first used (import()) loads in a chunk of its own, later. The client validates
 * no response (the core does), so zod and the contract's schemas have no place in it, nor
 * markdown-it, which only notes need.
 */

/** The files `entry` loads before it runs: its static imports, transitively, as the bundler resolves them. */
async function loadedAtStart(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry], bundle: true, platform: 'browser', format: 'esm', write: false, metafile: true,
    outdir: 'unused', logLevel: 'silent', splitting: true, loader: { '.css': 'empty' }, jsx: 'automatic',
  });
  const { inputs } = result.metafile;
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const i of inputs[file]?.imports ?? []) if (i.kind === 'import-statement' && !i.external) visit(i.path);
  };
  visit(entry);
  return [...seen];
}

describe('the renderer\'s startup bundle', () => {
  it('holds the grid but neither zod nor the contract\'s schemas', async () => {
    const loaded = await loadedAtStart('renderer/main.tsx');
    expect(loaded).toContain('renderer/app/MetricsGrid.tsx');
    expect(loaded.filter((f) => /node_modules\/zod\/|shared\/(contract|open-link)\.ts/u.test(f))).toEqual([]);
  });

  it('holds no markdown-it: notes load it when first shown', async () => {
    const loaded = await loadedAtStart('renderer/main.tsx');
    expect(loaded).toContain('renderer/app/Inspector.tsx');
    expect(loaded.filter((f) => /node_modules\/(markdown-it|linkify-it|entities)\//u.test(f))).toEqual([]);
  });
});
