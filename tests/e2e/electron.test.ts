import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronBinary } from '../../scripts/electron-binary.js';
import { FIXTURES } from '../helpers/fixtures.ts';
import { clickFigure, expectReviewKept, findInGrid, importThroughChooser, openDocument, review } from './workbench-flows.ts';

/*
 * The same flows in the desktop app, when E2E_ELECTRON=1 and Electron's runtime is
 * installed (its install script downloads it). Skipped otherwise: on the build machine the
 * runtime cannot be downloaded, so this suite has not been run there.
 */

const binary = electronBinary();
const enabled = process.env.E2E_ELECTRON === '1' && binary !== null;

describe.skipIf(!enabled)('the workbench in the desktop app', () => {
  let app: ElectronApplication;
  let page: Page;
  let home: string;

  beforeAll(async () => {
    spawnSync(process.execPath, ['scripts/build-electron.js'], { stdio: 'inherit' });
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-electron-'));
    app = await electron.launch({
      executablePath: binary!,
      args: ['dist/electron/main.js', `--user-data-dir=${home}`],
      env: { ...process.env, ASSAY_WORKSPACE: path.join(home, 'e2e.assay') },
    });
    page = await app.firstWindow();
  });
  afterAll(async () => {
    await app?.close();
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('runs with the security settings the checklist asks for', async () => {
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]!.webContents;
      return { url: contents.getURL(), node: typeof (globalThis as { require?: unknown }).require };
    });
    expect(prefs.url.startsWith('assay://app/')).toBe(true);
    expect(await page.evaluate('typeof require')).toBe('undefined');
    expect(await page.evaluate('typeof window.assay.call')).toBe('function');
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
});
