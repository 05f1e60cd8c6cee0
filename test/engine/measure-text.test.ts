import assert from 'node:assert/strict';
import { test } from 'vitest';
import { codeName, locationText, measureText } from '../../src/engine/measure-text.ts';

test('a value that breaks a bound shows the comparison it makes', () => {
  const ks = { figure: 'KS p', value: 0.01, bound: { comparator: '>', limit: 0.05 } } as const;
  assert.equal(measureText(ks), 'KS p 0.01 ≤ 0.05');
  const rows = {
    figure: 'rows with NaN',
    value: 3,
    bound: { comparator: '==', limit: 0 },
  } as const;
  assert.equal(measureText(rows), 'rows with NaN 3 ≠ 0');
  const latency = {
    figure: 'p95 latency',
    value: 130,
    unit: 'ms',
    bound: { comparator: '<=', limit: 100 },
  } as const;
  assert.equal(measureText(latency), 'p95 latency 130 ms > 100 ms');
});

test('rounding never makes a value look equal to or past its limit', () => {
  const v = {
    figure: "Cramér's V",
    value: 0.049994,
    bound: { comparator: '>=', limit: 0.05 },
  } as const;
  assert.equal(measureText(v), "Cramér's V 0.04999 < 0.05");
});

test('a phrase, or a name the report cannot keep as code, is plain text, not literal backticks', () => {
  assert.equal(codeName('temp_max'), '`temp_max`');
  assert.equal(codeName('temp max (°C)'), 'temp max (°C)');
  assert.equal(codeName('a`b'), 'a`b');
  assert.equal(codeName('cells above maximum'), 'cells above maximum');
});

test('a location names the file, the line or row, and the column, feature or slice', () => {
  assert.equal(
    locationText({ path: 'data/s.csv', line: 12, column: 'age' }),
    'data/s.csv line 12, column `age`',
  );
  assert.equal(
    locationText({ path: 'data/s.parquet', row: 7, feature: 'age', slice: 'region=EU' }),
    'data/s.parquet row 7, feature `age`, slice `region=EU`',
  );
});
