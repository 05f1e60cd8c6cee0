/**
 * Ordinary least squares y = a + b·x with the standard errors and t test of
 * classical simple linear regression (independent, equal-variance normal
 * errors): the slope's standard error s/√Sxx, the intercept's, the two-sided
 * p-value of b = 0 on n − 2 degrees of freedom, the slope's confidence
 * interval, and the confidence band of the fitted mean
 * ŷ(x) ± t·s·√(1/n + (x − x̄)²/Sxx).
 * Sums are taken around the means, so large x (days, timestamps) lose no digits.
 * Reference: scipy.stats.linregress(x, y) (slope, intercept, rvalue, pvalue,
 * stderr, intercept_stderr); Draper & Smith, Applied Regression Analysis,
 * 3rd ed., §1.4. Cost: O(n).
 */
import { studentTQuantile, studentTSf } from './student-t.ts';

export interface LinearRegressionFit {
  n: number;
  slope: number;
  intercept: number;
  slopeStandardError: number;
  interceptStandardError: number;
  /** Two-sided p-value of the t test of slope = 0. */
  pValue: number;
  rSquared: number;
  /** s², the residual variance on n − 2 degrees of freedom. */
  residualVariance: number;
  meanX: number;
  meanY: number;
  /** Σ(x − x̄)². */
  sxx: number;
}

/** Needs n ≥ 3 points and at least two distinct x. */
export function fitLinearRegression(
  x: readonly number[],
  y: readonly number[],
): LinearRegressionFit {
  const n = x.length;
  if (y.length !== n) throw new RangeError('x and y must be paired');
  if (n < 3) throw new RangeError(`${n} points; standard errors need at least 3`);
  const meanX = x.reduce((a, b) => a + b, 0) / n;
  const meanY = y.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - meanX;
    const dy = y[i]! - meanY;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (sxx === 0) throw new RangeError('all x are equal; a slope needs two distinct x');
  const slope = sxy / sxx;
  const residualSum = Math.max(0, syy - slope * sxy);
  const residualVariance = residualSum / (n - 2);
  const slopeStandardError = Math.sqrt(residualVariance / sxx);
  const t =
    slopeStandardError === 0 ? Number.POSITIVE_INFINITY : Math.abs(slope / slopeStandardError);
  return {
    n,
    slope,
    intercept: meanY - slope * meanX,
    slopeStandardError,
    interceptStandardError: Math.sqrt(residualVariance * (1 / n + (meanX * meanX) / sxx)),
    // A perfect fit of a flat line (0/0) is no evidence of a slope.
    pValue: slope === 0 ? 1 : 2 * studentTSf(t, n - 2),
    rSquared: syy === 0 ? 0 : (slope * sxy) / syy,
    residualVariance,
    meanX,
    meanY,
    sxx,
  };
}

/** t₁₋α/₂ on n − 2 degrees of freedom, for a two-sided interval of the given confidence. */
export function regressionTQuantile(fit: LinearRegressionFit, confidence: number): number {
  return studentTQuantile(1 - (1 - confidence) / 2, fit.n - 2);
}

/** The slope's two-sided confidence interval b ± t·se(b). */
export function slopeInterval(
  fit: LinearRegressionFit,
  confidence: number,
): { low: number; high: number } {
  const half = regressionTQuantile(fit, confidence) * fit.slopeStandardError;
  return { low: fit.slope - half, high: fit.slope + half };
}

/** The fitted mean at x and its pointwise two-sided confidence band. */
export function meanBand(
  fit: LinearRegressionFit,
  x: number,
  confidence: number,
): { mean: number; low: number; high: number } {
  const mean = fit.intercept + fit.slope * x;
  const standardError = Math.sqrt(
    fit.residualVariance * (1 / fit.n + (x - fit.meanX) ** 2 / fit.sxx),
  );
  const half = regressionTQuantile(fit, confidence) * standardError;
  return { mean, low: mean - half, high: mean + half };
}
