// Writes data/penguins.csv from vega-datasets' penguins.json (Palmer Penguins,
// Gorman, Williams & Fraser 2014, CC0), adding a stable id per row.
// Run once from the repository root: node examples/penguins/prepare-data.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const rows = JSON.parse(readFileSync('node_modules/vega-datasets/data/penguins.json', 'utf8'));
const header = [
  'id',
  'species',
  'island',
  'bill_length_mm',
  'bill_depth_mm',
  'flipper_length_mm',
  'body_mass_g',
  'sex',
];
const lines = rows.map((r, i) =>
  [
    `p${String(i + 1).padStart(3, '0')}`,
    r.Species,
    r.Island,
    r['Beak Length (mm)'],
    r['Beak Depth (mm)'],
    r['Flipper Length (mm)'],
    r['Body Mass (g)'],
    r.Sex === 'MALE' || r.Sex === 'FEMALE' ? r.Sex.toLowerCase() : '',
  ]
    .map((v) => (v === null || v === undefined ? '' : String(v)))
    .join(','),
);
writeFileSync(
  'examples/penguins/data/penguins.csv',
  `${[header.join(','), ...lines].join('\n')}\n`,
);
