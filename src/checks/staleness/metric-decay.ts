/**
 * How a model's metric decays with age: a least-squares line through
 * (age in days, metric) from evaluations of older model versions on fresh
 * data (simple-statistics' linearRegression), the metric lost per 30 days,
 * and the age at which the line crosses the floor — the retraining interval
 * that keeps the model above it.
 * Cost: O(n).
 */
import { linearRegression, rSquared } from 'simple-statistics';
import type { Direction } from '../../metrics/metric-catalog.ts';

export interface DecayFit {
  points: number;
  /** Metric change per day of age. */
  slope: number;
  /** The fitted metric of a fresh model (age 0). */
  intercept: number;
  rSquared: number;
  /** How much worse the metric gets per 30 days (negative: it improves). */
  lossPer30Days: number;
  /**
   * Age in days at which the fit crosses the floor: null when it never does
   * (no decay), 0 when even a fresh model is on the wrong side.
   */
  crossingAgeDays: number | null;
}

export function fitDecay(
  points: readonly (readonly [number, number])[],
  direction: Direction,
  floor: number,
): DecayFit {
  const ages = new Set(points.map(([age]) => age));
  if (ages.size < 3) {
    throw new RangeError(
      `${ages.size} distinct age(s); a decay fit needs evaluations at 3 or more ages`,
    );
  }
  const data = points.map(([age, value]) => [age, value]);
  const { m, b } = linearRegression(data);
  const line = (age: number) => m * age + b;
  const sign = direction === 'higher_is_better' ? 1 : -1;
  const worse = (value: number) => sign * (value - floor) < 0;
  let crossingAgeDays: number | null;
  if (worse(b)) crossingAgeDays = 0;
  else if (sign * m >= 0) crossingAgeDays = null;
  else crossingAgeDays = (floor - b) / m;
  return {
    points: points.length,
    slope: m,
    intercept: b,
    rSquared: rSquared(data, line),
    lossPer30Days: -sign * m * 30,
    crossingAgeDays,
  };
}
