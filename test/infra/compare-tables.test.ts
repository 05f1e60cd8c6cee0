import assert from 'node:assert/strict';
import { test } from 'vitest';
import { parseTableText } from '../../src/formats/parse-table-text.ts';
import { compareTables } from '../../src/infra/compare-tables.ts';

const left = parseTableText('id,score,label\n1,0.5,a\n2,0.25,b\n3,NaN,c\n4,1,d\n', 'left.csv');
const right = parseTableText(
  'id,score,label\n2,0.2500001,b\n1,0.5,x\n3,nan,c\n5,1,d\n',
  'right.csv',
);

test('joins on the id, compares numbers within the tolerance and text exactly', () => {
  const result = compareTables(left, right, {
    idColumn: 'id',
    tolerance: { absolute: 1e-6, relative: 0 },
    maxExamples: 5,
  });
  assert.equal(result.matchedRows, 3);
  assert.deepEqual([result.onlyLeft, result.onlyRight], [['4'], ['5']]);
  const [score, label] = result.columns;
  assert.equal(score?.differing, 0); // NaN equals NaN; 1e-7 is within 1e-6
  assert.ok(Math.abs((score?.maxAbsoluteDifference ?? 0) - 1e-7) < 1e-12);
  assert.deepEqual(label?.examples, [{ id: '1', left: 'a', right: 'x', line: 2 }]);
});

test('pairs by position without an id column', () => {
  const result = compareTables(left, right, {
    tolerance: { absolute: 0, relative: 0 },
    maxExamples: 1,
  });
  assert.equal(result.matchedRows, 4);
  assert.equal(result.columns.find((c) => c.left === 'id')?.differing, 3);
});

test('duplicate ids and missing columns are errors naming the file and line', () => {
  const duplicated = parseTableText('id,score\n1,0.5\n1,0.6\n', 'dup.csv');
  assert.throws(
    () =>
      compareTables(duplicated, right, {
        idColumn: 'id',
        tolerance: { absolute: 0, relative: 0 },
        maxExamples: 1,
      }),
    /dup\.csv:3: id "1" in column "id" also appears on line 2/,
  );
  assert.throws(
    () =>
      compareTables(left, right, {
        columns: [{ left: 'prob', right: 'score' }],
        tolerance: { absolute: 0, relative: 0 },
        maxExamples: 1,
      }),
    /left\.csv: no column named "prob"; the file has: id, score, label/,
  );
});
