import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openWorkspace } from '../../electron/core/db/workspace.ts';
import { Service } from '../../electron/core/service.ts';
import { CoreHost } from '../../electron/core/host/core-host.ts';
import { ensureRendererBuilt } from '../../electron/renderer-build.ts';
import { RENDERER_DIR, startServer, type RunningServer } from '../../electron/server.ts';
import os from 'node:os';

/** Debian's Chromium, or $CHROMIUM_PATH: Playwright's own browser download cannot run here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Session {
  server: RunningServer;
  /** The core the server runs on its own thread, as `assay serve` does. */
  core: CoreHost;
  /** A second connection to the same workspace, for the tests' own setup and checks. */
  service: Service;
  browser: Browser;
  workspacePath: string;
  /** A page logged in with the launch token. */
  open(options?: { colorScheme?: 'light' | 'dark' }): Promise<Page>;
  close(): Promise<void>;
}

/** A real server on a fresh workspace and a real Chromium, as a person would use them. */
export async function startSession(): Promise<Session> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium is not at ${CHROMIUM}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  await ensureRendererBuilt();
  // The session outlives single tests, so it owns its folder (tempDir's are removed after each test).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-e2e-'));
  const workspacePath = path.join(dir, 'e2e.assay');
  const core = await CoreHost.open(workspacePath);
  const service = new Service(await openWorkspace(workspacePath));
  const server = await startServer({ service: core, staticDir: RENDERER_DIR });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  return {
    server, core, service, browser, workspacePath,
    async open(options = {}) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: options.colorScheme ?? 'light' });
      page.on('pageerror', (e) => { throw e; });
      await page.goto(server.launchUrl);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
      await core.close();
      service.workspace.db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Where screenshots go, to be looked at. */
export const SHOTS = path.resolve('test-results', 'screenshots');
