/**
 * Reads Parquet with hyparquet (pure JS, so the bundled action needs no
 * native module; every codec through src/formats/parquet-codecs.ts) from
 * bytes the caller opened as an AsyncBuffer (src/io/parquet-file.ts opens a
 * file): the frame and footer first, then one row group at a time, so memory
 * holds one row group of the requested columns rather than the file. Values
 * are decoded by the parsers of src/formats/parquet-cells.ts; raw BINARY
 * columns are read as bytes, never as text.
 */
import {
  type AsyncBuffer,
  type ColumnChunk,
  type FileMetaData,
  parquetMetadataAsync,
  parquetRead,
  parquetSchema,
  type RowGroup,
  type SchemaElement,
  type SchemaTree,
} from 'hyparquet';
import { parquetParsers } from './parquet-cells.ts';
import { parquetCodecs } from './parquet-codecs.ts';
import { parquetFrameProblem } from './parquet-envelope.ts';
import {
  type FlatColumnOptions,
  flatChunkRange,
  flatSchemaPath,
  type ParquetColumnValues,
  readFlatColumn,
} from './parquet-flat-column.ts';
import {
  columnProvenTooLong,
  columnsThatMayBeTooLong,
  isTextTooLong,
  maxTextBytes,
  ParquetTextTooLong,
  type TextChunks,
  textTooLongProblem,
} from './parquet-text-limit.ts';
import { TableReadError } from './table-read-error.ts';

export interface ParquetFile {
  file: AsyncBuffer;
  columnNames: string[];
  /** Columns of the DATE logical type (days, not instants). */
  dateColumns: Set<string>;
  /** Columns whose BYTE_ARRAY values all lack a string (or other) annotation: raw bytes, never text. */
  rawBytesColumns: Set<string>;
  /** The longest text value read, in bytes (src/formats/parquet-text-limit.ts); tests lower it. */
  maxTextBytes: number;
  rowCount: number;
  metadata: FileMetaData;
  schema: SchemaTree;
}

/** A hyparquet failure as a TableReadError that says what to do. */
function readProblem(source: string, error: unknown): TableReadError {
  const message = error instanceof Error ? error.message : String(error);
  if (/compression codec/.test(message)) {
    return new TableReadError(
      source,
      undefined,
      `${message.replace(/^parquet /, '')}; write it with compression='snappy' or 'zstd'`,
    );
  }
  if (error instanceof TypeError && /encoded data/.test(message)) {
    return new TableReadError(
      source,
      undefined,
      'a text column (UTF8/STRING annotation) holds bytes that are not valid UTF-8; write text as UTF-8, or bytes as BINARY without a string annotation',
    );
  }
  return new TableReadError(source, undefined, `not a readable Parquet file (${message})`);
}

function isRawBytes(element: SchemaElement): boolean {
  return element.type === 'BYTE_ARRAY' && !element.converted_type && !element.logical_type;
}

/**
 * A column of raw bytes: a raw BINARY leaf, or a list or struct whose
 * BYTE_ARRAY leaves are all raw (hyparquet decodes text per read, not per
 * leaf, so a struct mixing text and raw bytes is read as text).
 */
function isRawBytesColumn(node: SchemaTree): boolean {
  const leaves = (tree: SchemaTree): SchemaElement[] =>
    tree.children.length === 0 ? [tree.element] : tree.children.flatMap(leaves);
  const byteLeaves = leaves(node).filter((element) => element.type === 'BYTE_ARRAY');
  return byteLeaves.length > 0 && byteLeaves.every(isRawBytes);
}

/** Reads the frame and footer of the Parquet bytes in `file`: the columns, their types, the row count. */
export async function readParquetFooter(file: AsyncBuffer, source: string): Promise<ParquetFile> {
  const frameProblem = await parquetFrameProblem(file);
  if (frameProblem !== undefined) throw new TableReadError(source, undefined, frameProblem);
  let metadata: FileMetaData;
  try {
    // hyparquet's own (lenient) parsers: the footer's statistics are not used, and may be raw bytes.
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new TableReadError(
      source,
      undefined,
      `its footer (the file's metadata) cannot be decoded (${message}): the file is damaged; write it again`,
    );
  }
  const schema = parquetSchema(metadata);
  const children = schema.children;
  const namesWhere = (test: (child: SchemaTree) => boolean) =>
    new Set(children.filter(test).map((child) => child.element.name));
  return {
    file,
    metadata,
    columnNames: children.map((child) => child.element.name),
    dateColumns: namesWhere(
      ({ element }) => element.converted_type === 'DATE' || element.logical_type?.type === 'DATE',
    ),
    rawBytesColumns: namesWhere(isRawBytesColumn),
    maxTextBytes,
    rowCount: Number(metadata.num_rows),
    schema,
  };
}

/**
 * Calls `onRowGroup` for each row group in file order with the requested
 * columns' values: `cells` gives dates and times as ISO text (then convert
 * with `parquetCell`), `values` as Date objects.
 */
export async function readParquetRowGroups(
  opened: ParquetFile,
  source: string,
  columns: readonly string[],
  onRowGroup: (values: ReadonlyMap<string, ParquetColumnValues>, rowCount: number) => void,
  as: 'cells' | 'values' = 'cells',
): Promise<void> {
  const groups = opened.metadata.row_groups;
  const textColumns = columns.filter((name) => !opened.rawBytesColumns.has(name));
  let rowStart = 0;
  for (const [groupIndex, group] of groups.entries()) {
    const at: TextChunks = {
      group,
      groupIndex,
      groupCount: groups.length,
      rowStart,
      textColumns,
      limit: opened.maxTextBytes,
    };
    const values =
      columns.length > 0
        ? await readRowGroup(opened, source, columns, at, as)
        : new Map<string, ParquetColumnValues>();
    onRowGroup(values, Number(group.num_rows));
    rowStart += Number(group.num_rows);
  }
}

/** The requested columns' values of one row group: text and raw bytes apart, since hyparquet decodes text per read. */
async function readRowGroup(
  opened: ParquetFile,
  source: string,
  columns: readonly string[],
  at: TextChunks,
  as: 'cells' | 'values',
): Promise<Map<string, ParquetColumnValues>> {
  const proven = columnProvenTooLong(at);
  if (proven !== undefined) {
    throw new TableReadError(source, undefined, textTooLongProblem(at, [proven], undefined));
  }
  const values = new Map<string, ParquetColumnValues>();
  const raw = columns.filter((name) => opened.rawBytesColumns.has(name));
  try {
    if (at.textColumns.length > 0) await readColumns(opened, at.textColumns, at, as, true, values);
    if (raw.length > 0) await readColumns(opened, raw, at, as, false, values);
  } catch (error) {
    if (!isTextTooLong(error)) throw readProblem(source, error);
    const valueBytes = error instanceof ParquetTextTooLong ? error.valueBytes : undefined;
    throw new TableReadError(
      source,
      undefined,
      textTooLongProblem(at, columnsThatMayBeTooLong(at), valueBytes),
    );
  }
  return values;
}

/** Reads `columns` of the row group into `values`, BYTE_ARRAY values as text when `utf8`. */
async function readColumns(
  opened: ParquetFile,
  columns: readonly string[],
  { group, rowStart }: { group: RowGroup; rowStart: number },
  as: 'cells' | 'values',
  utf8: boolean,
  values: Map<string, ParquetColumnValues>,
): Promise<void> {
  const options = {
    parsers: parquetParsers(as, opened.maxTextBytes),
    compressors: parquetCodecs,
    utf8,
  };
  const { flat, assembled } = flatReads(opened, group, columns);
  for (const span of spansOf(flat)) {
    const bytes = new Uint8Array(await opened.file.slice(span.start, span.end));
    for (const { name, path, chunk, range } of span.reads) {
      const chunkBytes = bytes.subarray(range.start - span.start, range.end - span.start);
      values.set(name, readFlatColumn(chunkBytes, chunk, path, Number(group.num_rows), options));
    }
  }
  if (assembled.length > 0)
    await readAssembled(opened, assembled, { group, rowStart }, options, values);
}

/** The requested columns that are flat, with their chunks; the others, for parquetRead. */
function flatReads(
  opened: ParquetFile,
  group: RowGroup,
  columns: readonly string[],
): { flat: FlatRead[]; assembled: string[] } {
  const byName = new Map(opened.schema.children.map((child) => [child.element.name, child]));
  // A flat column's chunk is the one whose path is its name alone.
  const chunks = new Map(
    group.columns.flatMap((chunk) => {
      const path = chunk.meta_data?.path_in_schema;
      return path?.length === 1 ? [[path[0], chunk] as const] : [];
    }),
  );
  const flat: FlatRead[] = [];
  const assembled: string[] = [];
  for (const name of columns) {
    const column = byName.get(name);
    const path = column && flatSchemaPath(opened.schema, column);
    const chunk = chunks.get(name);
    if (path && chunk) flat.push({ name, path, chunk, range: flatChunkRange(chunk) });
    else assembled.push(name);
  }
  return { flat, assembled };
}

interface FlatRead {
  name: string;
  path: SchemaTree[];
  chunk: ColumnChunk;
  range: { start: number; end: number };
}

/** Bytes between two chunks read rather than skipped, and the most one read takes (as hyparquet plans reads). */
const spanGap = 1 << 16;
const spanLimit = 1 << 25;

/**
 * The chunks in file order, in spans each read at once: a wide file's
 * thousands of columns take a few reads, not one each.
 */
function spansOf(reads: readonly FlatRead[]): { start: number; end: number; reads: FlatRead[] }[] {
  const spans: { start: number; end: number; reads: FlatRead[] }[] = [];
  for (const read of [...reads].sort((a, b) => a.range.start - b.range.start)) {
    const last = spans.at(-1);
    const joins =
      last && read.range.start - last.end <= spanGap && read.range.end - last.start <= spanLimit;
    if (last && joins) {
      last.end = Math.max(last.end, read.range.end);
      last.reads.push(read);
    } else spans.push({ start: read.range.start, end: read.range.end, reads: [read] });
  }
  return spans;
}

/** Lists and structs, read by parquetRead: one assembled value per row. */
async function readAssembled(
  opened: ParquetFile,
  columns: readonly string[],
  { group, rowStart }: { group: RowGroup; rowStart: number },
  options: FlatColumnOptions,
  values: Map<string, ParquetColumnValues>,
): Promise<void> {
  const rowEnd = rowStart + Number(group.num_rows);
  await parquetRead({
    file: opened.file,
    metadata: opened.metadata,
    columns: [...columns],
    rowStart,
    rowEnd,
    ...options,
    onChunk: (chunk) => {
      // A chunk may start before rowStart; keep exactly this group's rows.
      const from = rowStart - chunk.rowStart;
      const data = chunk.columnData;
      values.set(chunk.columnName, {
        values:
          from === 0 && data.length === rowEnd - rowStart
            ? data
            : Array.prototype.slice.call(data, from, from + rowEnd - rowStart),
        present: null,
      });
    },
  });
}
