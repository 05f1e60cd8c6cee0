/**
 * `parseNumberCell` on the bytes of a CSV field, without making a string for
 * the common case. Plain decimals with at most 15–16 significant digits and a
 * small exponent are computed exactly as `Number(text)` would (Clinger's fast
 * path: an exact integer mantissa times or divided by an exact power of ten is
 * one correctly rounded operation); everything else — NaN/Infinity spellings,
 * non-ASCII whitespace, long mantissas — goes through `parseNumberCell` itself,
 * so the two always agree. Cost: O(field length).
 */
import { parseIntegerCell, parseNumberCell } from './parse-number.ts';

const powersOfTen = Array.from({ length: 23 }, (_, i) => 10 ** i);
const MAX_EXACT = 2 ** 53;

function isDigit(b: number | undefined): b is number {
  return b !== undefined && b >= 0x30 && b <= 0x39;
}

function isAsciiSpace(b: number): boolean {
  return b === 0x20 || (b >= 0x09 && b <= 0x0d);
}

function slow(bytes: Buffer, start: number, end: number): number | undefined {
  return parseNumberCell(bytes.toString('utf8', start, end)) ?? undefined;
}

/** The number bytes[start, end) spells, or undefined when it is not a number. */
export function parseNumberBytes(bytes: Buffer, start: number, end: number): number | undefined {
  // Fast path for the common shape `-?digits(.digits)?` with at most 15 digits.
  let p = start;
  const negative = bytes[p] === 0x2d;
  if (negative) p++;
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let c = bytes[p];
  while (p < end && c !== undefined && c >= 0x30 && c <= 0x39) {
    mantissa = mantissa * 10 + (c - 0x30);
    digits++;
    c = bytes[++p];
  }
  if (p < end && c === 0x2e) {
    c = bytes[++p];
    while (p < end && c !== undefined && c >= 0x30 && c <= 0x39) {
      mantissa = mantissa * 10 + (c - 0x30);
      digits++;
      scale++;
      c = bytes[++p];
    }
  }
  if (p === end && digits > 0 && digits <= 15 && scale <= 22) {
    const magnitude = mantissa / powersOfTen[scale]!;
    return negative ? -magnitude : magnitude;
  }
  return parseGeneral(bytes, start, end);
}

/** Every number shape the fast path leaves: a per-byte loop, kept whole as the hot path it is. */
function parseGeneral(bytes: Buffer, start: number, end: number): number | undefined {
  let s = start;
  let e = end;
  while (s < e && isAsciiSpace(bytes[s]!)) s++;
  while (e > s && isAsciiSpace(bytes[e - 1]!)) e--;
  if (s === e) return undefined;
  // Whitespace that String#trim removes but ASCII trimming does not ends up at an end.
  if (bytes[s]! >= 0x80 || bytes[e - 1]! >= 0x80) return slow(bytes, start, end);
  let p = s;
  let negative = false;
  let c = bytes[p]!;
  if (c === 0x2b || c === 0x2d) {
    negative = c === 0x2d;
    p++;
    if (p === e) return undefined;
    c = bytes[p]!;
  }
  // Letters (nan, inf) take the reference path.
  if ((c | 0x20) >= 0x61) return slow(bytes, start, end);
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let exact = true;
  while (p < e && isDigit(bytes[p])) {
    mantissa = mantissa * 10 + (bytes[p]! - 0x30);
    digits++;
    p++;
  }
  if (p < e && bytes[p] === 0x2e) {
    p++;
    while (p < e && isDigit(bytes[p])) {
      mantissa = mantissa * 10 + (bytes[p]! - 0x30);
      digits++;
      scale--;
      p++;
    }
  }
  if (digits === 0) return undefined;
  if (mantissa >= MAX_EXACT) exact = false;
  if (p < e) {
    c = bytes[p]!;
    if (c !== 0x65 && c !== 0x45) return undefined;
    p++;
    let exponentNegative = false;
    if (p < e && (bytes[p] === 0x2b || bytes[p] === 0x2d)) {
      exponentNegative = bytes[p] === 0x2d;
      p++;
    }
    const exponentStart = p;
    let exponent = 0;
    while (p < e && isDigit(bytes[p])) {
      if (exponent < 100000) exponent = exponent * 10 + (bytes[p]! - 0x30);
      p++;
    }
    if (p === exponentStart) return undefined;
    if (p < e) return undefined;
    scale += exponentNegative ? -exponent : exponent;
  }
  if (!exact || scale > 22 || scale < -22) {
    return Number(bytes.toString('latin1', s, e));
  }
  const magnitude = scale >= 0 ? mantissa * powersOfTen[scale]! : mantissa / powersOfTen[-scale]!;
  return negative ? -magnitude : magnitude;
}

/** `parseIntegerCell` on the bytes of a CSV field: sign and digits only. */
export function parseIntegerBytes(bytes: Buffer, start: number, end: number): number | undefined {
  let s = start;
  let e = end;
  while (s < e && isAsciiSpace(bytes[s]!)) s++;
  while (e > s && isAsciiSpace(bytes[e - 1]!)) e--;
  if (s === e) return undefined;
  if (bytes[s]! >= 0x80 || bytes[e - 1]! >= 0x80) {
    return parseIntegerCell(bytes.toString('utf8', start, end)) ?? undefined;
  }
  let p = s;
  if (bytes[p] === 0x2b || bytes[p] === 0x2d) p++;
  if (p === e) return undefined;
  let value = 0;
  for (let i = p; i < e; i++) {
    const c = bytes[i]!;
    if (c < 0x30 || c > 0x39) return undefined;
    value = value * 10 + (c - 0x30);
  }
  if (value >= MAX_EXACT) return Number(bytes.toString('latin1', s, e));
  return bytes[s] === 0x2d ? -value : value;
}
