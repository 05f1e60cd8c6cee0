/**
 * Argument handling the mlgate subcommands share. Every mistake becomes a
 * CliUsageError that says what to type instead (the CLI exits 2 with it).
 */
import type { TableFormat, TableReadOptions } from '../data/table.ts';
import { errorMessage } from '../model/error-message.ts';
import { CliUsageError } from './cli-usage-error.ts';

/** Runs node's parseArgs (strict), turning its complaints into usage errors. */
export function parseOrUsage<T>(parse: () => T, usage: string): T {
  try {
    return parse();
  } catch (error) {
    throw new CliUsageError(`${errorMessage(error)}\n${usage}`);
  }
}

/** The options of commands that read data files, for their parseArgs `options`. */
export const tableReadOptions = {
  'input-format': { type: 'string' },
  delimiter: { type: 'string' },
  'missing-values': { type: 'string' },
} as const;

const formats: readonly TableFormat[] = ['csv', 'jsonl', 'parquet'];

/** --input-format, --delimiter and --missing-values as reader options, checked. */
export function tableReadArguments(values: {
  'input-format'?: string | undefined;
  delimiter?: string | undefined;
  'missing-values'?: string | undefined;
}): TableReadOptions {
  const format = values['input-format'];
  if (format !== undefined && !formats.includes(format as TableFormat)) {
    throw new CliUsageError(`--input-format must be csv, jsonl or parquet, not "${format}"`);
  }
  const delimiter = values.delimiter;
  if (delimiter !== undefined && delimiter.length !== 1) {
    throw new CliUsageError(
      '--delimiter is one character, e.g. "," or ";" (a tab: --delimiter "$(printf \'\\t\')")',
    );
  }
  return {
    ...(format === undefined ? {} : { format: format as TableFormat }),
    ...(delimiter === undefined ? {} : { delimiter }),
    ...(values['missing-values'] === undefined
      ? {}
      : { missingValues: values['missing-values'].split(',') }),
  };
}

/** A whole-number option, at least `min`, or `fallback` when not given. */
export function wholeNumberArgument(
  name: string,
  text: string | undefined,
  fallback: number,
  min: number,
): number {
  if (text === undefined) return fallback;
  // Number('') is 0: an empty value must not pass for one.
  const value = text.trim() === '' ? Number.NaN : Number(text);
  if (!Number.isInteger(value) || value < min) {
    throw new CliUsageError(`--${name} must be a whole number ≥ ${min}, not "${text}"`);
  }
  return value;
}
