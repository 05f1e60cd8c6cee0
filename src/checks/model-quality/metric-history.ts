/**
 * The metrics history of accepted versions (one JSONL line or CSV row per
 * version, oldest first), and the slow-leak test on it: the candidate may
 * not be worse than the best of the last N versions by more than a margin,
 * so that many small accepted drops cannot add up to a large one.
 */
import { parseNumberCell } from '../../formats/parse-number.ts';
import { type Direction, improvement } from '../../metrics/metric-catalog.ts';
import { lookupMetric, type MetricsFile, parseMetricsFile } from '../../metrics/metrics-file.ts';
import type { Workspace } from '../../workspace/workspace.ts';

export interface HistoryEntry extends MetricsFile {
  /** The `version` (or `model_version`, `tag`, `commit`) of the line, else `line N`. */
  label: string;
}

const labelKeys = ['version', 'model_version', 'tag', 'commit'];

export async function readMetricHistory(
  workspace: Workspace,
  path: string,
  key: string,
): Promise<HistoryEntry[]> {
  const lower = path.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) {
    const text = await workspace.readText(path, key);
    return text.split('\n').flatMap((line, index) => {
      if (line.trim() === '') return [];
      const entry = parseMetricsFile(line, `${path}:${index + 1}`);
      return [{ ...entry, label: labelOf(entry, `line ${index + 1}`) }];
    });
  }
  const table = await workspace.readTable(path, key);
  return Array.from({ length: table.rowCount }, (_, row) => {
    const values = new Map<string, number>();
    const nonNumeric = new Map<string, string>();
    for (const name of table.columnNames) {
      const cell = table.column(name)![row]!;
      const number = parseNumberCell(cell);
      if (typeof number === 'number' && Number.isFinite(number)) values.set(name, number);
      else nonNumeric.set(name, cell === null ? 'empty' : `the text "${String(cell)}"`);
    }
    const entry = { source: `${path}:${table.lineOf(row)}`, values, nonNumeric };
    return { ...entry, label: labelOf(entry, `line ${table.lineOf(row)}`) };
  });
}

function labelOf(entry: MetricsFile, fallback: string): string {
  for (const key of labelKeys) {
    const number = entry.values.get(key);
    if (number !== undefined) return `${key} ${number}`;
    const text = entry.nonNumeric.get(key)?.match(/^the text "(.*)"$/)?.[1];
    if (text) return `${key} ${text}`;
  }
  return fallback;
}

export interface SlowLeak {
  metric: string;
  /** Versions among the last N that report the metric. */
  versions: number;
  best: number;
  bestLabel: string;
  candidate: number;
  /** How much worse the candidate is than the best (negative: better). */
  drop: number;
  allowed: number;
}

/** The slow-leak comparison for one metric, or null when no recent version reports it. */
export function slowLeak(
  entries: readonly HistoryEntry[],
  last: number,
  metric: string,
  direction: Direction,
  candidate: number,
  allowed: number,
): SlowLeak | null {
  let best: { value: number; label: string } | null = null;
  let versions = 0;
  for (const entry of entries.slice(-last)) {
    const found = lookupMetric(entry, metric);
    if (found.kind === 'not-a-number') {
      throw new Error(`${entry.source}: metric "${metric}" is ${found.what}, not a finite number`);
    }
    if (found.kind === 'ambiguous') {
      throw new Error(
        `${entry.source}: "${metric}" matches ${found.keys.join(', ')}; name it by its full dotted key`,
      );
    }
    if (found.kind !== 'found') continue;
    versions++;
    if (best === null || improvement(direction, found.value, best.value) > 0) {
      best = { value: found.value, label: entry.label };
    }
  }
  if (best === null) return null;
  return {
    metric,
    versions,
    best: best.value,
    bestLabel: best.label,
    candidate,
    drop: improvement(direction, best.value, candidate),
    allowed,
  };
}
