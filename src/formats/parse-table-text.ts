/**
 * Tables (src/data/table.ts) from CSV or JSONL text or bytes. CSV goes through
 * the same scan as the typed one (src/formats/scan-table-bytes.ts), every
 * column read as text; cells are strings, a missing value is null, and the
 * strings of a column are shared through its dictionary. JSONL cells keep
 * their JSON type. A row that cannot be read (a ragged CSV row, a JSONL line
 * that is not an object) makes the whole read fail with every such row
 * counted and the first ones located: a Table has no way to leave a row out
 * silently. src/io/read-table-file.ts reads files on disk with the same pieces.
 */
import type { Table, TableReadOptions } from '../data/table.ts';
import type { BadRow, TableScan, TableScanOptions } from '../data/table-scan.ts';
import type { Cell } from '../model/check.ts';
import { type ByteSource, bufferByteSource } from './byte-source.ts';
import { formatFromPath } from './format-from-path.ts';
import { forEachJsonlLine } from './jsonl-lines.ts';
import { scanTableBytes } from './scan-table-bytes.ts';
import { TableReadError } from './table-read-error.ts';

const LISTED_BAD_ROWS = 5;

export function parseTableText(
  text: string,
  source: string,
  options: TableReadOptions = {},
): Table {
  return parseTableBytes(Buffer.from(text), source, options);
}

export function parseTableBytes(
  bytes: Buffer,
  source: string,
  options: TableReadOptions = {},
): Table {
  const format = options.format ?? formatFromPath(source);
  if (format === 'parquet') {
    throw new TableReadError(source, undefined, 'Parquet is binary; read it from a file');
  }
  if (format === 'jsonl') return jsonlTable(bufferByteSource(bytes), source, options);
  return tableFromCsvScan(scanTableBytes(bytes, source, csvTextScanOptions(options)), options);
}

/** Scan options that read the requested (default: all) CSV columns as text. */
export function csvTextScanOptions(options: TableReadOptions): TableScanOptions {
  return {
    format: 'csv',
    ...(options.delimiter === undefined ? {} : { delimiter: options.delimiter }),
    ...(options.missingValues === undefined ? {} : { missingValues: options.missingValues }),
    columns: Object.fromEntries((options.columns ?? []).map((name) => [name, 'category'])),
    otherColumns: options.columns ? 'skip' : 'category',
    badRowsKept: LISTED_BAD_ROWS,
    // A header without rows is a valid, empty Table: its user says what the file was for.
    allowNoRows: true,
  };
}

function badRowsError(source: string, badRows: readonly BadRow[], count: number): TableReadError {
  const listed = badRows
    .map(
      (bad) =>
        `row ${bad.row}${bad.line === undefined ? '' : ` (line ${bad.line})`} ${bad.problem}`,
    )
    .join('; ');
  const more = count > badRows.length ? `; and ${count - badRows.length} more` : '';
  return new TableReadError(
    source,
    badRows[0]?.line,
    `${count} row${count === 1 ? '' : 's'} cannot be read: ${listed}${more}`,
  );
}

/** A Table over a CSV scan whose columns were all read as `category`. */
export function tableFromCsvScan(scan: TableScan, options: TableReadOptions): Table {
  if (scan.badRowCount > 0) throw badRowsError(scan.source, scan.badRows, scan.badRowCount);
  const names = options.columns ? [...options.columns] : [...scan.columnNames];
  const cache = new Map<string, Cell[]>();
  return {
    source: scan.source,
    format: 'csv',
    columnNames: names,
    rowCount: scan.rowCount,
    column(name) {
      let cells = cache.get(name);
      if (!cells) {
        const column = scan.column(name);
        if (column?.kind !== 'category') return undefined;
        const { codes, dictionary } = column;
        cells = Array.from(codes, (code) => (code < 0 ? null : dictionary[code]!));
        cache.set(name, cells);
      }
      return cells;
    },
    lineOf: (row) => scan.lineOf(row) ?? row + 2,
  };
}

/** A Table from JSON Lines; keys become columns in order of first appearance. */
export function jsonlTable(input: ByteSource, source: string, options: TableReadOptions): Table {
  const { names, columns, lines } = readJsonlCells(input, source, options);
  const wanted = options.columns ? [...options.columns] : names;
  for (const name of wanted) {
    if (!columns.has(name)) {
      throw new TableReadError(
        source,
        undefined,
        `no row has a key named "${name}"; the rows have: ${names.join(', ')}`,
      );
    }
  }
  return {
    source,
    format: 'jsonl',
    columnNames: wanted,
    rowCount: lines.length,
    column: (name) => (wanted.includes(name) ? columns.get(name) : undefined),
    lineOf: (row) => lines[row] ?? 0,
  };
}

/** Every key's cells, keys in order of first appearance, and each row's line; fails on bad lines. */
function readJsonlCells(input: ByteSource, source: string, options: TableReadOptions) {
  const missing = new Set(options.missingValues ?? ['']);
  const names: string[] = [];
  const columns = new Map<string, Cell[]>();
  const lines: number[] = [];
  const badRows: BadRow[] = [];
  let badCount = 0;
  forEachJsonlLine(input, source, {
    record(value, line) {
      const row = lines.length;
      for (const [key, raw] of Object.entries(value)) {
        let cells = columns.get(key);
        if (!cells) {
          cells = new Array<Cell>(row).fill(null);
          columns.set(key, cells);
          names.push(key);
        }
        cells[row] =
          raw === null || (typeof raw === 'string' && missing.has(raw))
            ? null
            : typeof raw === 'object'
              ? JSON.stringify(raw)
              : (raw as Cell);
      }
      lines.push(line);
      for (const cells of columns.values()) if (cells.length === row) cells.push(null);
    },
    badLine(line, problem) {
      badCount++;
      if (badRows.length < LISTED_BAD_ROWS) {
        badRows.push({ row: lines.length + badCount, line, problem: `line ${problem}` });
      }
    },
  });
  if (badCount > 0) throw badRowsError(source, badRows, badCount);
  if (lines.length === 0) {
    throw new TableReadError(
      source,
      undefined,
      'the file is empty; it needs one JSON object per line',
    );
  }
  return { names, columns, lines };
}
