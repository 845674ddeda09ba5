import type { z } from 'zod';
import { methods } from '../../../shared/ipc/channels';
import { contract, type ArgsOf, type Method, type ResultOf } from '../../../shared/ipc/contract';
import { HandlerError, type AppError, type IpcResult } from '../../../shared/ipc/errors';
import type { Logger } from '../../../node/logger';

/** Who sent a call: the URL of the sending frame. */
export interface Sender {
  url: string;
}

/** One handler per contract method, receiving validated arguments. */
export type HandlerTable = {
  [M in Method]: (...args: ArgsOf<M>) => Promise<ResultOf<M>> | ResultOf<M>;
};

/** The app's own origin: its frames may call the API (so may the dev server's, given as an extra origin). */
export const APP_ORIGIN = 'app://recoupe';

/** True when a frame URL belongs to the app (exactly `APP_ORIGIN/...`) or to one of `extraOrigins`. */
export function isTrustedSender(url: string, extraOrigins: readonly string[] = []): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // `URL.origin` is "null" for a custom scheme, so the app's origin is rebuilt from its parts.
  if (`${parsed.protocol}//${parsed.host}` === APP_ORIGIN) return true;
  return extraOrigins.includes(parsed.origin);
}

const issuesText = (error: z.ZodError): string =>
  error.issues.map((issue) => `${issue.path.join('.') || '(args)'}: ${issue.message}`).join('; ');

/** Wraps the handler table with the sender check, argument validation and error envelopes. */
export function createDispatcher(
  handlers: HandlerTable,
  logger: Logger,
  extraOrigins: readonly string[] = [],
): (method: string, sender: Sender, args: unknown) => Promise<IpcResult<unknown>> {
  return async (method, sender, args) => {
    if (!isTrustedSender(sender.url, extraOrigins)) {
      logger.warn(`ipc: refused ${method} from ${sender.url}`);
      return fail({
        code: 'FORBIDDEN_SENDER',
        message: 'This request did not come from Recoupe and was refused.',
        detail: sender.url,
      });
    }
    if (!(methods as readonly string[]).includes(method)) {
      return fail({
        code: 'UNKNOWN_CHANNEL',
        message: 'The app asked for something it does not know.',
        detail: method,
      });
    }
    const name = method as Method;
    const parsed = contract[name].args.safeParse(args);
    if (!parsed.success) {
      logger.warn(`ipc: bad arguments for ${name}`, issuesText(parsed.error));
      return fail({
        code: 'BAD_ARGS',
        message: 'The app sent a request with invalid values. Please try again; if it persists, report it.',
        detail: `${name}: ${issuesText(parsed.error)}`,
      });
    }
    try {
      // The table is indexed by a union of methods, so TypeScript cannot pair the handler with its
      // own argument tuple here; zod has just validated `parsed.data` against that method's schema.
      const handler = handlers[name] as (...a: unknown[]) => unknown;
      const value = await handler(...(parsed.data as unknown[]));
      return { ok: true, value };
    } catch (error) {
      if (error instanceof HandlerError) {
        return fail({
          code: error.code,
          message: error.message,
          ...(error.detail !== undefined ? { detail: error.detail } : {}),
          ...(error.params !== undefined ? { params: error.params } : {}),
          ...(error.notice !== undefined ? { notice: error.notice } : {}),
        });
      }
      // The stack and the message (paths of the main process, a library's words) go to the log, not the renderer.
      logger.error(`ipc: ${name} failed`, error);
      return fail({
        code: 'INTERNAL',
        message: 'Something went wrong inside Recoupe. The details are in the log file.',
      });
    }
  };
}

function fail(error: AppError): IpcResult<never> {
  return { ok: false, error };
}
