// Bundles the Node side (the assay command, its server and the core, import, export and reader
// workers) into dist/node, so launching it neither resolves hundreds of modules nor strips
// TypeScript at run time. bin/assay.js runs this bundle while it is newer than the sources.
// `node scripts/build-node.js DIR` writes it elsewhere (the tests build their own).
import fs from 'node:fs';
import { build } from 'esbuild';

const outdir = process.argv[2] ?? 'dist/node';
// Chunks are named by content: an old build's would pile up beside the new.
fs.rmSync(outdir, { recursive: true, force: true });

await build({
  bundle: true, platform: 'node', target: 'node22', format: 'esm', sourcemap: true, logLevel: 'warning',
  // Native addons and tools loaded only by features that need them stay outside the bundle.
  external: ['electron', 'better-sqlite3', '@resvg/resvg-js', 'pdfjs-dist', 'pdfjs-dist/*', 'vite', 'playwright-core', 'pg-native'],
  // Split: a command's modules load when it runs, as from source.
  splitting: true, outdir, entryPoints: {
    cli: 'electron/cli.ts',
    'core-worker': 'electron/core/host/core-worker.ts',
    'import-worker': 'electron/core/jobs/import-worker.ts',
    'reader-process': 'electron/core/jobs/reader-process.ts',
    'export-worker': 'electron/core/jobs/export-worker.ts',
  },
  // The banner's name must not clash with a bundled module's own `import { createRequire }`.
  banner: { js: "import { createRequire as assayCreateRequire } from 'node:module'; const require = assayCreateRequire(import.meta.url);" },
});
console.log(`Built ${outdir}.`);
