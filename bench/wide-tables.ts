/**
 * Wide tables (issue 17, target 3): `profile`, `validate` and `drift` on a
 * generated CSV pair of 50,000 columns × 20 rows (about 2 MB each, seeded),
 * each as a whole process under GNU time (`/usr/bin/time -v`), printing peak
 * resident memory: it should grow with the data, not with the columns
 * (target ≤ 300 MB each). With /usr/bin/python3 and pandas, the same run also
 * measures `pandas.read_csv` + `describe()` on the file, as the reference.
 *
 * Alone: `node bench/wide-tables.ts [--cli path/to/cli.js]` (bundles the CLI
 * fresh into bench/.data/wide/dist unless `--cli` is given).
 * From the bench: `await runWideTables({ cli, dataDirectory })`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export const WIDE_COLUMNS = 50_000;
export const WIDE_ROWS = 20;
/** Bump when the generator changes, so stale files are rewritten. */
const VERSION = 'v1';
const gnuTime = '/usr/bin/time';
const python = '/usr/bin/python3';

export interface WidePeak {
  name: string;
  command: string[];
  wallSeconds: number;
  /** Undefined without GNU time. */
  peakMegabytes: number | undefined;
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One cell of column `column`: most columns hold one digit (as a sensor or a
 * one-hot matrix would), every 5th a one-decimal number, every 7th a letter
 * category; 2 % of cells are missing. The current file shifts every 11th column.
 */
function cell(random: () => number, column: number, current: boolean): string {
  if (random() < 0.02) return '';
  const shift = current && column % 11 === 0 ? 2 : 0;
  if (column % 7 === 0) return 'abcde'[Math.floor(random() * (5 - shift / 2))]!;
  if (column % 5 === 0) return (random() * 10 + shift).toFixed(1);
  return String(Math.floor(random() * (10 - shift)) + shift);
}

function writeWideCsv(file: string, seed: number, current: boolean): void {
  const random = mulberry32(seed);
  const lines = [Array.from({ length: WIDE_COLUMNS }, (_, k) => `c${k}`).join(',')];
  for (let row = 0; row < WIDE_ROWS; row++) {
    lines.push(Array.from({ length: WIDE_COLUMNS }, (_, k) => cell(random, k, current)).join(','));
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}

/** The wide pair in `directory` (written once per generator version). */
export function ensureWideData(directory: string): { reference: string; current: string } {
  mkdirSync(directory, { recursive: true });
  const reference = path.join(directory, `wide-reference-${VERSION}.csv`);
  const current = path.join(directory, `wide-current-${VERSION}.csv`);
  if (!existsSync(reference)) writeWideCsv(reference, 17, false);
  if (!existsSync(current)) writeWideCsv(current, 71, true);
  return { reference, current };
}

/** Runs a command under GNU time; exits other than `okExits` throw with its stderr. */
function timed(name: string, command: string[], okExits: number[] = [0]): WidePeak {
  const useTime = existsSync(gnuTime);
  const started = performance.now();
  const result = useTime
    ? spawnSync(gnuTime, ['-v', ...command], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(command[0]!, command.slice(1), { encoding: 'utf8', maxBuffer: 1 << 28 });
  const wallSeconds = (performance.now() - started) / 1000;
  if (result.status === null || !okExits.includes(result.status)) {
    throw new Error(
      `${command.join(' ')} exited ${result.status ?? result.signal}:\n${result.stderr.slice(-2000)}`,
    );
  }
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1];
  return {
    name,
    command,
    wallSeconds,
    peakMegabytes: peak === undefined ? undefined : Number(peak) / 1024,
  };
}

const pandasScript = `
import sys
import pandas as pd
frame = pd.read_csv(sys.argv[1])
frame.describe(include="all")
`;

/** Peak memory of profile, validate and drift (and pandas, when present) on the wide pair. */
export function runWideTables(options: { cli: string; dataDirectory: string }): WidePeak[] {
  const directory = path.join(options.dataDirectory, 'wide');
  const { reference, current } = ensureWideData(directory);
  const node = process.execPath;
  const cli = options.cli;
  const schema = path.join(directory, 'schema.json');
  timed('schema infer', [node, cli, 'schema', 'infer', reference, '-o', schema]);
  const peaks = [
    timed(
      'profile',
      [node, cli, 'profile', current, '-o', path.join(directory, 'profile.json')],
      [0, 1],
    ),
    timed(
      'validate',
      [node, cli, 'validate', '--schema', schema, current, '--format', 'json'],
      [0, 1],
    ),
    timed(
      'drift',
      [node, cli, 'drift', '--reference', reference, '--current', current, '--format', 'json'],
      [0, 1],
    ),
  ];
  const hasPandas =
    existsSync(python) &&
    spawnSync(python, ['-c', 'import pandas'], { stdio: 'ignore' }).status === 0;
  if (hasPandas)
    peaks.push(timed('pandas read_csv + describe', [python, '-c', pandasScript, current]));
  return peaks;
}

export function formatWidePeaks(peaks: readonly WidePeak[]): string {
  const rows = peaks.map(
    (peak) =>
      `| ${peak.name} | ${peak.wallSeconds.toFixed(2)} | ${peak.peakMegabytes?.toFixed(0) ?? 'n/a'} |`,
  );
  return [
    `wide tables: ${WIDE_COLUMNS.toLocaleString('en')} columns × ${WIDE_ROWS} rows (target: ≤ 300 MB peak each)`,
    '| run | wall (s) | peak RSS (MB) |',
    '| --- | ---: | ---: |',
    ...rows,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { cli: { type: 'string' } } });
  const dataDirectory = path.resolve('bench/.data');
  let cli = values.cli;
  if (cli === undefined) {
    const dist = path.join(dataDirectory, 'wide', 'dist');
    const bundled = spawnSync(process.execPath, ['scripts/bundle.ts', dist], { stdio: 'inherit' });
    if (bundled.status !== 0) throw new Error('bundling the CLI failed');
    cli = path.join(dist, 'cli.js');
  }
  process.stdout.write(`${formatWidePeaks(runWideTables({ cli, dataDirectory }))}\n`);
}
