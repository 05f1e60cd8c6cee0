/**
 * Reads a metrics file (JSON or YAML) into flat dotted keys: DVC's
 * `{"test": {"auc": 0.91}}` becomes `test.auc`; MLflow's metric lists
 * (`[{"key": "auc", "value": 0.91, "step": 3}, …]`, as `mlflow runs` and the
 * REST API return them) keep the value of the latest step per key. Numbers
 * written as strings count; other leaves (parameters, tags) are remembered so
 * that a lookup can say "`x` is text, not a number" instead of "not found".
 */
import { parse, YAMLParseError } from 'yaml';
import { parseNumberCell } from '../data/parse-number.ts';
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
      `${source}${line ? `:${line}` : ''}: not valid JSON or YAML (${(error as Error).message.split('\n')[0]})`,
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

/**
 * The value of metric `name`: the exact key, or the one key ending in
 * `.name` (so `auc` finds `test.auc`). Throws naming the file and the keys it
 * has when the metric is missing, ambiguous or not a number.
 */
export function metricFromFile(file: MetricsFile, name: string): { key: string; value: number } {
  const exact = file.values.get(name);
  if (exact !== undefined) return { key: name, value: exact };
  const bad = file.nonNumeric.get(name);
  if (bad !== undefined) {
    throw new Error(`${file.source}: metric "${name}" is ${bad}, not a finite number`);
  }
  const matches = [...file.values.keys()].filter((key) => key.endsWith(`.${name}`));
  if (matches.length === 1) return { key: matches[0]!, value: file.values.get(matches[0]!)! };
  if (matches.length > 1) {
    throw new Error(
      `${file.source}: "${name}" matches ${quoteList(matches)}; name the metric by its full dotted key`,
    );
  }
  throw new Error(
    `${file.source}: no metric "${name}"; the file has ${quoteList([...file.values.keys()], 12) || 'no numeric values'}`,
  );
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
