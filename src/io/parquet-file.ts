/**
 * Opens a Parquet file on disk for src/formats/parquet-row-groups.ts: refuses
 * an empty file, hands hyparquet the file as an AsyncBuffer (read in slices,
 * not loaded whole) and reads its footer. Only the file is here; decoding is
 * in src/formats/.
 */
import { asyncBufferFromFile } from 'hyparquet';
import { type ParquetFile, readParquetFooter } from '../formats/parquet-row-groups.ts';
import { TableReadError } from '../formats/table-read-error.ts';
import { stat } from './async-fs.ts';

export async function openParquetFile(absolutePath: string, source: string): Promise<ParquetFile> {
  const { size } = await stat(absolutePath);
  if (size === 0)
    throw new TableReadError(
      source,
      undefined,
      'the file is empty; it needs a Parquet footer and rows',
    );
  return readParquetFooter(await asyncBufferFromFile(absolutePath), source);
}
