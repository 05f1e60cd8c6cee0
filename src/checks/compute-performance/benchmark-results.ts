/**
 * Benchmark results: one JSON/YAML object of numbers per version, nested
 * objects flattened to dotted keys (`latency_ms.p95`). History files hold one
 * such object per version, oldest first, as a JSON array or JSON Lines; an
 * entry's `version` (or `commit`) names it.
 */
import { parseMetricsDocument } from '../../infra/compare-metrics.ts';
import { errorMessage } from '../../model/error-message.ts';

export interface BenchmarkResults {
  label: string;
  values: Map<string, number>;
}

/** The metrics mlgate knows, and which way is better. */
export const knownMetrics: Record<string, 'lower' | 'higher'> = {
  'latency_ms.p50': 'lower',
  'latency_ms.p90': 'lower',
  'latency_ms.p95': 'lower',
  'latency_ms.p99': 'lower',
  'latency_ms.mean': 'lower',
  throughput_per_second: 'higher',
  peak_memory_mb: 'lower',
  model_size_mb: 'lower',
  training_seconds: 'lower',
};

export function parseBenchmark(text: string, source: string, label: string): BenchmarkResults {
  return fromLeaves(parseMetricsDocument(text, source), label);
}

function fromLeaves(leaves: Map<string, unknown>, fallbackLabel: string): BenchmarkResults {
  const values = new Map<string, number>();
  for (const [key, value] of leaves) if (typeof value === 'number') values.set(key, value);
  const name = leaves.get('version') ?? leaves.get('commit');
  return { label: name === undefined || name === null ? fallbackLabel : String(name), values };
}

export function parseHistory(text: string, source: string): BenchmarkResults[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (trimmed.startsWith('[')) {
    let entries: unknown;
    try {
      entries = JSON.parse(trimmed);
    } catch (error) {
      throw new Error(`${source}: not valid JSON (${errorMessage(error)})`);
    }
    return (entries as unknown[]).map((entry, index) =>
      parseBenchmark(JSON.stringify(entry), `${source} entry ${index + 1}`, `entry ${index + 1}`),
    );
  }
  return trimmed
    .split('\n')
    .map((line, index) => ({ line: line.trim(), index }))
    .filter(({ line }) => line !== '')
    .map(({ line, index }) => {
      try {
        JSON.parse(line);
      } catch (error) {
        throw new Error(
          `${source}:${index + 1}: not valid JSON (${errorMessage(error)}); write one JSON object per line`,
        );
      }
      return parseBenchmark(line, `${source}:${index + 1}`, `line ${index + 1}`);
    });
}
