/**
 * `npm run bench [-- --runs 3] [-- --only drift --only wide] [-- --cli dist/cli.js]`:
 * times mlgate end to end, as whole processes, beside the Python that does the
 * same work, and prints one table: each case's median wall time, CPU time,
 * peak resident memory and (mlgate's) minor page faults over `--runs` rounds
 * (default 3; each round runs every case once, the PR-sized ones five times,
 * mlgate and Python back to back, so both see the same load:
 * bench/bench-case.ts), the ratios, the targets of
 * issue 17 met or not, and the machine's core count and load.
 *
 * Cases (`--only` takes a name or a group; see bench-case.ts for how each is run):
 * - `drift`, `validate`, `profile`, `reader scan`: the generated 1,000,000-row
 *   × 20-column CSV pair (bench/generate-data.ts, seeded, cached in
 *   bench/.data/); Python: pandas + scipy (bench/pandas_reference.py), the
 *   drift script, for all three.
 * - `formats`: drift on JSONL and Parquet copies of the pair, written by the
 *   bench (bench/format-copies.ts); Python reads them with pandas (Parquet
 *   needs pyarrow or fastparquet; without either, the row says so).
 * - `pr`: drift on two 730-row halves of seattle-weather.csv (bench/pr-sized-data.ts), and
 *   `mlgate run` of a small config with no user commands (bench/pr-sized-config.ts), beside
 *   `node -e 0`, Node's own start, for scale.
 * - `mid`: drift on the first 10,000 and 9,000 rows of the pair (bench/mid-sized-data.ts), the
 *   largest sizes at which both sides compute exact KS p-values; Python: the drift script.
 * - `metrics`: `mlgate metrics` on 1,000,000 binary predictions
 *   (bench/predictions-data.ts) against scikit-learn (bench/sklearn_metrics.py).
 * - `wide`: profile, validate and drift on 50,000 columns × 20 rows (bench/wide-tables.ts).
 * - `query`: drift between two 10,000,000-row Parquet files computed inside DuckDB (issue 18),
 *   beside mlgate reading the same files itself (bench/query-scale.ts); its "Python" columns
 *   hold the file path.
 * - `bootstrap`: in process, the paired bootstrap before issue 17 and the counted one on
 *   all cores, as the checks run it (bench/bootstrap.ts); its "Python" column is the old path.
 *
 * The CLI is bundled fresh into bench/.data/dist, as the action ships it,
 * unless `--cli` names a bundle. Results also go to bench/.data/results.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type BenchCase, type CaseResult, runCases } from './bench-case.ts';
import { benchBootstrap, bootstrapRows } from './bootstrap.ts';
import { ensureFormatCopies } from './format-copies.ts';
import { ensureBenchData, ROWS, VERSION } from './generate-data.ts';
import { writeMidSizedPair } from './mid-sized-data.ts';
import { ensurePrSizedProject } from './pr-sized-config.ts';
import { ensurePrSizedPair } from './pr-sized-data.ts';
import { ensurePredictions, PREDICTION_ROWS } from './predictions-data.ts';
import { QUERY_SCALE_ROWS, queryScaleCase, queryScaleCases } from './query-scale.ts';
import { WIDE_COLUMNS, WIDE_ROWS, wideCases } from './wide-tables.ts';

const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    only: { type: 'string', multiple: true },
    cli: { type: 'string' },
    'skip-python': { type: 'boolean', default: false },
  },
});
const runs = Math.max(1, Math.floor(Number(flags.runs)) || 1);
const dataDirectory = path.resolve('bench/.data');
const node = process.execPath;
const wanted = (benchCase: Pick<BenchCase, 'name' | 'group'>) =>
  !flags.only || flags.only.includes(benchCase.name) || flags.only.includes(benchCase.group);

function log(text: string): void {
  process.stdout.write(`${text}\n`);
}

/** /usr/bin/python3 when it imports these modules (and --skip-python is not given). */
function pythonWith(modules: string): string | undefined {
  const python = '/usr/bin/python3';
  if (flags['skip-python'] || !existsSync(python)) return undefined;
  const ok = spawnSync(python, ['-c', `import ${modules}`], { stdio: 'ignore' }).status === 0;
  return ok ? python : undefined;
}

function bundledCli(): string {
  if (flags.cli) return path.resolve(flags.cli);
  const dist = path.join(dataDirectory, 'dist');
  const bundled = spawnSync(node, ['scripts/bundle.ts', dist], { stdio: 'inherit' });
  if (bundled.status !== 0) throw new Error('bundling the CLI failed (or pass --cli dist/cli.js)');
  return path.join(dist, 'cli.js');
}

function benchPairCases(cli: string): BenchCase[] {
  const { reference, current } = ensureBenchData(dataDirectory);
  const pandas = pythonWith('pandas, scipy');
  const reference1M = (ref: string, cur: string) =>
    pandas ? { argv: [pandas, 'bench/pandas_reference.py', ref, cur] } : undefined;
  const note = pandas ? 'pandas + scipy drift' : 'no /usr/bin/python3 with pandas and scipy';
  const schema = path.join(dataDirectory, 'schema.json');
  const drift = (ref: string, cur: string) => driftRun(cli, ref, cur);
  const cases: BenchCase[] = [
    {
      name: 'drift',
      group: 'drift',
      mlgate: drift(reference, current),
      python: reference1M(reference, current),
      pythonNote: note,
    },
    {
      name: 'validate',
      group: 'validate',
      setup: { argv: [node, cli, 'schema', 'infer', reference, '-o', schema] },
      mlgate: {
        argv: [node, cli, 'validate', '--schema', schema, current, '--format', 'json'],
        okExits: [0, 1],
      },
      python: reference1M(reference, current),
      pythonNote: note,
    },
    {
      name: 'profile',
      group: 'profile',
      mlgate: {
        argv: [node, cli, 'profile', current, '-o', path.join(dataDirectory, 'profile.json')],
        okExits: [0, 1],
      },
      python: reference1M(reference, current),
      pythonNote: note,
    },
    {
      // The reader alone (both files, the columns drift needs), for reference.
      name: 'reader scan',
      group: 'scan',
      mlgate: { argv: [node, 'bench/scan-files.ts', reference, current] },
      pythonNote: 'none',
    },
  ];
  if (wanted({ name: 'drift jsonl', group: 'formats' })) {
    const copies = [reference, current].map((file) => ensureFormatCopies(file, VERSION));
    const parquetPandas =
      pythonWith('pandas, scipy, pyarrow') ?? pythonWith('pandas, scipy, fastparquet');
    cases.push(
      {
        name: 'drift jsonl',
        group: 'formats',
        mlgate: drift(copies[0]!.jsonl, copies[1]!.jsonl),
        python: reference1M(copies[0]!.jsonl, copies[1]!.jsonl),
        pythonNote: pandas ? 'pandas read_json(lines) + scipy' : note,
      },
      {
        name: 'drift parquet',
        group: 'formats',
        mlgate: drift(copies[0]!.parquet, copies[1]!.parquet),
        ...(parquetPandas
          ? {
              python: {
                argv: [
                  parquetPandas,
                  'bench/pandas_reference.py',
                  copies[0]!.parquet,
                  copies[1]!.parquet,
                ],
              },
              pythonNote: 'pandas read_parquet + scipy',
            }
          : { pythonNote: 'pandas cannot read Parquet here (no pyarrow, no fastparquet)' }),
      },
    );
  }
  return cases;
}

/** Runs per round of the PR-sized cases, which take a fraction of a second each (BenchCase.timesPerRound). */
const prSizedTimesPerRound = 5;

function prSizedCase(cli: string): BenchCase {
  const { reference, current } = ensurePrSizedPair(path.join(dataDirectory, 'pr-sized'));
  return {
    ...driftBesidePandas(cli, 'drift PR-sized', 'pr', reference, current),
    timesPerRound: prSizedTimesPerRound,
  };
}

function midSizedCase(cli: string): BenchCase {
  const pair = ensureBenchData(dataDirectory);
  const { reference, current } = writeMidSizedPair(path.join(dataDirectory, 'mid-sized'), pair);
  return driftBesidePandas(cli, 'drift 10,000 rows', 'mid', reference, current);
}

/** `mlgate drift --format json` of two files (exit 1: drift found). */
function driftRun(cli: string, reference: string, current: string): BenchCase['mlgate'] {
  return {
    argv: [node, cli, 'drift', '--reference', reference, '--current', current, '--format', 'json'],
    okExits: [0, 1],
  };
}

/** driftRun beside bench/pandas_reference.py on them. */
function driftBesidePandas(
  cli: string,
  name: string,
  group: string,
  reference: string,
  current: string,
): BenchCase {
  const pandas = pythonWith('pandas, scipy');
  return {
    name,
    group,
    mlgate: driftRun(cli, reference, current),
    ...(pandas
      ? { python: { argv: [pandas, 'bench/pandas_reference.py', reference, current] } }
      : {}),
    pythonNote: pandas ? 'pandas + scipy drift' : 'no /usr/bin/python3 with pandas and scipy',
  };
}

/** `mlgate run` of the small project (no Python equivalent: the gate is mlgate's own). */
function prSizedRunCase(cli: string): BenchCase {
  const { root, config } = ensurePrSizedProject(path.join(dataDirectory, 'pr-run'));
  return {
    name: 'run PR-sized',
    group: 'pr',
    mlgate: {
      argv: [node, cli, 'run', '--config', config, '--working-directory', root, '--quiet'],
      okExits: [0, 1],
    },
    pythonNote: 'none (the gate has no Python equivalent)',
    timesPerRound: prSizedTimesPerRound,
  };
}

/**
 * Node itself, starting and exiting, for scale: what the PR-sized rows cannot go below.
 * It moves with the machine as they do (0.05 s on a quiet runner, 0.08 s on the bench's VM).
 */
function nodeStartCase(): BenchCase {
  return {
    name: 'Node start',
    group: 'pr',
    mlgate: { argv: [node, '-e', '0'] },
    pythonNote: 'none (`node -e 0`, for scale)',
    timesPerRound: prSizedTimesPerRound,
  };
}

function metricsCase(cli: string): BenchCase {
  const predictions = ensurePredictions(dataDirectory);
  const sklearn = pythonWith('pandas, sklearn');
  return {
    name: 'metrics',
    group: 'metrics',
    mlgate: {
      argv: [
        node,
        cli,
        'metrics',
        '--predictions',
        predictions,
        '--task',
        'binary',
        '--label-column',
        'label',
        '--score-column',
        'score',
        '--format',
        'json',
      ],
    },
    ...(sklearn ? { python: { argv: [sklearn, 'bench/sklearn_metrics.py', predictions] } } : {}),
    pythonNote: sklearn
      ? 'pandas + scikit-learn'
      : 'no /usr/bin/python3 with pandas and scikit-learn',
  };
}

const figure = (value: number | undefined, digits: number) =>
  value === undefined ? 'n/a' : value.toFixed(digits);

/** Page faults in thousands, e.g. 74.3k. */
const thousands = (value: number | undefined) =>
  value === undefined ? 'n/a' : `${(value / 1000).toFixed(1)}k`;

function tableRow(result: CaseResult): string {
  const { mlgate, python } = result;
  const speed = python ? `${(python.wallSeconds / mlgate.wallSeconds).toFixed(1)}×` : '';
  const memory =
    python?.peakMegabytes && mlgate.peakMegabytes
      ? (mlgate.peakMegabytes / python.peakMegabytes).toFixed(2)
      : '';
  return `| ${result.name} | ${result.runs} | ${figure(mlgate.wallSeconds, 2)} | ${figure(mlgate.cpuSeconds, 2)} | ${figure(mlgate.peakMegabytes, 0)} | ${thousands(mlgate.minorFaults)} | ${python ? figure(python.wallSeconds, 2) : 'n/a'} | ${python ? figure(python.peakMegabytes, 0) : 'n/a'} | ${speed} | ${memory} | ${result.pythonNote ?? ''} |`;
}

/** Each target of issue 17 that this run measured, met or not. */
function targets(results: Map<string, CaseResult>): string[] {
  const lines: string[] = [];
  const speedup = (name: string) => {
    const result = results.get(name);
    return result?.python ? result.python.wallSeconds / result.mlgate.wallSeconds : undefined;
  };
  const memoryRatio = (name: string) => {
    const result = results.get(name);
    const [ours, theirs] = [result?.mlgate.peakMegabytes, result?.python?.peakMegabytes];
    return ours && theirs ? ours / theirs : undefined;
  };
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const pr = results.get('drift PR-sized');
  const nodeStart = results.get('Node start')?.mlgate.wallSeconds;
  const beside = nodeStart === undefined ? '' : ` (Node alone: ${nodeStart.toFixed(2)} s)`;
  if (pr)
    lines.push(
      `1. PR-sized drift ≤ 0.15 s: ${pr.mlgate.wallSeconds.toFixed(2)} s, ${verdict(pr.mlgate.wallSeconds <= 0.15)}${beside}`,
    );
  const prRun = results.get('run PR-sized');
  if (prRun)
    lines.push(
      `1. PR-sized mlgate run ≤ 0.3 s: ${prRun.mlgate.wallSeconds.toFixed(2)} s, ${verdict(prRun.mlgate.wallSeconds <= 0.3)}`,
    );
  const bootstrap = results.get('bootstrap');
  if (bootstrap)
    lines.push(
      `2. bootstrap ≤ 1 s: ${bootstrap.mlgate.wallSeconds.toFixed(2)} s, ${verdict(bootstrap.mlgate.wallSeconds <= 1)}`,
    );
  const wide = [...results.values()].filter((result) => result.name.startsWith('wide '));
  if (wide.length > 0) {
    const peaks = wide.map(
      (result) => `${result.name.slice(5)} ${figure(result.mlgate.peakMegabytes, 0)} MB`,
    );
    const ok = wide.every((result) => (result.mlgate.peakMegabytes ?? Infinity) <= 300);
    lines.push(`3. wide tables ≤ 300 MB peak: ${peaks.join(', ')}, ${verdict(ok)}`);
  }
  for (const name of ['drift', 'validate', 'profile']) {
    const [fast, lean] = [speedup(name), memoryRatio(name)];
    if (fast === undefined) continue;
    const ok = fast >= 8 && lean !== undefined && lean <= 0.3;
    lines.push(
      `4. ${name} ≥ 8× pandas + scipy at ≤ 0.3× its memory: ${fast.toFixed(1)}×, ${figure(lean, 2)}, ${verdict(ok)}`,
    );
  }
  const metrics = speedup('metrics');
  if (metrics !== undefined)
    lines.push(`5. metrics ≥ 5× scikit-learn: ${metrics.toFixed(1)}×, ${verdict(metrics >= 5)}`);
  const query = results.get(queryScaleCase);
  if (query)
    lines.push(
      `issue 18: drift of two ${QUERY_SCALE_ROWS.toLocaleString('en')}-row Parquet files in DuckDB below 1 GB peak: ${figure(query.mlgate.peakMegabytes, 0)} MB, ${verdict((query.mlgate.peakMegabytes ?? Infinity) < 1024)} (the file path: ${figure(query.python?.peakMegabytes, 0)} MB)`,
    );
  const formats = ['drift jsonl', 'drift parquet'].filter((name) => results.has(name));
  if (formats.length > 0) lines.push(`6. readers: ${formats.join(' and ')} timed beside CSV above`);
  return lines;
}

const loadBefore = loadavg().map((l) => l.toFixed(1));
let started = performance.now();
const cli = bundledCli();
log(`CLI: ${cli} (${((performance.now() - started) / 1000).toFixed(1)} s to bundle)`);
started = performance.now();
const cases = [
  ...(wanted({ name: 'Node start', group: 'pr' }) ? [nodeStartCase()] : []),
  ...(wanted({ name: 'drift PR-sized', group: 'pr' }) ? [prSizedCase(cli)] : []),
  ...(wanted({ name: 'run PR-sized', group: 'pr' }) ? [prSizedRunCase(cli)] : []),
  ...(wanted({ name: 'drift 10,000 rows', group: 'mid' }) ? [midSizedCase(cli)] : []),
  ...(['drift', 'validate', 'profile', 'scan', 'formats'].some((group) =>
    wanted({ name: group, group }),
  )
    ? benchPairCases(cli)
    : []),
  ...(wanted({ name: 'metrics', group: 'metrics' }) ? [metricsCase(cli)] : []),
  ...(wanted({ name: 'wide', group: 'wide' })
    ? wideCases({ node, cli, dataDirectory, python: pythonWith('pandas') })
    : []),
  ...(wanted({ name: 'query', group: 'query' })
    ? await queryScaleCases(dataDirectory, node, cli)
    : []),
].filter(wanted);
log(`data ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const results = new Map<string, CaseResult>(
  runCases(cases, runs, log).map((result) => [result.name, result]),
);
if (wanted({ name: 'bootstrap', group: 'bootstrap' })) {
  log('running the bootstrap (bench/bootstrap.ts) …');
  const bootstrap = await benchBootstrap(runs);
  results.set('bootstrap', {
    name: 'bootstrap',
    mlgate: {
      wallSeconds: bootstrap.newSeconds,
      cpuSeconds: bootstrap.newCpuSeconds,
      peakMegabytes: undefined,
      minorFaults: undefined,
    },
    python: {
      wallSeconds: bootstrap.oldSeconds,
      cpuSeconds: undefined,
      peakMegabytes: undefined,
      minorFaults: undefined,
    },
    pythonNote: `in process; "Python" is the path before issue 17; intervals ${bootstrap.identical ? 'identical' : 'DIFFERENT'}`,
    runs,
  });
}

log('');
log(
  `mlgate bench, medians over ${runs} round(s) (runs: each case's, ${prSizedTimesPerRound} a round for the PR-sized); ${availableParallelism()} cores; load average ${loadBefore.join(' ')} before, ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} after`,
);
log(
  `data: ${ROWS.toLocaleString('en')} × 20 CSV pair; ${PREDICTION_ROWS.toLocaleString('en')} predictions; ${WIDE_COLUMNS.toLocaleString('en')} columns × ${WIDE_ROWS} rows; bootstrap ${bootstrapRows.toLocaleString('en')} paired rows × 1,000 resamples`,
);
log(
  '| case | runs | mlgate wall (s) | mlgate CPU (s) | mlgate peak (MB) | mlgate page faults | Python wall (s) | Python peak (MB) | speed-up | memory ratio | Python side |',
);
log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const result of results.values()) log(tableRow(result));
log('');
for (const line of targets(results)) log(line);
writeFileSync(
  path.join(dataDirectory, 'results.json'),
  `${JSON.stringify(Object.fromEntries(results), null, 2)}\n`,
);
log(`results: ${path.join(dataDirectory, 'results.json')}`);
