import {
  countValues,
  countedInArray,
  decimalKeyRange,
  decimalsOf,
  maxDecimals
} from "./chunk-LIYTTJ6X.js";
import {
  NATIVE_SORT_BELOW,
  exclusivePrefixSums
} from "./chunk-XUDKVEYV.js";

// src/metrics/metric-value.ts
function definedMetric(value) {
  return { defined: true, value };
}
function undefinedMetric(reason) {
  return { defined: false, reason };
}
function metricNumber(metric) {
  return metric?.defined ? metric.value : null;
}
function formatMetric(metric, digits = 4) {
  if (metric === void 0) return "\u2014";
  return metric.defined ? formatNumber(metric.value, digits) : `undefined (${metric.reason})`;
}
function formatNumber(value, digits = 4) {
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && Math.abs(value) < 10 ** -digits) return value.toExponential(2);
  return String(Number(value.toFixed(digits)));
}
function formatSigned(value, digits = 4) {
  if (value === 0) return "0";
  const text = formatNumber(Math.abs(value), digits);
  return value < 0 ? `\u2212${text}` : `+${text}`;
}

// src/metrics/descending-order.ts
function descendingOrder(scores) {
  const n = scores.length;
  if (n < NATIVE_SORT_BELOW) {
    return Int32Array.from({ length: n }, (_, i) => i).sort(
      (a, b) => scores[b] - scores[a] || a - b
    );
  }
  const high = new Uint32Array(n);
  const low = new Uint32Array(n);
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  for (let i = 0; i < n; i++) {
    bits[0] = scores[i] + 0;
    const negative = words[1] >>> 31 === 1;
    high[i] = negative ? words[1] : ~(words[1] | 2147483648) >>> 0;
    low[i] = negative ? words[0] : ~words[0] >>> 0;
  }
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let spare = new Int32Array(n);
  const offsets = new Uint32Array(1 << 16);
  for (const [keys, shift] of [
    [low, 0],
    [low, 16],
    [high, 0],
    [high, 16]
  ]) {
    offsets.fill(0);
    for (let i = 0; i < n; i++) offsets[keys[i] >>> shift & 65535]++;
    if (offsets.includes(n)) continue;
    exclusivePrefixSums(offsets);
    for (let k = 0; k < n; k++) {
      const row = order[k];
      spare[offsets[keys[row] >>> shift & 65535]++] = row;
    }
    [order, spare] = [spare, order];
  }
  return order;
}

// src/metrics/tie-groups.ts
function decimalTieGroups(labels, scores) {
  const n = scores.length;
  if (n === 0) return null;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    min = Math.min(min, scores[i]);
    max = Math.max(max, scores[i]);
  }
  for (let decimals = decimalsOf(scores); decimals <= maxDecimals; decimals++) {
    const counts = countsByKey(labels, scores, min, max, 10 ** decimals);
    if (counts === "too wide") return null;
    if (counts !== "more decimals") return (visit) => walkDown(counts, visit);
  }
  return null;
}
function countsByKey(labels, scores, min, max, scale) {
  const keys = decimalKeyRange(min, max, scale);
  if (!keys || !countedInArray(keys.span, scores.length)) return "too wide";
  const { low, span } = keys;
  const counts = new Uint32Array(2 * span);
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i];
    const k = Math.round(score * scale);
    if (k / scale !== score) return "more decimals";
    counts[2 * (k - low) + labels[i]]++;
  }
  return counts;
}
function walkDown(counts, visit) {
  for (let at = counts.length - 2; at >= 0; at -= 2) {
    const negatives = counts[at];
    const positives = counts[at + 1];
    if (positives + negatives !== 0) visit(positives, negatives);
  }
}

// src/metrics/binary-metrics.ts
var float64Epsilon = 2 ** -52;
function binaryEvaluator(data, threshold = 0.5) {
  const { labels, scores } = data;
  const n = labels.length;
  const predicted = data.predicted ?? predictedAt(scores ?? new Float64Array(0), threshold);
  if (predicted.length !== n || scores && scores.length !== n) {
    throw new Error("labels, scores and predictions must have one entry per row");
  }
  let ranking = null;
  const rankingFor = (weights) => {
    if (!scores) return null;
    if (!weights) return decimalTieGroups(labels, scores) ?? unweightedGroups(labels, scores);
    ranking ??= rankingOf(labels, scores);
    return weightedGroups(ranking, weights);
  };
  const notProbability = scores ? firstNotProbability(scores) : void 0;
  const lossScores = notProbability === void 0 ? scores : null;
  let losses = null;
  const lossesFor = (weights) => {
    if (!weights || !lossScores) return null;
    losses ??= lossTerms(labels, lossScores);
    return losses;
  };
  const thresholdNote = data.predicted ? "" : ` at threshold ${threshold}`;
  return (weights) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let tn = 0;
    let logLoss = 0;
    let brier = 0;
    const kept = lossesFor(weights);
    for (let i = 0; i < n; i++) {
      const w = weights ? weights[i] : 1;
      if (w === 0) continue;
      if (labels[i]) {
        if (predicted[i]) tp += w;
        else fn += w;
      } else if (predicted[i]) fp += w;
      else tn += w;
      if (kept) {
        logLoss += w * kept.log[i];
        brier += w * kept.brier[i];
      } else if (lossScores) {
        logLoss += logLossTerm(labels[i], lossScores[i]);
        brier += (labels[i] - lossScores[i]) ** 2;
      }
    }
    const positives = tp + fn;
    const negatives = fp + tn;
    const total = positives + negatives;
    const noScores = undefinedMetric("the predictions have no score column");
    const metrics = {
      accuracy: total > 0 ? definedMetric((tp + tn) / total) : undefinedMetric("no rows"),
      precision: tp + fp > 0 ? definedMetric(tp / (tp + fp)) : undefinedMetric(`no row is predicted positive${thresholdNote}`),
      recall: positives > 0 ? definedMetric(tp / positives) : undefinedMetric("no positive labels"),
      f1: 2 * tp + fp + fn > 0 ? definedMetric(2 * tp / (2 * tp + fp + fn)) : undefinedMetric("no positive labels and no positive predictions"),
      roc_auc: noScores,
      average_precision: noScores,
      log_loss: noScores,
      brier: noScores
    };
    const groups = rankingFor(weights);
    if (!groups) return metrics;
    if (positives === 0 || negatives === 0) {
      metrics.roc_auc = undefinedMetric(
        `only one class among the labels (all ${positives === 0 ? "negative" : "positive"}); ROC AUC needs both`
      );
    }
    if (positives === 0) metrics.average_precision = undefinedMetric("no positive labels");
    if (positives > 0) {
      const { auc, ap } = rankingMetrics(groups, positives, negatives);
      if (negatives > 0) metrics.roc_auc = definedMetric(auc);
      metrics.average_precision = definedMetric(ap);
    }
    if (notProbability !== void 0) {
      const why = undefinedMetric(
        `scores are not probabilities (one is ${notProbability}); it needs scores in [0, 1]`
      );
      metrics.log_loss = why;
      metrics.brier = why;
    } else if (total > 0) {
      metrics.log_loss = definedMetric(logLoss / total);
      metrics.brier = definedMetric(brier / total);
    } else {
      metrics.log_loss = undefinedMetric("no rows");
      metrics.brier = undefinedMetric("no rows");
    }
    return metrics;
  };
}
function predictedAt(scores, threshold) {
  const predicted = new Uint8Array(scores.length);
  for (let i = 0; i < scores.length; i++) predicted[i] = scores[i] >= threshold ? 1 : 0;
  return predicted;
}
function firstNotProbability(scores) {
  for (let i = 0; i < scores.length; i++) if (scores[i] < 0 || scores[i] > 1) return scores[i];
  return void 0;
}
function rankingOf(labels, scores) {
  const order = descendingOrder(scores);
  const n = order.length;
  const sortedLabels = new Uint8Array(n);
  const ends = [];
  for (let k = 0; k < n; k++) {
    const row = order[k];
    sortedLabels[k] = labels[row];
    if (k > 0 && scores[row] !== scores[order[k - 1]]) ends.push(k);
  }
  if (n > 0) ends.push(n);
  return { order, sortedLabels, groupEnds: Int32Array.from(ends) };
}
function weightedGroups({ order, sortedLabels, groupEnds }, weights) {
  return (visit) => {
    let start = 0;
    for (let g = 0; g < groupEnds.length; g++) {
      const end = groupEnds[g];
      let positives = 0;
      let negatives = 0;
      for (let k = start; k < end; k++) {
        const w = weights[order[k]];
        if (sortedLabels[k]) positives += w;
        else negatives += w;
      }
      visit(positives, negatives);
      start = end;
    }
  };
}
function unweightedGroups(labels, scores) {
  let positiveCount = 0;
  for (let i = 0; i < labels.length; i++) positiveCount += labels[i];
  const apart = new Float64Array(labels.length);
  for (let i = 0, p = 0, q = positiveCount; i < labels.length; i++) {
    if (labels[i]) apart[p++] = scores[i];
    else apart[q++] = scores[i];
  }
  const positive = countValues(apart.subarray(0, positiveCount));
  const negative = countValues(apart.subarray(positiveCount));
  return (visit) => {
    let i = positive.values.length - 1;
    let j = negative.values.length - 1;
    while (i >= 0 || j >= 0) {
      const p = i >= 0 ? positive.values[i] : Number.NEGATIVE_INFINITY;
      const q = j >= 0 ? negative.values[j] : Number.NEGATIVE_INFINITY;
      visit(p >= q ? positive.weights[i--] : 0, q >= p ? negative.weights[j--] : 0);
    }
  };
}
function rankingMetrics(groups, positives, negatives) {
  let negativesAbove = 0;
  let aucSum = 0;
  let truePositives = 0;
  let falsePositives = 0;
  let previousRecall = 0;
  let ap = 0;
  groups((groupPositives, groupNegatives) => {
    if (groupPositives + groupNegatives === 0) return;
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
function lossTerms(labels, scores) {
  const log = new Float64Array(labels.length);
  const brier = new Float64Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    const p = scores[i];
    log[i] = logLossTerm(labels[i], p);
    brier[i] = (labels[i] - p) ** 2;
  }
  return { log, brier };
}
function logLossTerm(label, score) {
  const clipped = Math.min(Math.max(score, float64Epsilon), 1 - float64Epsilon);
  const sum = 1 - clipped + clipped;
  return -Math.log((label ? clipped : 1 - clipped) / sum);
}

// src/metrics/multiclass-metrics.ts
function multiclassEvaluator(data) {
  const { classes, labels, predicted, probabilities, probabilityClasses: k } = data;
  const n = labels.length;
  const classCount = classes.length;
  let rowLosses = null;
  if (probabilities) {
    rowLosses = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let rowSum = 0;
      for (let j = 0; j < k; j++) rowSum += clip(probabilities[i * k + j]);
      rowLosses[i] = -Math.log(clip(probabilities[i * k + labels[i]]) / rowSum);
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
      const w = weights ? weights[i] : 1;
      if (w === 0) continue;
      const label = labels[i];
      const guess = predicted[i];
      total += w;
      support[label] += w;
      predictedCount[guess] += w;
      if (label === guess) {
        correct += w;
        truePositives[label] += w;
      }
      if (rowLosses) loss += w * rowLosses[i];
    }
    if (total === 0) {
      const none = undefinedMetric("no rows");
      return { accuracy: none, f1_macro: none, f1_micro: none, f1_weighted: none, log_loss: none };
    }
    let present = 0;
    let macro = 0;
    let weighted = 0;
    for (let c = 0; c < classCount; c++) {
      const tp = truePositives[c];
      const fp = predictedCount[c] - tp;
      const fn = support[c] - tp;
      if (support[c] === 0 && predictedCount[c] === 0) continue;
      const f1 = 2 * tp / (2 * tp + fp + fn);
      present++;
      macro += f1;
      weighted += support[c] * f1;
    }
    const accuracy = correct / total;
    return {
      accuracy: definedMetric(accuracy),
      f1_macro: definedMetric(macro / present),
      f1_micro: definedMetric(accuracy),
      f1_weighted: definedMetric(weighted / total),
      log_loss: probabilities ? definedMetric(loss / total) : undefinedMetric("the predictions have no probability columns")
    };
  };
}
function clip(p) {
  return Math.min(Math.max(p, float64Epsilon), 1 - float64Epsilon);
}

// src/metrics/regression-metrics.ts
function regressionEvaluator(data) {
  const { labels, predicted } = data;
  const n = labels.length;
  return (weights) => {
    let total = 0;
    let labelSum = 0;
    let absolute = 0;
    let squared = 0;
    let percentage = 0;
    let zeroLabel = false;
    for (let i = 0; i < n; i++) {
      const w = weights ? weights[i] : 1;
      if (w === 0) continue;
      const y = labels[i];
      const error = Math.abs(y - predicted[i]);
      total += w;
      labelSum += w * y;
      absolute += w * error;
      squared += w * error * error;
      if (y === 0) zeroLabel = true;
      percentage += w * error / Math.max(Math.abs(y), float64Epsilon);
    }
    if (total === 0) {
      const none = undefinedMetric("no rows");
      return { mae: none, rmse: none, r2: none, mape: none };
    }
    const labelMean = labelSum / total;
    let spread = 0;
    for (let i = 0; i < n; i++) {
      const w = weights ? weights[i] : 1;
      if (w !== 0) spread += w * (labels[i] - labelMean) ** 2;
    }
    return {
      mae: definedMetric(absolute / total),
      rmse: definedMetric(Math.sqrt(squared / total)),
      r2: spread > 0 ? definedMetric(1 - squared / spread) : undefinedMetric("every label has the same value, so there is no variance to explain"),
      mape: zeroLabel ? undefinedMetric("a label is 0, so its percentage error is unbounded") : definedMetric(percentage / total)
    };
  };
}

// src/metrics/evaluate-predictions.ts
function predictionsEvaluator(predictions, threshold = 0.5) {
  switch (predictions.task) {
    case "binary":
      return binaryEvaluator(predictions.data, threshold);
    case "multiclass":
      return multiclassEvaluator(predictions.data);
    case "regression":
      return regressionEvaluator(predictions.data);
  }
}

export {
  descendingOrder,
  definedMetric,
  undefinedMetric,
  metricNumber,
  formatMetric,
  formatNumber,
  formatSigned,
  predictedAt,
  firstNotProbability,
  logLossTerm,
  predictionsEvaluator
};
