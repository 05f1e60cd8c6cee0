import assert from 'node:assert/strict';
import { test } from 'vitest';
import { compareExamples } from '../../src/drift/compare-examples.ts';
import { scanText } from './drift-fixtures.ts';

const tolerance = { absolute: 1e-9, relative: 1e-6 };

test('numbers within tolerance, NaN and infinities, text vs numbers, missing on one side', () => {
  const training = scanText(
    'id,x,label\n1,1.0,a\n2,2.0,b\n3,nan,c\n4,inf,d\n5,5.0,e\n6,1000000,f\n7,,g\n',
    'training.csv',
  );
  const serving = scanText(
    'id,x,label\n1,1.0000000001,a\n2,2.1,b\n3,NaN,c\n4,-inf,d\n5,5,E\n6,1000000.5,f\n7,,\n8,8,h\n',
    'serving.csv',
  );
  const result = compareExamples(
    training,
    serving,
    'id',
    [
      { name: 'x', training: 'x', serving: 'x' },
      { name: 'label', training: 'label', serving: 'label' },
    ],
    tolerance,
    10,
  );
  assert.equal(result.joined, 7);
  assert.deepEqual([result.onlyInTraining, result.onlyInServing], [0, 1]);
  const x = result.columns.find((c) => c.name === 'x')!;
  // Differ: 2.0 vs 2.1, inf vs -inf. Equal: within 1e-9 + 1e-6·|x| (1.0000000001, 1000000.5), NaN = NaN.
  assert.equal(x.mismatches, 2);
  assert.equal(x.compared, 6);
  assert.ok(Math.abs(x.maxAbsoluteDifference! - 0.1) < 1e-12);
  assert.deepEqual(
    x.examples.map((e) => e.id),
    ['4', '2'],
    'the infinite difference first',
  );
  // The first mismatch in the training file's order, whatever its size.
  assert.deepEqual(x.first, { id: '2', training: 2, serving: 2.1 });
  const label = result.columns.find((c) => c.name === 'label')!;
  assert.deepEqual(
    label.examples.map((e) => [e.id, e.training, e.serving]),
    [
      ['5', 'e', 'E'],
      ['7', 'g', null],
    ],
  );
  assert.equal(label.first?.id, '5');
  assert.equal(result.skewedExamples, 4);
});

test('duplicate ids are reported and the first occurrence is used; a missing column is named', () => {
  const training = scanText('id,x\n1,1\n1,2\n2,3\n', 'training.csv');
  const serving = scanText('id,x\n1,1\n2,3\n2,4\n', 'serving.csv');
  const result = compareExamples(
    training,
    serving,
    'id',
    [{ name: 'x', training: 'x', serving: 'x' }],
    tolerance,
    10,
  );
  assert.deepEqual(result.duplicateIds, [
    { side: 'serving', id: '2', count: 2 },
    { side: 'training', id: '1', count: 2 },
  ]);
  assert.equal(result.columns[0]!.mismatches, 0);
  assert.throws(
    () => compareExamples(training, serving, 'user', [], tolerance, 10),
    /training\.csv has no column "user"; it has: id, x/,
  );
});
