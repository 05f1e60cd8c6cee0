import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import type { ScanKind, ScanLayout } from '../../src/data/table-scan.ts';
import { mergeChunkColumns } from '../../src/formats/merge-chunk-columns.ts';
import { type ChunkColumn, ScanColumnBuilder } from '../../src/formats/scan-column-builder.ts';

/** One chunk of one column, its cells given as text (null: missing); cell i is record i on line i. */
function chunk(kind: ScanKind, cells: (string | null)[], layout: ScanLayout = 'rows') {
  const builder = new ScanColumnBuilder(kind, 4, 10, layout);
  cells.forEach((cell, i) => {
    if (cell === null) builder.addMissing();
    else builder.addText(cell, i, i);
  });
  return builder.finish();
}

const locate = (chunkIndex: number, cell: { record: number; line: number | undefined }) => ({
  row: chunkIndex * 100 + cell.record + 1,
  line: cell.line,
});
const rows = { layout: 'rows', badCellsPerColumn: 2 } as const;

describe('mergeChunkColumns', () => {
  it('joins category chunks under one dictionary in order of first appearance', () => {
    const plans = [{ name: 'c', index: 0, kind: 'category' }] as const;
    const chunks: ChunkColumn[][] = [
      [chunk('category', ['b', null, 'a'])],
      [chunk('category', ['a', 'c'])],
    ];
    const { columns, needsTextPass } = mergeChunkColumns(plans, chunks, locate, rows);
    const column = columns[0]!;
    assert.ok(column.kind === 'category');
    assert.deepEqual(column.dictionary, ['b', 'a', 'c']);
    assert.deepEqual(Array.from(column.codes), [0, -1, 1, 1, 2]);
    assert.deepEqual(Array.from(column.counts), [1, 2, 1]);
    assert.deepEqual([column.presentCount, column.missingCount], [4, 1]);
    assert.deepEqual(needsTextPass, [false]);
    assert.deepEqual(chunks, [[undefined], [undefined]], 'the chunks are released');
  });

  it('joins the counts of category chunks in the distribution layout', () => {
    const plans = [{ name: 'c', index: 0, kind: 'category' }] as const;
    const chunks = [
      [chunk('category', ['b', 'b', null], 'distribution')],
      [chunk('category', ['a', 'b'], 'distribution')],
    ];
    const column = mergeChunkColumns(plans, chunks, locate, { ...rows, layout: 'distribution' })
      .columns[0]!;
    assert.ok(column.kind === 'category');
    assert.deepEqual(
      [column.dictionary, Array.from(column.counts)],
      [
        ['b', 'a'],
        [3, 1],
      ],
    );
    assert.equal(column.codes.length, 0);
  });

  it('concatenates numeric chunks and keeps the first bad cells of the column, located, in row order', () => {
    const plans = [
      { name: 'x', index: 0, kind: 'number' },
      { name: 'y', index: 1, kind: 'integer' },
    ] as const;
    const chunks = [
      [chunk('number', ['1', 'bad', null]), chunk('integer', ['1.5', '2', '3'])],
      [chunk('number', ['x1', 'x2', '4']), chunk('integer', ['7', '8', 'z'])],
    ];
    const { columns, badCells } = mergeChunkColumns(plans, chunks, locate, rows);
    const x = columns[0]!;
    assert.ok(x.kind === 'number');
    assert.deepEqual(Array.from(x.values), [1, Number.NaN, Number.NaN, Number.NaN, Number.NaN, 4]);
    assert.deepEqual([x.presentCount, x.missingCount, x.badCount], [2, 1, 3]);
    // x has 3 bad cells: all counted, the first 2 (badCellsPerColumn) listed.
    assert.deepEqual(
      badCells.map((cell) => [cell.row, cell.line, cell.column, cell.value, cell.expected]),
      [
        [1, 0, 'y', '1.5', 'integer'],
        [2, 1, 'x', 'bad', 'number'],
        [101, 0, 'x', 'x1', 'number'],
        [103, 2, 'y', 'z', 'integer'],
      ],
    );
  });

  it('grows the first chunk of a long numeric column in place and copies only the rest', () => {
    const long = (from: number) => {
      const builder = new ScanColumnBuilder('number', 20_000, 10);
      for (let i = 0; i < 10_000; i++) builder.addText(String(from + i), i, i);
      return builder.finish();
    };
    const first = long(0);
    const chunks = [[first], [long(10_000)]];
    const plans = [{ name: 'x', index: 0, kind: 'number' }] as const;
    const x = mergeChunkColumns(plans, chunks, locate, rows).columns[0]!;
    assert.ok(x.kind === 'number');
    assert.equal(x.values.buffer, first.values!.buffer);
    assert.equal(x.values.length, 20_000);
    assert.ok(x.values.every((value, i) => value === i));
    assert.ok(x.status.every((status) => status === 0));
  });

  it("resolves an auto column to the kind its chunks agree on, else text read again; an undecided chunk doesn't vote", () => {
    const plans = [{ name: 'a', index: 0, kind: 'auto' }] as const;
    const agree = [[chunk('auto', ['1', '2'])], [chunk('auto', [null])], [chunk('auto', ['3.5'])]];
    const merged = mergeChunkColumns(plans, agree, locate, rows).columns[0]!;
    assert.ok(merged.kind === 'number');
    assert.deepEqual(Array.from(merged.values), [1, 2, Number.NaN, 3.5]);
    // Chunks that settled on numbers and dates hand on no texts: the column is read again as text.
    const differ = [[chunk('auto', ['1'])], [chunk('auto', ['2014-01-01'])]];
    const text = mergeChunkColumns(plans, differ, locate, rows);
    assert.ok(text.columns[0]!.kind === 'category');
    assert.deepEqual(text.needsTextPass, [true]);
    // A chunk that fell back to text keeps its dictionary; with another chunk of text, no second pass.
    const texts = [[chunk('auto', ['1', 'x'])], [chunk('auto', ['y'])]];
    const merged2 = mergeChunkColumns(plans, texts, locate, rows);
    assert.deepEqual(merged2.needsTextPass, [false]);
    assert.ok(merged2.columns[0]!.kind === 'category');
    assert.deepEqual(merged2.columns[0]!.dictionary, ['1', 'x', 'y']);
  });
});
