import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, clipboard, crashReporter, dialog, ipcMain, nativeTheme, net, protocol, safeStorage, session, shell, utilityProcess } from 'electron';
import { z } from 'zod';
import { aboutDetail } from './about.ts';
import { diagnosticsZip } from './diagnostics.ts';
import { isExternalLink } from './external-link.ts';
import { appFileUrl } from './app-file.ts';
import { isAssayError } from '../shared/errors.ts';
import type { Method } from '../shared/contract.ts';
import { AppLog } from './app-log.ts';
import { CoreHost } from './core/host/core-host.ts';
import type { ReaderRelay } from './core/jobs/reader-relay-messages.ts';
import { startUtilityReader } from './core/jobs/utility-reader.ts';
import { HubPasswords, type Keychain } from './hub-passwords.ts';
import { HubPasswordInput } from '../shared/team.ts';
import { buildMenu } from './menu.ts';
import { importFilters } from './import-filters.ts';
import { openedWorkspace } from './opened-file.ts';
import { LinkOpener } from './open-links.ts';

/*
 * The desktop shell, kept thin: one window on the `assay://app/` protocol, the contract
 * over IPC, native menus and dialogs. Everything else is the same core and renderer that
 * browser mode runs. Electron's security checklist: context isolation, sandbox, no Node in
 * the renderer, a strict CSP, IPC senders checked, navigation and new windows blocked,
 * every permission denied, and a custom protocol instead of file://.
 */

const HERE = path.dirname(fileURLToPath(import.meta.url));
const RENDERER = path.resolve(HERE, '..', 'renderer');
const ORIGIN = 'assay://app';
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

protocol.registerSchemesAsPrivileged([{ scheme: 'assay', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const log = new AppLog(path.join(app.getPath('userData'), 'logs'));
// Crashes are kept as minidumps in the user-data folder and never uploaded: Help ▸ Export Diagnostics… zips them for the user to send.
app.setPath('crashDumps', path.join(app.getPath('userData'), 'Crashpad'));
crashReporter.start({ uploadToServer: false });
/**
 * The OS keychain for hub passwords. On Linux without a secret service safeStorage would
 * encrypt with a key written in Electron itself ("basic_text"): that is no protection, so
 * the password is then not remembered at all.
 */
const keychain: Keychain = {
  isEncryptionAvailable: () => safeStorage.isEncryptionAvailable()
    && !(process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text'),
  encryptString: (plain) => safeStorage.encryptString(plain),
  decryptString: (encrypted) => safeStorage.decryptString(encrypted),
};
const hubPasswords = new HubPasswords(path.join(app.getPath('userData'), 'hub-passwords.json'), keychain);
const statePath = () => path.join(app.getPath('userData'), 'window-state.json');
const recentPath = () => path.join(app.getPath('userData'), 'recent-workspaces.json');
/** The open workspace's core, on a thread of its own: this process only routes calls, menus and dialogs. */
let service: CoreHost | null = null;
let window: BrowserWindow | null = null;

/** `assay://open?…` links: sent to the open window as a command, or opened with it once it exists. */
const links = new LinkOpener((query) => {
  if (!window) return false;
  if (window.isMinimized()) window.restore();
  window.focus();
  // A page still loading may not listen for commands yet; it reads the link from its address instead.
  if (window.webContents.isLoading()) void window.loadURL(`${ORIGIN}/index.html#${query}`);
  else window.webContents.send('assay:command', { type: 'open', query });
  return true;
});

function readJson<T>(file: string, fallback: T): T {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return fallback;
  }
}

function recent(): string[] {
  return readJson<string[]>(recentPath(), []).filter((f) => fs.existsSync(f)).slice(0, 10);
}

/** useWorkspace puts a workspace first in the recent list only once it has opened, so the first is the open one. */
const openWorkspacePath = (): string | null => recent()[0] ?? null;
const menuContext = () => ({ platform: process.platform, packaged: app.isPackaged, recent: recent() });

/**
 * Imports read each file in a process of their own, started here with utilityProcess: the
 * runAsNode fuse is off, so the app's binary cannot be forked as Node (reader-relay-messages.ts).
 * The reader is bundled beside this file (scripts/build-electron.js).
 */
const readers: ReaderRelay = (request) => startUtilityReader(utilityProcess, path.join(HERE, 'reader-process.js'), request);

async function useWorkspace(file: string, options: { offerSamples?: boolean } = {}): Promise<void> {
  try {
    const next = await CoreHost.open(file, { ...options, readers });
    // A keychain that cannot be read leaves the analyst to type the password; it never stops the workspace opening.
    await recallHubPassword(next).catch((error: unknown) => log.write('error', `hub password not recalled: ${(error as Error).message}`));
    await service?.close();
    service = next;
    fs.writeFileSync(recentPath(), JSON.stringify([file, ...recent().filter((f) => f !== file)].slice(0, 10)));
    window?.setTitle(`Assay — ${path.basename(file)}`);
    window?.webContents.reload();
    if (window) buildMenu(menuContext(), menuActions);
    log.write('info', `opened workspace ${file}`);
  } catch (error) {
    log.write('error', `could not open ${file}: ${(error as Error).message}`);
    dialog.showErrorBox('Assay could not open the workspace', (error as Error).message);
  }
}

/** A team workspace's hub password, when the keychain holds one, goes to its core before the first sync. */
async function recallHubPassword(core: CoreHost): Promise<void> {
  const { hubUrl } = await core.request('team.status', {});
  const password = hubUrl ? hubPasswords.recall(hubUrl) : null;
  if (password !== null) await core.request('team.password', { password, remember: false });
}

/** The core holds the password for the session; remembering it between launches is the keychain's, here. */
async function useHubPassword(core: CoreHost, input: unknown): Promise<{ remembered: boolean }> {
  // The core checks the input first (BAD_INPUT in words); here it is known to be valid.
  await core.request('team.password', input);
  const { password, remember } = HubPasswordInput.parse(input);
  const { hubUrl } = await core.request('team.status', {});
  if (!hubUrl) return { remembered: false };
  if (!remember) {
    hubPasswords.forget(hubUrl);
    return { remembered: false };
  }
  try {
    return { remembered: hubPasswords.remember(hubUrl, password) };
  } catch (error) {
    // In use for this session all the same; only keeping it failed.
    log.write('error', `hub password not kept: ${(error as Error).message}`);
    return { remembered: false };
  }
}

const menuActions = {
  async newWorkspace() {
    const result = await dialog.showSaveDialog(window!, { title: 'New workspace', defaultPath: 'Research.assay', filters: [{ name: 'Assay workspace', extensions: ['assay'] }] });
    if (!result.canceled && result.filePath) await useWorkspace(result.filePath);
  },
  async openWorkspace() {
    const result = await dialog.showOpenDialog(window!, { title: 'Open workspace', properties: ['openFile'], filters: [{ name: 'Assay workspace', extensions: ['assay'] }] });
    if (!result.canceled && result.filePaths[0]) await useWorkspace(result.filePaths[0]);
  },
  openRecent(file: string) {
    void useWorkspace(file);
  },
  // Two dialogs: on Windows and Linux one that picks files and folders shows only folders.
  async importFiles() {
    const result = await dialog.showOpenDialog(window!, { title: 'Import documents', properties: ['openFile', 'multiSelections'], filters: importFilters() });
    if (!result.canceled) startImport(result.filePaths);
  },
  async importFolder() {
    const result = await dialog.showOpenDialog(window!, { title: 'Import a folder', properties: ['openDirectory', 'multiSelections'] });
    if (!result.canceled) startImport(result.filePaths);
  },
  exportGrid() {
    window?.webContents.send('assay:command', { type: 'export' });
  },
  revealWorkspace() {
    const file = openWorkspacePath();
    if (file) shell.showItemInFolder(file);
  },
  showShortcuts() {
    window?.webContents.send('assay:command', { type: 'shortcuts' });
  },
  showLog() {
    void shell.openPath(log.file);
  },
  async about() {
    const detail = aboutDetail({ version: app.getVersion(), versions: process.versions, os: `${os.type()} ${os.release()} (${process.arch})`, logFile: log.file, workspace: openWorkspacePath() });
    const { response } = await dialog.showMessageBox(window!, { type: 'info', title: 'About Assay', message: 'Assay', detail, buttons: ['OK', 'Copy'], defaultId: 0 });
    if (response === 1) clipboard.writeText(detail);
  },
  async exportDiagnostics() {
    const now = new Date();
    const result = await dialog.showSaveDialog(window!, {
      title: 'Export diagnostics', defaultPath: path.join(app.getPath('documents'), `Assay diagnostics ${now.toISOString().slice(0, 10)}.zip`),
      filters: [{ name: 'ZIP archive', extensions: ['zip'] }],
    });
    if (result.canceled || !result.filePath) return;
    try {
      const versions = { app: app.getVersion(), electron: process.versions.electron, chrome: process.versions.chrome, node: process.versions.node, os: `${os.type()} ${os.release()}`, arch: process.arch };
      fs.writeFileSync(result.filePath, diagnosticsZip({ logDir: path.dirname(log.file), crashDir: app.getPath('crashDumps'), versions, createdAt: now }).zip);
      shell.showItemInFolder(result.filePath);
    } catch (error) {
      dialog.showErrorBox('Assay could not write the diagnostics', (error as Error).message);
    }
  },
};

/** Imports files and folders by path (menus, files dropped on the window); the window follows the job. */
function startImport(paths: string[]): void {
  if (!service || !paths.length) return;
  service.request('imports.start', { paths }).then(
    ({ jobId }) => window?.webContents.send('assay:command', { type: 'import-started', jobId }),
    (error: Error) => dialog.showErrorBox('Assay could not start the import', error.message),
  );
}

/** Paths of dropped files, as the preload reads them from the File objects: absolute, and a bounded number. */
const DroppedPaths = z.array(z.string().min(1).max(4096).refine((p) => path.isAbsolute(p), 'not an absolute path')).min(1).max(10_000);

function createWindow(): void {
  const bounds = readJson<Electron.Rectangle | null>(statePath(), null);
  window = new BrowserWindow({
    ...(bounds ?? { width: 1440, height: 900 }),
    minWidth: 1280,
    minHeight: 800,
    title: 'Assay',
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#17181a' : '#f7f7f5',
    webPreferences: {
      preload: path.join(HERE, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window?.show());
  window.on('close', () => { if (window) fs.writeFileSync(statePath(), JSON.stringify(window.getNormalBounds())); });
  window.webContents.on('render-process-gone', (_event, details) => {
    log.write('error', `renderer gone: ${details.reason}`);
    void dialog.showMessageBox({ type: 'error', message: 'The Assay window stopped unexpectedly.', detail: 'Your work is saved. Reload to continue, or open the log to see what happened.', buttons: ['Reload', 'Open log'] })
      .then(({ response }) => (response === 0 ? window?.webContents.reload() : menuActions.showLog()));
  });
  buildMenu(menuContext(), menuActions);
  const pending = links.takePending();
  void window.loadURL(`${ORIGIN}/index.html${pending ? `#${pending}` : ''}`);
}

/** Serves the built renderer on assay://app/, every response with the CSP. */
function serveRenderer(): void {
  protocol.handle('assay', async (request) => {
    const file = appFileUrl(RENDERER, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(file);
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CSP);
    headers.set('X-Content-Type-Options', 'nosniff');
    // pdf.js starts its worker as a module, which needs a JavaScript type.
    if (file.endsWith('.mjs')) headers.set('Content-Type', 'text/javascript');
    return new Response(response.body, { status: response.status, headers });
  });
}

function lockDown(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => { if (!url.startsWith(`${ORIGIN}/`)) event.preventDefault(); });
    contents.on('will-redirect', (event, url) => { if (!url.startsWith(`${ORIGIN}/`)) event.preventDefault(); });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    // A note's link opens in the system browser (or mail client); the app never opens a second window.
    contents.setWindowOpenHandler(({ url }) => {
      if (isExternalLink(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
  ipcMain.handle('assay:import-dropped', (event, paths: unknown) => {
    if (!event.senderFrame || !event.senderFrame.url.startsWith(`${ORIGIN}/`)) throw new Error('FORBIDDEN: calls come only from the Assay window');
    startImport(DroppedPaths.parse(paths));
  });
  // Async, so a long-poll (exports.wait) awaits its answer while other calls are handled.
  ipcMain.handle('assay:call', async (event, method: string, input: unknown) => {
    if (!event.senderFrame || !event.senderFrame.url.startsWith(`${ORIGIN}/`)) throw new Error('FORBIDDEN: calls come only from the Assay window');
    if (!service) throw new Error('NO_WORKSPACE: no workspace is open');
    try {
      if (method === 'team.password') return await useHubPassword(service, input);
      return await service.request(method as Method, input);
    } catch (error) {
      if (isAssayError(error)) throw new Error(`${error.code}: ${error.message}`, { cause: error });
      log.write('error', `${method}: ${(error as Error).stack ?? String(error)}`);
      throw new Error(`INTERNAL: Assay hit an internal error (${(error as Error).message}). The log has the details.`, { cause: error });
    }
  });
}

process.on('uncaughtException', (error) => {
  log.write('error', error.stack ?? String(error));
  void dialog.showMessageBox({ type: 'error', message: 'Assay hit an unexpected error.', detail: `${error.message}\n\nYour saved work is safe.`, buttons: ['OK', 'Open log'] })
    .then(({ response }) => { if (response === 1) menuActions.showLog(); });
});

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Run from source (`electron .`) the OS must be told the script as well as the binary.
  if (process.defaultApp && process.argv[1]) {
    app.setAsDefaultProtocolClient('assay', process.execPath, [path.resolve(process.argv[1])]);
  } else {
    app.setAsDefaultProtocolClient('assay');
  }
  links.args(process.argv);
  // A double-clicked .assay file: in argv on Windows and Linux, an open-file event on macOS (which may come before ready).
  let systemOpened = openedWorkspace(process.argv);
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (app.isReady()) void useWorkspace(file);
    else systemOpened = file;
  });
  app.on('open-url', (event, url) => { event.preventDefault(); links.url(url); });
  app.on('second-instance', (_event, argv) => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
    const file = openedWorkspace(argv);
    if (file) void useWorkspace(file);
    links.args(argv);
  });
  app.whenReady().then(async () => {
    lockDown();
    serveRenderer();
    const first = systemOpened ?? recent()[0] ?? process.env.ASSAY_WORKSPACE ?? path.join(app.getPath('userData'), 'Default.assay');
    // A first run (no other workspace used before) starts with Assay's sample documents, once.
    const firstRun = !recent().some((f) => f !== first) && !process.env.ASSAY_WORKSPACE;
    await useWorkspace(first, { offerSamples: firstRun });
    createWindow();
    app.on('activate', () => { if (BrowserWindow.getAllWindows().length === 0) createWindow(); });
  }).catch((error: Error) => {
    log.write('error', error.stack ?? error.message);
    dialog.showErrorBox('Assay could not start', error.message);
    app.quit();
  });
  app.on('window-all-closed', () => {
    void service?.close();
    if (process.platform !== 'darwin') app.quit();
  });
}
