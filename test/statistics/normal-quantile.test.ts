import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { normalQuantile } from '../../src/statistics/normal-quantile.ts';

describe('normalQuantile', () => {
  it('matches scipy.special.ndtri to about 1e-15 relative, tails included', () => {
    // scipy.special.ndtri(p) for each p (scipy 1.10.1)
    const expected: [number, number][] = [
      [0.975, 1.959963984540054],
      [0.95, 1.6448536269514722],
      [0.995, 2.5758293035489004],
      [0.01, -2.3263478740408408],
      [1e-5, -4.264890793922825],
      [1e-12, -7.034483825301131],
      [1e-20, -9.262340089798409],
      [1e-300, -37.0470962993612],
      [0.999999, 4.753424308817087],
    ];
    for (const [p, z] of expected) {
      const actual = normalQuantile(p);
      assert.ok(Math.abs(actual - z) <= 2e-15 * Math.abs(z), `Φ⁻¹(${p}) = ${actual}, scipy ${z}`);
    }
    assert.equal(normalQuantile(0.5), 0);
    assert.equal(normalQuantile(0), Number.NEGATIVE_INFINITY);
    assert.equal(normalQuantile(1), Number.POSITIVE_INFINITY);
    assert.throws(() => normalQuantile(1.5), /a probability lies in \[0, 1\], got 1\.5/);
  });
});
