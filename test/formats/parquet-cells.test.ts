import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import {
  isoTimeParsers,
  parquetCell,
  parquetParsers,
  rawBytesToken,
  strictText,
} from '../../src/formats/parquet-cells.ts';
import { ParquetTextTooLong } from '../../src/formats/parquet-text-limit.ts';

const text = strictText(100);

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

  it('writes instants as ISO text, raw bytes as their token and nested values as JSON', () => {
    assert.equal(
      parquetCell(new Date(Date.UTC(2020, 0, 2, 3, 4, 5, 6))),
      '2020-01-02T03:04:05.006Z',
    );
    assert.equal(parquetCell(new Uint8Array([0, 255])), rawBytesToken(new Uint8Array([0, 255])));
    assert.equal(
      parquetCell({ a: [1n, 2n ** 63n], b: new Uint8Array([1]) }),
      `{"a":[1,"9223372036854775808"],"b":"${rawBytesToken(new Uint8Array([1]))}"}`,
    );
  });
});

describe('rawBytesToken', () => {
  it('gives the length and the first 16 hex digits of the SHA-256, never the bytes as text', () => {
    // Expected digests: `printf '\\x89PNG' | sha256sum`, `printf '' | sha256sum` and `printf '\\x01' | sha256sum` (GNU coreutils 9), first 16 hex digits.
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    assert.equal(rawBytesToken(png), '4 bytes sha256:0f4636c78f65d363');
    assert.equal(rawBytesToken(new Uint8Array(0)), '0 bytes sha256:e3b0c44298fc1c14');
    assert.equal(rawBytesToken(new Uint8Array([1])), '1 byte sha256:4bf5122f344554c5');
  });
});

describe('isoTimeParsers and strictText', () => {
  it('decode dates and timestamps to ISO text for tables', () => {
    assert.equal(isoTimeParsers.dateFromDays(18262), '2020-01-01');
    assert.equal(
      isoTimeParsers.timestampFromMilliseconds(1577836800250n),
      '2020-01-01T00:00:00.250Z',
    );
    assert.equal(
      isoTimeParsers.timestampFromMicroseconds(1577836800250999n),
      '2020-01-01T00:00:00.250Z',
    );
    assert.equal(
      isoTimeParsers.timestampFromNanoseconds(1577836800250999999n),
      '2020-01-01T00:00:00.250Z',
    );
  });

  it('decode text strictly as UTF-8', () => {
    assert.equal(text(Buffer.from('Zürich')), 'Zürich');
    assert.equal(text(undefined), undefined);
    assert.throws(() => text(new Uint8Array([0xfc])), TypeError);
  });

  it('refuse text longer than the limit before decoding it', () => {
    assert.equal(text(new Uint8Array(100).fill(97)), 'a'.repeat(100));
    assert.throws(
      () => text(new Uint8Array(101)),
      (error) => error instanceof ParquetTextTooLong && error.valueBytes === 101,
    );
  });
});

describe('parquetParsers', () => {
  it('give ISO dates for tables, Date objects (hyparquet default) for scans, strict text to both', () => {
    assert.equal(parquetParsers('cells', 5).dateFromDays!(18262), '2020-01-01');
    assert.equal(parquetParsers('values', 5).dateFromDays, undefined);
    for (const as of ['cells', 'values'] as const) {
      assert.throws(
        () => parquetParsers(as, 5).stringFromBytes!(new Uint8Array(6)),
        ParquetTextTooLong,
      );
    }
  });
});
