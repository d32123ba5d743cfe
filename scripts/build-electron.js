// Bundles the desktop shell into dist/electron: main.js (ESM), preload.cjs (the sandbox
// wants a classic script) and the core, import and export workers beside main.js, where main looks for them.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: true, external: ['electron', 'better-sqlite3', '@resvg/resvg-js', 'pdfjs-dist', 'pdfjs-dist/*'], logLevel: 'warning' };

await build({ ...common, format: 'esm', outdir: 'dist/electron', entryPoints: {
  main: 'electron/main.ts',
  'import-worker': 'electron/core/jobs/import-worker.ts',
  'reader-process': 'electron/core/jobs/reader-process.ts',
  'export-worker': 'electron/core/jobs/export-worker.ts',
  'core-worker': 'electron/core/host/core-worker.ts',
}, // The banner's name must not clash with a bundled module's own `import { createRequire }`.
  banner: { js: "import { createRequire as assayCreateRequire } from 'node:module'; const require = assayCreateRequire(import.meta.url);" } });
await build({ ...common, format: 'cjs', outfile: 'dist/electron/preload.cjs', entryPoints: ['electron/preload.ts'] });
console.log('Built dist/electron.');
