import { describe, expect, it, vi } from 'vitest';
import { aboutDetail } from '../../../electron/about.ts';
import { menuTemplate, type MenuActions, type MenuEntry } from '../../../electron/menu-template.ts';

function actions(): MenuActions {
  return {
    newWorkspace: vi.fn(), openWorkspace: vi.fn(), openRecent: vi.fn(), revealWorkspace: vi.fn(), importFiles: vi.fn(), importFolder: vi.fn(),
    exportGrid: vi.fn(), showShortcuts: vi.fn(), showLog: vi.fn(), exportDiagnostics: vi.fn(), about: vi.fn(),
  };
}

function leaves(entries: MenuEntry[]): MenuEntry[] {
  return entries.flatMap((e) => (e.submenu ? leaves(e.submenu) : [e]));
}

function item(entries: MenuEntry[], label: string): MenuEntry {
  const found = leaves(entries).find((e) => e.label === label);
  if (!found) throw new Error(`no menu item ${label}`);
  return found;
}

describe('the native menus', () => {
  for (const platform of ['darwin', 'win32', 'linux'] as const) {
    it(`on ${platform}: every item does something, and shortcuts are Cmd on macOS and Ctrl elsewhere`, () => {
      const acts = actions();
      const menu = menuTemplate({ platform, packaged: true, recent: ['/w/Research.assay', '/w/Old.assay'] }, acts);
      for (const entry of leaves(menu)) {
        // No stubs: an item has a role Electron implements, a click, or is a separator.
        expect(entry.type === 'separator' || entry.role !== undefined || entry.click !== undefined, JSON.stringify(entry)).toBe(true);
        expect(entry.enabled, entry.label).not.toBe(false);
        if (entry.accelerator) expect(entry.accelerator).toMatch(/^CmdOrCtrl\+/u);
      }
      item(menu, 'Import…').click!();
      item(menu, 'Import Folder…').click!();
      item(menu, 'Export…').click!();
      item(menu, 'About Assay').click!();
      item(menu, 'Export Diagnostics…').click!();
      item(menu, '/w/Old.assay').click!();
      expect(acts.importFiles).toHaveBeenCalledOnce();
      expect(acts.importFolder).toHaveBeenCalledOnce();
      expect(acts.exportGrid).toHaveBeenCalledOnce();
      expect(acts.about).toHaveBeenCalledOnce();
      expect(acts.exportDiagnostics).toHaveBeenCalledOnce();
      expect(acts.openRecent).toHaveBeenCalledWith('/w/Old.assay');
      expect(item(menu, 'Export…').accelerator).toBe('CmdOrCtrl+E');
      const reveal = { darwin: 'Finder', win32: 'Explorer', linux: 'File Manager' }[platform];
      item(menu, `Reveal Workspace in ${reveal}`).click!();
      expect(acts.revealWorkspace).toHaveBeenCalledOnce();
      expect(leaves(menu).some((e) => e.role === 'toggleDevTools')).toBe(false);
    });
  }

  it('puts About in the application menu on macOS and under Help elsewhere', () => {
    const mac = menuTemplate({ platform: 'darwin', packaged: true, recent: [] }, actions());
    expect(mac[0]!.submenu![0]!.label).toBe('About Assay');
    const win = menuTemplate({ platform: 'win32', packaged: true, recent: [] }, actions());
    expect(win.find((m) => m.role === 'help')!.submenu!.at(-1)!.label).toBe('About Assay');
    expect(win.find((m) => m.label === 'File')!.submenu!.at(-1)!.role).toBe('quit');
  });

  it('says when there are no recent workspaces, and offers developer tools only unpackaged', () => {
    const menu = menuTemplate({ platform: 'linux', packaged: false, recent: [] }, actions());
    expect(item(menu, 'No recent workspaces').enabled).toBe(false);
    expect(leaves(menu).some((e) => e.role === 'toggleDevTools')).toBe(true);
  });
});

describe('the About box', () => {
  it('names the version, the runtimes, the log and the workspace', () => {
    const text = aboutDetail({ version: '0.1.0', versions: { electron: '45.4.1', chrome: '142.0', node: '24.1.0' }, os: 'Linux 6.8 (x64)', logFile: '/u/logs/assay.log', workspace: '/w/Research.assay' });
    expect(text.split('\n')).toEqual([
      'Version 0.1.0', 'Electron 45.4.1, Chromium 142.0, Node 24.1.0', 'System: Linux 6.8 (x64)', 'Log: /u/logs/assay.log', 'Workspace: /w/Research.assay',
    ]);
    expect(aboutDetail({ version: '0.1.0', versions: { node: '24' }, os: 'x', logFile: 'l', workspace: null })).toContain('Workspace: none open');
  });
});
