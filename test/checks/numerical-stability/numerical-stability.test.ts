import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { numericalStability } from '../../../src/checks/numerical-stability/numerical-stability.ts';
import {
  type NumericalStabilityConfig,
  numericalStabilityConfig,
} from '../../../src/checks/numerical-stability/numerical-stability-config.ts';
import { numericalStabilityOutcome } from '../../../src/checks/numerical-stability/numerical-stability-outcome.ts';
import type { CheckOutcome } from '../../../src/model/check.ts';
import { memoryWorkspace } from '../../mocks/memory-workspace.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/numerical-stability/${name}`, import.meta.url), 'utf8');
const files = {
  'healthy.csv': fixture('healthy.csv'),
  'broken.csv': fixture('broken.csv'),
  'constant.jsonl': fixture('constant.jsonl'),
};

async function run(
  config: Record<string, unknown>,
): Promise<Extract<CheckOutcome, { kind: 'ran' }>> {
  const parsed: NumericalStabilityConfig = numericalStabilityConfig.parse(config);
  const outcome = await numericalStability.run(parsed, {
    workspace: memoryWorkspace({ files }),
    event: { name: 'local' },
    now: new Date('2026-11-23T00:00:00Z'),
  });
  assert.equal(outcome.kind, 'ran');
  return outcome as Extract<CheckOutcome, { kind: 'ran' }>;
}

describe('numerical stability (Monitor 5)', () => {
  it('finds nothing wrong with the real predictions of the example model', async () => {
    const outcome = await run({
      predictions: 'healthy.csv',
      columns: ['score'],
      probability_columns: ['score'],
    });
    assert.deepEqual(outcome.findings, []);
    assert.match(outcome.summary, /20 rows/);
  });

  it('names every kind of broken value with its row id and line', async () => {
    const outcome = await run({
      predictions: 'broken.csv',
      columns: ['score', 'logit'],
      probability_columns: ['score'],
      id_column: 'id',
    });
    const byId = new Map(outcome.findings.map((f) => [f.id, f.message]));
    assert.deepEqual([...byId.keys()].sort(), [
      'column:logit:infinite',
      'column:score:infinite',
      'column:score:missing',
      'column:score:nan',
      'column:score:not-a-number',
      'column:score:outside-probability',
    ]);
    assert.match(byId.get('column:score:nan')!, /id=a2 \(line 3\)/);
    assert.match(byId.get('column:score:not-a-number')!, /id=a5 \(line 6\)/);
    assert.match(byId.get('column:score:outside-probability')!, /1 of 7 rows.*id=a4/);
    assert.match(byId.get('column:logit:infinite')!, /id=a7/);
    assert.ok(outcome.findings.every((f) => f.severity === 'fail'));
    // Each finding counts its broken cells against 0 and points at the first one (broken.csv's lines).
    const nan = outcome.findings.find((f) => f.id === 'column:score:nan');
    assert.deepEqual(nan?.measure, {
      figure: 'score values that are NaN',
      value: 1,
      bound: { comparator: '==', limit: 0 },
    });
    assert.deepEqual(nan?.location, { path: 'broken.csv', column: 'score', line: 3 });
    assert.equal(
      nan?.fix,
      'Fix the model or the code that writes score so that every row holds a finite number.',
    );
    const probability = outcome.findings.find((f) => f.id === 'column:score:outside-probability');
    assert.deepEqual(probability?.location, { path: 'broken.csv', column: 'score', line: 5 });
    assert.match(probability?.fix ?? '', /`checks\.numerical_stability\.probability_columns`/);
    assert.deepEqual(outcome.findings.find((f) => f.id === 'column:logit:infinite')?.location, {
      path: 'broken.csv',
      column: 'logit',
      line: 8,
    });
    // 5 broken score cells (NaN, inf, 1.7, 0.4C, empty) and 1 logit: the broken figure comes first.
    assert.deepEqual(outcome.figures[0], {
      name: 'non-finite or out-of-range values',
      value: 6,
      threshold: '= 0',
      bound: { comparator: '==', limit: 0 },
    });
  });

  it('fails when every prediction is identical', async () => {
    const outcome = await run({ predictions: 'constant.jsonl', columns: ['score'] });
    assert.equal(outcome.findings.length, 1);
    assert.equal(outcome.findings[0]!.id, 'column:score:constant');
    assert.match(outcome.findings[0]!.message, /all 3 finite predictions are identical \(0\.5\)/);
    assert.deepEqual(outcome.findings[0]?.measure, {
      figure: 'std of score',
      value: 0,
      bound: { comparator: '>', limit: 0 },
    });
    assert.equal(
      outcome.findings[0]?.fix,
      'Find why the model gives the same score for every row (a broken model, or constant input features).',
    );
    assert.equal(outcome.figures[0]?.name, 'smallest std of a column');
  });

  it('words a small std without float noise beside min_std', () => {
    const config = numericalStabilityConfig.parse({
      predictions: 'scores.csv',
      columns: ['score'],
      min_std: 0.5,
    });
    const report = {
      column: 'score',
      rows: 4,
      finite: 4,
      problems: new Map(),
      counts: new Map(),
      first: new Map(),
      std: 0.1 + 0.2,
      min: 0,
      max: 1,
    };
    const outcome = numericalStabilityOutcome(config, 'scores.csv', [report], 4);
    assert.equal(outcome.kind, 'ran');
    if (outcome.kind !== 'ran') return;
    assert.match(
      outcome.findings[0]!.message,
      /^score: standard deviation 0\.3 is at most min_std 0\.5;/,
    );
    assert.equal(outcome.findings[0]?.measure?.value, 0.1 + 0.2);
  });

  it('flags values outside a configured plausible range', async () => {
    const outcome = await run({
      predictions: 'broken.csv',
      columns: ['logit'],
      ranges: { logit: { min: 0 } },
      id_column: 'id',
    });
    const range = outcome.findings.find((f) => f.id === 'column:logit:outside-range');
    // -0.1 (a4) is below 0; -Infinity (a7) is reported as infinite, not also as out of range.
    assert.match(range!.message, /1 of 7 rows.*id=a4/);
    assert.deepEqual(range?.location, { path: 'broken.csv', column: 'logit', line: 5 });
    assert.equal(
      range?.fix,
      'Fix the model or the code that writes logit so that it stays within [0, ∞], or widen `checks.numerical_stability.ranges.logit` if the range is wrong.',
    );
  });

  it('rejects a range for a column it does not check, naming the key', async () => {
    await assert.rejects(
      run({ predictions: 'healthy.csv', columns: ['score'], ranges: { logit: { max: 1 } } }),
      /checks\.numerical_stability\.ranges\.logit/,
    );
  });

  it('errors on a missing column, naming the file and the columns it has', async () => {
    await assert.rejects(
      run({ predictions: 'healthy.csv', columns: ['probability'] }),
      /healthy\.csv.*no column named "probability".*id, label, score/,
    );
  });

  it('errors on a file with a header and no rows', async () => {
    const outcome = numericalStability.run(
      numericalStabilityConfig.parse({ predictions: 'empty.csv', columns: ['score'] }),
      {
        workspace: memoryWorkspace({ files: { 'empty.csv': 'id,score\n' } }),
        event: { name: 'local' },
        now: new Date(),
      },
    );
    await assert.rejects(outcome, /empty\.csv: the predictions file has a header but no rows/);
  });
});
