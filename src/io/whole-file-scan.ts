/**
 * A JSONL or Parquet file scanned whole, as data (ScanParts): in the calling
 * thread, or on a scan worker (src/io/scan-worker.ts) while the caller scans
 * another file, as the two files of a drift are (src/io/file-scan-scheduler.ts).
 * Their readers are imported when such a file comes: hyparquet and its codecs
 * are a third of a megabyte of code, which a CSV scan never needs.
 */
import type { ScanParts } from '../data/build-table-scan.ts';
import type { TableScanSettings } from '../formats/table-scan-settings.ts';
import { openFileByteSource } from './file-byte-source.ts';

export async function scanWholeFile(
  absolutePath: string,
  settings: TableScanSettings,
): Promise<ScanParts> {
  if (settings.format === 'parquet') {
    const [{ openParquetFile }, { parquetScanParts }] = await Promise.all([
      import('./parquet-file.ts'),
      import('../formats/parquet-table-scan.ts'),
    ]);
    return parquetScanParts(await openParquetFile(absolutePath, settings.source), settings);
  }
  const { jsonlScanParts } = await import('../formats/jsonl-table-scan.ts');
  const input = openFileByteSource(absolutePath);
  try {
    return jsonlScanParts(input, settings);
  } finally {
    input.close();
  }
}
