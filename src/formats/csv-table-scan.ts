/**
 * A CSV scan in the calling thread, from a ByteSource: the header and the
 * column plans, one pass over the records (a second when an `auto` column
 * fell back to text), and the TableScan. src/io/scan-table.ts scans large
 * files with the same pieces, its passes split into ranges on worker threads.
 */
import { buildTableScan } from '../data/build-table-scan.ts';
import type { TableScan } from '../data/table-scan.ts';
import type { ByteSource } from './byte-source.ts';
import { type ColumnPlan, planColumns, textPassPlans } from './column-plans.ts';
import { scanCsvChunk } from './csv-chunk-scan.ts';
import { type CsvHeader, readCsvHeader } from './csv-header.ts';
import { csvChunkRequest, csvRangeFailure } from './csv-ranges.ts';
import { type MergedScan, mergeCsvChunks, withTextPass } from './merge-csv-chunks.ts';
import { TableReadError } from './table-read-error.ts';
import type { TableScanSettings } from './table-scan-settings.ts';

export interface CsvScanPlan {
  header: CsvHeader;
  plans: ColumnPlan[];
}

/** The header (checked) and the plans of the columns to read. */
export function planCsvScan(input: ByteSource, settings: TableScanSettings): CsvScanPlan {
  const header = readCsvHeader(input, settings.source, settings.delimiter);
  return { header, plans: planColumns(header.names, settings) };
}

/** Scans a whole CSV input in this thread. */
export function scanCsv(input: ByteSource, settings: TableScanSettings): TableScan {
  const { header, plans } = planCsvScan(input, settings);
  const first = scanCsvPass(input, header, plans, settings);
  const again = textPassPlans(plans, first.needsTextPass);
  const second = again.length > 0 ? scanCsvPass(input, header, again, settings) : undefined;
  return finishCsvScan(header, settings, first, again, second);
}

/**
 * A pass reads at most this many columns at once. A wide table (50,000
 * columns) is read in several passes over its bytes, so that only one group's
 * column builders (and the garbage they leave) are alive at a time: memory
 * then grows with the data kept, not with the builders of every column.
 */
const COLUMNS_PER_PASS = 1 << 12;

/** One pass over every record in this thread (one per group of columns), reading the columns of `plans`. */
export function scanCsvPass(
  input: ByteSource,
  header: CsvHeader,
  plans: readonly ColumnPlan[],
  settings: TableScanSettings,
): MergedScan {
  const groups: ColumnPlan[][] = [];
  for (let start = 0; start < plans.length || start === 0; start += COLUMNS_PER_PASS) {
    groups.push(plans.slice(start, start + COLUMNS_PER_PASS));
  }
  const outcomes = groups.map((group) => {
    const request = csvChunkRequest(
      input.size,
      header,
      group,
      settings,
      header.dataStart,
      Number.POSITIVE_INFINITY,
    );
    const outcome = scanCsvChunk(input, request);
    if (!('columns' in outcome)) throw csvRangeFailure(outcome, header.dataLine, settings.source);
    return outcome;
  });
  // Every group read the same records: one chunk with every group's columns.
  const whole = { ...outcomes[0]!, columns: outcomes.flatMap((outcome) => outcome.columns) };
  return mergeCsvChunks([whole], plans, header.dataLine, settings);
}

/** The TableScan of the first pass, with the columns of the text pass (`again`, `second`) if any. */
export function finishCsvScan(
  header: CsvHeader,
  settings: TableScanSettings,
  first: MergedScan,
  again: readonly ColumnPlan[],
  second: MergedScan | undefined,
): TableScan {
  const scan = buildTableScan(
    { source: settings.source, format: 'csv', layout: settings.layout, columnNames: header.names },
    withTextPass(first, again, second),
  );
  if (scan.rowCount === 0 && scan.badRowCount === 0 && !settings.allowNoRows) {
    throw new TableReadError(
      settings.source,
      undefined,
      'the file has a header but no rows; a table needs at least one data row',
    );
  }
  return scan;
}
