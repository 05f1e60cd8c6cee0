import assert from 'node:assert/strict';
import { test } from 'vitest';
import { formatBeside, meetsBound, negateComparator } from '../../src/model/bound.ts';
import { formatNumber } from '../../src/model/format-number.ts';

test('tiny numbers use ×10 with a superscript exponent, which a narrow column cannot break', () => {
  assert.equal(formatNumber(2.9128e-14), '2.913×10⁻¹⁴');
  assert.equal(formatNumber(-1.5e-7), '-1.5×10⁻⁷');
  assert.equal(formatNumber(0.00042), '0.00042');
  assert.equal(formatNumber(1234.5678), '1234.6');
  assert.equal(formatNumber(0.123456, 2), '0.12');
});

test('a value beside its limit gets the digits the comparison needs', () => {
  assert.deepEqual(formatBeside(0.049994, 0.05), ['0.04999', '0.05']);
  assert.deepEqual(formatBeside(0.9000001, 0.9), ['0.9000001', '0.9']);
  assert.deepEqual(formatBeside(0.6913, 0.9), ['0.6913', '0.9']);
  assert.deepEqual(formatBeside(0.25, 0.25), ['0.25', '0.25']);
});

test('bounds: what meets them, and the comparison a breaking value makes', () => {
  assert.equal(meetsBound(0.91, { comparator: '>=', limit: 0.9 }), true);
  assert.equal(meetsBound(0.89, { comparator: '>=', limit: 0.9 }), false);
  assert.equal(meetsBound(Number.NaN, { comparator: '<=', limit: 1 }), false);
  assert.equal(meetsBound('3', { comparator: '<', limit: 4 }), false);
  assert.equal(meetsBound(0, { comparator: '==', limit: 0 }), true);
  assert.equal(negateComparator('>='), '<');
  assert.equal(negateComparator('=='), '!=');
});
