import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Paper } from '../shared/report/options';
import { UsageError } from './command';
import { parseLang } from './lang';

/** The option table `parseArgs` takes. */
type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** What `parseArgs` returns for a command's options (strict, with positionals). */
type Parsed<O extends OptionsConfig> = ReturnType<
  typeof parseArgs<{ options: O; strict: true; allowPositionals: true }>
>;

/** The shared value options whose own check explains a missing value better than "needs a value". */
const explainMissing: Record<string, (value: string) => unknown> = {
  lang: parseLang,
  paper: parsePaper,
  'max-mb': parseMaxBytes,
};

/**
 * A command's arguments read with `node:util` `parseArgs` (strict: an unknown option, a flag given a value or an
 * option without one is a UsageError). An option given twice keeps its last value; an empty value is refused.
 */
export function parseCommandArgs<const O extends OptionsConfig>(
  args: readonly string[],
  options: O,
): Pick<Parsed<O>, 'values' | 'positionals'> {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
  } catch (error) {
    throw usageError(error);
  }
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value === '') missingValue(name);
  }
  return { values: parsed.values, positionals: parsed.positionals };
}

/** The UsageError for a `parseArgs` failure, naming the option in the CLI's own words. */
function usageError(error: unknown): UsageError {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`unknown option '${option}'`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && message.includes('does not take an argument'))
    return new UsageError(`${option} takes no value`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    try {
      missingValue(option.replace(/^--/, ''));
    } catch (missing) {
      return missing as UsageError;
    }
  }
  return new UsageError(message.split('\n')[0] ?? message);
}

/** Throws the UsageError for option `name` given without a value. */
function missingValue(name: string): never {
  explainMissing[name]?.('');
  throw new UsageError(`--${name} needs a value`);
}

/** The output format of the `--json` and `--csv` flags; UsageError when both are given. */
export function outputFormat(values: { json?: boolean; csv?: boolean }): 'table' | 'json' | 'csv' {
  if (values.json && values.csv) throw new UsageError('choose one of --json and --csv');
  return values.json ? 'json' : values.csv ? 'csv' : 'table';
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
