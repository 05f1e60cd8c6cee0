/**
 * Parquet values as mlgate sees them, decoded by hyparquet with these
 * parsers. As table cells (`parquetParsers('cells', …)`, `parquetCell`):
 * INT64 stays exact (a number when it is a safe integer, else its decimal
 * text), DATE becomes `YYYY-MM-DD`, timestamps ISO 8601 UTC text (ms
 * precision), text is decoded strictly as UTF-8, nested values become JSON.
 * As scan values (`parquetParsers('values', …)`): dates and times stay Date
 * objects, which a scan reads as times; text is strict likewise. Raw bytes (a
 * BINARY column without a string annotation) are never decoded: each value
 * becomes `rawBytesToken` (its length and a hash).
 */
import type { ParquetParsers } from 'hyparquet';
import type { Cell } from '../model/check.ts';
import { ParquetTextTooLong } from './parquet-text-limit.ts';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function isoFromMs(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * Strict UTF-8 text, refused before decoding when longer than `maxTextBytes`:
 * n bytes of UTF-8 decode to at most n UTF-16 units, so a value within the
 * limit always fits a JS string, and one beyond it is refused before the
 * engine spends seconds failing to build it.
 */
export function strictText(maxTextBytes: number) {
  return (bytes: Uint8Array | undefined) => {
    if (!bytes) return bytes;
    if (bytes.length > maxTextBytes) throw new ParquetTextTooLong(bytes.length, maxTextBytes);
    return strictUtf8.decode(bytes);
  };
}

/** Dates and times as ISO text, for Tables. */
export const isoTimeParsers = {
  timestampFromMilliseconds: (millis: bigint) => isoFromMs(Number(millis)),
  timestampFromMicroseconds: (micros: bigint) => isoFromMs(Number(micros / 1000n)),
  timestampFromNanoseconds: (nanos: bigint) => isoFromMs(Number(nanos / 1000000n)),
  dateFromDays: (days: number) => isoFromMs(days * 86400000).slice(0, 10),
};

/** hyparquet parsers: `cells` gives dates and times as ISO text (for Tables), `values` as Date objects (for scans). */
export function parquetParsers(
  as: 'cells' | 'values',
  maxTextBytes: number,
): Partial<ParquetParsers> {
  const stringFromBytes = strictText(maxTextBytes);
  return as === 'cells' ? { ...isoTimeParsers, stringFromBytes } : { stringFromBytes };
}

/**
 * A raw byte string as one readable, comparable token: `<n> bytes
 * sha256:<first 16 hex digits>` (`1 byte …` for one). Equal bytes give equal tokens, so a column
 * of raw bytes is a categorical of digests to drift and validation, and its
 * profile shows lengths and repeats without decoding (or holding) the bytes.
 */
export function rawBytesToken(bytes: Uint8Array): string {
  // node:crypto is read here, not imported: a static import would load it (about 11 ms) in every
  // run that reads a Parquet file or merely might (src/io/builtins-on-use.ts).
  const digest = process
    .getBuiltinModule('node:crypto')
    .createHash('sha256')
    .update(bytes)
    .digest('hex')
    .slice(0, 16);
  return `${bytes.length} ${bytes.length === 1 ? 'byte' : 'bytes'} sha256:${digest}`;
}

function jsonReplacer(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint')
    return Number.isSafeInteger(Number(value)) ? Number(value) : String(value);
  if (value instanceof Uint8Array) return rawBytesToken(value);
  return value;
}

/** A Parquet value as a table cell (see the file comment). */
export function parquetCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'number':
    case 'string':
    case 'boolean':
      return value;
    case 'bigint': {
      const number = Number(value);
      return Number.isSafeInteger(number) ? number : String(value);
    }
    default:
      if (value instanceof Date) return value.toISOString();
      if (value instanceof Uint8Array) return rawBytesToken(value);
      return JSON.stringify(value, jsonReplacer);
  }
}
