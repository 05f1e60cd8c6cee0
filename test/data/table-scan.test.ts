import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { describeBadCell } from '../../src/data/table-scan.ts';

describe('describeBadCell', () => {
  it('names file, line, row, column, value and the expected kind', () => {
    assert.equal(
      describeBadCell('data.csv', {
        row: 11,
        line: 12,
        column: 'temp',
        value: '15.6C',
        expected: 'number',
      }),
      'data.csv:12 (row 11), column "temp": "15.6C" is not a number',
    );
    assert.equal(
      describeBadCell('d.parquet', {
        row: 3,
        line: undefined,
        column: 'day',
        value: '2014-02-30',
        expected: 'date',
      }),
      'd.parquet (row 3), column "day": "2014-02-30" is not a calendar date (YYYY-MM-DD)',
    );
  });
});
