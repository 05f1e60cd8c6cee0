import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { scanTableBytes, scanTableText } from '../../src/formats/scan-table-bytes.ts';

describe('scanTableBytes', () => {
  it('scans CSV or JSONL by the path, or by the format asked for', () => {
    assert.equal(scanTableBytes(Buffer.from('a\n1\n'), 'x.csv').format, 'csv');
    assert.equal(scanTableBytes(Buffer.from('{"a": 1}\n'), 'x.jsonl').format, 'jsonl');
    assert.equal(
      scanTableBytes(Buffer.from('{"a": 1}\n'), 'x.txt', { format: 'jsonl' }).rowCount,
      1,
    );
  });

  it('scans in this thread whatever the threads asked for', () => {
    const text = `a\n${'1\n'.repeat(1000)}`;
    assert.equal(
      scanTableText(text, 'x.csv', { otherColumns: 'number', threads: 4 }).rowCount,
      1000,
    );
  });

  it('refuses Parquet, which is binary', () => {
    assert.throws(
      () => scanTableText('PAR1', 'x.parquet'),
      /^TableReadError: x\.parquet: Parquet is binary; scan it from a file$/,
    );
  });
});
