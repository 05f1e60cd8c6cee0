import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { parseConfig } from '../../../src/config/parse-config.ts';
import { type ConfigErrorCase, itRejectsEachConfig } from '../../mocks/config-error-cases.ts';
import { configuredOnce } from '../../mocks/configured-once.ts';

const head =
  'checks:\n  baseline_comparison:\n    predictions: p.csv\n    task: regression\n    label_column: y\n    prediction_column: yhat\n';

const cases: ConfigErrorCase[] = [
  {
    name: 'no baseline',
    yaml: `${head}    margins: {mae: 1}\n`,
    expected:
      /`checks\.baseline_comparison\.baseline`: the baseline is \{rule: majority_class \| mean \| median\}/,
  },
  {
    name: 'an unknown rule',
    yaml: `${head}    baseline: {rule: zero}\n    margins: {mae: 1}\n`,
    expected:
      /`checks\.baseline_comparison\.baseline\.rule`: rule is one of majority_class, mean, median/,
  },
  {
    name: 'no margins',
    yaml: `${head}    baseline: {rule: mean}\n    margins: {}\n`,
    expected: /`checks\.baseline_comparison\.margins`: name at least one metric and margin/,
  },
  {
    name: 'a classification metric on regression',
    yaml: `${head}    baseline: {rule: mean}\n    margins: {roc_auc: 0.1}\n`,
    expected:
      /`checks\.baseline_comparison\.margins\.roc_auc`: not a regression metric; use one of mae, rmse, r2, mape/,
  },
  {
    name: 'a negative margin',
    yaml: `${head}    baseline: {rule: mean}\n    margins: {mae: -1}\n`,
    expected: /`checks\.baseline_comparison\.margins\.mae`: must be at least 0/,
  },
  {
    name: 'a positive label on regression',
    yaml: `${head}    positive_label: 1\n    baseline: {rule: mean}\n    margins: {mae: 1}\n`,
    expected: /`checks\.baseline_comparison\.positive_label`: positive_label is for task binary/,
  },
  {
    name: 'both probability keys',
    yaml: 'checks:\n  baseline_comparison:\n    predictions: p.csv\n    task: multiclass\n    label_column: y\n    probability_prefix: p_\n    probability_columns: {a: pa}\n    baseline: {rule: majority_class}\n    margins: {accuracy: 0}\n',
    expected:
      /`checks\.baseline_comparison\.probability_prefix`: give probability_columns or probability_prefix, not both/,
  },
];

describe('baseline_comparison config', () => {
  itRejectsEachConfig(cases);
  it('accepts a rule baseline and fills the defaults', () => {
    const parsed = parseConfig(`${head}    baseline: {rule: median}\n    margins: {mae: 10}\n`);
    assert.ok(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.errors));
    assert.equal(
      configuredOnce(parsed.config.checks.baseline_comparison).require_significant,
      false,
    );
  });
});
