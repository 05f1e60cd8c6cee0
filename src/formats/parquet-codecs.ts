/**
 * Every Parquet codec (hyparquet-compressors), except that an empty
 * compressed page that decompresses to nothing is taken as it is: a
 * DataPage V2 whose values are all null has no data bytes, and some writers
 * (parquet-mr 1.13) mark it compressed anyway. Zero bytes are not a valid
 * Snappy stream, so decompressing them fails; the format's readers (Arrow,
 * arrow-rs since apache/arrow-rs#7388) skip them, and so does this.
 */
import type { Compressors } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';

function skippingEmptyPages(
  decompress: NonNullable<Compressors[keyof Compressors]>,
): NonNullable<Compressors[keyof Compressors]> {
  return (input, outputLength) =>
    input.length === 0 && outputLength === 0 ? new Uint8Array(0) : decompress(input, outputLength);
}

export const parquetCodecs: Compressors = Object.fromEntries(
  Object.entries(compressors).map(([codec, decompress]) => [codec, skippingEmptyPages(decompress)]),
);
