/**
 * The mid-sized drift case: the first 10,000 rows of the bench pair's
 * reference and the first 9,000 of its current file (bench/generate-data.ts),
 * the largest sizes at which both scipy's ks_2samp (method='auto') and mlgate
 * compute exact KS p-values: a feed of a day or two, where the p-values, not
 * the reading, take most of the time. Rewritten on every run, so they always
 * follow the pair's data version.
 */
import { closeSync, mkdirSync, openSync, readSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const MID_REFERENCE_ROWS = 10_000;
export const MID_CURRENT_ROWS = 9_000;

export function writeMidSizedPair(
  directory: string,
  pair: { reference: string; current: string },
): { reference: string; current: string } {
  mkdirSync(directory, { recursive: true });
  const reference = path.join(directory, 'reference-10k.csv');
  const current = path.join(directory, 'current-9k.csv');
  writeFileSync(reference, headOf(pair.reference, MID_REFERENCE_ROWS));
  writeFileSync(current, headOf(pair.current, MID_CURRENT_ROWS));
  return { reference, current };
}

/** The header and the first `rows` lines of a CSV file, read from its start only. */
function headOf(file: string, rows: number): string {
  const bytes = Buffer.alloc(16 << 20);
  const fd = openSync(file, 'r');
  let length: number;
  try {
    length = readSync(fd, bytes, 0, bytes.length, 0);
  } finally {
    closeSync(fd);
  }
  const lines = bytes.toString('utf8', 0, length).split('\n');
  if (lines.length <= rows + 1)
    throw new Error(`${file} has fewer than ${rows} rows in its first 16 MB`);
  return `${lines.slice(0, rows + 1).join('\n')}\n`;
}
