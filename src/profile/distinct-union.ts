/**
 * The distinct count of two merged parts when one of them has no HyperLogLog
 * to merge: a profile computed by SQL (query-profile.ts) knows its exact
 * distinct count, but no engine hashes values as mlgate does, so its lossy
 * columns carry no registers. Without them the union is only bounded:
 * max(dA, dB) ≤ d ≤ min(dA + dB, count) (the parts may share every value or
 * none). The estimate is the middle of that interval (rounded) and its
 * relativeStandardError the larger distance to an end over the estimate
 * (plus the parts' own), so the truth lies within ±1 of them when the parts are exact: a
 * deterministic bound, wider and safer than the ±2 "standard errors" a reader
 * takes for 95 %. The merged part then carries no registers either, and later
 * merges bound it the same way.
 * Cost: O(1).
 */
import type { CountEstimate } from './profile-types.ts';

export function distinctUnionBound(
  a: CountEstimate,
  b: CountEstimate,
  count: number,
): CountEstimate {
  const low = Math.max(a.value, b.value);
  const high = Math.max(low, Math.min(a.value + b.value, count));
  const value = Math.round((low + high) / 2);
  const ownError = Math.max(a.relativeStandardError, b.relativeStandardError);
  return {
    value,
    exact: low === high && a.exact && b.exact,
    relativeStandardError:
      value === 0 ? ownError : ownError + Math.max(value - low, high - value) / value,
  };
}
