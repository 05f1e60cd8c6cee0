import assert from 'node:assert/strict';
import { test } from 'vitest';
import { countRanges } from '../../src/data/range-counts.ts';
import type { ValueCounts } from '../../src/data/table-scan.ts';
import { ValueCounter } from '../../src/data/value-counter.ts';
import {
  countedMergeWork,
  countedParts,
  MIN_HANDED_MERGE,
  setMergedCounts,
} from '../../src/formats/counted-merge-work.ts';
import type { CsvChunkScan } from '../../src/formats/csv-chunk-scan.ts';
import type { ChunkColumn } from '../../src/formats/scan-column-builder.ts';

function counts(from: number, length: number): ValueCounts {
  return {
    values: Float64Array.from({ length }, (_, i) => from + i),
    weights: new Uint32Array(length).fill(1),
    nan: 1,
    positiveInfinity: 0,
    negativeInfinity: 0,
  };
}

function column(kind: ChunkColumn['kind'], counted: ValueCounts | null): ChunkColumn {
  return {
    kind,
    length: counted?.values.length ?? 0,
    values: null,
    counted,
    status: null,
    codes: null,
    dictionary: null,
    counts: null,
  } as ChunkColumn;
}

function chunk(columns: ChunkColumn[]): CsvChunkScan {
  return {
    endOffset: 0,
    records: 0,
    lines: 0,
    badRecords: new Int32Array(0),
    badRows: [],
    lineJumps: [],
    columns,
  };
}

const half = MIN_HANDED_MERGE / 2;

test('offers the large merges of columns counted in every range, as one kind', () => {
  const chunks = [
    chunk([
      column('number', counts(0, half)),
      column('number', counts(0, 10)),
      column('integer', counts(0, half)),
      column('number', counts(0, half)),
      column('category', null),
    ]),
    chunk([
      column('number', counts(half, half)),
      column('number', counts(10, 10)),
      column('number', counts(half, half)), // kinds differ: the join makes it a category
      column('undecided', null), // counted nothing in this range
      column('category', null),
    ]),
  ];
  assert.deepEqual(countedMergeWork(chunks), [{ index: 0, cost: MIN_HANDED_MERGE }]);
  assert.deepEqual(countedMergeWork(chunks.slice(0, 1)), []);
});

test("offers a whole file's large columns handed back unfinished, and nothing else of one range", () => {
  const state = new ValueCounter();
  state.add(
    Float64Array.from({ length: MIN_HANDED_MERGE }, (_, i) => i * 7.5),
    MIN_HANDED_MERGE,
  );
  const chunks = [
    chunk([
      column('number', counts(0, MIN_HANDED_MERGE)),
      { ...column('number', null), counted: state.handOver() },
    ]),
  ];
  assert.deepEqual(countedMergeWork(chunks), [{ index: 1, cost: MIN_HANDED_MERGE }]);
});

test('puts the merged counts in the first range, where the join takes them as they are', () => {
  const chunks = [chunk([column('number', counts(0, 3))]), chunk([column('number', counts(2, 3))])];
  const merged = countRanges(countedParts(chunks, 0));
  setMergedCounts(chunks, 0, merged);
  assert.equal(chunks[0]!.columns[0]!.counted, merged);
  assert.equal(chunks[1]!.columns[0]!.counted, null);
  assert.deepEqual(Array.from(merged.values), [0, 1, 2, 3, 4]);
  assert.deepEqual(Array.from(merged.weights), [1, 1, 2, 1, 1]);
  assert.equal(merged.nan, 2);
  assert.throws(() => countedParts(chunks, 0), /column 0 has no counts in every range/);
});
