import { spawn } from 'node:child_process';
import path from 'node:path';
import { AppLog } from '../app-log.ts';
import { appDataDir } from '../core/app-paths.ts';
import { CoreHost } from '../core/host/core-host.ts';
import { OpeningHost } from '../core/host/opening-host.ts';
import { ensureRendererBuilt } from '../renderer-build.ts';
import { RENDERER_DIR, startServer, type ServerLog } from '../server.ts';
import { AssayError } from '../../shared/errors.ts';
import type { Command } from './command.ts';
import { workspaceFile } from './workspace-file.ts';

/**
 * --port, 0 (any free port) unless given; read as z.coerce.number().int() would, but by hand:
 * zod is not loaded on serve's main thread (#19).
 */
export function portArg(value: unknown): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!Number.isInteger(port)) throw new AssayError('USAGE', '--port takes a number');
  if (port < 0 || port > 65535) throw new AssayError('USAGE', '--port is 0 to 65535');
  return port;
}

function openBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'cmd' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  spawn(command, args, { stdio: 'ignore', detached: true }).on('error', () => undefined).unref();
}

/**
 * Internal errors go to the app's log (beside the desktop app's) with their stacks, and a
 * line to the terminal; only to the terminal if the data folder cannot be written.
 */
function serverLog(err: (line: string) => void): ServerLog {
  let file: AppLog | null = null;
  try {
    file = new AppLog(path.join(appDataDir(), 'logs'));
  } catch {
    // No log file then; the terminal still hears of it.
  }
  return {
    write(level, message) {
      file?.write(level, message);
      err(`${level}: ${message.split('\n')[0]}${file ? ` (details in ${file.file})` : ''}`);
    },
  };
}

export const serveCommand: Command = {
  name: 'serve',
  usage: 'assay serve [--workspace PATH] [--port N] [--open]',
  summary: 'Serve the workbench to your browser on 127.0.0.1 only (browser mode).',
  options: { port: { type: 'string' }, open: { type: 'boolean' } },
  async run(args, io) {
    const port = portArg(args.values.port);
    // The core runs on its own thread: a slow call never holds up the server's answers.
    const defaultWorkspace = args.values.workspace === undefined && !process.env.ASSAY_WORKSPACE;
    // The default workspace starts with Assay's sample documents, once.
    const file = workspaceFile(args);
    const opening = CoreHost.open(file, { offerSamples: defaultWorkspace });
    // The server listens, and its address is printed, while the core thread opens the workspace (#19).
    let failed = false;
    opening.catch(() => { failed = true; });
    await ensureRendererBuilt(io.err);
    const server = await startServer({ service: new OpeningHost(opening), port, staticDir: RENDERER_DIR, log: serverLog(io.err) });
    // An open that failed already (a file too new, not a workspace) is reported without an address to open.
    if (failed) {
      await server.close();
      await opening;
    }
    io.out(`Assay is serving ${path.resolve(file)}`);
    io.out(`Open ${server.launchUrl}`);
    io.out('This address works once per browser; keep it private. Press Ctrl+C to stop.');
    let core: CoreHost;
    try {
      core = await opening;
    } catch (error) {
      await server.close();
      throw error;
    }
    if (core.samplesAdded) io.out(`Added ${core.samplesAdded} sample documents to your new workspace.`);
    if (args.values.open) openBrowser(server.launchUrl);
    await new Promise<void>((resolve) => {
      const stop = () => { void server.close().then(resolve); };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await core.close();
    return 0;
  },
};
