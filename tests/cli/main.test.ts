import { describe, expect, it } from 'vitest';
import { CommandError, UsageError, type CliIo, type CommandEntry } from '../../cli/command';
import { runCli } from '../../cli/main';

function capture(): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    cwd: process.cwd(),
    env: {},
    out: (text: string) => {
      io.stdout += text;
    },
    err: (text: string) => {
      io.stderr += text;
    },
  };
  return io;
}

const echo: CommandEntry = {
  name: 'echo',
  summary: 'prints its arguments',
  load: async () => ({
    name: 'echo',
    usage: 'Usage: recoupe echo <words…>',
    run: async (args, io) => {
      if (args.includes('--bad')) throw new UsageError('unknown option --bad');
      if (args.includes('--fail')) throw new CommandError('cannot read "a.txt": no such file\nstack…');
      io.out(args.join(' '));
      return 0;
    },
  }),
};

describe('recoupe CLI', () => {
  it('prints the version', async () => {
    const io = capture();
    expect(await runCli(['--version'], io, '9.9.9', [echo])).toBe(0);
    expect(io.stdout).toBe('9.9.9\n');
  });

  it('lists commands in --help', async () => {
    const io = capture();
    expect(await runCli(['--help'], io, '1', [echo])).toBe(0);
    expect(io.stdout).toContain('echo  ');
  });

  it('exits 2 with usage on an unknown command or bad arguments', async () => {
    const io = capture();
    expect(await runCli(['nope'], io, '1', [echo])).toBe(2);
    expect(io.stderr).toContain("unknown command 'nope'");
    expect(await runCli(['echo', '--bad'], io, '1', [echo])).toBe(2);
    expect(io.stderr).toContain('Usage: recoupe echo');
  });

  it('exits 1 with a one-line reason on failure', async () => {
    const io = capture();
    expect(await runCli(['echo', '--fail'], io, '1', [echo])).toBe(1);
    expect(io.stderr).toBe('recoupe echo: cannot read "a.txt": no such file\n');
  });

  it('prints the version and the help without loading any command', async () => {
    const loads: string[] = [];
    const lazy: CommandEntry = { ...echo, load: () => (loads.push('echo'), echo.load()) };
    await runCli(['--version'], capture(), '1', [lazy]);
    await runCli(['--help'], capture(), '1', [lazy]);
    expect(loads).toEqual([]);
    await runCli(['echo', 'a'], capture(), '1', [lazy]);
    expect(loads).toEqual(['echo']);
  });

  it('runs a command', async () => {
    const io = capture();
    expect(await runCli(['echo', 'a', 'b'], io, '1', [echo])).toBe(0);
    expect(io.stdout).toBe('a b');
  });
});
