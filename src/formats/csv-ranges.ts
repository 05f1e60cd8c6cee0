/**
 * The byte ranges a CSV file is scanned in. A file is cut after the header at
 * guessed record starts (the first line break after an offset that
 * src/io/parallel-csv-scan.ts chooses), each range becomes a CsvChunkRequest
 * (src/formats/csv-chunk-scan.ts), and the ranges' scans are joined back in
 * order. A guess may lie inside a quoted
 * field; that shows when the previous range ends elsewhere, and the range is
 * then scanned again from its true start, so the result never depends on
 * how the file was cut.
 */
import type { ByteSource } from './byte-source.ts';
import type { ColumnPlan } from './column-plans.ts';
import {
  type CsvChunkAbandoned,
  type CsvChunkFailure,
  type CsvChunkOutcome,
  type CsvChunkRequest,
  type CsvChunkScan,
  expectedRowsIn,
  scanCsvChunk,
} from './csv-chunk-scan.ts';
import type { CsvHeader } from './csv-header.ts';
import { TableReadError } from './table-read-error.ts';
import type { TableScanSettings } from './table-scan-settings.ts';

const PROBE_BYTES = 1 << 16;

/** The offset just after the first line break at or after `position`, if a byte follows it: a candidate record start. */
export function lineStartAfter(
  input: ByteSource,
  position: number,
  probe = Buffer.allocUnsafe(PROBE_BYTES),
): number | undefined {
  for (let at = position; ; ) {
    const read = input.read(probe, 0, probe.length, at);
    if (read === 0) return undefined;
    const newline = probe.subarray(0, read).indexOf(0x0a);
    if (newline >= 0) return at + newline + 1 < input.size ? at + newline + 1 : undefined;
    at += read;
  }
}

/**
 * Where a range read up to `position` is cut so that a taker gets the last
 * 1/`sharing` of what it has left before `stop` (or the file's end): a
 * guessed record start; undefined when none lies before that end.
 */
export function tailStart(
  input: ByteSource,
  position: number,
  stop: number,
  sharing: number,
): number | undefined {
  const end = Math.min(stop, input.size);
  const start = lineStartAfter(input, end - Math.floor((end - position) / sharing));
  return start === undefined || start >= end ? undefined : start;
}

/** The request that scans from `start` to the first record at or after `stopAt` (or the end). */
export function csvChunkRequest(
  size: number,
  header: CsvHeader,
  plans: readonly ColumnPlan[],
  settings: TableScanSettings,
  start: number,
  stopAt: number,
): CsvChunkRequest {
  const end = Math.min(size, stopAt);
  return {
    source: settings.source,
    start,
    stopAt,
    delimiter: settings.delimiter,
    missingValues: settings.missingValues,
    header: header.names,
    plans,
    badCellsPerColumn: settings.badCellsPerColumn,
    badRowsKept: settings.badRowsKept,
    expectedRows: expectedRowsIn(end - start, header.bytesPerRecord),
    bytesPerRecord: header.bytesPerRecord,
    layout: settings.layout,
  };
}

/**
 * The ranges' scans in order, each checked to start where the previous one
 * ended; one that did not (its start was inside a quoted field) or that gave
 * up is scanned again here, from `input`, with `requestFrom(k, start)`.
 */
export function joinCsvRanges(
  input: ByteSource,
  header: CsvHeader,
  starts: readonly number[],
  outcomes: readonly CsvChunkOutcome[],
  requestFrom: (k: number, start: number) => CsvChunkRequest,
  source: string,
): CsvChunkScan[] {
  const chunks: CsvChunkScan[] = [];
  let line = header.dataLine;
  for (let k = 0; k < outcomes.length; k++) {
    const expectedStart = k === 0 ? header.dataStart : chunks[k - 1]!.endOffset;
    const guess = outcomes[k]!;
    const outcome =
      expectedStart === starts[k] && !('abandoned' in guess)
        ? guess
        : scanCsvChunk(input, requestFrom(k, expectedStart));
    if (!('columns' in outcome)) throw csvRangeFailure(outcome, line, source);
    chunks.push(outcome);
    line += outcome.lines;
  }
  return chunks;
}

/** A range's failure as a TableReadError at its absolute line (`firstLine` is the range's first). */
export function csvRangeFailure(
  outcome: CsvChunkFailure | CsvChunkAbandoned,
  firstLine: number,
  source: string,
): TableReadError {
  // Only speculative ranges give up, and those are scanned again from their true start.
  if ('abandoned' in outcome) throw new Error('a range scanned from its true start gave up');
  const { line, problem } = outcome.failure;
  return new TableReadError(source, line === undefined ? undefined : firstLine + line, problem);
}
