/**
 * `mlgate schema infer FILE [-o schema.json] [--enum-limit 20]
 *  [--range-margin 0.1 | --no-ranges]
 *  [--input-format csv|jsonl|parquet] [--delimiter ,] [--missing-values "",NA]`:
 * writes a Frictionless Table Schema inferred from a training file (or from
 * its profile, a .json written by `mlgate profile`) for review. The schema is
 * checked against the file it came from; types the file breaks are loosened
 * and named. Exit 0 done, 2 bad arguments or an unreadable file.
 */
import { parseArgs } from 'node:util';
import { fileScanner } from '../io/file-scanner.ts';
import { readTextFile } from '../io/read-text-file.ts';
import { errorMessage } from '../model/error-message.ts';
import { parseProfileJson } from '../profile/profile-json-schema.ts';
import { defaultProfileSettings } from '../profile/profile-settings.ts';
import { profileTable } from '../profile/profile-table.ts';
import type { TableProfile } from '../profile/profile-types.ts';
import { demoteFailingTypes, inferTableSchema } from '../table-schema/infer-table-schema.ts';
import { parseTableSchema } from '../table-schema/table-schema.ts';
import { validateTableFile } from '../table-schema/validate-table-file.ts';
import {
  parseOrUsage,
  tableReadArguments,
  tableReadOptions,
  wholeNumberArgument,
} from './cli-arguments.ts';
import { CliUsageError } from './cli-usage-error.ts';
import { commandUsage } from './help-text.ts';
import { writeOutputFile } from './write-output-file.ts';

const usage = commandUsage('schema');

export async function schemaCommand(
  argv: readonly string[],
  out: (text: string) => void = (text) => process.stdout.write(text),
  err: (text: string) => void = (text) => process.stderr.write(text),
): Promise<number> {
  const [action, ...rest] = argv;
  if (action !== 'infer')
    throw new CliUsageError(`unknown or missing action "${action ?? ''}"\n${usage}`);
  const options = parseOptions(rest);
  const file = options.file;
  const fromProfile = file.toLowerCase().endsWith('.json');
  const read = { format: options.inputFormat, delimiter: options.delimiter };
  const scanFile = fileScanner();
  let text: string;
  try {
    let profile: TableProfile;
    if (fromProfile) {
      profile = parseProfileJson(await readTextFile(file), file);
    } else {
      const scan = await scanFile(file, {
        ...read,
        missingValues: options.missingValues,
        otherColumns: 'auto',
        // Counted, not kept per row: the profile is the same (see profile-command.ts).
        layout: 'distribution',
      });
      profile = profileTable(scan, defaultProfileSettings);
    }
    const schema = inferTableSchema(profile, {
      enumLimit: options.enumLimit,
      ranges: options.ranges,
      missingValues: options.missingValues,
    });
    if (!fromProfile) {
      const check = () =>
        validateTableFile(
          (scanOptions) => scanFile(file, scanOptions),
          parseTableSchema(JSON.stringify(schema), 'inferred schema'),
          { maxExamples: 1, read },
        );
      const first = await check();
      const changed = demoteFailingTypes(schema, first);
      if (changed.length > 0) {
        err(
          `${file}: loosened the type of ${changed.join(', ')}: their cells are not all written as the inferred type\n`,
        );
      }
      const result = changed.length > 0 ? await check() : first;
      if (!result.valid) {
        err(
          `${file}: note — the inferred schema still reports ${result.errorCount} error(s) on this file; review it\n`,
        );
      }
    }
    text = `${JSON.stringify(schema, null, 2)}\n`;
  } catch (error) {
    throw new CliUsageError(errorMessage(error));
  }
  if (options.output) {
    await writeOutputFile('-o', options.output, text);
    out(
      `schema for ${file} written to ${options.output}: review the ranges and enums before you commit it\n`,
    );
  } else {
    out(text);
  }
  return 0;
}

function parseOptions(argv: readonly string[]) {
  const { values, positionals } = parseOrUsage(() => parse(argv), usage);
  if (positionals.length !== 1) throw new CliUsageError(`name exactly one training file\n${usage}`);
  const read = tableReadArguments(values);
  return {
    file: positionals[0]!,
    output: values.output,
    enumLimit: wholeNumberArgument('enum-limit', values['enum-limit'], 20, 0),
    ranges: rangesArgument(values['range-margin'], values['no-ranges'] === true),
    inputFormat: read.format,
    delimiter: read.delimiter,
    missingValues: read.missingValues ? [...read.missingValues] : [''],
  };
}

/** The default --range-margin: each side of a range widened by 10% of the observed span. */
const defaultRangeMargin = 0.1;

function rangesArgument(
  margin: string | undefined,
  noRanges: boolean,
): 'omit' | { margin: number } {
  if (noRanges) {
    if (margin !== undefined) {
      throw new CliUsageError('--no-ranges writes no minimum or maximum; drop --range-margin');
    }
    return 'omit';
  }
  if (margin === undefined) return { margin: defaultRangeMargin };
  // Number('') is 0: an empty value must not pass for one.
  const value = margin.trim() === '' ? Number.NaN : Number(margin);
  if (!Number.isFinite(value) || value < 0) {
    throw new CliUsageError(
      `--range-margin must be a number ≥ 0 (a share of the observed span, e.g. 0.1), not "${margin}"`,
    );
  }
  return { margin: value };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: {
      output: { type: 'string', short: 'o' },
      'enum-limit': { type: 'string' },
      'range-margin': { type: 'string' },
      'no-ranges': { type: 'boolean' },
      ...tableReadOptions,
    },
    strict: true,
    allowPositionals: true,
  });
}
