import assert from 'node:assert/strict';
import { test } from 'vitest';
import { stirlingError } from '../../src/statistics/stirling-error.ts';
import { assertClose } from './fixture-samples.ts';

test('matches ln Γ(k+1) − [(k+½) ln k − k + ½ ln 2π]', () => {
  // mpmath.loggamma(k+1) - ((k+0.5)*log(k) - k + 0.5*log(2*pi)) at 50 digits, rounded to float64
  const expected: [number, number][] = [
    [1, 0.08106146679532726],
    [7, 0.01189670994589177],
    [15, 0.005554733551962801],
    [15.5, 0.005375599032926835],
    [40, 0.0020832899383024218],
    [1e6, 8.333333333333056e-8],
  ];
  for (const [k, value] of expected) assertClose(stirlingError(k), value, 1e-11, `k=${k}`);
});

test('refuses arguments outside its domain', () => {
  assert.throws(() => stirlingError(0.5), /integer 1…15/);
  assert.throws(() => stirlingError(0), /integer 1…15/);
});
