import fs from 'node:fs';
import path from 'node:path';

/** Extensions imported when a folder is walked; files named one by one are always tried. */
const WALKED = new Set(['.txt', '.text', '.md', '.markdown', '.mdown', '.html', '.htm', '.xhtml', '.pdf', '.docx']);

/** An entry of a walked folder that could not be followed, and why, in words. */
export interface Unreadable {
  path: string;
  reason: string;
}

/** What importing the named paths will read, and what it passed over. */
export interface Expanded {
  files: string[];
  /** Hidden entries and files of other types inside folders. */
  skipped: string[];
  /** Links that loop or lead nowhere, and entries that cannot be read: one line each. */
  unreadable: Unreadable[];
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return 'a symbolic link that leads back to itself (a loop); skipped';
  if (code === 'ENOENT') return 'a symbolic link to something that does not exist; skipped';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied; skipped';
  if (code === 'ENAMETOOLONG') return 'its path is too long to open; skipped';
  return `cannot be read (${(error as Error).message}); skipped`;
}

/**
 * The files to import for what the user named: files as given, folders walked recursively
 * in name order. Inside folders, hidden entries and other file types are skipped and listed;
 * links are followed, except those that loop or lead nowhere, which are reported with
 * entries that cannot be read, so one bad entry never stops the rest of the folder.
 */
export function expandPaths(paths: string[]): Expanded {
  const result: Expanded = { files: [], skipped: [], unreadable: [] };
  const walking = new Set<string>();
  // Every folder is walked once, however many links lead to it: links can make a tree of copies grow exponentially.
  const walked = new Set<string>();
  const walk = (dir: string, real: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      result.unreadable.push({ path: dir, reason: `a folder that ${reasonOf(error).replace(/^a /u, 'is a ')}` });
      return;
    }
    walking.add(real);
    walked.add(real);
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) visit(path.join(dir, entry.name), entry);
    walking.delete(real);
  };
  const visit = (full: string, entry: fs.Dirent) => {
    if (entry.name.startsWith('.')) { result.skipped.push(full); return; }
    let target: fs.Stats | fs.Dirent = entry;
    let real = full;
    try {
      if (entry.isSymbolicLink()) target = fs.statSync(full);
      if (target.isDirectory()) real = fs.realpathSync(full);
    } catch (error) {
      result.unreadable.push({ path: full, reason: reasonOf(error) });
      return;
    }
    if (target.isDirectory()) {
      if (walking.has(real)) result.unreadable.push({ path: full, reason: 'a symbolic link back into a folder being imported (a loop); skipped' });
      else if (walked.has(real)) result.skipped.push(full);
      else walk(full, real);
    } else if (target.isFile() && WALKED.has(path.extname(entry.name).toLowerCase())) result.files.push(full);
    else result.skipped.push(full);
  };
  for (const p of paths) {
    let isFolder = false;
    try {
      isFolder = fs.statSync(p).isDirectory();
    } catch {
      // importing it reports why it cannot be read
    }
    const real = isFolder ? fs.realpathSync(p) : '';
    if (isFolder && !walked.has(real)) walk(p, real);
    else if (!isFolder) result.files.push(p);
  }
  return result;
}
