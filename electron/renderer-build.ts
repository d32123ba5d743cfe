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

/**
 * Builds the renderer with Vite when this checkout has not yet (the first run after
 * install), or when its sources changed since the last build (a checkout from source; a
 * packaged app ships no sources, so it never rebuilds).
 */
export async function ensureRendererBuilt(say: (text: string) => void = () => undefined): Promise<void> {
  const index = path.join(RENDERER_DIR, 'index.html');
  const built = fs.statSync(index, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const hasSources = fs.existsSync(path.join(ROOT, 'renderer'));
  if (built && (!hasSources || Math.max(...SOURCES.map((s) => newest(path.join(ROOT, s)))) <= built)) return;
  say(built ? 'Rebuilding the interface (its sources changed)…' : 'Building the interface (first run)…');
  const { build } = await import('vite');
  await build({ configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
}
