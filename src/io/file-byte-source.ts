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
  let open = true;
  return {
    size: fstatSync(fd).size,
    read: (target, offset, length, position) => {
      // The process may hand the closed descriptor's number to the next file any thread opens,
      // so a read after close would read that file: refuse it here, not by the kernel's EBADF.
      if (!open) throw new Error(`${path} was read after it was closed`);
      return readSync(fd, target, offset, length, position);
    },
    close: () => {
      if (open) closeSync(fd);
      open = false;
    },
  };
}
