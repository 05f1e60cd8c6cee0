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

  it('counts a column that drops its texts in a later window, between cells whose codes the lane cached', () => {
    // More than the first 4 MB window of a column with 10 values, which it keeps as codes
    // and the fast lane then finds cached; then, in one batch, more new values than a column
    // keeps, each followed by one seen before. Dropping its texts there once failed the scan
    // ("Cannot read properties of null") at the next cell with a cached code.
    const counted = (head: (i: number) => string, fresh: (i: number) => string, extra: number) => {
      const first = Array.from({ length: 2_200_000 }, (_, i) => head(i % 10));
      const later = Array.from({ length: extra }, (_, i) => `${fresh(i)}\n${head(5)}`);
      const text = `x\n${first.join('\n')}\n${later.join('\n')}\n`;
      const scan = scanTableText(text, 'x.csv', { otherColumns: 'auto', layout: 'distribution' });
      assert.equal(scan.rowCount, 2_200_000 + 2 * extra);
      return scan.columns[0]!;
    };
    // Numbers keep at most 256 texts; categories 65,536.
    const numbers = counted(String, (i) => String(1000 + i), 300);
    assert.equal(numbers.kind, 'number');
    const categories = counted(
      (i) => `a${i}`,
      (i) => `b${i}`,
      65_600,
    );
    assert.equal(categories.kind, 'category');
  });

  it('refuses Parquet, which is binary', () => {
    assert.throws(
      () => scanTableText('PAR1', 'x.parquet'),
      /^TableReadError: x\.parquet: Parquet is binary; scan it from a file$/,
    );
  });
});
