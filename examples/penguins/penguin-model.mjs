// The model's feature code and scoring, shared by training (train.mjs), serving
// (serve.mjs) and debugging (debug.mjs), so the three can't drift apart.
import { readFileSync } from 'node:fs';

export const numericFeatures = [
  'bill_length_mm',
  'bill_depth_mm',
  'flipper_length_mm',
  'body_mass_g',
];
export const species = ['Adelie', 'Chinstrap', 'Gentoo'];

/** Rows of a simple CSV file (no quoted fields) as objects keyed by the header. */
export function readCsv(path) {
  const [headerLine, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  const header = headerLine.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [header[i], v])));
}

export function toCsv(records) {
  return `${Object.keys(records[0]).join(',')}\n${records.map((r) => Object.values(r).join(',')).join('\n')}\n`;
}

/** The model's inputs for one row: a bias term, standardised measurements, one-hot species. */
export function features(row, scaling) {
  return [
    1,
    ...scaling.map(({ column, mean, std }) => (Number(row[column]) - mean) / std),
    ...species.slice(1).map((s) => (row.species === s ? 1 : 0)),
  ];
}

export const sigmoid = (z) => 1 / (1 + Math.exp(-z));
export const round = (v) => Number(v.toFixed(6));

export function score(model, row) {
  const x = features(row, model.scaling);
  return round(sigmoid(x.reduce((sum, v, j) => sum + v * model.weights[j], 0)));
}
