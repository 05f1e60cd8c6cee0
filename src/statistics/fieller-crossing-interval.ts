/**
 * Where a fitted line reaches a level, with Fieller's confidence set: the x₀
 * at which the mean a + b·x₀ equals y₀ is the ratio x₀ = (y₀ − a)/b, and
 * Fieller's method takes as its confidence set every x whose fitted mean is
 * not significantly different from y₀ at that confidence,
 *   (ȳ + b(x − x̄) − y₀)² ≤ t²·s²·(1/n + (x − x̄)²/Sxx),
 * i.e. the x where the mean's confidence band contains y₀. The quadratic has
 * a positive leading coefficient b² − t²·se(b)² exactly when the slope is
 * significantly non-zero at the same level; then the set is a finite interval
 * around the estimate, otherwise it is unbounded (the line may never reach y₀).
 * Unlike the delta method's symmetric x₀ ± t·se(x₀), it keeps its coverage
 * when se(b) is not small beside b.
 * Reference: E. C. Fieller, "Some problems in interval estimation", JRSS B 16
 * (1954) 175–185; Draper & Smith, Applied Regression Analysis, 3rd ed., §3.2
 * (inverse regression). Cost: O(1) after the fit.
 */
import { type LinearRegressionFit, regressionTQuantile } from './linear-regression-fit.ts';

export type CrossingInterval =
  | { bounded: true; estimate: number; low: number; high: number }
  | { bounded: false; estimate: number | null };

export function fiellerCrossingInterval(
  fit: LinearRegressionFit,
  level: number,
  confidence: number,
): CrossingInterval {
  const t = regressionTQuantile(fit, confidence);
  const slopeMargin = t * t * fit.slopeStandardError ** 2;
  // In u = x − x̄: A·u² + 2·B·u + C ≤ 0.
  const a = fit.slope * fit.slope - slopeMargin;
  if (!(a > 0)) {
    return {
      bounded: false,
      estimate: fit.slope === 0 ? null : (level - fit.intercept) / fit.slope,
    };
  }
  const gap = fit.meanY - level;
  const b = fit.slope * gap;
  const c = gap * gap - (t * t * fit.residualVariance) / fit.n;
  // B² − A·C = t²·se(b)²·gap² + A·t²·s²/n ≥ 0, so the roots are real.
  const root = Math.sqrt(b * b - a * c);
  return {
    bounded: true,
    // a > 0 implies a non-zero slope.
    estimate: (level - fit.intercept) / fit.slope,
    low: fit.meanX + (-b - root) / a,
    high: fit.meanX + (-b + root) / a,
  };
}
