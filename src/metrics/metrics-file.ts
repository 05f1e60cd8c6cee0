/**
 * Reads a metrics file (JSON or YAML) into flat dotted keys: DVC's
 * `{"test": {"auc": 0.91}}` becomes `test.auc`; MLflow's metric lists
 * (`[{"key": "auc", "value": 0.91, "step": 3}, …]`, as `mlflow runs` and the
 * REST API return them) keep the value of the latest step per key. Numbers
 * written as strings count; other leaves (parameters, tags) are remembered so
 * that a lookup can say "`x` is text, not a number" instead of "not found".
 */
import { parse, YAMLParseError } from 'yaml';
import { parseNumberCell } from '../formats/parse-number.ts';
import { errorMessage } from '../model/error-message.ts';
import { quoteList } from './quote-list.ts';

export interface MetricsFile {
  source: string;
  /** Finite numbers by dotted key. */
  values: ReadonlyMap<string, number>;
  /** Keys whose value is not a finite number, with what it is instead. */
  nonNumeric: ReadonlyMap<string, string>;
}

export function parseMetricsFile(text: string, source: string): MetricsFile {
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    const line = error instanceof YAMLParseError ? error.linePos?.[0].line : undefined;
    throw new Error(
      `${source}${line ? `:${line}` : ''}: not valid JSON or YAML (${errorMessage(error).split('\n')[0]})`,
    );
  }
  if (document === null || typeof document !== 'object') {
    throw new Error(
      `${source}: a metrics file holds an object of metrics, e.g. {"test": {"auc": 0.91}}, or an MLflow metric list`,
    );
  }
  const values = new Map<string, number>();
  const nonNumeric = new Map<string, string>();
  const steps = new Map<string, number>();
  const leaf = (key: string, value: unknown) => {
    const number =
      typeof value === 'number' || typeof value === 'string' ? parseNumberCell(value) : undefined;
    if (typeof number === 'number' && Number.isFinite(number)) values.set(key, number);
    else nonNumeric.set(key, typeof number === 'number' ? String(number) : describe(value));
  };
  const walk = (prefix: string, value: unknown) => {
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) {
        const entry = mlflowEntry(item);
        if (!entry) {
          walk(join(prefix, String(index)), item);
          continue;
        }
        const key = join(prefix, entry.key);
        if (entry.step < (steps.get(key) ?? Number.NEGATIVE_INFINITY)) continue;
        steps.set(key, entry.step);
        leaf(key, entry.value);
      }
    } else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) walk(join(prefix, key), inner);
    } else {
      leaf(prefix, value);
    }
  };
  walk('', document);
  return { source, values, nonNumeric };
}

export type MetricLookup =
  | { kind: 'found'; key: string; value: number }
  | { kind: 'missing' }
  | { kind: 'ambiguous'; keys: string[] }
  | { kind: 'not-a-number'; what: string };

/** Finds metric `name`: the exact key, or the one key ending in `.name` (so `auc` finds `test.auc`). */
export function lookupMetric(file: MetricsFile, name: string): MetricLookup {
  const exact = file.values.get(name);
  if (exact !== undefined) return { kind: 'found', key: name, value: exact };
  const bad = file.nonNumeric.get(name);
  if (bad !== undefined) return { kind: 'not-a-number', what: bad };
  const keys = [...file.values.keys()].filter((key) => key.endsWith(`.${name}`));
  if (keys.length === 1) return { kind: 'found', key: keys[0]!, value: file.values.get(keys[0]!)! };
  return keys.length > 1 ? { kind: 'ambiguous', keys } : { kind: 'missing' };
}

/** As lookupMetric, but throws naming the file and its keys when the metric is not a single number. */
export function metricFromFile(file: MetricsFile, name: string): { key: string; value: number } {
  const found = lookupMetric(file, name);
  switch (found.kind) {
    case 'found':
      return { key: found.key, value: found.value };
    case 'not-a-number':
      throw new Error(`${file.source}: metric "${name}" is ${found.what}, not a finite number`);
    case 'ambiguous':
      throw new Error(
        `${file.source}: "${name}" matches ${quoteList(found.keys)}; name the metric by its full dotted key`,
      );
    case 'missing':
      throw new Error(
        `${file.source}: no metric "${name}"; the file has ${quoteList([...file.values.keys()], 12) || 'no numeric values'}`,
      );
  }
}

function mlflowEntry(item: unknown): { key: string; value: unknown; step: number } | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  const record = item as Record<string, unknown>;
  const key = record.key ?? record.name;
  if (typeof key !== 'string' || !('value' in record)) return undefined;
  return { key, value: record.value, step: typeof record.step === 'number' ? record.step : 0 };
}

function join(prefix: string, key: string): string {
  return prefix === '' ? key : `${prefix}.${key}`;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'string')
    return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `a ${typeof value}`;
}
