/** The table format a path's extension implies: .jsonl/.ndjson, .parquet, else CSV (.csv, .tsv, …). */
import type { TableFormat } from '../data/table.ts';

export function formatFromPath(source: string): TableFormat {
  const lower = source.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (lower.endsWith('.parquet')) return 'parquet';
  return 'csv';
}
