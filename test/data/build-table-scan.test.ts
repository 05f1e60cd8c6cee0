import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { buildTableScan, lineOfRecord, recordOfRow } from '../../src/data/build-table-scan.ts';

describe('recordOfRow', () => {
  it('counts the bad records at or before a good row', () => {
    // Records 0..7; 2 and 3 and 6 are bad, so good rows 0..4 are records 0, 1, 4, 5, 7.
    const bad = Int32Array.from([2, 3, 6]);
    assert.deepEqual(
      [0, 1, 2, 3, 4].map((row) => recordOfRow(bad, row)),
      [0, 1, 4, 5, 7],
    );
    assert.equal(recordOfRow(new Int32Array(0), 9), 9);
  });
});

describe('lineOfRecord', () => {
  it('applies the last line jump at or before the record, none before the first', () => {
    // From record 0 lines are record + 2; a two-line record 3 shifts the rest by one more.
    const jumps = [0, 2, 4, 3];
    assert.deepEqual(
      [0, 3, 4, 9].map((record) => lineOfRecord(jumps, record)),
      [2, 5, 7, 12],
    );
    assert.equal(lineOfRecord([5, 1], 2), 2);
    assert.equal(lineOfRecord([], 7), 7);
  });
});

describe('buildTableScan', () => {
  const scanned = {
    columns: [],
    badCells: [],
    badRows: [{ row: 2, line: 4, problem: 'ragged' }],
    badRowCount: 1,
    records: 4,
    badRecords: Int32Array.from([1]),
    lineJumps: [0, 2, 2, 3],
    hasLines: true,
  };
  const identity = { source: 's.csv', format: 'csv', layout: 'rows', columnNames: ['a'] } as const;

  it('counts good rows and maps a row index to its data row and line', () => {
    const scan = buildTableScan(identity, scanned);
    assert.equal(scan.rowCount, 3);
    assert.deepEqual(
      [0, 1, 2].map((i) => [scan.dataRowOf(i), scan.lineOf(i)]),
      [
        [1, 2],
        [3, 5],
        [4, 6],
      ],
    );
    assert.deepEqual(
      [scan.source, scan.format, scan.layout, scan.columnNames],
      ['s.csv', 'csv', 'rows', ['a']],
    );
    assert.equal(scan.column('a'), undefined);
  });

  it('has no lines for a format without them', () => {
    const scan = buildTableScan(
      { ...identity, format: 'parquet' },
      { ...scanned, hasLines: false },
    );
    assert.equal(scan.lineOf(0), undefined);
    assert.equal(scan.dataRowOf(1), 3);
  });
});
