// Where Electron's runtime is installed, or null where it was never downloaded. Read from
// the package's path.txt rather than require('electron'), which would try to download it:
// Assay never touches the network.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** @returns {string | null} */
export function electronBinary() {
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    const binary = path.join(dir, 'dist', fs.readFileSync(path.join(dir, 'path.txt'), 'utf8').trim());
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}
