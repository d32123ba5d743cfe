/*
 * The native menus as plain data, so they can be checked without Electron's runtime;
 * menu.ts hands them to Menu.buildFromTemplate. Shortcuts are CmdOrCtrl: Cmd on macOS,
 * Ctrl elsewhere.
 */

/** The subset of Electron's MenuItemConstructorOptions the menus use. */
export interface MenuEntry {
  label?: string;
  role?: 'appMenu' | 'editMenu' | 'windowMenu' | 'help' | 'close' | 'quit' | 'reload' | 'forceReload' | 'resetZoom' | 'zoomIn' | 'zoomOut'
    | 'togglefullscreen' | 'toggleDevTools' | 'services' | 'hide' | 'hideOthers' | 'unhide';
  type?: 'separator';
  accelerator?: string;
  enabled?: boolean;
  click?: () => void;
  submenu?: MenuEntry[];
}

/** What the menus do; main.ts implements each with the window, the workspace and the dialogs. */
export interface MenuActions {
  newWorkspace(): void;
  openWorkspace(): void;
  openRecent(file: string): void;
  revealWorkspace(): void;
  importFiles(): void;
  importFolder(): void;
  exportGrid(): void;
  showShortcuts(): void;
  showLog(): void;
  exportDiagnostics(): void;
  about(): void;
}

/** Where the menus are built: the platform's conventions and what a development run adds. */
export interface MenuContext {
  platform: NodeJS.Platform;
  /** Packaged builds have no developer tools. */
  packaged: boolean;
  /** Recently opened workspaces, the open one first. */
  recent: readonly string[];
}

const SEPARATOR: MenuEntry = { type: 'separator' };

/** The file manager as each platform names it. */
export function fileManagerName(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Finder';
  if (platform === 'win32') return 'Explorer';
  return 'File Manager';
}

function appMenu(actions: MenuActions): MenuEntry {
  // macOS puts About in the application menu; Assay's own box names the log and the workspace.
  return {
    label: 'Assay',
    submenu: [
      { label: 'About Assay', click: actions.about }, SEPARATOR,
      { role: 'services' }, SEPARATOR, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, SEPARATOR, { role: 'quit' },
    ],
  };
}

function recentMenu(recent: readonly string[], actions: MenuActions): MenuEntry[] {
  if (!recent.length) return [{ label: 'No recent workspaces', enabled: false }];
  return recent.map((file) => ({ label: file, click: () => actions.openRecent(file) }));
}

function fileMenu(context: MenuContext, actions: MenuActions): MenuEntry {
  const mac = context.platform === 'darwin';
  return {
    label: 'File',
    submenu: [
      { label: 'New Workspace…', accelerator: 'CmdOrCtrl+N', click: actions.newWorkspace },
      { label: 'Open Workspace…', accelerator: 'CmdOrCtrl+O', click: actions.openWorkspace },
      { label: 'Open Recent', submenu: recentMenu(context.recent, actions) },
      { label: `Reveal Workspace in ${fileManagerName(context.platform)}`, click: actions.revealWorkspace },
      SEPARATOR,
      { label: 'Import…', accelerator: 'CmdOrCtrl+I', click: actions.importFiles },
      // No shortcut: Ctrl+Shift+I opens the developer tools in development runs.
      { label: 'Import Folder…', click: actions.importFolder },
      { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: actions.exportGrid },
      SEPARATOR,
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };
}

function viewMenu(context: MenuContext): MenuEntry {
  return {
    label: 'View',
    submenu: [
      { role: 'reload' }, { role: 'forceReload' }, SEPARATOR,
      { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, SEPARATOR, { role: 'togglefullscreen' },
      ...(context.packaged ? [] : [{ role: 'toggleDevTools' as const }]),
    ],
  };
}

function helpMenu(context: MenuContext, actions: MenuActions): MenuEntry {
  return {
    role: 'help',
    submenu: [
      // Ctrl+/ and ? are the page's own shortcut (App.tsx); an accelerator here would open and close it at once.
      { label: 'Keyboard Shortcuts', click: actions.showShortcuts },
      { label: 'Open Log File', click: actions.showLog },
      { label: 'Export Diagnostics…', click: actions.exportDiagnostics },
      ...(context.platform === 'darwin' ? [] : [SEPARATOR, { label: 'About Assay', click: actions.about }]),
    ],
  };
}

/** The application menu for a platform: File, Edit, View, Window and Help (and the app menu on macOS). */
export function menuTemplate(context: MenuContext, actions: MenuActions): MenuEntry[] {
  return [
    ...(context.platform === 'darwin' ? [appMenu(actions)] : []),
    fileMenu(context, actions),
    { role: 'editMenu' },
    viewMenu(context),
    { role: 'windowMenu' },
    helpMenu(context, actions),
  ];
}
