/**
 * The PR-sized drift case (issue 17, target 1): node_modules/vega-datasets'
 * seattle-weather.csv (1,461 days, 2012–2015) cut into a reference of its
 * first 730 days and a current file of the rest, about the size of the data a
 * pull request changes.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const source = 'node_modules/vega-datasets/data/seattle-weather.csv';

export function ensurePrSizedPair(directory: string): { reference: string; current: string } {
  mkdirSync(directory, { recursive: true });
  const reference = path.join(directory, 'weather-reference.csv');
  const current = path.join(directory, 'weather-current.csv');
  if (!existsSync(reference) || !existsSync(current)) {
    const [header, ...rows] = readFileSync(source, 'utf8').trimEnd().split('\n');
    writeFileSync(reference, `${[header, ...rows.slice(0, 730)].join('\n')}\n`);
    writeFileSync(current, `${[header, ...rows.slice(730)].join('\n')}\n`);
  }
  return { reference, current };
}
