import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createApi } from '../../shared/ipc/create-api';

contextBridge.exposeInMainWorld(
  'api',
  createApi(
    (channel, args) => ipcRenderer.invoke(channel, ...args),
    (channel, listener) => {
      const wrapped = (_event: unknown, payload: unknown): void => listener(payload);
      ipcRenderer.on(channel, wrapped);
      return () => ipcRenderer.removeListener(channel, wrapped);
    },
    (file) => (file instanceof File ? webUtils.getPathForFile(file) || null : null),
  ),
);
