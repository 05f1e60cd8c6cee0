/** Scans of the statistics fixtures (vega-datasets slices) and of small CSV texts, for drift tests. */
import { readFileSync } from 'node:fs';
import type { TableScan } from '../../src/data/table-scan.ts';
import { scanTableText } from '../../src/formats/scan-table-bytes.ts';

export function fixtureText(file: string): string {
  return readFileSync(new URL(`../fixtures/statistics/${file}`, import.meta.url), 'utf8');
}

/** Every column read with its kind inferred, as drift reads files without a schema. */
export function scanFixture(file: string): TableScan {
  return scanText(fixtureText(file), file);
}

export function scanText(text: string, source = 'data.csv'): TableScan {
  return scanTableText(text, source, { otherColumns: 'auto' });
}

/** A CSV text with one column per entry; shorter columns are padded with missing cells. */
export function csv(columns: Record<string, readonly (string | number)[]>): string {
  const names = Object.keys(columns);
  const rows = Math.max(...names.map((name) => columns[name]!.length));
  const lines = [names.join(',')];
  for (let i = 0; i < rows; i++) lines.push(names.map((name) => columns[name]![i] ?? '').join(','));
  return `${lines.join('\n')}\n`;
}
