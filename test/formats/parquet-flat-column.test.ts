/**
 * A flat column read without hyparquet's assembly (parquet-flat-column.ts) has
 * the values hyparquet's own parquetRead gives, row group by row group, with
 * the same parsers: the reference is the library the reader takes its page
 * decoders from. Files: the Parquet fixtures (apache/parquet-testing and ours,
 * test/fixtures/parquet/README.md; DuckDB's has version 1 pages with nulls)
 * and files hyparquet-writer writes here (version 2 pages) with nulls across
 * several pages and row groups, in each encoding it writes.
 */
import assert from 'node:assert/strict';
import { type AsyncBuffer, parquetRead, type SchemaTree } from 'hyparquet';
import { type ColumnSource, parquetWriteBuffer } from 'hyparquet-writer';
import { describe, it } from 'vitest';
import { parquetParsers } from '../../src/formats/parquet-cells.ts';
import { parquetCodecs } from '../../src/formats/parquet-codecs.ts';
import {
  flatChunkRange,
  flatSchemaPath,
  readFlatColumn,
  rowValues,
} from '../../src/formats/parquet-flat-column.ts';
import { readParquetFooter } from '../../src/formats/parquet-row-groups.ts';
import { fixtureParquet, memoryParquet, testingParquet } from './parquet-fixtures.ts';

/** Decoding as a scan decodes: dates and times as values, text as text. */
const valueOptions = {
  parsers: parquetParsers('values', 1e6),
  compressors: parquetCodecs,
  utf8: true,
};

function flatPath(root: SchemaTree, name: string): SchemaTree[] | undefined {
  const column = root.children.find((child) => child.element.name === name);
  return column && flatSchemaPath(root, column);
}

/** Compares every flat column of every row group; returns how many column chunks it compared. */
async function compareFlatColumns(file: AsyncBuffer, as: 'cells' | 'values'): Promise<number> {
  const opened = await readParquetFooter(file, 'f.parquet');
  let rowStart = 0;
  let compared = 0;
  for (const group of opened.metadata.row_groups) {
    const rows = Number(group.num_rows);
    for (const name of opened.columnNames) {
      const path = flatPath(opened.schema, name);
      const chunk = group.columns.find((column) => column.meta_data?.path_in_schema[0] === name);
      if (!path || !chunk) continue;
      const options = {
        parsers: parquetParsers(as, opened.maxTextBytes),
        compressors: parquetCodecs,
        utf8: !opened.rawBytesColumns.has(name),
      };
      const { start, end } = flatChunkRange(chunk);
      const bytes = new Uint8Array(await file.slice(start, end));
      const flat = readFlatColumn(bytes, chunk, path, rows, options);
      const expected: unknown[] = [];
      await parquetRead({
        file,
        metadata: opened.metadata,
        columns: [name],
        rowStart,
        rowEnd: rowStart + rows,
        ...options,
        onChunk: (read) => {
          const from = rowStart - read.rowStart;
          expected.push(...Array.from(read.columnData).slice(from, from + rows));
        },
      });
      assert.deepEqual(Array.from(rowValues(flat)), expected, `${name}, rows from ${rowStart}`);
      compared++;
    }
    rowStart += rows;
  }
  return compared;
}

const fixtures = [
  'binary.parquet',
  'datapage_v2.snappy.parquet',
  'duckdb-nulls.parquet',
  'datapage_v2_empty_datapage.snappy.parquet',
  'page_v2_empty_compressed.parquet',
  'raw-bytes.parquet',
];

/** 1,000 rows with every kind of value, a null in every fifth row (every row of `none`). */
function written(encoding?: 'PLAIN' | 'DELTA_BINARY_PACKED' | 'BYTE_STREAM_SPLIT'): AsyncBuffer {
  const rows = Array.from({ length: 1000 }, (_, i) => i);
  const nullEvery = <T>(value: (i: number) => T) =>
    rows.map((i) => (i % 5 === 3 ? null : value(i)));
  const columns: ColumnSource[] = [
    { name: 'double', type: 'DOUBLE', data: nullEvery((i) => i / 7 - 40) },
    { name: 'float', type: 'FLOAT', data: nullEvery((i) => i / 4) },
    { name: 'int32', type: 'INT32', data: nullEvery((i) => i * 3 - 500) },
    { name: 'int64', type: 'INT64', data: nullEvery((i) => BigInt(i) * 10_000_000_000n) },
    { name: 'flag', type: 'BOOLEAN', data: nullEvery((i) => i % 3 === 0) },
    { name: 'few', type: 'STRING', data: nullEvery((i) => `level ${i % 4}`) },
    { name: 'many', type: 'STRING', data: nullEvery((i) => `text ${i * 7919}`) },
    {
      name: 'time',
      type: 'TIMESTAMP',
      data: nullEvery((i) => new Date(Date.UTC(2024, 0, 1) + i * 3_600_000)),
    },
    { name: 'required', type: 'DOUBLE', data: rows.map((i) => i * 0.5), nullable: false },
    { name: 'none', type: 'DOUBLE', data: rows.map(() => null) },
  ];
  const withEncoding = columns.map((column) => {
    const fits =
      encoding === 'PLAIN' ||
      (encoding === 'DELTA_BINARY_PACKED' && ['int32', 'int64'].includes(column.name)) ||
      (encoding === 'BYTE_STREAM_SPLIT' && ['double', 'float', 'required'].includes(column.name));
    return fits ? { ...column, encoding } : column;
  });
  // Small pages and row groups: a column chunk of several pages, nulls on both sides of a border.
  return memoryParquet(
    parquetWriteBuffer({ columnData: withEncoding, rowGroupSize: 400, pageSize: 512 }),
  );
}

describe('a flat Parquet column read without assembly', () => {
  it('has the values of parquetRead in every fixture, as cells and as values', async () => {
    for (const name of fixtures) {
      for (const as of ['cells', 'values'] as const) {
        assert.ok((await compareFlatColumns(testingParquet(name), as)) > 0, name);
      }
    }
    for (const file of [
      'test/fixtures/io/seattle-weather-30.parquet',
      'test/fixtures/io/seattle-weather-30.zstd.parquet',
    ]) {
      assert.ok((await compareFlatColumns(fixtureParquet(file), 'values')) > 0, file);
    }
  });

  it('has the values of parquetRead for nulls across pages and row groups, in each encoding', async () => {
    for (const encoding of [
      undefined,
      'PLAIN',
      'DELTA_BINARY_PACKED',
      'BYTE_STREAM_SPLIT',
    ] as const) {
      for (const as of ['cells', 'values'] as const) {
        // 3 row groups × 10 columns.
        assert.equal(await compareFlatColumns(written(encoding), as), 30, encoding);
      }
    }
  });

  it('gives the present values and a byte per row, not one value per row', async () => {
    const file = written();
    const opened = await readParquetFooter(file, 'f.parquet');
    const group = opened.metadata.row_groups[0]!;
    const chunk = group.columns.find((column) => column.meta_data?.path_in_schema[0] === 'int32')!;
    const { start, end } = flatChunkRange(chunk);
    const path = flatPath(opened.schema, 'int32')!;
    const flat = readFlatColumn(
      new Uint8Array(await file.slice(start, end)),
      chunk,
      path,
      400,
      valueOptions,
    );
    assert.equal(flat.values.length, 320);
    assert.deepEqual(Array.from(flat.present!.subarray(0, 6)), [1, 1, 1, 0, 1, 1]);
    assert.deepEqual(Array.from(flat.values).slice(0, 4), [-500, -497, -494, -488]);
  });

  it('refuses a chunk that holds fewer rows than its row group says', async () => {
    const file = written();
    const opened = await readParquetFooter(file, 'f.parquet');
    const chunk = opened.metadata.row_groups[0]!.columns[0]!;
    const { start, end } = flatChunkRange(chunk);
    const path = flatPath(opened.schema, 'double')!;
    const bytes = new Uint8Array(await file.slice(start, end));
    assert.throws(
      () => readFlatColumn(bytes, chunk, path, 401, valueOptions),
      /a column chunk of double holds 400 of its 401 rows/,
    );
  });

  it('leaves lists and structs to parquetRead', async () => {
    const opened = await readParquetFooter(
      testingParquet('datapage_v2.snappy.parquet'),
      'd.parquet',
    );
    assert.equal(flatPath(opened.schema, 'e'), undefined);
    assert.ok(flatPath(opened.schema, 'a'));
  });
});
