/**
 * Random-access bytes, read synchronously into a caller's window: the CSV and
 * JSONL parsers stream through a window instead of holding their input, and
 * take their bytes as this interface rather than opening files, so they stay
 * pure. This module has the in-memory source (tests, in-memory workspaces);
 * the file on disk is src/io/file-byte-source.ts. Whoever opens a source
 * closes it.
 */
export interface ByteSource {
  readonly size: number;
  /** Copies up to `length` bytes at `position` into target[offset…]; returns how many. */
  read(target: Buffer, offset: number, length: number, position: number): number;
  close(): void;
}

/** The bytes of a Buffer as a ByteSource (closing it does nothing). */
export function bufferByteSource(bytes: Buffer): ByteSource {
  return {
    size: bytes.length,
    read: (target, offset, length, position) =>
      position >= bytes.length
        ? 0
        : bytes.copy(target, offset, position, Math.min(bytes.length, position + length)),
    close: () => {},
  };
}
