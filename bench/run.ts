/**
 * `npm run bench [-- --repeat 3] [-- --only drift]`: times mlgate end to end,
 * as whole processes, on a generated 1,000,000-row × 20-column CSV pair
 * (bench/generate-data.ts, seeded, cached in bench/.data/), and, where
 * /usr/bin/python3 has pandas and scipy, the equivalent pandas + scipy script
 * (bench/pandas_reference.py) in the same run, printing the ratios.
 * Wall time and peak resident memory come from GNU time (`/usr/bin/time -v`).
 * The CLI is bundled fresh into bench/.data/dist, as the action ships it.
 * Targets (issue 4): drift ≥ 4× faster than pandas + scipy, ≤ half its peak memory.
 * Then (issue 17) the bootstrap, old and counted paths side by side (bench/bootstrap.ts,
 * `--only bootstrap`), and peak memory on a 50,000-column table (bench/wide-tables.ts,
 * `--only wide`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cliCommands } from '../src/cli/cli-commands.ts';
import { benchBootstrap, bootstrapRows } from './bootstrap.ts';
import { ensureBenchData, ROWS } from './generate-data.ts';
import { formatWidePeaks, runWideTables } from './wide-tables.ts';

const { values: flags } = parseArgs({
  options: {
    repeat: { type: 'string', default: '1' },
    only: { type: 'string', multiple: true },
    'skip-pandas': { type: 'boolean', default: false },
  },
});
const repeat = Math.max(1, Number(flags.repeat));
const dataDirectory = path.resolve('bench/.data');
const python = '/usr/bin/python3';
const gnuTime = '/usr/bin/time';

interface Entry {
  name: string;
  /** The mlgate subcommand it needs; skipped (and said so) while the CLI lacks it. */
  subcommand?: string;
  argv: string[];
  /** Untimed preparation, e.g. inferring the schema validate needs. */
  setup?: string[];
  /** Exit codes that mean "ran fine" (validate exits 1 when the data breaks the schema). */
  okExits?: number[];
}

interface Measure {
  wallSeconds: number;
  /** User + system CPU time: less disturbed than wall time when the machine is busy. */
  cpuSeconds: number | undefined;
  peakMegabytes: number | undefined;
}

function log(text: string): void {
  process.stdout.write(`${text}\n`);
}

function run(command: string, argv: string[], okExits: number[] = [0]): Measure {
  const timed = existsSync(gnuTime);
  const started = performance.now();
  const result = timed
    ? spawnSync(gnuTime, ['-v', command, ...argv], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(command, argv, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = (performance.now() - started) / 1000;
  if (result.status === null || !okExits.includes(result.status)) {
    throw new Error(
      `${command} ${argv.join(' ')} exited ${result.status ?? result.signal}:\n${result.stderr.slice(-2000)}`,
    );
  }
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1];
  const elapsed = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(
    result.stderr,
  );
  const wallSeconds = elapsed
    ? Number(elapsed[1] ?? 0) * 3600 + Number(elapsed[2]) * 60 + Number(elapsed[3])
    : wall;
  const user = /User time \(seconds\): ([\d.]+)/.exec(result.stderr)?.[1];
  const system = /System time \(seconds\): ([\d.]+)/.exec(result.stderr)?.[1];
  return {
    wallSeconds,
    cpuSeconds:
      user === undefined || system === undefined ? undefined : Number(user) + Number(system),
    peakMegabytes: peak === undefined ? undefined : Number(peak) / 1024,
  };
}

/** Median wall time and largest peak over `repeat` runs. */
function measure(command: string, argv: string[], okExits?: number[]): Measure {
  const runs = Array.from({ length: repeat }, () => run(command, argv, okExits));
  const median = (numbers: number[]) =>
    numbers.sort((a, b) => a - b)[Math.floor(numbers.length / 2)];
  const cpus = runs.flatMap((r) => (r.cpuSeconds === undefined ? [] : [r.cpuSeconds]));
  const peaks = runs.flatMap((r) => (r.peakMegabytes === undefined ? [] : [r.peakMegabytes]));
  return {
    wallSeconds: median(runs.map((r) => r.wallSeconds))!,
    cpuSeconds: median(cpus),
    peakMegabytes: peaks.length > 0 ? Math.max(...peaks) : undefined,
  };
}

function hasPandas(): boolean {
  if (flags['skip-pandas'] || !existsSync(python)) return false;
  return spawnSync(python, ['-c', 'import pandas, scipy'], { stdio: 'ignore' }).status === 0;
}

log(`mlgate bench: ${ROWS.toLocaleString('en')} rows × 20 columns, reference and current CSV`);
const loadBefore = loadavg()
  .map((l) => l.toFixed(1))
  .join(' ');
let started = performance.now();
const { reference, current } = ensureBenchData(dataDirectory);
log(
  `data ready in ${((performance.now() - started) / 1000).toFixed(1)} s: ${reference}, ${current}`,
);

const dist = path.join(dataDirectory, 'dist');
started = performance.now();
const bundled = spawnSync(process.execPath, ['scripts/bundle.ts', dist], { stdio: 'inherit' });
if (bundled.status !== 0) throw new Error('bundling the CLI failed');
log(`bundled the CLI into ${dist} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
const cli = path.join(dist, 'cli.js');

const schema = path.join(dataDirectory, 'schema.json');
const entries: Entry[] = [
  {
    name: 'drift',
    subcommand: 'drift',
    argv: [cli, 'drift', '--reference', reference, '--current', current, '--format', 'json'],
    okExits: [0, 1],
  },
  {
    name: 'validate',
    subcommand: 'validate',
    setup: [cli, 'schema', 'infer', reference, '-o', schema],
    argv: [cli, 'validate', '--schema', schema, current, '--format', 'json'],
    okExits: [0, 1],
  },
  {
    name: 'profile',
    subcommand: 'profile',
    argv: [cli, 'profile', current, '-o', path.join(dataDirectory, 'profile.json')],
    okExits: [0, 1],
  },
  // The reader alone (both files, the columns drift needs), for reference.
  { name: 'reader scan', argv: ['bench/scan-files.ts', reference, current] },
];

const results: Record<string, Measure & { vsPandas?: { speedup: number; memoryRatio?: number } }> =
  {};
let pandas: Measure | undefined;
if (hasPandas() && (!flags.only || flags.only.includes('pandas'))) {
  log('running pandas + scipy (bench/pandas_reference.py) …');
  pandas = measure(python, ['bench/pandas_reference.py', reference, current]);
  results['pandas + scipy'] = pandas;
} else {
  log('pandas + scipy not run (no /usr/bin/python3 with pandas and scipy, or --skip-pandas)');
}

for (const entry of entries) {
  if (flags.only && !flags.only.includes(entry.name)) continue;
  if (entry.subcommand && !(entry.subcommand in cliCommands)) {
    log(`${entry.name}: skipped, the CLI has no \`mlgate ${entry.subcommand}\` yet`);
    continue;
  }
  if (entry.setup) run(process.execPath, entry.setup);
  log(`running ${entry.name} …`);
  const result = measure(process.execPath, entry.argv, entry.okExits);
  results[entry.name] = {
    ...result,
    ...(pandas
      ? {
          vsPandas: {
            speedup: pandas.wallSeconds / result.wallSeconds,
            ...(pandas.peakMegabytes && result.peakMegabytes
              ? { memoryRatio: result.peakMegabytes / pandas.peakMegabytes }
              : {}),
          },
        }
      : {}),
  };
}

log('');
log(
  `load average before: ${loadBefore}, after: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on ${availableParallelism()} cores`,
);
log('| run | wall (s) | CPU (s) | peak RSS (MB) | wall vs pandas | memory vs pandas |');
log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [name, result] of Object.entries(results)) {
  const speed = result.vsPandas ? `${result.vsPandas.speedup.toFixed(1)}× faster` : '';
  const memory = result.vsPandas?.memoryRatio
    ? `${(result.vsPandas.memoryRatio * 100).toFixed(0)} %`
    : '';
  log(
    `| ${name} | ${result.wallSeconds.toFixed(2)} | ${result.cpuSeconds?.toFixed(2) ?? 'n/a'} | ${result.peakMegabytes?.toFixed(0) ?? 'n/a'} | ${speed} | ${memory} |`,
  );
}
const drift = results.drift?.vsPandas;
if (drift) {
  const fast = drift.speedup >= 4;
  const lean = drift.memoryRatio !== undefined && drift.memoryRatio <= 0.5;
  log(
    `\ndrift target (≥ 4× faster, ≤ 50 % memory of pandas + scipy): speed ${fast ? 'met' : 'NOT met'}, memory ${lean ? 'met' : 'NOT met'}`,
  );
}
const extra: Record<string, unknown> = {};
if (!flags.only || flags.only.includes('bootstrap')) {
  // In-process: the bootstrap before issue 17 and the counted one, on the same seeded rows.
  log('\nrunning the bootstrap (bench/bootstrap.ts) …');
  const bootstrap = benchBootstrap(repeat);
  extra.bootstrap = bootstrap;
  log(
    `bootstrap, ${bootstrapRows.toLocaleString('en')} paired rows × 1,000 resamples (roc_auc, accuracy, log_loss): before ${bootstrap.oldSeconds.toFixed(2)} s, now ${bootstrap.newSeconds.toFixed(2)} s (${bootstrap.ratio.toFixed(1)}× faster; intervals ${bootstrap.identical ? 'identical' : 'DIFFERENT'}); target ≤ 1 s: ${bootstrap.newSeconds <= 1 ? 'met' : 'NOT met'}`,
  );
}
if (!flags.only || flags.only.includes('wide')) {
  log('\nrunning wide tables (bench/wide-tables.ts) …');
  const peaks = runWideTables({ cli, dataDirectory });
  extra.wideTables = peaks;
  log(formatWidePeaks(peaks));
}
writeFileSync(
  path.join(dataDirectory, 'results.json'),
  `${JSON.stringify({ ...results, ...extra }, null, 2)}\n`,
);
log(`results: ${path.join(dataDirectory, 'results.json')} (median of ${repeat} run(s) each)`);
