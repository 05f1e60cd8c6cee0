/**
 * The (offline, online) metric pairs of a history table: rows with both
 * values; a row missing either is counted and left out, a value that is not a
 * finite number is an error naming its line.
 */
import type { Table } from '../../data/table.ts';
import { parseNumberCell } from '../../formats/parse-number.ts';
import { requireColumn } from '../../metrics/require-column.ts';
import { rowError } from '../../metrics/row-error.ts';
import type { OfflineOnlineCorrelationConfig } from './offline-online-correlation-config.ts';

export const key = 'checks.offline_online_correlation';

export interface MetricPairs {
  offline: number[];
  online: number[];
  /** Rows missing one of the two values. */
  incomplete: number;
}

export function metricPairs(table: Table, config: OfflineOnlineCorrelationConfig): MetricPairs {
  const offlineCells = requireColumn(table, config.offline_column, `${key}.offline_column`);
  const onlineCells = requireColumn(table, config.online_column, `${key}.online_column`);
  const pairs: MetricPairs = { offline: [], online: [], incomplete: 0 };
  for (let row = 0; row < table.rowCount; row++) {
    const read = (cells: typeof offlineCells, column: string) => {
      const value = parseNumberCell(cells[row] ?? null);
      if (value === undefined || (typeof value === 'number' && !Number.isFinite(value))) {
        throw rowError(
          table,
          row,
          `"${String(cells[row])}" in column "${column}" is not a finite number`,
        );
      }
      return value;
    };
    const x = read(offlineCells, config.offline_column);
    const y = read(onlineCells, config.online_column);
    if (x === null || y === null) {
      pairs.incomplete++;
      continue;
    }
    pairs.offline.push(x);
    pairs.online.push(y);
  }
  return pairs;
}
