/**
 * Compares two metrics documents (JSON or YAML: nested objects of numbers,
 * e.g. `{"val": {"auc": 0.91}}`) key by key: numbers within a tolerance,
 * anything else exactly. Keys are dotted paths (`val.auc`; array items as
 * `losses.3`). Cost: O(number of leaves).
 */
import { parse as parseYaml } from 'yaml';
import { errorMessage } from '../model/error-message.ts';
import { relativeDifference, type Tolerance, withinTolerance } from './tolerance.ts';

export type MetricLeaf = number | string | boolean | null;

export interface MetricDifference {
  key: string;
  left: MetricLeaf | undefined;
  right: MetricLeaf | undefined;
  absoluteDifference: number | null;
  relativeDifference: number | null;
}

export interface MetricsComparison {
  compared: number;
  differences: MetricDifference[];
}

/** Parses a metrics file; JSON is YAML, so one parser reads both. Errors name the file. */
export function parseMetricsDocument(text: string, source: string): Map<string, MetricLeaf> {
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (error) {
    throw new Error(`${source}: not valid JSON or YAML (${errorMessage(error).split('\n')[0]})`);
  }
  if (value === null || typeof value !== 'object') {
    throw new Error(
      `${source}: a metrics file holds an object of named values, e.g. {"auc": 0.91}`,
    );
  }
  const leaves = new Map<string, MetricLeaf>();
  flatten(value, '', leaves);
  return leaves;
}

function flatten(value: unknown, prefix: string, into: Map<string, MetricLeaf>): void {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      flatten(child, prefix === '' ? key : `${prefix}.${key}`, into);
    }
    return;
  }
  if (typeof value === 'bigint') into.set(prefix, Number(value));
  else if (value instanceof Date) into.set(prefix, value.toISOString());
  else into.set(prefix, (value ?? null) as MetricLeaf);
}

export function compareMetrics(
  left: ReadonlyMap<string, MetricLeaf>,
  right: ReadonlyMap<string, MetricLeaf>,
  tolerance: Tolerance,
  ignore: readonly RegExp[] = [],
): MetricsComparison {
  const keys = [...new Set([...left.keys(), ...right.keys()])].filter(
    (key) => !ignore.some((pattern) => pattern.test(key)),
  );
  const differences: MetricDifference[] = [];
  for (const key of keys) {
    const a = left.get(key);
    const b = right.get(key);
    if (typeof a === 'number' && typeof b === 'number') {
      if (!withinTolerance(a, b, tolerance)) {
        const finite = Number.isFinite(a) && Number.isFinite(b);
        differences.push({
          key,
          left: a,
          right: b,
          absoluteDifference: finite ? Math.abs(a - b) : null,
          relativeDifference: finite ? relativeDifference(a, b) : null,
        });
      }
    } else if (a !== b) {
      differences.push({
        key,
        left: a,
        right: b,
        absoluteDifference: null,
        relativeDifference: null,
      });
    }
  }
  return { compared: keys.length, differences };
}

/** A metric key pattern from mlgate.yml (`*` matches anything, dots included) as a RegExp. */
export function metricKeyPattern(glob: string): RegExp {
  const source = glob.replace(/[.+^${}()|[\]\\?]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${source}$`);
}
