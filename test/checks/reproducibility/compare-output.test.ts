import assert from 'node:assert/strict';
import { test } from 'vitest';
import {
  compareOutput,
  type OutputVerdict,
  type RunFiles,
} from '../../../src/checks/reproducibility/compare-output.ts';
import { type ArtifactOutput, outputSpec } from '../../../src/infra/artifact-output.ts';
import { describeDifference } from '../../../src/infra/describe-difference.ts';
import { memoryWorkspace } from '../../mocks/memory-workspace.ts';

const options = { ignoreKeys: [], maxExamples: 5, key: 'checks.reproducibility.outputs' };
const exact = { absolute: 0, relative: 1e-9 };

/** One run per file set, each in its own directory of one workspace. */
function runs(...versions: Record<string, string>[]): RunFiles[] {
  const files: Record<string, string> = {};
  versions.forEach((version, index) => {
    for (const [file, text] of Object.entries(version)) files[`r${index + 1}/${file}`] = text;
  });
  const workspace = memoryWorkspace({ files });
  return versions.map((_, index) => ({
    label: `run ${index + 1}`,
    workspace,
    directory: `r${index + 1}`,
  }));
}

async function verdict(output: ArtifactOutput, all: RunFiles[]): Promise<OutputVerdict> {
  return compareOutput(outputSpec(output, exact), all, options);
}

function sentence(result: OutputVerdict): string {
  if (result.status !== 'different') return result.status;
  return describeDifference(result.comparison, result.labels);
}

test('identical bytes, then equal within the tolerance', async () => {
  const same = { 'metrics.json': '{"auc": 0.9}' };
  assert.deepEqual(await verdict('metrics.json', runs(same, same, same)), {
    status: 'identical',
  });
  // Reformatted JSON: other bytes, same values.
  assert.deepEqual(
    await verdict('metrics.json', runs(same, { 'metrics.json': '{\n  "auc": 0.9\n}\n' })),
    { status: 'equivalent', compared: 1, unit: 'values' },
  );
});

test('metrics: the first differing key, with both values beside each other', async () => {
  const result = await verdict(
    'metrics.json',
    runs(
      { 'metrics.json': '{"val": {"auc": 0.912341, "loss": 0.2}, "rows": 40}' },
      { 'metrics.json': '{"val": {"auc": 0.912344, "loss": 0.3}, "rows": 40}' },
    ),
  );
  // 0.912341 and 0.912344 agree to 5 digits: formatBeside shows 6.
  assert.equal(
    sentence(result),
    '2 of 3 values differ; first `val.auc`: run 1 0.912341, run 2 0.912344',
  );
});

test('tables: the first differing row by line, its id and column; with 3 runs, the others unlike run 1', async () => {
  const first = { 'preds.csv': 'id,score\na,0.5\nb,0.25\nc,0.75\n' };
  const result = await verdict(
    { path: 'preds.csv', id_column: 'id' },
    runs(first, { 'preds.csv': 'id,score\nc,0.7\nb,0.25\na,0.5\n' }, first, {
      'preds.csv': 'id,score\na,0.5\nb,0.2\nc,0.75\n',
    }),
  );
  assert.equal(result.status === 'different' && result.alsoDiffering.join(), 'run 4');
  assert.equal(
    sentence(result),
    '1 of 3 rows differ; first at line 4 (id c), column `score`: run 1 0.75, run 2 0.7',
  );
  const positional = await verdict(
    'preds.csv',
    runs(first, { 'preds.csv': 'id,score\na,0.5\nb,0.25\n' }),
  );
  assert.equal(sentence(positional), '1 of 3 rows differ; first row 3: only in run 1');
});

test('bytes: the sizes; an output a run did not write or left as committed is missing', async () => {
  const bytes = await verdict(
    'model.pkl',
    runs({ 'model.pkl': 'weights 1' }, { 'model.pkl': 'weights 22' }),
  );
  assert.equal(sentence(bytes), 'the bytes differ (9 bytes vs 10 bytes)');
  assert.deepEqual(
    await verdict('model.pkl', runs({ 'model.pkl': 'w' }, {}, { 'other.txt': '' })),
    { status: 'missing', runs: ['run 2', 'run 3'], untouched: false },
  );
  const [one, two] = runs({ 'model.pkl': 'w' }, { 'model.pkl': 'w' });
  assert.deepEqual(await verdict('model.pkl', [one!, { ...two!, untouched: ['model.pkl'] }]), {
    status: 'missing',
    runs: ['run 2'],
    untouched: true,
  });
});
