/**
 * Parquet values as mlgate sees them, decoded by hyparquet with these
 * parsers. As table cells (`cellParsers`, `parquetCell`): INT64 stays exact
 * (a number when it is a safe integer, else its decimal text), DATE becomes
 * `YYYY-MM-DD`, timestamps ISO 8601 UTC text (ms precision), text is decoded
 * strictly as UTF-8, nested values become JSON. As scan values
 * (`valueParsers`): dates and times stay Date objects, which a scan reads as
 * times; text is strict likewise.
 */
import type { Cell } from '../model/check.ts';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function isoFromMs(ms: number): string {
  return new Date(ms).toISOString();
}

/** For Tables: dates and times as ISO text cells. */
export const cellParsers = {
  timestampFromMilliseconds: (millis: bigint) => isoFromMs(Number(millis)),
  timestampFromMicroseconds: (micros: bigint) => isoFromMs(Number(micros / 1000n)),
  timestampFromNanoseconds: (nanos: bigint) => isoFromMs(Number(nanos / 1000000n)),
  dateFromDays: (days: number) => isoFromMs(days * 86400000).slice(0, 10),
  stringFromBytes: (bytes: Uint8Array | undefined) => (bytes ? strictUtf8.decode(bytes) : bytes),
};

/** For scans: dates and times as Date objects (hyparquet's default), text strict. */
export const valueParsers = { stringFromBytes: cellParsers.stringFromBytes };

function jsonReplacer(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint')
    return Number.isSafeInteger(Number(value)) ? Number(value) : String(value);
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
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
      if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
      return JSON.stringify(value, jsonReplacer);
  }
}
