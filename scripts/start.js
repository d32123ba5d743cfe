// `npm start`: the desktop app; where Electron's runtime is not installed, says so and
// opens browser mode instead. Builds what is missing first.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const node = process.execPath;

if (!fs.existsSync('dist/renderer/index.html')) spawnSync(node, ['node_modules/vite/bin/vite.js', 'build'], { stdio: 'inherit' });

/** The Electron binary's path, or null where its runtime was never downloaded. */
function electronBinary() {
  try {
    const binary = require('electron');
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
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
  console.log('To get the desktop app: npm install electron (its install script downloads the runtime).');
  const child = spawn(node, ['bin/assay.js', 'serve', '--open', ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
