/**
 * A table read from a CSV, JSONL or Parquet file, column by column. Cells keep
 * what the file said: CSV cells are strings, JSONL and Parquet cells keep their
 * JSON/Parquet type; a missing value is null. Interpreting a cell (as a number,
 * a date, …) is the caller's job, so that a bad cell can be reported with its
 * file, row and column instead of being coerced.
 */
import type { Cell } from '../model/check.ts';

export type TableFormat = 'csv' | 'jsonl' | 'parquet';

export interface TableReadOptions {
  /** Default: from the file extension (.csv/.tsv, .jsonl/.ndjson, .parquet). */
  format?: TableFormat;
  /** CSV only; default `,` (`\t` for .tsv). */
  delimiter?: string;
  /** Cell texts that mean "missing"; default: the empty field only. */
  missingValues?: readonly string[];
  /** Keep only these columns; a name the file lacks is an error naming it. */
  columns?: readonly string[];
}

export interface Table {
  /** The path as the user wrote it, for messages. */
  readonly source: string;
  readonly format: TableFormat;
  readonly columnNames: readonly string[];
  readonly rowCount: number;
  /** The cells of one column, one per data row; undefined when the column is absent. */
  column(name: string): readonly Cell[] | undefined;
  /** The 1-based line of the file on which data row `row` (0-based) starts. */
  lineOf(row: number): number;
}
