import assert from 'node:assert/strict';
import { test } from 'vitest';
import {
  CellChecker,
  type CellCheckResults,
  type CellChecks,
  mergeCellChecks,
} from '../../src/data/cell-checks.ts';

const checks = (over: Partial<CellChecks> = {}): CellChecks => ({
  required: false,
  minimum: undefined,
  maximum: undefined,
  allowed: undefined,
  examples: 2,
  ...over,
});

function run(c: CellChecks, cells: (number | null)[]): CellCheckResults {
  const checker = new CellChecker(c);
  cells.forEach((cell, row) => {
    if (cell === null) checker.missing(row);
    else checker.present(row, cell);
  });
  return checker.finish();
}

test('each constraint counts the cells that break it; a cell breaking two counts once among the cells', () => {
  const result = run(
    checks({ required: true, minimum: 0, maximum: 10, allowed: [1, 2, 3, 20, -5] }),
    [1, null, -5, 11, 4, Number.NaN, null, -6],
  );
  // required: rows 1, 6; minimum: -5 (2), NaN (5), -6 (7); maximum: 11 (3); enum: 11, 4, -6.
  assert.deepEqual(result.counts, [2, 3, 1, 3]);
  assert.equal(result.cells, 7);
  // The first two of each kind, in row order; NaN is a range error only, not an enum one.
  assert.deepEqual(
    result.examples.map((v) => `${v.kind}@${v.row}`),
    ['required@1', 'minimum@2', 'maximum@3', 'enum@3', 'enum@4', 'minimum@5', 'required@6'],
  );
});

test('nothing is checked that the field does not constrain; NaN outside a range only breaks an enum', () => {
  assert.deepEqual(run(checks(), [null, Number.NaN, -1e300]), {
    counts: [0, 0, 0, 0],
    examples: [],
    cells: 0,
  });
  // NaN is within no range: with only a maximum it is a maximum error.
  assert.deepEqual(run(checks({ maximum: 1 }), [Number.NaN]).counts, [0, 0, 1, 0]);
  // Without a range, NaN is compared with the enum (SameValueZero: −0 is 0).
  assert.deepEqual(run(checks({ allowed: [0] }), [Number.NaN, -0]).counts, [0, 0, 0, 1]);
});

test("merged chunks: counts added, rows made the column's, the first examples of each kind kept", () => {
  const first = run(checks({ required: true, minimum: 0 }), [null, -1, 5]);
  const second = run(checks({ required: true, minimum: 0 }), [-2, null, -3, null]);
  const merged = mergeCellChecks(
    [
      { results: first, rows: 3 },
      { results: second, rows: 4 },
    ],
    2,
  );
  assert.deepEqual(merged.counts, [3, 3, 0, 0]);
  assert.equal(merged.cells, 6);
  assert.deepEqual(
    merged.examples.map((v) => `${v.kind}@${v.row}`),
    ['required@0', 'minimum@1', 'minimum@3', 'required@4'],
  );
  // One chunk scanned whole gives what the merged chunks give.
  const whole = run(checks({ required: true, minimum: 0 }), [null, -1, 5, -2, null, -3, null]);
  assert.deepEqual(merged, whole);
});
