/**
 * The columnar, typed result of scanning a data file (CSV, JSONL or Parquet)
 * for statistics: drift, profiles, validation, skew. Unlike `Table` (cells
 * kept as the file wrote them), a scan interprets each requested column once,
 * while reading, into a typed array, so memory grows with the columns the
 * statistics need (≈ 9 bytes per row per numeric column, 4 per categorical
 * column), not with the file.
 *
 * How to get one: `workspace.scanTable(path, key, options)` in a check,
 * `scanTableFile(absolutePath, source, options, scheduler)` (src/io/scan-table.ts)
 * in io code, `scanTableText(text, source, options)`
 * (src/formats/scan-table-bytes.ts) for text in memory. The object itself is
 * built by src/data/build-table-scan.ts.
 *
 * Guarantees, so that consumers never coerce silently:
 * - Row `i` of every column of one scan is the same data row; `dataRowOf(i)`
 *   and `lineOf(i)` give its 1-based data row number and file line for messages.
 * - A cell that does not parse as its column's kind (`12,8`, `15.6C` or
 *   `unknown` in a number column, `2014-02-30` in a date column) is a *bad
 *   cell*: its status is `CELL_BAD`, its value NaN, it is counted in
 *   `badCount` and (up to `badCellsPerColumn`) listed in `badCells`.
 * - A missing cell (one of `missingValues`, default only the empty field;
 *   JSON null / absent key; Parquet null) has status `CELL_MISSING`, value
 *   NaN. A cell that says NaN (`nan`, `NaN`) is PRESENT with value NaN, so
 *   "missing" and "NaN in the data" stay distinct.
 * - A row that cannot be split into the header's columns (a ragged CSV row)
 *   is a *bad row*: it is left out of every column (so `rowCount` counts only
 *   good rows), counted in `badRowCount` and listed (up to `badRowsKept`) in
 *   `badRows`. Consumers must surface `badRowCount > 0` (a finding or an error).
 * - File-level problems (empty file, header only unless `allowNoRows`, duplicate or empty header
 *   names, invalid UTF-8, an unclosed quote, a requested column the file lacks)
 *   throw `TableReadError` (src/formats/table-read-error.ts) naming file and line.
 */

import type { Moments } from '../statistics/moments.ts';
import type { CellCheckResults, CellChecks } from './cell-checks.ts';
import type { TableFormat } from './table.ts';

/**
 * How to read a column.
 * - `number`: strict decimal/exponent notation as `parseNumberCell`
 *   (src/formats/parse-number.ts), including `nan`/`inf` spellings.
 * - `integer`: optional sign and digits only (Frictionless `integer`);
 *   `1.0` is bad. Values above 2^53 lose precision as any JS number does.
 * - `boolean`: Frictionless defaults: `true True TRUE 1` → 1, `false False FALSE 0` → 0.
 * - `date`: `YYYY-MM-DD`, a real calendar day; value = ms since 1970-01-01 UTC.
 * - `datetime`: ISO 8601 `YYYY-MM-DD[T ]HH:MM[:SS[.fff…]][Z|±HH:MM]`; without
 *   an offset the time is taken as UTC; value = ms since epoch.
 * - `category`: the cell's text, dictionary-encoded (JSON/Parquet numbers and
 *   booleans become their JSON text).
 * - `auto`: `number` when every present cell is a number, else `date` when every
 *   present cell is a date, else `datetime` likewise, else `category`. A column
 *   with no present cell comes back as an empty `category`. Never produces bad cells.
 */
export type ScanKind = 'number' | 'integer' | 'boolean' | 'date' | 'datetime' | 'category' | 'auto';

/** The kinds a scanned column can end up with (`auto` resolved). */
export type NumericScanKind = 'number' | 'integer' | 'boolean' | 'date' | 'datetime';

export interface TableScanOptions {
  /** Default: from the file extension (.csv/.tsv, .jsonl/.ndjson, .parquet). */
  format?: TableFormat;
  /** CSV only; one character; default `,` (`\t` for .tsv). */
  delimiter?: string;
  /** Cell texts that mean "missing" (compared before trimming); default: the empty field only. */
  missingValues?: readonly string[];
  /** Columns to read and how. A name the file lacks throws a TableReadError naming it. */
  columns?: Readonly<Record<string, ScanKind>>;
  /** How to read every column not named in `columns`; default `skip` (not read at all). */
  otherColumns?: ScanKind | 'skip';
  /** Bad cells listed per column (all are counted); default 100. */
  badCellsPerColumn?: number;
  /** Bad rows listed (all are counted); default 100. */
  badRowsKept?: number;
  /** Accept a file with a header but no rows (a scan of 0 rows); default false: it throws. */
  allowNoRows?: boolean;
  /** See ScanLayout; default `rows`. */
  layout?: ScanLayout;
  /**
   * Numeric columns whose cells the scan checks as it reads them (see
   * src/data/cell-checks.ts): such a column keeps no rows and no counts,
   * only its `checked` results, whatever the layout.
   */
  cellChecks?: Readonly<Record<string, CellChecks>>;
  /**
   * Threads for CSV files large enough to split; default: the machine's
   * available parallelism, at most 4. `1` scans in the calling thread.
   * The result is identical whatever the number of threads.
   */
  threads?: number;
}

/**
 * - `rows`: every column holds one entry per row, in file order (row `i` of
 *   every column is the same data row). What row-level checks need.
 * - `distribution`: what statistics of one column's distribution need (drift),
 *   in far less memory: a numeric column comes counted (`counted`: its
 *   distinct values and how often each occurs, built on the thread that read
 *   the values) and its `values` and `status` are empty; a category column
 *   keeps `dictionary` and `counts` but its `codes` is empty. Bad cells and
 *   rows are still located by row and line, and every count is the same as in
 *   `rows`.
 */
export type ScanLayout = 'rows' | 'distribution';

/** Values of `ScanNumericColumn.status`, one byte per row. */
export const CELL_PRESENT = 0;
export const CELL_MISSING = 1;
export const CELL_BAD = 2;
export type CellStatus = typeof CELL_PRESENT | typeof CELL_MISSING | typeof CELL_BAD;

/** A column read as numbers (also dates, datetimes and booleans, as numbers). */
export interface ScanNumericColumn {
  readonly name: string;
  readonly kind: NumericScanKind;
  /**
   * One value per row; NaN where status ≠ CELL_PRESENT, and where the file says NaN.
   * (Layout `distribution`: empty; see `counted`.)
   */
  readonly values: Float64Array;
  /** One CellStatus per row (layout `distribution`: empty). */
  readonly status: Uint8Array;
  readonly presentCount: number;
  readonly missingCount: number;
  readonly badCount: number;
  /** Layout `distribution`: the present values counted (see src/data/count-values.ts). */
  readonly counted?: ValueCounts;
  /** A column scanned with cell checks (TableScanOptions.cellChecks): what they found; `values` and `status` are empty. */
  readonly checked?: CellCheckResults;
}

/** A numeric column's present values as a table (src/data/count-values.ts). */
export interface ValueCounts {
  /** Distinct finite values, ascending (−0 counted as +0). */
  readonly values: Float64Array;
  /**
   * Cells per value. Four bytes each in every table, even where the largest
   * count fits in one or two: narrower counts took the 1M-row drift's peak
   * from 198 to 174 MB, but every reader of the counts (the CDF walk, the
   * cumulative weights, the moments) then met three kinds of array, and V8
   * threw their optimized code away at each new kind (`node --trace-deopt`:
   * 398 deoptimizations instead of 72), so the drift took 2 to 5% longer
   * (15 runs alternating). That drift's peak is within its target (0.28 to
   * 0.30 of pandas', against 0.3); its time (6.8 to 8.3 times as fast as
   * pandas, against 8) is what is short.
   */
  readonly weights: Uint32Array;
  readonly nan: number;
  readonly positiveInfinity: number;
  readonly negativeInfinity: number;
  /** Moments of the finite values, when the thread that counted them summed them too (it idles while the other file is read). */
  readonly moments?: Moments;
}

/** A column read as text and dictionary-encoded. */
export interface ScanCategoryColumn {
  readonly name: string;
  readonly kind: 'category';
  /**
   * One code per row: an index into `dictionary`, or -1 when the cell is missing.
   * (Layout `distribution`: empty.)
   */
  readonly codes: Int32Array;
  /** The distinct texts, in order of first appearance in the file. */
  readonly dictionary: readonly string[];
  /** `counts[code]`: rows holding `dictionary[code]`. */
  readonly counts: Int32Array;
  readonly presentCount: number;
  readonly missingCount: number;
  /** Always 0: any text is a valid category. Present so every column has it. */
  readonly badCount: number;
}

export type ScanColumn = ScanNumericColumn | ScanCategoryColumn;

/** A cell that does not parse as its column's kind. */
export interface BadCell {
  /** 1-based data row (the header is not a data row). */
  readonly row: number;
  /** 1-based line of the file on which the row starts (JSONL: the line; Parquet: undefined). */
  readonly line: number | undefined;
  readonly column: string;
  /** The cell as the file wrote it (JSON text for JSON values). */
  readonly value: string;
  readonly expected: NumericScanKind;
}

/** A row left out of every column because it cannot be split into the header's columns. */
export interface BadRow {
  readonly row: number;
  readonly line: number | undefined;
  /** What is wrong and how to fix it, e.g. "has 4 fields but the header has 3 …". */
  readonly problem: string;
}

export interface TableScan {
  /** The path as the user wrote it, for messages. */
  readonly source: string;
  readonly format: TableFormat;
  readonly layout: ScanLayout;
  /** Every column of the file, in file order (read or not). */
  readonly columnNames: readonly string[];
  /** Good rows, i.e. the length of every column's arrays. */
  readonly rowCount: number;
  /** The columns that were read, in file order. */
  readonly columns: readonly ScanColumn[];
  /** A read column by name; undefined when it was not requested. */
  column(name: string): ScanColumn | undefined;
  /** Bad cells in file order, at most `badCellsPerColumn` per column. */
  readonly badCells: readonly BadCell[];
  readonly badRows: readonly BadRow[];
  readonly badRowCount: number;
  /** The 1-based data row of row index `index` (differs from index + 1 after bad rows). */
  dataRowOf(index: number): number;
  /** The 1-based file line on which row index `index` starts (undefined for Parquet). */
  lineOf(index: number): number | undefined;
}

/** What a cell of each kind is, e.g. `a number`, for messages. */
export const kindWords: Record<NumericScanKind, string> = {
  number: 'a number',
  integer: 'an integer',
  boolean: 'a boolean (true/false/1/0)',
  date: 'a calendar date (YYYY-MM-DD)',
  datetime: 'an ISO 8601 datetime',
};

/** `data.csv:12 (row 11), column "temp": "15.6C" is not a number` — the one wording for bad cells. */
export function describeBadCell(source: string, cell: BadCell): string {
  const where =
    cell.line === undefined
      ? `${source} (row ${cell.row})`
      : `${source}:${cell.line} (row ${cell.row})`;
  return `${where}, column "${cell.column}": ${JSON.stringify(cell.value)} is not ${kindWords[cell.expected]}`;
}
