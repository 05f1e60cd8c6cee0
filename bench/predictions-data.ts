/**
 * The metrics benchmark's data (issue 17, target 5): 1,000,000 seeded binary
 * predictions as a CSV of `id,label,score`, the label 0/1 with a 30 %
 * positive rate and the score a logistic of a shifted normal (AUC about 0.85),
 * printed with 6 decimals, so scores tie as real model outputs do.
 */

import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { writeLines } from './line-file.ts';
import { mulberry32, normal } from './seeded-random.ts';

export const PREDICTION_ROWS = 1_000_000;
/** Bump when the generator changes, so stale files are rewritten. */
const VERSION = 'v1';

function writePredictions(file: string, seed: number): void {
  const random = mulberry32(seed);
  writeLines(file, (line) => {
    line('id,label,score');
    for (let i = 0; i < PREDICTION_ROWS; i++) {
      const label = random() < 0.3 ? 1 : 0;
      const logit = -1 + 1.8 * label + 1.2 * normal(random);
      line(`${i + 1},${label},${(1 / (1 + Math.exp(-logit))).toFixed(6)}`);
    }
  });
}

/** bench/.data/predictions-<version>.csv, written once per generator version. */
export function ensurePredictions(directory: string): string {
  mkdirSync(directory, { recursive: true });
  const file = path.join(directory, `predictions-${VERSION}.csv`);
  if (!existsSync(file)) writePredictions(file, 20250317);
  return file;
}
