import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { cellParsers, parquetCell, valueParsers } from '../../src/formats/parquet-cells.ts';

describe('parquetCell', () => {
  it('keeps numbers, text and booleans, and null for null and undefined', () => {
    assert.deepEqual([1.5, 'a', false, null, undefined].map(parquetCell), [
      1.5,
      'a',
      false,
      null,
      null,
    ]);
  });

  it('keeps INT64 exact: a number when safe, else its decimal text', () => {
    assert.equal(parquetCell(9007199254740991n), 9007199254740991);
    assert.equal(parquetCell(9007199254740993n), '9007199254740993');
  });

  it('writes instants as ISO text, bytes as base64 and nested values as JSON', () => {
    assert.equal(
      parquetCell(new Date(Date.UTC(2020, 0, 2, 3, 4, 5, 6))),
      '2020-01-02T03:04:05.006Z',
    );
    assert.equal(parquetCell(new Uint8Array([0, 255])), 'AP8=');
    assert.equal(
      parquetCell({ a: [1n, 2n ** 63n], b: new Uint8Array([1]) }),
      '{"a":[1,"9223372036854775808"],"b":"AQ=="}',
    );
  });
});

describe('cellParsers and valueParsers', () => {
  it('decode dates and timestamps to ISO text for tables', () => {
    assert.equal(cellParsers.dateFromDays(18262), '2020-01-01');
    assert.equal(cellParsers.timestampFromMilliseconds(1577836800250n), '2020-01-01T00:00:00.250Z');
    assert.equal(
      cellParsers.timestampFromMicroseconds(1577836800250999n),
      '2020-01-01T00:00:00.250Z',
    );
    assert.equal(
      cellParsers.timestampFromNanoseconds(1577836800250999999n),
      '2020-01-01T00:00:00.250Z',
    );
  });

  it('decode text strictly as UTF-8 for tables and scans alike', () => {
    assert.equal(valueParsers.stringFromBytes, cellParsers.stringFromBytes);
    assert.equal(cellParsers.stringFromBytes(Buffer.from('Zürich')), 'Zürich');
    assert.equal(cellParsers.stringFromBytes(undefined), undefined);
    assert.throws(() => cellParsers.stringFromBytes(new Uint8Array([0xfc])), TypeError);
  });
});
