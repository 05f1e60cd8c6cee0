/** Reads a committed fixture under test/fixtures/ as a Table, with the real CSV/JSONL parser. */
import { readFileSync } from 'node:fs';
import type { Table } from '../../src/data/table.ts';
import { parseTableText } from '../../src/formats/parse-table-text.ts';

export function fixtureText(path: string): string {
  return readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
}

export function fixtureTable(path: string): Table {
  return parseTableText(fixtureText(path), `test/fixtures/${path}`);
}

/** A table from inline CSV text, for edge cases. */
export function csvTable(text: string, source = 'predictions.csv'): Table {
  return parseTableText(text, source);
}
