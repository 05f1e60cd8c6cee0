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
import { FileScanScheduler } from '../io/file-scan-scheduler.ts';
import { fileScanner } from '../io/file-scanner.ts';
import { readTextFile } from '../io/read-text-file.ts';
import { errorMessage } from '../model/error-message.ts';
import { mergeProfiles } from '../profile/merge-profiles.ts';
import { defaultProfileSettings } from '../profile/profile-settings.ts';
import { assembleProfile, profileTable } from '../profile/profile-table.ts';
import type { ColumnProfile, ProfileSettings, TableProfile } from '../profile/profile-types.ts';
import { profileColumnsWithHelper } from '../profile/profile-work-split.ts';
import {
  isApproximate,
  profileTextRow,
  renderProfileRows,
} from '../profile/render-profile-text.ts';
import type { OpenedQuerySource } from '../workspace/sql-source.ts';
import {
  parseOrUsage,
  tableReadArguments,
  tableReadOptions,
  wholeNumberArgument,
} from './cli-arguments.ts';
import { CliUsageError } from './cli-usage-error.ts';
import { commandUsage } from './help-text.ts';
import { openSourceArguments } from './query-source-argument.ts';
import { openOutputFile, PieceWriter, stdoutDrained } from './write-output-file.ts';

const usage = commandUsage('profile');

export async function profileCommand(
  argv: readonly string[],
  out: (text: string) => void = (text) => process.stdout.write(text),
  err: (text: string) => void = (text) => process.stderr.write(text),
): Promise<number> {
  const options = parseOptions(argv);
  // The worker a large file's scan starts stays up to profile half its heavy columns.
  const scheduler = new FileScanScheduler();
  scheduler.holdWorkers();
  try {
    return await profileWith(options, scheduler, out, err);
  } finally {
    scheduler.releaseWorkers();
  }
}

async function profileWith(
  options: ProfileOptions,
  scheduler: FileScanScheduler,
  out: (text: string) => void,
  err: (text: string) => void,
): Promise<number> {
  let profile: StreamedProfile;
  let badRows = 0;
  const sources = await openSourceArguments(
    options.merge ? [] : options.files.map((file) => ({ name: file, text: file })),
  );
  try {
    const scanFile = fileScanner(scheduler);
    const scanOne = async (file: string) => {
      const scan = await scanFile(file, {
        format: options.format,
        delimiter: options.delimiter,
        missingValues: options.missingValues,
        otherColumns: 'auto',
        // Each column's values counted as they are read, not kept per row: a profile is
        // made from the counts, equal to the last bit to one of the sorted column
        // (numericProfileOfCounts), with no column to keep, join or sort.
        layout: 'distribution',
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
      return scan;
    };
    const profileSource = async (source: OpenedQuerySource) => {
      const { profileQuerySource } = await import('../profile/query-profile.ts');
      // A source is profiled where it lives: the engine sends aggregates (docs/query-sources.md).
      return profileQuerySource(source, options.settings);
    };
    if (!options.merge && options.files.length === 1 && !sources.opened[0]) {
      // One file: its columns are profiled as they are written (a wide table's are never all held).
      const scan = await scanOne(options.files[0]!);
      const { source, columns } = scan;
      profile = {
        head: assembleProfile(scan, options.settings, []),
        columns: profileColumnsWithHelper(columns, options.settings, (handed) =>
          scheduler.profileOnWorker(source, handed, options.settings),
        ),
      };
    } else {
      const profiles: TableProfile[] = [];
      for (const [index, file] of options.files.entries()) {
        const source = sources.opened[index];
        profiles.push(
          options.merge
            ? await mergedProfileInput(file)
            : source
              ? await profileSource(source)
              : profileTable(await scanOne(file), options.settings),
        );
      }
      const whole = mergeProfiles(profiles);
      profile = { head: { ...whole, columns: [] }, columns: whole.columns };
    }
  } catch (error) {
    throw new CliUsageError(errorMessage(error));
  } finally {
    await sources.close();
  }
  if (badRows > 0 && !options.allowBadRows) {
    err(
      `mlgate profile: ${badRows} row(s) could not be split into the header's columns; fix them, or pass --allow-bad-rows to profile the rest (the profile records how many were left out)\n`,
    );
    return 1;
  }
  if (options.output) {
    // Piece by piece, as to stdout: a wide table's profile is tens of megabytes of text.
    const file = await openOutputFile('-o', options.output);
    const overview = await writeProfileJson(profile, file.write, file.drained).catch(
      async (error: unknown) => {
        await file.close().catch(() => undefined);
        throw error;
      },
    );
    await file.close();
    out(`${overview()}\nprofile written to ${options.output}\n`);
  } else {
    await writeProfileJson(profile, out);
  }
  return 0;
}

/** A profile whose columns may still be being made: `head` is the profile without them. */
interface StreamedProfile {
  head: TableProfile;
  columns: Iterable<ColumnProfile> | AsyncIterable<ColumnProfile>;
}

/**
 * Writes `JSON.stringify(profile)` and a line break, column by column (the
 * columns are the profile's last key), keeping each column's overview row
 * rather than the column; returns the text overview (renderProfileText's).
 */
async function writeProfileJson(
  { head, columns }: StreamedProfile,
  write: (text: string) => void,
  drained: () => Promise<void> = stdoutDrained,
): Promise<() => string> {
  const empty = JSON.stringify(head);
  if (!empty.endsWith('"columns":[]}')) throw new Error('a profile must end with its columns');
  const pieces = new PieceWriter(write);
  const rows: string[][] = [];
  let approximate = false;
  pieces.emit(empty.slice(0, -2));
  try {
    for await (const column of columns) {
      const flushed = pieces.emit(
        rows.length === 0 ? JSON.stringify(column) : `,${JSON.stringify(column)}`,
      );
      rows.push(profileTextRow(column));
      approximate ||= isApproximate(column);
      if (flushed) await drained();
    }
  } catch (error) {
    throw new CliUsageError(errorMessage(error));
  }
  pieces.emit(']}\n');
  pieces.flush();
  return () => renderProfileRows(head, rows, approximate);
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

/**
 * A profile given to --merge. Its schema (zod, with YAML for locating errors)
 * is loaded only here: profiling data files never needs it, and loading it
 * took 14 MB and 0.08 s of every `mlgate profile`.
 */
async function mergedProfileInput(file: string): Promise<TableProfile> {
  const { parseProfileJson } = await import('../profile/profile-json-schema.ts');
  return parseProfileJson(await readTextFile(file), file);
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
