/** Reads one column of a test fixture as numbers (missing cells dropped), via the real text parser. */
import { readFileSync } from 'node:fs';
import { parseNumberCell } from '../../src/data/parse-number.ts';
import { parseTableText } from '../../src/io/parse-table-text.ts';

export function fixtureText(path: string): string {
  return readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
}

export function fixtureNumbers(path: string, column: string): number[] {
  const table = parseTableText(fixtureText(path), path);
  const cells = table.column(column);
  if (!cells) throw new Error(`${path} has no column ${column}`);
  return cells.map(parseNumberCell).filter((value): value is number => typeof value === 'number');
}
