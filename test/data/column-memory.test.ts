import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import {
  allocateColumn,
  ColumnArena,
  cutColumn,
  emptyFloat64s,
  releaseColumn,
  resizeColumn,
  roomOnWholeHugePages,
} from '../../src/data/column-memory.ts';

describe('column memory', () => {
  it('gives a small column a plain buffer and a large one room to grow in place', () => {
    const small = allocateColumn(Float64Array, 36, 144);
    assert.equal((small.buffer as ArrayBuffer).resizable, false);
    const large = allocateColumn(Float64Array, 100_000, 400_000);
    assert.equal((large.buffer as ArrayBuffer).resizable, true);
  });

  it('keeps the values of a small column as it grows into a resizable one', () => {
    let column = allocateColumn(Int32Array, 4);
    column.set([1, 2, 3, 4]);
    column = resizeColumn(column, 50_000);
    assert.equal(column.length, 50_000);
    assert.deepEqual(Array.from(column.subarray(0, 5)), [1, 2, 3, 4, 0]);
    column = resizeColumn(column, 3);
    assert.deepEqual(Array.from(column), [1, 2, 3]);
  });

  it('never detaches the shared empty column', () => {
    releaseColumn(emptyFloat64s);
    assert.equal(emptyFloat64s.buffer.detached, false);
    assert.equal(emptyFloat64s.length, 0);
  });

  it('carves short columns out of one slab, never at its first byte, and cuts them without a copy', () => {
    const arena = new ColumnArena();
    const a = arena.take(Float64Array, 20);
    const b = arena.take(Uint8Array, 3);
    const c = arena.take(Int32Array, 5);
    assert.equal(a.buffer, b.buffer);
    assert.equal(b.buffer, c.buffer);
    assert.ok(a.byteOffset > 0);
    // Eight-byte aligned: b takes 3 bytes, c starts at the next multiple of 8.
    assert.equal(c.byteOffset % 8, 0);
    a.fill(1.5);
    const cut = cutColumn(a, 4);
    assert.equal(cut.buffer, a.buffer);
    assert.deepEqual(Array.from(cut), [1.5, 1.5, 1.5, 1.5]);
    // A long column gets a buffer of its own.
    const long = arena.take(Float64Array, 1000);
    assert.equal(long.byteOffset, 0);
    assert.notEqual(long.buffer, a.buffer);
  });

  it('keeps the columns it hands on in slabs apart from its working arrays', () => {
    const arena = new ColumnArena();
    const working = arena.take(Float64Array, 37);
    working.set([1, 2, 3]);
    const kept = arena.keep(working, 3);
    assert.notEqual(kept.buffer, working.buffer);
    assert.ok(kept.byteOffset > 0);
    assert.deepEqual(Array.from(kept), [1, 2, 3]);
    // Later kept columns share the kept slab; zero-filled ones too.
    const counts = arena.takeKept(Uint32Array, 2);
    assert.equal(counts.buffer, kept.buffer);
    assert.deepEqual(Array.from(counts), [0, 0]);
    // A column with a buffer of its own is cut as cutColumn cuts it.
    const own = allocateColumn(Int32Array, 4);
    own.set([4, 5, 6, 7]);
    assert.deepEqual(Array.from(arena.keep(own, 2)), [4, 5]);
  });

  it('moves a slab column that grows to a buffer of its own, keeping its values', () => {
    const arena = new ColumnArena();
    const column = arena.take(Int32Array, 3);
    column.set([7, 8, 9]);
    const grown = resizeColumn(column, 10);
    assert.notEqual(grown.buffer, column.buffer);
    assert.deepEqual(Array.from(grown.subarray(0, 4)), [7, 8, 9, 0]);
  });

  it('frees only a view that owns its whole buffer: not a slab column, not a slice of the Buffer pool', () => {
    const arena = new ColumnArena();
    const slab = arena.take(Float64Array, 4);
    releaseColumn(slab);
    assert.equal(slab.buffer.detached, false);
    const pooled = Buffer.allocUnsafe(16);
    releaseColumn(pooled);
    assert.equal(pooled.buffer.detached, false);
    const own = allocateColumn(Float64Array, 8);
    releaseColumn(own);
    assert.equal(own.buffer.detached, true);
  });

  it('raises room to whole 2 MiB pages, less 64 bytes of glibc header, only when that adds at most an eighth', () => {
    const huge = 2 ** 21;
    // The bench's 1M-row file: 1,042,504 keys (4,170,016 bytes) fill two huge pages as 1,048,560.
    assert.equal(roomOnWholeHugePages(1_042_504, 4), (2 * huge - 64) / 4);
    assert.equal(roomOnWholeHugePages(500_000, 8), (2 * huge - 64) / 8);
    // Already whole: unchanged.
    assert.equal(roomOnWholeHugePages((4 * huge - 64) / 4, 4), (4 * huge - 64) / 4);
    // Just past a whole number of pages, or far below one page: the next page would add more than an eighth.
    assert.equal(roomOnWholeHugePages(1_100_000, 4), 1_100_000);
    assert.equal(roomOnWholeHugePages((2 * huge - 48) / 4, 4), (2 * huge - 48) / 4);
    assert.equal(roomOnWholeHugePages(4096, 4), 4096);
    assert.equal(roomOnWholeHugePages(0, 4), 0);
  });
});
