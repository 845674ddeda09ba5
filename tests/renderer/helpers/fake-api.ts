import type { Api } from '../../../shared/ipc/create-api';

/**
 * Installs a fake `window.api` holding only the methods a test needs, each checked against the contract's type
 * (a fake with the wrong arguments or result does not compile); returns the fakes for inspection.
 */
export function installApi<T extends Partial<Api>>(methods: T & Partial<Api>): T {
  Object.defineProperty(window, 'api', { value: methods, configurable: true });
  return methods;
}
