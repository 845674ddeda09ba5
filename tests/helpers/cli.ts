import type { Command, CommandEntry } from '../../cli/command';
import { runCli } from '../../cli/main';

/** What one run of the CLI returned and printed. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `recoupe <args>` (version `0.0.0-test`) with only the given commands, from `cwd`, capturing output. */
export async function runCommands(
  commands: readonly (Command | CommandEntry)[],
  args: readonly string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<CliRun> {
  let out = '';
  let err = '';
  const io = { out: (t: string) => void (out += t), err: (t: string) => void (err += t), cwd, env };
  const entries = commands.map((c) => ('load' in c ? c : { name: c.name, summary: '', load: async () => c }));
  const code = await runCli(args, io, '0.0.0-test', entries);
  return { code, out, err };
}
