/**
 * `mlgate validate --schema schema.json FILE… [--format text|json] [--max-examples 20]
 *  [--input-format csv|jsonl|parquet] [--delimiter ,]`: validates data files
 * against a Frictionless Table Schema. Exit 0 all valid, 1 a file is invalid,
 * 2 bad arguments, an invalid schema or an unreadable file.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { TableFormat } from '../data/table.ts';
import { scanTableFile } from '../io/scan-table.ts';
import { renderValidationText } from '../table-schema/render-validation-text.ts';
import { parseTableSchema } from '../table-schema/table-schema.ts';
import type { ValidationResult } from '../table-schema/validate-table.ts';
import { validateTableFile } from '../table-schema/validate-table-file.ts';
import { CliUsageError } from './cli-usage-error.ts';

const usage =
  'usage: mlgate validate --schema schema.json FILE… [--format text|json] [--max-examples 20] ' +
  '[--input-format csv|jsonl|parquet] [--delimiter ,]';

export async function validateCommand(
  argv: readonly string[],
  out: (text: string) => void = (text) => process.stdout.write(text),
): Promise<number> {
  const options = parseOptions(argv);
  const results: ValidationResult[] = [];
  try {
    const schema = parseTableSchema(
      await readFile(path.resolve(options.schema), 'utf8'),
      options.schema,
    );
    for (const file of options.files) {
      results.push(
        await validateTableFile(
          (scanOptions) => scanTableFile(path.resolve(file), file, scanOptions),
          schema,
          {
            maxExamples: options.maxExamples,
            read: { format: options.inputFormat, delimiter: options.delimiter },
          },
        ),
      );
    }
  } catch (error) {
    throw new CliUsageError((error as Error).message);
  }
  const valid = results.every((r) => r.valid);
  if (options.format === 'json') {
    out(`${JSON.stringify({ schema: options.schema, valid, files: results }, null, 2)}\n`);
  } else {
    out(results.map(renderValidationText).join('\n'));
  }
  return valid ? 0 : 1;
}

function parseOptions(argv: readonly string[]) {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new CliUsageError(`${(error as Error).message}\n${usage}`);
  }
  const { values, positionals } = parsed;
  if (!values.schema) throw new CliUsageError(`--schema is required\n${usage}`);
  if (positionals.length === 0) throw new CliUsageError(`name at least one data file\n${usage}`);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    throw new CliUsageError(
      `--format is text or json, not "${format}" (the data file's format is --input-format)`,
    );
  }
  const inputFormat = values['input-format'];
  if (inputFormat !== undefined && !['csv', 'jsonl', 'parquet'].includes(inputFormat)) {
    throw new CliUsageError(`--input-format must be csv, jsonl or parquet, not "${inputFormat}"`);
  }
  const maxExamples = Number(values['max-examples'] ?? 20);
  if (!Number.isInteger(maxExamples) || maxExamples < 1) {
    throw new CliUsageError(
      `--max-examples must be a whole number ≥ 1, not "${values['max-examples']}"`,
    );
  }
  if (values.delimiter !== undefined && values.delimiter.length !== 1) {
    throw new CliUsageError('--delimiter is one character, e.g. "," or ";"');
  }
  return {
    schema: values.schema,
    files: positionals,
    format,
    inputFormat: inputFormat as TableFormat | undefined,
    delimiter: values.delimiter,
    maxExamples,
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: {
      schema: { type: 'string', short: 's' },
      format: { type: 'string' },
      'input-format': { type: 'string' },
      delimiter: { type: 'string' },
      'max-examples': { type: 'string' },
    },
    strict: true,
    allowPositionals: true,
  });
}
