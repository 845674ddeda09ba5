import type { Api } from '../../shared/ipc/create-api';

declare global {
  interface Window {
    /** Built by the preload (or the test bridge) from the IPC contract. */
    readonly api: Api;
  }
}

/** The typed API to the main process. */
export const api = (): Api => window.api;
