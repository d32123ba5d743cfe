import { IMPORT_EXTENSIONS, IMPORTABLE } from '../shared/importable.ts';
import { DOCUMENT_FORMATS } from '../shared/passages.ts';

/** One entry of a native open dialog's file-type menu (Electron's FileFilter). */
export interface DialogFilter {
  name: string;
  extensions: string[];
}

/**
 * The Import… dialog's file types: everything Assay reads first (the default), then each
 * reader on its own, then all files, because a file named one by one is always tried
 * (an extensionless export or a .log is read as text).
 */
export function importFilters(): DialogFilter[] {
  return [
    { name: 'Documents Assay reads', extensions: [...IMPORT_EXTENSIONS] },
    ...DOCUMENT_FORMATS.map((format) => ({ name: IMPORTABLE[format].name, extensions: [...IMPORTABLE[format].extensions] })),
    { name: 'All files', extensions: ['*'] },
  ];
}
