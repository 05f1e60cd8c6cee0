import assert from 'node:assert/strict';
import { test } from 'vitest';
import { cramersV } from '../../src/statistics/cramers-v.ts';
import { assertClose, textColumn } from './fixture-samples.ts';

function crossTable(rows: (string | null)[], columns: (string | null)[], r: string[], c: string[]) {
  const table = r.map(() => c.map(() => 0));
  rows.forEach((row, i) => {
    const column = columns[i];
    if (row === null || column === null || column === undefined) return;
    table[r.indexOf(row)]![c.indexOf(column)]!++;
  });
  return table;
}

const species = textColumn('penguins.csv', 'species');
const speciesNames = ['Adelie', 'Chinstrap', 'Gentoo'];

test("penguin species vs island and vs sex match scipy's association(method='cramer')", () => {
  const islands = crossTable(species, textColumn('penguins.csv', 'island'), speciesNames, [
    'Biscoe',
    'Dream',
    'Torgersen',
  ]);
  assert.deepEqual(islands, [
    [44, 56, 52],
    [0, 68, 0],
    [124, 0, 0],
  ]);
  // stats.contingency.association([[44, 56, 52], [0, 68, 0], [124, 0, 0]], method="cramer") → 0.6598431008795325
  assertClose(cramersV(islands)!, 0.6598431008795325, 1e-13);
  const sexes = crossTable(species, textColumn('penguins.csv', 'sex'), speciesNames, [
    'FEMALE',
    'MALE',
  ]);
  // stats.contingency.association([[73, 73], [34, 34], [58, 61]], method="cramer") → 0.0120817001245789
  assertClose(cramersV(sexes)!, 0.0120817001245789, 1e-12);
});

test('perfect association is 1; one level on a side has no V', () => {
  assertClose(
    cramersV([
      [10, 0],
      [0, 5],
    ])!,
    1,
    1e-15,
  );
  assert.equal(cramersV([[10, 5]]), null);
  assert.equal(cramersV([[10], [5]]), null);
});
