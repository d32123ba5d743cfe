#!/usr/bin/env node
// Launches the TypeScript CLI with Node's own type stripping: no build step.
// Node 22.6–22.17 needs the flag; 22.18 and later strip types by default.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  console.error(`assay: Assay needs Node.js 22 or newer; this is Node ${process.versions.node}. Install a current Node.js and try again.`);
  process.exit(2);
}
const entry = fileURLToPath(new URL('../electron/cli.ts', import.meta.url));
if (process.features.typescript) {
  const { main } = await import(entry);
  process.exitCode = await main(process.argv.slice(2));
} else {
  const child = spawnSync(process.execPath, ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', entry, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}
