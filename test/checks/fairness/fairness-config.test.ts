import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import type { FairnessConfig } from '../../../src/checks/fairness/fairness-config.ts';
import { parseConfig } from '../../../src/config/parse-config.ts';
import { type ConfigErrorCase, itRejectsEachConfig } from '../../mocks/config-error-cases.ts';
import { configuredOnce } from '../../mocks/configured-once.ts';

const head =
  'checks:\n  fairness:\n    predictions: p.csv\n    task: binary\n    label_column: y\n    score_column: s\n';

const cases: ConfigErrorCase[] = [
  {
    name: 'a regression task',
    yaml: 'checks:\n  fairness:\n    predictions: p.csv\n    task: regression\n    label_column: y\n    prediction_column: p\n    protected_attributes: [sex]\n',
    expected: /`checks\.fairness\.task`: fairness rates \(selection, TPR, FPR\) need task binary/,
  },
  {
    name: 'no protected attribute',
    yaml: `${head}    protected_attributes: []\n`,
    expected:
      /`checks\.fairness\.protected_attributes`: name at least one protected attribute column/,
  },
  {
    name: 'a disparate impact ratio above 1',
    yaml: `${head}    protected_attributes: [sex]\n    min_disparate_impact_ratio: 80\n`,
    expected: /`checks\.fairness\.min_disparate_impact_ratio`: must be at most 1/,
  },
  {
    name: 'an unknown proxy severity',
    yaml: `${head}    protected_attributes: [sex]\n    proxies: {severity: error}\n`,
    expected: /`checks\.fairness\.proxies\.severity`: severity is warn or fail/,
  },
  {
    name: 'bins for a column that is not protected',
    yaml: `${head}    protected_attributes: [sex]\n    bins: {age: [25, 60]}\n`,
    expected: /`checks\.fairness\.bins\.age`: "age" is not in protected_attributes/,
  },
  {
    name: 'a features file without ids',
    yaml: `${head}    features: f.csv\n    protected_attributes: [sex]\n`,
    expected: /`checks\.fairness\.id_column`: joining a features file needs id_column/,
  },
];

describe('fairness config', () => {
  itRejectsEachConfig(cases);
  it('defaults to the four-fifths rule and 0.1 differences', () => {
    const parsed = parseConfig(`${head}    protected_attributes: [sex]\n`);
    assert.ok(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.errors));
    const config = configuredOnce<FairnessConfig>(parsed.config.checks.fairness);
    assert.equal(config?.min_disparate_impact_ratio, 0.8);
    assert.equal(config?.max_demographic_parity_difference, 0.1);
    assert.deepEqual(config?.proxies, { max_association: 0.5, severity: 'warn' });
  });
});
