import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import type { Pipeline } from '../../../src/checks/pipeline/pipeline.ts';
import { pipelineSteps } from '../../../src/checks/pipeline/pipeline-step.ts';
import { trainServeSkew } from '../../../src/checks/train-serve-skew/train-serve-skew.ts';
import { trainServeSkewConfig } from '../../../src/checks/train-serve-skew/train-serve-skew-config.ts';
import type { CheckOutcome } from '../../../src/model/check.ts';
import { fixtureText } from '../../drift/drift-fixtures.ts';
import { csvOf, runWithAndWithoutThreads } from '../../drift/numeric-pair-fixtures.ts';
import { memoryWorkspace } from '../../mocks/memory-workspace.ts';

// Training: the 1970–75 cars with an id. Serving logged the same cars, but its feature code
// rounds horsepower up to a multiple of 10 for Japanese cars, writes one origin in lower case,
// loses one weight, writes 3504 as "3504.0" (the same number) and saw two cars training did not.
const [header, ...rows] = fixtureText('cars-1970-1975.csv').trim().split('\n');
const training = [`id,${header}`, ...rows.map((row, i) => `car-${i},${row}`)].join('\n');
const columns = header!.split(',');
const at = (name: string) => columns.indexOf(name) + 1;
const serving = [
  `id,${header}`,
  ...rows.map((row, i) => {
    const cells = `car-${i},${row}`.split(',');
    if (cells[at('origin')] === 'Japan' && cells[at('horsepower')] !== '') {
      cells[at('horsepower')] = String(Math.ceil(Number(cells[at('horsepower')]) / 10) * 10);
    }
    if (i === 3) cells[at('origin')] = 'usa';
    if (i === 5) cells[at('weight_in_lbs')] = '';
    if (cells[at('weight_in_lbs')] === '3504') cells[at('weight_in_lbs')] = '3504.0';
    return cells.join(',');
  }),
  'extra-1,20,4,97,88,2130,14.5,Japan',
  'extra-2,21,4,97,88,2130,14.5,Japan',
].join('\n');

const predictions = (shift: (i: number) => number) =>
  ['id,score', ...rows.map((_, i) => `car-${i},${(0.5 + 0.001 * i + shift(i)).toFixed(6)}`)].join(
    '\n',
  );

const files: Record<string, string> = {
  'data/train.csv': training,
  'data/serving.csv': serving,
  'data/offline.csv': predictions(() => 0),
  'data/online.csv': predictions((i) => (i === 7 ? 0.2 : i % 2 === 0 ? 1e-7 : 0)),
  'data/online-bad.csv': predictions(() => 0).replace('car-2,0.502000', 'car-2,0.5O2'),
};

async function run(config: Record<string, unknown>) {
  const outcome = await trainServeSkew.run(trainServeSkewConfig.parse(config), {
    workspace: memoryWorkspace({ files }),
    event: { name: 'local' },
    now: new Date('2026-11-23T00:00:00Z'),
  });
  assert.equal(outcome.kind, 'ran');
  return outcome as Extract<CheckOutcome, { kind: 'ran' }>;
}

describe('train/serve skew (Monitor 3)', () => {
  it('joins on the id and names each feature whose values differ, with the worst examples', async () => {
    const outcome = await run({
      training: 'data/train.csv',
      serving: 'data/serving.csv',
      id_column: 'id',
    });
    const values = outcome.findings.filter((f) => f.id.startsWith('values:'));
    assert.deepEqual(
      values.map((f) => f.id),
      ['values:horsepower', 'values:origin', 'values:weight_in_lbs'],
    );
    // 25 Japanese cars, 24 with a horsepower that is not a multiple of 10 → changed.
    // car-20 is the first Japanese car of the file whose horsepower is not a multiple of 10.
    assert.equal(
      values[0]!.message,
      'feature `horsepower`: 24 of 187 examples differ, largest |Δ| 9; first id car-20: training 95, serving 100',
    );
    assert.equal(
      values[1]!.message,
      'feature `origin`: 1 of 189 examples differ; first id car-3: training "USA", serving "usa"',
    );
    assert.match(values[2]!.message, /first id car-5: training 4341, serving missing$/);
    // origin: 1 of 189 examples differ, over the default max_mismatch_share of 0.
    assert.deepEqual(values[1]?.measure, {
      figure: 'share of examples that differ',
      value: 1 / 189,
      bound: { comparator: '<=', limit: 0 },
    });
    assert.deepEqual(values[1]?.location, { path: 'data/serving.csv', feature: 'origin' });
    assert.match(values[1]?.fix ?? '', /`checks\.train_serve_skew\.absolute_tolerance`/);
    const figures = Object.fromEntries(outcome.figures.map((f) => [f.name, f.value]));
    assert.equal(figures['examples joined by id'], 189);
    assert.equal(figures['features with differing values'], 3);
    const features = outcome.figures.find((f) => f.name === 'features with differing values');
    assert.deepEqual(features?.bound, { comparator: '==', limit: 0 });
    const table = outcome.details.find((b) => b.title === 'Feature values, example by example');
    assert.ok(table?.type === 'table');
    assert.equal(table.note, '189 examples joined on id; 0 only in training, 2 only in serving.');
    // 3504 and "3504.0" are the same number: no mismatch beyond car-5.
    const weight = table.rows.find((row) => row[0] === 'weight_in_lbs')!;
    assert.equal(weight[2], 1);
  });

  it('within tolerance is equal; prediction parity fails on the one example that differs', async () => {
    const outcome = await run({
      training: 'data/train.csv',
      serving: 'data/train.csv',
      predictions: {
        training: 'data/offline.csv',
        serving: 'data/online.csv',
        id_column: 'id',
        column: 'score',
      },
    });
    const parity = outcome.findings.filter((f) => f.id.startsWith('predictions:'));
    assert.deepEqual(
      parity.map((f) => [f.id, f.severity]),
      [['predictions:parity', 'fail']],
    );
    assert.match(
      parity[0]!.message,
      /^prediction `score`: 1 of 189 examples differ, largest \|Δ\| 0\.2; first id car-7: training 0\.507, serving 0\.707$/,
    );
    assert.deepEqual(parity[0]?.measure, {
      figure: 'share of predictions that differ',
      value: 1 / 189,
      bound: { comparator: '<=', limit: 0 },
    });
    assert.deepEqual(parity[0]?.location, { path: 'data/online.csv', column: 'score' });
    assert.match(
      parity[0]?.fix ?? '',
      /`checks\.train_serve_skew\.predictions\.absolute_tolerance`/,
    );
    const loose = await run({
      training: 'data/train.csv',
      serving: 'data/train.csv',
      predictions: {
        training: 'data/offline.csv',
        serving: 'data/online.csv',
        id_column: 'id',
        column: 'score',
        max_mismatch_share: 0.01,
      },
    });
    assert.deepEqual(loose.findings, []);
  });

  it('a prediction that is not a number fails, naming the file and line', async () => {
    const outcome = await run({
      training: 'data/train.csv',
      serving: 'data/train.csv',
      predictions: {
        training: 'data/offline.csv',
        serving: 'data/online-bad.csv',
        id_column: 'id',
        column: 'score',
      },
    });
    const bad = outcome.findings.find(
      (f) => f.id === 'predictions:data/online-bad.csv:not-numbers',
    );
    assert.ok(bad);
    assert.deepEqual(bad.measure, {
      figure: 'predictions that are not numbers',
      value: 1,
      bound: { comparator: '==', limit: 0 },
    });
    assert.match(
      bad.message,
      /1 prediction\(s\) in "score" are not numbers, e\.g\. "0\.5O2" \(line 4\)/,
    );
  });

  it('distribution skew uses the tighter skew defaults: L∞ ≥ 0.01 for categories', async () => {
    const outcome = await run({
      training: 'data/train.csv',
      serving: 'data/serving.csv',
      ignore: ['id'],
    });
    assert.ok(outcome.findings.every((f) => !f.id.startsWith('values:')));
    const table = outcome.details[0]!;
    assert.ok(table.type === 'table');
    const origin = table.rows.find((row) => row[0] === 'origin')!;
    // The drift table states the rule once in its note and each feature's level in its row.
    const cell = (name: string) => origin[table.header.indexOf(name)];
    assert.deepEqual([cell('Statistic'), cell('Drifts at')], ['L∞', '≥ 0.01']);
    assert.match(table.note ?? '', /adjusted p \(over \d+ tested features\) ≤ 0\.05/);
  });

  it('id_column needs training rows, not a profile', () => {
    const parsed = trainServeSkewConfig.safeParse({
      training: { profile: 'p.json' },
      serving: 'data/serving.csv',
      id_column: 'id',
    });
    assert.equal(parsed.success, false);
    assert.match(JSON.stringify(parsed.error?.issues), /needs the training rows/);
  });
});

describe('train/serve skew: cells it cannot read', () => {
  it('a serving number it cannot read fails, naming the line and the skew config key', async () => {
    const outcome = await trainServeSkew.run(
      trainServeSkewConfig.parse({
        training: 'data/train.csv',
        serving: 'data/serving-unreadable.csv',
        id_column: 'id',
      }),
      {
        workspace: memoryWorkspace({
          files: { ...files, 'data/serving-unreadable.csv': training.replace(',130,', ',0x82,') },
        }),
        event: { name: 'local' },
        now: new Date('2026-11-23T00:00:00Z'),
      },
    );
    assert.ok(outcome.kind === 'ran');
    const found = outcome.findings.filter((f) => f.id.startsWith('unreadable:'));
    assert.deepEqual(
      found.map((f) => [f.id, f.severity, f.location, f.cause]),
      [
        [
          'unreadable:current:horsepower',
          'fail',
          {
            path: 'data/serving-unreadable.csv',
            line: 2,
            column: 'horsepower',
            row: 1,
            feature: 'horsepower',
          },
          'unreadable:data/serving-unreadable.csv:horsepower',
        ],
      ],
    );
    assert.match(found[0]!.message, /line 2 \(row 1\) "0x82"; left out of skew$/);
    assert.match(found[0]!.fix ?? '', /`checks\.train_serve_skew\.max_unreadable_share`/);
  });
});

describe('train/serve skew: committed serving logs and the code that writes them', () => {
  // A pipeline whose step `serve` declares the prediction log as its output; nothing is run.
  const steps = pipelineSteps.parse({
    serve: {
      command: 'node serve.mjs',
      inputs: ['serve.mjs', 'lib/*.mjs', 'data/train.csv'],
      outputs: ['data/online.csv'],
    },
  });
  const pipeline: Pipeline = {
    steps,
    // As on a privileged event: the step cannot say whether it writes the logs as committed.
    run: async () => ({ kind: 'refused', reason: 'pull_request_target' }),
    runAll: async () => ({ kind: 'refused', reason: 'pull_request_target' }),
    dispose: async () => {},
  };
  const config = {
    training: 'data/train.csv',
    serving: 'data/train.csv',
    predictions: {
      training: 'data/offline.csv',
      serving: 'data/online.csv',
      id_column: 'id',
      column: 'score',
      max_mismatch_share: 0.01,
    },
  };
  const commitTimes = {
    'data/online.csv': '2026-11-02T10:00:00Z',
    'serve.mjs': '2026-11-20T10:00:00Z',
    'lib/features.mjs': '2026-10-01T10:00:00Z',
    'data/train.csv': '2026-10-01T10:00:00Z',
  };
  const context = (workspace: ReturnType<typeof memoryWorkspace>) => ({
    workspace,
    pipeline,
    event: { name: 'local' },
    now: new Date('2026-11-23T00:00:00Z'),
  });

  it("by default the step's tracked inputs are the code: logs committed before it changed warn", async () => {
    const workspace = memoryWorkspace({
      files: { ...files, 'serve.mjs': '', 'lib/features.mjs': '' },
      commitTimes,
    });
    const outcome = await trainServeSkew.run(
      trainServeSkewConfig.parse(config),
      context(workspace),
    );
    assert.ok(outcome.kind === 'ran');
    assert.deepEqual(
      outcome.findings.map((f) => [f.id, f.severity]),
      [['serving-logs:data/online.csv:older-than-code', 'warn']],
    );
    assert.equal(
      outcome.findings[0]?.message,
      'data/online.csv was last committed 2026-11-02, before serve.mjs changed (2026-11-20): the logs may not show what the serving code computes now',
    );
    assert.match(
      outcome.summary,
      /; serving features from committed serving logs data\/train\.csv; serving predictions from committed serving logs data\/online\.csv \(older than the serving code\)$/,
    );
    const block = outcome.details.find((b) => b.title === 'Serving data');
    assert.ok(block?.type === 'list');
    // data/train.csv is the features' "serving" file here, and no step writes it.
    assert.match(block.items[0] ?? '', /which code writes them is not known/);
  });

  it('when git cannot be asked, the logs are still compared and the report says why their age is unknown', async () => {
    const workspace = {
      ...memoryWorkspace({ files, commitTimes }),
      listTrackedFiles: () => Promise.reject(new Error('not a git repository')),
    };
    const outcome = await trainServeSkew.run(
      trainServeSkewConfig.parse(config),
      context(workspace),
    );
    assert.ok(outcome.kind === 'ran');
    assert.deepEqual(outcome.findings, []);
    const block = outcome.details.find((b) => b.title === 'Serving data');
    assert.ok(block?.type === 'list');
    assert.match(block.items[1] ?? '', /git could not tell their history \(not a git repository\)/);
  });
});

describe("train/serve skew on the run's scan threads", () => {
  it('compares its large features on a held thread, with the outcome of comparing all here', async () => {
    const workspace = memoryWorkspace({
      files: { 'train.csv': csvOf(0), 'serving.csv': csvOf(3) },
    });
    const config = trainServeSkewConfig.parse({ training: 'train.csv', serving: 'serving.csv' });
    const now = new Date('2026-12-04');
    const { shared, alone, calls, sent } = await runWithAndWithoutThreads((threads) =>
      trainServeSkew.run(config, { workspace, event: { name: 'local' }, now, ...threads }),
    );
    assert.deepEqual(calls, ['hold', 'compare checks.train_serve_skew.serving', 'release']);
    assert.deepEqual(sent, [['wide']]);
    assert.deepEqual(shared, alone);
  });
});
