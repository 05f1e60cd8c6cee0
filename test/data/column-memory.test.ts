import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import {
  allocateColumn,
  emptyFloat64s,
  releaseColumn,
  resizeColumn,
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
});
