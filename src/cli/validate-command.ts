/**
 * `mlgate validate --schema schema.json FILE… [--format text|json] [--max-examples 20]
 *  [--input-format csv|jsonl|parquet] [--delimiter ,]`: validates data files
 * against a Frictionless Table Schema. Exit 0 all valid, 1 a file is invalid,
 * 2 bad arguments, an invalid schema or an unreadable file.
 */
import { parseArgs } from 'node:util';
import { fileScanner } from '../io/file-scanner.ts';
import { readTextFile } from '../io/read-text-file.ts';
import { errorMessage } from '../model/error-message.ts';
import { renderValidationText } from '../table-schema/render-validation-text.ts';
import { parseTableSchema } from '../table-schema/table-schema.ts';
import type { ValidationResult } from '../table-schema/validate-table.ts';
import { validateTableFile } from '../table-schema/validate-table-file.ts';
import { parseOrUsage, tableReadArguments, wholeNumberArgument } from './cli-arguments.ts';
import { CliUsageError } from './cli-usage-error.ts';
import { commandUsage } from './help-text.ts';

const usage = commandUsage('validate');

export async function validateCommand(
  argv: readonly string[],
  out: (text: string) => void = (text) => process.stdout.write(text),
): Promise<number> {
  const options = parseOptions(argv);
  const results: ValidationResult[] = [];
  try {
    const schema = parseTableSchema(await readTextFile(options.schema), options.schema);
    const scanFile = fileScanner();
    for (const file of options.files) {
      results.push(
        await validateTableFile((scanOptions) => scanFile(file, scanOptions), schema, {
          maxExamples: options.maxExamples,
          read: { format: options.inputFormat, delimiter: options.delimiter },
        }),
      );
    }
  } catch (error) {
    throw new CliUsageError(errorMessage(error));
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
  const { values, positionals } = parseOrUsage(() => parse(argv), usage);
  if (!values.schema) throw new CliUsageError(`--schema is required\n${usage}`);
  if (positionals.length === 0) throw new CliUsageError(`name at least one data file\n${usage}`);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    throw new CliUsageError(
      `--format is text or json, not "${format}" (the data file's format is --input-format)`,
    );
  }
  // The schema says which cells are missing, so validate takes no --missing-values.
  const read = tableReadArguments({
    'input-format': values['input-format'],
    delimiter: values.delimiter,
  });
  return {
    schema: values.schema,
    files: positionals,
    format,
    inputFormat: read.format,
    delimiter: read.delimiter,
    maxExamples: wholeNumberArgument('max-examples', values['max-examples'], 20, 1),
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
