declare global {
  interface Window {
    /** Added by the desktop app's preload; browser mode has none. */
    assayDesktop?: { importDropped(...files: File[]): Promise<number> };
  }
}

/**
 * In the desktop app, imports dropped files and folders from where they are on disk (a
 * folder is walked, and the summary names the files as they are). Answers how many it
 * started, 0 where it could not (browser mode, files without a path), so the caller uploads them instead.
 */
export function importDroppedFromDisk(files: File[]): Promise<number> {
  return window.assayDesktop?.importDropped(...files) ?? Promise.resolve(0);
}
