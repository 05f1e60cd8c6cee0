/** A column the config names, or an error naming the config key and the columns the file has. */
import type { Table } from '../data/table.ts';
import type { Cell } from '../model/check.ts';
import { quoteList } from './quote-list.ts';

export function requireColumn(table: Table, column: string, key: string): readonly Cell[] {
  const cells = table.column(column);
  if (!cells) {
    throw new Error(
      `${key}: ${table.source} has no column "${column}"; it has ${quoteList(table.columnNames)}`,
    );
  }
  return cells;
}
