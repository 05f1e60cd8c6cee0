/**
 * Two DriftResults of the same data read two ways (files, an engine) agree:
 * every field equal, numbers within 1e-9 relative, p-values and what derives
 * from them within 1e-6 (issue 18); the sources' paths differ by design.
 */
import { expect } from 'vitest';
import type { DriftResult } from '../../src/drift/drift-result.ts';

/** p-values, and the measures and severities derived from them, agree to 1e-6; every other figure to 1e-9. */
const pValueKeys = /pvalue|measure|severity/i;

/** Every field of `actual` equals `expected`'s, numbers within the tolerance; the sources' paths differ. */
export function expectSameDrift(actual: DriftResult, expected: DriftResult): void {
  const { reference, current, ...rest } = actual;
  const { reference: expectedReference, current: expectedCurrent, ...expectedRest } = expected;
  expect(reference.rows).toBe(expectedReference.rows);
  expect(current.rows).toBe(expectedCurrent.rows);
  expectSame(rest, expectedRest, 'result', 1e-9);
}

function expectSame(actual: unknown, expected: unknown, at: string, tolerance: number): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const scale = Math.max(Math.abs(expected), Math.abs(actual));
    const close = actual === expected || Math.abs(actual - expected) <= tolerance * scale + 1e-12;
    expect(close, `${at}: ${actual} vs ${expected}`).toBe(true);
  } else if (Array.isArray(expected) && Array.isArray(actual)) {
    expect(actual.length, `${at}.length`).toBe(expected.length);
    for (const [i, item] of expected.entries()) {
      expectSame(actual[i], item, `${at}[${i}]`, tolerance);
    }
  } else if (
    typeof expected === 'object' &&
    expected !== null &&
    typeof actual === 'object' &&
    actual !== null
  ) {
    expect(Object.keys(actual).sort(), `${at} keys`).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected)) {
      const fieldTolerance = pValueKeys.test(key) ? 1e-6 : tolerance;
      expectSame((actual as Record<string, unknown>)[key], value, `${at}.${key}`, fieldTolerance);
    }
  } else {
    expect(actual, at).toEqual(expected);
  }
}
