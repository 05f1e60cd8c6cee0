import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { fiellerCrossingInterval } from '../../src/statistics/fieller-crossing-interval.ts';
import { fitLinearRegression, meanBand } from '../../src/statistics/linear-regression-fit.ts';
import { decaySeries } from './decay-series.ts';
import { assertClose } from './fixture-samples.ts';

function crossing(file: string, floor: number) {
  const { ages, values } = decaySeries(file);
  const fit = fitLinearRegression(ages, values);
  return { fit, interval: fiellerCrossingInterval(fit, floor, 0.95) };
}

describe('fiellerCrossingInterval', () => {
  it('matches the ages where the 95 % band of the mean meets the floor (scipy brentq)', () => {
    // Expected: fieller_by_root_finding in test/fixtures/staleness/reference-values.py, i.e.
    // scipy.optimize.brentq on |a + b·x − floor| − t975·s·√(1/n + (x − x̄)²/Sxx) from the estimate outwards.
    const cases: [string, number, [number, number, number]][] = [
      [
        'model/decay-evaluations.csv',
        0.86,
        [77.13653732051714, 71.02129163212034, 84.69821388591875],
      ],
      [
        'staleness/seattle-decay-label-drift.csv',
        0.8,
        [479.8347946130297, 283.153153353006, 643.9756881850439],
      ],
    ];
    for (const [file, floor, [estimate, low, high]] of cases) {
      const { fit, interval } = crossing(file, floor);
      assert.ok(interval.bounded, file);
      assertClose(interval.estimate, estimate, 1e-11, `${file} estimate`);
      assertClose(interval.low, low, 1e-10, `${file} low`);
      assertClose(interval.high, high, 1e-10, `${file} high`);
      // The ends are where the band's edge meets the floor.
      for (const end of [interval.low, interval.high]) {
        const band = meanBand(fit, end, 0.95);
        assert.ok(Math.min(Math.abs(band.low - floor), Math.abs(band.high - floor)) < 1e-12);
      }
    }
  });

  it('is unbounded when the slope is not significant at the same level', () => {
    // scipy.stats.linregress on seattle-decay-none.csv: pvalue 0.472, and brentq finds no end (None).
    const { fit, interval } = crossing('staleness/seattle-decay-none.csv', 0.8);
    assert.ok(fit.pValue > 0.05);
    assert.deepEqual(interval, { bounded: false, estimate: (0.8 - fit.intercept) / fit.slope });
  });
});
