import assert from 'node:assert/strict';
import { test } from 'vitest';
import { computePerformance } from '../../../src/checks/compute-performance/compute-performance.ts';
import { computePerformanceConfig } from '../../../src/checks/compute-performance/compute-performance-config.ts';
import { meetsBound } from '../../../src/model/bound.ts';
import type { CheckOutcome } from '../../../src/model/check.ts';
import { memoryWorkspace } from '../../mocks/memory-workspace.ts';

const bench = (p50: number, p95: number, throughput: number, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    latency_ms: { p50, p95 },
    throughput_per_second: throughput,
    peak_memory_mb: 812,
    ...extra,
  });

// Each version a little slower than the last: no step is over 10%, the drift is.
const history = [
  [36, 1000],
  [37.5, 990],
  [39, 1001],
  [40.5, 995],
  [42, 1000],
]
  .map(([p95, throughput], i) =>
    JSON.stringify({ version: `v${i + 8}`, ...JSON.parse(bench(2, p95!, throughput!)) }),
  )
  .join('\n');

async function run(
  files: Record<string, string>,
  config: Record<string, unknown>,
  base = 'base',
): Promise<CheckOutcome> {
  const { production, ...head } = files;
  return computePerformance.run(
    computePerformanceConfig.parse({ candidate: 'bench/results.json', ...config }),
    {
      workspace: memoryWorkspace({
        files: head,
        revisions: production ? { base: { 'bench/results.json': production } } : {},
      }),
      event: { name: 'pull_request', baseSha: base },
      now: new Date('2026-11-01T00:00:00Z'),
    },
  );
}

function ran(outcome: CheckOutcome) {
  assert.equal(outcome.kind, 'ran');
  if (outcome.kind !== 'ran') throw new Error('unreachable');
  return outcome;
}

test('a sudden latency regression against production at the base revision fails', async () => {
  const outcome = ran(
    await run({ 'bench/results.json': bench(2, 48, 980), production: bench(2, 40, 1000) }, {}),
  );
  assert.deepEqual(
    outcome.findings.map((f) => f.message),
    ['latency_ms.p95 is 20 % worse than production (at base): 40 → 48; the limit is 10 %'],
  );
  // 40 × (1 + 0.1) = 44: the p95 a passing candidate stays at or under.
  assert.deepEqual(outcome.findings[0]?.measure, {
    figure: 'latency_ms.p95',
    value: 48,
    bound: { comparator: '<=', limit: 44 },
    reference: { label: 'production (at base)', value: 40 },
  });
  assert.deepEqual(outcome.findings[0]?.location, { path: 'bench/results.json' });
  assert.match(
    outcome.findings[0]?.fix ?? '',
    /≤ 44 again, or raise `checks\.compute_performance\.max_regression`/,
  );
  assert.deepEqual(outcome.figures[0], {
    name: 'worst regression',
    value: 0.2,
    threshold: '≤ 0.1',
    bound: { comparator: '<=', limit: 0.1 },
  });
  const table = outcome.details[0];
  assert.deepEqual(table?.type === 'table' && table.rows, [
    ['latency_ms.p50', 'lower', '2', '2', '0.0%', '—', '—'],
    ['latency_ms.p95', 'lower', '48', '40', '+20.0%', '—', '—'],
    ['throughput_per_second', 'higher', '980', '1000', '+2.0%', '—', '—'],
    ['peak_memory_mb', 'lower', '812', '812', '0.0%', '—', '—'],
  ]);
});

test('a slow leak is caught against the best of the last N versions though no step is large', async () => {
  const outcome = ran(
    await run(
      {
        'bench/results.json': bench(2, 43.5, 1000),
        'bench/history.jsonl': history,
        production: bench(2, 42, 1000),
      },
      { history: 'bench/history.jsonl' },
    ),
  );
  // 43.5 / 42 − 1 = 3.6% (within 10%); 43.5 / 36 − 1 = 20.8% (over 10%)
  assert.deepEqual(
    outcome.findings.map((f) => f.message),
    [
      'latency_ms.p95 has crept to 43.5, 20.83 % worse than the best of the last 5 versions (36); the limit is 10 %',
    ],
  );
  // 36 × 1.1 = 39.6
  assert.deepEqual(outcome.findings[0]?.measure, {
    figure: 'latency_ms.p95',
    value: 43.5,
    bound: { comparator: '<=', limit: 39.6 },
    reference: { label: 'best of the last 5 versions', value: 36 },
  });
  assert.match(outcome.findings[0]?.fix ?? '', /`checks\.compute_performance\.max_leak`/);
});

test('production falls back to the last history entry; small changes under min_change are noise', async () => {
  const outcome = ran(
    await run(
      {
        'bench/results.json': bench(2.3, 42, 1000, { gpu_util: 0.4 }),
        'bench/history.jsonl': history,
      },
      {
        history: 'bench/history.jsonl',
        leak_window: 2,
        metrics: { 'latency_ms.p50': { better: 'lower', min_change: 0.5 } },
      },
    ),
  );
  assert.deepEqual(outcome.findings, []);
  assert.match(
    outcome.summary,
    /within limits of production \(v12\) and of the best of the last 2 versions$/,
  );
  const ignored = outcome.details[1];
  assert.deepEqual(ignored?.type === 'list' && ignored.items, ['gpu_util']);
});

test('with nothing to compare against, the check is skipped', async () => {
  const outcome = await run({ 'bench/results.json': bench(2, 40, 1000) }, {});
  assert.equal(outcome.kind, 'skipped');
});

test('a broken history line is named', async () => {
  await assert.rejects(
    run(
      { 'bench/results.json': bench(2, 40, 1000), 'h.jsonl': '{"a": 1}\n{oops}\n' },
      { history: 'h.jsonl' },
    ),
    /h\.jsonl:2: not valid JSON/,
  );
});

test('a declared metric the candidate lacks fails instead of being skipped', async () => {
  const outcome = ran(
    await run(
      { 'bench/results.json': bench(2, 40, 1000), production: bench(2, 40, 1000) },
      { metrics: { 'gpu.util': { better: 'higher' } } },
    ),
  );
  assert.deepEqual(
    outcome.findings.map((f) => [f.id, f.severity]),
    [['missing:gpu.util', 'fail']],
  );
  assert.equal(
    outcome.findings[0]?.fix,
    'Write `gpu.util` in bench/results.json, or remove it from `checks.compute_performance.metrics`.',
  );
});

test('when production shares no key with the candidate, nothing compared is a failure, not a pass', async () => {
  const outcome = ran(
    await run(
      {
        'bench/results.json': bench(2, 40, 1000),
        production: JSON.stringify({ p95_latency: 40 }),
      },
      {},
    ),
  );
  assert.deepEqual(
    outcome.findings.map((f) => [f.id, f.severity]),
    [['compared:none', 'fail']],
  );
  assert.deepEqual(outcome.findings[0]?.measure, {
    figure: 'metrics compared',
    value: 0,
    bound: { comparator: '>', limit: 0 },
  });
  assert.match(outcome.summary, /^no metric of bench\/results.json could be compared$/);
});

test('a throughput drop is bounded from below: higher is better', async () => {
  const outcome = ran(
    await run({ 'bench/results.json': bench(2, 40, 850), production: bench(2, 40, 1000) }, {}),
  );
  // 1000 × (1 − 0.1) = 900 is the least throughput a passing candidate keeps.
  assert.deepEqual(outcome.findings[0]?.measure, {
    figure: 'throughput_per_second',
    value: 850,
    bound: { comparator: '>=', limit: 900 },
    reference: { label: 'production (at base)', value: 1000 },
  });
  assert.match(outcome.findings[0]?.fix ?? '', /so that it is ≥ 900 again/);
});

test('a regression just over the limit keeps its raw value and reads over it', async () => {
  const outcome = ran(
    await run(
      { 'bench/results.json': bench(2, 44.0004, 1000), production: bench(2, 40, 1000) },
      {},
    ),
  );
  // 44.0004 / 40 − 1 = 0.10001: over max_regression 0.1, though four decimals read 0.1.
  assert.deepEqual(
    outcome.findings.map((f) => f.message),
    ['latency_ms.p95 is 10.001 % worse than production (at base): 40 → 44.0004; the limit is 10 %'],
  );
  const worst = outcome.figures[0]!;
  assert.ok(typeof worst.value === 'number' && worst.value > 0.1);
  assert.equal(meetsBound(worst.value, worst.bound!), false);
});
