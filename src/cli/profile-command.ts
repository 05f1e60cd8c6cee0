/**
 * `mlgate profile FILE… [-o profile.json]` profiles data files (CSV, JSONL,
 * Parquet); several files are shards of one table and give the merged
 * profile. `mlgate profile --merge A.json B.json… -o whole.json` merges
 * profiles. With -o the JSON goes to the file and an overview to stdout;
 * without, the JSON goes to stdout. Exit 0 done, 1 a file has bad rows (unless
 * --allow-bad-rows), 2 bad arguments or an unreadable file.
 */
import { parseArgs } from 'node:util';
import type { TableFormat } from '../data/table.ts';
import { fileScanner } from '../io/file-scanner.ts';
import { profileTableInParallel } from '../io/profile-in-parallel.ts';
import { readTextFile } from '../io/read-text-file.ts';
import { errorMessage } from '../model/error-message.ts';
import { mergeProfiles } from '../profile/merge-profiles.ts';
import { parseProfileJson } from '../profile/profile-json-schema.ts';
import { defaultProfileSettings } from '../profile/profile-settings.ts';
import type { ProfileSettings, TableProfile } from '../profile/profile-types.ts';
import { renderProfileText } from '../profile/render-profile-text.ts';
import {
  parseOrUsage,
  tableReadArguments,
  tableReadOptions,
  wholeNumberArgument,
} from './cli-arguments.ts';
import { CliUsageError } from './cli-usage-error.ts';
import { commandUsage } from './help-text.ts';
import { writeOutputFile } from './write-output-file.ts';

const usage = commandUsage('profile');

export async function profileCommand(
  argv: readonly string[],
  out: (text: string) => void = (text) => process.stdout.write(text),
  err: (text: string) => void = (text) => process.stderr.write(text),
): Promise<number> {
  const options = parseOptions(argv);
  let profile: TableProfile;
  let badRows = 0;
  try {
    const profiles: TableProfile[] = [];
    const scanFile = fileScanner();
    for (const file of options.files) {
      if (options.merge) {
        profiles.push(parseProfileJson(await readTextFile(file), file));
        continue;
      }
      const scan = await scanFile(file, {
        format: options.format,
        delimiter: options.delimiter,
        missingValues: options.missingValues,
        otherColumns: 'auto',
      });
      for (const bad of scan.badRows) {
        err(
          `${file}${bad.line === undefined ? '' : `:${bad.line}`} (row ${bad.row}): ${bad.problem}\n`,
        );
      }
      if (scan.badRowCount > scan.badRows.length) {
        err(`${file}: … ${scan.badRowCount - scan.badRows.length} more bad rows\n`);
      }
      badRows += scan.badRowCount;
      profiles.push(await profileTableInParallel(scan, options.settings));
    }
    profile = mergeProfiles(profiles);
  } catch (error) {
    throw new CliUsageError(errorMessage(error));
  }
  if (badRows > 0 && !options.allowBadRows) {
    err(
      `mlgate profile: ${badRows} row(s) could not be split into the header's columns; fix them, or pass --allow-bad-rows to profile the rest (the profile records how many were left out)\n`,
    );
    return 1;
  }
  const json = `${JSON.stringify(profile)}\n`;
  if (options.output) {
    await writeOutputFile('-o', options.output, json);
    out(`${renderProfileText(profile)}\nprofile written to ${options.output}\n`);
  } else {
    out(json);
  }
  return 0;
}

interface ProfileOptions {
  files: string[];
  output: string | undefined;
  merge: boolean;
  format: TableFormat | undefined;
  delimiter: string | undefined;
  missingValues: string[] | undefined;
  settings: ProfileSettings;
  allowBadRows: boolean;
}

function parseOptions(argv: readonly string[]): ProfileOptions {
  const { values, positionals } = parseOrUsage(() => parse(argv), usage);
  if (positionals.length === 0) throw new CliUsageError(`name at least one file\n${usage}`);
  const read = tableReadArguments(values);
  const integer = (
    name: 'sketch-size' | 'category-limit' | 'histogram-bins',
    fallback: number,
    min: number,
  ) => wholeNumberArgument(name, values[name], fallback, min);
  return {
    files: positionals,
    output: values.output,
    merge: values.merge ?? false,
    format: read.format,
    delimiter: read.delimiter,
    missingValues: read.missingValues ? [...read.missingValues] : undefined,
    settings: {
      sketchSize: integer('sketch-size', defaultProfileSettings.sketchSize, 1),
      categoryLimit: integer('category-limit', defaultProfileSettings.categoryLimit, 0),
      hllPrecision: defaultProfileSettings.hllPrecision,
      histogramBins: integer('histogram-bins', defaultProfileSettings.histogramBins, 1),
    },
    allowBadRows: values['allow-bad-rows'] ?? false,
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: {
      output: { type: 'string', short: 'o' },
      merge: { type: 'boolean' },
      ...tableReadOptions,
      'sketch-size': { type: 'string' },
      'category-limit': { type: 'string' },
      'histogram-bins': { type: 'string' },
      'allow-bad-rows': { type: 'boolean' },
    },
    strict: true,
    allowPositionals: true,
  });
}
