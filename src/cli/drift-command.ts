/**
 * `mlgate drift --reference R --current C [--schema S] [--format markdown|json]`:
 * compares current data with a reference (a data file, or an mlgate profile
 * `*.json`) feature by feature. Markdown (default) is the report's drift
 * table with sparklines; JSON is the full result (docs/drift-json.md).
 * Exit 0 no failing drift (a warn-level share still exits 0, and says so),
 * 1 drift at or above the fail share, or a feature whose share of cells that
 * are not values of its type exceeds --max-unreadable-share (default 0: any;
 * each such cell is listed on stderr with file, line, row and column), 2 bad
 * arguments or unreadable input (including rows that cannot be split into
 * columns, unless --allow-bad-rows).
 */
import { parseArgs } from 'node:util';
import type { TableScanOptions } from '../data/table-scan.ts';
import { driftDetails } from '../drift/drift-details.ts';
import type { DriftResult } from '../drift/drift-result.ts';
import { type DriftRules, defaultDriftRules } from '../drift/drift-rules.ts';
import { type DataFile, type ReferenceFile, runDrift } from '../drift/run-drift.ts';
import { locateCell } from '../drift/unreadable-cells.ts';
import { FileScanScheduler } from '../io/file-scan-scheduler.ts';
import { type FileScanner, fileScanner } from '../io/file-scanner.ts';
import { errorMessage } from '../model/error-message.ts';
import { detailBlockPieces } from '../report/render-detail-block.ts';
import type { TableSchema } from '../table-schema/table-schema.ts';
import { parseOrUsage, tableReadArguments, tableReadOptions } from './cli-arguments.ts';
import { CliUsageError } from './cli-usage-error.ts';
import { commandUsage } from './help-text.ts';
import { openSourceArguments } from './query-source-argument.ts';
import { writeInPieces, writeJsonInPieces } from './write-output-file.ts';

const usage = commandUsage('drift');

export async function driftCommand(
  argv: readonly string[],
  out: (text: string) => void = (text) => process.stdout.write(text),
  err: (text: string) => void = (text) => process.stderr.write(text),
): Promise<number> {
  const options = parseOptions(argv);
  let run: Awaited<ReturnType<typeof runDrift>>;
  // The schema is read before any source is opened: its mistakes are reported without
  // first connecting to a database.
  const schema = options.schema ? await readSchema(options.schema) : undefined;
  const sources = await openSourceArguments([
    { name: '--reference', text: options.reference },
    { name: '--current', text: options.current },
  ]);
  const [reference, current] = sources.opened;
  try {
    // Both files are scanned together, so they share one scheduler's threads. The worker
    // that read one of them stays up to compare about half the large numeric features.
    const scheduler = new FileScanScheduler();
    const scanFile = fileScanner(scheduler);
    scheduler.holdWorkers();
    run = await runDrift(
      reference
        ? { kind: 'query', source: reference }
        : await referenceFile(options.reference, options.read, scanFile),
      current
        ? { kind: 'query', source: current }
        : dataFile(options.current, options.read, scanFile),
      options.rules,
      schema,
      { elsewhere: (pairs) => scheduler.numericFiguresOnWorker(options.current, pairs) },
    ).finally(() => scheduler.releaseWorkers());
  } catch (error) {
    throw new CliUsageError(errorMessage(error));
  } finally {
    await sources.close();
  }
  let badRows = 0;
  for (const bad of run.badRows) {
    for (const row of bad.rows) {
      err(
        `${bad.source}${row.line === undefined ? '' : `:${row.line}`} (row ${row.row}): ${row.problem}\n`,
      );
    }
    if (bad.count > bad.rows.length)
      err(`${bad.source}: … ${bad.count - bad.rows.length} more bad rows\n`);
    badRows += bad.count;
  }
  for (const entry of run.result.unreadable) {
    for (const cell of entry.examples) err(`${locateCell(entry, cell)}\n`);
    if (entry.count > entry.examples.length)
      err(
        `${entry.path}: … ${entry.count - entry.examples.length} more in column "${entry.column}"\n`,
      );
  }
  // A wide table's JSON runs to a hundred megabytes, its Markdown to several: written in
  // pieces, never held whole.
  if (options.format === 'json') await writeJsonInPieces(run.result, out, 2);
  else await writeInPieces(markdownPieces(run.result), out);
  if (badRows > 0 && !options.allowBadRows) {
    err(
      `mlgate drift: ${badRows} row(s) could not be split into the header's columns and were left out; fix them, or pass --allow-bad-rows to compare the rest\n`,
    );
    return 2;
  }
  const { summary } = run.result;
  if (summary.unreadableVerdict !== 'pass') {
    const limit = run.result.rules.maxUnreadableShare;
    err(
      `mlgate drift: ${summary.unreadableCells} cell(s) could not be read as their column's type and were left out (${summary.unreadableVerdict}: a feature fails when more than ${limit * 100}% of its cells in a file are unreadable); fix them, declare the column's type in --schema, or pass --max-unreadable-share\n`,
    );
  }
  return summary.verdict === 'fail' ? 1 : 0;
}

function* markdownPieces(result: DriftResult): Generator<string> {
  const { summary } = result;
  yield `## Drift: ${result.current.path} vs ${result.reference.path}${result.reference.kind === 'profile' ? ' (profile)' : ''}\n\n`;
  yield `**${summary.verdict.toUpperCase()}** — ${summary.message}`;
  for (const block of driftDetails(result)) {
    yield '\n\n';
    yield* detailBlockPieces(block);
  }
  yield '\n';
}

/**
 * The --schema file, parsed. Its parser (zod, yaml) is most of the code drift could load:
 * imported only when a schema is given, so a drift of two data files starts without it.
 */
async function readSchema(file: string): Promise<TableSchema> {
  const { parseTableSchema } = await import('../table-schema/table-schema.ts');
  try {
    return parseTableSchema(await readText(file), file);
  } catch (error) {
    throw new CliUsageError(errorMessage(error));
  }
}

/** A schema or profile named on the command line, read by a chunk of its own: one module fewer for a drift of two data files. */
async function readText(file: string): Promise<string> {
  const { readTextFile } = await import('../io/read-text-file.ts');
  return readTextFile(file);
}

type Read = Pick<TableScanOptions, 'format' | 'delimiter' | 'missingValues'>;

function dataFile(file: string, read: Read, scanFile: FileScanner): DataFile {
  return {
    path: file,
    read,
    scan: (scanOptions) => scanFile(file, scanOptions),
  };
}

/** A reference ending in `.json` is an mlgate profile; anything else is data. */
async function referenceFile(
  file: string,
  read: Read,
  scanFile: FileScanner,
): Promise<ReferenceFile> {
  if (file.toLowerCase().endsWith('.json')) {
    return { kind: 'profile', path: file, text: await readText(file) };
  }
  return { kind: 'rows', ...dataFile(file, read, scanFile) };
}

interface DriftOptions {
  reference: string;
  current: string;
  schema: string | undefined;
  format: 'markdown' | 'json';
  read: Read;
  rules: DriftRules;
  allowBadRows: boolean;
}

function parseOptions(argv: readonly string[]): DriftOptions {
  const { values, positionals } = parseOrUsage(() => parse(argv), usage);
  if (positionals.length > 0) {
    throw new CliUsageError(
      `unexpected argument "${positionals[0]}": name the files with --reference and --current\n${usage}`,
    );
  }
  if (!values.reference || !values.current) {
    throw new CliUsageError(`name both files: --reference and --current\n${usage}`);
  }
  const format = values.format ?? 'markdown';
  if (format !== 'markdown' && format !== 'json') {
    throw new CliUsageError(`--format must be markdown or json, not "${format}"`);
  }
  const read = tableReadArguments(values);
  const share = (
    name: 'significance' | 'warn-share' | 'fail-share' | 'max-unreadable-share',
    fallback: number,
  ) => {
    const text = values[name];
    if (text === undefined) return fallback;
    const value = Number(text);
    if (text.trim() === '' || !(value >= 0 && value <= 1)) {
      throw new CliUsageError(`--${name} is a number between 0 and 1, not "${text}"`);
    }
    return value;
  };
  const rules: DriftRules = {
    ...defaultDriftRules,
    significance: share('significance', defaultDriftRules.significance),
    warnShare: share('warn-share', defaultDriftRules.warnShare),
    failShare: share('fail-share', defaultDriftRules.failShare),
    maxUnreadableShare: share('max-unreadable-share', defaultDriftRules.maxUnreadableShare),
    ignore: values.ignore ? values.ignore.split(',').filter(Boolean) : [],
  };
  if (rules.warnShare > rules.failShare) {
    throw new CliUsageError('--warn-share must not exceed --fail-share');
  }
  return {
    reference: values.reference,
    current: values.current,
    schema: values.schema,
    format,
    read,
    rules,
    allowBadRows: values['allow-bad-rows'] ?? false,
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: {
      reference: { type: 'string' },
      current: { type: 'string' },
      schema: { type: 'string' },
      format: { type: 'string' },
      ignore: { type: 'string' },
      significance: { type: 'string' },
      'warn-share': { type: 'string' },
      'fail-share': { type: 'string' },
      'max-unreadable-share': { type: 'string' },
      ...tableReadOptions,
      'allow-bad-rows': { type: 'boolean' },
    },
    strict: true,
    allowPositionals: true,
  });
}
