import type { Command } from '../../cli/command';
import { runCli } from '../../cli/main';

/** What one run of the CLI returned and printed. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `recoupe <args>` (version `0.0.0-test`) with only the given commands, from `cwd`, capturing output. */
export async function runCommands(
  commands: readonly Command[],
  args: readonly string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<CliRun> {
  let out = '';
  let err = '';
  const io = { out: (t: string) => void (out += t), err: (t: string) => void (err += t), cwd, env };
  const code = await runCli(args, io, '0.0.0-test', commands);
  return { code, out, err };
}
