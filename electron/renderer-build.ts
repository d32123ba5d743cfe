import fs from 'node:fs';
import path from 'node:path';
import { RENDERER_DIR } from './server.ts';

const ROOT = path.resolve(RENDERER_DIR, '..', '..');
/** What the interface is built from: a change to any of it makes the build stale. */
const SOURCES = ['renderer', 'shared', 'vite.config.ts'];

/** The newest modification time under `p`, in milliseconds. */
function newest(p: string): number {
  const stat = fs.statSync(p, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(p).map((name) => newest(path.join(p, name))));
}

/** When the built interface is older than its sources (never, for a packaged app, which ships none); 0 when none is built. */
function staleness(): { built: number; stale: boolean } {
  const built = fs.statSync(path.join(RENDERER_DIR, 'index.html'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const hasSources = fs.existsSync(path.join(ROOT, 'renderer'));
  return { built, stale: !built || (hasSources && Math.max(...SOURCES.map((s) => newest(path.join(ROOT, s)))) > built) };
}

/** A lock older than this was left by a build that died; it is taken over. */
const STALE_LOCK_MS = 5 * 60_000;

/**
 * Takes a build lock (a file created exclusively), waiting while another process holds it;
 * returns null when `done` says that process did the work meanwhile. Exported for its test.
 */
export async function buildLock(lock: string, done: () => boolean): Promise<number | null> {
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  for (;;) {
    try {
      return fs.openSync(lock, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > STALE_LOCK_MS) fs.rmSync(lock, { force: true });
    await new Promise((resolve) => setTimeout(resolve, 200));
    if (done()) return null;
  }
}

/**
 * Builds the renderer with Vite when this checkout has not yet (the first run after
 * install), or when its sources changed since the last build (a checkout from source; a
 * packaged app ships no sources, so it never rebuilds). One process builds at a time: two
 * `assay serve` started together from a fresh checkout would otherwise empty each other's
 * output folder.
 */
export async function ensureRendererBuilt(say: (text: string) => void = () => undefined): Promise<void> {
  const { built, stale } = staleness();
  if (!stale) return;
  const lock = path.join(ROOT, 'dist', '.renderer-build.lock');
  const held = await buildLock(lock, () => !staleness().stale);
  if (held === null) return;
  try {
    if (!staleness().stale) return;
    say(built ? 'Rebuilding the interface (its sources changed)…' : 'Building the interface (first run)…');
    const { build } = await import('vite');
    // A NODE_ENV set around us (vitest sets "test") would make Vite bundle React's development build,
    // which runs every effect twice under StrictMode: the interface is always built for production.
    const env = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
    } finally {
      if (env === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = env;
    }
  } finally {
    fs.closeSync(held);
    fs.rmSync(lock, { force: true });
  }
}
