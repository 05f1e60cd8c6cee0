import assert from 'node:assert/strict';
import { test } from 'vitest';
import { tableVBand } from '../../src/scoring/table-v-band.ts';

// Breck et al. 2017, Table V: bands are left-open and right-closed.
const edges: [number, string][] = [
  [0, '0'],
  [0.5, '(0,1]'],
  [1, '(0,1]'],
  [1.5, '(1,2]'],
  [2, '(1,2]'],
  [2.5, '(2,3]'],
  [3, '(2,3]'],
  [3.5, '(3,5]'],
  [5, '(3,5]'],
  [5.5, '>5'],
  [7, '>5'],
];

for (const [score, range] of edges) {
  test(`Table V puts ${score} in ${range}`, () => {
    assert.equal(tableVBand(score).range, range);
  });
}

test('each band carries the sentence from Table V', () => {
  assert.equal(tableVBand(0).meaning, 'More of a research project than a productionized system.');
  assert.equal(
    tableVBand(4).meaning,
    'Strong levels of automated testing and monitoring, appropriate for mission-critical systems.',
  );
  assert.equal(tableVBand(6).meaning, 'Exceptional levels of automated testing and monitoring.');
});

test('a negative or non-finite score is a programming error, not a band', () => {
  assert.throws(() => tableVBand(-0.5), RangeError);
  assert.throws(() => tableVBand(Number.NaN), RangeError);
});
