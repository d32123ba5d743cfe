import fs from 'node:fs';
import path from 'node:path';
import { RENDERER_DIR } from './server.ts';

/** Builds the renderer with Vite when this checkout has not yet (the first run after install). */
export async function ensureRendererBuilt(say: (text: string) => void = () => undefined): Promise<void> {
  if (fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) return;
  say('Building the interface (first run)…');
  const { build } = await import('vite');
  await build({ configFile: path.resolve(RENDERER_DIR, '..', '..', 'vite.config.ts'), logLevel: 'warn' });
}
