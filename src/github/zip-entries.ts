/**
 * Reads named entries out of a zip archive held in memory, with hard limits,
 * so that an untrusted artifact can neither write files nor exhaust memory:
 * nothing is extracted to disk, only the entries asked for are inflated, and
 * inflation stops at a byte cap (zlib's maxOutputLength), so a zip bomb ends
 * at the cap instead of filling the runner.
 *
 * Reads what archiver (@actions/artifact's zip writer), Python's zipfile and
 * Info-ZIP write: stored and deflated entries, with or without data
 * descriptors (sizes come from the central directory). ZIP64, encryption,
 * multi-disk archives and duplicate names are refused: an archive that says two
 * different things about one name can't be trusted about either.
 * Format: PKWARE APPNOTE.TXT 6.3.10, §4.3.7 local file header, §4.3.12
 * central directory header, §4.3.16 end of central directory record.
 * Cost: O(archive) to find and walk the central directory, O(entry) per read.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { errorMessage } from '../model/error-message.ts';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  size: number;
  crc32: number;
  localHeaderOffset: number;
}

export class ZipFormatError extends Error {
  override readonly name = 'ZipFormatError';
}

const endOfCentralDirectory = 0x06054b50;
const centralDirectoryHeader = 0x02014b50;
const localFileHeader = 0x04034b50;
const maxCommentLength = 0xffff;
const maxEntries = 10_000;

/** The archive's entries (directories included, names ending in `/`). */
export function listZipEntries(archive: Uint8Array): ZipEntry[] {
  const view = viewOf(archive);
  const end = findEndOfCentralDirectory(view);
  const diskEntries = view.getUint16(end + 8, true);
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff || directorySize === 0xffffffff) {
    throw new ZipFormatError('the archive is ZIP64, which mlgate does not read');
  }
  if (view.getUint16(end + 4, true) !== 0 || diskEntries !== count) {
    throw new ZipFormatError('the archive spans several disks');
  }
  if (count > maxEntries) throw new ZipFormatError(`the archive has ${count} entries`);
  if (directoryOffset + directorySize > end) {
    throw new ZipFormatError('the central directory lies outside the archive');
  }
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    need(view, at, 46, 'central directory header');
    if (view.getUint32(at, true) !== centralDirectoryHeader) {
      throw new ZipFormatError(`central directory entry ${i + 1} has no valid signature`);
    }
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    need(view, at + 46, nameLength, 'entry name');
    const name = new TextDecoder('utf-8', { fatal: false }).decode(
      archive.subarray(at + 46, at + 46 + nameLength),
    );
    if (flags & 0x1) throw new ZipFormatError(`entry ${JSON.stringify(name)} is encrypted`);
    if (names.has(name)) {
      throw new ZipFormatError(`the archive holds ${JSON.stringify(name)} twice`);
    }
    names.add(name);
    const entry: ZipEntry = {
      name,
      method: view.getUint16(at + 10, true),
      crc32: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    if (
      entry.compressedSize === 0xffffffff ||
      entry.size === 0xffffffff ||
      entry.localHeaderOffset === 0xffffffff
    ) {
      throw new ZipFormatError(`entry ${JSON.stringify(name)} needs ZIP64`);
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry's bytes, checked against its CRC-32; refused beyond `maxBytes`. */
export function readZipEntry(archive: Uint8Array, entry: ZipEntry, maxBytes: number): Buffer {
  const label = JSON.stringify(entry.name);
  if (entry.size > maxBytes) {
    throw new ZipFormatError(`${label} is ${entry.size} bytes; at most ${maxBytes} are read`);
  }
  const view = viewOf(archive);
  const at = entry.localHeaderOffset;
  need(view, at, 30, 'local file header');
  if (view.getUint32(at, true) !== localFileHeader) {
    throw new ZipFormatError(`${label} has no valid local header`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  need(view, start, entry.compressedSize, 'entry data');
  const data = archive.subarray(start, start + entry.compressedSize);
  let bytes: Buffer;
  if (entry.method === 0) {
    bytes = Buffer.from(data);
  } else if (entry.method === 8) {
    try {
      bytes = inflateRawSync(data, { maxOutputLength: maxBytes });
    } catch (error) {
      const tooLarge = (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
      throw new ZipFormatError(
        tooLarge
          ? `${label} inflates to more than ${maxBytes} bytes`
          : `${label} is not valid deflate data (${errorMessage(error)})`,
      );
    }
  } else {
    throw new ZipFormatError(`${label} uses compression method ${entry.method}`);
  }
  if (bytes.length !== entry.size || crc32(bytes) !== entry.crc32) {
    throw new ZipFormatError(`${label} does not match its recorded size and CRC-32`);
  }
  return bytes;
}

function viewOf(archive: Uint8Array): DataView {
  return new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - maxCommentLength);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === endOfCentralDirectory) return at;
  }
  throw new ZipFormatError('not a zip archive (no end of central directory record)');
}

function need(view: DataView, at: number, length: number, what: string): void {
  if (at < 0 || at + length > view.byteLength) {
    throw new ZipFormatError(`the archive is truncated (${what} at byte ${at})`);
  }
}
