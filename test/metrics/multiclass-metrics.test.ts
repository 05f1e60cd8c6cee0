import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import type { MetricValue } from '../../src/metrics/metric-value.ts';
import { multiclassEvaluator, multiclassMetrics } from '../../src/metrics/multiclass-metrics.ts';
import { readPredictions } from '../../src/metrics/read-predictions.ts';
import { csvTable, fixtureTable } from './fixture-table.ts';

const close = (actual: MetricValue, expected: number, what: string) => {
  assert.ok(actual.defined, `${what}: ${JSON.stringify(actual)}`);
  assert.ok(Math.abs(actual.value - expected) < 1e-12, `${what}: ${actual.value} ≠ ${expected}`);
};

const classData = (labels: string[], predicted: string[]) => {
  const table = csvTable(
    ['label,predicted', ...labels.map((label, i) => `${label},${predicted[i]}`)].join('\n'),
  );
  const predictions = readPredictions(table, {
    task: 'multiclass',
    labelColumn: 'label',
    predictionColumn: 'predicted',
  });
  if (predictions.task !== 'multiclass') throw new Error('multiclass');
  return predictions.data;
};

describe('multiclass metrics', () => {
  it('match scikit-learn on penguin species (logistic regression on flipper length and mass)', () => {
    const predictions = readPredictions(fixtureTable('model/penguins-species.csv'), {
      task: 'multiclass',
      labelColumn: 'species',
      predictionColumn: 'predicted',
      probabilityPrefix: 'p_',
    });
    if (predictions.task !== 'multiclass') return assert.fail('multiclass');
    const metrics = multiclassMetrics(predictions.data);
    // sklearn.metrics.accuracy_score(species, predicted), f1_score(species, predicted, average='macro'|'micro'|'weighted'),
    // log_loss(species, df[['p_Adelie','p_Chinstrap','p_Gentoo']], labels=['Adelie','Chinstrap','Gentoo'])
    // (test/fixtures/model/reference-metrics.py)
    close(metrics.accuracy, 0.8143712574850299, 'accuracy');
    close(metrics.f1_macro, 0.6981196581196581, 'f1_macro');
    close(metrics.f1_micro, 0.8143712574850299, 'f1_micro');
    close(metrics.f1_weighted, 0.7745335702221929, 'f1_weighted');
    close(metrics.log_loss, 0.42342807260295434, 'log_loss');
  });
  it('the argmax of the probabilities predicts when there is no prediction column', () => {
    const table = fixtureTable('model/penguins-species.csv');
    const columns = {
      task: 'multiclass' as const,
      labelColumn: 'species',
      probabilityColumns: { Adelie: 'p_Adelie', Chinstrap: 'p_Chinstrap', Gentoo: 'p_Gentoo' },
    };
    const fromProbabilities = readPredictions(table, columns);
    const fromColumn = readPredictions(table, { ...columns, predictionColumn: 'predicted' });
    if (fromProbabilities.task !== 'multiclass' || fromColumn.task !== 'multiclass')
      return assert.fail();
    assert.deepEqual(fromProbabilities.data.predicted, fromColumn.data.predicted);
  });
  it('averages F1 over classes seen among labels or predictions', () => {
    // y = ['a','b','c','a','b','a'], p = ['a','c','c','a','d','b']: sklearn.metrics.accuracy_score(y, p) → 0.5,
    // f1_score(y, p, average='macro') → 0.3666666666666667, 'micro' → 0.5, 'weighted' → 0.5111111111111112
    const data = classData(['a', 'b', 'c', 'a', 'b', 'a'], ['a', 'c', 'c', 'a', 'd', 'b']);
    const metrics = multiclassMetrics(data);
    close(metrics.accuracy, 0.5, 'accuracy');
    close(metrics.f1_macro, 0.3666666666666667, 'f1_macro');
    close(metrics.f1_micro, 0.5, 'f1_micro');
    close(metrics.f1_weighted, 0.5111111111111112, 'f1_weighted');
    assert.deepEqual(metrics.log_loss, {
      defined: false,
      reason: 'the predictions have no probability columns',
    });
    // sample_weight = [1,2,0,3,1,1]: accuracy_score → 0.5, f1_score macro → 0.22222222222222224,
    // weighted → 0.5555555555555556
    const weighted = multiclassEvaluator(data)(Float64Array.from([1, 2, 0, 3, 1, 1]));
    close(weighted.accuracy, 0.5, 'weighted accuracy');
    close(weighted.f1_macro, 0.22222222222222224, 'weighted f1_macro');
    close(weighted.f1_weighted, 0.5555555555555556, 'weighted f1_weighted');
  });
  it('clips and renormalises probabilities as log_loss does', () => {
    // y = ['a','b','c','a'], P = [[.5,.3,.2],[.2,.2,.6],[0,0,1],[.6,.3,.099]]:
    // sklearn.metrics.log_loss(y, P, labels=['a','b','c']) → 0.7031025541066133
    const table = csvTable(
      'label,a,b,c\na,0.5,0.3,0.2\nb,0.2,0.2,0.6\nc,0.0,0.0,1.0\na,0.6,0.3,0.099\n',
    );
    const predictions = readPredictions(table, {
      task: 'multiclass',
      labelColumn: 'label',
      probabilityColumns: { a: 'a', b: 'b', c: 'c' },
    });
    if (predictions.task !== 'multiclass') return assert.fail();
    close(multiclassMetrics(predictions.data).log_loss, 0.7031025541066133, 'log_loss');
  });
});
