import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { bufferByteSource } from '../../src/formats/byte-source.ts';
import { checkHeader, readCsvHeader } from '../../src/formats/csv-header.ts';

const header = (text: string | Buffer, delimiter = ',') =>
  readCsvHeader(bufferByteSource(Buffer.from(text)), 'h.csv', delimiter);

describe('readCsvHeader', () => {
  it('names the columns and says where the data starts and how long its records are', () => {
    assert.deepEqual(header('a,b\n1,2\n33,44\n'), {
      names: ['a', 'b'],
      line: 1,
      dataStart: 4,
      dataLine: 2,
      bytesPerRecord: 5,
    });
  });

  it('skips a BOM and blank lines, unquotes names and counts the lines of a quoted line break', () => {
    const read = header('\ufeff\n"x\ny";"q"""\r\n1;2\r\n', ';');
    assert.deepEqual(read.names, ['x\ny', 'q"']);
    assert.deepEqual([read.line, read.dataLine], [2, 4]);
    assert.equal(read.dataStart, Buffer.byteLength('\ufeff\n"x\ny";"q"""\r\n'));
  });

  it('grows its window for a header longer than it, and guesses 64 bytes per record without data', () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `column_${i}`);
    const read = header(`${names.join(',')}\n`);
    assert.equal(read.names.length, 20_000);
    assert.equal(read.names.at(-1), 'column_19999');
    assert.equal(read.bytesPerRecord, 64);
  });

  it("measures records in a small file's first 1 KB and a large file's first 64 KB", () => {
    // 10-byte records, then 20-byte ones from byte 1,014 on: only the first window is measured.
    const rows = (count: number, row: string) => row.repeat(count);
    const small = `a,b\n${rows(101, '1234,5678\n')}${rows(200, '123456789,123456789\n')}`;
    assert.equal(header(small).bytesPerRecord, 10);
    const large = `a,b\n${rows(6_553, '1234,5678\n')}${rows(60_000, '123456789,123456789\n')}`;
    assert.equal(header(large).bytesPerRecord, 10);
    // A header longer than the small window still fits once the window grows.
    const names = Array.from({ length: 800 }, (_, i) => `column_${i}`);
    assert.equal(header(`${names.join(',')}\n${rows(10, '1\n')}`).names.length, 800);
  });

  it('refuses an empty file and a header with an empty or a repeated name', () => {
    assert.throws(
      () => header(''),
      /^TableReadError: h\.csv: the file is empty; it needs a header/,
    );
    assert.throws(() => header('\r\n\n'), /the file is empty/);
    assert.throws(
      () => header('a,,b\n'),
      /^TableReadError: h\.csv:1: column 2 of the header has no name/,
    );
    assert.throws(
      () => header('\na,b,a\n'),
      /^TableReadError: h\.csv:2: the header names column "a" twice/,
    );
  });
});

describe('checkHeader', () => {
  it('accepts distinct names and refuses a blank one', () => {
    checkHeader(['a', 'A', ' a'], 'c.csv', 1);
    assert.throws(() => checkHeader(['a', '  '], 'c.csv', 3), /c\.csv:3: column 2 of the header/);
  });
});
