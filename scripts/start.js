// `npm start`: the desktop app; where Electron's runtime is not installed, says so and
// opens browser mode instead. Builds what is missing first.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { electronBinary } from './electron-binary.js';

const node = process.execPath;

if (!fs.existsSync('dist/renderer/index.html')) spawnSync(node, ['node_modules/vite/bin/vite.js', 'build'], { stdio: 'inherit' });

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
