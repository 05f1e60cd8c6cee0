import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { correlationRatio } from '../../src/statistics/correlation-ratio.ts';
import { fixtureTable } from '../metrics/fixture-table.ts';

describe('correlationRatio', () => {
  it('matches numpy on the penguins (numeric measure by species and island)', () => {
    const table = fixtureTable('model/penguins-features.csv');
    const numbers = (name: string) => table.column(name)!.map(Number);
    const groups = (name: string) => table.column(name)!.map(String);
    // eta = sqrt(sum(n_g * (mean_g - mean)**2) / sum((y - mean)**2)) with pandas groupby
    // (test/fixtures/model/README.md): beak_length_mm by species 0.8526806637221535, by island 0.36711705255885807;
    // body_mass_g by island 0.6099025527255266
    const expected: [string, string, number][] = [
      ['beak_length_mm', 'species', 0.8526806637221535],
      ['beak_length_mm', 'island', 0.36711705255885807],
      ['body_mass_g', 'island', 0.6099025527255266],
    ];
    for (const [feature, group, eta] of expected) {
      const actual = correlationRatio(numbers(feature), groups(group));
      assert.ok(
        actual !== null && Math.abs(actual - eta) < 1e-12,
        `${feature} by ${group}: ${actual}`,
      );
    }
  });
  it('is 1 when the group fixes the value, 0 when it says nothing, null without spread', () => {
    assert.equal(correlationRatio([1, 1, 5, 5], ['a', 'a', 'b', 'b']), 1);
    assert.equal(correlationRatio([1, 5, 1, 5], ['a', 'a', 'b', 'b']), 0);
    assert.equal(correlationRatio([2, 2, 2], ['a', 'b', 'c']), null);
    assert.equal(correlationRatio([1, 2, 3], ['a', 'a', 'a']), null);
  });
});
