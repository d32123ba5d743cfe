import fs from 'node:fs';
import path from 'node:path';

/** Extensions imported when a folder is walked; files named one by one are always tried. */
const WALKED = new Set(['.txt', '.text', '.md', '.markdown', '.mdown', '.html', '.htm', '.xhtml', '.pdf', '.docx']);

/**
 * The files to import for what the user named: files as given, folders walked recursively
 * in name order. Inside folders, hidden entries and other file types are skipped and listed.
 */
export function expandPaths(paths: string[]): { files: string[]; skipped: string[] } {
  const files: string[] = [];
  const skipped: string[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      files.push(dir); // importing it reports why it cannot be read
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.name.startsWith('.')) { skipped.push(full); continue; }
      // Symbolic links are followed to what they point at; broken ones are skipped.
      const target = entry.isSymbolicLink() ? fs.statSync(full, { throwIfNoEntry: false }) : entry;
      if (target?.isDirectory()) walk(full);
      else if (target?.isFile() && WALKED.has(path.extname(entry.name).toLowerCase())) files.push(full);
      else skipped.push(full);
    }
  };
  for (const p of paths) {
    const isDir = fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
    if (isDir) walk(p);
    else files.push(p);
  }
  return { files, skipped };
}
