import os from 'node:os';
import path from 'node:path';

/**
 * The folder where Assay keeps its data, as Electron's app.getPath('userData') would
 * give it for an app named Assay, so the CLI and the desktop app share a default workspace.
 */
export function appDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), 'Assay');
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', 'Assay');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), 'Assay');
}

/** The workspace used when none is named: $ASSAY_WORKSPACE, else Default.assay in the data folder. */
export function defaultWorkspacePath(env: NodeJS.ProcessEnv = process.env): string {
  // An empty or blank $ASSAY_WORKSPACE is unset, not the current folder.
  return env.ASSAY_WORKSPACE?.trim() || path.join(appDataDir(env), 'Default.assay');
}
