import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { bufferByteSource } from '../../src/formats/byte-source.ts';

describe('bufferByteSource', () => {
  const source = bufferByteSource(Buffer.from('abcdef'));

  it('copies the bytes at a position into the target at an offset, up to the end', () => {
    const target = Buffer.alloc(6, '.');
    assert.equal(source.size, 6);
    assert.equal(source.read(target, 1, 3, 2), 3);
    assert.equal(target.toString(), '.cde..');
    assert.equal(source.read(target, 0, 6, 4), 2);
    assert.equal(target.toString(), 'efde..');
  });

  it('reads nothing at or past the end, and closing it does nothing', () => {
    assert.equal(source.read(Buffer.alloc(4), 0, 4, 6), 0);
    assert.equal(source.read(Buffer.alloc(4), 0, 4, 60), 0);
    source.close();
    assert.equal(source.read(Buffer.alloc(1), 0, 1, 0), 1);
  });
});
