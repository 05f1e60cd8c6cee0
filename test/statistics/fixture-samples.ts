/**
 * Reads the real-data slices in test/fixtures/statistics/ (see its README) as
 * the samples the statistics take: sorted Float64Arrays of the present numbers,
 * and counts per category.
 */
import { readFileSync } from 'node:fs';
import { parseNumberCell } from '../../src/formats/parse-number.ts';
import { parseTableText } from '../../src/formats/parse-table-text.ts';

const directory = new URL('../fixtures/statistics/', import.meta.url);

function cells(file: string, column: string) {
  const text = readFileSync(new URL(file, directory), 'utf8');
  const values = parseTableText(text, file).column(column);
  if (!values) throw new Error(`${file} has no column ${column}`);
  return values;
}

/** The present numbers of a column, ascending. */
export function sortedSample(file: string, column: string): Float64Array {
  const numbers = cells(file, column)
    .map((cell) => parseNumberCell(cell))
    .filter((value): value is number => typeof value === 'number');
  return Float64Array.from(numbers).sort();
}

/** How often each of `categories` occurs in a column, in that order. */
export function categoryCounts(
  file: string,
  column: string,
  categories: readonly string[],
): number[] {
  const values = cells(file, column);
  return categories.map((category) => values.filter((value) => value === category).length);
}

/** The column's cells as text (missing as null), for pairing columns row by row. */
export function textColumn(file: string, column: string): (string | null)[] {
  return cells(file, column).map((cell) => (cell === null ? null : String(cell)));
}

/** (i · c) mod 1 for i = 1…n: the deterministic samples the Python script generates identically. */
export function golden(n: number, c: number): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => ((i + 1) * c) % 1);
}

/** |actual − expected| ≤ tolerance · |expected| (or ≤ tolerance when expected is 0). */
export function assertClose(actual: number, expected: number, tolerance = 1e-12, label = ''): void {
  const scale = expected === 0 ? 1 : Math.abs(expected);
  if (!(Math.abs(actual - expected) <= tolerance * scale)) {
    throw new Error(
      `${label} expected ${expected}, got ${actual} (relative tolerance ${tolerance})`,
    );
  }
}
