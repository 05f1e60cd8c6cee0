import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { parseConfig } from '../../../src/config/parse-config.ts';
import { type ConfigErrorCase, itRejectsEachConfig } from '../../mocks/config-error-cases.ts';
import { configuredOnce } from '../../mocks/configured-once.ts';

const head = 'checks:\n  staleness:\n';
const cases: ConfigErrorCase[] = [
  {
    name: 'nothing to age',
    yaml: `${head}    max_model_age_days: {fail: 30}\n`,
    expected: /`checks\.staleness\.model`: give model \(its age\) and\/or training_data/,
  },
  {
    name: 'both metadata and artifact',
    yaml: `${head}    model: {metadata: m.json, artifact: m.pkl}\n    max_model_age_days: {fail: 30}\n`,
    expected:
      /`checks\.staleness\.model`: give the model as metadata: <file with trained_at> or artifact: <model file> \(one of them\)/,
  },
  {
    name: 'a model without an age limit or decay',
    yaml: `${head}    model: {artifact: m.pkl}\n`,
    expected:
      /`checks\.staleness\.max_model_age_days`: give max_model_age_days \(warn\/fail\) or a decay fit/,
  },
  {
    name: 'warn later than fail',
    yaml: `${head}    model: {artifact: m.pkl}\n    max_model_age_days: {warn: 90, fail: 30}\n`,
    expected: /`checks\.staleness\.max_model_age_days`: warn must not be later than fail/,
  },
  {
    name: 'an empty limit',
    yaml: `${head}    model: {artifact: m.pkl}\n    max_model_age_days: {}\n`,
    expected: /`checks\.staleness\.max_model_age_days`: give warn and\/or fail, in days/,
  },
  {
    name: 'a negative number of days',
    yaml: `${head}    model: {artifact: m.pkl}\n    max_model_age_days: {fail: -3}\n`,
    expected: /`checks\.staleness\.max_model_age_days\.fail`: a number of days is positive/,
  },
  {
    name: 'days as text',
    yaml: `${head}    model: {artifact: m.pkl}\n    max_model_age_days: {fail: 30d}\n`,
    expected: /`checks\.staleness\.max_model_age_days\.fail`: expected a number of days, e\.g\. 30/,
  },
  {
    name: 'training data without a limit',
    yaml: `${head}    training_data: {path: t.csv, timestamp_column: ts}\n`,
    expected: /`checks\.staleness\.max_data_age_days`: give max_data_age_days/,
  },
  {
    name: 'a decay without a floor',
    yaml: `${head}    model: {artifact: m.pkl}\n    decay: {evaluations: e.csv, metric_column: auc}\n`,
    expected: /`checks\.staleness\.decay\.floor`: floor is the metric value a model must not cross/,
  },
  {
    name: 'a significance level of 0',
    yaml: `${head}    model: {artifact: m.pkl}\n    decay: {evaluations: e.csv, metric_column: auc, floor: 0.8, significance_level: 0}\n`,
    expected:
      /`checks\.staleness\.decay\.significance_level`: significance_level is between 0 and 0\.5, e\.g\. 0\.05/,
  },
  {
    name: 'a significance level given as a percentage',
    yaml: `${head}    model: {artifact: m.pkl}\n    decay: {evaluations: e.csv, metric_column: auc, floor: 0.8, significance_level: 5}\n`,
    expected:
      /`checks\.staleness\.decay\.significance_level`: significance_level is between 0 and 0\.5/,
  },
  {
    name: 'fewer than 3 evaluations as the minimum',
    yaml: `${head}    model: {artifact: m.pkl}\n    decay: {evaluations: e.csv, metric_column: auc, floor: 0.8, min_evaluations: 2}\n`,
    expected:
      /`checks\.staleness\.decay\.min_evaluations`: min_evaluations is at least 3 \(a line and its error need 3 points\)/,
  },
];

describe('staleness config', () => {
  itRejectsEachConfig(cases);
  it('fills the defaults', () => {
    const parsed = parseConfig(
      `${head}    model: {metadata: m.yaml}\n    decay: {evaluations: e.csv, metric_column: auc, floor: 0.8}\n`,
    );
    assert.ok(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.errors));
    assert.equal(
      configuredOnce(parsed.config.checks.staleness).model?.trained_at_key,
      'trained_at',
    );
    assert.equal(configuredOnce(parsed.config.checks.staleness).decay?.age_column, 'age_days');
    assert.equal(configuredOnce(parsed.config.checks.staleness).decay?.limit_model_age, true);
    assert.equal(configuredOnce(parsed.config.checks.staleness).decay?.significance_level, 0.05);
    assert.equal(configuredOnce(parsed.config.checks.staleness).decay?.min_evaluations, 6);
  });
});
