/** An error about one data row: `file:line: problem`, so the user can open the row. */
import type { Table } from '../data/table.ts';

export function rowError(table: Table, row: number, problem: string): Error {
  return new Error(`${table.source}:${table.lineOf(row)}: ${problem}`);
}
