import {
  TableReadError
} from "./chunk-7UFWRZL3.js";

// src/formats/decode-utf8.ts
const { isUtf8 } = process.getBuiltinModule("node:buffer");
function sequenceLength(bytes, i) {
  const b = bytes[i];
  if (b < 128) return 1;
  const [length, min, max] = b >= 194 && b <= 223 ? [2, 128, 191] : b === 224 ? [3, 160, 191] : b === 237 ? [3, 128, 159] : b >= 225 && b <= 239 ? [3, 128, 191] : b === 240 ? [4, 144, 191] : b === 244 ? [4, 128, 143] : b >= 241 && b <= 243 ? [4, 128, 191] : [0, 0, 0];
  if (length === 0 || i + length > bytes.length) return 0;
  const second = bytes[i + 1];
  if (second < min || second > max) return 0;
  for (let k = 2; k < length; k++) if ((bytes[i + k] & 192) !== 128) return 0;
  return length;
}
function assertUtf8(bytes, start, end, source, firstLine) {
  if (isUtf8(bytes.subarray(start, end))) return;
  let line = firstLine;
  for (let i = start; i < end; ) {
    const length = sequenceLength(bytes.subarray(0, end), i);
    if (length === 0) {
      const hex = bytes[i].toString(16).toUpperCase().padStart(2, "0");
      throw new TableReadError(
        source,
        line,
        `byte 0x${hex} is not valid UTF-8 (the file looks like Latin-1 or Windows-1252); re-save it as UTF-8`
      );
    }
    if (bytes[i] === 10) line++;
    i += length;
  }
}
function bomLength(bytes) {
  return bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
}

export {
  assertUtf8,
  bomLength
};
