import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import {
  fitLinearRegression,
  meanBand,
  slopeInterval,
} from '../../src/statistics/linear-regression-fit.ts';
import { decaySeries } from './decay-series.ts';
import { assertClose } from './fixture-samples.ts';

describe('fitLinearRegression', () => {
  it('matches scipy.stats.linregress on a decay with repeated ages', () => {
    const { ages, values } = decaySeries('model/decay-evaluations.csv');
    const fit = fitLinearRegression(ages, values);
    // r = scipy.stats.linregress(age_days, roc_auc) (test/fixtures/staleness/reference-values.py, scipy 1.10.1)
    assertClose(fit.slope, -0.000640797518021718, 1e-12, 'slope');
    assertClose(fit.intercept, 0.909428901663777, 1e-12, 'intercept');
    assertClose(fit.rSquared, 0.9811760819043921, 1e-12, 'rvalue**2');
    assertClose(fit.pValue, 2.683006516519669e-7, 1e-9, 'pvalue');
    assertClose(fit.slopeStandardError, 3.3546972815088556e-5, 1e-12, 'stderr');
    assertClose(fit.interceptStandardError, 0.001404261304519517, 1e-12, 'intercept_stderr');
    // r.slope ∓ t975·r.stderr, t975 the 0.975 quantile of t(7) solved with mpmath
    const slope = slopeInterval(fit, 0.95);
    assertClose(slope.low, -0.0007201235035078003, 1e-12, 'slope low');
    assertClose(slope.high, -0.0005614715325356357, 1e-12, 'slope high');
    // r.intercept ∓ t975·√(s²(1/n + x̄²/Sxx)), the 95 % band of the mean at age 0
    const band = meanBand(fit, 0, 0.95);
    assertClose(band.low, 0.9061083513275368, 1e-12, 'band low');
    assertClose(band.high, 0.9127494520000172, 1e-12, 'band high');
  });

  it('matches scipy.stats.linregress on the Seattle series without a real decay', () => {
    const { ages, values } = decaySeries('staleness/seattle-decay-none.csv');
    const fit = fitLinearRegression(ages, values);
    // r = scipy.stats.linregress(age_days, roc_auc) (test/fixtures/staleness/reference-values.py, scipy 1.10.1)
    assertClose(fit.slope, -3.3001577039572454e-5, 1e-11, 'slope');
    assertClose(fit.pValue, 0.47244634690259524, 1e-11, 'pvalue');
    assertClose(fit.slopeStandardError, 4.541940670817579e-5, 1e-12, 'stderr');
    const slope = slopeInterval(fit, 0.95);
    assertClose(slope.low, -0.00012530491693873107, 1e-12, 'slope low');
    assertClose(slope.high, 5.9301762859586156e-5, 1e-11, 'slope high');
  });

  it('rejects fewer than 3 points or a single x', () => {
    assert.throws(
      () => fitLinearRegression([1, 2], [1, 2]),
      /2 points; standard errors need at least 3/,
    );
    assert.throws(() => fitLinearRegression([1, 1, 1], [1, 2, 3]), /all x are equal/);
  });
});
