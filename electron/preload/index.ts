import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { FOLDER_DROPPED_CHANNEL } from '../../shared/ipc/channels';
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
    (file) => {
      const path = file instanceof File ? webUtils.getPathForFile(file) || null : null;
      // A real dropped file has a path (a File made by a script has none): main may then open it as a folder.
      if (path) ipcRenderer.send(FOLDER_DROPPED_CHANNEL, path);
      return path;
    },
  ),
);
