import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { tableScanSettings } from '../../src/formats/table-scan-settings.ts';

describe('tableScanSettings', () => {
  it('fills every default: format and delimiter from the path, the empty field missing, one thread', () => {
    assert.deepEqual(tableScanSettings('data/a.csv', {}), {
      source: 'data/a.csv',
      format: 'csv',
      delimiter: ',',
      missingValues: [''],
      columns: {},
      otherColumns: 'skip',
      badCellsPerColumn: 100,
      badRowsKept: 100,
      allowNoRows: false,
      layout: 'rows',
      cellChecks: {},
      threads: 1,
    });
    assert.equal(tableScanSettings('A.TSV', {}).delimiter, '\t');
    assert.equal(tableScanSettings('a.ndjson', {}).format, 'jsonl');
    assert.equal(tableScanSettings('a.txt', { format: 'parquet' }).format, 'parquet');
  });

  it("takes the caller's default thread count, and at least one whole thread", () => {
    assert.equal(tableScanSettings('a.csv', {}, 4).threads, 4);
    assert.equal(tableScanSettings('a.csv', { threads: 2.7 }, 4).threads, 2);
    assert.equal(tableScanSettings('a.csv', { threads: 0 }, 4).threads, 1);
  });
});
