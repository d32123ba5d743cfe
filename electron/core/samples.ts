import fs from 'node:fs';
import path from 'node:path';
import { APP_ROOT } from './app-root.ts';
import { SettingsStore } from './db/settings.ts';
import type { Workspace } from './db/workspace.ts';
import { importFile, importStores } from './import/import-file.ts';

/** The sample documents that ship with Assay, written for it. */
export const SAMPLES_DIR = path.join(APP_ROOT, 'samples');

/**
 * On first run, fills an empty workspace with the sample documents so a new user sees real
 * work at once. It happens once per workspace: samples an analyst deletes stay deleted.
 */
export function offerSamples(workspace: Workspace): number {
  const settings = new SettingsStore(workspace.db);
  if (settings.get<boolean>('samplesOffered')) return 0;
  settings.set('samplesOffered', true);
  const documents = (workspace.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  if (documents > 0 || !fs.existsSync(SAMPLES_DIR)) return 0;
  const stores = importStores(workspace.db);
  return fs.readdirSync(SAMPLES_DIR).sort().filter((f) => importFile(stores, path.join(SAMPLES_DIR, f)).status === 'imported').length;
}
