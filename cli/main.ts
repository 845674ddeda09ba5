import { CommandError, UsageError, type CliIo, type CommandEntry } from './command';
import { commands as allCommands } from './commands/index';
import { neutraliseControls } from './terminal-safe';

/** Text of `recoupe --help`. */
export function helpText(commands: readonly CommandEntry[]): string {
  const width = Math.max(8, ...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'Usage: recoupe <command> [options]',
    '',
    'Compare how news outlets reported the same event.',
    '',
    'Commands:',
    ...(lines.length ? lines : ['  (none yet)']),
    '',
    'Options:',
    "  -h, --help     show this help (or a command's help: recoupe <command> --help)",
    '  -v, --version  print the version',
    '',
  ].join('\n');
}

/** `io` with every control character of the output made visible: article text and file names cannot drive the terminal. */
function terminalSafe(io: CliIo): CliIo {
  return {
    ...io,
    out: (text) => io.out(neutraliseControls(text)),
    err: (text) => io.err(neutraliseControls(text)),
  };
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function runCli(
  argv: readonly string[],
  rawIo: CliIo,
  version: string,
  commands: readonly CommandEntry[] = allCommands,
): Promise<number> {
  const io = terminalSafe(rawIo);
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    io.out(helpText(commands));
    return first === undefined ? 2 : 0;
  }
  if (first === '-v' || first === '--version') {
    io.out(`${version}\n`);
    return 0;
  }
  const entry = commands.find((c) => c.name === first);
  if (!entry) {
    io.err(`recoupe: unknown command '${first}'\n\n${helpText(commands)}`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${command.usage.trimEnd()}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`recoupe ${command.name}: ${error.message}\n\n${command.usage.trimEnd()}\n`);
      return 2;
    }
    const reason = error instanceof CommandError || error instanceof Error ? error.message : String(error);
    io.err(`recoupe ${command.name}: ${reason.split('\n')[0]}\n`);
    return 1;
  }
}
