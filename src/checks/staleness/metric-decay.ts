/**
 * How a model's metric decays with age, and how sure the evaluations make
 * us: an ordinary least-squares line through (age in days, metric) from
 * evaluations of older model versions on fresh data, with the slope's t test
 * and confidence interval (scipy.stats.linregress's), and the age at which the
 * line crosses the floor with Fieller's confidence interval
 * (src/statistics/fieller-crossing-interval.ts).
 * The decay is significant when the slope's interval lies wholly on the
 * worse side of zero — the same condition as Fieller's interval being
 * bounded, and as p < α with the slope pointing the worse way. Only then is
 * there a crossing to retrain by; a line through noise extrapolates to any
 * age at all. Whether a fresh model already misses the floor is read from
 * the youngest evaluations, not from the extrapolated intercept.
 * Cost: O(n).
 */
import type { Direction } from '../../metrics/metric-catalog.ts';
import { fiellerCrossingInterval } from '../../statistics/fieller-crossing-interval.ts';
import {
  fitLinearRegression,
  type LinearRegressionFit,
  slopeInterval,
} from '../../statistics/linear-regression-fit.ts';

export interface DecayOptions {
  direction: Direction;
  floor: number;
  /** α: the decay counts when its two-sided p-value is below it. */
  significanceLevel: number;
  /** Fewer evaluations than this never count as a decay. */
  minEvaluations: number;
}

/** What the slope says, at confidence 1 − α. */
export type DecayTrend =
  | { kind: 'too-few-evaluations' }
  | { kind: 'no-significant-decay' }
  /** The metric gets significantly better with age: nothing to retrain by. */
  | { kind: 'improves' }
  | { kind: 'decays'; crossing: { estimate: number; low: number; high: number } };

export interface DecayFit {
  points: number;
  regression: LinearRegressionFit;
  confidence: number;
  /** How much worse the metric gets per 30 days (negative: it improves). */
  lossPer30Days: number;
  /** The metric's change per 30 days (the slope × 30) with its interval. */
  changePer30Days: { estimate: number; low: number; high: number };
  /** The observed mean at the youngest evaluated age. */
  youngest: { ageDays: number; mean: number; evaluations: number };
  /** The youngest evaluations are already on the wrong side of the floor. */
  freshMissesFloor: boolean;
  trend: DecayTrend;
}

export function fitDecay(
  points: readonly (readonly [number, number])[],
  options: DecayOptions,
): DecayFit {
  const ages = points.map(([age]) => age);
  const distinct = new Set(ages).size;
  if (distinct < 3) {
    throw new RangeError(
      `${distinct} distinct age(s); a decay fit needs evaluations at 3 or more ages`,
    );
  }
  const regression = fitLinearRegression(
    ages,
    points.map(([, value]) => value),
  );
  const confidence = 1 - options.significanceLevel;
  const sign = options.direction === 'higher_is_better' ? 1 : -1;
  const slope = slopeInterval(regression, confidence);
  const youngest = youngestEvaluations(points);
  return {
    points: points.length,
    regression,
    confidence,
    lossPer30Days: -sign * 30 * regression.slope,
    changePer30Days: {
      estimate: 30 * regression.slope,
      low: 30 * slope.low,
      high: 30 * slope.high,
    },
    youngest,
    freshMissesFloor: sign * (youngest.mean - options.floor) < 0,
    trend: trendOf(regression, sign, options),
  };
}

function trendOf(regression: LinearRegressionFit, sign: number, options: DecayOptions): DecayTrend {
  if (regression.n < options.minEvaluations) return { kind: 'too-few-evaluations' };
  const crossing = fiellerCrossingInterval(
    regression,
    options.floor,
    1 - options.significanceLevel,
  );
  if (!crossing.bounded) return { kind: 'no-significant-decay' };
  if (sign * regression.slope > 0) return { kind: 'improves' };
  const { estimate, low, high } = crossing;
  return { kind: 'decays', crossing: { estimate, low, high } };
}

function youngestEvaluations(points: readonly (readonly [number, number])[]): DecayFit['youngest'] {
  const ageDays = Math.min(...points.map(([age]) => age));
  const values = points.filter(([age]) => age === ageDays).map(([, value]) => value);
  return {
    ageDays,
    mean: values.reduce((a, b) => a + b, 0) / values.length,
    evaluations: values.length,
  };
}
