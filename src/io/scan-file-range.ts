/**
 * One range of a CSV file scanned where it is called: the file opened, its
 * bytes handed to the pure range scan (src/formats/csv-chunk-scan.ts), the
 * file closed. What a scan worker does with a range, and what the calling
 * thread does with its own (src/io/file-scan-scheduler.ts). `cutOf` makes
 * the range's cut from the open file, where the cut must read it (a guessed
 * record start).
 */
import type { ByteSource } from '../formats/byte-source.ts';
import {
  type CsvChunkOutcome,
  type CsvChunkRequest,
  type HandBack,
  type RangeCut,
  scanCsvChunk,
} from '../formats/csv-chunk-scan.ts';
import { openFileByteSource } from './file-byte-source.ts';

export function scanFileRange(
  path: string,
  request: CsvChunkRequest,
  cutOf?: (input: ByteSource) => RangeCut,
  handBack?: HandBack,
): CsvChunkOutcome {
  const input = openFileByteSource(path);
  try {
    return scanCsvChunk(input, request, cutOf?.(input), handBack);
  } finally {
    input.close();
  }
}
