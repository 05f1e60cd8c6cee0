import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { percentsBeside } from '../../src/model/bound.ts';

describe('percentsBeside', () => {
  it('shows four significant digits of a share and its budget', () => {
    assert.deepEqual(percentsBeside(0.008213, 0.01), ['0.8213 %', '1 %']);
  });

  it('adds digits until a share never reads equal to a budget it differs from', () => {
    assert.deepEqual(percentsBeside(0.0500001, 0.05), ['5.00001 %', '5 %']);
    assert.deepEqual(percentsBeside(0.7996, 0.8), ['79.96 %', '80 %']);
    assert.deepEqual(percentsBeside(0.05, 0.05), ['5 %', '5 %']);
  });
});
