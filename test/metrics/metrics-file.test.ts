import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { metricFromFile, parseMetricsFile } from '../../src/metrics/metrics-file.ts';

describe('metrics files', () => {
  it('flattens DVC-style nested JSON to dotted keys', () => {
    const file = parseMetricsFile(
      '{"train": {"loss": 0.21}, "test": {"auc": 0.91, "acc": "0.88", "note": "ok"}}',
      'metrics.json',
    );
    assert.deepEqual(Object.fromEntries(file.values), {
      'train.loss': 0.21,
      'test.auc': 0.91,
      'test.acc': 0.88,
    });
    assert.deepEqual(metricFromFile(file, 'auc'), { key: 'test.auc', value: 0.91 });
    assert.deepEqual(metricFromFile(file, 'test.acc'), { key: 'test.acc', value: 0.88 });
    assert.throws(
      () => metricFromFile(file, 'test.note'),
      /metrics\.json: metric "test\.note" is the text "ok", not a finite number/,
    );
    assert.throws(
      () => metricFromFile(file, 'f1'),
      /metrics\.json: no metric "f1"; the file has "train\.loss", "test\.auc", "test\.acc"/,
    );
  });
  it('reads YAML and refuses NaN', () => {
    const file = parseMetricsFile('eval:\n  rmse: 12.5\n  r2: .nan\n', 'metrics.yaml');
    assert.equal(metricFromFile(file, 'rmse').value, 12.5);
    assert.throws(() => metricFromFile(file, 'eval.r2'), /"eval\.r2" is NaN, not a finite number/);
  });
  it('keeps the latest step of MLflow metric lists', () => {
    const file = parseMetricsFile(
      JSON.stringify({
        metrics: [
          { key: 'auc', value: 0.8, step: 2 },
          { key: 'auc', value: 0.85, step: 5 },
          { key: 'auc', value: 0.7, step: 1 },
          { key: 'loss', value: 0.3, step: 0 },
        ],
      }),
      'run.json',
    );
    assert.deepEqual(Object.fromEntries(file.values), { 'metrics.auc': 0.85, 'metrics.loss': 0.3 });
  });
  it('names ambiguous keys and bad files with their line', () => {
    const file = parseMetricsFile('{"a": {"auc": 1}, "b": {"auc": 0.5}}', 'm.json');
    assert.throws(
      () => metricFromFile(file, 'auc'),
      /"auc" matches "a\.auc", "b\.auc"; name the metric by its full dotted key/,
    );
    assert.throws(
      () => parseMetricsFile('a: 1\n b: [\n', 'm.yaml'),
      /^Error: m\.yaml:\d+: not valid JSON or YAML/,
    );
    assert.throws(
      () => parseMetricsFile('0.9', 'm.json'),
      /m\.json: a metrics file holds an object of metrics/,
    );
  });
});
