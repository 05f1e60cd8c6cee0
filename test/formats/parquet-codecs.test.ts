import assert from 'node:assert/strict';
import { compressors } from 'hyparquet-compressors';
import { describe, it } from 'vitest';
import { parquetCodecs } from '../../src/formats/parquet-codecs.ts';

describe('parquetCodecs', () => {
  it('has every codec of hyparquet-compressors', () => {
    assert.deepEqual(Object.keys(parquetCodecs).sort(), Object.keys(compressors).sort());
  });

  it('takes an empty page that decompresses to nothing as it is, where Snappy alone refuses it', () => {
    assert.throws(() => compressors.SNAPPY!(new Uint8Array(0), 0), /snappy/);
    for (const decompress of Object.values(parquetCodecs)) {
      assert.deepEqual(decompress(new Uint8Array(0), 0), new Uint8Array(0));
    }
  });

  it('decompresses other pages as the codec does', () => {
    // A Snappy stream: the varint length 3, then a literal of 3 bytes (tag 0x08 = length − 1 << 2).
    const stream = new Uint8Array([3, 0x08, 0x61, 0x62, 0x63]);
    assert.deepEqual(parquetCodecs.SNAPPY!(stream, 3), new Uint8Array([0x61, 0x62, 0x63]));
  });
});
