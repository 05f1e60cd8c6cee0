/**
 * `node bench/bootstrap.ts [--repeat 3] [--ties]` (Node 24 from node_modules/.bin, as
 * `npm run bench` runs bench/run.ts): times the paired bootstrap of baseline_comparison and
 * model_quality on 100,000 seeded paired binary predictions × 1,000 resamples for roc_auc,
 * accuracy and log_loss, in process: the path before issue 17 (pairedBootstrap over the weighted
 * evaluators, test/metrics/bootstrap-reference.ts) against bootstrapPredictionDeltas (counted
 * draws and metrics), checks that their intervals are identical, and prints both wall times and
 * the ratio (median of the runs), with the CPU seconds of the process (every thread) beside the
 * wall: on a machine that other work loads, the CPU time still shows what the path costs. The
 * first round's all-cores call also starts the worker pool (src/io/bootstrap-threads.ts), which
 * later calls reuse; it is printed apart. Target (issue 17 item 2): the new path ≤ 1 s.
 * `benchBootstrap` is exported for bench/run.ts.
 */
import { availableParallelism, loadavg } from 'node:os';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { threadResampleRunner } from '../src/io/bootstrap-threads.ts';
import type { BinaryData } from '../src/metrics/binary-metrics.ts';
import {
  bootstrapPredictionDeltas,
  bootstrapPredictionDeltasInParallel,
} from '../src/metrics/bootstrap-metric-deltas.ts';
import type { Predictions } from '../src/metrics/read-predictions.ts';
import { seededRandom } from '../src/statistics/seeded-random.ts';
import { referenceDeltas } from '../test/metrics/bootstrap-reference.ts';

export const bootstrapRows = 100_000;
const names = ['roc_auc', 'accuracy', 'log_loss'];
const options = { resamples: 1000, seed: 1, confidence: 0.95 };

export interface BootstrapBench {
  /** Median wall seconds of the path before issue 17, of the counted path on one thread, and on all cores (what the checks run). */
  oldSeconds: number;
  oneThreadSeconds: number;
  newSeconds: number;
  /** Median CPU seconds (all threads) of the counted path on one thread and on all cores. */
  oneThreadCpuSeconds: number;
  newCpuSeconds: number;
  /** Wall seconds of the first all-cores call, which starts the worker pool. */
  firstSeconds: number;
  /** oldSeconds / newSeconds. */
  ratio: number;
  /** Whether every run's intervals were the same on both paths (deep strict equality). */
  identical: boolean;
}

/**
 * Seeded paired predictions: a candidate and a weaker baseline scored on the same labels (30%
 * positive). Scores are continuous like a model's probabilities; `ties` rounds the candidate's to
 * 0.01, the worst case for the tie handling (every score tied with ~1,000 others).
 */
export function bootstrapBenchData(rows: number, ties = false): [BinaryData, BinaryData] {
  const random = seededRandom(17);
  const labels = Uint8Array.from({ length: rows }, () => (random() < 0.3 ? 1 : 0));
  const scores = (signal: number) =>
    Float64Array.from(labels, (y) =>
      Math.min(1, Math.max(0, 0.5 + (y - 0.5) * signal + random() - 0.5)),
    );
  const candidate = scores(0.6);
  const rounded = ties ? candidate.map((s) => Math.round(s * 100) / 100) : candidate;
  return [
    { labels, scores: rounded, predicted: null },
    { labels, scores: scores(0.3), predicted: null },
  ];
}

const binary = (data: BinaryData, source: string): Predictions => ({
  task: 'binary',
  data,
  table: { source } as Predictions['table'],
  ids: null,
  positiveLabel: '1',
  negativeLabel: '0',
});

interface Timed<T> {
  seconds: number;
  cpuSeconds: number;
  value: T;
}

async function timed<T>(work: () => T | Promise<T>): Promise<Timed<T>> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const value = await work();
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  return { seconds: (performance.now() - started) / 1000, cpuSeconds, value };
}

export async function benchBootstrap(repeat = 1, ties = false): Promise<BootstrapBench> {
  const [a, b] = bootstrapBenchData(bootstrapRows, ties);
  const [candidate, baseline] = [binary(a, 'candidate'), binary(b, 'baseline')];
  const runner = threadResampleRunner();
  type Run = { before: Timed<unknown>; one: Timed<unknown>; after: Timed<unknown> };
  const runs: (Run & { identical: boolean })[] = [];
  const rounds = Array.from({ length: Math.max(1, repeat) }, (_, round) => round);
  // Every round of the counted paths first: after the old path they ran slower (its garbage).
  const counted: Omit<Run, 'before'>[] = [];
  for (const _ of rounds) {
    const after = await timed(() =>
      bootstrapPredictionDeltasInParallel(candidate, baseline, names, options, 0.5, runner),
    );
    const one = await timed(() => bootstrapPredictionDeltas(candidate, baseline, names, options));
    counted.push({ after, one });
  }
  for (const round of rounds) {
    const before = await timed(() => referenceDeltas(a, b, names, options));
    const { after, one } = counted[round]!;
    const identical =
      isDeepStrictEqual(before.value, one.value) && isDeepStrictEqual(before.value, after.value);
    runs.push({ before, one, after, identical });
  }
  const median = (pick: (run: Run) => number) =>
    runs.map(pick).sort((x, y) => x - y)[Math.floor(runs.length / 2)]!;
  const oldSeconds = median((run) => run.before.seconds);
  const newSeconds = median((run) => run.after.seconds);
  return {
    oldSeconds,
    oneThreadSeconds: median((run) => run.one.seconds),
    newSeconds,
    oneThreadCpuSeconds: median((run) => run.one.cpuSeconds),
    newCpuSeconds: median((run) => run.after.cpuSeconds),
    firstSeconds: runs[0]!.after.seconds,
    ratio: oldSeconds / newSeconds,
    identical: runs.every((run) => run.identical),
  };
}

if (import.meta.main) {
  const { values: flags } = parseArgs({
    options: {
      repeat: { type: 'string', default: '1' },
      ties: { type: 'boolean', default: false },
    },
  });
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
  const loadBefore = load();
  const result = await benchBootstrap(Number(flags.repeat), flags.ties);
  const seconds = (value: number) => `${value.toFixed(2)} s`;
  process.stdout.write(
    [
      `bootstrap: ${bootstrapRows.toLocaleString('en')} paired rows × ${options.resamples} resamples, ${names.join(', ')}${flags.ties ? ', candidate scores tied to 0.01' : ''}; ${availableParallelism()} cores, load ${loadBefore} before, ${load()} after`,
      `  before (weighted evaluators): ${seconds(result.oldSeconds)}`,
      `  counted path, one thread:     ${seconds(result.oneThreadSeconds)} (CPU ${seconds(result.oneThreadCpuSeconds)})`,
      `  counted path, all cores:      ${seconds(result.newSeconds)} (CPU ${seconds(result.newCpuSeconds)}; target ≤ 1 s)`,
      `  first all-cores call, starting the worker pool: ${seconds(result.firstSeconds)}`,
      `  ratio ${result.ratio.toFixed(1)}×; intervals ${result.identical ? 'identical' : 'DIFFER'}`,
      '',
    ].join('\n'),
  );
  if (!result.identical) process.exitCode = 1;
}
