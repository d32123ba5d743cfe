#!/usr/bin/env node
// Launches the assay command: the bundle in dist/node (npm run build) while it is newer than
// the sources, else the TypeScript sources with Node's own type stripping (no build step).
// Node 22.6–22.17 needs the flag; 22.18 and later strip types by default.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import module from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  console.error(`assay: Assay needs Node.js 22 or newer; this is Node ${process.versions.node}. Install a current Node.js and try again.`);
  process.exit(2);
}

const root = fileURLToPath(new URL('..', import.meta.url));

/** The newest modification time under a folder of sources (0 where there is none). */
function newest(dir) {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.ts')) latest = Math.max(latest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

/** The bundle, when it was built after the last change to the sources it was built from. */
function freshBundle() {
  const bundle = path.join(root, 'dist', 'node', 'cli.js');
  const built = fs.statSync(bundle, { throwIfNoEntry: false })?.mtimeMs;
  if (!built || process.env.ASSAY_FROM_SOURCE) return null;
  const sources = ['electron', 'shared'].map((d) => path.join(root, d)).filter((d) => fs.existsSync(d));
  return sources.every((d) => newest(d) <= built) ? bundle : null;
}

// Node keeps the compiled code of Assay's modules on disk (in a folder of this user's under the
// system's temporary folder, or NODE_COMPILE_CACHE), so a later launch skips compiling them; the
// core's threads and the readers inherit it through the environment. Where it cannot be kept,
// Assay runs as before.
const cacheOwner = process.getuid ? `-${process.getuid()}` : ''; // Windows' temporary folder is the user's own
const compileCache = module.enableCompileCache?.(process.env.NODE_COMPILE_CACHE ? undefined : path.join(os.tmpdir(), `assay-compile-cache${cacheOwner}`));
if (compileCache?.directory && !process.env.NODE_COMPILE_CACHE) process.env.NODE_COMPILE_CACHE = compileCache.directory;

const entry = freshBundle() ?? path.join(root, 'electron', 'cli.ts');
if (entry.endsWith('.js') || process.features.typescript) {
  const { main } = await import(entry);
  process.exitCode = await main(process.argv.slice(2));
} else {
  const child = spawnSync(process.execPath, ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', entry, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}
