/**
 * A file on disk as a ByteSource (src/formats/byte-source.ts): opened once,
 * read synchronously at any position into the parser's window, closed by
 * whoever opened it. The parsers never open files themselves; io code opens
 * the file and hands them this.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { ByteSource } from '../formats/byte-source.ts';

export function openFileByteSource(path: string): ByteSource {
  const fd = openSync(path, 'r');
  return {
    size: fstatSync(fd).size,
    read: (target, offset, length, position) => readSync(fd, target, offset, length, position),
    close: () => closeSync(fd),
  };
}
