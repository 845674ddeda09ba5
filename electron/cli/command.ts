/** Where a command writes; injected so tests can capture output. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Working directory that relative paths are resolved against. */
  cwd: string;
  env: Record<string, string | undefined>;
}

/** A failure the user caused (bad arguments): exit 2 with the usage. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A failure while doing the work: exit 1 with a one-line reason. */
export class CommandError extends Error {
  override name = 'CommandError';
}

/** One `recoupe <name>` command. */
export interface Command {
  name: string;
  /** One line for `recoupe --help`. */
  summary: string;
  /** Full usage text, printed by `recoupe <name> --help` and on a usage error. */
  usage: string;
  /** Runs the command; returns the exit code. Throws UsageError or CommandError on failure. */
  run: (args: string[], io: CliIo) => Promise<number>;
}
