/**
 * The slack `mlgate schema infer` leaves around a training file's range, so
 * that the next sample of the same data (a held-out split, a day of serving)
 * does not fail on values just beyond the ones seen. Each side is widened by
 * `margin` times the observed span, then rounded outward:
 * - numbers to two significant digits of the widened span (a multiple of
 *   10^(⌊log10 span⌋ − 1)): 37.2..39.9 widens to 36.93..40.17 (span 3.24)
 *   and rounds to 36.9..40.2; -1.6..35.6 rounds to -6..40;
 * - integers to whole numbers at least (a step of 1 or more);
 * - dates and date-times to whole UTC days.
 * A number column that never went below zero keeps minimum ≥ 0 (a
 * precipitation of 0..55.9 keeps minimum 0), one with negative values that
 * never went above zero keeps maximum ≤ 0. A constant column is widened by
 * `margin` times its value (by `margin` when it is 0; by `margin` days for a
 * date). Margin 0 keeps the observed values unrounded: the training file's
 * hard limits.
 * Cost: O(1).
 */
import { millisecondsPerDay } from '../model/milliseconds-per-day.ts';

export interface NumberRange {
  minimum: number;
  maximum: number;
}

/** The observed min..max of a number column, widened and rounded to readable bounds. */
export function widenNumberRange(
  observed: NumberRange,
  margin: number,
  integer: boolean,
): NumberRange {
  if (margin === 0) return observed;
  const widened = widenBy(observed, margin, Math.abs(observed.minimum) || 1);
  // Which side of zero every training value fell on is a fact worth keeping (amounts, counts).
  const low = observed.minimum >= 0 ? Math.max(widened.minimum, 0) : widened.minimum;
  const high =
    observed.maximum <= 0 && observed.minimum < 0 ? Math.min(widened.maximum, 0) : widened.maximum;
  const digit = Math.floor(Math.log10(high - low)) - 1;
  const exponent = integer ? Math.max(digit, 0) : digit;
  return {
    minimum: fromSteps(Math.floor(inSteps(low, exponent)), exponent),
    maximum: fromSteps(Math.ceil(inSteps(high, exponent)), exponent),
  };
}

/** The observed min..max of a date column (epoch milliseconds), widened to whole UTC days. */
export function widenDateRange(observed: NumberRange, margin: number): NumberRange {
  if (margin === 0) return observed;
  const { minimum, maximum } = widenBy(observed, margin, millisecondsPerDay);
  return {
    minimum: Math.floor(minimum / millisecondsPerDay) * millisecondsPerDay,
    maximum: Math.ceil(maximum / millisecondsPerDay) * millisecondsPerDay,
  };
}

/** min − margin · span .. max + margin · span; `constantSpan` stands in for a span of 0. */
function widenBy({ minimum, maximum }: NumberRange, margin: number, constantSpan: number) {
  const span = maximum - minimum || constantSpan;
  return { minimum: minimum - margin * span, maximum: maximum + margin * span };
}

// Both directions use the exact power 10^|exponent|, never the inexact 10^-1 = 0.1:
// 369 / 10 is the double nearest 36.9, where 369 · 0.1 gives 36.900000000000006.
function inSteps(value: number, exponent: number): number {
  return exponent < 0 ? value * 10 ** -exponent : value / 10 ** exponent;
}

function fromSteps(steps: number, exponent: number): number {
  // `|| 0` turns -0 (Math.ceil(-0.5)) into 0.
  return (exponent < 0 ? steps / 10 ** -exponent : steps * 10 ** exponent) || 0;
}
