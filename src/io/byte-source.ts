/**
 * Random-access bytes of a file on disk or of an in-memory buffer, read
 * synchronously into a caller's window: the readers stream through a window
 * instead of loading the file, and tests feed them a Buffer.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export interface ByteSource {
  readonly size: number;
  /** Copies up to `length` bytes at `position` into target[offset…]; returns how many. */
  read(target: Buffer, offset: number, length: number, position: number): number;
  close(): void;
}

export function openByteSource(input: { path: string } | { bytes: Buffer }): ByteSource {
  if ('bytes' in input) {
    const bytes = input.bytes;
    return {
      size: bytes.length,
      read: (target, offset, length, position) =>
        position >= bytes.length
          ? 0
          : bytes.copy(target, offset, position, Math.min(bytes.length, position + length)),
      close: () => {},
    };
  }
  const fd = openSync(input.path, 'r');
  return {
    size: fstatSync(fd).size,
    read: (target, offset, length, position) => readSync(fd, target, offset, length, position),
    close: () => closeSync(fd),
  };
}
