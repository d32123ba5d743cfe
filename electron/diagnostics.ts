import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { z } from 'zod';

/** Where the app keeps what a diagnostics archive holds, and what it says about itself. */
export const DiagnosticsInput = z.object({
  /** The app log's folder (assay.log and its rotations). */
  logDir: z.string().min(1),
  /** Crashpad's folder of minidumps. */
  crashDir: z.string().min(1),
  /** App, runtime and system versions, written as versions.json. */
  versions: z.record(z.string(), z.string()),
  createdAt: z.date(),
});
export type DiagnosticsInput = z.infer<typeof DiagnosticsInput>;

/** The log and its rotations only: anything else in the folder (a workspace someone saved there) stays out. */
const LOG_FILE = /^assay(?:\.\d+)?\.log$/u;
const DUMP_FILE = /\.dmp$/iu;
/** The newest dumps are the ones asked about; a folder of old crashes must not make the archive huge. */
const MAX_DUMPS = 10;
const MAX_FILE_BYTES = 64 * 1024 * 1024;

const README = `Assay diagnostics

versions.json  the versions of Assay, Electron, Chromium, Node and the system
logs/          Assay's log (it names files and workspaces Assay opened, and errors)
crash-dumps/   minidumps of crashes, kept on this computer (nothing is uploaded)

No workspace, document or export is in this archive.
`;

/** Regular files (never links, which could lead anywhere) under a folder, recursively; none if it does not exist. */
function regularFiles(dir: string): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return regularFiles(full);
    return entry.isFile() ? [full] : [];
  });
}

function readBounded(file: string): Uint8Array | null {
  const stat = fs.statSync(file);
  return stat.size <= MAX_FILE_BYTES ? fs.readFileSync(file) : null;
}

function newestFirst(files: string[]): string[] {
  return files.map((file) => ({ file, mtime: fs.statSync(file).mtimeMs })).sort((a, b) => b.mtime - a.mtime).map((f) => f.file);
}

/**
 * A ZIP for a user to send with a problem report: versions, the app log and crash dumps,
 * chosen by name from their own folders, so nothing else lying there (a workspace, its
 * -wal file, documents) is ever included. Returns the archive and the names inside it.
 */
export function diagnosticsZip(raw: DiagnosticsInput): { zip: Uint8Array; names: string[] } {
  const input = DiagnosticsInput.parse(raw);
  const entries: Zippable = {
    'README.txt': strToU8(README),
    'versions.json': strToU8(`${JSON.stringify({ ...input.versions, createdAt: input.createdAt.toISOString() }, null, 2)}\n`),
  };
  const logDir = path.resolve(input.logDir);
  for (const file of regularFiles(logDir).filter((f) => path.dirname(f) === logDir && LOG_FILE.test(path.basename(f)))) {
    const bytes = readBounded(file);
    if (bytes) entries[`logs/${path.basename(file)}`] = bytes;
  }
  for (const file of newestFirst(regularFiles(input.crashDir).filter((f) => DUMP_FILE.test(f))).slice(0, MAX_DUMPS)) {
    const bytes = readBounded(file);
    if (bytes) entries[`crash-dumps/${path.relative(input.crashDir, file).split(path.sep).join('/')}`] = bytes;
  }
  return { zip: zipSync(entries, { level: 6, mtime: input.createdAt }), names: Object.keys(entries) };
}
