const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  parseNumberCell
} from "./chunk-FJSVKJ5S.js";
import {
  countValues,
  countedInArray,
  decimalKeyRange,
  decimalsOf,
  maxDecimals
} from "./chunk-AB24KIFF.js";
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

// src/metrics/label-key.ts
function labelKey(cell) {
  if (cell === null) return null;
  if (typeof cell !== "string") return String(cell);
  const text = cell.trim();
  const number = parseNumberCell(text);
  if (text === "") return null;
  return typeof number === "number" && Number.isFinite(number) ? String(number) : text;
}

// src/metrics/label-codes.ts
function labelCodesOfCells(cells) {
  const codeOfText = /* @__PURE__ */ new Map();
  const codeOfKey = /* @__PURE__ */ new Map();
  const keys = [];
  const codes = new Int32Array(cells.length);
  for (let row = 0; row < cells.length; row++) {
    const cell = cells[row];
    let code = codeOfText.get(cell);
    if (code === void 0) {
      code = codeFor(labelKey(cell), codeOfKey, keys);
      codeOfText.set(cell, code);
    }
    codes[row] = code;
  }
  return { codes, keys };
}
function labelCodesOfDictionary(dictionaryCodes, dictionary) {
  const codeOfEntry = new Int32Array(dictionary.length).fill(-2);
  const codeOfKey = /* @__PURE__ */ new Map();
  const keys = [];
  let same = true;
  for (let row = 0; row < dictionaryCodes.length; row++) {
    const entry = dictionaryCodes[row];
    if (entry < 0 || codeOfEntry[entry] !== -2) continue;
    codeOfEntry[entry] = codeFor(labelKey(dictionary[entry]), codeOfKey, keys);
    same &&= codeOfEntry[entry] === entry;
  }
  if (same) return { codes: dictionaryCodes, keys };
  const codes = new Int32Array(dictionaryCodes.length);
  for (let row = 0; row < codes.length; row++) {
    const entry = dictionaryCodes[row];
    codes[row] = entry < 0 ? -1 : codeOfEntry[entry];
  }
  return { codes, keys };
}
function codeFor(key, codeOfKey, keys) {
  if (key === null) return -1;
  let code = codeOfKey.get(key);
  if (code === void 0) {
    code = keys.length;
    codeOfKey.set(key, code);
    keys.push(key);
  }
  return code;
}

// src/metrics/quote-list.ts
function quoteList(values, max = 8) {
  const shown = values.slice(0, max).map((v) => `"${v}"`);
  return values.length > max ? `${shown.join(", ")}, \u2026 (${values.length} in all)` : shown.join(", ");
}

// src/metrics/require-column.ts
function requireColumn(table, column, key) {
  const cells = table.column(column);
  if (!cells) {
    throw new Error(
      `${key}: ${table.source} has no column "${column}"; it has ${quoteList(table.columnNames)}`
    );
  }
  return cells;
}

// src/metrics/row-error.ts
function rowError(table, row, problem) {
  return new Error(`${table.source}:${table.lineOf(row)}: ${problem}`);
}

// src/metrics/read-predictions.ts
var probabilitySumTolerance = 0.01;
function readPredictions(table, columns, typed) {
  if (table.rowCount === 0) {
    throw new Error(`${table.source}: the predictions file has a header but no rows`);
  }
  const source = { table, typed };
  const ids = columns.idColumn ? readIds(table, columns.idColumn) : null;
  if (!typed) requireColumn(table, columns.labelColumn, "label_column");
  if (columns.task === "regression") {
    const predictionColumn = columns.predictionColumn ?? columns.scoreColumn;
    if (!predictionColumn) {
      throw new Error(
        `${table.source}: a regression task needs prediction_column (the predicted value)`
      );
    }
    return {
      task: "regression",
      table,
      ids,
      data: {
        labels: numbers(source, columns.labelColumn, "label_column", "label"),
        predicted: numbers(source, predictionColumn, "prediction_column", "prediction")
      }
    };
  }
  const labels = typed?.labelCodes(columns.labelColumn) ?? labelCodesOfCells(requireColumn(table, columns.labelColumn, "label_column"));
  const missing = labels.codes.indexOf(-1);
  if (missing >= 0) {
    throw rowError(
      table,
      missing,
      `missing label in column "${columns.labelColumn}"; fill it or drop the row`
    );
  }
  return columns.task === "binary" ? { ...readBinary(source, columns, labels), table, ids } : { ...readMulticlass(source, columns, labels), table, ids };
}
function readBinary({ table, typed }, columns, labels) {
  const distinct = labels.keys;
  if (distinct.length > 2) {
    throw new Error(
      `${table.source}: column "${columns.labelColumn}" has ${distinct.length} distinct labels (${quoteList(distinct)}); a binary task needs two \u2014 use task multiclass`
    );
  }
  const positive = positiveLabelOf(table, columns, distinct);
  const negative = distinct.find((label) => label !== positive) ?? null;
  if (!columns.scoreColumn && !columns.predictionColumn) {
    throw new Error(
      `${table.source}: a binary task needs score_column (a score or probability per row) or prediction_column`
    );
  }
  let predicted = null;
  if (columns.predictionColumn) {
    const cells = requireColumn(table, columns.predictionColumn, "prediction_column");
    predicted = Uint8Array.from(cells, (cell, row) => {
      const key = labelKey(cell);
      if (key === null)
        throw rowError(table, row, `missing prediction in column "${columns.predictionColumn}"`);
      if (key !== positive && key !== negative) {
        throw rowError(
          table,
          row,
          `prediction "${key}" in column "${columns.predictionColumn}" is not one of the labels (${quoteList(distinct)})`
        );
      }
      return key === positive ? 1 : 0;
    });
  }
  const positiveCode = distinct.indexOf(positive);
  const isPositive = new Uint8Array(labels.codes.length);
  for (let row = 0; row < isPositive.length; row++)
    isPositive[row] = labels.codes[row] === positiveCode ? 1 : 0;
  const data = {
    labels: isPositive,
    scores: columns.scoreColumn ? numbers({ table, typed }, columns.scoreColumn, "score_column", "score") : null,
    predicted
  };
  return { task: "binary", data, positiveLabel: positive, negativeLabel: negative };
}
function positiveLabelOf(table, columns, distinct) {
  if (columns.positiveLabel !== void 0) {
    const positive = labelKey(columns.positiveLabel) ?? "";
    if (distinct.length === 2 && !distinct.includes(positive)) {
      throw new Error(
        `positive_label "${positive}" is not among the labels of ${table.source} column "${columns.labelColumn}" (${quoteList(distinct)}); labels are case-sensitive`
      );
    }
    return positive;
  }
  if (distinct.every((label) => label === "0" || label === "1")) return "1";
  const truthy = distinct.find((label) => label.toLowerCase() === "true");
  if (distinct.every((label) => ["true", "false"].includes(label.toLowerCase())))
    return truthy ?? "true";
  throw new Error(
    `${table.source}: the labels in column "${columns.labelColumn}" are ${quoteList(distinct)}; say which one is positive with positive_label (CLI: --positive-label)`
  );
}
function readMulticlass(source, columns, labelCodes) {
  const { table } = source;
  const probabilityColumns = probabilityColumnsOf(table, columns);
  const classes = probabilityColumns.map(([name]) => name);
  const k = classes.length;
  const classIndex = new Map(classes.map((name, i) => [name, i]));
  const indexOf = (key) => {
    let index = classIndex.get(key);
    if (index === void 0) {
      index = classes.length;
      classIndex.set(key, index);
      classes.push(key);
    }
    return index;
  };
  const classOfCode = new Int32Array(labelCodes.keys.length).fill(-1);
  const labels = labelCodes.codes.map((code, row) => {
    if (classOfCode[code] >= 0) return classOfCode[code];
    const key = labelCodes.keys[code];
    if (k > 0 && !classIndex.has(key)) {
      throw rowError(
        table,
        row,
        `label "${key}" has no probability column (the columns cover ${quoteList(classes.slice(0, k))}); add one for every class`
      );
    }
    classOfCode[code] = indexOf(key);
    return classOfCode[code];
  });
  let probabilities = null;
  if (k > 0) {
    probabilities = new Float64Array(table.rowCount * k);
    probabilityColumns.forEach(([, column], j) => {
      const values = numbers(source, column, "probability_columns", "probability");
      values.forEach((p, row) => {
        if (p < 0 || p > 1)
          throw rowError(table, row, `probability ${p} in column "${column}" is outside [0, 1]`);
        probabilities[row * k + j] = p;
      });
    });
    for (let row = 0; row < table.rowCount; row++) {
      let sum = 0;
      for (let j = 0; j < k; j++) sum += probabilities[row * k + j];
      if (Math.abs(sum - 1) > probabilitySumTolerance) {
        throw rowError(
          table,
          row,
          `the class probabilities sum to ${formatNumber(sum)}, not 1; there must be one probability column per class (${quoteList(classes.slice(0, k))} so far)`
        );
      }
    }
  }
  let predicted;
  if (columns.predictionColumn) {
    const cells = requireColumn(table, columns.predictionColumn, "prediction_column");
    predicted = Int32Array.from(cells, (cell, row) => {
      const key = labelKey(cell);
      if (key === null)
        throw rowError(table, row, `missing prediction in column "${columns.predictionColumn}"`);
      return indexOf(key);
    });
  } else if (probabilities) {
    predicted = Int32Array.from({ length: table.rowCount }, (_, row) => {
      let best = 0;
      for (let j = 1; j < k; j++)
        if (probabilities[row * k + j] > probabilities[row * k + best]) best = j;
      return best;
    });
  } else {
    throw new Error(
      `${table.source}: a multiclass task needs prediction_column or probability columns (probability_columns or probability_prefix)`
    );
  }
  const data = { classes, labels, predicted, probabilities, probabilityClasses: k };
  return { task: "multiclass", data };
}
function probabilityColumnsOf(table, columns) {
  if (columns.probabilityColumns) {
    return Object.entries(columns.probabilityColumns).map(([name, column]) => [
      labelKey(name) ?? name,
      column
    ]);
  }
  const prefix = columns.probabilityPrefix;
  if (prefix === void 0) return [];
  const found = table.columnNames.filter((name) => name.startsWith(prefix) && name.length > prefix.length).map((name) => [labelKey(name.slice(prefix.length)) ?? name, name]);
  if (found.length < 2) {
    throw new Error(
      `${table.source}: probability_prefix "${prefix}" matches ${found.length} column(s); name one column per class, e.g. ${prefix}cat and ${prefix}dog`
    );
  }
  return found;
}
function readIds(table, column) {
  const seen = /* @__PURE__ */ new Map();
  return requireColumn(table, column, "id_column").map((cell, row) => {
    const id = labelKey(cell);
    if (id === null) throw rowError(table, row, `missing id in column "${column}"`);
    const first = seen.get(id);
    if (first !== void 0) {
      throw rowError(
        table,
        row,
        `id "${id}" in column "${column}" repeats line ${table.lineOf(first)}; ids must be unique`
      );
    }
    seen.set(id, row);
    return id;
  });
}
function numbers({ table, typed }, column, key, what) {
  const scanned = typed?.numbers(column);
  if (scanned) return scanned;
  const cells = requireColumn(table, column, key);
  const values = new Float64Array(cells.length);
  for (let row = 0; row < cells.length; row++) {
    const cell = cells[row];
    const value = parseNumberCell(cell);
    if (value === null) throw rowError(table, row, `missing ${what} in column "${column}"`);
    if (value === void 0)
      throw rowError(table, row, `${what} "${String(cell)}" in column "${column}" is not a number`);
    if (!Number.isFinite(value))
      throw rowError(
        table,
        row,
        `${what} in column "${column}" is ${value}; it must be a finite number`
      );
    values[row] = value;
  }
  return values;
}

// src/metrics/metric-catalog.ts
var tasks = ["binary", "multiclass", "regression"];
var binaryMetricNames = [
  "accuracy",
  "precision",
  "recall",
  "f1",
  "roc_auc",
  "average_precision",
  "log_loss",
  "brier"
];
var multiclassMetricNames = [
  "accuracy",
  "f1_macro",
  "f1_micro",
  "f1_weighted",
  "log_loss"
];
var regressionMetricNames = ["mae", "rmse", "r2", "mape"];
var metricNamesByTask = {
  binary: binaryMetricNames,
  multiclass: multiclassMetricNames,
  regression: regressionMetricNames
};
var lowerIsBetter = /(^|[._/-])(log_?loss|loss|brier|mae|mse|rmse|mape|error|err)$/i;
var higherIsBetter = /(^|[._/-])(acc|accuracy|precision|recall|f1(_\w+)?|auc|roc_auc|average_precision|ap|r2)$/i;
function directionOf(metric) {
  if (lowerIsBetter.test(metric)) return "lower_is_better";
  if (higherIsBetter.test(metric)) return "higher_is_better";
  return void 0;
}
function improvement(direction, a, b) {
  return direction === "higher_is_better" ? a - b : b - a;
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
  predictionsEvaluator,
  labelKey,
  labelCodesOfDictionary,
  quoteList,
  requireColumn,
  rowError,
  readPredictions,
  tasks,
  metricNamesByTask,
  directionOf,
  improvement
};
