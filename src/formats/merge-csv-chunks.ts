/**
 * Joins the chunks of a CSV scan (one per range, in file order) into one
 * MergedScan: record indexes and lines made absolute, bad rows counted and
 * the first ones kept, the line table joined, the columns merged
 * (src/formats/merge-chunk-columns.ts). Also puts the columns of a text pass
 * in place of the first pass's placeholders.
 */
import type { ScannedRecords } from '../data/build-table-scan.ts';
import type { BadRow } from '../data/table-scan.ts';
import type { ColumnPlan } from './column-plans.ts';
import type { CsvChunkScan } from './csv-chunk-scan.ts';
import { mergeChunkColumns } from './merge-chunk-columns.ts';
import type { TableScanSettings } from './table-scan-settings.ts';

/** The merged chunks of a scan, before they become a TableScan. */
export interface MergedScan extends ScannedRecords {
  plans: readonly ColumnPlan[];
  /** Per plan: read the column again as text (see mergeChunkColumns). */
  needsTextPass: boolean[];
}

type MergeSettings = Pick<TableScanSettings, 'layout' | 'badCellsPerColumn' | 'badRowsKept'>;

export function mergeCsvChunks(
  chunks: readonly CsvChunkScan[],
  plans: readonly ColumnPlan[],
  dataLine: number,
  settings: MergeSettings,
): MergedScan {
  const records = joinRecords(chunks, dataLine, settings.badRowsKept);
  const merged = mergeChunkColumns(
    plans,
    chunks.map((chunk) => chunk.columns),
    (chunk, cell) => ({
      row: records.recordBases[chunk]! + cell.record + 1,
      line: records.lineBases[chunk]! + cell.line!,
    }),
    settings,
  );
  return {
    plans,
    ...merged,
    badRows: records.badRows,
    badRowCount: records.badRowCount,
    records: records.records,
    badRecords: Int32Array.from(records.badRecords),
    lineJumps: records.lineJumps,
    hasLines: true,
  };
}

/** The chunks' records in one numbering: each chunk's first record and line, bad rows, line jumps. */
function joinRecords(chunks: readonly CsvChunkScan[], dataLine: number, badRowsKept: number) {
  const lineJumps: number[] = [];
  const badRecords: number[] = [];
  const badRows: BadRow[] = [];
  const recordBases: number[] = [];
  const lineBases: number[] = [];
  let records = 0;
  let line = dataLine;
  let badRowCount = 0;
  const pushJump = (record: number, delta: number) => {
    if (lineJumps.at(-1) === delta) return;
    lineJumps.push(record, delta);
  };
  for (const chunk of chunks) {
    recordBases.push(records);
    lineBases.push(line);
    pushJump(records, line - records);
    for (let j = 0; j < chunk.lineJumps.length; j += 2) {
      pushJump(records + chunk.lineJumps[j]!, line - records + chunk.lineJumps[j + 1]!);
    }
    for (const record of chunk.badRecords) badRecords.push(records + record);
    for (const bad of chunk.badRows) {
      if (badRows.length < badRowsKept) {
        badRows.push({
          row: records + bad.record + 1,
          line: line + bad.line,
          problem: bad.problem,
        });
      }
    }
    badRowCount += chunk.badRecords.length;
    records += chunk.records;
    line += chunk.lines;
  }
  return { lineJumps, badRecords, badRows, recordBases, lineBases, records, badRowCount };
}

/** `first` with the columns that were read again as text (`again`) taken from `second`. */
export function withTextPass(
  first: MergedScan,
  again: readonly ColumnPlan[],
  second: MergedScan | undefined,
): MergedScan {
  if (!second) return first;
  const columns = [...first.columns];
  again.forEach((plan, i) => {
    columns[first.plans.findIndex((p) => p.name === plan.name)] = second.columns[i]!;
  });
  return { ...first, columns };
}
