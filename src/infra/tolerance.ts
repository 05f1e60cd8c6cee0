/**
 * When two numbers are "the same" for a reproducibility or agreement check:
 * |a − b| ≤ absolute + relative · max(|a|, |b|), the symmetric form of
 * numpy.isclose. NaN equals NaN (the same output both times), infinities
 * equal only themselves.
 */
export interface Tolerance {
  absolute: number;
  relative: number;
}

export function withinTolerance(a: number, b: number, tolerance: Tolerance): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  return (
    Math.abs(a - b) <= tolerance.absolute + tolerance.relative * Math.max(Math.abs(a), Math.abs(b))
  );
}

/** |a − b| / max(|a|, |b|), 0 when both are 0. */
export function relativeDifference(a: number, b: number): number {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return scale === 0 ? 0 : Math.abs(a - b) / scale;
}

export function describeTolerance(tolerance: Tolerance): string {
  const parts = [];
  if (tolerance.absolute > 0 || tolerance.relative === 0) parts.push(`abs ${tolerance.absolute}`);
  if (tolerance.relative > 0) parts.push(`rel ${tolerance.relative}`);
  return `≤ ${parts.join(' + ')}`;
}
