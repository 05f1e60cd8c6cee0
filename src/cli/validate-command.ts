/**
 * `mlgate validate --schema schema.json FILE… [--format text|json] [--max-examples 20]
 *  [--max-invalid-share 0.01] [--rule EXPR]… [--input-format csv|jsonl|parquet]
 *  [--delimiter ,]`: validates data files against a Frictionless Table Schema
 * and row rules. Exit 0 all valid or within the error budget, 1 a file is
 * invalid, 2 bad arguments, an invalid schema or rule, or an unreadable file.
 * Schema properties validation does not check are named on stderr (text) or
 * under `unchecked` (json).
 */
import { parseArgs } from 'node:util';
import { fileScanner } from '../io/file-scanner.ts';
import { readTextFile } from '../io/read-text-file.ts';
import { errorMessage } from '../model/error-message.ts';
import { type Budgets, verdictOf } from '../table-schema/error-budget.ts';
import {
  type QueryValidationOptions,
  validateQuerySource,
} from '../table-schema/query-validation.ts';
import {
  renderUncheckedText,
  renderValidationText,
} from '../table-schema/render-validation-text.ts';
import { parseRowRule, RuleError } from '../table-schema/row-rule.ts';
import { parseTableSchema, type TableSchema } from '../table-schema/table-schema.ts';
import type { ValidationResult } from '../table-schema/validate-table.ts';
import { validateTableFile } from '../table-schema/validate-table-file.ts';
import type { OpenedQuerySource } from '../workspace/sql-source.ts';
import { parseOrUsage, tableReadArguments, wholeNumberArgument } from './cli-arguments.ts';
import { CliUsageError } from './cli-usage-error.ts';
import { commandUsage } from './help-text.ts';
import { openSourceArguments } from './query-source-argument.ts';
import { writeJsonInPieces } from './write-output-file.ts';

const usage = commandUsage('validate');

export async function validateCommand(
  argv: readonly string[],
  out: (text: string) => void = (text) => process.stdout.write(text),
  err: (text: string) => void = (text) => process.stderr.write(text),
): Promise<number> {
  const options = parseOptions(argv);
  const results: ValidationResult[] = [];
  // The schema and the rules are read before any source is opened: their mistakes are
  // reported without first connecting to a database.
  const { schema, rules } = await schemaAndRules(options);
  const sources = await openSourceArguments(
    options.files.map((file) => ({ name: file, text: file })),
  );
  try {
    const scanFile = fileScanner();
    for (const [index, file] of options.files.entries()) {
      const source = sources.opened[index];
      const settings = { maxExamples: options.maxExamples, rules };
      results.push(
        source
          ? await validateSource(source, schema, settings)
          : await validateTableFile((scanOptions) => scanFile(file, scanOptions), schema, {
              ...settings,
              read: { format: options.inputFormat, delimiter: options.delimiter },
            }),
      );
    }
  } catch (error) {
    throw new CliUsageError(errorMessage(error));
  } finally {
    await sources.close();
  }
  const budgets: Budgets = { maxInvalidShare: options.maxInvalidShare };
  const verdicts = results.map((result) => verdictOf(result, budgets));
  const passed = verdicts.every((verdict) => verdict !== 'invalid');
  if (options.format === 'json') {
    const files = results.map((result, i) => ({ ...result, verdict: verdicts[i] }));
    const valid = results.every((r) => r.valid);
    const report = { schema: options.schema, valid, passed, unchecked: schema.unchecked, files };
    await writeJsonInPieces(report, out, 2);
  } else {
    err(renderUncheckedText(schema.unchecked));
    out(results.map((result) => renderValidationText(result, budgets)).join('\n'));
  }
  return passed ? 0 : 1;
}

/** A query source validated where it lives; a rule its engine cannot run is a usage error naming it. */
async function validateSource(
  source: OpenedQuerySource,
  schema: TableSchema,
  settings: QueryValidationOptions,
): Promise<ValidationResult> {
  const validated = await validateQuerySource(source, schema, settings);
  if (validated.kind === 'validated') return validated.result;
  throw new CliUsageError(
    validated.rules
      .map((rule) => `--rule ${JSON.stringify(rule.rule)}: ${rule.message}. ${rule.fix}.`)
      .join('\n'),
  );
}

/** The --schema file and the --rule expressions, parsed; a mistake in either is a usage error. */
async function schemaAndRules(options: { schema: string; rules: readonly string[] }) {
  try {
    const schema = parseTableSchema(await readTextFile(options.schema), options.schema);
    return { schema, rules: options.rules.map((rule, index) => ruleOf(rule, index, schema)) };
  } catch (error) {
    throw error instanceof CliUsageError ? error : new CliUsageError(errorMessage(error));
  }
}

/** A `--rule`, parsed against the schema; a bad one is a usage error saying where and how to fix it. */
function ruleOf(source: string, index: number, schema: TableSchema) {
  try {
    return parseRowRule(source, String(index), schema.fields);
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
    throw new CliUsageError(
      `--rule ${JSON.stringify(source)}: ${error.problem.message}. ${error.problem.fix}`,
    );
  }
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
    maxInvalidShare: shareArgument(values['max-invalid-share']),
    rules: values.rule ?? [],
  };
}

function shareArgument(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = text.trim() === '' ? Number.NaN : Number(text);
  if (!(value >= 0 && value <= 1)) {
    throw new CliUsageError(
      `--max-invalid-share is a share of rows between 0 and 1, e.g. 0.01, not "${text}"`,
    );
  }
  return value;
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
      'max-invalid-share': { type: 'string' },
      rule: { type: 'string', multiple: true },
    },
    strict: true,
    allowPositionals: true,
  });
}
