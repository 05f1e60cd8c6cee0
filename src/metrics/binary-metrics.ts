/**
 * Binary classification metrics, computed as scikit-learn computes them:
 * accuracy, precision, recall and F1 at a decision threshold; ROC AUC
 * (`roc_auc_score`, tied scores counted half, i.e. the trapezoidal ROC curve);
 * average precision (`average_precision_score`, Σ (Rₙ − Rₙ₋₁) Pₙ over distinct
 * thresholds, no interpolation); log loss (`log_loss`, probabilities clipped to
 * [ε, 1 − ε] with ε the float64 machine epsilon); Brier score
 * (`brier_score_loss`).
 *
 * The evaluator orders the rows by score once, on its first weighted
 * evaluation, and then evaluates any row weighting in O(n), so that a
 * bootstrap resample (integer weights = how often a row was drawn) or a slice
 * (0/1 weights) costs no further sort; the whole set (no weights) needs no row
 * order, only the positives' and negatives' scores counted apart. Weighted
 * results equal scikit-learn's with `sample_weight`.
 * Cost: a radix sort to prepare the weighted evaluations, O(n) each; the whole set, O(n) counts.
 */
import { countValues } from '../data/count-values.ts';
import { descendingOrder } from './descending-order.ts';
import type { BinaryMetricName } from './metric-catalog.ts';
import { definedMetric, type MetricValue, undefinedMetric } from './metric-value.ts';
import { decimalTieGroups, type TieGroups } from './tie-groups.ts';

export interface BinaryData {
  /** 1 for the positive class, 0 for the negative. */
  labels: Uint8Array;
  /** Higher means more likely positive; null when the file has hard predictions only. */
  scores: Float64Array | null;
  /** Hard predictions (1 positive); when null they are `score >= threshold`. */
  predicted: Uint8Array | null;
}

export type BinaryMetrics = Record<BinaryMetricName, MetricValue>;
/** How often each row counts: bootstrap draw counts, or 0/1 for a slice. */
export type Weights = Float64Array;

/** numpy's `np.finfo(np.float64).eps`, the clip scikit-learn applies in `log_loss`. */
export const float64Epsilon = 2 ** -52;

export function binaryEvaluator(
  data: BinaryData,
  threshold = 0.5,
): (weights?: Weights) => BinaryMetrics {
  const { labels, scores } = data;
  const n = labels.length;
  const predicted = data.predicted ?? predictedAt(scores ?? new Float64Array(0), threshold);
  if (predicted.length !== n || (scores && scores.length !== n)) {
    throw new Error('labels, scores and predictions must have one entry per row');
  }
  // The row order by score serves weighted evaluations only; made on the first one.
  let ranking: Ranking | null = null;
  const rankingFor = (weights: Weights | undefined) => {
    if (!scores) return null;
    if (!weights) return decimalTieGroups(labels, scores) ?? unweightedGroups(labels, scores);
    ranking ??= rankingOf(labels, scores);
    return weightedGroups(ranking, weights);
  };
  const notProbability = scores ? firstNotProbability(scores) : undefined;
  const lossScores = notProbability === undefined ? scores : null;
  // Per-row losses do not depend on the weighting: kept for the weighted evaluations of a
  // bootstrap, made on the first; one unweighted evaluation computes each term where it adds it.
  let losses: ReturnType<typeof lossTerms> | null = null;
  const lossesFor = (weights: Weights | undefined) => {
    if (!weights || !lossScores) return null;
    losses ??= lossTerms(labels, lossScores);
    return losses;
  };
  const thresholdNote = data.predicted ? '' : ` at threshold ${threshold}`;

  return (weights) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let tn = 0;
    let logLoss = 0;
    let brier = 0;
    const kept = lossesFor(weights);
    for (let i = 0; i < n; i++) {
      const w = weights ? weights[i]! : 1;
      if (w === 0) continue;
      if (labels[i]) {
        if (predicted[i]) tp += w;
        else fn += w;
      } else if (predicted[i]) fp += w;
      else tn += w;
      if (kept) {
        logLoss += w * kept.log[i]!;
        brier += w * kept.brier[i]!;
      } else if (lossScores) {
        // The same terms in the same order: w is 1 here, and 1 · x is x.
        logLoss += logLossTerm(labels[i]!, lossScores[i]!);
        brier += (labels[i]! - lossScores[i]!) ** 2;
      }
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
    const groups = rankingFor(weights);
    if (!groups) return metrics;

    if (positives === 0 || negatives === 0) {
      metrics.roc_auc = undefinedMetric(
        `only one class among the labels (all ${positives === 0 ? 'negative' : 'positive'}); ROC AUC needs both`,
      );
    }
    if (positives === 0) metrics.average_precision = undefinedMetric('no positive labels');
    if (positives > 0) {
      const { auc, ap } = rankingMetrics(groups, positives, negatives);
      if (negatives > 0) metrics.roc_auc = definedMetric(auc);
      metrics.average_precision = definedMetric(ap);
    }

    if (notProbability !== undefined) {
      const why = undefinedMetric(
        `scores are not probabilities (one is ${notProbability}); it needs scores in [0, 1]`,
      );
      metrics.log_loss = why;
      metrics.brier = why;
    } else if (total > 0) {
      metrics.log_loss = definedMetric(logLoss / total);
      metrics.brier = definedMetric(brier / total);
    } else {
      metrics.log_loss = undefinedMetric('no rows');
      metrics.brier = undefinedMetric('no rows');
    }
    return metrics;
  };
}

/** 1 where the score is at or above the threshold. */
export function predictedAt(scores: Float64Array, threshold: number): Uint8Array {
  const predicted = new Uint8Array(scores.length);
  for (let i = 0; i < scores.length; i++) predicted[i] = scores[i]! >= threshold ? 1 : 0;
  return predicted;
}

/** The first score outside [0, 1], if any. */
export function firstNotProbability(scores: Float64Array): number | undefined {
  for (let i = 0; i < scores.length; i++) if (scores[i]! < 0 || scores[i]! > 1) return scores[i];
  return undefined;
}

/** Rows in descending score order and where each run of tied scores ends. */
interface Ranking {
  order: Int32Array;
  sortedLabels: Uint8Array;
  groupEnds: Int32Array;
}

function rankingOf(labels: Uint8Array, scores: Float64Array): Ranking {
  const order = descendingOrder(scores);
  const n = order.length;
  const sortedLabels = new Uint8Array(n);
  const ends: number[] = [];
  // One pass in score order (a hot loop over a million rows): labels gathered, tie groups closed.
  for (let k = 0; k < n; k++) {
    const row = order[k]!;
    sortedLabels[k] = labels[row]!;
    if (k > 0 && scores[row] !== scores[order[k - 1]!]) ends.push(k);
  }
  if (n > 0) ends.push(n);
  return { order, sortedLabels, groupEnds: Int32Array.from(ends) };
}

/** The tie groups under a weighting, from the row order. */
function weightedGroups({ order, sortedLabels, groupEnds }: Ranking, weights: Weights): TieGroups {
  return (visit) => {
    let start = 0;
    for (let g = 0; g < groupEnds.length; g++) {
      const end = groupEnds[g]!;
      let positives = 0;
      let negatives = 0;
      for (let k = start; k < end; k++) {
        const w = weights[order[k]!]!;
        if (sortedLabels[k]) positives += w;
        else negatives += w;
      }
      visit(positives, negatives);
      start = end;
    }
  };
}

/**
 * The tie groups of every row counted once, without a row order, when
 * decimalTieGroups cannot count the scores by their decimals: the
 * positives' and the negatives' scores counted apart (countValues: a table of
 * distinct scores ascending with their counts, tabulated without a sort when
 * the scores have few decimals) and walked down together, a group per
 * distinct score. The same groups and counts as weightedGroups with every
 * weight 1, in a fraction of the time. Scores are finite here (readPredictions
 * refuses others), so the tables hold every row.
 */
function unweightedGroups(labels: Uint8Array, scores: Float64Array): TieGroups {
  let positiveCount = 0;
  for (let i = 0; i < labels.length; i++) positiveCount += labels[i]!;
  // One array: the positives' scores at its front, the negatives' at its back.
  const apart = new Float64Array(labels.length);
  for (let i = 0, p = 0, q = positiveCount; i < labels.length; i++) {
    if (labels[i]) apart[p++] = scores[i]!;
    else apart[q++] = scores[i]!;
  }
  const positive = countValues(apart.subarray(0, positiveCount));
  const negative = countValues(apart.subarray(positiveCount));
  return (visit) => {
    let i = positive.values.length - 1;
    let j = negative.values.length - 1;
    // A hot loop over the distinct scores: take the highest left, count it on both sides.
    while (i >= 0 || j >= 0) {
      const p = i >= 0 ? positive.values[i]! : Number.NEGATIVE_INFINITY;
      const q = j >= 0 ? negative.values[j]! : Number.NEGATIVE_INFINITY;
      visit(p >= q ? positive.weights[i--]! : 0, q >= p ? negative.weights[j--]! : 0);
    }
  };
}

function rankingMetrics(
  groups: TieGroups,
  positives: number,
  negatives: number,
): { auc: number; ap: number } {
  let negativesAbove = 0;
  let aucSum = 0;
  let truePositives = 0;
  let falsePositives = 0;
  let previousRecall = 0;
  let ap = 0;
  groups((groupPositives, groupNegatives) => {
    if (groupPositives + groupNegatives === 0) return;
    // A positive beats every negative scored lower and ties half of those scored equal.
    aucSum += groupPositives * (negatives - negativesAbove - groupNegatives / 2);
    negativesAbove += groupNegatives;
    truePositives += groupPositives;
    falsePositives += groupNegatives;
    const recall = truePositives / positives;
    ap += (recall - previousRecall) * (truePositives / (truePositives + falsePositives));
    previousRecall = recall;
  });
  return { auc: negatives > 0 ? aucSum / (positives * negatives) : Number.NaN, ap };
}

function lossTerms(labels: Uint8Array, scores: Float64Array) {
  const log = new Float64Array(labels.length);
  const brier = new Float64Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    const p = scores[i]!;
    log[i] = logLossTerm(labels[i]!, p);
    brier[i] = (labels[i]! - p) ** 2;
  }
  return { log, brier };
}

/** One row's log loss, with the score clipped to [ε, 1 − ε] as scikit-learn does. */
export function logLossTerm(label: number, score: number): number {
  const clipped = Math.min(Math.max(score, float64Epsilon), 1 - float64Epsilon);
  // scikit-learn renormalises [1 − p, p] after clipping; kept for identical rounding.
  const sum = 1 - clipped + clipped;
  return -Math.log((label ? clipped : 1 - clipped) / sum);
}

export function binaryMetrics(data: BinaryData, threshold = 0.5): BinaryMetrics {
  return binaryEvaluator(data, threshold)();
}
