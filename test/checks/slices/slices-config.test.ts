import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import type { SlicesConfig } from '../../../src/checks/slices/slices-config.ts';
import { parseConfig } from '../../../src/config/parse-config.ts';
import { type ConfigErrorCase, itRejectsEachConfig } from '../../mocks/config-error-cases.ts';
import { configuredOnce } from '../../mocks/configured-once.ts';

const head =
  'checks:\n  slices:\n    predictions: p.csv\n    task: binary\n    label_column: y\n    score_column: s\n';

const cases: ConfigErrorCase[] = [
  {
    name: 'no slice columns',
    yaml: `${head}    columns: []\n    metrics: {accuracy: {max_gap: 0.05}}\n`,
    expected: /`checks\.slices\.columns`: list at least one slice column/,
  },
  {
    name: 'a column given as text',
    yaml: `${head}    columns: country\n    metrics: {accuracy: {max_gap: 0.05}}\n`,
    expected:
      /`checks\.slices\.columns`: expected a list of slice columns, e\.g\. \[country, device\]/,
  },
  {
    name: 'no bound for a metric',
    yaml: `${head}    columns: [c]\n    metrics: {accuracy: {}}\n`,
    expected: /`checks\.slices\.metrics\.accuracy`: give at least one of min, max, max_gap/,
  },
  {
    name: 'a metric of another task',
    yaml: `${head}    columns: [c]\n    metrics: {mae: {max: 3}}\n`,
    expected: /`checks\.slices\.metrics\.mae`: not a binary metric/,
  },
  {
    name: 'a features file without ids',
    yaml: `${head}    features: f.csv\n    columns: [c]\n    metrics: {accuracy: {min: 0.5}}\n`,
    expected: /`checks\.slices\.id_column`: joining a features file needs id_column/,
  },
  {
    name: 'bins for a column that is not sliced',
    yaml: `${head}    columns: [c]\n    bins: {age: [18, 65]}\n    metrics: {accuracy: {min: 0.5}}\n`,
    expected:
      /`checks\.slices\.bins\.age`: "age" is not in columns; add it there or remove its bins/,
  },
  {
    name: 'bins as text',
    yaml: `${head}    columns: [age]\n    bins: {age: "18-65"}\n    metrics: {accuracy: {min: 0.5}}\n`,
    expected: /`checks\.slices\.bins\.age`: bin edges are a list of numbers/,
  },
  {
    name: 'a zero minimum slice size',
    yaml: `${head}    columns: [c]\n    metrics: {accuracy: {min: 0.5}}\n    min_slice_size: 0\n`,
    expected: /`checks\.slices\.min_slice_size`: min_slice_size is at least 1/,
  },
];

describe('slices config', () => {
  itRejectsEachConfig(cases);
  it('fills the defaults', () => {
    const parsed = parseConfig(`${head}    columns: [c]\n    metrics: {f1: {max_gap: 0.1}}\n`);
    assert.ok(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.errors));
    assert.equal(configuredOnce<SlicesConfig>(parsed.config.checks.slices).min_slice_size, 30);
    assert.deepEqual(configuredOnce<SlicesConfig>(parsed.config.checks.slices).bins, {});
  });
});
