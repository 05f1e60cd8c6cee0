/**
 * Checks the frame of a Parquet file before its footer is decoded, so that a
 * file that is not Parquet, cut short or never finished is named in words
 * rather than by a decoder's "Offset is outside the bounds of the DataView".
 * The frame (parquet-format's File Format section): the magic `PAR1`, the
 * column chunks, the footer (Thrift FileMetaData), the footer's length as a
 * 4-byte little-endian integer, and `PAR1` again. Reads 12 bytes.
 */
import type { AsyncBuffer } from 'hyparquet';

const magic = 'PAR1';
/** Magic at the start and end, and the footer length. */
const frameBytes = 12;

const latin1 = new TextDecoder('latin1');

async function bytesAt(file: AsyncBuffer, start: number, end: number): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(start, end));
}

/** Up to 8 bytes as text when printable, else as hex. */
function shown(bytes: Uint8Array): string {
  const text = latin1.decode(bytes);
  return /^[\x20-\x7e]*$/.test(text)
    ? `"${text}"`
    : Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');
}

/** What is wrong with the file's frame, in words with the fix; undefined when it is sound. */
export async function parquetFrameProblem(file: AsyncBuffer): Promise<string | undefined> {
  const size = file.byteLength;
  if (size === 0) return 'the file is empty; it needs a Parquet footer and rows';
  const head = await bytesAt(file, 0, Math.min(4, size));
  if (latin1.decode(head) === 'PARE')
    return 'is an encrypted Parquet file (magic PARE), which mlgate cannot read; write it without encryption';
  if (latin1.decode(head) !== magic)
    return `not a readable Parquet file: it starts with ${shown(head)}, not the magic bytes "PAR1"; check the path, or set the input format (--input-format) if the file is CSV or JSON Lines`;
  if (size < frameBytes)
    return `holds only ${size} bytes: after the magic "PAR1" there is no footer (a Parquet file ends with its footer, the footer's length and "PAR1"); the file is truncated or was never finished, so write it again`;
  const tail = await bytesAt(file, size - 8, size);
  if (latin1.decode(tail.subarray(4)) !== magic)
    return `does not end with the magic bytes "PAR1" (it ends with ${shown(tail.subarray(4))}), so its footer is missing: the file is truncated or was still being written; copy or write it again`;
  const footerLength = new DataView(tail.buffer, tail.byteOffset, 4).getUint32(0, true);
  if (footerLength === 0)
    return 'has an empty footer (length 0): the file is damaged; write it again';
  if (footerLength > size - frameBytes)
    return `says its footer is ${footerLength} bytes, but the file holds only ${size - frameBytes} bytes besides its frame: the file is truncated or damaged; copy or write it again`;
  return undefined;
}
