/**
 * A query's rows as CSV text, so the checks that pair rows (train/serve skew,
 * slices, model metrics) read a query source through the same reader as a
 * file, with the same guarantees. Each cell is written as mlgate's reader reads
 * that type back: numbers in their shortest round-trip text (so the doubles
 * are the engine's), NaN and ±Infinity in the reader's spellings, dates and
 * timestamps in ISO 8601 (UTC), booleans as true/false; NULL is the empty
 * field (missing), and an empty text is a quoted "" so it stays text.
 */
import type { SqlColumnType, SqlResult, SqlValue } from '../../workspace/sql-source.ts';

export function rowsAsCsv(result: SqlResult): string {
  const types = result.columns.map((column) => column.type);
  const lines = [result.columns.map((column) => quoted(column.name)).join(',')];
  for (const row of result.rows) {
    lines.push(row.map((cell, i) => cellText(cell, types[i] ?? 'other')).join(','));
  }
  return `${lines.join('\n')}\n`;
}

function cellText(cell: SqlValue, type: SqlColumnType): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (type === 'date') return new Date(cell).toISOString().slice(0, 10);
    if (type === 'datetime') return new Date(cell).toISOString();
    if (Number.isNaN(cell)) return 'NaN';
    if (!Number.isFinite(cell)) return cell > 0 ? 'inf' : '-inf';
    return String(cell);
  }
  if (typeof cell === 'boolean') return String(cell);
  return cell === '' ? '""' : quoted(cell);
}

/** RFC 4180: quoted when it holds a delimiter, a quote, a line break or edge spaces. */
function quoted(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
