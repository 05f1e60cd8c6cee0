#!/usr/bin/env node
import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  CELL_PRESENT,
  __toESM,
  external_exports,
  mlgateVersion,
  nodeWorkspace,
  parseIsoDate,
  parseIsoDatetime,
  parseNumberCell,
  renderJson,
  renderSummary,
  require_dist,
  runGate,
  scanTableFile
} from "./chunks/chunk-WJHEOQOQ.js";

// src/cli/metrics-command.ts
import path from "node:path";
import { parseArgs } from "node:util";

// src/metrics/metric-value.ts
function definedMetric(value) {
  return { defined: true, value };
}
function undefinedMetric(reason) {
  return { defined: false, reason };
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

// src/metrics/binary-metrics.ts
var float64Epsilon = 2 ** -52;
function binaryEvaluator(data, threshold = 0.5) {
  const { labels, scores } = data;
  const n = labels.length;
  const predicted = data.predicted ?? Uint8Array.from(scores ?? [], (score) => score >= threshold ? 1 : 0);
  if (predicted.length !== n || scores && scores.length !== n) {
    throw new Error("labels, scores and predictions must have one entry per row");
  }
  const order = scores ? Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b] - scores[a]) : null;
  const notProbability = scores?.find((s) => s < 0 || s > 1);
  const thresholdNote = data.predicted ? "" : ` at threshold ${threshold}`;
  return (weights) => {
    const weightOf = weights ? (i) => weights[i] : () => 1;
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
    if (!scores || !order) return metrics;
    if (positives === 0 || negatives === 0) {
      metrics.roc_auc = undefinedMetric(
        `only one class among the labels (all ${positives === 0 ? "negative" : "positive"}); ROC AUC needs both`
      );
    }
    if (positives === 0) metrics.average_precision = undefinedMetric("no positive labels");
    if (total > 0) {
      let negativesAbove = 0;
      let aucSum = 0;
      let truePositives = 0;
      let falsePositives = 0;
      let previousRecall = 0;
      let ap = 0;
      for (let start = 0; start < n; ) {
        const score = scores[order[start]];
        let groupPositives = 0;
        let groupNegatives = 0;
        let end = start;
        for (; end < n && scores[order[end]] === score; end++) {
          const i = order[end];
          if (labels[i]) groupPositives += weightOf(i);
          else groupNegatives += weightOf(i);
        }
        start = end;
        if (groupPositives + groupNegatives === 0) continue;
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
    if (notProbability !== void 0) {
      const why = undefinedMetric(
        `scores are not probabilities (one is ${notProbability}); it needs scores in [0, 1]`
      );
      metrics.log_loss = why;
      metrics.brier = why;
    } else if (total > 0) {
      let loss = 0;
      let brier = 0;
      for (let i = 0; i < n; i++) {
        const w = weightOf(i);
        if (w === 0) continue;
        const p = scores[i];
        const clipped = Math.min(Math.max(p, float64Epsilon), 1 - float64Epsilon);
        const sum = 1 - clipped + clipped;
        loss -= w * Math.log((labels[i] ? clipped : 1 - clipped) / sum);
        brier += w * (labels[i] - p) ** 2;
      }
      metrics.log_loss = definedMetric(loss / total);
      metrics.brier = definedMetric(brier / total);
    } else {
      metrics.log_loss = undefinedMetric("no rows");
      metrics.brier = undefinedMetric("no rows");
    }
    return metrics;
  };
}

// src/metrics/multiclass-metrics.ts
function multiclassEvaluator(data) {
  const { classes, labels, predicted, probabilities, probabilityClasses: k } = data;
  const n = labels.length;
  const classCount = classes.length;
  return (weights) => {
    const weightOf = weights ? (i) => weights[i] : () => 1;
    const truePositives = new Float64Array(classCount);
    const support = new Float64Array(classCount);
    const predictedCount = new Float64Array(classCount);
    let total = 0;
    let correct = 0;
    let loss = 0;
    for (let i = 0; i < n; i++) {
      const w = weightOf(i);
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
      if (probabilities) {
        let rowSum = 0;
        for (let j = 0; j < k; j++) rowSum += clip(probabilities[i * k + j]);
        loss -= w * Math.log(clip(probabilities[i * k + label]) / rowSum);
      }
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
    const weightOf = weights ? (i) => weights[i] : () => 1;
    let total = 0;
    let labelSum = 0;
    let absolute = 0;
    let squared = 0;
    let percentage = 0;
    let zeroLabel = false;
    for (let i = 0; i < n; i++) {
      const w = weightOf(i);
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
      const w = weightOf(i);
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

// src/metrics/metric-catalog.ts
var tasks = ["binary", "multiclass", "regression"];

// src/metrics/label-key.ts
function labelKey(cell) {
  if (cell === null) return null;
  if (typeof cell !== "string") return String(cell);
  const text = cell.trim();
  const number = parseNumberCell(text);
  if (text === "") return null;
  return typeof number === "number" && Number.isFinite(number) ? String(number) : text;
}

// src/metrics/quote-list.ts
function quoteList(values, max = 8) {
  const shown = values.slice(0, max).map((v) => `"${v}"`);
  return values.length > max ? `${shown.join(", ")}, \u2026 (${values.length} in all)` : shown.join(", ");
}

// src/metrics/require-column.ts
function requireColumn(table, column2, key) {
  const cells = table.column(column2);
  if (!cells) {
    throw new Error(
      `${key}: ${table.source} has no column "${column2}"; it has ${quoteList(table.columnNames)}`
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
function readPredictions(table, columns) {
  if (table.rowCount === 0) {
    throw new Error(`${table.source}: the predictions file has a header but no rows`);
  }
  const ids = columns.idColumn ? readIds(table, columns.idColumn) : null;
  const labels = requireColumn(table, columns.labelColumn, "label_column");
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
        labels: numbers(table, columns.labelColumn, labels, "label"),
        predicted: numbers(
          table,
          predictionColumn,
          requireColumn(table, predictionColumn, "prediction_column"),
          "prediction"
        )
      }
    };
  }
  const labelKeys = labels.map((cell, row) => {
    const key = labelKey(cell);
    if (key === null) {
      throw rowError(
        table,
        row,
        `missing label in column "${columns.labelColumn}"; fill it or drop the row`
      );
    }
    return key;
  });
  return columns.task === "binary" ? { ...readBinary(table, columns, labelKeys), table, ids } : { ...readMulticlass(table, columns, labelKeys), table, ids };
}
function readBinary(table, columns, labelKeys) {
  const distinct = [...new Set(labelKeys)];
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
  const data = {
    labels: Uint8Array.from(labelKeys, (key) => key === positive ? 1 : 0),
    scores: columns.scoreColumn ? numbers(
      table,
      columns.scoreColumn,
      requireColumn(table, columns.scoreColumn, "score_column"),
      "score"
    ) : null,
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
function readMulticlass(table, columns, labelKeys) {
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
  const labels = Int32Array.from(labelKeys, (key, row) => {
    if (k > 0 && !classIndex.has(key)) {
      throw rowError(
        table,
        row,
        `label "${key}" has no probability column (the columns cover ${quoteList(classes.slice(0, k))}); add one for every class`
      );
    }
    return indexOf(key);
  });
  let probabilities = null;
  if (k > 0) {
    probabilities = new Float64Array(table.rowCount * k);
    probabilityColumns.forEach(([, column2], j) => {
      const values = numbers(
        table,
        column2,
        requireColumn(table, column2, "probability_columns"),
        "probability"
      );
      values.forEach((p, row) => {
        if (p < 0 || p > 1)
          throw rowError(table, row, `probability ${p} in column "${column2}" is outside [0, 1]`);
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
    return Object.entries(columns.probabilityColumns).map(([name, column2]) => [
      labelKey(name) ?? name,
      column2
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
function readIds(table, column2) {
  const seen = /* @__PURE__ */ new Map();
  return requireColumn(table, column2, "id_column").map((cell, row) => {
    const id = labelKey(cell);
    if (id === null) throw rowError(table, row, `missing id in column "${column2}"`);
    const first = seen.get(id);
    if (first !== void 0) {
      throw rowError(
        table,
        row,
        `id "${id}" in column "${column2}" repeats line ${table.lineOf(first)}; ids must be unique`
      );
    }
    seen.set(id, row);
    return id;
  });
}
function numbers(table, column2, cells, what) {
  return Float64Array.from(cells, (cell, row) => {
    const value = parseNumberCell(cell);
    if (value === null) throw rowError(table, row, `missing ${what} in column "${column2}"`);
    if (value === void 0)
      throw rowError(table, row, `${what} "${String(cell)}" in column "${column2}" is not a number`);
    if (!Number.isFinite(value))
      throw rowError(
        table,
        row,
        `${what} in column "${column2}" is ${value}; it must be a finite number`
      );
    return value;
  });
}

// src/cli/cli-usage-error.ts
var CliUsageError = class extends Error {
  name = "CliUsageError";
};

// src/cli/metrics-command.ts
var usage = "usage: mlgate metrics --predictions FILE --task binary|multiclass|regression --label-column COLUMN [--score-column COLUMN] [--prediction-column COLUMN] [--positive-label VALUE] [--probability-prefix PREFIX | --probability-columns class=column,\u2026] [--threshold 0.5] [--format text|json]";
async function metricsCommand(argv, write = (text) => process.stdout.write(text)) {
  const options = parseOrExplain(argv);
  const absolute = path.resolve(options.predictions);
  const inside = !path.relative(process.cwd(), absolute).startsWith("..");
  const root = inside ? process.cwd() : path.dirname(absolute);
  const relative = path.relative(root, absolute);
  let output;
  try {
    const table = await nodeWorkspace(root).readTable(relative, "--predictions");
    const predictions = readPredictions(table, {
      task: options.task,
      labelColumn: options.labelColumn,
      scoreColumn: options.scoreColumn,
      predictionColumn: options.predictionColumn,
      positiveLabel: options.positiveLabel,
      probabilityPrefix: options.probabilityPrefix,
      probabilityColumns: options.probabilityColumns
    });
    const metrics = predictionsEvaluator(predictions, options.threshold)();
    if (options.format === "json") {
      output = `${JSON.stringify(
        {
          file: relative,
          task: options.task,
          rows: table.rowCount,
          ...predictions.task === "binary" ? { positive_label: predictions.positiveLabel, threshold: options.threshold } : {},
          metrics: Object.fromEntries(
            Object.entries(metrics).map(([name, metric]) => [
              name,
              metric.defined ? { value: metric.value } : { value: null, reason: metric.reason }
            ])
          )
        },
        null,
        2
      )}
`;
    } else {
      const width = Math.max(...Object.keys(metrics).map((name) => name.length));
      const header = predictions.task === "binary" ? `${relative}: ${table.rowCount} rows, positive label "${predictions.positiveLabel}", threshold ${options.threshold}` : `${relative}: ${table.rowCount} rows, ${options.task}`;
      output = `${header}
${Object.entries(metrics).map(([name, metric]) => `  ${name.padEnd(width)}  ${formatMetric(metric, 6)}`).join("\n")}
`;
    }
  } catch (error) {
    throw new CliUsageError(error.message);
  }
  write(output);
  return 0;
}
function parseOrExplain(argv) {
  let values;
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        predictions: { type: "string" },
        task: { type: "string" },
        "label-column": { type: "string" },
        "score-column": { type: "string" },
        "prediction-column": { type: "string" },
        "positive-label": { type: "string" },
        "probability-prefix": { type: "string" },
        "probability-columns": { type: "string" },
        threshold: { type: "string" },
        format: { type: "string" }
      },
      strict: true,
      allowPositionals: false
    }).values;
  } catch (error) {
    throw new CliUsageError(`${error.message}
${usage}`);
  }
  const required = (name) => {
    const value = values[name];
    if (!value) throw new CliUsageError(`--${name} is required
${usage}`);
    return value;
  };
  const task = required("task");
  if (!tasks.includes(task)) {
    throw new CliUsageError(`--task must be binary, multiclass or regression, not "${task}"`);
  }
  const threshold = values.threshold === void 0 ? 0.5 : Number(values.threshold);
  if (!(threshold >= 0 && threshold <= 1) || values.threshold?.trim() === "") {
    throw new CliUsageError(
      `--threshold must be a number between 0 and 1, not "${values.threshold}"`
    );
  }
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") {
    throw new CliUsageError(`--format must be text or json, not "${format}"`);
  }
  return {
    predictions: required("predictions"),
    task,
    labelColumn: required("label-column"),
    scoreColumn: values["score-column"],
    predictionColumn: values["prediction-column"],
    positiveLabel: values["positive-label"],
    probabilityPrefix: values["probability-prefix"],
    probabilityColumns: parseProbabilityColumns(values["probability-columns"]),
    threshold,
    format
  };
}
function parseProbabilityColumns(text) {
  if (text === void 0) return void 0;
  const pairs = text.split(",").map((pair) => pair.split("="));
  if (pairs.some((pair) => pair.length !== 2 || !pair[0] || !pair[1])) {
    throw new CliUsageError(
      `--probability-columns takes class=column pairs separated by commas, e.g. cat=p_cat,dog=p_dog; got "${text}"`
    );
  }
  return Object.fromEntries(pairs);
}

// src/cli/profile-command.ts
import { readFile, writeFile } from "node:fs/promises";
import path2 from "node:path";
import { parseArgs as parseArgs2 } from "node:util";

// src/profile/hash-value.ts
var seedHigh = 2538058380;
var seedLow = 1013904242;
var bits = new Float64Array(1);
var words = new Uint32Array(bits.buffer);
function hashNumber(value) {
  bits[0] = value === 0 ? 0 : value;
  const w0 = words[0];
  const w1 = words[1];
  return [
    finish(mixBlock(mixBlock(seedHigh, w0), w1), 8),
    finish(mixBlock(mixBlock(seedLow, w0), w1), 8)
  ];
}
function hashText(text) {
  let high = seedHigh;
  let low = seedLow;
  const length = text.length;
  let i = 0;
  for (; i + 1 < length; i += 2) {
    const block = text.charCodeAt(i) | text.charCodeAt(i + 1) << 16;
    high = mixBlock(high, block);
    low = mixBlock(low, block);
  }
  if (i < length) {
    const k = scramble(text.charCodeAt(i));
    high ^= k;
    low ^= k;
  }
  return [finish(high, length * 2), finish(low, length * 2)];
}
function scramble(k) {
  let x = Math.imul(k, 3432918353);
  x = x << 15 | x >>> 17;
  return Math.imul(x, 461845907);
}
function mixBlock(h, block) {
  let x = h ^ scramble(block);
  x = x << 13 | x >>> 19;
  return Math.imul(x, 5) + 3864292196 | 0;
}
function finish(h, byteLength) {
  let x = h ^ byteLength;
  x ^= x >>> 16;
  x = Math.imul(x, 2246822507);
  x ^= x >>> 13;
  x = Math.imul(x, 3266489909);
  x ^= x >>> 16;
  return x >>> 0;
}

// src/profile/hyperloglog.ts
function createHll(precision) {
  if (!Number.isInteger(precision) || precision < 4 || precision > 18) {
    throw new Error(`HyperLogLog precision must be an integer from 4 to 18, not ${precision}`);
  }
  return { precision, registers: new Uint8Array(1 << precision) };
}
function addHash(hll2, [high, low]) {
  const p = hll2.precision;
  const index = high >>> 32 - p;
  const rest = high << p >>> 0;
  const rank = rest !== 0 ? Math.clz32(rest) + 1 : 32 - p + (low !== 0 ? Math.clz32(low) + 1 : 33);
  if (rank > hll2.registers[index]) hll2.registers[index] = rank;
}
function mergeHll(a, b) {
  if (a.precision !== b.precision) {
    throw new Error(
      `cannot merge HyperLogLog sketches of precision ${a.precision} and ${b.precision}`
    );
  }
  const registers = new Uint8Array(a.registers.length);
  for (let i = 0; i < registers.length; i++)
    registers[i] = Math.max(a.registers[i], b.registers[i]);
  return { precision: a.precision, registers };
}
function estimateDistinct(hll2) {
  const m = hll2.registers.length;
  const q = 64 - hll2.precision;
  const histogram = new Array(q + 2).fill(0);
  for (const register of hll2.registers) histogram[register]++;
  let z = m * tau(1 - histogram[q + 1] / m);
  for (let k = q; k >= 1; k--) z = 0.5 * (z + histogram[k]);
  z += m * sigma(histogram[0] / m);
  return Math.round(m * m / (2 * Math.LN2) / z);
}
function hllRelativeStandardError(precision) {
  return 1.04 / Math.sqrt(2 ** precision);
}
function sigma(x) {
  if (x === 1) return Number.POSITIVE_INFINITY;
  let y = 1;
  let z = x;
  let previous;
  do {
    x *= x;
    previous = z;
    z += x * y;
    y += y;
  } while (z !== previous);
  return z;
}
function tau(x) {
  if (x === 0 || x === 1) return 0;
  let y = 1;
  let z = 1 - x;
  let previous;
  do {
    x = Math.sqrt(x);
    previous = z;
    y *= 0.5;
    z -= (1 - x) ** 2 * y;
  } while (z !== previous);
  return z / 3;
}
function encodeHll(hll2) {
  return { precision: hll2.precision, registers: Buffer.from(hll2.registers).toString("base64") };
}
function decodeHll(state) {
  const registers = new Uint8Array(Buffer.from(state.registers, "base64"));
  if (registers.length !== 1 << state.precision) {
    throw new Error(
      `a HyperLogLog of precision ${state.precision} has ${1 << state.precision} registers, this one ${registers.length}`
    );
  }
  return { precision: state.precision, registers };
}

// src/profile/category-summary.ts
function summarizeCategories(counts, settings, keep = settings.categoryLimit) {
  const items = sortItems([...counts].map(([value, count2]) => ({ value, count: count2 })));
  const total = items.reduce((sum, item) => sum + item.count, 0);
  const complete = {
    count: total,
    exact: true,
    items,
    countErrorBound: 0,
    distinct: { value: items.length, exact: true, relativeStandardError: 0 },
    distinctSketch: null
  };
  return truncateCategories(complete, Math.min(keep, settings.categoryLimit), 1, settings);
}
function mergeCategories(a, b, settings) {
  const byValue = /* @__PURE__ */ new Map();
  for (const item of [...a.items, ...b.items]) {
    byValue.set(item.value, (byValue.get(item.value) ?? 0) + item.count);
  }
  const items = sortItems([...byValue].map(([value, count2]) => ({ value, count: count2 })));
  const exact = a.exact && b.exact;
  const hll2 = exact ? null : mergeHll(sketchOf(a, settings), sketchOf(b, settings));
  const merged = {
    count: a.count + b.count,
    exact,
    items,
    countErrorBound: a.countErrorBound + b.countErrorBound,
    distinct: hll2 ? {
      value: estimateDistinct(hll2),
      exact: false,
      relativeStandardError: hllRelativeStandardError(hll2.precision)
    } : { value: items.length, exact: true, relativeStandardError: 0 },
    distinctSketch: hll2 ? encodeHll(hll2) : null
  };
  return truncateCategories(merged, settings.categoryLimit, 1, settings);
}
function truncateCategories(profile, keep, minCount, settings) {
  let kept = 0;
  while (kept < profile.items.length && kept < keep && profile.items[kept].count >= minCount)
    kept++;
  if (kept === profile.items.length) return profile;
  return {
    ...profile,
    exact: false,
    items: profile.items.slice(0, kept),
    countErrorBound: profile.countErrorBound + profile.items[kept].count,
    distinctSketch: encodeHll(sketchOf(profile, settings))
  };
}
function sketchOf(profile, settings) {
  if (profile.distinctSketch) return decodeHll(profile.distinctSketch);
  if (!profile.exact) {
    throw new Error("a truncated category table needs its distinct-count sketch (distinctSketch)");
  }
  const hll2 = createHll(settings.hllPrecision);
  for (const item of profile.items) addHash(hll2, hashText(item.value));
  return hll2;
}
function sortItems(items) {
  return items.sort(
    (x, y) => y.count - x.count || (x.value < y.value ? -1 : x.value > y.value ? 1 : 0)
  );
}

// src/profile/infer-column-kind.ts
var minCategoricalLimit = 20;
var textCategoriesListed = 20;
function inferColumnKind(column2, distinct, settings) {
  const { count: count2, types } = column2;
  if (count2 === 0) return "empty";
  if (types.number === count2) return "numeric";
  if (types.datetime === count2) return "datetime";
  if (types.boolean === count2) return "boolean";
  const categoricalLimit = Math.min(
    settings.categoryLimit,
    Math.max(minCategoricalLimit, count2 / 2)
  );
  if (distinct.value <= categoricalLimit) return "categorical";
  const allDistinct = distinct.exact ? distinct.value === count2 : distinct.value >= count2 * (1 - 3 * distinct.relativeStandardError);
  return allDistinct ? "identifier" : "text";
}
function categoriesListed(kind, settings) {
  if (kind === "identifier") return { keep: 0, minCount: 1 };
  if (kind === "text") return { keep: textCategoriesListed, minCount: 2 };
  return { keep: settings.categoryLimit, minCount: 1 };
}
function sumDistinct(parts) {
  const present = parts.filter((part) => part !== void 0);
  return {
    value: present.reduce((sum, part) => sum + part.value, 0),
    exact: present.every((part) => part.exact),
    // Conservative: the sum is off by at most the largest relative error of its parts.
    relativeStandardError: Math.max(0, ...present.map((part) => part.relativeStandardError))
  };
}

// src/profile/histogram.ts
function histogramOf(table, min, max, bins) {
  const length = table.values.length;
  let first = min;
  let last = max;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  const edges = linspace(first, last, bins + 1);
  const counts = new Array(bins).fill(0);
  const width = last - first;
  for (let i = 0; i < length; i++) {
    const value = table.values[i];
    let bin = Math.floor((value - first) / width * bins);
    if (bin === bins) bin--;
    if (value < edges[bin]) bin--;
    else if (bin !== bins - 1 && value >= edges[bin + 1]) bin++;
    counts[bin] += table.weights[i];
  }
  return { edges, counts };
}
function linspace(start, stop, num) {
  const step = (stop - start) / (num - 1);
  const edges = Array.from({ length: num }, (_, i) => i * step + start);
  edges[num - 1] = stop;
  return edges;
}

// src/profile/moments.ts
function momentsOf(values, weights) {
  const count2 = compensatedSum(weights.length, (i) => weights[i]);
  if (count2 === 0) return { count: 0, mean: 0, m2: 0 };
  const mean = compensatedSum(values.length, (i) => weights[i] * values[i]) / count2;
  const m2 = compensatedSum(values.length, (i) => {
    const deviation = values[i] - mean;
    return weights[i] * deviation * deviation;
  });
  return { count: count2, mean, m2 };
}
function mergeMoments(a, b) {
  if (a.count === 0) return b;
  if (b.count === 0) return a;
  const count2 = a.count + b.count;
  const delta = b.mean - a.mean;
  return {
    count: count2,
    mean: a.mean + delta * b.count / count2,
    m2: a.m2 + b.m2 + delta * delta * a.count * b.count / count2
  };
}
function sampleStd(moments) {
  return moments.count < 2 ? null : Math.sqrt(moments.m2 / (moments.count - 1));
}
function compensatedSum(length, term) {
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < length; i++) {
    const x = term(i);
    const t = sum + x;
    compensation += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  return sum + compensation;
}

// src/profile/profile-settings.ts
var defaultProfileSettings = {
  sketchSize: 1024,
  categoryLimit: 1e3,
  hllPrecision: 12,
  histogramBins: 20
};
var quantileProbabilities = [
  0,
  0.01,
  0.05,
  0.1,
  0.2,
  0.25,
  0.3,
  0.4,
  0.5,
  0.6,
  0.7,
  0.75,
  0.8,
  0.9,
  0.95,
  0.99,
  1
];

// src/profile/quantile-summary.ts
function valueTable(sorted) {
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  const values = new Float64Array(distinct);
  const weights = new Float64Array(distinct);
  let at = -1;
  for (let i = 0; i < sorted.length; i++) {
    const value = sorted[i];
    if (i === 0 || value !== sorted[i - 1]) {
      at++;
      values[at] = value === 0 ? 0 : value;
    }
    weights[at]++;
  }
  return { values, weights };
}
function summaryOf(table, size, error = 0) {
  const n = sumOf(table.weights);
  if (table.values.length <= 2 * size) {
    return { n, error, values: Array.from(table.values), weights: Array.from(table.weights) };
  }
  return prune(table, n, size, error);
}
function mergeSummaries(a, b, size) {
  const values = [];
  const weights = [];
  let i = 0;
  let j = 0;
  while (i < a.values.length || j < b.values.length) {
    const va = i < a.values.length ? a.values[i] : Number.POSITIVE_INFINITY;
    const vb = j < b.values.length ? b.values[j] : Number.POSITIVE_INFINITY;
    if (j >= b.values.length || i < a.values.length && va < vb) {
      values.push(va);
      weights.push(a.weights[i++]);
    } else if (i >= a.values.length || vb < va) {
      values.push(vb);
      weights.push(b.weights[j++]);
    } else {
      values.push(va);
      weights.push(a.weights[i++] + b.weights[j++]);
    }
  }
  return summaryOf({ values, weights }, size, a.error + b.error);
}
function prune(table, n, size, error) {
  const values = [];
  const weights = [];
  let added = 0;
  let start = 0;
  let cumulative = 0;
  let block = 1;
  for (let i = 0; i < table.values.length; i++) {
    cumulative += table.weights[i];
    const last = i === table.values.length - 1;
    if (!last && cumulative < block * n / size) continue;
    let runWeight = 0;
    for (let k = start; k <= i; k++) runWeight += table.weights[k];
    let before = 0;
    let median = start;
    while (before + table.weights[median] < runWeight / 2) before += table.weights[median++];
    const after = runWeight - before - table.weights[median];
    added = Math.max(added, before, after);
    values.push(table.values[median]);
    weights.push(runWeight);
    while (block * n <= cumulative * size) block++;
    start = i + 1;
  }
  return { n, error: error + added, values, weights };
}
function quantileOf(summary2, p) {
  if (summary2.n === 0) throw new Error("quantile of an empty summary");
  const cumulative = cumulativeWeights(summary2);
  const position = (summary2.n - 1) * p;
  const below = Math.floor(position);
  const gamma = position - below;
  const a = valueAtRank(summary2, cumulative, below);
  const b = gamma > 0 ? valueAtRank(summary2, cumulative, below + 1) : a;
  return lerp(a, b, gamma);
}
function lerp(a, b, t) {
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}
function valueAtRank(summary2, cumulative, rank) {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (cumulative[mid] > rank) hi = mid;
    else lo = mid + 1;
  }
  return summary2.values[lo];
}
var cumulativeCache = /* @__PURE__ */ new WeakMap();
function cumulativeWeights(summary2) {
  let cumulative = cumulativeCache.get(summary2);
  if (!cumulative) {
    cumulative = new Float64Array(summary2.weights.length);
    let total = 0;
    for (let i = 0; i < summary2.weights.length; i++) {
      total += summary2.weights[i];
      cumulative[i] = total;
    }
    cumulativeCache.set(summary2, cumulative);
  }
  return cumulative;
}
function sumOf(weights) {
  let total = 0;
  for (let i = 0; i < weights.length; i++) total += weights[i];
  return total;
}

// src/profile/numeric-profile.ts
function numericProfileOf(table, nonFinite, settings) {
  const moments = momentsOf(table.values, table.weights);
  const exact = {
    n: moments.count,
    error: 0,
    values: table.values,
    weights: table.weights
  };
  const sketch = summaryOf(table, settings.sketchSize);
  let integer = true;
  for (let i = 0; i < table.values.length; i++) {
    if (!Number.isInteger(table.values[i])) {
      integer = false;
      break;
    }
  }
  let distinctSketch = null;
  if (sketch.error > 0) {
    distinctSketch = createHll(settings.hllPrecision);
    for (let i = 0; i < table.values.length; i++)
      addHash(distinctSketch, hashNumber(table.values[i]));
  }
  return assemble({
    moments,
    nonFinite,
    integer,
    min: table.values.length > 0 ? table.values[0] : null,
    max: table.values.length > 0 ? table.values[table.values.length - 1] : null,
    distributionSource: exact,
    distinct: { value: table.values.length, exact: true, relativeStandardError: 0 },
    sketch,
    distinctSketch,
    settings
  });
}
function mergeNumericProfiles(a, b, settings) {
  const sketch = mergeSummaries(a.sketch, b.sketch, settings.sketchSize);
  let distinct = {
    value: sketch.values.length,
    exact: true,
    relativeStandardError: 0
  };
  let distinctSketch = null;
  if (sketch.error > 0) {
    distinctSketch = mergeHll(hllOf(a, settings), hllOf(b, settings));
    distinct = {
      value: estimateDistinct(distinctSketch),
      exact: false,
      relativeStandardError: hllRelativeStandardError(distinctSketch.precision)
    };
  }
  const extreme = (pick, x, y) => x === null ? y : y === null ? x : pick(x, y);
  return assemble({
    moments: mergeMoments(momentsOfProfile(a), momentsOfProfile(b)),
    nonFinite: {
      nan: a.nan + b.nan,
      positiveInfinity: a.positiveInfinity + b.positiveInfinity,
      negativeInfinity: a.negativeInfinity + b.negativeInfinity
    },
    integer: a.integer && b.integer,
    min: extreme(Math.min, a.min, b.min),
    max: extreme(Math.max, a.max, b.max),
    distributionSource: sketch,
    distinct,
    sketch,
    distinctSketch,
    settings
  });
}
function momentsOfProfile(profile) {
  return { count: profile.count, mean: profile.mean ?? 0, m2: profile.m2 };
}
function hllOf(profile, settings) {
  if (profile.distinctSketch) return decodeHll(profile.distinctSketch);
  if (profile.sketch.error > 0) {
    throw new Error("a lossy quantile summary needs its distinct-count sketch (distinctSketch)");
  }
  const hll2 = createHll(settings.hllPrecision);
  for (const value of profile.sketch.values) addHash(hll2, hashNumber(value));
  return hll2;
}
function assemble(parts) {
  const { moments, min, max, distributionSource: source } = parts;
  const count2 = moments.count;
  let quantiles = [];
  let histogram = null;
  if (count2 > 0 && min !== null && max !== null) {
    quantiles = quantileProbabilities.map((p) => ({
      p,
      value: p === 0 ? min : p === 1 ? max : quantileOf(source, p)
    }));
    const binned = histogramOf(source, min, max, parts.settings.histogramBins);
    histogram = { ...binned, countError: 2 * source.error };
  }
  return {
    count: count2,
    ...parts.nonFinite,
    integer: parts.integer,
    min,
    max,
    mean: count2 > 0 ? moments.mean : null,
    std: sampleStd(moments),
    m2: moments.m2,
    distinct: parts.distinct,
    quantiles,
    histogram,
    accuracy: { exact: source.error === 0, rankError: count2 > 0 ? source.error / count2 : 0 },
    sketch: parts.sketch,
    distinctSketch: parts.distinctSketch ? encodeHll(parts.distinctSketch) : null
  };
}

// src/profile/sort-numbers.ts
var signBit = 2147483648;
function sortNumbers(input) {
  const n = input.length;
  const out = Float64Array.from(input);
  if (n < 256) return out.sort();
  const words2 = new Uint32Array(out.buffer);
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const h = words2[2 * i + 1];
    const l = words2[2 * i];
    if (h & signBit) {
      hi[i] = ~h >>> 0;
      lo[i] = ~l >>> 0;
    } else {
      hi[i] = (h | signBit) >>> 0;
      lo[i] = l;
    }
  }
  let hiNext = new Uint32Array(n);
  let loNext = new Uint32Array(n);
  const offsets = new Uint32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const source = pass < 2 ? lo : hi;
    const shift = (pass & 1) * 16;
    offsets.fill(0);
    for (let i = 0; i < n; i++) offsets[source[i] >>> shift & 65535]++;
    if (offsets[source[0] >>> shift & 65535] === n) continue;
    let total = 0;
    for (let d = 0; d < 65536; d++) {
      const count2 = offsets[d];
      offsets[d] = total;
      total += count2;
    }
    for (let i = 0; i < n; i++) {
      const at = offsets[source[i] >>> shift & 65535]++;
      hiNext[at] = hi[i];
      loNext[at] = lo[i];
    }
    [hi, hiNext] = [hiNext, hi];
    [lo, loNext] = [loNext, lo];
  }
  for (let i = 0; i < n; i++) {
    const h = hi[i];
    if (h & signBit) {
      words2[2 * i + 1] = (h & ~signBit) >>> 0;
      words2[2 * i] = lo[i];
    } else {
      words2[2 * i + 1] = ~h >>> 0;
      words2[2 * i] = ~lo[i] >>> 0;
    }
  }
  return out;
}

// src/profile/column-profile.ts
function profileScanColumn(column2, settings) {
  const missing = column2.missingCount;
  if (column2.kind === "category") {
    const entries = column2.dictionary.map((text, code) => [
      text,
      column2.counts[code]
    ]);
    return profileTexts(column2.name, entries, missing, settings);
  }
  if (column2.kind === "boolean") {
    let ones = 0;
    let zeros = 0;
    for (let i = 0; i < column2.values.length; i++) {
      if (column2.status[i] !== CELL_PRESENT) continue;
      if (column2.values[i] === 1) ones++;
      else zeros++;
    }
    const entries = [
      ["true", ones],
      ["false", zeros]
    ];
    return profileTexts(
      column2.name,
      entries.filter(([, count3]) => count3 > 0),
      missing,
      settings
    );
  }
  const { finite: finite2, nonFinite } = finiteValues(column2);
  const table = valueTable(sortNumbers(finite2));
  const count2 = column2.presentCount;
  if (column2.kind === "date" || column2.kind === "datetime") {
    const datetime2 = datetimeProfile(
      numericProfileOf(table, nonFinite, settings),
      column2.kind === "date"
    );
    return assemble2(
      column2.name,
      { number: 0, boolean: 0, datetime: count2, string: 0 },
      missing,
      {
        numeric: null,
        datetime: datetime2,
        categories: null
      },
      settings
    );
  }
  const numeric2 = numericProfileOf(table, nonFinite, settings);
  return assemble2(
    column2.name,
    { number: count2, boolean: 0, datetime: 0, string: 0 },
    missing,
    {
      numeric: numeric2,
      datetime: null,
      categories: null
    },
    settings
  );
}
function absentColumnProfile(name, rows) {
  return {
    name,
    kind: "empty",
    count: 0,
    missing: rows,
    types: { number: 0, boolean: 0, datetime: 0, string: 0 },
    distinct: { value: 0, exact: true, relativeStandardError: 0 },
    numeric: null,
    datetime: null,
    categories: null
  };
}
function mergeColumnProfiles(a, b, settings) {
  const both = (x, y, merge) => x === null ? y : y === null ? x : merge(x, y);
  const types = {
    number: a.types.number + b.types.number,
    boolean: a.types.boolean + b.types.boolean,
    datetime: a.types.datetime + b.types.datetime,
    string: a.types.string + b.types.string
  };
  return assemble2(
    a.name,
    types,
    a.missing + b.missing,
    {
      numeric: both(a.numeric, b.numeric, (x, y) => mergeNumericProfiles(x, y, settings)),
      datetime: both(
        a.datetime,
        b.datetime,
        (x, y) => datetimeProfile(mergeNumericProfiles(x, y, settings), x.dateOnly && y.dateOnly)
      ),
      categories: both(a.categories, b.categories, (x, y) => mergeCategories(x, y, settings))
    },
    settings
  );
}
function profileTexts(name, entries, missing, settings) {
  const types = { number: 0, boolean: 0, datetime: 0, string: 0 };
  const numbers2 = [];
  const nonFinite = { nan: 0, positiveInfinity: 0, negativeInfinity: 0 };
  const dates = [];
  let dateOnly = true;
  const texts = /* @__PURE__ */ new Map();
  for (const [text, count2] of entries) {
    const number = parseNumberCell(text);
    if (number !== void 0 && number !== null) {
      types.number += count2;
      if (Number.isFinite(number)) numbers2.push([number, count2]);
      else if (Number.isNaN(number)) nonFinite.nan += count2;
      else if (number > 0) nonFinite.positiveInfinity += count2;
      else nonFinite.negativeInfinity += count2;
      continue;
    }
    const day = parseIsoDate(text);
    const instant = day ?? parseIsoDatetime(text);
    if (instant !== void 0) {
      types.datetime += count2;
      dates.push([instant, count2]);
      if (day === void 0) dateOnly = false;
      continue;
    }
    const lower = text.trim().toLowerCase();
    const boolean = lower === "true" || lower === "false";
    const key = boolean ? lower : text;
    if (boolean) types.boolean += count2;
    else types.string += count2;
    texts.set(key, (texts.get(key) ?? 0) + count2);
  }
  return assemble2(
    name,
    types,
    missing,
    {
      numeric: numbers2.length > 0 || types.number > 0 ? numericProfileOf(weightedTable(numbers2), nonFinite, settings) : null,
      datetime: dates.length > 0 ? datetimeProfile(numericProfileOf(weightedTable(dates), noNonFinite, settings), dateOnly) : null,
      categories: texts.size > 0 ? summarizeCategories(texts, settings) : null
    },
    settings
  );
}
var noNonFinite = { nan: 0, positiveInfinity: 0, negativeInfinity: 0 };
function weightedTable(pairs) {
  pairs.sort((x, y) => x[0] - y[0]);
  const values = [];
  const weights = [];
  for (const [value, count2] of pairs) {
    if (values.length > 0 && values[values.length - 1] === value)
      weights[weights.length - 1] += count2;
    else {
      values.push(value === 0 ? 0 : value);
      weights.push(count2);
    }
  }
  return { values, weights };
}
function finiteValues(column2) {
  const finite2 = new Float64Array(column2.presentCount);
  const nonFinite = { nan: 0, positiveInfinity: 0, negativeInfinity: 0 };
  let length = 0;
  const { values, status } = column2;
  for (let i = 0; i < values.length; i++) {
    if (status[i] !== CELL_PRESENT) continue;
    const value = values[i];
    if (value - value === 0) finite2[length++] = value;
    else if (Number.isNaN(value)) nonFinite.nan++;
    else if (value > 0) nonFinite.positiveInfinity++;
    else nonFinite.negativeInfinity++;
  }
  return { finite: finite2.subarray(0, length), nonFinite };
}
function datetimeProfile(profile, dateOnly) {
  const text = (ms) => {
    if (ms === null) return null;
    const iso = new Date(ms).toISOString();
    return dateOnly ? iso.slice(0, iso.indexOf("T")) : iso;
  };
  return { ...profile, minText: text(profile.min), maxText: text(profile.max), dateOnly };
}
function assemble2(name, types, missing, parts, settings) {
  const count2 = types.number + types.boolean + types.datetime + types.string;
  const distinct = sumDistinct([
    parts.numeric ? numericDistinct(parts.numeric) : void 0,
    parts.datetime?.distinct,
    parts.categories?.distinct
  ]);
  const kind = inferColumnKind({ count: count2, types }, distinct, settings);
  const { keep, minCount } = categoriesListed(kind, settings);
  const categories2 = parts.categories && truncateCategories(parts.categories, keep, minCount, settings);
  return { name, kind, count: count2, missing, types, distinct, ...parts, categories: categories2 };
}
function numericDistinct(profile) {
  const extra = Number(profile.nan > 0) + Number(profile.positiveInfinity > 0) + Number(profile.negativeInfinity > 0);
  return { ...profile.distinct, value: profile.distinct.value + extra };
}

// src/profile/merge-profiles.ts
function mergeProfiles(profiles) {
  if (profiles.length === 0) throw new Error("nothing to merge: give at least one profile");
  if (profiles.length === 1) return profiles[0];
  const middle = Math.ceil(profiles.length / 2);
  return mergeTwo(mergeProfiles(profiles.slice(0, middle)), mergeProfiles(profiles.slice(middle)));
}
function mergeTwo(a, b) {
  const settings = mergedSettings(a, b);
  const names = [...new Set([...a.columns, ...b.columns].map((column2) => column2.name))];
  const byName = (profile) => new Map(profile.columns.map((c) => [c.name, c]));
  const aColumns = byName(a);
  const bColumns = byName(b);
  const columns = names.map(
    (name) => mergeColumnProfiles(
      aColumns.get(name) ?? absentColumnProfile(name, a.rowCount),
      bColumns.get(name) ?? absentColumnProfile(name, b.rowCount),
      settings
    )
  );
  return {
    format: a.format,
    version: a.version,
    sources: [...a.sources, ...b.sources],
    rowCount: a.rowCount + b.rowCount,
    settings,
    columns
  };
}
function mergedSettings(a, b) {
  if (a.settings.hllPrecision !== b.settings.hllPrecision) {
    throw new Error(
      `profiles of ${a.sources[0]?.path} and ${b.sources[0]?.path} use HyperLogLog precision ${a.settings.hllPrecision} and ${b.settings.hllPrecision}; profile both with the same --hll-precision`
    );
  }
  return {
    sketchSize: Math.min(a.settings.sketchSize, b.settings.sketchSize),
    categoryLimit: Math.min(a.settings.categoryLimit, b.settings.categoryLimit),
    hllPrecision: a.settings.hllPrecision,
    histogramBins: a.settings.histogramBins
  };
}

// src/table-schema/parse-json-file.ts
var import_yaml = __toESM(require_dist(), 1);
var JsonFileError = class extends Error {
  name = "JsonFileError";
  problems;
  constructor(source, problems) {
    super(`${source} is not valid:
${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.problems = problems;
  }
};
function parseJsonFile(text, source, schema, precheck) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new JsonFileError(source, [`${source}: not JSON (${error.message})`]);
  }
  const wrong = precheck?.(data);
  if (wrong !== void 0) throw new JsonFileError(source, [`${source}: ${wrong}`]);
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const lineCounter = new import_yaml.LineCounter();
  const document = (0, import_yaml.parseDocument)(text, { lineCounter });
  const problems = result.error.issues.slice(0, 20).map((issue) => {
    const line = lineOfPath(document, lineCounter, issue.path);
    const key = joinPath(issue.path);
    const detail = issue.code === "unrecognized_keys" ? `unknown key(s) ${issue.keys.join(", ")}; remove them` : issue.message;
    return `${source}${line ? `:${line}` : ""}: ${key ? `\`${key}\`: ` : ""}${detail}`;
  });
  if (result.error.issues.length > 20)
    problems.push(`\u2026 and ${result.error.issues.length - 20} more`);
  throw new JsonFileError(source, problems);
}
function joinPath(path4) {
  return path4.map(
    (part, i) => typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`
  ).join("");
}
function lineOfPath(document, lineCounter, path4) {
  for (let length = path4.length; length >= 0; length--) {
    const node = document.getIn(path4.slice(0, length), true);
    if (length < path4.length && (0, import_yaml.isMap)(node)) {
      const key = path4[length];
      const pair = node.items.find(
        (item) => (0, import_yaml.isPair)(item) && (0, import_yaml.isScalar)(item.key) && item.key.value === key
      );
      const range2 = pair && (0, import_yaml.isScalar)(pair.key) ? pair.key.range : void 0;
      if (range2) return lineCounter.linePos(range2[0]).line;
    }
    const range = node?.range;
    if (range) return lineCounter.linePos(range[0]).line;
  }
  return void 0;
}

// src/profile/profile-types.ts
var profileFormat = "mlgate-profile";
var profileVersion = 1;

// src/profile/profile-json-schema.ts
var count = external_exports.int().min(0, { error: "a count is a whole number \u2265 0" });
var finite = external_exports.number();
var estimate = external_exports.strictObject({
  value: count,
  exact: external_exports.boolean(),
  relativeStandardError: external_exports.number().min(0)
});
var hll = external_exports.strictObject({ precision: external_exports.int().min(4).max(18), registers: external_exports.string() });
var summary = external_exports.strictObject({
  n: count,
  error: external_exports.number().min(0),
  values: external_exports.array(finite),
  weights: external_exports.array(external_exports.number().positive())
}).superRefine((s, context) => {
  if (s.values.length !== s.weights.length) {
    context.addIssue({ code: "custom", message: "values and weights must have the same length" });
  }
  for (let i = 1; i < s.values.length; i++) {
    if (!(s.values[i - 1] < s.values[i])) {
      context.addIssue({
        code: "custom",
        path: ["values", i],
        message: "values must be strictly ascending"
      });
      break;
    }
  }
  const total = s.weights.reduce((sum, w) => sum + w, 0);
  if (total !== s.n) {
    context.addIssue({
      code: "custom",
      path: ["n"],
      message: `the weights add up to ${total}, not n = ${s.n}`
    });
  }
});
var numericShape = {
  count,
  nan: count,
  positiveInfinity: count,
  negativeInfinity: count,
  integer: external_exports.boolean(),
  min: finite.nullable(),
  max: finite.nullable(),
  mean: finite.nullable(),
  std: external_exports.number().min(0).nullable(),
  m2: external_exports.number().min(0),
  distinct: estimate,
  quantiles: external_exports.array(external_exports.strictObject({ p: external_exports.number().min(0).max(1), value: finite })),
  histogram: external_exports.strictObject({
    edges: external_exports.array(finite),
    counts: external_exports.array(external_exports.number().min(0)),
    countError: external_exports.number().min(0)
  }).nullable(),
  accuracy: external_exports.strictObject({ exact: external_exports.boolean(), rankError: external_exports.number().min(0).max(1) }),
  sketch: summary,
  distinctSketch: hll.nullable()
};
var numeric = external_exports.strictObject(numericShape).refine((p) => p.sketch.n === p.count, {
  error: "sketch.n must equal count (the finite values)"
});
var datetime = external_exports.strictObject({
  ...numericShape,
  minText: external_exports.string().nullable(),
  maxText: external_exports.string().nullable(),
  dateOnly: external_exports.boolean()
}).refine((p) => p.sketch.n === p.count, { error: "sketch.n must equal count" });
var categories = external_exports.strictObject({
  count,
  exact: external_exports.boolean(),
  items: external_exports.array(external_exports.strictObject({ value: external_exports.string(), count })),
  countErrorBound: external_exports.number().min(0),
  distinct: estimate,
  distinctSketch: hll.nullable()
});
var column = external_exports.strictObject({
  name: external_exports.string(),
  kind: external_exports.enum(["numeric", "boolean", "datetime", "categorical", "identifier", "text", "empty"]),
  count,
  missing: count,
  types: external_exports.strictObject({ number: count, boolean: count, datetime: count, string: count }),
  distinct: estimate,
  numeric: numeric.nullable(),
  datetime: datetime.nullable(),
  categories: categories.nullable()
}).refine((c) => c.types.number + c.types.boolean + c.types.datetime + c.types.string === c.count, {
  error: "types.number + types.boolean + types.datetime + types.string must equal count"
});
var profileJsonSchema = external_exports.strictObject({
  format: external_exports.literal(profileFormat, {
    error: `not an mlgate profile: "format" must be "${profileFormat}"`
  }),
  version: external_exports.literal(profileVersion, {
    error: `this mlgate reads profile version ${profileVersion}; re-create the profile with \`mlgate profile\``
  }),
  sources: external_exports.array(
    external_exports.strictObject({
      path: external_exports.string(),
      format: external_exports.enum(["csv", "jsonl", "parquet"]),
      rows: count,
      badRows: count
    })
  ),
  rowCount: count,
  settings: external_exports.strictObject({
    sketchSize: external_exports.int().min(1),
    categoryLimit: external_exports.int().min(0),
    hllPrecision: external_exports.int().min(4).max(18),
    histogramBins: external_exports.int().min(1)
  }),
  columns: external_exports.array(column)
});
function parseProfileJson(text, source) {
  const profile = parseJsonFile(
    text,
    source,
    profileJsonSchema,
    (data) => (
      // Another JSON file given by mistake deserves one sentence, not a list of its keys.
      data?.format === profileFormat ? void 0 : `not an mlgate profile (its "format" is not "${profileFormat}"); create one with \`mlgate profile DATA -o profile.json\``
    )
  );
  const problems = profile.columns.map(
    (c, i) => c.count + c.missing === profile.rowCount ? null : `${source}: \`columns[${i}]\` (${c.name}): count ${c.count} + missing ${c.missing} \u2260 rowCount ${profile.rowCount}`
  ).filter((p) => p !== null);
  if (problems.length > 0) throw new JsonFileError(source, problems);
  return profile;
}

// src/profile/profile-table.ts
function profileTable(scan, settings = defaultProfileSettings) {
  return {
    format: profileFormat,
    version: profileVersion,
    sources: [
      { path: scan.source, format: scan.format, rows: scan.rowCount, badRows: scan.badRowCount }
    ],
    rowCount: scan.rowCount,
    settings,
    columns: scan.columns.map((column2) => profileScanColumn(column2, settings))
  };
}

// src/profile/render-profile-text.ts
function renderProfileText(profile) {
  const sources = profile.sources.map((s) => s.path).join(", ");
  const header = [
    "column",
    "kind",
    "count",
    "missing",
    "distinct",
    "mean",
    "std",
    "min",
    "median",
    "max",
    "top"
  ];
  const rows = profile.columns.map(columnRow);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  const approximate = profile.columns.some(
    (c) => !c.distinct.exact || c.numeric && !c.numeric.accuracy.exact || c.categories && !c.categories.exact
  );
  return [
    `${sources}: ${profile.rowCount} rows, ${profile.columns.length} columns`,
    line(header),
    ...rows.map(line),
    ...approximate ? ["~ approximate (see the profile JSON for each error bound)"] : []
  ].join("\n");
}
function columnRow(column2) {
  const numbers2 = column2.kind === "datetime" ? column2.datetime : column2.numeric;
  const approx = (exact) => exact ? "" : "~";
  const median = numbers2?.quantiles.find((q) => q.p === 0.5)?.value;
  const show = (value) => {
    if (value === null || value === void 0) return "";
    if (column2.kind === "datetime")
      return new Date(value).toISOString().replace("T00:00:00.000Z", "");
    return Number.isInteger(value) ? String(value) : value.toPrecision(6).replace(/\.?0+$/, "");
  };
  const top = column2.categories?.items[0];
  return [
    column2.name,
    column2.kind,
    String(column2.count),
    String(column2.missing),
    `${approx(column2.distinct.exact)}${column2.distinct.value}`,
    column2.kind === "datetime" ? "" : show(numbers2?.mean),
    column2.kind === "datetime" ? "" : show(numbers2?.std),
    show(numbers2?.min),
    median === void 0 ? "" : `${approx(numbers2.accuracy.exact)}${show(median)}`,
    show(numbers2?.max),
    top ? `${top.value} (${approx(column2.categories.exact)}${top.count})` : ""
  ];
}

// src/cli/profile-command.ts
var usage2 = 'usage: mlgate profile FILE\u2026 [-o profile.json] [--format csv|jsonl|parquet] [--delimiter ,] [--missing-values "",NA] [--sketch-size 1024] [--category-limit 1000] [--histogram-bins 20] [--allow-bad-rows]\n       mlgate profile --merge PROFILE.json\u2026 -o whole.json';
async function profileCommand(argv, out = (text) => process.stdout.write(text), err = (text) => process.stderr.write(text)) {
  const options = parseOptions(argv);
  let profile;
  let badRows = 0;
  try {
    const profiles = [];
    for (const file of options.files) {
      if (options.merge) {
        profiles.push(parseProfileJson(await readFile(path2.resolve(file), "utf8"), file));
        continue;
      }
      const scan = await scanTableFile(path2.resolve(file), file, {
        format: options.format,
        delimiter: options.delimiter,
        missingValues: options.missingValues,
        otherColumns: "auto"
      });
      for (const bad of scan.badRows) {
        err(
          `${file}${bad.line === void 0 ? "" : `:${bad.line}`} (row ${bad.row}): ${bad.problem}
`
        );
      }
      if (scan.badRowCount > scan.badRows.length) {
        err(`${file}: \u2026 ${scan.badRowCount - scan.badRows.length} more bad rows
`);
      }
      badRows += scan.badRowCount;
      profiles.push(profileTable(scan, options.settings));
    }
    profile = mergeProfiles(profiles);
  } catch (error) {
    throw new CliUsageError(error.message);
  }
  if (badRows > 0 && !options.allowBadRows) {
    err(
      `mlgate profile: ${badRows} row(s) could not be split into the header's columns; fix them, or pass --allow-bad-rows to profile the rest (the profile records how many were left out)
`
    );
    return 1;
  }
  const json = `${JSON.stringify(profile)}
`;
  if (options.output) {
    await writeFile(options.output, json);
    out(`${renderProfileText(profile)}
profile written to ${options.output}
`);
  } else {
    out(json);
  }
  return 0;
}
function parseOptions(argv) {
  let parsed;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new CliUsageError(`${error.message}
${usage2}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new CliUsageError(`name at least one file
${usage2}`);
  const format = values.format;
  if (format !== void 0 && format !== "csv" && format !== "jsonl" && format !== "parquet") {
    throw new CliUsageError(`--format must be csv, jsonl or parquet, not "${format}"`);
  }
  if (values.delimiter !== void 0 && values.delimiter.length !== 1) {
    throw new CliUsageError(
      `--delimiter is one character, e.g. "," or ";" (a tab: --delimiter "$(printf '\\t')")`
    );
  }
  const integer = (name, fallback, min) => {
    const text = values[name];
    if (text === void 0) return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < min) {
      throw new CliUsageError(`--${name} must be a whole number \u2265 ${min}, not "${text}"`);
    }
    return value;
  };
  return {
    files: positionals,
    output: values.output,
    merge: values.merge ?? false,
    format,
    delimiter: values.delimiter,
    missingValues: values["missing-values"]?.split(","),
    settings: {
      sketchSize: integer("sketch-size", defaultProfileSettings.sketchSize, 1),
      categoryLimit: integer("category-limit", defaultProfileSettings.categoryLimit, 0),
      hllPrecision: defaultProfileSettings.hllPrecision,
      histogramBins: integer("histogram-bins", defaultProfileSettings.histogramBins, 1)
    },
    allowBadRows: values["allow-bad-rows"] ?? false
  };
}
function parse(argv) {
  return parseArgs2({
    args: [...argv],
    options: {
      output: { type: "string", short: "o" },
      merge: { type: "boolean" },
      format: { type: "string" },
      delimiter: { type: "string" },
      "missing-values": { type: "string" },
      "sketch-size": { type: "string" },
      "category-limit": { type: "string" },
      "histogram-bins": { type: "string" },
      "allow-bad-rows": { type: "boolean" }
    },
    strict: true,
    allowPositionals: true
  });
}

// src/cli/run-command.ts
import { writeFile as writeFile2 } from "node:fs/promises";
import path3 from "node:path";
import { parseArgs as parseArgs3 } from "node:util";
async function runCommand(argv) {
  const { values } = parseOrExplain2(argv);
  const root = path3.resolve(values["working-directory"] ?? ".");
  const configPath = values.config ?? ".github/mlgate.yml";
  const { report } = await runGate({
    // The config path is given relative to the shell, checks' paths relative to the root.
    configPath: path3.relative(root, path3.resolve(configPath)),
    workspace: nodeWorkspace(root),
    event: { name: "local", ...values.base ? { baseSha: values.base } : {} },
    now: /* @__PURE__ */ new Date(),
    mlgateVersion
  });
  const markdown = renderSummary(report, { commentKey: "local" });
  if (values.out) await writeFile2(values.out, markdown);
  if (values.json) await writeFile2(values.json, renderJson(report));
  if (!values.quiet) process.stdout.write(`${markdown}
`);
  const where = [values.out, values.json].filter(Boolean).join(" and ");
  process.stderr.write(
    `${report.verdict.passed ? "mlgate: PASSED" : "mlgate: BLOCKED"} \u2014 ML Test Score ${report.score.final} (${report.score.band.range})${where ? `; report written to ${where}` : ""}
` + report.verdict.reasons.map((reason) => `  - ${reason}
`).join("")
  );
  if (report.configErrors.length > 0) return 2;
  return report.verdict.passed ? 0 : 1;
}
function parseOrExplain2(argv) {
  try {
    return parseArgs3({
      args: [...argv],
      options: {
        config: { type: "string", short: "c" },
        "working-directory": { type: "string", short: "C" },
        out: { type: "string", short: "o" },
        json: { type: "string" },
        quiet: { type: "boolean", short: "q" },
        base: { type: "string" }
      },
      strict: true,
      allowPositionals: false
    });
  } catch (error) {
    throw new CliUsageError(
      `${error.message}
usage: mlgate run [--config mlgate.yml] [--working-directory DIR] [--out report.md] [--json report.json] [--base REV] [--quiet]`
    );
  }
}

// src/cli/cli-commands.ts
var cliCommands = {
  run: runCommand,
  metrics: metricsCommand,
  profile: profileCommand
};

// src/cli/run-cli.ts
async function runCli(argv) {
  const [name, ...rest] = argv;
  const usage3 = `usage: mlgate <command> [options]
commands: ${Object.keys(cliCommands).join(", ")}
`;
  if (name === void 0 || name === "--help" || name === "-h") {
    process.stdout.write(usage3);
    return name === void 0 ? 2 : 0;
  }
  const command = cliCommands[name];
  if (!command) {
    process.stderr.write(`mlgate: unknown command "${name}"
${usage3}`);
    return 2;
  }
  try {
    return await command(rest);
  } catch (error) {
    if (error instanceof CliUsageError) {
      process.stderr.write(`mlgate ${name}: ${error.message}
`);
      return 2;
    }
    throw error;
  }
}

// src/cli.ts
process.exitCode = await runCli(process.argv.slice(2));
