/**
 * The benchmark's data: a reference and a current CSV of 1,000,000 rows × 20
 * columns each, generated from a fixed seed so every run reads the same bytes:
 * an integer id, an ISO date, 14 numeric columns (normal, log-normal, uniform,
 * counts; 1–5 % missing as empty fields; 2–6 decimals) and 4 categorical
 * columns with 5, 12, 25 and 50 levels. The current file is shifted in
 * num_01 (mean), num_05 (scale), num_09 (a trivial shift), cat_b (mix) and
 * cat_d (a new level).
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeLines } from './line-file.ts';
import { mulberry32, normal, type Random } from './seeded-random.ts';

export const ROWS = 1_000_000;
/** Bump when the generator changes, so stale files are rewritten. */
export const VERSION = 'v1';

interface NumericColumn {
  name: string;
  missing: number;
  decimals: number;
  draw: (random: Random, current: boolean) => number;
}

const numeric: NumericColumn[] = [
  { name: 'num_01', missing: 0.02, decimals: 2, draw: (r, c) => 50 + 10 * normal(r) + (c ? 3 : 0) },
  { name: 'num_02', missing: 0.03, decimals: 4, draw: (r) => Math.exp(1 + 0.6 * normal(r)) },
  { name: 'num_03', missing: 0.01, decimals: 6, draw: (r) => r() },
  { name: 'num_04', missing: 0.02, decimals: 0, draw: (r) => Math.floor(-Math.log(1 - r()) * 4) },
  { name: 'num_05', missing: 0.01, decimals: 5, draw: (r, c) => normal(r) * (c ? 1.5 : 1) },
  { name: 'num_06', missing: 0.04, decimals: 3, draw: (r) => 1000 + 250 * normal(r) },
  { name: 'num_07', missing: 0.02, decimals: 2, draw: (r) => 20 * r() - 10 },
  { name: 'num_08', missing: 0.05, decimals: 4, draw: (r) => 0.001 * Math.exp(2 * normal(r)) },
  { name: 'num_09', missing: 0.02, decimals: 3, draw: (r, c) => 5 + normal(r) + (c ? 0.02 : 0) },
  { name: 'num_10', missing: 0.03, decimals: 1, draw: (r) => 70 + 12 * normal(r) },
  { name: 'num_11', missing: 0.01, decimals: 6, draw: (r) => normal(r) * normal(r) },
  { name: 'num_12', missing: 0.02, decimals: 2, draw: (r) => 1e5 * r() ** 3 },
  { name: 'num_13', missing: 0.03, decimals: 0, draw: (r) => Math.round(40 + 15 * normal(r)) },
  { name: 'num_14', missing: 0.02, decimals: 4, draw: (r) => -3 + 0.5 * normal(r) },
];

interface CategoricalColumn {
  name: string;
  levels: string[];
  /** Unnormalised weight of level k. */
  weight: (k: number, current: boolean) => number;
}

const level = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, k) => `${prefix}${k}`);
const categorical: CategoricalColumn[] = [
  { name: 'cat_a', levels: ['red', 'green', 'blue', 'black', 'white'], weight: (k) => 5 - k },
  { name: 'cat_b', levels: level('region_', 12), weight: (k, c) => (c ? 1 + (k % 3) : 12 - k) },
  { name: 'cat_c', levels: level('sku-', 25), weight: (k) => 1 / (k + 1) },
  {
    name: 'cat_d',
    levels: level('store ', 51),
    weight: (k, c) => (k === 50 ? (c ? 2 : 0) : 1 + (k % 5)),
  },
];

function cumulative(column: CategoricalColumn, current: boolean): number[] {
  const weights = column.levels.map((_, k) => column.weight(k, current));
  const total = weights.reduce((sum, w) => sum + w, 0);
  let running = 0;
  return weights.map((w) => {
    running += w / total;
    return running;
  });
}

export const header = [
  'id',
  'date',
  ...numeric.map((c) => c.name),
  ...categorical.map((c) => c.name),
];

function writeFile(file: string, seed: number, current: boolean): void {
  const random = mulberry32(seed);
  const cumulatives = categorical.map((column) => cumulative(column, current));
  const day0 = Date.UTC(2023, 0, 1);
  writeLines(file, (line) => {
    line(header.join(','));
    for (let i = 0; i < ROWS; i++) {
      const cells: string[] = [String(i + 1)];
      cells.push(
        new Date(day0 + Math.floor((i * 730) / ROWS) * 86400000).toISOString().slice(0, 10),
      );
      for (const column of numeric) {
        const value = column.draw(random, current);
        cells.push(random() < column.missing ? '' : value.toFixed(column.decimals));
      }
      categorical.forEach((column, c) => {
        const u = random();
        const k = cumulatives[c]!.findIndex((p) => u < p);
        cells.push(column.levels[k < 0 ? column.levels.length - 1 : k]!);
      });
      line(cells.join(','));
    }
  });
}

/** Writes bench/.data/{reference,current}.csv unless this version is already there. */
export function ensureBenchData(directory: string): { reference: string; current: string } {
  mkdirSync(directory, { recursive: true });
  const reference = path.join(directory, 'reference.csv');
  const current = path.join(directory, 'current.csv');
  const stamp = path.join(directory, 'data-version');
  const fresh = existsSync(stamp) && readFileSync(stamp, 'utf8') === VERSION;
  if (!fresh || !existsSync(reference) || !existsSync(current)) {
    writeFile(reference, 20240101, false);
    writeFile(current, 20240202, true);
    writeFileSync(stamp, VERSION);
  }
  return { reference, current };
}
