/**
 * JSONL and Parquet copies of the bench's 1,000,000-row CSV pair (issue 17,
 * target 6), written by the bench itself beside the CSV files and rewritten
 * when the CSV generator's version changes. Every cell keeps its CSV value:
 * `id` an integer, `date` the ISO text, `num_*` numbers (an empty CSV field
 * becomes JSON null / a Parquet null), `cat_*` texts. The Parquet file is
 * written with hyparquet-writer (a pinned devDependency), snappy-compressed,
 * in row groups of 100,000 rows.
 */

import { existsSync, readFileSync } from 'node:fs';
import { parquetWriteFile } from 'hyparquet-writer';
import { header } from './generate-data.ts';
import { writeLines } from './line-file.ts';

type Cell = number | string | null;
/** How a CSV field of each column becomes a value. */
const parsers: ((text: string) => Cell)[] = header.map((name) => {
  if (name === 'id') return (text) => Number(text);
  if (name.startsWith('num_')) return (text) => (text === '' ? null : Number(text));
  return (text) => text;
});

/** Calls `row` with each data row of a bench CSV (no quotes in it), parsed. */
function eachRow(csv: string, row: (cells: Cell[]) => void): void {
  const text = readFileSync(csv, 'latin1');
  let start = text.indexOf('\n') + 1;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const fields = text.slice(start, end < 0 ? text.length : end).split(',');
    row(fields.map((field, c) => parsers[c]!(field)));
    start = end < 0 ? text.length : end + 1;
  }
}

function writeJsonl(csv: string, target: string): void {
  writeLines(target, (line) =>
    eachRow(csv, (cells) =>
      line(JSON.stringify(Object.fromEntries(header.map((name, c) => [name, cells[c]])))),
    ),
  );
}

function writeParquet(csv: string, target: string): void {
  const columns: Cell[][] = header.map(() => []);
  eachRow(csv, (cells) => {
    cells.forEach((cell, c) => {
      columns[c]!.push(cell);
    });
  });
  parquetWriteFile({
    filename: target,
    rowGroupSize: 100_000,
    columnData: header.map((name, c) => ({
      name,
      data: columns[c]!,
      type: name === 'id' ? 'INT32' : name.startsWith('num_') ? 'DOUBLE' : 'STRING',
    })),
  });
}

/** The JSONL and Parquet copies of `csv` (same path, other extensions), written when missing or older. */
export function ensureFormatCopies(
  csv: string,
  version: string,
): { jsonl: string; parquet: string } {
  const base = csv.replace(/\.csv$/, '');
  const jsonl = `${base}-${version}.jsonl`;
  const parquet = `${base}-${version}.parquet`;
  if (!existsSync(jsonl)) writeJsonl(csv, jsonl);
  if (!existsSync(parquet)) writeParquet(csv, parquet);
  return { jsonl, parquet };
}
