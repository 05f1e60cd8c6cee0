/**
 * Wide tables (issue 17, target 3): a generated CSV pair of 50,000 columns ×
 * 20 rows (about 2.6 MB each, seeded) and the bench cases that run `profile`,
 * `validate` and `drift` on it: peak memory should grow with the data, not
 * with the columns (target ≤ 300 MB each). The Python side is
 * `pandas.read_csv` + `describe()` of the file, the least pandas does with it.
 * `npm run bench -- --only wide` runs them alone.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchCase } from './bench-case.ts';
import { mulberry32 } from './seeded-random.ts';

export const WIDE_COLUMNS = 50_000;
export const WIDE_ROWS = 20;
/** Bump when the generator changes, so stale files are rewritten. */
const VERSION = 'v1';

/**
 * One cell of column `column`: most columns hold one digit (as a sensor or a
 * one-hot matrix would), every 5th a one-decimal number, every 7th a letter
 * category; 2 % of cells are missing. The current file shifts every 11th column.
 */
function cell(random: () => number, column: number, current: boolean): string {
  if (random() < 0.02) return '';
  const shift = current && column % 11 === 0 ? 2 : 0;
  if (column % 7 === 0) return 'abcde'[Math.floor(random() * (5 - shift / 2))]!;
  if (column % 5 === 0) return (random() * 10 + shift).toFixed(1);
  return String(Math.floor(random() * (10 - shift)) + shift);
}

function writeWideCsv(file: string, seed: number, current: boolean): void {
  const random = mulberry32(seed);
  const lines = [Array.from({ length: WIDE_COLUMNS }, (_, k) => `c${k}`).join(',')];
  for (let row = 0; row < WIDE_ROWS; row++) {
    lines.push(Array.from({ length: WIDE_COLUMNS }, (_, k) => cell(random, k, current)).join(','));
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}

/** The wide pair in `directory` (written once per generator version). */
export function ensureWideData(directory: string): { reference: string; current: string } {
  mkdirSync(directory, { recursive: true });
  const reference = path.join(directory, `wide-reference-${VERSION}.csv`);
  const current = path.join(directory, `wide-current-${VERSION}.csv`);
  if (!existsSync(reference)) writeWideCsv(reference, 17, false);
  if (!existsSync(current)) writeWideCsv(current, 71, true);
  return { reference, current };
}

const pandasScript = `
import sys
import pandas as pd
frame = pd.read_csv(sys.argv[1])
frame.describe(include="all")
`;

/** profile, validate and drift on the wide pair; `python` is /usr/bin/python3 with pandas, or undefined. */
export function wideCases(options: {
  node: string;
  cli: string;
  dataDirectory: string;
  python: string | undefined;
}): BenchCase[] {
  const directory = path.join(options.dataDirectory, 'wide');
  const { reference, current } = ensureWideData(directory);
  const { node, cli } = options;
  const schema = path.join(directory, 'schema.json');
  const pandas = options.python
    ? { argv: [options.python, '-c', pandasScript, current] }
    : undefined;
  const note = 'pandas read_csv + describe';
  return [
    {
      name: 'wide profile',
      group: 'wide',
      mlgate: {
        argv: [node, cli, 'profile', current, '-o', path.join(directory, 'profile.json')],
        okExits: [0, 1],
      },
      python: pandas,
      pythonNote: note,
    },
    {
      name: 'wide validate',
      group: 'wide',
      setup: { argv: [node, cli, 'schema', 'infer', reference, '-o', schema] },
      mlgate: {
        argv: [node, cli, 'validate', '--schema', schema, current, '--format', 'json'],
        okExits: [0, 1],
      },
      python: pandas,
      pythonNote: note,
    },
    {
      name: 'wide drift',
      group: 'wide',
      mlgate: {
        argv: [
          node,
          cli,
          'drift',
          '--reference',
          reference,
          '--current',
          current,
          '--format',
          'json',
        ],
        okExits: [0, 1],
      },
      python: pandas,
      pythonNote: note,
    },
  ];
}
