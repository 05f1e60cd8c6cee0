import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { binLabel, groupRows, membership } from '../../src/metrics/group-rows.ts';

describe('groupRows', () => {
  it('groups by value in order of appearance, missing values in their own group', () => {
    const groups = groupRows(['b', 'a', null, 'b', 1, '1.0'], undefined, String);
    assert.deepEqual(groups, [
      { value: 'b', rows: [0, 3] },
      { value: 'a', rows: [1] },
      { value: '(missing)', rows: [2] },
      { value: '1', rows: [4, 5] },
    ]);
  });
  it('bins numbers at sorted edges, left-closed', () => {
    assert.deepEqual(
      groupRows(['17', 18, '64.9', '65', null], [65, 18], (row) => `row ${row}`).map((g) => [
        g.value,
        g.rows,
      ]),
      [
        ['< 18', [0]],
        ['[18, 65)', [1, 2]],
        ['≥ 65', [3]],
        ['(missing)', [4]],
      ],
    );
    assert.equal(binLabel(5, [10]), '< 10');
    assert.throws(
      () => groupRows(['12', 'twelve'], [10], (row) => `f.csv:${row + 2}`),
      /^Error: f\.csv:3: "twelve" is not a number, so it cannot be binned$/,
    );
  });
  it('turns rows into 0/1 weights', () => {
    assert.deepEqual([...membership(4, [1, 3])], [0, 1, 0, 1]);
  });
});
