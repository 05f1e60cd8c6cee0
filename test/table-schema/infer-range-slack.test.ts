import assert from 'node:assert/strict';
import { test } from 'vitest';
import { widenDateRange, widenNumberRange } from '../../src/table-schema/infer-range-slack.ts';

// Expected bounds worked by hand from the rule: widen each side by margin · span,
// then round outward to a multiple of 10^(⌊log10 widened span⌋ − 1).
const range = (minimum: number, maximum: number) => ({ minimum, maximum });

test('numbers: widened by 10% of the span, rounded outward to 2 significant digits of the span', () => {
  const cases: [observed: [number, number], expected: [number, number]][] = [
    // 36.93..40.17, span 3.24 → steps of 0.1
    [
      [37.2, 39.9],
      [36.9, 40.2],
    ],
    // seattle temp_max: -5.32..39.32, span 44.64 → steps of 1
    [
      [-1.6, 35.6],
      [-6, 40],
    ],
    // -9.09..20.79, span 29.88 → steps of 1
    [
      [-6.6, 18.3],
      [-10, 21],
    ],
    // a pressure: 1010.3..1030.7, span 20.4 → steps of 1
    [
      [1012, 1029],
      [1010, 1031],
    ],
    // small values: 0.00093..0.00417, span 0.00324 → steps of 0.0001
    [
      [0.0012, 0.0039],
      [0.0009, 0.0042],
    ],
    // below zero throughout: -50.84..-7.16, span 43.68 → steps of 1
    [
      [-47.2, -10.8],
      [-51, -7],
    ],
  ];
  for (const [[min, max], [low, high]] of cases) {
    assert.deepEqual(
      widenNumberRange(range(min, max), 0.1, false),
      range(low, high),
      `${min}..${max}`,
    );
  }
});

test('a side that never crossed zero does not cross it', () => {
  // seattle precipitation 0..55.9 → -5.59..61.49 → 0..61.49, span 61.49 → steps of 1
  assert.deepEqual(widenNumberRange(range(0, 55.9), 0.1, false), range(0, 62));
  // wind 0.4..8.8 → -0.44..9.64 → 0..9.64, span 9.64 → steps of 0.1
  assert.deepEqual(widenNumberRange(range(0.4, 8.8), 0.1, false), range(0, 9.7));
  // -8.8..-0.4 mirrors it
  assert.deepEqual(widenNumberRange(range(-8.8, -0.4), 0.1, false), range(-9.7, 0));
  // all zero: 0..0.1 (the span of a constant 0 counts as 1), steps of 0.01
  assert.deepEqual(widenNumberRange(range(0, 0), 0.1, false), range(0, 0.1));
});

test('integers keep whole bounds; a constant is widened by margin times its value', () => {
  // cars Cylinders 3..8: 2.5..8.5 would round to tenths; integers round to whole numbers
  assert.deepEqual(widenNumberRange(range(3, 8), 0.1, true), range(2, 9));
  // penguins Body Mass (g) 2700..6050: 2365..6385, span 4020 → steps of 100
  assert.deepEqual(widenNumberRange(range(2700, 6050), 0.1, true), range(2300, 6400));
  // a constant 5: 4.5..5.5, span 1 → steps of 0.1, or of 1 for an integer
  assert.deepEqual(widenNumberRange(range(5, 5), 0.1, false), range(4.5, 5.5));
  assert.deepEqual(widenNumberRange(range(5, 5), 0.1, true), range(4, 6));
});

test('margin 0 keeps the observed range, unrounded; a larger margin widens more', () => {
  assert.deepEqual(widenNumberRange(range(37.23, 39.91), 0, false), range(37.23, 39.91));
  assert.deepEqual(widenDateRange(range(1.5, 2.5), 0), range(1.5, 2.5));
  // 37.2..39.9 with 0.5: 35.85..41.25, span 5.4 → steps of 0.1
  assert.deepEqual(widenNumberRange(range(37.2, 39.9), 0.5, false), range(35.8, 41.3));
});

test('dates: widened by margin · span, rounded outward to whole UTC days', () => {
  const day = (iso: string) => Date.parse(iso);
  // 2012-01-01..2012-01-31: 30 days → 3 days each side
  assert.deepEqual(
    widenDateRange(range(day('2012-01-01'), day('2012-01-31')), 0.1),
    range(day('2011-12-29'), day('2012-02-03')),
  );
  // date-times: 2012-01-01T06:00..2012-01-02T06:00 → 03:36 and 08:24, then whole days
  assert.deepEqual(
    widenDateRange(range(day('2012-01-01T06:00:00Z'), day('2012-01-02T06:00:00Z')), 0.1),
    range(day('2012-01-01'), day('2012-01-03')),
  );
  // one date only: widened by 0.1 day, so to the day before and the day after
  assert.deepEqual(
    widenDateRange(range(day('1970-01-01'), day('1970-01-01')), 0.1),
    range(day('1969-12-31'), day('1970-01-02')),
  );
});
