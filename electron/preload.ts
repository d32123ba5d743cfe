import { contextBridge, ipcRenderer } from 'electron';

/*
 * The renderer's whole view of the desktop app: one function that calls a contract method
 * over IPC, and one that hears menu commands. Nothing of Node or Electron leaks through.
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
