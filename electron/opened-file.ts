import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The workspace the system asked the app to open, from a command line: Windows passes a
 * double-clicked .assay file's path, Linux desktops a path or a file:// URL (the .desktop
 * entry's %U). The last one wins; null when there is none. macOS sends open-file instead.
 */
export function openedWorkspace(argv: readonly string[]): string | null {
  for (const arg of [...argv].reverse()) {
    if (arg.startsWith('-')) continue;
    const file = arg.startsWith('file://') ? safeFilePath(arg) : arg;
    if (file && file.toLowerCase().endsWith('.assay') && path.isAbsolute(file)) return file;
  }
  return null;
}

function safeFilePath(url: string): string | null {
  try {
    return fileURLToPath(url);
  } catch {
    return null;
  }
}
