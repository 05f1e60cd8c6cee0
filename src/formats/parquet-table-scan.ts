/**
 * A Parquet scan from an opened ParquetFile (src/formats/parquet-row-groups.ts):
 * the columns the settings ask for, read row group by row group into column
 * builders (numbers typed, DATE and TIMESTAMP values as times, the rest as
 * src/formats/add-loose-value.ts says), and `auto` columns whose dictionary
 * grew too large read again as text. Parquet has no lines and no bad rows.
 */
import { buildTableScan, type ScanParts } from '../data/build-table-scan.ts';
import type { TableScan } from '../data/table-scan.ts';
import { addLooseValue } from './add-loose-value.ts';
import { type ColumnPlan, planColumns } from './column-plans.ts';
import { type MergedColumns, mergeChunkColumns } from './merge-chunk-columns.ts';
import { type ParquetFile, readParquetRowGroups } from './parquet-row-groups.ts';
import { ScanColumnBuilder } from './scan-column-builder.ts';
import { TableReadError } from './table-read-error.ts';
import type { TableScanSettings } from './table-scan-settings.ts';

export async function scanParquet(
  opened: ParquetFile,
  settings: TableScanSettings,
): Promise<TableScan> {
  const { identity, scanned } = await parquetScanParts(opened, settings);
  return buildTableScan(identity, scanned);
}

/** scanParquet's scan as data (ScanParts), for a worker thread to post. */
export async function parquetScanParts(
  opened: ParquetFile,
  settings: TableScanSettings,
): Promise<ScanParts> {
  const plans = planColumns(opened.columnNames, settings);
  if (opened.rowCount === 0 && !settings.allowNoRows) {
    throw new TableReadError(
      settings.source,
      undefined,
      'the file has a header (columns) but no rows; a table needs at least one data row',
    );
  }
  const builders = await readParquetColumns(opened, plans, settings);
  const merged = mergeChunkColumns(
    plans,
    [builders.map((builder) => builder.finish())],
    (_chunk, cell) => ({ row: cell.record + 1, line: undefined }),
    settings,
  );
  await readAgainAsText(opened, settings, plans, merged);
  return {
    identity: {
      source: settings.source,
      format: 'parquet',
      layout: settings.layout,
      columnNames: opened.columnNames,
    },
    scanned: {
      ...merged,
      badRows: [],
      badRowCount: 0,
      records: opened.rowCount,
      badRecords: new Int32Array(0),
      lineJumps: [],
      hasLines: false,
    },
  };
}

/** One builder per plan, filled from every row group. */
async function readParquetColumns(
  opened: ParquetFile,
  plans: readonly ColumnPlan[],
  settings: TableScanSettings,
): Promise<ScanColumnBuilder[]> {
  const builders = plans.map(
    (plan) =>
      new ScanColumnBuilder(
        plan.kind,
        opened.rowCount,
        settings.badCellsPerColumn,
        settings.layout,
        undefined,
        plan.checks,
      ),
  );
  const missing = new Set(settings.missingValues);
  let record = 0;
  await readParquetRowGroups(
    opened,
    settings.source,
    plans.map((plan) => plan.name),
    (values, rowCount) => {
      plans.forEach((plan, c) => {
        const { values: data, indices, present } = values.get(plan.name)!;
        const builder = builders[c]!;
        const isDate = opened.dateColumns.has(plan.name);
        // Per cell (hot): numbers, the common case, skip the general path; a null row takes no value.
        for (let i = 0, next = 0; i < rowCount; i++) {
          if (present !== null && present[i] === 0) {
            builder.addMissing();
            continue;
          }
          const value = indices === undefined ? data[next++] : data[indices[next++]!];
          if (typeof value === 'number') builder.addTyped(value, record + i, undefined);
          else addLooseValue(builder, value, missing, isDate, record + i, undefined);
        }
      });
      record += rowCount;
    },
    'values',
  );
  return builders;
}

/** `auto` columns with large text dictionaries were dropped; reads them again, as text, into `merged`. */
async function readAgainAsText(
  opened: ParquetFile,
  settings: TableScanSettings,
  plans: readonly ColumnPlan[],
  merged: MergedColumns,
): Promise<void> {
  const again = plans.filter((_plan, c) => merged.needsTextPass[c]);
  if (again.length === 0) return;
  const text = await scanParquet(opened, {
    ...settings,
    columns: Object.fromEntries(again.map((plan) => [plan.name, 'category'])),
    otherColumns: 'skip',
  });
  for (const plan of again) merged.columns[plans.indexOf(plan)] = text.column(plan.name)!;
}
