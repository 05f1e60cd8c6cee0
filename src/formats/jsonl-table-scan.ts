/**
 * A JSON Lines scan (one object per line) from a ByteSource: keys become
 * columns in order of first appearance, values are read as their column's
 * kind (src/formats/add-loose-value.ts), a line that is not a JSON object is
 * a bad row, and `auto` columns whose dictionary grew too large are read
 * again as text in a second pass over the same bytes.
 */
import { buildTableScan, type ScanParts } from '../data/build-table-scan.ts';
import type { BadRow, TableScan } from '../data/table-scan.ts';
import type { ByteSource } from './byte-source.ts';
import { forEachJsonlLine } from './jsonl-lines.ts';
import { type MergedColumns, mergeChunkColumns } from './merge-chunk-columns.ts';
import { RowBuilder } from './row-builder.ts';
import { TableReadError } from './table-read-error.ts';
import type { TableScanSettings } from './table-scan-settings.ts';

/** What one pass over the lines collected. */
interface JsonlRows {
  rows: RowBuilder;
  /** Keys some row has (a requested column no row has is an error). */
  seen: Set<string>;
  records: number;
  badRecords: number[];
  badRows: BadRow[];
  lineJumps: number[];
}

export function scanJsonl(input: ByteSource, settings: TableScanSettings): TableScan {
  const { identity, scanned } = jsonlScanParts(input, settings);
  return buildTableScan(identity, scanned);
}

/** scanJsonl's scan as data (ScanParts), for a worker thread to post. */
export function jsonlScanParts(input: ByteSource, settings: TableScanSettings): ScanParts {
  const read = readJsonlRows(input, settings);
  const { rows, seen } = read;
  checkJsonlColumns(read, settings);
  const merged = mergeChunkColumns(
    rows.plans,
    [rows.builders.map((builder) => builder.finish())],
    (_chunk, cell) => ({ row: cell.record + 1, line: cell.line }),
    settings,
  );
  readAgainAsText(input, settings, rows, merged);
  const columnNames = rows.names.filter((name) => seen.has(name));
  return {
    identity: { source: settings.source, format: 'jsonl', layout: settings.layout, columnNames },
    scanned: {
      ...merged,
      badRows: read.badRows,
      badRowCount: read.badRecords.length,
      records: read.records,
      badRecords: Int32Array.from(read.badRecords),
      lineJumps: read.lineJumps,
      hasLines: true,
    },
  };
}

function readJsonlRows(input: ByteSource, settings: TableScanSettings): JsonlRows {
  const rows = new RowBuilder(settings);
  for (const name of Object.keys(settings.columns)) rows.builder(name);
  const read: JsonlRows = {
    rows,
    seen: new Set(),
    records: 0,
    badRecords: [],
    badRows: [],
    lineJumps: [],
  };
  const nextRecord = (line: number) => {
    const record = read.records++;
    if (read.lineJumps.at(-1) !== line - record) read.lineJumps.push(record, line - record);
    return record;
  };
  forEachJsonlLine(input, settings.source, {
    record(value, line) {
      const record = nextRecord(line);
      // for…in rather than Object.entries, which made an array per cell: a parsed object's keys
      // are its own, in the same order.
      for (const key in value) {
        read.seen.add(key);
        const builder = rows.builder(key);
        if (builder) rows.add(builder, value[key], record, line);
      }
      rows.endRow();
    },
    badLine(line, problem) {
      const record = nextRecord(line);
      read.badRecords.push(record);
      if (read.badRows.length < settings.badRowsKept)
        read.badRows.push({ row: record + 1, line, problem: `line ${problem}` });
    },
  });
  return read;
}

/** Refuses input without lines, and a requested column no row has. */
function checkJsonlColumns(read: JsonlRows, settings: TableScanSettings): void {
  if (read.records === 0) {
    throw new TableReadError(
      settings.source,
      undefined,
      'the file is empty; it needs one JSON object per line',
    );
  }
  const absent = Object.keys(settings.columns).filter((name) => !read.seen.has(name));
  if (absent.length > 0) {
    throw new TableReadError(
      settings.source,
      undefined,
      `no row has a key named "${absent[0]}"; the rows have: ${read.rows.names.filter((name) => read.seen.has(name)).join(', ')}`,
    );
  }
}

/** `auto` columns with large text dictionaries were dropped; reads them again, as text, into `merged`. */
function readAgainAsText(
  input: ByteSource,
  settings: TableScanSettings,
  rows: RowBuilder,
  merged: MergedColumns,
): void {
  const again = rows.plans.filter((_plan, c) => merged.needsTextPass[c]);
  if (again.length === 0) return;
  const text = scanJsonl(input, {
    ...settings,
    columns: Object.fromEntries(again.map((plan) => [plan.name, 'category'])),
    otherColumns: 'skip',
  });
  for (const plan of again) merged.columns[rows.plans.indexOf(plan)] = text.column(plan.name)!;
}
