import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { strFromU8, unzipSync } from 'fflate';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { electronBinary } from '../../scripts/electron-binary.js';
import { FIXTURES } from '../helpers/fixtures.ts';
import { clickFigure, expectReviewKept, findInGrid, importThroughChooser, openDocument, review } from './workbench-flows.ts';

/*
 * The browser suite's workbench flows in the desktop app (import, grid ↔ reader, review,
 * export), plus what only the desktop app has: its menus, native dialogs, drops and the
 * diagnostics archive. Every test starts the app with a user-data folder of its own, so
 * none sees another's recent list, log or workspace.
 *
 * Runs when E2E_ELECTRON=1 and Electron's runtime is installed (npm install downloads it):
 * against the development binary with dist/electron/main.js, or, when ASSAY_E2E_APP names
 * its executable, a packaged build from electron-builder.test.yml (the release fuses, with
 * the inspect fuse Playwright needs). .github/workflows/desktop.yml runs both. Skipped
 * otherwise, saying why: this build machine cannot download the runtime.
 */

const packaged = process.env.ASSAY_E2E_APP || null;
const executable = packaged ?? electronBinary();
const skipped = process.env.E2E_ELECTRON !== '1'
  ? 'E2E_ELECTRON is not 1'
  : executable === null ? "Electron's runtime is not installed (npm install downloads it; this build machine cannot)" : null;
const title = skipped ? `the workbench in the desktop app (skipped: ${skipped})` : 'the workbench in the desktop app';

interface Dialogs {
  /** What the stubbed open dialog answers, and the options each call was given. */
  open?: string[];
  save?: string;
}

/** Clicks a native menu item found by its label anywhere in the application menu, as choosing it does. */
async function clickMenu(app: ElectronApplication, label: string): Promise<void> {
  await app.evaluate(({ Menu }, wanted) => {
    const find = (items: Electron.MenuItem[]): Electron.MenuItem | null => {
      for (const item of items) {
        if (item.label === wanted) return item;
        const inner = item.submenu ? find(item.submenu.items) : null;
        if (inner) return inner;
      }
      return null;
    };
    const item = find(Menu.getApplicationMenu()!.items);
    if (!item) throw new Error(`no menu item ${wanted}`);
    (item.click as () => void)();
  }, label);
}

/** Native dialogs cannot be driven by Playwright: main's are answered from here, and what they were asked is kept. */
async function answerDialogs(app: ElectronApplication, answers: Dialogs): Promise<void> {
  await app.evaluate(({ dialog, shell }, a) => {
    const seen = globalThis as unknown as { asked: unknown[] };
    seen.asked = [];
    const record = (kind: string, args: unknown[]) => seen.asked.push({ kind, options: args.at(-1) });
    dialog.showOpenDialog = (async (...args: unknown[]) => { record('open', args); return { canceled: false, filePaths: a.open ?? [] }; }) as typeof dialog.showOpenDialog;
    dialog.showSaveDialog = (async (...args: unknown[]) => { record('save', args); return { canceled: false, filePath: a.save ?? '' }; }) as typeof dialog.showSaveDialog;
    dialog.showMessageBox = (async (...args: unknown[]) => { record('message', args); return { response: 0, checkboxChecked: false }; }) as typeof dialog.showMessageBox;
    shell.showItemInFolder = (file: string) => { record('reveal', [file]); };
  }, answers);
}

async function asked(app: ElectronApplication): Promise<Array<{ kind: string; options: Record<string, unknown> }>> {
  return app.evaluate(() => (globalThis as unknown as { asked: Array<{ kind: string; options: Record<string, unknown> }> }).asked);
}

async function importFinished(page: Page): Promise<void> {
  const summary = page.getByRole('dialog', { name: 'Import summary' });
  await expect.poll(() => summary.textContent(), { timeout: 30_000 }).toContain('Import finished');
  expect(await summary.locator('li.failed').count()).toBe(0);
  await summary.getByRole('button', { name: 'Close' }).click();
}

describe.skipIf(skipped !== null)(title, () => {
  let app: ElectronApplication;
  let page: Page;
  let home: string;

  beforeAll(() => {
    if (packaged) return;
    const built = spawnSync(process.execPath, ['scripts/build-electron.js'], { stdio: 'inherit' });
    expect(built.status).toBe(0);
  });
  beforeEach(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-electron-'));
    app = await electron.launch({
      executablePath: executable!,
      args: [...(packaged ? [] : ['dist/electron/main.js']), `--user-data-dir=${home}`],
      env: { ...process.env, ASSAY_WORKSPACE: path.join(home, 'e2e.assay') },
    });
    page = await app.firstWindow();
    await page.getByRole('button', { name: 'Import…' }).waitFor();
  });
  afterEach(async () => {
    await app?.close();
    // Windows may hold the profile's files a moment after the app quits.
    fs.rmSync(home, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  });

  it('runs with the security settings the checklist asks for, in its own user-data folder', async () => {
    const state = await app.evaluate(({ app: electronApp, BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]!.webContents;
      return { url: contents.getURL(), userData: electronApp.getPath('userData'), crashDumps: electronApp.getPath('crashDumps') };
    });
    expect(state.url.startsWith('assay://app/')).toBe(true);
    expect(fs.realpathSync(state.userData)).toBe(fs.realpathSync(home));
    expect(state.crashDumps).toBe(path.join(state.userData, 'Crashpad'));
    expect(await page.evaluate('typeof require')).toBe('undefined');
    expect(await page.evaluate('typeof process')).toBe('undefined');
    expect(await page.evaluate('typeof window.assay.call')).toBe('function');
    expect(await page.evaluate('typeof window.assayDesktop.importDropped')).toBe('function');
  });

  it('imports, links grid and reader both ways, and keeps a review across a reload', async () => {
    await importThroughChooser(page, ['ir-record.txt', 'wrapped.txt'].map((f) => path.join(FIXTURES, f)));
    await openDocument(page, 'Baotou Lanthanum Works');
    await findInGrid(page, 'operating revenue', '2.31 billion yuan');
    await clickFigure(page, '452,000 yuan/mt', 'Spot Pr-Nd oxide price');
    await review(page, 'Checked in the desktop app.');
    await page.reload();
    await openDocument(page, 'Baotou Lanthanum Works');
    await expectReviewKept(page, '452,000 yuan/mt', 'Checked in the desktop app.');
  });

  it('imports through File ▸ Import…, whose dialog offers PDF and Word, and exports through File ▸ Export…', async () => {
    await answerDialogs(app, { open: [path.join(FIXTURES, 'ir-record.txt')] });
    await clickMenu(app, 'Import…');
    await importFinished(page);
    const [open] = await asked(app);
    const filters = open!.options.filters as Array<{ name: string; extensions: string[] }>;
    expect(filters[0]!.extensions).toEqual(expect.arrayContaining(['pdf', 'docx', 'html', 'md', 'txt']));
    expect(open!.options.properties).not.toContain('openDirectory');

    const target = path.join(home, 'grid.md');
    await app.evaluate(({ session }, file) => { session.defaultSession.once('will-download', (_event, item) => item.setSavePath(file)); }, target);
    await clickMenu(app, 'Export…');
    // The menu opens with its first format focused, so Enter or Tab go on from the shortcut.
    await expect.poll(() => page.evaluate("document.activeElement?.getAttribute('role') + ' ' + document.activeElement?.textContent"), { timeout: 10_000 }).toBe('menuitem HTML page');
    await page.getByRole('menuitem', { name: 'Markdown', exact: true }).click();
    await expect.poll(() => (fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : ''), { timeout: 30_000 }).toContain('operating revenue');
  });

  it('imports a file dropped on the window', async () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'ir-record.txt'), 'utf8');
    // A File made in the page has no path on disk, so the drop is uploaded, as from a web page.
    // Page code as a string: the tests' TypeScript has no DOM.
    const accepted = await page.evaluate(`(() => {
      const data = new DataTransfer();
      data.items.add(new File([${JSON.stringify(text)}], 'dropped.txt', { type: 'text/plain' }));
      const over = new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true });
      window.dispatchEvent(over);
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      return over.defaultPrevented;
    })()`);
    expect(accepted, 'the window takes file drops').toBe(true);
    await importFinished(page);
    await openDocument(page, 'Baotou Lanthanum Works');
  });

  it('reveals the workspace, shows the About box and exports diagnostics without the workspace', async () => {
    const zip = path.join(home, 'diagnostics.zip');
    await answerDialogs(app, { save: zip });
    await clickMenu(app, `Reveal Workspace in ${{ darwin: 'Finder', win32: 'Explorer' }[process.platform as string] ?? 'File Manager'}`);
    await clickMenu(app, 'About Assay');
    await clickMenu(app, 'Export Diagnostics…');
    await expect.poll(() => fs.existsSync(zip) && fs.statSync(zip).size > 0, { timeout: 10_000 }).toBe(true);
    const calls = await asked(app);
    expect(calls.find((c) => c.kind === 'reveal')!.options).toBe(path.join(home, 'e2e.assay'));
    const about = calls.find((c) => c.kind === 'message')!.options;
    expect(about.detail).toContain('Log: ');
    expect(about.detail).toContain(path.join(home, 'e2e.assay'));
    const files = unzipSync(fs.readFileSync(zip));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['README.txt', 'versions.json', 'logs/assay.log']));
    expect(Object.keys(files).some((name) => name.includes('.assay'))).toBe(false);
    const versions = JSON.parse(strFromU8(files['versions.json']!)) as Record<string, string>;
    expect(versions.electron).toBe(await app.evaluate(() => process.versions.electron));
  });
});
