/**
 * Binary classification metrics, computed as scikit-learn computes them:
 * accuracy, precision, recall and F1 at a decision threshold; ROC AUC
 * (`roc_auc_score`, tied scores counted half, i.e. the trapezoidal ROC curve);
 * average precision (`average_precision_score`, Σ (Rₙ − Rₙ₋₁) Pₙ over distinct
 * thresholds, no interpolation); log loss (`log_loss`, probabilities clipped to
 * [ε, 1 − ε] with ε the float64 machine epsilon); Brier score
 * (`brier_score_loss`).
 *
 * The evaluator sorts the scores once and then evaluates any row weighting in
 * O(n), so that a bootstrap resample (integer weights = how often a row was
 * drawn) or a slice (0/1 weights) costs no further sort. Weighted results equal
 * scikit-learn's with `sample_weight`.
 * Cost: O(n log n) to prepare, O(n) per evaluation.
 */
import type { BinaryMetricName } from './metric-catalog.ts';
import { definedMetric, type MetricValue, undefinedMetric } from './metric-value.ts';

export interface BinaryData {
  /** 1 for the positive class, 0 for the negative. */
  labels: Uint8Array;
  /** Higher means more likely positive; null when the file has hard predictions only. */
  scores: Float64Array | null;
  /** Hard predictions (1 positive); when null they are `score >= threshold`. */
  predicted: Uint8Array | null;
}

export type BinaryMetrics = Record<BinaryMetricName, MetricValue>;
export type Weights = ArrayLike<number>;

/** numpy's `np.finfo(np.float64).eps`, the clip scikit-learn applies in `log_loss`. */
export const float64Epsilon = 2 ** -52;

export function binaryEvaluator(
  data: BinaryData,
  threshold = 0.5,
): (weights?: Weights) => BinaryMetrics {
  const { labels, scores } = data;
  const n = labels.length;
  const predicted =
    data.predicted ?? Uint8Array.from(scores ?? [], (score) => (score >= threshold ? 1 : 0));
  if (predicted.length !== n || (scores && scores.length !== n)) {
    throw new Error('labels, scores and predictions must have one entry per row');
  }
  // Descending score order, ties adjacent: one sort serves every weighting.
  const order = scores
    ? Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]!)
    : null;
  const notProbability = scores?.find((s) => s < 0 || s > 1);
  const thresholdNote = data.predicted ? '' : ` at threshold ${threshold}`;

  return (weights) => {
    const weightOf = weights ? (i: number) => weights[i]! : () => 1;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let tn = 0;
    for (let i = 0; i < n; i++) {
      const w = weightOf(i);
      if (w === 0) continue;
      if (labels[i]) {
        if (predicted[i]) tp += w;
        else fn += w;
      } else if (predicted[i]) fp += w;
      else tn += w;
    }
    const positives = tp + fn;
    const negatives = fp + tn;
    const total = positives + negatives;
    const noScores = undefinedMetric('the predictions have no score column');
    const metrics: BinaryMetrics = {
      accuracy: total > 0 ? definedMetric((tp + tn) / total) : undefinedMetric('no rows'),
      precision:
        tp + fp > 0
          ? definedMetric(tp / (tp + fp))
          : undefinedMetric(`no row is predicted positive${thresholdNote}`),
      recall: positives > 0 ? definedMetric(tp / positives) : undefinedMetric('no positive labels'),
      f1:
        2 * tp + fp + fn > 0
          ? definedMetric((2 * tp) / (2 * tp + fp + fn))
          : undefinedMetric('no positive labels and no positive predictions'),
      roc_auc: noScores,
      average_precision: noScores,
      log_loss: noScores,
      brier: noScores,
    };
    if (!scores || !order) return metrics;

    if (positives === 0 || negatives === 0) {
      metrics.roc_auc = undefinedMetric(
        `only one class among the labels (all ${positives === 0 ? 'negative' : 'positive'}); ROC AUC needs both`,
      );
    }
    if (positives === 0) metrics.average_precision = undefinedMetric('no positive labels');
    if (total > 0) {
      let negativesAbove = 0;
      let aucSum = 0;
      let truePositives = 0;
      let falsePositives = 0;
      let previousRecall = 0;
      let ap = 0;
      for (let start = 0; start < n; ) {
        const score = scores[order[start]!]!;
        let groupPositives = 0;
        let groupNegatives = 0;
        let end = start;
        for (; end < n && scores[order[end]!] === score; end++) {
          const i = order[end]!;
          if (labels[i]) groupPositives += weightOf(i);
          else groupNegatives += weightOf(i);
        }
        start = end;
        if (groupPositives + groupNegatives === 0) continue;
        // A positive beats every negative scored lower and ties half of those scored equal.
        aucSum += groupPositives * (negatives - negativesAbove - groupNegatives / 2);
        negativesAbove += groupNegatives;
        truePositives += groupPositives;
        falsePositives += groupNegatives;
        if (positives > 0) {
          const recall = truePositives / positives;
          ap += (recall - previousRecall) * (truePositives / (truePositives + falsePositives));
          previousRecall = recall;
        }
      }
      if (positives > 0 && negatives > 0)
        metrics.roc_auc = definedMetric(aucSum / (positives * negatives));
      if (positives > 0) metrics.average_precision = definedMetric(ap);
    }

    if (notProbability !== undefined) {
      const why = undefinedMetric(
        `scores are not probabilities (one is ${notProbability}); it needs scores in [0, 1]`,
      );
      metrics.log_loss = why;
      metrics.brier = why;
    } else if (total > 0) {
      let loss = 0;
      let brier = 0;
      for (let i = 0; i < n; i++) {
        const w = weightOf(i);
        if (w === 0) continue;
        const p = scores[i]!;
        const clipped = Math.min(Math.max(p, float64Epsilon), 1 - float64Epsilon);
        // scikit-learn renormalises [1 − p, p] after clipping; kept for identical rounding.
        const sum = 1 - clipped + clipped;
        loss -= w * Math.log((labels[i] ? clipped : 1 - clipped) / sum);
        brier += w * (labels[i]! - p) ** 2;
      }
      metrics.log_loss = definedMetric(loss / total);
      metrics.brier = definedMetric(brier / total);
    } else {
      metrics.log_loss = undefinedMetric('no rows');
      metrics.brier = undefinedMetric('no rows');
    }
    return metrics;
  };
}

export function binaryMetrics(data: BinaryData, threshold = 0.5): BinaryMetrics {
  return binaryEvaluator(data, threshold)();
}
