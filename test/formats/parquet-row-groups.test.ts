import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { AsyncBuffer } from 'hyparquet';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, it } from 'vitest';
import { rowValues } from '../../src/formats/parquet-flat-column.ts';
import {
  type ParquetFile,
  readParquetFooter,
  readParquetRowGroups,
} from '../../src/formats/parquet-row-groups.ts';
import {
  fixtureParquet,
  memoryParquet,
  testingParquet,
  weatherParquet,
} from './parquet-fixtures.ts';

/** Every value of `column`, all row groups, as `as`. */
async function readAll(
  opened: ParquetFile,
  column: string,
  as: 'cells' | 'values' = 'cells',
): Promise<unknown[]> {
  const all: unknown[] = [];
  await readParquetRowGroups(
    opened,
    'f.parquet',
    [column],
    (values) => all.push(...Array.from(rowValues(values.get(column)!))),
    as,
  );
  return all;
}

describe('readParquetFooter', () => {
  it('reads the columns, the DATE columns and the row count from bytes in memory', async () => {
    const opened = await readParquetFooter(fixtureParquet(), 'w.parquet');
    assert.deepEqual(opened.columnNames, [
      'date',
      'precipitation',
      'temp_max',
      'temp_min',
      'wind',
      'weather',
      'wet',
      'row_id',
      'observed_at',
    ]);
    assert.deepEqual([...opened.dateColumns], ['date']);
    assert.deepEqual([...opened.rawBytesColumns], []);
    assert.equal(opened.rowCount, 30);
  });

  it('finds raw BINARY columns: BYTE_ARRAY without a string annotation', async () => {
    const opened = await readParquetFooter(testingParquet('raw-bytes.parquet'), 'r.parquet');
    assert.deepEqual([...opened.rawBytesColumns], ['header']);
  });
});

describe('readParquetFooter on a damaged frame', () => {
  const weather = () => new Uint8Array(readFileSync(weatherParquet));
  const refusal = (bytes: Uint8Array, problem: RegExp) =>
    assert.rejects(readParquetFooter(memoryParquet(bytes), 'd.parquet'), (error: Error) => {
      assert.equal(error.name, 'TableReadError');
      assert.match(error.message, problem);
      return true;
    });

  it('names bytes that are not Parquet by how they start', async () => {
    await refusal(
      Buffer.from('id,x\n1,2\n'),
      /^d\.parquet: not a readable Parquet file: it starts with "id,x", not the magic bytes "PAR1"; check the path/,
    );
    await refusal(new Uint8Array([0xff, 0xfe, 0, 1]), /it starts with ff fe 00 01, not/);
  });

  it('names a file with only the magic bytes as one without a footer', async () => {
    await refusal(
      Buffer.from('PAR1'),
      /^d\.parquet: holds only 4 bytes: after the magic "PAR1" there is no footer .*; the file is truncated or was never finished/,
    );
    await refusal(
      Buffer.from('PAR1PAR1'),
      /holds only 8 bytes: after the magic "PAR1" there is no footer/,
    );
  });

  it('names a truncated file: no closing magic, so no footer', async () => {
    const bytes = weather();
    await refusal(
      bytes.subarray(0, bytes.length - 100),
      /^d\.parquet: does not end with the magic bytes "PAR1" \(it ends with .*\), so its footer is missing: the file is truncated/,
    );
  });

  it('names a footer length beyond the file', async () => {
    const bytes = weather();
    new DataView(bytes.buffer).setUint32(bytes.length - 8, 0x7fffffff, true);
    await refusal(
      bytes,
      new RegExp(
        `^d\\.parquet: says its footer is 2147483647 bytes, but the file holds only ${bytes.length - 12} bytes besides its frame: the file is truncated or damaged`,
      ),
    );
  });

  it('names an empty file', async () => {
    await refusal(new Uint8Array(0), /^d\.parquet: the file is empty/);
  });

  it('names an encrypted file', async () => {
    await refusal(Buffer.from('PARE0000000PARE'), /is an encrypted Parquet file \(magic PARE\)/);
  });

  it('names a footer that cannot be decoded (parquet-testing bad_data/PARQUET-1481.parquet)', async () => {
    await assert.rejects(
      readParquetFooter(testingParquet('PARQUET-1481.parquet'), 'b.parquet'),
      /^TableReadError: b\.parquet: its footer \(the file's metadata\) cannot be decoded \(.+\): the file is damaged; write it again$/,
    );
  });
});

describe('readParquetRowGroups', () => {
  it('reads the flat columns of a wide row group in a few reads, not one per column', async () => {
    const columns = Array.from({ length: 2000 }, (_, c) => ({
      name: `c${c}`,
      type: 'DOUBLE' as const,
      data: [c, null, c / 2],
    }));
    const memory = memoryParquet(parquetWriteBuffer({ columnData: columns }));
    const opened = await readParquetFooter(memory, 'wide.parquet');
    let reads = 0;
    const counted = {
      ...opened,
      file: {
        ...memory,
        slice: (start: number, end?: number) => {
          reads++;
          return memory.slice(start, end);
        },
      },
    };
    let last: unknown[] = [];
    await readParquetRowGroups(
      counted,
      'wide.parquet',
      // In reverse: the reads follow the file's order, not the request's.
      columns.map((column) => column.name).reverse(),
      (values) => {
        last = Array.from(rowValues(values.get('c1999')!));
      },
    );
    assert.deepEqual(last, [1999, null, 999.5]);
    assert.ok(reads <= 2, `${reads} reads`);
  });

  it('hands over each row group with the requested columns, as cells or as values', async () => {
    const opened = await readParquetFooter(fixtureParquet(), 'w.parquet');
    const groups: [number, string[], unknown][] = [];
    await readParquetRowGroups(opened, 'w.parquet', ['date', 'wind'], (values, rowCount) => {
      groups.push([rowCount, [...values.keys()], rowValues(values.get('date')!)[0]]);
    });
    assert.equal(
      groups.reduce((sum, [rows]) => sum + rows, 0),
      30,
    );
    assert.deepEqual(groups[0]!.slice(1), [['date', 'wind'], '2012-01-01']);
    assert.deepEqual((await readAll(opened, 'date', 'values'))[0], new Date(Date.UTC(2012, 0, 1)));
  });

  it('reads no column data when no column is asked for, but still counts the rows', async () => {
    const opened = await readParquetFooter(fixtureParquet(), 'w.parquet');
    let rows = 0;
    await readParquetRowGroups(opened, 'w.parquet', [], (values, rowCount) => {
      assert.equal(values.size, 0);
      rows += rowCount;
    });
    assert.equal(rows, 30);
  });

  it('reads raw BINARY values as bytes, not text, beside a text column', async () => {
    const opened = await readParquetFooter(testingParquet('raw-bytes.parquet'), 'r.parquet');
    const got: [unknown, unknown][] = [];
    await readParquetRowGroups(opened, 'r.parquet', ['kind', 'header'], (values) => {
      got.push([rowValues(values.get('kind')!)[1], rowValues(values.get('header')!)[1]]);
    });
    assert.deepEqual(got, [['jpeg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0])]]);
  });

  it('reads parquet-testing data/binary.parquet (parquet-mr, BINARY without annotation) as bytes', async () => {
    const opened = await readParquetFooter(testingParquet('binary.parquet'), 'b.parquet');
    const all = await readAll(opened, 'foo');
    assert.deepEqual(
      all,
      Array.from({ length: 12 }, (_, i) => new Uint8Array([i])),
    );
  });

  it('reads DataPage V2 files of parquet-testing, an empty data page as nulls', async () => {
    const empty = await readParquetFooter(
      testingParquet('datapage_v2_empty_datapage.snappy.parquet'),
      'e.parquet',
    );
    assert.deepEqual(await readAll(empty, 'value'), [null]);
    const zstd = await readParquetFooter(
      testingParquet('page_v2_empty_compressed.parquet'),
      'z.parquet',
    );
    assert.deepEqual(await readAll(zstd, 'integer_column'), Array(10).fill(null));
    // Values as parquet-testing's parquet-mr wrote them (data/datapage_v2.snappy.parquet).
    const v2 = await readParquetFooter(testingParquet('datapage_v2.snappy.parquet'), 'v.parquet');
    assert.deepEqual(await readAll(v2, 'a'), ['abc', 'abc', 'abc', null, 'abc']);
    assert.deepEqual(await readAll(v2, 'b'), [1, 2, 3, 4, 5]);
  });
});

describe('readParquetRowGroups on text longer than a JS string holds', () => {
  /** The weather file with its reads counted after the footer. */
  async function counted(): Promise<[ParquetFile, { reads: number }]> {
    const file = fixtureParquet();
    const opened = await readParquetFooter(file, 'w.parquet');
    const seen = { reads: 0 };
    const spy: AsyncBuffer = {
      byteLength: file.byteLength,
      slice: (start, end) => {
        seen.reads++;
        return file.slice(start, end);
      },
    };
    return [{ ...opened, file: spy }, seen];
  }

  it('fails before reading when the footer proves a value too long, naming column, row group and limit', async () => {
    const [opened, seen] = await counted();
    const chunk = opened.metadata.row_groups[0]!.columns.find(
      (c) => c.meta_data?.path_in_schema[0] === 'weather',
    )!;
    // Synthetic size statistics: 30 values of 2^40 bytes in all, 36 GiB each on average.
    chunk.meta_data!.size_statistics = { unencoded_byte_array_data_bytes: 2n ** 40n };
    await assert.rejects(
      readAll(opened, 'weather'),
      /^TableReadError: f\.parquet: column "weather", row group 1 of 3 \(from row 1\): a value exceeds the 536,870,888-byte limit for one text value \(the longest string JavaScript can hold\), so it cannot be read as text; store such values as raw BINARY/,
    );
    assert.equal(seen.reads, 0);
  });

  it('fails on the first value beyond the limit met while decoding (limit lowered to 5 bytes)', async () => {
    const [opened] = await counted();
    const lowered = { ...opened, maxTextBytes: 5 };
    // `sun` and `rain` fit in 5 bytes; the first `drizzle` (7 bytes) does not.
    await assert.rejects(
      readAll(lowered, 'weather'),
      /^TableReadError: f\.parquet: column "weather", row group 1 of 3 \(from row 1\): a value of 7 bytes exceeds the 5-byte limit for one text value/,
    );
    assert.equal((await readAll({ ...opened, maxTextBytes: 7 }, 'weather')).length, 30);
  });
});
