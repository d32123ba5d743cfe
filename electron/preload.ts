import { contextBridge, ipcRenderer, webUtils } from 'electron';

/*
 * The renderer's whole view of the desktop app: one function that calls a contract method
 * over IPC, one that hears menu commands, and one that imports files dropped on the window
 * from where they are on disk. Nothing of Node or Electron leaks through: the renderer
 * hands over File objects, never paths, so it can only import what the user dropped.
 */

contextBridge.exposeInMainWorld('assay', {
  call: (method: string, input: unknown): Promise<unknown> => {
    if (typeof method !== 'string' || !/^[a-z]+\.[a-zA-Z]+$/u.test(method)) return Promise.reject(new Error('BAD_INPUT: not a method name'));
    return ipcRenderer.invoke('assay:call', method, input);
  },
  onCommand: (listener: (command: { type: string; jobId?: string; query?: string }) => void): void => {
    ipcRenderer.on('assay:command', (_event, command: { type: string; jobId?: string; query?: string }) => listener(command));
  },
});

/** A dropped file's path on disk; empty for a File made in the page, or anything that is not a File (getPathForFile throws). */
function pathOf(file: File): string {
  try {
    return webUtils.getPathForFile(file);
  } catch {
    return '';
  }
}

contextBridge.exposeInMainWorld('assayDesktop', {
  /**
   * Starts importing dropped files and folders by path; answers how many had one (files dragged
   * from a web page have none). Each File is its own argument, as webUtils' documentation passes one across the bridge.
   */
  importDropped: async (...files: File[]): Promise<number> => {
    const paths = files.map(pathOf).filter(Boolean);
    if (paths.length) await ipcRenderer.invoke('assay:import-dropped', paths);
    return paths.length;
  },
});
