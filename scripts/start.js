// `npm start`: the desktop app; where Electron's runtime is not installed, says so and
// opens browser mode instead. Builds what is missing first.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const node = process.execPath;

if (!fs.existsSync('dist/renderer/index.html')) spawnSync(node, ['node_modules/vite/bin/vite.js', 'build'], { stdio: 'inherit' });

/**
 * The Electron binary's path, or null where its runtime was never downloaded. Read from the
 * package's path.txt rather than require('electron'), which would try to download it:
 * Assay never touches the network.
 */
function electronBinary() {
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    const binary = path.join(dir, 'dist', fs.readFileSync(path.join(dir, 'path.txt'), 'utf8').trim());
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const electron = electronBinary();

if (electron) {
  spawnSync(node, ['scripts/build-electron.js'], { stdio: 'inherit' });
  const child = spawn(electron, ['dist/electron/main.js'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log("Electron's runtime is not installed here, so Assay opens in your browser instead (browser mode).");
  console.log("For the desktop window, run npm install where the internet is reachable: Electron's install script downloads its runtime.");
  const child = spawn(node, ['bin/assay.js', 'serve', '--open', ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
