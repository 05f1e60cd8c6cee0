/**
 * How many fields the first line of a file seems to hold, counted without a
 * parser: one more than the most frequent of the common delimiters (, ; tab |)
 * in the line's first 256 KB. It only chooses how a command runs (src/cli.ts
 * starts a wide table's command in a thread of its own), so a quoted delimiter
 * that overcounts costs a little start-up time and nothing else, and a path
 * that is not a readable file counts 0: the command itself reports it.
 * Cost: one read of at most 256 KB.
 */
import { closeSync, openSync, readSync } from 'node:fs';

const PEEK_BYTES = 256 * 1024;
const delimiters = [0x2c, 0x3b, 0x09, 0x7c];

export function firstLineFields(file: string): number {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(file, 'r');
    const bytes = new Uint8Array(PEEK_BYTES);
    const length = readSync(descriptor, bytes, 0, PEEK_BYTES, 0);
    return fieldsBeforeNewline(bytes.subarray(0, length));
  } catch {
    return 0;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

function fieldsBeforeNewline(bytes: Uint8Array): number {
  const end = bytes.indexOf(0x0a);
  const line = end === -1 ? bytes : bytes.subarray(0, end);
  if (line.length === 0) return 0;
  const counts = delimiters.map(() => 0);
  for (const byte of line) {
    const k = delimiters.indexOf(byte);
    if (k !== -1) counts[k] = (counts[k] ?? 0) + 1;
  }
  return Math.max(...counts) + 1;
}
