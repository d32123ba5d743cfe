// Bundles the desktop shell into dist/electron: main.js (ESM), preload.cjs (the sandbox
// wants a classic script) and the import and export workers beside main.js, where main looks for them.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: true, external: ['electron', 'better-sqlite3'], logLevel: 'warning' };

await build({ ...common, format: 'esm', outdir: 'dist/electron', entryPoints: {
  main: 'electron/main.ts',
  'import-worker': 'electron/core/jobs/import-worker.ts',
  'reader-process': 'electron/core/jobs/reader-process.ts',
  'export-worker': 'electron/core/jobs/export-worker.ts',
}, banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } });
await build({ ...common, format: 'cjs', outfile: 'dist/electron/preload.cjs', entryPoints: ['electron/preload.ts'] });
console.log('Built dist/electron.');
