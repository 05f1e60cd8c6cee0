/**
 * A data page of a flat Parquet column (src/formats/parquet-flat-column.ts),
 * decoded into typed arrays where hyparquet's readDataPage and readDataPageV2
 * fill plain arrays: the definition levels into bytes, and dictionary indices
 * into 32-bit integers, looked up here. hyparquet's RLE/bit-packed decoder
 * writes a million levels into a Uint8Array about 5 times faster than into an
 * array (measured on Node 24). The pages this covers are the common ones, PLAIN
 * and dictionary-encoded values in both page versions; any other encoding
 * (RLE booleans, the DELTA encodings, BYTE_STREAM_SPLIT) is left to hyparquet
 * (`undefined`), as are pages with repetition levels, which a flat column
 * should not have. The same page layout as hyparquet's readers, and the same
 * values: parquet-flat-column.test.ts compares with parquetRead.
 */
import { decompressPage } from 'hyparquet/src/datapage.js';
import { readRleBitPackedHybrid } from 'hyparquet/src/encoding.js';
import { readPlain } from 'hyparquet/src/plain.js';
import type { ColumnDecoder, DataReader, DecodedArray, PageHeader } from 'hyparquet/src/types.js';

/** A page's values, converted as hyparquet converts them, and its definition levels. */
export interface FlatPage {
  values: DecodedArray;
  /** One per row, or empty when every row of the page has a value. */
  definitionLevels: ArrayLike<number>;
  rows: number;
}

/** The converted values of a page whose values are dictionary indices or plain. */
type Resolve = (values: DecodedArray, dictionary: boolean) => DecodedArray;

/**
 * A version 1 data page: `bytes` is the page decompressed; repetition levels
 * (none here), then definition levels with their length in front, then values.
 */
export function flatPageV1(
  bytes: Uint8Array,
  header: PageHeader,
  decoder: ColumnDecoder,
  maxDefinition: number,
  resolve: Resolve,
): FlatPage | undefined {
  const daph = header.data_page_header;
  if (!daph || !handled(daph.encoding, decoder)) return undefined;
  const reader: DataReader = {
    view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    offset: 0,
  };
  const levels = new Uint8Array(maxDefinition > 0 ? daph.num_values : 0);
  if (maxDefinition > 0) readRleBitPackedHybrid(reader, bitWidth(maxDefinition), levels);
  let present = daph.num_values;
  if (maxDefinition > 0) for (const level of levels) if (level !== maxDefinition) present--;
  const values = pageValues(reader, daph.encoding, present, decoder, bytes.byteLength);
  return {
    values: resolve(values, daph.encoding !== 'PLAIN'),
    definitionLevels: levels,
    rows: daph.num_values,
  };
}

/**
 * A version 2 data page: levels first, uncompressed (repetition, then
 * definition, each of the length the header gives), then the values,
 * compressed unless the header says not.
 */
export function flatPageV2(
  compressed: Uint8Array,
  header: PageHeader,
  decoder: ColumnDecoder,
  maxDefinition: number,
  resolve: Resolve,
): FlatPage | undefined {
  const daph2 = header.data_page_header_v2;
  if (daph2?.repetition_levels_byte_length !== 0 || !handled(daph2.encoding, decoder)) {
    return undefined;
  }
  const levelBytes = daph2.definition_levels_byte_length;
  const levels = new Uint8Array(maxDefinition > 0 ? daph2.num_values : 0);
  if (maxDefinition > 0) {
    const levelReader: DataReader = {
      view: new DataView(compressed.buffer, compressed.byteOffset, compressed.byteLength),
      offset: 0,
    };
    readRleBitPackedHybrid(levelReader, bitWidth(maxDefinition), levels, levelBytes);
  }
  const size = header.uncompressed_page_size - levelBytes;
  // hyparquet reads the values from after the levels it decoded: none when no level can be below the maximum.
  let page = compressed.subarray(maxDefinition > 0 ? levelBytes : 0);
  if (daph2.is_compressed !== false) {
    page = decompressPage(page, size, decoder.codec, decoder.compressors);
  }
  const reader: DataReader = {
    view: new DataView(page.buffer, page.byteOffset, page.byteLength),
    offset: 0,
  };
  const count = daph2.num_values - daph2.num_nulls;
  const values = pageValues(reader, daph2.encoding, count, decoder, size);
  return {
    values: resolve(values, daph2.encoding !== 'PLAIN'),
    definitionLevels: levels,
    rows: daph2.num_rows,
  };
}

/** PLAIN values, and dictionary indices of anything but booleans (hyparquet reads those apart). */
function handled(encoding: string, { type }: ColumnDecoder): boolean {
  if (encoding === 'PLAIN') return true;
  return type !== 'BOOLEAN' && (encoding === 'PLAIN_DICTIONARY' || encoding === 'RLE_DICTIONARY');
}

/** `count` plain values, or dictionary indices (a bit width, then the hybrid runs to `end`). */
function pageValues(
  reader: DataReader,
  encoding: string,
  count: number,
  { type, element }: ColumnDecoder,
  end: number,
): DecodedArray {
  if (encoding === 'PLAIN') return readPlain(reader, type, count, element.type_length);
  const width = reader.view.getUint8(reader.offset++);
  const indices = new Int32Array(count);
  if (width > 0) readRleBitPackedHybrid(reader, width, indices, end - reader.offset);
  return indices;
}

/** The values of dictionary `indices`: in an array of the dictionary's own type, or a plain array. */
export function lookUp(indices: DecodedArray, dictionary: DecodedArray): DecodedArray {
  const values: { [index: number]: unknown } = Array.isArray(dictionary)
    ? new Array(indices.length)
    : new (dictionary.constructor as new (length: number) => DecodedArray)(indices.length);
  for (let i = 0; i < indices.length; i++) values[i] = dictionary[indices[i] as number];
  return values as DecodedArray;
}

function bitWidth(value: number): number {
  return 32 - Math.clz32(value);
}
