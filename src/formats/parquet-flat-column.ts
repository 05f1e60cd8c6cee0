/**
 * One row group's chunk of a flat Parquet column (a top-level column that is
 * neither a list nor a struct: hyparquet's isFlatColumn), decoded page by page
 * with hyparquet's own readers (its `src/*.js` exports, pinned with the
 * package) and left flat: the present values in row order, and a byte per row
 * that says whether the row has one.
 * hyparquet's parquetRead assembles every page of an optional column into an
 * array of one boxed value or null per row (assembleLists): for the bench's
 * 1M-row file that assembly, and the garbage of a million boxed numbers per
 * column, were more than half of a profile's time. A flat column needs no
 * assembly, only where its nulls are. Other columns are read by parquetRead.
 * test/formats/parquet-flat-column.test.ts checks, for every flat column of
 * the fixtures and of files written there, that the values equal parquetRead's.
 * Cost: O(rows) beyond hyparquet's decoding, one typed array per column.
 */
import type { ColumnChunk, SchemaTree } from 'hyparquet';
import { parquetHeader, readPage } from 'hyparquet/src/column.js';
import { convert, convertWithDictionary, DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import { getMaxDefinitionLevel, isFlatColumn } from 'hyparquet/src/schema.js';
import type {
  ColumnDecoder,
  Compressors,
  DataPage,
  DataReader,
  DecodedArray,
  Encoding,
  PageHeader,
  ParquetParsers,
} from 'hyparquet/src/types.js';
import { type FlatPage, flatPageV1, flatPageV2 } from './parquet-flat-page.ts';

/**
 * A column's values in one row group. A flat column gives its present values
 * and where its nulls are; a list or struct column (read by parquetRead) one
 * assembled value per row, nulls included, and `present` null.
 */
export interface ParquetColumnValues {
  /** The present values, in row order; with `indices`, the dictionary they index. */
  values: ArrayLike<unknown>;
  /**
   * The present values as indices into `values`, when every page of a chunk
   * is dictionary-encoded: looking each value up was a tenth of a profile.
   */
  indices?: Int32Array;
  /** Per row, 1 when it has a value (the next one of `values`), 0 when it is null; null when every row has one. */
  present: Uint8Array | null;
}

/** One value per row, null where a row has none: the column as parquetRead gives it. */
export function rowValues({ values, indices, present }: ParquetColumnValues): ArrayLike<unknown> {
  const rows: unknown[] = new Array(present?.length ?? (indices ?? values).length);
  for (let i = 0, next = 0; i < rows.length; i++) {
    if (present?.[i] === 0) rows[i] = null;
    else rows[i] = indices ? values[indices[next++]!] : values[next++];
  }
  return rows;
}

/** How a chunk's values are decoded: as parquetRead decodes them with the same options. */
export interface FlatColumnOptions {
  parsers: Partial<ParquetParsers>;
  compressors: Compressors;
  /** BYTE_ARRAY values without an annotation as text (true) or bytes. */
  utf8: boolean;
}

/** The column's schema path, root first, when it is flat; undefined otherwise (hyparquet's test). */
export function flatSchemaPath(root: SchemaTree, column: SchemaTree): SchemaTree[] | undefined {
  const path = [root, column];
  return isFlatColumn(path) ? path : undefined;
}

/** Where the chunk's pages are in the file, dictionary page included, as hyparquet's planner reads it. */
export function flatChunkRange(chunk: ColumnChunk): { start: number; end: number } {
  const meta = chunk.meta_data;
  if (chunk.file_path || !meta)
    throw new Error('parquet column chunk in another file, or without metadata');
  const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
  return { start, end: start + Number(meta.total_compressed_size) };
}

/** Decodes the chunk's `bytes` (flatChunkRange of the file), which hold `rowCount` rows. */
export function readFlatColumn(
  bytes: Uint8Array,
  chunk: ColumnChunk,
  schemaPath: SchemaTree[],
  rowCount: number,
  options: FlatColumnOptions,
): ParquetColumnValues {
  const decoder = columnDecoder(chunk, schemaPath, options);
  const reader: DataReader = {
    view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    offset: 0,
  };
  const maxDefinition = getMaxDefinitionLevel(schemaPath);
  const present = maxDefinition > 0 ? new Uint8Array(rowCount) : null;
  const pages: FlatPage[] = [];
  let dictionary: DecodedArray | undefined;
  let row = 0;
  // The loop hyparquet's readColumn runs for a flat column, without the assembly.
  while (row < rowCount && reader.offset < bytes.byteLength - 1) {
    const header = parquetHeader(reader);
    if (header.type === 'DICTIONARY_PAGE') {
      const { data } = readPage(reader, header, decoder, dictionary, undefined, 0);
      if (data) dictionary = convert(data, decoder);
      continue;
    }
    const page = dataPage(reader, header, decoder, maxDefinition, dictionary);
    pages.push(page);
    if (present) markPresent(present, row, page.rows, page.definitionLevels, maxDefinition);
    row += page.rows;
  }
  if (row !== rowCount) {
    throw new Error(
      `a column chunk of ${schemaPath[1]?.element.name} holds ${row} of its ${rowCount} rows`,
    );
  }
  return { ...chunkValues(pages, dictionary, decoder), present };
}

/**
 * The chunk's present values: its dictionary and the indices into it when
 * every page is dictionary-encoded, else each page's values, looked up.
 */
function chunkValues(
  pages: readonly FlatPage[],
  dictionary: DecodedArray | undefined,
  decoder: ColumnDecoder,
): Pick<ParquetColumnValues, 'values' | 'indices'> {
  const indices = pages.flatMap((page) => (page.indices ? [page.values] : []));
  if (dictionary && pages.length > 0 && indices.length === pages.length) {
    return { values: dictionary, indices: joinedIndices(indices) };
  }
  // Dictionary pages then plain ones (a writer that gave up on the dictionary): each page's values
  // looked up as hyparquet looks them up, from an array of indices as its own reader gives.
  const resolved = pages.map((page) =>
    page.indices
      ? convertWithDictionary(Array.from(page.values), dictionary, 'RLE_DICTIONARY', decoder)
      : page.values,
  );
  return { values: joined(resolved) };
}

function columnDecoder(
  chunk: ColumnChunk,
  schemaPath: SchemaTree[],
  { parsers, compressors, utf8 }: FlatColumnOptions,
): ColumnDecoder {
  const meta = chunk.meta_data;
  const leaf = schemaPath[schemaPath.length - 1];
  if (!meta || !leaf) throw new Error('parquet column chunk without metadata or schema');
  return {
    pathInSchema: meta.path_in_schema,
    element: leaf.element,
    schemaPath,
    type: meta.type,
    codec: meta.codec,
    // As parquetRead merges them: a partial parsers object keeps the defaults.
    parsers: { ...DEFAULT_PARSERS, ...parsers },
    compressors,
    utf8,
  };
}

/**
 * A data page's converted values and definition levels: the common pages
 * decoded into typed arrays (parquet-flat-page.ts), the rest as hyparquet's
 * readPage reads them before assembling.
 */
function dataPage(
  reader: DataReader,
  header: PageHeader,
  decoder: ColumnDecoder,
  maxDefinition: number,
  dictionary: DecodedArray | undefined,
): FlatPage {
  const compressed = new Uint8Array(
    reader.view.buffer,
    reader.view.byteOffset + reader.offset,
    header.compressed_page_size,
  );
  reader.offset += header.compressed_page_size;
  if (header.type === 'DATA_PAGE' && header.data_page_header) {
    const daph = header.data_page_header;
    const bytes = decompressPage(
      compressed,
      Number(header.uncompressed_page_size),
      decoder.codec,
      decoder.compressors,
    );
    const page = flatPageV1(bytes, header, decoder, maxDefinition);
    const read = () => readDataPage(bytes, daph, decoder);
    return page ?? hyparquetPage(read(), daph.encoding, daph.num_values, dictionary, decoder);
  }
  if (header.type === 'DATA_PAGE_V2' && header.data_page_header_v2) {
    const daph2 = header.data_page_header_v2;
    const page = flatPageV2(compressed, header, decoder, maxDefinition);
    const read = () => readDataPageV2(compressed, header, decoder);
    return page ?? hyparquetPage(read(), daph2.encoding, daph2.num_rows, dictionary, decoder);
  }
  throw new Error(`parquet unsupported page type: ${header.type}`);
}

/** A page as hyparquet's reader reads it, for the encodings parquet-flat-page.ts leaves to it. */
function hyparquetPage(
  { definitionLevels, dataPage }: DataPage,
  encoding: Encoding,
  rows: number,
  dictionary: DecodedArray | undefined,
  decoder: ColumnDecoder,
): FlatPage {
  const values = convertWithDictionary(dataPage, dictionary, encoding, decoder);
  return { values, indices: false, definitionLevels: definitionLevels ?? [], rows };
}

function markPresent(
  present: Uint8Array,
  from: number,
  rows: number,
  levels: ArrayLike<number>,
  maxDefinition: number,
): void {
  if (levels.length === 0) {
    present.fill(1, from, from + rows);
    return;
  }
  for (let i = 0; i < rows; i++) present[from + i] = levels[i] === maxDefinition ? 1 : 0;
}

function joinedIndices(pages: readonly Int32Array[]): Int32Array {
  const whole = new Int32Array(pages.reduce((sum, page) => sum + page.length, 0));
  let at = 0;
  for (const page of pages) {
    whole.set(page, at);
    at += page.length;
  }
  return whole;
}

/** The pages' values one after the other: one typed array when they all are of a type, else an array. */
function joined(pages: readonly DecodedArray[]): DecodedArray {
  const [first] = pages;
  if (!first) return [];
  if (pages.length === 1) return first;
  const length = pages.reduce((sum, page) => sum + page.length, 0);
  if (!Array.isArray(first) && pages.every((page) => page.constructor === first.constructor)) {
    // Every page is a typed array of first's type (a DecodedArray that is not an array).
    const TypedArray = first.constructor as new (
      length: number,
    ) => Exclude<DecodedArray, unknown[]>;
    const whole = new TypedArray(length);
    const copy = whole as unknown as { set(page: DecodedArray, at: number): void };
    let at = 0;
    for (const page of pages) {
      copy.set(page, at);
      at += page.length;
    }
    return whole;
  }
  const whole: unknown[] = new Array(length);
  let at = 0;
  for (const page of pages) for (let i = 0; i < page.length; i++) whole[at++] = page[i];
  return whole;
}
