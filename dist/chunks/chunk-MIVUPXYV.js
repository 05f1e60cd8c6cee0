// src/formats/parquet-text-limit.ts
const { constants } = process.getBuiltinModule("node:buffer");
var maxTextBytes = constants.MAX_STRING_LENGTH;
var ParquetTextTooLong = class extends Error {
  valueBytes;
  constructor(valueBytes, limit) {
    super(`a text value of ${valueBytes} bytes exceeds the limit of ${limit}`);
    this.name = "ParquetTextTooLong";
    this.valueBytes = valueBytes;
  }
};
function textChunks({ group, textColumns }) {
  return group.columns.flatMap((chunk) => {
    const name = chunk.meta_data?.path_in_schema[0];
    return name !== void 0 && chunk.meta_data?.type === "BYTE_ARRAY" && textColumns.includes(name) ? [[name, chunk]] : [];
  });
}
function columnProvenTooLong(at) {
  return textChunks(at).find(([, chunk]) => {
    const valueBytes = chunk.meta_data?.size_statistics?.unencoded_byte_array_data_bytes;
    const values = Number(chunk.meta_data?.num_values ?? 0);
    return valueBytes !== void 0 && values > 0 && Number(valueBytes) / values > at.limit;
  })?.[0];
}
function columnsThatMayBeTooLong(at) {
  const chunks = textChunks(at);
  const large = chunks.filter(
    ([, chunk]) => Number(chunk.meta_data?.total_uncompressed_size) > at.limit
  );
  return [...new Set((large.length > 0 ? large : chunks).map(([name]) => name))];
}
function isTextTooLong(error) {
  return error instanceof ParquetTextTooLong || error?.code === "ERR_STRING_TOO_LONG" || error instanceof RangeError && error.message === "Invalid string length";
}
var count = (n) => n.toLocaleString("en-US");
function textTooLongProblem(at, columns, valueBytes) {
  const names = columns.map((name) => `"${name}"`).join(" or ");
  const where = `column ${names}, row group ${at.groupIndex + 1} of ${at.groupCount} (from row ${at.rowStart + 1})`;
  const size = valueBytes === void 0 ? "a value" : `a value of ${count(valueBytes)} bytes`;
  return `${where}: ${size} exceeds the ${count(at.limit)}-byte limit for one text value (the longest string JavaScript can hold), so it cannot be read as text; store such values as raw BINARY (no UTF8/STRING annotation), which mlgate reads by length and hash, or leave the column out`;
}

// src/formats/parquet-cells.ts
var strictUtf8 = new TextDecoder("utf-8", { fatal: true });
function isoFromMs(ms) {
  return new Date(ms).toISOString();
}
function strictText(maxTextBytes2) {
  return (bytes) => {
    if (!bytes) return bytes;
    if (bytes.length > maxTextBytes2) throw new ParquetTextTooLong(bytes.length, maxTextBytes2);
    return strictUtf8.decode(bytes);
  };
}
var isoTimeParsers = {
  timestampFromMilliseconds: (millis) => isoFromMs(Number(millis)),
  timestampFromMicroseconds: (micros) => isoFromMs(Number(micros / 1000n)),
  timestampFromNanoseconds: (nanos) => isoFromMs(Number(nanos / 1000000n)),
  dateFromDays: (days) => isoFromMs(days * 864e5).slice(0, 10)
};
function parquetParsers(as, maxTextBytes2) {
  const stringFromBytes = strictText(maxTextBytes2);
  return as === "cells" ? { ...isoTimeParsers, stringFromBytes } : { stringFromBytes };
}
function rawBytesToken(bytes) {
  const digest = process.getBuiltinModule("node:crypto").createHash("sha256").update(bytes).digest("hex").slice(0, 16);
  return `${bytes.length} ${bytes.length === 1 ? "byte" : "bytes"} sha256:${digest}`;
}
function jsonReplacer(_key, value) {
  if (typeof value === "bigint")
    return Number.isSafeInteger(Number(value)) ? Number(value) : String(value);
  if (value instanceof Uint8Array) return rawBytesToken(value);
  return value;
}
function parquetCell(value) {
  if (value === null || value === void 0) return null;
  switch (typeof value) {
    case "number":
    case "string":
    case "boolean":
      return value;
    case "bigint": {
      const number = Number(value);
      return Number.isSafeInteger(number) ? number : String(value);
    }
    default:
      if (value instanceof Date) return value.toISOString();
      if (value instanceof Uint8Array) return rawBytesToken(value);
      return JSON.stringify(value, jsonReplacer);
  }
}

export {
  maxTextBytes,
  ParquetTextTooLong,
  columnProvenTooLong,
  columnsThatMayBeTooLong,
  isTextTooLong,
  textTooLongProblem,
  parquetParsers,
  parquetCell
};
