/**
 * Reading a `Bound`: whether a value meets it, its human-readable form, and the
 * comparison a violating value makes (a value that breaks `>= 0.9` is `< 0.9`).
 */
import type { Bound, Comparator } from './check.ts';
import { formatNumber, roundForDisplay } from './format-number.ts';

const symbols: Readonly<Record<Comparator, string>> = {
  '<': '<',
  '<=': '≤',
  '>': '>',
  '>=': '≥',
  '==': '=',
  '!=': '≠',
};

const negations: Readonly<Record<Comparator, Comparator>> = {
  '<': '>=',
  '<=': '>',
  '>': '<=',
  '>=': '<',
  '==': '!=',
  '!=': '==',
};

/** `≥`, `≤`, `=` …: the comparator as a reader writes it. */
export function comparatorSymbol(comparator: Comparator): string {
  return symbols[comparator] ?? comparator;
}

/** The comparison a value that breaks the bound makes with its limit. */
export function negateComparator(comparator: Comparator): Comparator {
  return negations[comparator] ?? comparator;
}

/** True when `value comparator limit` holds; a missing or non-comparable value does not meet it. */
export function meetsBound(value: unknown, bound: Bound): boolean {
  const { comparator, limit } = bound;
  if (comparator === '==') return value === limit;
  if (comparator === '!=') return value !== limit;
  if (typeof value !== 'number' || typeof limit !== 'number' || Number.isNaN(value)) return false;
  switch (comparator) {
    case '<':
      return value < limit;
    case '<=':
      return value <= limit;
    case '>':
      return value > limit;
    default:
      return value >= limit;
  }
}

/**
 * A value and the limit it is compared with, each with four significant digits,
 * or more where four would make them look equal or reversed (0.049994 beside
 * 0.05 reads "0.04999", not "0.05"): a shown number never contradicts its
 * threshold through rounding.
 */
export function formatBeside(value: number, limit: number): [string, string] {
  for (let digits = 4; digits < 17; digits++) {
    const shown = [formatNumber(value, digits), formatNumber(limit, digits)] as const;
    const order = Math.sign(roundForDisplay(value, digits) - roundForDisplay(limit, digits));
    if (order === Math.sign(value - limit)) return [shown[0], shown[1]];
  }
  return [formatNumber(value, 17), formatNumber(limit, 17)];
}

/**
 * A share and its budget as percentages: 0.008213 beside 0.01 → ["0.8213 %", "1 %"]; digits
 * are added until the two never read equal or reversed when they differ.
 */
export function percentsBeside(share: number, budget: number): [string, string] {
  const [shown, limit] = formatBeside(share * 100, budget * 100);
  return [`${shown} %`, `${limit} %`];
}
