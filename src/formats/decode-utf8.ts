/**
 * UTF-8 checking for text data files. Node's default decoding replaces bad
 * bytes with U+FFFD silently, which would turn a Latin-1 `café` into a
 * different category; instead the file is refused with the line of the first
 * bad byte. Cost: O(bytes), native (simdutf) when the bytes are valid.
 */
import { isUtf8 } from 'node:buffer';
import { TableReadError } from './table-read-error.ts';

/** The length of the valid UTF-8 sequence at bytes[i], or 0 when it is invalid. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const [length, min, max] =
    b >= 0xc2 && b <= 0xdf
      ? [2, 0x80, 0xbf]
      : b === 0xe0
        ? [3, 0xa0, 0xbf]
        : b === 0xed
          ? [3, 0x80, 0x9f]
          : b >= 0xe1 && b <= 0xef
            ? [3, 0x80, 0xbf]
            : b === 0xf0
              ? [4, 0x90, 0xbf]
              : b === 0xf4
                ? [4, 0x80, 0x8f]
                : b >= 0xf1 && b <= 0xf3
                  ? [4, 0x80, 0xbf]
                  : [0, 0, 0];
  if (length === 0 || i + length > bytes.length) return 0;
  const second = bytes[i + 1]!;
  if (second < min || second > max) return 0;
  for (let k = 2; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  return length;
}

/**
 * Throws a TableReadError naming the line of the first invalid UTF-8 byte in
 * bytes[start, end), where `firstLine` is the line at `start`.
 */
export function assertUtf8(
  bytes: Uint8Array,
  start: number,
  end: number,
  source: string,
  firstLine: number,
): void {
  if (isUtf8(bytes.subarray(start, end))) return;
  let line = firstLine;
  for (let i = start; i < end; ) {
    const length = sequenceLength(bytes.subarray(0, end), i);
    if (length === 0) {
      const hex = bytes[i]!.toString(16).toUpperCase().padStart(2, '0');
      throw new TableReadError(
        source,
        line,
        `byte 0x${hex} is not valid UTF-8 (the file looks like Latin-1 or Windows-1252); re-save it as UTF-8`,
      );
    }
    if (bytes[i] === 0x0a) line++;
    i += length;
  }
}

/** Length of a UTF-8 byte order mark at the start, 0 or 3. */
export function bomLength(bytes: Uint8Array): number {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
}
