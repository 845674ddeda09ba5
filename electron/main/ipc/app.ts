import type { Services } from './services';

/** Handlers of the app domain: About information and external links. */
export function createAppHandlers(services: Services) {
  return {
    getAppInfo: () => services.appInfo,
    /** Opens an http(s) link in the system browser, only after the user confirms. */
    openExternal: async (url: string) => {
      if (!(await services.dialogs.confirmOpenExternal(url))) return false;
      await services.openExternal(url);
      return true;
    },
  };
}
