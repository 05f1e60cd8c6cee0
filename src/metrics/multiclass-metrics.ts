/**
 * Multiclass metrics as scikit-learn computes them: accuracy; F1 averaged
 * macro, micro and weighted over the classes present among labels or
 * predictions (`f1_score(average=…)`, a class with no true or predicted rows
 * scores 0 as with `zero_division=0`); log loss from per-class probability
 * columns (`log_loss`: clipped to [ε, 1 − ε], each row renormalised to sum 1).
 * Weighted evaluation as in binary-metrics.ts, for bootstrap and slices.
 * Cost: O(n·k) per evaluation for k classes.
 */
import type { Weights } from './binary-metrics.ts';
import { float64Epsilon } from './binary-metrics.ts';
import type { MulticlassMetricName } from './metric-catalog.ts';
import { definedMetric, type MetricValue, undefinedMetric } from './metric-value.ts';

export interface MulticlassData {
  /** Every class name; probability column j belongs to classes[j]. */
  classes: readonly string[];
  /** Index into `classes` of each row's label. */
  labels: Int32Array;
  /** Index into `classes` of each row's predicted class. */
  predicted: Int32Array;
  /** Row-major n × probabilityClasses; null without probability columns. */
  probabilities: Float64Array | null;
  /** How many leading entries of `classes` have a probability column. */
  probabilityClasses: number;
}

export type MulticlassMetrics = Record<MulticlassMetricName, MetricValue>;

export function multiclassEvaluator(
  data: MulticlassData,
): (weights?: Weights) => MulticlassMetrics {
  const { classes, labels, predicted, probabilities, probabilityClasses: k } = data;
  const n = labels.length;
  const classCount = classes.length;
  // Per-row losses do not depend on the weighting: computed once, summed per evaluation.
  let rowLosses: Float64Array | null = null;
  if (probabilities) {
    rowLosses = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let rowSum = 0;
      for (let j = 0; j < k; j++) rowSum += clip(probabilities[i * k + j]!);
      rowLosses[i] = -Math.log(clip(probabilities[i * k + labels[i]!]!) / rowSum);
    }
  }
  return (weights) => {
    const truePositives = new Float64Array(classCount);
    const support = new Float64Array(classCount);
    const predictedCount = new Float64Array(classCount);
    let total = 0;
    let correct = 0;
    let loss = 0;
    for (let i = 0; i < n; i++) {
      const w = weights ? weights[i]! : 1;
      if (w === 0) continue;
      const label = labels[i]!;
      const guess = predicted[i]!;
      total += w;
      support[label]! += w;
      predictedCount[guess]! += w;
      if (label === guess) {
        correct += w;
        truePositives[label]! += w;
      }
      if (rowLosses) loss += w * rowLosses[i]!;
    }
    if (total === 0) {
      const none = undefinedMetric('no rows');
      return { accuracy: none, f1_macro: none, f1_micro: none, f1_weighted: none, log_loss: none };
    }
    let present = 0;
    let macro = 0;
    let weighted = 0;
    for (let c = 0; c < classCount; c++) {
      const tp = truePositives[c]!;
      const fp = predictedCount[c]! - tp;
      const fn = support[c]! - tp;
      if (support[c]! === 0 && predictedCount[c]! === 0) continue;
      const f1 = (2 * tp) / (2 * tp + fp + fn);
      present++;
      macro += f1;
      weighted += support[c]! * f1;
    }
    // With one label per row, micro-averaged F1 equals accuracy.
    const accuracy = correct / total;
    return {
      accuracy: definedMetric(accuracy),
      f1_macro: definedMetric(macro / present),
      f1_micro: definedMetric(accuracy),
      f1_weighted: definedMetric(weighted / total),
      log_loss: probabilities
        ? definedMetric(loss / total)
        : undefinedMetric('the predictions have no probability columns'),
    };
  };
}

function clip(p: number): number {
  return Math.min(Math.max(p, float64Epsilon), 1 - float64Epsilon);
}

export function multiclassMetrics(data: MulticlassData): MulticlassMetrics {
  return multiclassEvaluator(data)();
}
