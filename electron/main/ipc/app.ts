import type { Services } from './services';

/** Handlers of the app domain: About information. */
export function createAppHandlers(services: Services) {
  return {
    getAppInfo: () => services.appInfo,
  };
}
