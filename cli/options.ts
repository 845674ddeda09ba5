import type { Paper } from '../shared/report/options';
import { UsageError } from './command';

/** One command-line argument as an option: its name (`--x` of `--x=v`) and a reader of its value. */
export interface ArgOption {
  arg: string;
  name: string;
  /** The option's value: after `=`, else the next argument (consumed); UsageError when there is none. */
  value: () => string;
}

/**
 * Walks command-line arguments, each with its option name and value reader; `value()` reads `--x=v` or `--x v`.
 * An empty value is refused unless `allowEmpty`.
 */
export function* readOptions(args: readonly string[], allowEmpty = false): Generator<ArgOption> {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined || (v === '' && !allowEmpty)) throw new UsageError(`${name} needs a value`);
      return v;
    };
    yield { arg, name, value };
  }
}

/** The output format after a `--json` or `--csv` flag; UsageError when the other one was given already. */
export function outputFormat(flag: '--json' | '--csv', current: 'table' | 'json' | 'csv'): 'json' | 'csv' {
  const wanted = flag === '--json' ? 'json' : 'csv';
  if (current !== 'table' && current !== wanted) throw new UsageError('choose one of --json and --csv');
  return wanted;
}

/** The value of `--paper` (any case); UsageError unless it is a4 or letter. */
export function parsePaper(value: string): Paper {
  const v = value.toLowerCase();
  if (v !== 'a4' && v !== 'letter') throw new UsageError(`--paper must be a4 or letter, not '${v}'`);
  return v;
}

/** The value of `--max-mb` in bytes; UsageError unless it is a positive number. */
export function parseMaxBytes(value: string | undefined): number {
  const mb = Number(value);
  if (!value || !Number.isFinite(mb) || mb <= 0)
    throw new UsageError(`--max-mb needs a positive number, got '${value ?? ''}'`);
  return Math.round(mb * 1024 * 1024);
}
