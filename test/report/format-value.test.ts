import assert from 'node:assert/strict';
import { test } from 'vitest';
import { formatNumber } from '../../src/model/format-number.ts';
import { formatCell, formatFigureValue } from '../../src/report/format-value.ts';

const numbers: [number, string][] = [
  [0, '0'],
  [3, '3'],
  [-12, '-12'],
  [0.1 + 0.2, '0.3'],
  [0.2213456, '0.2213'],
  [0.000012346, '0.00001235'],
  [1893.0417, '1893'],
  [10432.75, '10432.8'],
  [12.5, '12.5'],
  [Number.NaN, 'NaN'],
  [Number.POSITIVE_INFINITY, '∞'],
  [Number.NEGATIVE_INFINITY, '−∞'],
];

for (const [value, expected] of numbers) {
  test(`formatNumber(${value}) is ${expected}`, () => {
    assert.equal(formatNumber(value), expected);
  });
}

test('cells: null is a dash, booleans are yes/no, text is escaped for a table cell', () => {
  assert.equal(formatCell(null), '—');
  assert.equal(formatCell(true), 'yes');
  assert.equal(formatCell(false), 'no');
  assert.equal(formatCell('a|b\nc'), 'a\\|b<br>c');
});

test('a figure shows its unit unless the value is missing', () => {
  // A timing differs on every run: two significant digits keep a re-run's comment unchanged.
  assert.equal(formatFigureValue({ name: 'p95 latency', value: 12.25, unit: 'ms' }), '12 ms');
  assert.equal(formatFigureValue({ name: 'accuracy', value: 12.25, unit: '%' }), '12.25 %');
  assert.equal(formatFigureValue({ name: 'p95 latency', value: null, unit: 'ms' }), '—');
});
