import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import type { ModelQualityConfig } from '../../../src/checks/model-quality/model-quality-config.ts';
import { parseConfig } from '../../../src/config/parse-config.ts';
import { type ConfigErrorCase, itRejectsEachConfig } from '../../mocks/config-error-cases.ts';
import { configuredOnce } from '../../mocks/configured-once.ts';

const head = 'checks:\n  model_quality:\n';
const binary = `${head}    predictions: eval/p.csv\n    task: binary\n    label_column: y\n    score_column: s\n`;

const cases: ConfigErrorCase[] = [
  {
    name: 'no candidate',
    yaml: `${head}    thresholds: {auc: {red: {min: 0.8}}}\n`,
    expected:
      /`checks\.model_quality\.predictions`: give the candidate as predictions: <file> or metrics_file: <file>/,
  },
  {
    name: 'both candidate forms',
    yaml: `${binary}    metrics_file: m.json\n    thresholds: {roc_auc: {red: {min: 0.8}}}\n`,
    expected:
      /`checks\.model_quality\.predictions`: give the candidate as predictions: <file> or metrics_file: <file> \(one of them\)/,
  },
  {
    name: 'predictions without a task',
    yaml: `${head}    predictions: p.csv\n    label_column: y\n    thresholds: {roc_auc: {red: {min: 0.8}}}\n`,
    expected:
      /`checks\.model_quality\.task`: predictions need task: binary, multiclass or regression/,
  },
  {
    name: 'an unknown task',
    yaml: `${binary.replace('binary', 'ranking')}    thresholds: {roc_auc: {red: {min: 0.8}}}\n`,
    expected: /`checks\.model_quality\.task`: task is one of binary, multiclass, regression/,
  },
  {
    name: 'binary without a score or prediction column',
    yaml: `${head}    predictions: p.csv\n    task: binary\n    label_column: y\n    thresholds: {roc_auc: {red: {min: 0.8}}}\n`,
    expected: /`checks\.model_quality\.score_column`: a binary task needs score_column/,
  },
  {
    name: 'a metric of another task',
    yaml: `${binary}    thresholds: {rmse: {red: {max: 3}}}\n`,
    expected:
      /`checks\.model_quality\.thresholds\.rmse`: not a binary metric; use one of accuracy, precision, recall, f1, roc_auc/,
  },
  {
    name: 'a threshold with no level',
    yaml: `${binary}    thresholds: {roc_auc: {direction: higher_is_better}}\n`,
    expected:
      /`checks\.model_quality\.thresholds\.roc_auc`: give red \(blocks\) and\/or amber \(warns\) bounds/,
  },
  {
    name: 'an empty level',
    yaml: `${binary}    thresholds: {roc_auc: {red: {}}}\n`,
    expected:
      /`checks\.model_quality\.thresholds\.roc_auc\.red`: give at least one of min, max, change_absolute, change_relative/,
  },
  {
    name: 'a misspelt bound',
    yaml: `${binary}    thresholds: {roc_auc: {red: {chnage_absolute: -0.01}}}\n`,
    expected:
      /`checks\.model_quality\.thresholds\.roc_auc\.red\.chnage_absolute`: unknown key; did you mean `change_absolute`\?/,
  },
  {
    name: 'a text bound',
    yaml: `${binary}    thresholds: {roc_auc: {red: {change_absolute: "-0.5%"}}}\n`,
    expected:
      /`checks\.model_quality\.thresholds\.roc_auc\.red\.change_absolute`: change_absolute is a number, e\.g\. -0\.005/,
  },
  {
    name: 'no thresholds',
    yaml: `${binary}    thresholds: {}\n`,
    expected: /`checks\.model_quality\.thresholds`: gate at least one metric/,
  },
  {
    name: 'too few resamples',
    yaml: `${binary}    thresholds: {roc_auc: {red: {min: 0.8}}}\n    bootstrap: {resamples: 200}\n`,
    expected: /`checks\.model_quality\.bootstrap\.resamples`: use at least 1000 resamples/,
  },
  {
    name: 'an unknown direction for a metrics-file key',
    yaml: `${head}    metrics_file: m.json\n    thresholds: {throughput: {red: {min: 10}}}\n`,
    expected:
      /`checks\.model_quality\.thresholds\.throughput\.direction`: say whether "throughput" is higher_is_better or lower_is_better/,
  },
  {
    name: 'production predictions for a metrics-file candidate',
    yaml: `${head}    metrics_file: m.json\n    production: {predictions: p.csv}\n    thresholds: {auc: {red: {min: 0.8}}}\n`,
    expected:
      /`checks\.model_quality\.production\.predictions`: the candidate is a metrics file; give production as metrics_file too/,
  },
  {
    name: 'a history metric of another task',
    yaml: `${binary}    thresholds: {roc_auc: {red: {min: 0.8}}}\n    history: {path: h.jsonl, max_drop_from_best: {mae: 1}}\n`,
    expected: /`checks\.model_quality\.history\.max_drop_from_best\.mae`: not a binary metric/,
  },
  {
    name: 'a negative history margin',
    yaml: `${binary}    thresholds: {roc_auc: {red: {min: 0.8}}}\n    history: {path: h.jsonl, max_drop_from_best: {roc_auc: -0.01}}\n`,
    expected: /`checks\.model_quality\.history\.max_drop_from_best\.roc_auc`: must be at least 0/,
  },
  {
    name: 'a baseline with both a rule and a column',
    yaml: `${binary}    thresholds: {roc_auc: {red: {min: 0.8}}}\n    baseline: {rule: majority_class, score_column: b}\n`,
    expected:
      /`checks\.model_quality\.baseline\.rule`: a rule baseline is computed from the labels/,
  },
  {
    name: 'a baseline that names nothing',
    yaml: `${binary}    thresholds: {roc_auc: {red: {min: 0.8}}}\n    baseline: {predictions: b.csv}\n`,
    expected: /`checks\.model_quality\.baseline`: name the baseline: rule/,
  },
  {
    name: 'a threshold above 1',
    yaml: `${binary}    threshold: 1.5\n    thresholds: {roc_auc: {red: {min: 0.8}}}\n`,
    expected: /`checks\.model_quality\.threshold`: must be at most 1/,
  },
];

describe('model_quality config', () => {
  itRejectsEachConfig(cases);
  it('accepts a full config and fills the defaults', () => {
    const parsed = parseConfig(
      `${binary}    positive_label: 1\n    id_column: id\n    thresholds:\n      roc_auc: {red: {min: 0.8, change_absolute: -0.005}, amber: {change_absolute: -0.002}}\n    history: {path: metrics/history.jsonl, max_drop_from_best: {roc_auc: 0.01}}\n`,
    );
    assert.ok(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.errors));
    // A union (by candidate) is too wide for configuredOnce to infer.
    const config = configuredOnce<ModelQualityConfig>(parsed.config.checks.model_quality);
    assert.deepEqual(config?.bootstrap, { resamples: 1000, confidence: 0.95, seed: 1 });
    assert.equal(config?.block_only_significant_changes, true);
    assert.equal(config?.threshold, 0.5);
    assert.equal(config?.history?.last, 10);
  });
  it('keeps each named instance with its own candidate and levels', () => {
    const parsed = parseConfig(
      `${head}    - {name: files, metrics_file: m.json, thresholds: {roc_auc: {amber: {min: 0.8}}}}\n    - {name: rows, predictions: p.csv, task: binary, label_column: y, score_column: s, thresholds: {roc_auc: {red: {min: 0.8}}}}\n`,
    );
    assert.ok(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.errors));
    const instances = parsed.config.checks.model_quality;
    assert.ok(Array.isArray(instances), 'expected a list of instances');
    const [files, rows] = instances;
    assert.deepEqual([files?.name, rows?.name], ['files', 'rows']);
    assert.deepEqual([files?.metrics_file, files?.predictions], ['m.json', undefined]);
    assert.deepEqual(files?.thresholds.roc_auc, { amber: { min: 0.8 } });
    assert.deepEqual([rows?.predictions, rows?.task, rows?.label_column], ['p.csv', 'binary', 'y']);
  });
});
