import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  chiSquareIndependence,
  code,
  defaultDriftRules,
  defaultSkewRules,
  driftDetails,
  driftMethods,
  escapeHtml,
  escapeMarkdown,
  formatCell,
  formatFigureValue,
  formatStatistic,
  linearRegression,
  median,
  nameCategories,
  quantileSorted,
  rSquared,
  renderDetailBlock,
  renderTable,
  rule,
  runDrift,
  sampleCorrelation,
  sampleRankCorrelation,
  sampleStandardDeviation,
  scanForDrift
} from "./chunk-YZTWQIMI.js";
import {
  didYouMean
} from "./chunk-WBTIN56Y.js";
import {
  definedMetric,
  directionOf,
  formatMetric,
  formatNumber,
  formatSigned,
  improvement,
  labelKey,
  metricNamesByTask,
  metricNumber,
  parseTableText,
  predictionsEvaluator,
  quoteList,
  readPredictions,
  requireColumn,
  rowError,
  tasks,
  undefinedMetric
} from "./chunk-FDD2VOOY.js";
import {
  validateTableFile
} from "./chunk-2GCUEG2Z.js";
import {
  errorKinds,
  parseTableSchema
} from "./chunk-6RP456KW.js";
import {
  external_exports,
  joinPath,
  lineOfPath,
  require_dist
} from "./chunk-C5K2P7VO.js";
import {
  defaultProfileSettings,
  inferColumnKind
} from "./chunk-VRDFWPVG.js";
import {
  errorMessage
} from "./chunk-NXAI4H4I.js";
import {
  CELL_PRESENT,
  parseIsoDate,
  parseIsoDatetime,
  parseNumberCell
} from "./chunk-HNURZLB2.js";
import {
  __toESM
} from "./chunk-VJ4UBBLQ.js";

// src/config/format-config-error.ts
function formatConfigError(error) {
  const where = error.line === void 0 ? error.file : `${error.file}:${error.line}`;
  const key19 = error.key ? `\`${error.key}\`: ` : "";
  return `${where}: ${key19}${configProblem(error)}`;
}
function configProblem(error) {
  return error.fix === void 0 ? error.message : `${error.message}; ${error.fix}`;
}

// src/config-fields/shared-schemas.ts
var calendarDate = external_exports.string({ error: "expected a date written YYYY-MM-DD, e.g. 2026-12-31 (quote it in YAML)" }).regex(/^\d{4}-\d{2}-\d{2}$/, {
  error: "expected a date written YYYY-MM-DD, e.g. 2026-12-31",
  abort: true
}).refine(
  (text) => {
    const date = /* @__PURE__ */ new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  },
  { error: "this date does not exist on the calendar; check the day and month" }
);
var repoPath = external_exports.string({ error: "expected a file path relative to the repository, e.g. data/train.csv" }).min(1, { error: "the path is empty; give a file path relative to the repository" });
var tableFile = external_exports.union(
  [
    repoPath,
    external_exports.strictObject({
      path: repoPath,
      format: external_exports.enum(["csv", "jsonl", "parquet"]).optional(),
      delimiter: external_exports.string().length(1, { error: 'the delimiter is one character, e.g. "," or "\\t"' }).optional(),
      missing_values: external_exports.array(external_exports.string()).optional()
    })
  ],
  {
    error: "expected a file path, or an object with `path` (and optionally format, delimiter, missing_values)"
  }
);
var probability = external_exports.number({ error: "expected a number between 0 and 1" }).min(0, { error: "must be at least 0" }).max(1, { error: "must be at most 1" });
var nonNegative = external_exports.number({ error: "expected a number \u2265 0" }).min(0, { error: "must be at least 0" });

// src/model/check.ts
var sections = ["data", "model", "infrastructure", "monitoring"];

// src/config/check-instances.ts
function checkInstances(entry) {
  if (!Array.isArray(entry)) return [{ config: entry }];
  return entry.map(({ name, ...config }) => ({ name, config }));
}
function configuredInstances(checks) {
  return new Map(
    Object.entries(checks).map(([id, entry]) => [
      id,
      Array.isArray(entry) ? entry.map((instance) => instance.name) : void 0
    ])
  );
}

// src/statistics/seeded-random.ts
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function randomIndex(random, n) {
  return Math.floor(random() * n);
}

// src/statistics/paired-bootstrap.ts
function pairedBootstrap(n, statistics, options) {
  if (n < 1) throw new RangeError("a bootstrap needs at least one row");
  const random = seededRandom(options.seed);
  const weights = new Float64Array(n);
  const samples = /* @__PURE__ */ new Map();
  const undefinedCounts = /* @__PURE__ */ new Map();
  for (let b2 = 0; b2 < options.resamples; b2++) {
    weights.fill(0);
    for (let i = 0; i < n; i++) weights[randomIndex(random, n)] += 1;
    for (const [name, value] of Object.entries(statistics(weights))) {
      if (!samples.has(name)) {
        samples.set(name, []);
        undefinedCounts.set(name, 0);
      }
      if (value === null || !Number.isFinite(value)) {
        undefinedCounts.set(name, undefinedCounts.get(name) + 1);
      } else samples.get(name).push(value);
    }
  }
  const alpha = (1 - options.confidence) / 2;
  const intervals = {};
  for (const [name, values] of samples) {
    if (values.length === 0) {
      intervals[name] = null;
      continue;
    }
    const sorted = values.sort((a2, b2) => a2 - b2);
    intervals[name] = {
      low: quantileSorted(sorted, alpha),
      high: quantileSorted(sorted, 1 - alpha),
      resamples: values.length,
      undefinedResamples: undefinedCounts.get(name)
    };
  }
  return intervals;
}

// src/metrics/bootstrap-metric-deltas.ts
function bootstrapMetricDeltas(a2, b2, rows, names2, options) {
  return pairedBootstrap(
    rows,
    (weights) => {
      const x = a2(weights);
      const y = b2(weights);
      return Object.fromEntries(
        names2.map((name) => {
          const first = metricNumber(x[name]);
          const second = metricNumber(y[name]);
          return [name, first === null || second === null ? null : first - second];
        })
      );
    },
    options
  );
}

// src/metrics/baseline-rule.ts
var baselineRules = ["majority_class", "mean", "median"];
function ruleBaseline(candidate, rule3) {
  const n = candidate.data.labels.length;
  switch (candidate.task) {
    case "binary": {
      if (rule3 !== "majority_class")
        throw new Error(`baseline rule ${rule3} is for regression; use majority_class`);
      const positives = candidate.data.labels.reduce((sum, label) => sum + label, 0);
      const rate = positives / n;
      const positiveFirst = candidate.positiveLabel < (candidate.negativeLabel ?? "");
      const majority = rate > 0.5 || rate === 0.5 && positiveFirst ? 1 : 0;
      return {
        ...candidate,
        data: {
          labels: candidate.data.labels,
          scores: new Float64Array(n).fill(rate),
          predicted: new Uint8Array(n).fill(majority)
        }
      };
    }
    case "multiclass": {
      if (rule3 !== "majority_class")
        throw new Error(`baseline rule ${rule3} is for regression; use majority_class`);
      const { classes, labels, probabilityClasses: k } = candidate.data;
      const counts = new Float64Array(classes.length);
      for (const label of labels) counts[label] += 1;
      let majority = 0;
      for (let c2 = 1; c2 < classes.length; c2++) {
        const more = counts[c2] > counts[majority];
        const tieFirst = counts[c2] === counts[majority] && classes[c2] < classes[majority];
        if (more || tieFirst) majority = c2;
      }
      let probabilities = null;
      if (k > 0) {
        probabilities = new Float64Array(n * k);
        for (let row = 0; row < n; row++) {
          for (let j = 0; j < k; j++) probabilities[row * k + j] = counts[j] / n;
        }
      }
      return {
        ...candidate,
        data: { ...candidate.data, predicted: new Int32Array(n).fill(majority), probabilities }
      };
    }
    case "regression": {
      if (rule3 === "majority_class")
        throw new Error("baseline rule majority_class is for classification; use mean or median");
      const labels = [...candidate.data.labels];
      const value = rule3 === "mean" ? labels.reduce((a2, b2) => a2 + b2, 0) / n : median(labels);
      return {
        ...candidate,
        data: { labels: candidate.data.labels, predicted: new Float64Array(n).fill(value) }
      };
    }
  }
}

// src/config-fields/table-file-options.ts
function tableFileOptions(file) {
  if (typeof file === "string") return { path: file, options: {} };
  return {
    path: file.path,
    options: {
      ...file.format ? { format: file.format } : {},
      ...file.delimiter ? { delimiter: file.delimiter } : {},
      ...file.missing_values ? { missingValues: file.missing_values } : {}
    }
  };
}

// src/metrics/load-predictions.ts
async function loadPredictions(workspace, file, columns, key19) {
  const { path, options } = tableFileOptions(file);
  return readPredictions(await workspace.readTable(path, key19, options), columns);
}
async function loadPredictionsAtRevision(workspace, revision, file, columns, key19) {
  const { path, options } = tableFileOptions(file);
  if (options.format === "parquet" || path.toLowerCase().endsWith(".parquet")) {
    throw new Error(
      `${key19}: ${path} is Parquet, which mlgate cannot read at the base commit; export production predictions as CSV or JSONL, or name a production file`
    );
  }
  const text = await workspace.readTextAtRevision(revision, path, key19);
  if (text === null) return null;
  return readPredictions(
    parseTableText(text, `${path}@${revision.slice(0, 12)}`, options),
    columns
  );
}

// src/metrics/select-rows.ts
function selectRows(predictions2, rows) {
  const ids = predictions2.ids ? Array.from(rows, (row) => predictions2.ids[row]) : null;
  const pick = (values) => values.constructor === Uint8Array ? Uint8Array.from(rows, (row) => values[row]) : values.constructor === Int32Array ? Int32Array.from(rows, (row) => values[row]) : Float64Array.from(rows, (row) => values[row]);
  switch (predictions2.task) {
    case "binary": {
      const { labels, scores, predicted } = predictions2.data;
      return {
        ...predictions2,
        ids,
        data: {
          labels: pick(labels),
          scores: scores ? pick(scores) : null,
          predicted: predicted ? pick(predicted) : null
        }
      };
    }
    case "multiclass": {
      const { probabilities, probabilityClasses: k } = predictions2.data;
      let picked = null;
      if (probabilities) {
        picked = new Float64Array(rows.length * k);
        rows.forEach((row, i) => {
          picked.set(probabilities.subarray(row * k, row * k + k), i * k);
        });
      }
      return {
        ...predictions2,
        ids,
        data: {
          ...predictions2.data,
          labels: pick(predictions2.data.labels),
          predicted: pick(predictions2.data.predicted),
          probabilities: picked
        }
      };
    }
    case "regression":
      return {
        ...predictions2,
        ids,
        data: {
          labels: pick(predictions2.data.labels),
          predicted: pick(predictions2.data.predicted)
        }
      };
  }
}

// src/metrics/pair-by-id.ts
function pairById(a2, b2) {
  if (!a2.ids || !b2.ids) throw new Error("pairing needs an id column in both prediction sets");
  const rowOfB = new Map(b2.ids.map((id, row) => [id, row]));
  const rowsA = [];
  const rowsB = [];
  a2.ids.forEach((id, row) => {
    const other = rowOfB.get(id);
    if (other === void 0) return;
    const labelA = labelOf(a2, row);
    const labelB = labelOf(b2, other);
    if (labelA !== labelB) {
      throw new Error(
        `${a2.table.source}:${a2.table.lineOf(row)} and ${b2.table.source}:${b2.table.lineOf(other)}: id "${id}" has label "${labelA}" in one and "${labelB}" in the other; compare predictions on the same evaluation data`
      );
    }
    rowsA.push(row);
    rowsB.push(other);
  });
  return {
    a: selectRows(a2, Int32Array.from(rowsA)),
    b: selectRows(b2, Int32Array.from(rowsB)),
    onlyA: a2.ids.length - rowsA.length,
    onlyB: b2.ids.length - rowsB.length
  };
}
function labelOf(predictions2, row) {
  switch (predictions2.task) {
    case "binary":
      return predictions2.data.labels[row] ? predictions2.positiveLabel : predictions2.negativeLabel ?? "";
    case "multiclass":
      return predictions2.data.classes[predictions2.data.labels[row]];
    case "regression":
      return String(predictions2.data.labels[row]);
  }
}

// src/metrics/predictions-config.ts
var columnName = external_exports.string({ error: "expected a column name" }).min(1, { error: "the column name is empty" });
var predictionColumnsShape = {
  task: external_exports.enum(tasks, { error: "task is one of binary, multiclass, regression" }).describe("binary, multiclass or regression: decides which metrics are computed."),
  label_column: columnName.describe("The true label (classification) or value (regression)."),
  score_column: columnName.optional().describe("Binary: the positive class's score or probability. Regression: the prediction."),
  prediction_column: columnName.optional().describe("The predicted label or value; for binary, used instead of thresholding the score."),
  positive_label: external_exports.union([external_exports.string(), external_exports.number(), external_exports.boolean()], {
    error: 'positive_label is the label value of the positive class, e.g. 1 or "fraud"'
  }).optional().describe("Binary: the label that counts as positive; 1 and true are inferred."),
  probability_columns: external_exports.record(external_exports.string(), columnName, {
    error: "probability_columns maps each class to its column, e.g. {cat: p_cat, dog: p_dog}"
  }).optional().describe("Multiclass: class \u2192 column holding its probability."),
  probability_prefix: external_exports.string().min(1, { error: "the prefix is empty" }).optional().describe("Multiclass: each column named `<prefix><class>` holds that class's probability."),
  id_column: columnName.optional().describe("A column naming each row; needed to pair prediction sets and join features."),
  threshold: probability.default(0.5).describe("Binary decision threshold: a score at or above it predicts positive.")
};
function requirePredictionColumns(config, context) {
  const issue = (path, message) => context.addIssue({ code: "custom", path: [path], message });
  const probabilities = config.probability_columns ?? config.probability_prefix;
  if (config.probability_columns && config.probability_prefix) {
    issue("probability_prefix", "give probability_columns or probability_prefix, not both");
  }
  switch (config.task) {
    case "binary":
      if (!config.score_column && !config.prediction_column) {
        issue(
          "score_column",
          "a binary task needs score_column (a score per row) or prediction_column"
        );
      }
      if (probabilities)
        issue(
          "probability_columns",
          "probability columns are for task multiclass; use score_column"
        );
      break;
    case "multiclass":
      if (!config.prediction_column && !probabilities) {
        issue(
          "probability_columns",
          "a multiclass task needs probability_columns, probability_prefix or prediction_column"
        );
      }
      if (config.score_column)
        issue(
          "score_column",
          "a multiclass task takes probability_columns or probability_prefix, not score_column"
        );
      break;
    case "regression":
      if (!config.score_column && !config.prediction_column) {
        issue(
          "prediction_column",
          "a regression task needs prediction_column (the predicted value)"
        );
      }
      if (probabilities)
        issue("probability_columns", "probability columns are for task multiclass");
      break;
  }
  if (config.positive_label !== void 0 && config.task !== "binary") {
    issue("positive_label", "positive_label is for task binary");
  }
}
function predictionColumnsOf(config) {
  return {
    task: config.task,
    labelColumn: config.label_column,
    scoreColumn: config.score_column,
    predictionColumn: config.prediction_column,
    positiveLabel: config.positive_label,
    probabilityColumns: config.probability_columns,
    probabilityPrefix: config.probability_prefix,
    idColumn: config.id_column
  };
}
var predictionOverridesShape = {
  score_column: columnName.optional(),
  prediction_column: columnName.optional(),
  probability_columns: predictionColumnsShape.probability_columns,
  probability_prefix: predictionColumnsShape.probability_prefix
};
function withOverrides(columns, overrides) {
  const probabilities = overrides.probability_columns ?? overrides.probability_prefix;
  return {
    ...columns,
    ...overrides.score_column || overrides.prediction_column ? { scoreColumn: overrides.score_column, predictionColumn: overrides.prediction_column } : {},
    ...probabilities ? {
      probabilityColumns: overrides.probability_columns,
      probabilityPrefix: overrides.probability_prefix
    } : {}
  };
}
function requireGroupingColumns(config, grouped, context) {
  if (config.features && !config.id_column) {
    context.addIssue({
      code: "custom",
      path: ["id_column"],
      message: "joining a features file needs id_column in the predictions"
    });
  }
  for (const column of Object.keys(config.bins)) {
    if (!grouped.columns.includes(column)) {
      context.addIssue({
        code: "custom",
        path: ["bins", column],
        message: `"${column}" is not in ${grouped.key}; add it there or remove its bins`
      });
    }
  }
}

// src/metrics/load-baseline.ts
async function loadBaseline(workspace, candidate, columns, source, key19) {
  if (source.rule) {
    return {
      candidate,
      baseline: ruleBaseline(candidate, source.rule),
      description: `rule ${source.rule} (fitted on the evaluation labels)`,
      unpaired: 0
    };
  }
  const baselineColumns = withOverrides(columns, source);
  const column = source.score_column ?? source.prediction_column ?? source.probability_prefix ?? "probability columns";
  if (!source.predictions) {
    return {
      candidate,
      baseline: readPredictions(candidate.table, baselineColumns),
      description: `column ${column} of ${candidate.table.source}`,
      unpaired: 0
    };
  }
  const other = await loadPredictions(
    workspace,
    source.predictions,
    baselineColumns,
    `${key19}.predictions`
  );
  const description = `${column} of ${other.table.source}`;
  if (candidate.ids && other.ids) {
    const paired = pairById(candidate, other);
    if (paired.a.data.labels.length === 0) {
      throw new Error(
        `${key19}: no id of ${candidate.table.source} appears in ${other.table.source}; score the baseline on the same rows`
      );
    }
    return { candidate: paired.a, baseline: paired.b, description, unpaired: paired.onlyA };
  }
  if (!sameLabelsInOrder(candidate, other)) {
    throw new Error(
      `${key19}: ${other.table.source} does not list the same labels in the same order as ${candidate.table.source}; set id_column so rows can be paired by id`
    );
  }
  return { candidate, baseline: other, description, unpaired: 0 };
}
function sameLabelsInOrder(a2, b2) {
  const x = a2.data.labels;
  const y = b2.data.labels;
  if (x.length !== y.length || a2.task !== b2.task) return false;
  if (a2.task === "multiclass" && b2.task === "multiclass") {
    return x.every((label, i) => a2.data.classes[label] === b2.data.classes[y[i]]);
  }
  return x.every((label, i) => label === y[i]);
}

// src/metrics/baseline-config.ts
var baselineSource = external_exports.strictObject(
  {
    predictions: tableFile.optional().describe(
      "The baseline's predictions file; default: the candidate's file, with the columns below."
    ),
    ...predictionOverridesShape,
    rule: external_exports.enum(baselineRules, { error: "rule is one of majority_class, mean, median" }).optional().describe(
      "A baseline computed from the labels: majority_class (classification), mean or median (regression)."
    )
  },
  {
    error: "the baseline is {rule: majority_class | mean | median}, or {score_column: \u2026} / {prediction_column: \u2026} (with predictions: <file> when in another file)"
  }
).superRefine((baseline, context) => {
  const columns = baseline.score_column ?? baseline.prediction_column ?? baseline.probability_columns ?? baseline.probability_prefix;
  if (baseline.rule && (baseline.predictions || columns)) {
    context.addIssue({
      code: "custom",
      path: ["rule"],
      message: "a rule baseline is computed from the labels; remove predictions and the column keys"
    });
  }
  if (!baseline.rule && !columns) {
    context.addIssue({
      code: "custom",
      path: [],
      message: "name the baseline: rule (majority_class, mean, median), or its score_column / prediction_column / probability columns (and predictions: <file> when they are in another file)"
    });
  }
});

// src/metrics/bootstrap-config.ts
var bootstrapConfig = external_exports.strictObject({
  resamples: external_exports.int({ error: "resamples is a whole number" }).min(1e3, { error: "use at least 1000 resamples for a stable interval" }).max(1e5, { error: "at most 100000 resamples" }).default(1e3).describe("How many resamples of the paired rows."),
  confidence: external_exports.number({ error: "confidence is a level such as 0.95" }).min(0.5, { error: "confidence is at least 0.5" }).max(0.999, { error: "confidence is at most 0.999" }).default(0.95).describe("Two-sided level of the percentile interval."),
  seed: external_exports.int({ error: "seed is a whole number" }).default(1).describe("Seed of the resampling: the same seed gives the same interval.")
}).default({ resamples: 1e3, confidence: 0.95, seed: 1 }).describe("Paired bootstrap of the difference between the two models, resampling rows.");

// src/checks/baseline-comparison/baseline-comparison-config.ts
var baselineComparisonConfig = external_exports.strictObject({
  predictions: tableFile.describe("The candidate's predictions (CSV, JSONL or Parquet)."),
  ...predictionColumnsShape,
  baseline: baselineSource.describe(
    "The simpler model: rule majority_class / mean / median, or its columns (in predictions: <file> when elsewhere)."
  ),
  margins: external_exports.record(external_exports.string(), nonNegative).refine((margins) => Object.keys(margins).length > 0, {
    error: "name at least one metric and margin, e.g. {roc_auc: 0.05}"
  }).describe(
    "Per metric: how much better than the baseline the candidate must be, in the metric's own direction (0: at least as good)."
  ),
  require_significant: external_exports.boolean().default(false).describe(
    "Demand that the bootstrap interval's worse end beats the margin, not just the point estimate."
  ),
  bootstrap: bootstrapConfig
}).superRefine((config, context) => {
  requirePredictionColumns(config, context);
  const known = metricNamesByTask[config.task];
  for (const name of Object.keys(config.margins)) {
    if (!known.includes(name)) {
      context.addIssue({
        code: "custom",
        path: ["margins", name],
        message: `not a ${config.task} metric; use one of ${known.join(", ")}`
      });
    }
  }
});

// src/checks/baseline-comparison/baseline-comparison.ts
var key = "checks.baseline_comparison";
var baselineComparison = {
  id: "baseline_comparison",
  title: "The model beats a simple baseline",
  rubric: ["model-5"],
  config: baselineComparisonConfig,
  async run(config, { workspace }) {
    const columns = predictionColumnsOf(config);
    const candidateAll = await loadPredictions(
      workspace,
      config.predictions,
      columns,
      `${key}.predictions`
    );
    const pair = await loadBaseline(
      workspace,
      candidateAll,
      columns,
      config.baseline,
      `${key}.baseline`
    );
    const candidate = predictionsEvaluator(pair.candidate, config.threshold);
    const baseline = predictionsEvaluator(pair.baseline, config.threshold);
    const names2 = Object.keys(config.margins);
    const rows = pair.candidate.data.labels.length;
    const intervals = bootstrapMetricDeltas(candidate, baseline, rows, names2, config.bootstrap);
    const candidateMetrics = candidate();
    const baselineMetrics = baseline();
    const percent4 = `${Math.round(config.bootstrap.confidence * 100)}%`;
    const findings = [];
    const failed = [];
    const figures = [];
    const tableRows = names2.map((name) => {
      const margin = config.margins[name];
      const direction = directionOf(name);
      const a2 = candidateMetrics[name];
      const b2 = baselineMetrics[name];
      if (!a2.defined || !b2.defined) {
        failed.push(name);
        findings.push({
          id: `metric:${name}:undefined`,
          severity: "fail",
          message: `${name} is undefined for the ${a2.defined ? "baseline" : "candidate"} (${a2.defined ? b2.defined ? "" : b2.reason : a2.reason}), so the comparison cannot be made`
        });
        return [name, formatMetric(a2), formatMetric(b2), "\u2014", `\u2265 ${margin}`, "\u{1F534} undefined"];
      }
      const gain = improvement(direction, a2.value, b2.value);
      const delta = intervals[name];
      const low = delta ? direction === "higher_is_better" ? delta.low : -delta.high : null;
      const high = delta ? direction === "higher_is_better" ? delta.high : -delta.low : null;
      const intervalText3 = low !== null && high !== null ? ` [${formatSigned(low)}, ${formatSigned(high)}]` : "";
      const short = gain < margin;
      const unconfirmed = !short && config.require_significant && (low === null || low < margin);
      if (short || unconfirmed) {
        failed.push(name);
        findings.push({
          id: `metric:${name}`,
          severity: "fail",
          message: short ? `${name}: the candidate (${formatNumber(a2.value)}) gains ${formatSigned(gain)} over the baseline (${formatNumber(b2.value)}), less than the required ${margin}${intervalText3 ? `; ${percent4} interval${intervalText3}` : ""}` : `${name}: the candidate beats the baseline by ${formatSigned(gain)}, but the ${percent4} interval${intervalText3} does not clear the required ${margin}`
        });
      }
      figures.push({ name: `${name} gain over baseline`, value: gain, threshold: `\u2265 ${margin}` });
      return [
        name,
        formatMetric(a2),
        formatMetric(b2),
        `${formatSigned(gain)}${intervalText3}`,
        `\u2265 ${margin}`,
        short || unconfirmed ? "\u{1F534} not better enough" : "\u{1F7E2} better"
      ];
    });
    return {
      kind: "ran",
      summary: failed.length === 0 ? `beats the baseline (${pair.description}) on ${names2.join(", ")} by the required margins` : `does not beat the baseline (${pair.description}) by the required margin on ${failed.join(", ")}`,
      figures,
      findings,
      details: [
        {
          type: "table",
          title: "Candidate vs baseline",
          header: [
            "metric",
            "candidate",
            "baseline",
            `gain [${percent4} CI]`,
            "required gain",
            "status"
          ],
          rows: tableRows,
          note: `Baseline: ${pair.description}. ${rows} rows${pair.unpaired > 0 ? ` (${pair.unpaired} candidate rows without a baseline partner left out)` : ""}; gain is in each metric's better direction; paired bootstrap, ${config.bootstrap.resamples} resamples, seed ${config.bootstrap.seed}.`
        }
      ]
    };
  }
};

// src/infra/command-outcome.ts
var CommandTimeoutError = class extends Error {
  name = "CommandTimeoutError";
};
function minutesToMs(minutes) {
  return Math.round(minutes * 6e4);
}
function requireFinished(result2, key19, timeoutMinutes2) {
  if (!result2.timedOut) return;
  throw new CommandTimeoutError(
    `${key19} did not finish within ${timeoutMinutes2} min, so its process group was killed; raise timeout_minutes or make the command faster. Last lines of its log${logWhere(result2)}:
${result2.logTail || "(no output)"}`
  );
}
function exitDescription(result2) {
  if (result2.exitCode !== null) return `exit code ${result2.exitCode}`;
  return `killed by ${result2.signal ?? "a signal"}`;
}
function logBlock(title, result2) {
  return {
    type: "code",
    title: `${title}${logWhere(result2)}`,
    text: result2.logTail || "(no output)"
  };
}
function logWhere(result2) {
  return result2.logPath ? ` (full log: ${result2.logPath})` : "";
}
function seconds(durationMs) {
  return `${(durationMs / 1e3).toFixed(1)} s`;
}

// src/infra/tolerance.ts
function withinTolerance(a2, b2, tolerance3) {
  if (Number.isNaN(a2) || Number.isNaN(b2)) return Number.isNaN(a2) && Number.isNaN(b2);
  if (!Number.isFinite(a2) || !Number.isFinite(b2)) return a2 === b2;
  return Math.abs(a2 - b2) <= tolerance3.absolute + tolerance3.relative * Math.max(Math.abs(a2), Math.abs(b2));
}
function relativeDifference(a2, b2) {
  const scale = Math.max(Math.abs(a2), Math.abs(b2));
  return scale === 0 ? 0 : Math.abs(a2 - b2) / scale;
}
function describeTolerance(tolerance3) {
  const parts = [];
  if (tolerance3.absolute > 0 || tolerance3.relative === 0) parts.push(`abs ${tolerance3.absolute}`);
  if (tolerance3.relative > 0) parts.push(`rel ${tolerance3.relative}`);
  return `\u2264 ${parts.join(" + ")}`;
}

// src/infra/compare-tables.ts
function compareTables(left, right, options) {
  const pairs = options.columns ?? left.columnNames.filter((name) => name !== options.idColumn && right.columnNames.includes(name)).map((name) => ({ left: name, right: name }));
  for (const pair of pairs) {
    requireColumn2(left, pair.left);
    requireColumn2(right, pair.right);
  }
  const rowPairs = options.idColumn ? joinOnId(left, right, options.idColumn) : joinByPosition(left, right);
  const columns = pairs.map((pair) => compareColumn(left, right, pair, rowPairs.matched, options));
  const cap = (ids) => ids.slice(0, options.maxExamples);
  return {
    leftRows: left.rowCount,
    rightRows: right.rowCount,
    matchedRows: rowPairs.matched.length,
    onlyLeft: cap(rowPairs.onlyLeft),
    onlyRight: cap(rowPairs.onlyRight),
    onlyLeftCount: rowPairs.onlyLeft.length,
    onlyRightCount: rowPairs.onlyRight.length,
    columns
  };
}
function requireColumn2(table2, name) {
  const cells = table2.column(name);
  if (!cells) {
    throw new Error(
      `${table2.source}: no column named "${name}"; the file has: ${table2.columnNames.join(", ")}`
    );
  }
  return cells;
}
function idIndex(table2, idColumn) {
  const cells = requireColumn2(table2, idColumn);
  const index2 = /* @__PURE__ */ new Map();
  cells.forEach((cell, row) => {
    if (cell === null) {
      throw new Error(
        `${table2.source}:${table2.lineOf(row)}: the id column "${idColumn}" is empty; every row needs an id`
      );
    }
    const id = String(cell);
    const earlier = index2.get(id);
    if (earlier !== void 0) {
      throw new Error(
        `${table2.source}:${table2.lineOf(row)}: id "${id}" in column "${idColumn}" also appears on line ${table2.lineOf(earlier)}; ids must be unique to compare row by row`
      );
    }
    index2.set(id, row);
  });
  return index2;
}
function joinOnId(left, right, idColumn) {
  const leftIds = idIndex(left, idColumn);
  const rightIds = idIndex(right, idColumn);
  const matched = [];
  const onlyLeft = [];
  for (const [id, row] of leftIds) {
    const other = rightIds.get(id);
    if (other === void 0) onlyLeft.push(id);
    else matched.push({ id, left: row, right: other });
  }
  const onlyRight = [...rightIds.keys()].filter((id) => !leftIds.has(id));
  return { matched, onlyLeft, onlyRight };
}
function joinByPosition(left, right) {
  const matched = [];
  const shared = Math.min(left.rowCount, right.rowCount);
  for (let row = 0; row < shared; row++)
    matched.push({ id: `row ${row + 1}`, left: row, right: row });
  const rest = (from, to) => Array.from({ length: Math.max(0, to - from) }, (_, k) => `row ${from + k + 1}`);
  return {
    matched,
    onlyLeft: rest(shared, left.rowCount),
    onlyRight: rest(shared, right.rowCount)
  };
}
function compareColumn(left, right, pair, rows, options) {
  const leftCells = requireColumn2(left, pair.left);
  const rightCells = requireColumn2(right, pair.right);
  let differing = 0;
  let maxAbsolute = null;
  let maxRelative = null;
  const examples = [];
  for (const row of rows) {
    const a2 = leftCells[row.left] ?? null;
    const b2 = rightCells[row.right] ?? null;
    const x = parseNumberCell(a2);
    const y = parseNumberCell(b2);
    let same;
    if (typeof x === "number" && typeof y === "number") {
      same = withinTolerance(x, y, options.tolerance);
      if (Number.isFinite(x) && Number.isFinite(y)) {
        maxAbsolute = Math.max(maxAbsolute ?? 0, Math.abs(x - y));
        maxRelative = Math.max(maxRelative ?? 0, relativeDifference(x, y));
      }
    } else {
      same = a2 === null || b2 === null ? a2 === b2 : String(a2) === String(b2);
    }
    if (!same) {
      differing++;
      if (examples.length < options.maxExamples) {
        examples.push({ id: row.id, left: a2, right: b2, line: left.lineOf(row.left) });
      }
    }
  }
  return {
    ...pair,
    compared: rows.length,
    differing,
    maxAbsoluteDifference: maxAbsolute,
    maxRelativeDifference: maxRelative,
    examples
  };
}

// src/infra/file-was-written.ts
function fileWasWritten(before, after) {
  if (after === null) return false;
  if (before === null || before.kind !== "file" || after.kind !== "file") return true;
  if (before.sha256 !== after.sha256) return true;
  return before.modifiedMs !== void 0 && after.modifiedMs !== void 0 && after.modifiedMs > before.modifiedMs;
}

// src/infra/command-config.ts
var commandLine = external_exports.string({ error: 'expected a shell command line, e.g. "python train.py --seed 1"' }).trim().min(1, { error: 'the command is empty; give the shell command to run, e.g. "python train.py"' });
function timeoutMinutes(defaultMinutes) {
  return external_exports.number({ error: "expected a number of minutes, e.g. 30" }).positive({ error: "the timeout must be more than 0 minutes" }).max(360, { error: "at most 360 minutes (a GitHub-hosted job stops at 6 hours)" }).default(defaultMinutes).describe(
    "Minutes before the command and everything it started are killed; the check then ends `error` with the end of its log."
  );
}
var workingDirectory = repoPath.optional().describe("Where the command runs, relative to the repository root; default the root.");
var tolerance = external_exports.strictObject({
  absolute: external_exports.number().min(0, { error: "a tolerance is at least 0" }).default(0).describe("Largest acceptable |a \u2212 b|."),
  relative: external_exports.number().min(0, { error: "a tolerance is at least 0" }).default(0).describe("Largest acceptable |a \u2212 b| / max(|a|, |b|).")
});

// src/checks/canary/canary-config.ts
var columnType = external_exports.enum(["number", "integer", "probability", "string", "boolean"], {
  error: "a column type is number, integer, probability (a number in [0, 1]), string or boolean"
});
var canaryConfig = external_exports.strictObject({
  command: commandLine.describe(
    "Loads the model with the serving code and predicts on a sample, writing `output`."
  ),
  timeout_minutes: timeoutMinutes(10),
  working_directory: workingDirectory,
  output: tableFile.describe("The predictions the command writes (CSV, JSONL or Parquet)."),
  sample: tableFile.optional().describe("The sample the command predicts on: the output must have one row per sample row."),
  expected_rows: external_exports.int().min(1).optional().describe("Or the exact number of rows expected."),
  columns: external_exports.record(external_exports.string().min(1), columnType).refine((columns) => Object.keys(columns).length > 0, {
    error: "name at least one output column and its type, e.g. {score: probability}"
  }).describe("The columns the output must have, with their type."),
  ranges: external_exports.record(
    external_exports.string(),
    external_exports.strictObject({ min: external_exports.number().optional(), max: external_exports.number().optional() })
  ).default({}).describe("Plausible range per column."),
  id_column: external_exports.string().min(1).optional().describe("The column naming each row, to join with the training-side predictions."),
  training_predictions: external_exports.strictObject({
    path: tableFile,
    id_column: external_exports.string().min(1).optional().describe("Default: the canary's id_column."),
    columns: external_exports.record(external_exports.string(), external_exports.string()).optional().describe(
      "Canary column \u2192 training column; default the same names for every number column."
    )
  }).optional().describe("The training side's predictions for the same examples, for the agreement test."),
  tolerance: tolerance.default({ absolute: 1e-6, relative: 0 }).describe("How close serving and training predictions must be."),
  min_agreement: external_exports.number().min(0).max(1).default(1).describe("Share of matched rows whose predictions must agree within the tolerance."),
  max_examples: external_exports.int().min(1).max(100).default(5).describe("How many offending rows to name.")
}).refine((config) => !config.training_predictions || config.id_column, {
  error: "training_predictions are joined on ids: set id_column"
});

// src/checks/canary/inspect-canary-output.ts
function inspectCanaryOutput(table2, config) {
  const findings = [];
  const ids = config.id_column ? table2.column(config.id_column) : void 0;
  const rowName = (row) => ids ? `id ${String(ids[row])}` : `line ${table2.lineOf(row)}`;
  for (const [column, type] of Object.entries(config.columns)) {
    const cells = table2.column(column);
    if (!cells) {
      findings.push({
        id: `schema:${column}`,
        severity: "fail",
        message: `the canary output has no column "${column}"; it has: ${table2.columnNames.join(", ")}`,
        location: { path: table2.source, column }
      });
      continue;
    }
    const problems = /* @__PURE__ */ new Map();
    const note = (id, what, row) => {
      const problem = problems.get(id) ?? { id, what, rows: [], count: 0 };
      problem.count++;
      if (problem.rows.length < config.max_examples) problem.rows.push(rowName(row));
      problems.set(id, problem);
    };
    const range = config.ranges[column];
    cells.forEach((cell, row) => {
      const problem = cell === null ? { id: "missing", what: "missing" } : cellProblem(cell, type);
      if (problem) {
        note(problem.id, problem.what, row);
      } else if (range && cell !== null && type !== "string" && type !== "boolean") {
        const value = parseNumberCell(cell);
        if (range.min !== void 0 && value < range.min || range.max !== void 0 && value > range.max) {
          note("range", `outside [${range.min ?? "\u2212\u221E"}, ${range.max ?? "\u221E"}]`, row);
        }
      }
    });
    for (const problem of problems.values()) {
      findings.push({
        id: `${problem.id}:${column}`,
        severity: "fail",
        message: `${column}: ${problem.count} of ${cells.length} rows ${problem.what} (${problem.rows.join(", ")}${problem.count > problem.rows.length ? ", \u2026" : ""})`,
        location: { path: table2.source, column }
      });
    }
  }
  return findings;
}
function cellProblem(cell, type) {
  if (type === "string") return void 0;
  if (type === "boolean") {
    return typeof cell === "boolean" || /^(true|false|0|1)$/i.test(String(cell).trim()) ? void 0 : { id: "type", what: "not true/false" };
  }
  const value = parseNumberCell(cell);
  if (typeof value !== "number") return { id: "type", what: "not a number" };
  if (Number.isNaN(value)) return { id: "nan", what: "NaN" };
  if (!Number.isFinite(value)) return { id: "nan", what: "\xB1Infinity" };
  if (type === "integer" && !Number.isInteger(value)) return { id: "type", what: "not an integer" };
  if (type === "probability" && (value < 0 || value > 1))
    return { id: "range", what: "outside [0, 1]" };
  return void 0;
}

// src/checks/canary/canary.ts
var key2 = "checks.canary";
var canary = {
  id: "canary",
  title: "The model is canaried before serving",
  rubric: ["infra-6"],
  config: canaryConfig,
  async run(config, { workspace }) {
    const output2 = tableFileOptions(config.output);
    const before = await workspace.hashFile(output2.path, `${key2}.output`);
    const result2 = await workspace.runCommand({
      command: config.command,
      key: `${key2}.command`,
      timeoutMs: minutesToMs(config.timeout_minutes),
      ...config.working_directory ? { workingDirectory: config.working_directory } : {}
    });
    if (result2.outcome === "refused") return { kind: "skipped", reason: result2.reason };
    requireFinished(result2, `${key2}.command`, config.timeout_minutes);
    const details = [logBlock("Canary log (last lines)", result2)];
    const fail = (id, message) => ({
      kind: "ran",
      summary: `canary failed: ${message}`,
      figures: [{ name: "exit code", value: result2.exitCode, threshold: "= 0" }],
      findings: [{ id, severity: "fail", message }],
      details
    });
    if (result2.exitCode !== 0) {
      return fail(
        "command",
        `\`${config.command}\` ended with ${exitDescription(result2)}: the serving code could not load the model or predict`
      );
    }
    const after = await workspace.hashFile(output2.path, `${key2}.output`);
    if (after === null) return fail("output", `the canary command did not write ${output2.path}`);
    if (!fileWasWritten(before, after)) {
      return fail(
        "output",
        `${output2.path} is untouched since before the run: the canary command did not write it`
      );
    }
    const table2 = await workspace.readTable(output2.path, `${key2}.output`, output2.options);
    const findings = [];
    const figures = [{ name: "rows", value: table2.rowCount }];
    const expected = config.sample ? (await workspace.readTable(
      tableFileOptions(config.sample).path,
      `${key2}.sample`,
      tableFileOptions(config.sample).options
    )).rowCount : config.expected_rows;
    if (expected !== void 0) {
      figures[0] = { name: "rows", value: table2.rowCount, threshold: `= ${expected}` };
      if (table2.rowCount !== expected) {
        findings.push({
          id: "row-count",
          severity: "fail",
          message: `the canary wrote ${table2.rowCount} rows for ${expected} sample rows`,
          location: { path: output2.path }
        });
      }
    }
    findings.push(...inspectCanaryOutput(table2, config));
    if (config.training_predictions && config.id_column) {
      const training = tableFileOptions(config.training_predictions.path);
      const trainingTable = await workspace.readTable(
        training.path,
        `${key2}.training_predictions`,
        training.options
      );
      const pairs = config.training_predictions.columns ? Object.entries(config.training_predictions.columns).map(([left, right]) => ({
        left,
        right
      })) : Object.entries(config.columns).filter(
        ([name, type]) => name !== config.id_column && type !== "string" && type !== "boolean"
      ).map(([name]) => ({ left: name, right: name }));
      const trainingId = config.training_predictions.id_column ?? config.id_column;
      const comparison = compareTables(
        table2,
        renameColumn(trainingTable, trainingId, config.id_column),
        {
          idColumn: config.id_column,
          columns: pairs,
          tolerance: config.tolerance,
          maxExamples: config.max_examples
        }
      );
      if (comparison.matchedRows === 0) {
        findings.push({
          id: "agreement:ids",
          severity: "fail",
          message: `no canary id appears in ${training.path}; check id_column and that both sides predict on the same examples`
        });
      } else if (comparison.onlyLeftCount > 0) {
        findings.push({
          id: "agreement:ids",
          severity: "warn",
          message: `${comparison.onlyLeftCount} canary rows have no training-side prediction (ids ${comparison.onlyLeft.join(", ")}${comparison.onlyLeftCount > comparison.onlyLeft.length ? ", \u2026" : ""})`
        });
      }
      const rows = [];
      for (const column of comparison.columns) {
        const agreement = column.compared === 0 ? null : 1 - column.differing / column.compared;
        figures.push({
          name: `agreement ${column.left}`,
          value: agreement === null ? null : Number(agreement.toFixed(4)),
          threshold: `\u2265 ${config.min_agreement}`
        });
        rows.push([
          column.left,
          column.right,
          `${column.compared - column.differing} of ${column.compared}`,
          column.maxAbsoluteDifference ?? "\u2014"
        ]);
        if (agreement !== null && agreement < config.min_agreement) {
          const examples = column.examples.map((e2) => `id ${e2.id}: ${String(e2.left)} vs ${String(e2.right)}`).join("; ");
          findings.push({
            id: `agreement:${column.left}`,
            severity: "fail",
            message: `${column.left} disagrees with the training side's ${column.right} on ${column.differing} of ${column.compared} rows beyond ${describeTolerance(config.tolerance)} (${examples})`,
            location: { path: output2.path, column: column.left }
          });
        }
      }
      details.unshift({
        type: "table",
        title: `Agreement with ${training.path} (${describeTolerance(config.tolerance)})`,
        header: ["Canary column", "Training column", "Rows agreeing", "Max |\u0394|"],
        rows
      });
    }
    const failures = findings.filter((f2) => f2.severity === "fail").length;
    return {
      kind: "ran",
      summary: failures === 0 ? `the serving code loaded the model and predicted ${table2.rowCount} rows in ${seconds(result2.durationMs)}; output checks passed` : `the serving code predicted ${table2.rowCount} rows, but ${failures} output check${failures === 1 ? "" : "s"} failed`,
      figures,
      findings,
      details
    };
  }
};
function renameColumn(table2, from, to) {
  if (from === to) return table2;
  return {
    source: table2.source,
    format: table2.format,
    rowCount: table2.rowCount,
    columnNames: table2.columnNames.map((name) => name === from ? to : name),
    column: (name) => table2.column(name === to ? from : name),
    lineOf: (row) => table2.lineOf(row)
  };
}

// src/infra/base-revision.ts
function baseRevision(configured, event) {
  return configured ?? event.baseSha ?? event.pullRequest?.baseSha;
}
function noBaseReason(checkId) {
  return `there is no base revision to compare with: this is not a pull request. Set checks.${checkId}.base_revision (e.g. HEAD~1 or origin/main), or pass --base to mlgate run`;
}

// src/infra/compare-metrics.ts
var import_yaml = __toESM(require_dist(), 1);
function parseMetricsDocument(text, source) {
  let value;
  try {
    value = (0, import_yaml.parse)(text);
  } catch (error) {
    throw new Error(`${source}: not valid JSON or YAML (${errorMessage(error).split("\n")[0]})`);
  }
  if (value === null || typeof value !== "object") {
    throw new Error(
      `${source}: a metrics file holds an object of named values, e.g. {"auc": 0.91}`
    );
  }
  const leaves = /* @__PURE__ */ new Map();
  flatten(value, "", leaves);
  return leaves;
}
function flatten(value, prefix, into) {
  if (value !== null && typeof value === "object") {
    for (const [key19, child] of Object.entries(value)) {
      flatten(child, prefix === "" ? key19 : `${prefix}.${key19}`, into);
    }
    return;
  }
  if (typeof value === "bigint") into.set(prefix, Number(value));
  else if (value instanceof Date) into.set(prefix, value.toISOString());
  else into.set(prefix, value ?? null);
}
function compareMetrics(left, right, tolerance3, ignore = []) {
  const keys = [.../* @__PURE__ */ new Set([...left.keys(), ...right.keys()])].filter(
    (key19) => !ignore.some((pattern2) => pattern2.test(key19))
  );
  const differences = [];
  for (const key19 of keys) {
    const a2 = left.get(key19);
    const b2 = right.get(key19);
    if (typeof a2 === "number" && typeof b2 === "number") {
      if (!withinTolerance(a2, b2, tolerance3)) {
        const finite = Number.isFinite(a2) && Number.isFinite(b2);
        differences.push({
          key: key19,
          left: a2,
          right: b2,
          absoluteDifference: finite ? Math.abs(a2 - b2) : null,
          relativeDifference: finite ? relativeDifference(a2, b2) : null
        });
      }
    } else if (a2 !== b2) {
      differences.push({
        key: key19,
        left: a2,
        right: b2,
        absoluteDifference: null,
        relativeDifference: null
      });
    }
  }
  return { compared: keys.length, differences };
}

// src/checks/compute-performance/benchmark-results.ts
var knownMetrics = {
  "latency_ms.p50": "lower",
  "latency_ms.p90": "lower",
  "latency_ms.p95": "lower",
  "latency_ms.p99": "lower",
  "latency_ms.mean": "lower",
  throughput_per_second: "higher",
  peak_memory_mb: "lower",
  model_size_mb: "lower",
  training_seconds: "lower"
};
function parseBenchmark(text, source, label) {
  return fromLeaves(parseMetricsDocument(text, source), label);
}
function fromLeaves(leaves, fallbackLabel) {
  const values = /* @__PURE__ */ new Map();
  for (const [key19, value] of leaves) if (typeof value === "number") values.set(key19, value);
  const name = leaves.get("version") ?? leaves.get("commit");
  return { label: name === void 0 || name === null ? fallbackLabel : String(name), values };
}
function parseHistory(text, source) {
  const trimmed = text.trim();
  if (trimmed === "") return [];
  if (trimmed.startsWith("[")) {
    let entries;
    try {
      entries = JSON.parse(trimmed);
    } catch (error) {
      throw new Error(`${source}: not valid JSON (${errorMessage(error)})`);
    }
    return entries.map(
      (entry, index2) => parseBenchmark(JSON.stringify(entry), `${source} entry ${index2 + 1}`, `entry ${index2 + 1}`)
    );
  }
  return trimmed.split("\n").map((line, index2) => ({ line: line.trim(), index: index2 })).filter(({ line }) => line !== "").map(({ line, index: index2 }) => {
    try {
      JSON.parse(line);
    } catch (error) {
      throw new Error(
        `${source}:${index2 + 1}: not valid JSON (${errorMessage(error)}); write one JSON object per line`
      );
    }
    return parseBenchmark(line, `${source}:${index2 + 1}`, `line ${index2 + 1}`);
  });
}

// src/checks/compute-performance/compute-performance-config.ts
var regression = external_exports.number({ error: "expected a fraction, e.g. 0.1 for 10%" }).min(0, { error: "a regression threshold is at least 0" });
var computePerformanceConfig = external_exports.strictObject({
  candidate: repoPath.describe(
    'Benchmark results of this change (JSON or YAML), e.g. {"latency_ms": {"p95": 41.2}, "peak_memory_mb": 812}.'
  ),
  production: repoPath.optional().describe(
    "Production's results in the workspace (e.g. a downloaded artifact); default: `candidate`'s path at the base revision."
  ),
  history: repoPath.optional().describe(
    "Earlier versions' results, oldest first: a JSON array or JSON Lines, each entry like `candidate` plus an optional `version`."
  ),
  max_regression: regression.default(0.1).describe(
    "Sudden regression: fail when a metric is worse than production by more than this fraction."
  ),
  max_leak: regression.default(0.1).describe(
    "Slow leak: fail when a metric is worse than the best of the last `leak_window` versions by more than this fraction."
  ),
  leak_window: external_exports.int().min(2).max(100).default(5).describe("How many past versions (from history) the slow-leak test looks back."),
  metrics: external_exports.record(
    external_exports.string().min(1),
    external_exports.strictObject({
      better: external_exports.enum(["lower", "higher"], {
        error: "better is lower (latency, memory) or higher (throughput)"
      }),
      max_regression: regression.optional(),
      max_leak: regression.optional(),
      min_change: nonNegative.optional().describe("Changes smaller than this (in the metric's unit) are noise and never fail.")
    })
  ).default({}).describe(
    "Metrics besides the built-in ones, or overrides: dotted key \u2192 which way is better and its own thresholds."
  ),
  base_revision: external_exports.string().min(1).optional().describe("The revision holding production; default the PR base.")
});

// src/checks/compute-performance/compute-performance.ts
var key3 = "checks.compute_performance";
var computePerformance = {
  id: "compute_performance",
  title: "Computing performance has not regressed",
  rubric: ["monitor-6"],
  config: computePerformanceConfig,
  async run(config, { workspace, event }) {
    const candidate = parseBenchmark(
      await workspace.readText(config.candidate, `${key3}.candidate`),
      config.candidate,
      "candidate"
    );
    const history = config.history ? parseHistory(await workspace.readText(config.history, `${key3}.history`), config.history) : [];
    const production = await productionResults(
      config,
      workspace,
      baseRevision(config.base_revision, event),
      history
    );
    if (!production && history.length === 0) {
      return {
        kind: "skipped",
        reason: `nothing to compare ${config.candidate} with: no production results (set production, or commit the file so it exists at the base revision) and no history`
      };
    }
    const rules = {
      ...Object.fromEntries(
        Object.entries(knownMetrics).map(([name, better]) => [name, { better }])
      ),
      ...config.metrics
    };
    const window = history.slice(-config.leak_window);
    const findings = [];
    const rows = [];
    let worst2 = 0;
    let judged = 0;
    for (const [metric, rule3] of Object.entries(rules)) {
      const value = candidate.values.get(metric);
      if (value === void 0) {
        if (metric in config.metrics) {
          findings.push({
            id: `missing:${metric}`,
            severity: "fail",
            message: `${config.candidate} has no number at "${metric}", which ${key3}.metrics declares; write it in the benchmark results or remove it from the config`,
            location: { path: config.candidate }
          });
        }
        continue;
      }
      const sign = rule3.better === "lower" ? 1 : -1;
      const worse = (reference) => reference === 0 ? 0 : sign * (value - reference) / Math.abs(reference);
      const noise = (reference) => Math.abs(value - reference) < ("min_change" in rule3 ? rule3.min_change ?? 0 : 0);
      const maxRegression = ("max_regression" in rule3 ? rule3.max_regression : void 0) ?? config.max_regression;
      const maxLeak = ("max_leak" in rule3 ? rule3.max_leak : void 0) ?? config.max_leak;
      const productionValue = production?.values.get(metric);
      let change = null;
      if (productionValue !== void 0) {
        change = worse(productionValue);
        worst2 = Math.max(worst2, change);
        if (change > maxRegression && !noise(productionValue)) {
          findings.push({
            id: `sudden:${metric}`,
            severity: "fail",
            message: `${metric} is ${percent(change)} worse than production (${production.label}): ${format(productionValue)} \u2192 ${format(value)}; the limit is ${percent(maxRegression)}`,
            location: { path: config.candidate }
          });
        }
      }
      const past = window.map((entry) => entry.values.get(metric)).filter((v) => v !== void 0);
      let best = null;
      let leak = null;
      if (past.length >= 2) {
        best = rule3.better === "lower" ? Math.min(...past) : Math.max(...past);
        leak = worse(best);
        worst2 = Math.max(worst2, leak);
        if (leak > maxLeak && !noise(best) && !findings.some((f2) => f2.id === `sudden:${metric}`)) {
          findings.push({
            id: `leak:${metric}`,
            severity: "fail",
            message: `${metric} has crept to ${format(value)}, ${percent(leak)} worse than the best of the last ${past.length} versions (${format(best)}); the limit is ${percent(maxLeak)}`,
            location: { path: config.candidate }
          });
        }
      }
      if (change !== null || leak !== null) judged++;
      rows.push([
        metric,
        rule3.better,
        format(value),
        productionValue === void 0 ? "\u2014" : format(productionValue),
        change === null ? "\u2014" : signed(change),
        best === null ? "\u2014" : format(best),
        leak === null ? "\u2014" : signed(leak)
      ]);
    }
    const ignored = [...candidate.values.keys()].filter((metric) => !(metric in rules));
    if (judged === 0) {
      findings.push({
        id: "compared:none",
        severity: "fail",
        message: `no metric of ${config.candidate} could be compared: ${rows.length === 0 ? "none is a known performance metric" : "production and the history do not report the same keys"}; declare its keys under ${key3}.metrics with better: lower|higher, and keep the key names the same across versions`,
        location: { path: config.candidate }
      });
    }
    const compared = rows.length;
    return {
      kind: "ran",
      summary: judged === 0 ? `no metric of ${config.candidate} could be compared` : findings.length === 0 ? `${compared} performance metrics within limits${production ? ` of production (${production.label})` : ""}${window.length >= 2 ? ` and of the best of the last ${window.length} versions` : ""}` : `${findings.length} performance regression${findings.length === 1 ? "" : "s"}: ${findings.map((f2) => f2.id.split(":").slice(1).join(":")).join(", ")}`,
      figures: [
        {
          name: "worst regression",
          value: Number(worst2.toFixed(4)),
          threshold: `\u2264 ${config.max_regression}`
        },
        { name: "metrics compared", value: compared }
      ],
      findings,
      details: [
        {
          type: "table",
          title: "Benchmark results (positive change = worse)",
          header: [
            "Metric",
            "Better",
            "Candidate",
            "Production",
            "Change",
            `Best of last ${config.leak_window}`,
            "vs best"
          ],
          rows
        },
        ...ignored.length > 0 ? [
          {
            type: "list",
            title: "Not compared (declare under metrics with `better: lower|higher` to compare)",
            items: ignored
          }
        ] : []
      ]
    };
  }
};
async function productionResults(config, workspace, base, history) {
  if (config.production) {
    return parseBenchmark(
      await workspace.readText(config.production, `${key3}.production`),
      config.production,
      "production"
    );
  }
  if (base) {
    const text = await workspace.readTextAtRevision(base, config.candidate, `${key3}.candidate`);
    if (text !== null)
      return parseBenchmark(
        text,
        `${config.candidate} at ${base.slice(0, 12)}`,
        `at ${base.slice(0, 12)}`
      );
  }
  return history.at(-1);
}
function percent(fraction) {
  return `${(fraction * 100).toFixed(1)}%`;
}
function signed(fraction) {
  return `${fraction > 0 ? "+" : ""}${percent(fraction)}`;
}
function format(value) {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
}

// src/checks/debuggability/debuggability-config.ts
var debuggabilityConfig = external_exports.strictObject({
  command: commandLine.describe(
    "Runs one example through the pipeline and prints the intermediate values (features, activations, score)."
  ),
  timeout_minutes: timeoutMinutes(10),
  working_directory: workingDirectory
});

// src/checks/debuggability/debuggability.ts
var key4 = "checks.debuggability.command";
var debuggability = {
  id: "debuggability",
  title: "The model is debuggable",
  rubric: ["infra-5"],
  config: debuggabilityConfig,
  async run(config, { workspace }) {
    const result2 = await workspace.runCommand({
      command: config.command,
      key: key4,
      timeoutMs: minutesToMs(config.timeout_minutes),
      ...config.working_directory ? { workingDirectory: config.working_directory } : {}
    });
    if (result2.outcome === "refused") return { kind: "skipped", reason: result2.reason };
    requireFinished(result2, key4, config.timeout_minutes);
    const printed = result2.logTail.trim() !== "";
    const findings = [];
    if (result2.exitCode !== 0) {
      findings.push({
        id: "exit",
        severity: "fail",
        message: `the debug command ended with ${exitDescription(result2)}`
      });
    }
    if (!printed) {
      findings.push({
        id: "output",
        severity: "fail",
        message: "the debug command printed nothing; it should print the intermediate values of one example"
      });
    }
    return {
      kind: "ran",
      summary: findings.length === 0 ? `\`${config.command}\` stepped through an example in ${seconds(result2.durationMs)} and printed ${result2.outputBytes} bytes` : `\`${config.command}\`: ${findings.map((f2) => f2.message).join("; ")}`,
      figures: [
        { name: "exit code", value: result2.exitCode, threshold: "= 0" },
        { name: "output bytes", value: result2.outputBytes, threshold: "> 0" }
      ],
      findings,
      details: [logBlock("Debug output (last lines)", result2)]
    };
  }
};

// src/infra/dependencies/compare-versions.ts
var phaseRank = {
  dev: -3,
  a: -2,
  alpha: -2,
  b: -1,
  beta: -1,
  c: 0,
  rc: 0,
  pre: 0,
  preview: 0,
  post: 2,
  rev: 2,
  r: 2
};
var pattern = /^v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(dev|a|alpha|b|beta|c|rc|pre|preview|post|rev|r)[-_.]?(\d*)(?:\.[0-9A-Za-z.-]*)?)?(\+.*)?$/i;
function parseVersion(text) {
  const match = pattern.exec(text.trim());
  if (!match) return void 0;
  const tag = match[3]?.toLowerCase();
  return {
    epoch: Number(match[1] ?? 0),
    release: match[2].split(".").map(Number),
    phase: tag === void 0 ? [1, 0] : [phaseRank[tag], Number(match[4] || 0)],
    local: match[5] !== void 0
  };
}
function compareVersions(a2, b2) {
  const x = parseVersion(a2);
  const y = parseVersion(b2);
  if (!x || !y) return compareLoose(a2, b2);
  if (x.epoch !== y.epoch) return x.epoch - y.epoch;
  const length = Math.max(x.release.length, y.release.length);
  for (let i = 0; i < length; i++) {
    const difference = (x.release[i] ?? 0) - (y.release[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return x.phase[0] - y.phase[0] || x.phase[1] - y.phase[1] || Number(x.local) - Number(y.local);
}
function isMajorChange(from, to) {
  const x = parseVersion(from);
  const y = parseVersion(to);
  if (!x || !y) return false;
  if (x.epoch !== y.epoch) return true;
  if (x.release[0] !== y.release[0]) return true;
  return x.release[0] === 0 && (x.release[1] ?? 0) !== (y.release[1] ?? 0);
}
function compareLoose(a2, b2) {
  const parts = (text) => text.match(/\d+|[A-Za-z]+/g) ?? [];
  const x = parts(a2);
  const y = parts(b2);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const p = x[i];
    const q = y[i];
    if (p === void 0) return -1;
    if (q === void 0) return 1;
    const numeric = /^\d/.test(p) && /^\d/.test(q);
    const difference = numeric ? Number(p) - Number(q) : p.localeCompare(q);
    if (difference !== 0) return difference;
  }
  return 0;
}

// src/infra/dependencies/diff-dependencies.ts
function index(dependencies) {
  const entries = /* @__PURE__ */ new Map();
  for (const dependency of dependencies) {
    const entry = entries.get(dependency.name) ?? { versions: [], specifiers: [], pinned: true };
    if (dependency.version && !entry.versions.includes(dependency.version))
      entry.versions.push(dependency.version);
    if (!entry.specifiers.includes(dependency.specifier))
      entry.specifiers.push(dependency.specifier);
    entry.pinned &&= dependency.pinned;
    if (entry.line === void 0 && dependency.line !== void 0) entry.line = dependency.line;
    entries.set(dependency.name, entry);
  }
  for (const entry of entries.values()) {
    entry.versions.sort(compareVersions);
    entry.specifiers.sort();
  }
  return entries;
}
function describe(entry) {
  if (!entry) return "";
  if (entry.pinned && entry.versions.length > 0) return entry.versions.join(", ");
  return entry.specifiers.map((s) => s || "any version").join(", ");
}
function diffDependencies(before, after) {
  const old = index(before);
  const current = index(after);
  const changes = [];
  const names2 = [.../* @__PURE__ */ new Set([...old.keys(), ...current.keys()])].sort();
  for (const name of names2) {
    const a2 = old.get(name);
    const b2 = current.get(name);
    const from = describe(a2);
    const to = describe(b2);
    const line = b2?.line !== void 0 ? { line: b2.line } : {};
    if (!a2 || !b2) {
      changes.push({
        name,
        kind: a2 ? "removed" : "added",
        from,
        to,
        major: false,
        unpinned: b2 ? !b2.pinned : false,
        ...line
      });
      continue;
    }
    if (from === to && a2.pinned === b2.pinned) {
      const before2 = a2.specifiers.join(", ");
      const now = b2.specifiers.join(", ");
      if (before2 !== now)
        changes.push({
          name,
          kind: "changed",
          from: before2,
          to: now,
          major: false,
          unpinned: !b2.pinned,
          ...line
        });
      continue;
    }
    const oldTop = a2.versions.at(-1);
    const newTop = b2.versions.at(-1);
    let kind2 = "changed";
    let major = false;
    if (a2.pinned && b2.pinned && oldTop && newTop) {
      const order = compareVersions(newTop, oldTop);
      kind2 = order > 0 ? "upgraded" : order < 0 ? "downgraded" : "changed";
      major = order !== 0 && isMajorChange(oldTop, newTop);
    }
    changes.push({ name, kind: kind2, from, to, major, unpinned: !b2.pinned, ...line });
  }
  return changes;
}

// src/infra/dependencies/manifest-kind.ts
function manifestKind(path) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const lower = name.toLowerCase();
  if (/^requirements.*\.(txt|in)$/.test(lower) || /(^|\/)requirements\/[^/]+\.(txt|in)$/.test(path.toLowerCase())) {
    return "requirements";
  }
  if (/^constraints.*\.txt$/.test(lower)) return "requirements";
  switch (lower) {
    case "pyproject.toml":
      return "pyproject";
    case "poetry.lock":
      return "poetry-lock";
    case "uv.lock":
      return "uv-lock";
    case "pipfile":
      return "pipfile";
    case "pipfile.lock":
      return "pipfile-lock";
    case "environment.yml":
    case "environment.yaml":
      return "conda-environment";
    case "package.json":
      return "package-json";
    case "package-lock.json":
    case "npm-shrinkwrap.json":
      return "package-lock";
    default:
      return void 0;
  }
}

// src/infra/dependencies/parse-conda-environment.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/infra/dependencies/dependency.ts
var lockKinds = [
  "pipfile-lock",
  "poetry-lock",
  "uv-lock",
  "package-lock"
];
function normalizePythonName(name) {
  return name.trim().toLowerCase().replace(/[-_.]+/g, "-");
}

// src/infra/dependencies/parse-requirement.ts
var requirement = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$/;
function parseRequirement(text, line) {
  const withoutMarker = text.split(";")[0].trim();
  const match = requirement.exec(withoutMarker);
  if (!match) return void 0;
  const name = normalizePythonName(match[1]);
  const rest = match[3].trim();
  if (rest.startsWith("@")) {
    const url = rest.slice(1).trim();
    return {
      name,
      version: url,
      specifier: `@ ${url}`,
      pinned: /@[0-9a-f]{40}\b|[#&](sha256|sha384|sha512)=/.test(url),
      ...line === void 0 ? {} : { line }
    };
  }
  const specifier = rest.replace(/^\((.*)\)$/, "$1").replace(/\s+/g, "");
  const exact = /^(===?)([^,*]+)$/.exec(specifier);
  return {
    name,
    ...exact ? { version: exact[2] } : {},
    specifier,
    pinned: exact !== null,
    ...line === void 0 ? {} : { line }
  };
}

// src/infra/dependencies/parse-conda-environment.ts
var matchSpec = /^(?:[\w.-]+::)?([A-Za-z0-9_.-]+)\s*(.*)$/;
function parseCondaEnvironment(text, source) {
  let document;
  try {
    document = (0, import_yaml2.parse)(text);
  } catch (error) {
    throw new Error(`${source}: not valid YAML (${errorMessage(error).split("\n")[0]})`);
  }
  const items = document?.dependencies;
  if (!Array.isArray(items)) return [];
  const dependencies = [];
  for (const item of items) {
    if (typeof item === "string") {
      const dependency = parseMatchSpec(item);
      if (dependency) dependencies.push(dependency);
    } else if (item && typeof item === "object" && Array.isArray(item.pip)) {
      for (const requirement2 of item.pip) {
        if (typeof requirement2 !== "string" || requirement2.startsWith("-")) continue;
        const dependency = parseRequirement(requirement2);
        if (dependency) dependencies.push({ ...dependency, name: `pip:${dependency.name}` });
      }
    }
  }
  return dependencies;
}
function parseMatchSpec(spec) {
  const match = matchSpec.exec(spec.trim());
  if (!match) return void 0;
  const name = match[1].toLowerCase();
  const constraint = match[2].replace(/\s+/g, "");
  const exact = /^==([^=,*|<>!]+)$/.exec(constraint);
  const withBuild = /^==?([^=,*|<>!]+)=([^=,*|<>!]+)$/.exec(constraint);
  const single = /^=([^=,*|<>!]+)$/.exec(constraint);
  const version = exact?.[1] ?? withBuild?.[1] ?? single?.[1];
  const pinned = exact !== null || withBuild !== null || single !== null && single[1].split(".").length >= 3;
  return {
    name,
    ...version && pinned ? { version } : {},
    specifier: constraint,
    pinned
  };
}

// src/infra/dependencies/parse-npm.ts
function parseJson(text, source) {
  try {
    const value = JSON.parse(text);
    if (value && typeof value === "object" && !Array.isArray(value)) return value;
  } catch (error) {
    throw new Error(`${source}: not valid JSON (${errorMessage(error)})`);
  }
  throw new Error(`${source}: expected a JSON object`);
}
var exactVersion = /^=?v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/;
function parsePackageJson(text, source) {
  const document = parseJson(text, source);
  const dependencies = [];
  for (const section of ["dependencies", "devDependencies", "optionalDependencies"]) {
    const entries = document[section];
    if (!entries || typeof entries !== "object") continue;
    for (const [name, spec] of Object.entries(entries)) {
      const specifier = typeof spec === "string" ? spec.trim() : "";
      const exact = exactVersion.exec(specifier);
      dependencies.push({
        name,
        ...exact ? { version: exact[1] } : {},
        specifier,
        pinned: exact !== null
      });
    }
  }
  return dependencies;
}
function parsePackageLock(text, source) {
  const document = parseJson(text, source);
  const dependencies = [];
  const packages = document.packages;
  if (packages && typeof packages === "object") {
    for (const [installPath, entry] of Object.entries(packages)) {
      if (installPath === "" || entry.link === true) continue;
      const name = typeof entry.name === "string" ? entry.name : installPath.slice(installPath.lastIndexOf("node_modules/") + "node_modules/".length);
      const version = typeof entry.version === "string" ? entry.version : void 0;
      dependencies.push({
        name,
        ...version ? { version } : {},
        specifier: version ?? "",
        pinned: true
      });
    }
    return dependencies;
  }
  const walk = (entries) => {
    if (!entries || typeof entries !== "object") return;
    for (const [name, entry] of Object.entries(entries)) {
      const version = typeof entry.version === "string" ? entry.version : void 0;
      dependencies.push({
        name,
        ...version ? { version } : {},
        specifier: version ?? "",
        pinned: true
      });
      walk(entry.dependencies);
    }
  };
  walk(document.dependencies);
  return dependencies;
}

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c2 = ctx.s.charCodeAt(ctx.p++);
  let first = c2;
  let isLiteral = c2 === 39;
  let isMultiline = c2 === ctx.s.charCodeAt(ctx.p) && c2 === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c2 = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c2 === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c2 = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c2 === 10 || c2 === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c2 < 32 && c2 !== 9 || c2 === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c2 === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c2 === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c2 === 120 || c2 === 117 || c2 === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c2 === 120 ? 2 : c2 === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c2 === 32 || c2 === 9)) {
        state = 2;
      } else {
        if (c2 === 98)
          parsed += "\b";
        else if (c2 === 116)
          parsed += "	";
        else if (c2 === 110)
          parsed += "\n";
        else if (c2 === 102)
          parsed += "\f";
        else if (c2 === 114)
          parsed += "\r";
        else if (c2 === 101)
          parsed += "\x1B";
        else if (c2 === 34)
          parsed += '"';
        else if (c2 === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c2 !== 32 && c2 !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c2 === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c2;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c2 = date.charCodeAt(date.length - 1)) !== 90 && c2 !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c2 = ctx.s.charCodeAt(ctx.p);
  if (c2 === 91 || c2 === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c2 === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c2 === 34 || c2 === 39) {
    return parseString(ctx);
  }
  if (c2 === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c2 === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c2 === 43 || c2 === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c2, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c2, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c2, end);
  }
  return parseNumber(ctx, ctx.p, c2, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c2 = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c2 === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c2 === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c2 === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c2 = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c2 === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c2 === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c2 === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c2 === 46)
      state = 2;
    else if (c2 === 101 || c2 === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c2))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c2 = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c2, endChr))) {
    if (!state)
      state = 1;
    if (c2 === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c2 === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c2 === 101 || c2 === 69))
      state = 4;
    else if (state === 4 && (c2 === 43 || c2 === 45)) {
      state = 6;
    } else if (!isDigit(c2))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c2, underscore = 1;
  while (++ctx.p < ctx.s.length && (c2 = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c2, endChr))) {
    if (c2 === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c2, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c2, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c2) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c2, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c2 = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c2 !== 84 && c2 !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c2 = ctx.s.charCodeAt(ctx.p)) {
    if (c2 === 90 || c2 === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c2 === 43 || c2 === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c2, endChr) {
  let start = ctx.p;
  if (!isDigit(c2) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c2, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e2) {
    TomlError.x(e2 instanceof Error ? e2.message : "" + e2, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c2 = ctx.s.charCodeAt(ctx.p);
    if (c2 === 10)
      break;
    if (c2 === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c2 < 32 && c2 !== 9 || c2 === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c2;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c2 = ctx.s.charCodeAt(ctx.p)) === 32 || c2 === 9 || !banNewLines && (c2 === 10 || c2 === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c2 !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c2 = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c2 === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c2 === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c2 === 34 || c2 === 39)) {
      if (c2 === ctx.s.charCodeAt(ctx.p + 1) && c2 === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c2 === 32 || c2 === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c2 < 48 && c2 !== 45 || c2 > 57 && c2 < 65 || c2 > 90 && c2 < 97 && c2 !== 95 || c2 > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c2 = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c2;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c2 = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key19 = parseKey(ctx);
    for (let i = 0; i < key19.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key19[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c2 = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c2 !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c2;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c2 = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c2 = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c2 !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key19, table2, meta, type) {
  let t = table2;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key19.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key19[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key19.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse2(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/infra/dependencies/parse-pyproject.ts
function parsePyproject(text, source) {
  const document = parseToml(text, source);
  const dependencies = [];
  const project = table(document.project);
  const pep508 = (items) => {
    if (!Array.isArray(items)) return;
    for (const item of items) {
      if (typeof item !== "string") continue;
      const dependency = parseRequirement(item);
      if (dependency) dependencies.push(dependency);
    }
  };
  pep508(project.dependencies);
  for (const group of Object.values(table(project["optional-dependencies"]))) pep508(group);
  for (const group of Object.values(table(document["dependency-groups"]))) pep508(group);
  const poetry = table(table(document.tool).poetry);
  poetryTable(poetry.dependencies, dependencies);
  poetryTable(poetry["dev-dependencies"], dependencies);
  for (const group of Object.values(table(poetry.group)))
    poetryTable(table(group).dependencies, dependencies);
  return dependencies;
}
function parseToml(text, source) {
  try {
    return parse2(text);
  } catch (error) {
    const message = errorMessage(error).split("\n")[0];
    throw new Error(`${source}: not valid TOML (${message})`);
  }
}
function table(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
}
function poetryTable(value, into) {
  for (const [rawName, spec] of Object.entries(table(value))) {
    if (rawName.toLowerCase() === "python") continue;
    const constraint = typeof spec === "string" ? spec : typeof table(spec).version === "string" ? table(spec).version : describeSource(table(spec));
    const exact = /^(==?)?\s*(\d[^,*^~<>=!|\s]*)$/.exec(constraint.trim());
    into.push({
      name: normalizePythonName(rawName),
      ...exact ? { version: exact[2] } : {},
      specifier: constraint,
      pinned: exact !== null || /rev\s*=\s*[0-9a-f]{40}/.test(constraint)
    });
  }
}
function describeSource(spec) {
  for (const key19 of ["git", "path", "url"]) {
    if (typeof spec[key19] === "string") {
      const rev = typeof spec.rev === "string" ? ` rev=${spec.rev}` : "";
      return `${key19}=${spec[key19]}${rev}`;
    }
  }
  return "*";
}
function parsePipfile(text, source) {
  const document = parseToml(text, source);
  const dependencies = [];
  for (const section of ["packages", "dev-packages"]) {
    for (const [rawName, spec] of Object.entries(table(document[section]))) {
      const written = typeof spec === "string" ? spec : String(table(spec).version ?? "*");
      const dependency = parseRequirement(`${rawName}${written === "*" ? "" : written}`);
      if (dependency) dependencies.push({ ...dependency, specifier: written });
    }
  }
  return dependencies;
}

// src/infra/dependencies/parse-python-lock.ts
function parseTomlLock(text, source) {
  const packages = parseToml(text, source).package;
  if (!Array.isArray(packages)) return [];
  const dependencies = [];
  for (const entry of packages) {
    if (typeof entry.name !== "string") continue;
    const version = typeof entry.version === "string" ? entry.version : void 0;
    dependencies.push({
      name: normalizePythonName(entry.name),
      ...version ? { version } : {},
      specifier: version ? `==${version}` : "",
      pinned: true
    });
  }
  return dependencies;
}
function parsePipfileLock(text, source) {
  let document;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new Error(`${source}: not valid JSON (${errorMessage(error)})`);
  }
  const dependencies = [];
  for (const section of ["default", "develop"]) {
    const entries = document[section];
    if (entries === null || typeof entries !== "object") continue;
    for (const [name, spec] of Object.entries(entries)) {
      const written = typeof spec?.version === "string" ? spec.version : "";
      const version = written.replace(/^===?/, "");
      dependencies.push({
        name: normalizePythonName(name),
        ...version ? { version } : {},
        specifier: written,
        pinned: true
      });
    }
  }
  return dependencies;
}

// src/infra/dependencies/parse-requirements-txt.ts
function parseRequirementsTxt(text) {
  const dependencies = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const start = i + 1;
    let logical = lines[i];
    while (logical.endsWith("\\") && i + 1 < lines.length)
      logical = logical.slice(0, -1) + lines[++i];
    const content = logical.replace(/(^|\s)#.*$/, "").trim();
    if (content === "") continue;
    if (content.startsWith("-")) {
      const egg = /#egg=([A-Za-z0-9._-]+)/.exec(logical);
      if (/^(-e|--editable)\b/.test(content) && egg) {
        dependencies.push({
          name: normalizePythonName(egg[1]),
          specifier: "editable",
          pinned: false,
          line: start
        });
      }
      continue;
    }
    const requirementText = content.split(/\s+--/)[0];
    const dependency = parseRequirement(requirementText, start);
    if (dependency) dependencies.push(dependency);
  }
  return dependencies;
}

// src/infra/dependencies/parse-manifest.ts
function parseManifest(kind2, text, source) {
  switch (kind2) {
    case "requirements":
      return parseRequirementsTxt(text);
    case "pyproject":
      return parsePyproject(text, source);
    case "poetry-lock":
    case "uv-lock":
      return parseTomlLock(text, source);
    case "pipfile-lock":
      return parsePipfileLock(text, source);
    case "pipfile":
      return parsePipfile(text, source);
    case "conda-environment":
      return parseCondaEnvironment(text, source);
    case "package-json":
      return parsePackageJson(text, source);
    case "package-lock":
      return parsePackageLock(text, source);
  }
}

// src/infra/path-glob.ts
function globToRegExp(pattern2) {
  let source = "";
  let i = 0;
  const text = pattern2.replace(/^\.\//, "").replace(/\/+$/, "");
  while (i < text.length) {
    const ch = text[i];
    if (ch === "*" && text[i + 1] === "*") {
      const startOfSegment = i === 0 || text[i - 1] === "/";
      if (startOfSegment && text[i + 2] === "/") {
        source += "(?:.*/)?";
        i += 3;
      } else {
        source += ".*";
        i += 2;
      }
    } else if (ch === "*") {
      source += "[^/]*";
      i++;
    } else if (ch === "?") {
      source += "[^/]";
      i++;
    } else if (ch === "{") {
      const close = text.indexOf("}", i);
      if (close < 0) throw new Error(`pattern "${pattern2}": "{" is never closed; write {a,b}`);
      source += `(?:${text.slice(i + 1, close).split(",").map((part) => escapeRegExp(part)).join("|")})`;
      i = close + 1;
    } else {
      source += escapeRegExp(ch);
      i++;
    }
  }
  return new RegExp(`^${source}(?:/.*)?$`);
}
function escapeRegExp(text) {
  return text.replace(/[.+^${}()|[\]\\*?]/g, "\\$&");
}
function pathMatches(glob, filePath) {
  const normal = filePath.replace(/\\/g, "/").replace(/^\.\//, "");
  if (glob.test(normal)) return true;
  if (!/^(\/|[A-Za-z]:\/)/.test(normal)) return false;
  for (let slash = normal.indexOf("/"); slash >= 0; slash = normal.indexOf("/", slash + 1)) {
    if (glob.test(normal.slice(slash + 1))) return true;
  }
  return false;
}
function matchesAny(globs2, filePath) {
  return globs2.some((glob) => pathMatches(glob, filePath));
}

// src/checks/dependency-changes/dependency-changes-config.ts
var dependencyChangesConfig = external_exports.strictObject({
  files: external_exports.array(external_exports.string().min(1)).min(1).optional().describe(
    "Globs of dependency files to watch; default every file mlgate can read: requirements*.txt, constraints*.txt, pyproject.toml, Pipfile, Pipfile.lock, poetry.lock, uv.lock, environment.yml, package.json, package-lock.json."
  ),
  fail_on_unpinned: external_exports.boolean().default(false).describe(
    "Fail when the change adds or re-specifies a dependency without pinning one version."
  ),
  fail_on_major: external_exports.boolean().default(false).describe("Fail on a major version bump (or a 0.x minor bump), up or down."),
  base_revision: external_exports.string().min(1).optional().describe("Compare with this revision instead of the PR base, e.g. HEAD~1 on pushes.")
});

// src/checks/dependency-changes/dependency-changes.ts
var key5 = "checks.dependency_changes";
var dependencyChanges = {
  id: "dependency_changes",
  title: "Dependency changes are announced",
  rubric: ["monitor-1"],
  config: dependencyChangesConfig,
  async run(config, { workspace, event }) {
    const base = baseRevision(config.base_revision, event);
    if (!base) return { kind: "skipped", reason: noBaseReason("dependency_changes") };
    const globs2 = config.files?.map(globToRegExp);
    const changedFiles = (await workspace.listChangedFiles(base)).filter(
      (file) => manifestKind(file.path) !== void 0 && (!globs2 || matchesAny(globs2, file.path))
    );
    const findings = [];
    const details = [];
    const all = [];
    for (const file of changedFiles) {
      const kind2 = manifestKind(file.path);
      const before = await workspace.readTextAtRevision(base, file.path, `${key5}.files`);
      const after = file.status === "deleted" ? null : await workspace.readText(file.path, `${key5}.files`);
      const changes = diffDependencies(
        before === null ? [] : parseManifest(kind2, before, `${file.path} at ${base.slice(0, 12)}`),
        after === null ? [] : parseManifest(kind2, after, file.path)
      );
      if (changes.length === 0) continue;
      all.push(...changes.map((change) => ({ ...change, file: file.path })));
      details.push({
        type: "table",
        title: `${file.path}${file.status === "added" ? " (new file)" : file.status === "deleted" ? " (deleted)" : ""}`,
        header: ["Package", "Change", "Before", "After", "Note"],
        rows: changes.map((change) => [
          change.name,
          change.kind,
          change.from || "\u2014",
          change.to || "\u2014",
          [
            change.major ? "\u26A0 major" : "",
            change.unpinned && change.kind !== "removed" ? "not pinned" : ""
          ].filter(Boolean).join(", ")
        ])
      });
      for (const change of changes) {
        const location = { path: file.path, ...change.line ? { line: change.line } : {} };
        if (config.fail_on_major && change.major) {
          findings.push({
            id: `major:${file.path}:${change.name}`,
            severity: "fail",
            message: `${change.name} ${change.kind === "downgraded" ? "goes back" : "jumps"} a major version in ${file.path}: ${change.from} \u2192 ${change.to}`,
            location
          });
        }
        if (config.fail_on_unpinned && change.unpinned && change.kind !== "removed") {
          findings.push({
            id: `unpinned:${file.path}:${change.name}`,
            severity: "fail",
            message: `${change.name} in ${file.path} is ${change.kind} without an exact version (${change.to}); pin it with == (or use the lock file)`,
            location
          });
        }
      }
    }
    const count = (kind2) => all.filter((change) => change.kind === kind2).length;
    const majors = all.filter((change) => change.major);
    const unpinned = all.filter((change) => change.unpinned && change.kind !== "removed");
    const parts = ["upgraded", "downgraded", "added", "removed", "changed"].map((kind2) => [kind2, count(kind2)]).filter(([, n]) => n > 0).map(([kind2, n]) => `${n} ${kind2}`);
    const files = new Set(all.map((change) => change.file)).size;
    const summary = all.length === 0 ? `no dependency changes between ${base.slice(0, 12)} and this change` : `${all.length} dependency changes in ${files} file${files === 1 ? "" : "s"}: ${parts.join(", ")}` + (majors.length > 0 ? `; major: ${majors.slice(0, 5).map((m) => `${m.name} ${m.from} \u2192 ${m.to}`).join(", ")}` : "");
    return {
      kind: "ran",
      summary,
      figures: [
        { name: "dependency changes", value: all.length },
        {
          name: "major bumps",
          value: majors.length,
          ...config.fail_on_major ? { threshold: "= 0" } : {}
        },
        {
          name: "unpinned",
          value: unpinned.length,
          ...config.fail_on_unpinned ? { threshold: "= 0" } : {}
        }
      ],
      findings,
      details
    };
  }
};

// src/checks/drift/drift-config.ts
var featureRule = external_exports.strictObject({
  method: external_exports.enum(driftMethods, { error: `method is one of ${driftMethods.join(", ")}` }).optional().describe(
    "auto (significant test and effect size), ks, chi_square, wasserstein, psi, jensen_shannon or l_infinity."
  ),
  threshold: nonNegative.optional().describe("The level of the method's measure; for auto, the effect-size floor."),
  ignore: external_exports.boolean().optional().describe("Leave this column out.")
});
function driftRulesSchema(defaults) {
  return {
    significance: probability.default(defaults.significance).describe("Benjamini\u2013Hochberg q: the false discovery rate across features."),
    numeric_effect_floor: nonNegative.default(defaults.numericEffectFloor).describe(
      "auto, numeric features: the Wasserstein distance in reference standard deviations a drift must reach."
    ),
    categorical_effect: external_exports.enum(["jensen_shannon", "l_infinity"], {
      error: "categorical_effect is jensen_shannon or l_infinity"
    }).default(defaults.categoricalEffect).describe("auto, categorical features: the effect size, Jensen\u2013Shannon or L\u221E distance."),
    categorical_effect_floor: nonNegative.default(defaults.categoricalEffectFloor).describe("auto, categorical features: the level the effect size must reach."),
    psi_threshold: nonNegative.default(defaults.psiThreshold).describe("Threshold of features whose method is psi."),
    jensen_shannon_threshold: probability.default(defaults.jensenShannonThreshold).describe("Threshold of features whose method is jensen_shannon."),
    l_infinity_threshold: probability.default(defaults.lInfinityThreshold).describe("Threshold of features whose method is l_infinity."),
    warn_share: probability.default(defaults.warnShare).describe(
      "Warn when at least this share of the tested features drifted (and at least one did)."
    ),
    fail_share: probability.default(defaults.failShare).describe("Fail when at least this share of the tested features drifted."),
    ignore: external_exports.array(external_exports.string().min(1), { error: "ignore is a list of column names, e.g. [id]" }).default([]).describe("Columns not compared, e.g. ids and timestamps."),
    features: external_exports.record(external_exports.string(), featureRule).default({}).describe("Per-feature method, threshold or ignore, keyed by column name.")
  };
}
function rulesFromConfig(config) {
  return {
    significance: config.significance,
    numericEffectFloor: config.numeric_effect_floor,
    categoricalEffect: config.categorical_effect,
    categoricalEffectFloor: config.categorical_effect_floor,
    psiThreshold: config.psi_threshold,
    jensenShannonThreshold: config.jensen_shannon_threshold,
    lInfinityThreshold: config.l_infinity_threshold,
    warnShare: config.warn_share,
    failShare: config.fail_share,
    ignore: config.ignore,
    features: config.features
  };
}
var referenceData = external_exports.union([tableFile, external_exports.strictObject({ profile: repoPath })], {
  error: "expected a data file path, an object with `path` (and format, delimiter, missing_values), or {profile: reference.profile.json}"
});
var driftConfig = external_exports.strictObject({
  reference: referenceData.describe(
    "The data drift is measured from: training data or the last release\u2019s data, or {profile: file} for a committed mlgate profile of it."
  ),
  current: tableFile.describe("The data to compare, e.g. a recent sample of serving data."),
  schema: repoPath.optional().describe(
    "A Frictionless Table Schema: columns are read as their declared types, unique and primary-key fields are not compared."
  ),
  ...driftRulesSchema(defaultDriftRules)
}).refine((config) => config.warn_share <= config.fail_share, {
  error: "warn_share must not exceed fail_share",
  path: ["warn_share"]
});

// src/checks/drift/feature-findings.ts
function featureFindings(result2, noun) {
  const severity2 = result2.summary.verdict;
  if (severity2 === "pass") return [];
  const findings = [];
  for (const feature of result2.features) {
    if (feature.status !== "drifted") continue;
    const location = { path: result2.current.path, column: feature.name };
    findings.push({
      id: `feature:${feature.name}`,
      severity: severity2,
      message: shiftMessage(feature, result2, noun),
      location
    });
    if (feature.kind !== "categorical") continue;
    for (const change of categoryChanges(feature)) findings.push({ ...change, severity: severity2, location });
  }
  return findings;
}
function categoryChanges(feature) {
  const changes = [];
  const { name, newCategories, vanishedCategories } = feature;
  if (newCategories.length > 0) {
    const values = valuesIn(feature, newCategories, "current");
    changes.push({
      id: `feature:${name}:new-categories`,
      message: `${name}: ${categoryCount(newCategories)} new in current data (${nameCategories(newCategories)}): ${values}; the reference has none of them`
    });
  }
  if (vanishedCategories.length > 0) {
    const values = valuesIn(feature, vanishedCategories, "reference");
    changes.push({
      id: `feature:${name}:vanished-categories`,
      message: `${name}: ${categoryCount(vanishedCategories)} of the reference gone from current data (${nameCategories(vanishedCategories)}): ${values}`
    });
  }
  return changes;
}
function categoryCount(values) {
  return values.length === 1 ? "1 category" : `${values.length} categories`;
}
function valuesIn(feature, values, side) {
  const wanted = new Set(values);
  const count = feature.categories.filter((category) => wanted.has(category.value)).reduce((sum, category) => sum + category[side], 0);
  const total = feature[side].count;
  const share = total === 0 ? 0 : Math.round(count / total * 1e3) / 10;
  return `${count} of ${total} ${side} values (${share}%)`;
}
function shiftMessage(feature, result2, noun) {
  if (feature.kind === "skipped" || !feature.decision) return `${feature.name}: ${noun}`;
  const effect = result2.rules.categoricalEffect === "l_infinity" ? "L\u221E" : "JS";
  const measures = feature.kind === "numeric" ? [
    feature.ks ? `KS D=${formatStatistic(feature.ks.statistic)} (adjusted p=${formatStatistic(feature.ks.adjustedPValue)})` : "",
    feature.normalizedWasserstein !== null ? `W/\u03C3=${formatStatistic(feature.normalizedWasserstein)}` : "",
    feature.psi !== null ? `PSI=${formatStatistic(feature.psi)}` : ""
  ] : [
    feature.chiSquare ? `\u03C7\xB2=${formatStatistic(feature.chiSquare.statistic)} (adjusted p=${formatStatistic(feature.chiSquare.adjustedPValue)})` : "",
    feature.jensenShannon !== null ? `JS=${formatStatistic(feature.jensenShannon)}` : "",
    feature.lInfinity !== null ? `L\u221E=${formatStatistic(feature.lInfinity)}` : ""
  ];
  return `${feature.name}: ${noun} (${measures.filter(Boolean).join(", ")}; rule: ${rule(feature.decision, feature.kind, effect)})`;
}

// src/checks/drift/drift-outcome.ts
function driftOutcome(run, options) {
  const { result: result2 } = run;
  const { summary } = result2;
  const findings = [];
  for (const bad of run.badRows) {
    const where = bad.rows.slice(0, 3).map(
      (row) => `${row.line === void 0 ? `row ${row.row}` : `line ${row.line}`}: ${row.problem}`
    ).join("; ");
    const line = bad.rows[0]?.line;
    findings.push({
      id: `file:${bad.role}:bad-rows`,
      severity: "fail",
      message: `${bad.source}: ${bad.count} row(s) could not be split into the header's columns and were left out (${where}); fix the file so that ${options.noun} is measured on all of it`,
      location: { path: bad.source, ...line ? { line } : {} }
    });
  }
  findings.push(...featureFindings(result2, options.noun));
  if (summary.tested === 0) {
    findings.push({
      id: "no-features",
      severity: "warn",
      message: `no feature could be compared between ${result2.reference.path} and ${result2.current.path}; check that they share columns and that the columns hold values`
    });
  }
  const worst2 = result2.features.find((f2) => f2.status === "drifted");
  const percent4 = (x) => `${Math.round(x * 1e3) / 10}%`;
  const figures = [
    {
      name: `features with ${options.noun}`,
      value: `${summary.drifted} of ${summary.tested}`,
      threshold: `fail from ${percent4(summary.failShare)}`
    },
    {
      name: `share with ${options.noun}`,
      value: Number(summary.share.toFixed(4)),
      threshold: `< ${summary.failShare}`
    },
    ...worst2 ? [{ name: `worst feature`, value: worst2.name }] : [],
    ...options.extraFigures ?? []
  ];
  const approximate = result2.reference.kind === "profile";
  return {
    kind: "ran",
    summary: [
      `${summary.message}${approximate ? " (reference: a profile)" : ""}`,
      ...options.extraSummary ?? []
    ].join("; "),
    figures,
    findings: [...findings, ...options.extraFindings ?? []],
    details: [...driftDetails(result2), ...options.extraDetails ?? []]
  };
}

// src/checks/drift/drift.ts
var drift = {
  id: "drift",
  title: "Serving data has not drifted from the reference",
  rubric: ["monitor-2"],
  config: driftConfig,
  async run(config, { workspace }) {
    const key19 = "checks.drift";
    const schema = config.schema ? parseTableSchema(await workspace.readText(config.schema, `${key19}.schema`), config.schema) : void 0;
    const run = await runDrift(
      await referenceFile(workspace, config.reference, `${key19}.reference`),
      dataFile(workspace, config.current, `${key19}.current`),
      rulesFromConfig(config),
      schema,
      { configKey: key19 }
    );
    return driftOutcome(run, { noun: "drift" });
  }
};
function dataFile(workspace, file, key19) {
  const { path, options } = tableFileOptions(file);
  return {
    path,
    read: options,
    scan: (scanOptions) => workspace.scanTable(path, key19, scanOptions)
  };
}
async function referenceFile(workspace, reference, key19) {
  if (typeof reference === "object" && "profile" in reference) {
    return {
      kind: "profile",
      path: reference.profile,
      text: await workspace.readText(reference.profile, `${key19}.profile`)
    };
  }
  return { kind: "rows", ...dataFile(workspace, reference, key19) };
}

// src/metrics/group-rows.ts
var missingGroup = "(missing)";
function groupRows(cells, bins, rowName) {
  const groups = /* @__PURE__ */ new Map();
  const sortedEdges = bins ? [...bins].sort((a2, b2) => a2 - b2) : void 0;
  cells.forEach((cell, row) => {
    let value;
    if (cell === null) value = missingGroup;
    else if (sortedEdges) {
      const number = parseNumberCell(cell);
      if (typeof number !== "number" || Number.isNaN(number)) {
        throw new Error(
          `${rowName(row)}: "${String(cell)}" is not a number, so it cannot be binned`
        );
      }
      value = binLabel(number, sortedEdges);
    } else value = labelKey(cell) ?? missingGroup;
    const rows = groups.get(value);
    if (rows) rows.push(row);
    else groups.set(value, [row]);
  });
  return [...groups].map(([value, rows]) => ({ value, rows }));
}
function binLabel(value, edges) {
  const above = edges.filter((edge) => value >= edge).length;
  if (above === 0) return `< ${edges[0]}`;
  if (above === edges.length) return `\u2265 ${edges[edges.length - 1]}`;
  return `[${edges[above - 1]}, ${edges[above]})`;
}
function membership(n, rows) {
  const weights = new Float64Array(n);
  for (const row of rows) weights[row] = 1;
  return weights;
}

// src/metrics/load-feature-table.ts
async function loadFeatureTable(workspace, config, key19) {
  if (config.features === void 0) return null;
  const { path, options } = tableFileOptions(config.features);
  return {
    table: await workspace.readTable(path, key19, options),
    idColumn: config.features_id_column ?? config.id_column
  };
}

// src/metrics/row-columns.ts
function rowColumns(predictions2, features) {
  const own = predictions2.table;
  if (!features) {
    return {
      cells: (name, key19) => requireColumn(own, name, key19),
      sourceOf: () => own.source
    };
  }
  if (!predictions2.ids) {
    throw new Error(
      `${own.source}: joining ${features.table.source} needs id_column in the predictions`
    );
  }
  const featureIds = requireColumn(features.table, features.idColumn, "features id_column");
  const rowOfId = /* @__PURE__ */ new Map();
  featureIds.forEach((cell, row) => {
    const id = labelKey(cell);
    if (id === null)
      throw rowError(features.table, row, `missing id in column "${features.idColumn}"`);
    if (rowOfId.has(id)) {
      throw rowError(
        features.table,
        row,
        `id "${id}" repeats line ${features.table.lineOf(rowOfId.get(id))}; ids must be unique`
      );
    }
    rowOfId.set(id, row);
  });
  const joined = predictions2.ids.map((id, row) => {
    const match = rowOfId.get(id);
    if (match === void 0) {
      throw rowError(
        own,
        row,
        `id "${id}" has no row in ${features.table.source}; every scored row needs its features`
      );
    }
    return match;
  });
  const cache = /* @__PURE__ */ new Map();
  return {
    cells(name, key19) {
      const featureCells = features.table.column(name);
      if (!featureCells) {
        const ownCells = own.column(name);
        if (ownCells) return ownCells;
        throw new Error(
          `${key19}: neither ${features.table.source} nor ${own.source} has a column "${name}"; ${features.table.source} has ${quoteList(features.table.columnNames)}`
        );
      }
      let aligned = cache.get(name);
      if (!aligned) {
        aligned = joined.map((row) => featureCells[row]);
        cache.set(name, aligned);
      }
      return aligned;
    },
    sourceOf: (name) => features.table.column(name) ? features.table.source : own.source
  };
}

// src/config-fields/parsed-keys.ts
function parsedKeys(object) {
  return Object.fromEntries(
    Object.entries(object.shape).map(([key19, schema]) => [
      key19,
      schema._zod.optout === "optional" ? external_exports.custom().optional() : external_exports.custom()
    ])
  );
}

// src/checks/fairness/fairness-config.ts
var fairnessKeys = external_exports.strictObject({
  predictions: tableFile.describe("The predictions file (CSV, JSONL or Parquet); task binary."),
  ...predictionColumnsShape,
  features: tableFile.optional().describe("A file with the protected attributes and features, joined by id_column."),
  features_id_column: columnName.optional().describe("The id column of the features file; default: id_column."),
  protected_attributes: external_exports.array(columnName, { error: "expected a list of columns, e.g. [sex, age_group]" }).min(1, { error: "name at least one protected attribute column" }).describe("Columns whose groups must be treated alike."),
  bins: external_exports.record(
    external_exports.string(),
    external_exports.array(external_exports.number(), { error: "bin edges are a list of numbers, e.g. [25, 60]" }).min(1, { error: "give at least one edge" })
  ).default({}).describe("Numeric protected attributes (e.g. age) cut into groups at these edges."),
  min_group_size: external_exports.int({ error: "min_group_size is a whole number" }).min(1, { error: "min_group_size is at least 1" }).default(30).describe(
    "Smaller groups are listed but left out of the differences: their rates are noise."
  ),
  max_demographic_parity_difference: probability.default(0.1).describe("Largest allowed gap between group selection rates (max \u2212 min)."),
  max_equal_opportunity_difference: probability.default(0.1).describe("Largest allowed gap between group true positive rates."),
  max_false_positive_rate_difference: probability.optional().describe(
    "Largest allowed gap between group false positive rates (with the above: equalized odds)."
  ),
  min_disparate_impact_ratio: probability.default(0.8).describe("Smallest allowed min/max ratio of selection rates; 0.8 is the four-fifths rule."),
  proxies: external_exports.strictObject({
    columns: external_exports.array(columnName).optional().describe(
      "Features to test; default: every column of the features file (or predictions) except ids, labels, scores and protected attributes."
    ),
    max_association: probability.default(0.5).describe(
      "Flag a feature whose Cram\xE9r's V or correlation ratio with an attribute exceeds this."
    ),
    severity: external_exports.enum(["warn", "fail"], { error: "severity is warn or fail" }).default("warn").describe("A proxy is a reason to look, not always to block.")
  }).default({ max_association: 0.5, severity: "warn" }).describe("Association of every feature with each protected attribute, to find proxies.")
}).superRefine((config, context) => {
  if (config.task !== "binary") {
    context.addIssue({
      code: "custom",
      path: ["task"],
      message: "fairness rates (selection, TPR, FPR) need task binary"
    });
    return;
  }
  requirePredictionColumns(config, context);
  requireGroupingColumns(
    config,
    { key: "protected_attributes", columns: config.protected_attributes },
    context
  );
});
var fairnessConfig = fairnessKeys.pipe(
  external_exports.union([
    external_exports.object({ ...parsedKeys(fairnessKeys), features: tableFile, id_column: columnName }),
    external_exports.object({ ...parsedKeys(fairnessKeys), features: external_exports.undefined().optional() })
  ])
);

// src/checks/fairness/group-rates.ts
function groupRates(groups, labels, predicted) {
  return groups.map(({ value, rows }) => {
    let selected = 0;
    let positives = 0;
    let truePositives = 0;
    let negatives = 0;
    let falsePositives = 0;
    for (const row of rows) {
      const guess = predicted[row];
      selected += guess;
      if (labels[row]) {
        positives++;
        truePositives += guess;
      } else {
        negatives++;
        falsePositives += guess;
      }
    }
    return {
      value,
      rows: rows.length,
      selectionRate: selected / rows.length,
      truePositiveRate: positives > 0 ? truePositives / positives : null,
      falsePositiveRate: negatives > 0 ? falsePositives / negatives : null
    };
  });
}
function disparities(groups) {
  const spread = (values) => {
    const defined = values.filter((v) => v !== null);
    return defined.length >= 2 ? Math.max(...defined) - Math.min(...defined) : null;
  };
  const selection = groups.map((g) => g.selectionRate);
  const highest = Math.max(...selection);
  return {
    demographicParityDifference: spread(selection),
    equalOpportunityDifference: spread(groups.map((g) => g.truePositiveRate)),
    falsePositiveRateDifference: spread(groups.map((g) => g.falsePositiveRate)),
    disparateImpactRatio: groups.length >= 2 && highest > 0 ? Math.min(...selection) / highest : null
  };
}

// src/statistics/correlation-ratio.ts
function correlationRatio(values, groups) {
  const n = values.length;
  if (groups.length !== n) throw new RangeError("values and groups must be paired");
  const sums = /* @__PURE__ */ new Map();
  let total = 0;
  for (let i = 0; i < n; i++) {
    const entry = sums.get(groups[i]) ?? { sum: 0, count: 0 };
    entry.sum += values[i];
    entry.count += 1;
    sums.set(groups[i], entry);
    total += values[i];
  }
  if (sums.size < 2) return null;
  const mean = total / n;
  let spread = 0;
  for (const value of values) spread += (value - mean) ** 2;
  if (spread === 0) return null;
  let between = 0;
  for (const { sum, count } of sums.values()) between += count * (sum / count - mean) ** 2;
  return Math.sqrt(Math.min(1, between / spread));
}

// src/statistics/cramers-v.ts
function cramersV(table2) {
  const rows = table2.length;
  const columns = table2[0]?.length ?? 0;
  const smaller = Math.min(rows, columns);
  if (smaller < 2) return null;
  const { statistic } = chiSquareIndependence(table2);
  let n = 0;
  for (const row of table2) for (const c2 of row) n += c2;
  return Math.sqrt(statistic / (n * (smaller - 1)));
}

// src/checks/fairness/proxy-association.ts
var maxLevels = 100;
function association(cells, groupOfRow) {
  const numbers = [];
  const numberGroups = [];
  let numeric = true;
  cells.forEach((cell, row) => {
    if (cell === null || !numeric) return;
    const value2 = parseNumberCell(cell);
    if (typeof value2 !== "number" || !Number.isFinite(value2)) {
      numeric = false;
      return;
    }
    numbers.push(value2);
    numberGroups.push(groupOfRow[row]);
  });
  if (numeric && numbers.length > 0) {
    const value2 = correlationRatio(numbers, numberGroups);
    return value2 === null ? { measure: "correlation ratio \u03B7", value: value2, note: "constant feature or a single group" } : { measure: "correlation ratio \u03B7", value: value2 };
  }
  const levels = /* @__PURE__ */ new Map();
  const groups = /* @__PURE__ */ new Map();
  const pairs = cells.map((cell, row) => {
    const level = labelKey(cell) ?? missingGroup;
    if (!levels.has(level)) levels.set(level, levels.size);
    const group = groupOfRow[row];
    if (!groups.has(group)) groups.set(group, groups.size);
    return [levels.get(level), groups.get(group)];
  });
  if (levels.size > maxLevels || levels.size > cells.length / 2) {
    return {
      measure: "Cram\xE9r's V",
      value: null,
      note: `${levels.size} distinct values: an identifier-like column, not measured`
    };
  }
  const table2 = Array.from({ length: levels.size }, () => new Array(groups.size).fill(0));
  for (const [level, group] of pairs) table2[level][group] += 1;
  const value = cramersV(table2);
  return value === null ? { measure: "Cram\xE9r's V", value, note: "constant feature or a single group" } : { measure: "Cram\xE9r's V", value };
}

// src/checks/fairness/fairness.ts
var key6 = "checks.fairness";
var fairness = {
  id: "fairness",
  title: "Groups are treated alike and no feature proxies a protected attribute",
  rubric: ["model-7"],
  config: fairnessConfig,
  async run(config, { workspace }) {
    const predictions2 = await loadPredictions(
      workspace,
      config.predictions,
      predictionColumnsOf(config),
      `${key6}.predictions`
    );
    if (predictions2.task !== "binary") throw new Error(`${key6}.task: fairness needs task binary`);
    const features = await loadFeatureTable(workspace, config, `${key6}.features`);
    const columns = rowColumns(predictions2, features);
    const { labels, scores } = predictions2.data;
    const predicted = predictions2.data.predicted ?? Uint8Array.from(scores, (s) => s >= config.threshold ? 1 : 0);
    const rowName = (row) => `${predictions2.table.source}:${predictions2.table.lineOf(row)}`;
    const findings = [];
    const figures = [];
    const details = [];
    const summaryRows = [];
    const groupOfRow = /* @__PURE__ */ new Map();
    for (const attribute of config.protected_attributes) {
      const cells = columns.cells(attribute, `${key6}.protected_attributes`);
      const groups = groupRows(
        cells,
        config.bins[attribute],
        (row) => `${rowName(row)}: column "${attribute}"`
      );
      const assignment = new Array(cells.length);
      for (const group of groups) for (const row of group.rows) assignment[row] = group.value;
      groupOfRow.set(attribute, assignment);
      const rates = groupRates(groups, labels, predicted);
      const gated = rates.filter((rate) => rate.rows >= config.min_group_size);
      const gaps = disparities(gated);
      const location = { path: columns.sourceOf(attribute), column: attribute };
      if (gated.length < 2) {
        findings.push({
          id: `attribute:${attribute}:groups`,
          severity: "warn",
          message: `${attribute}: ${gated.length} group(s) with at least ${config.min_group_size} rows; fairness needs two to compare (lower min_group_size or evaluate on more data)`,
          location
        });
      }
      const extremes = (pick) => {
        const defined = gated.filter((rate) => pick(rate) !== null);
        const low = defined.reduce((a2, b2) => pick(b2) < pick(a2) ? b2 : a2);
        const high = defined.reduce((a2, b2) => pick(b2) > pick(a2) ? b2 : a2);
        return `${formatNumber(pick(low))} for ${attribute} = ${low.value} vs ${formatNumber(pick(high))} for ${attribute} = ${high.value}`;
      };
      const check = (id, value, breached, what, limit, pick) => {
        if (value !== null && breached(value)) {
          findings.push({
            id: `attribute:${attribute}:${id}`,
            severity: "fail",
            message: `${attribute}: ${what} ${formatNumber(value)} ${limit} ${extremes(pick)}`,
            location
          });
        }
      };
      check(
        "demographic_parity",
        gaps.demographicParityDifference,
        (v) => v > config.max_demographic_parity_difference,
        "demographic parity difference",
        `exceeds ${config.max_demographic_parity_difference}; selection rate`,
        (r) => r.selectionRate
      );
      check(
        "equal_opportunity",
        gaps.equalOpportunityDifference,
        (v) => v > config.max_equal_opportunity_difference,
        "equal opportunity difference",
        `exceeds ${config.max_equal_opportunity_difference}; true positive rate`,
        (r) => r.truePositiveRate
      );
      if (config.max_false_positive_rate_difference !== void 0) {
        const limit = config.max_false_positive_rate_difference;
        check(
          "false_positive_rate",
          gaps.falsePositiveRateDifference,
          (v) => v > limit,
          "false positive rate difference",
          `exceeds ${limit}; false positive rate`,
          (r) => r.falsePositiveRate
        );
      }
      check(
        "disparate_impact",
        gaps.disparateImpactRatio,
        (v) => v < config.min_disparate_impact_ratio,
        "disparate impact ratio",
        `is below ${config.min_disparate_impact_ratio} (four-fifths rule at 0.8); selection rate`,
        (r) => r.selectionRate
      );
      figures.push(
        {
          name: `${attribute}: demographic parity difference`,
          value: gaps.demographicParityDifference,
          threshold: `\u2264 ${config.max_demographic_parity_difference}`
        },
        {
          name: `${attribute}: equal opportunity difference`,
          value: gaps.equalOpportunityDifference,
          threshold: `\u2264 ${config.max_equal_opportunity_difference}`
        },
        {
          name: `${attribute}: disparate impact ratio`,
          value: gaps.disparateImpactRatio,
          threshold: `\u2265 ${config.min_disparate_impact_ratio}`
        }
      );
      const show = (value) => value === null ? "\u2014" : formatNumber(value);
      summaryRows.push([
        attribute,
        gated.length,
        show(gaps.demographicParityDifference),
        show(gaps.equalOpportunityDifference),
        show(gaps.falsePositiveRateDifference),
        show(gaps.disparateImpactRatio),
        findings.some((f2) => f2.id.startsWith(`attribute:${attribute}:`) && f2.severity === "fail") ? "\u{1F534} disparity" : "\u{1F7E2} ok"
      ]);
      const ordered = [...rates].sort(
        (a2, b2) => Number(a2.rows < config.min_group_size) - Number(b2.rows < config.min_group_size) || a2.selectionRate - b2.selectionRate
      );
      details.push({
        type: "table",
        title: `Groups of ${attribute}, least selected first`,
        header: [
          "group",
          "rows",
          "selection rate",
          "true positive rate",
          "false positive rate",
          "gated"
        ],
        rows: ordered.map((rate) => [
          rate.value,
          rate.rows,
          formatNumber(rate.selectionRate),
          show(rate.truePositiveRate),
          show(rate.falsePositiveRate),
          rate.rows >= config.min_group_size ? "yes" : `no (< ${config.min_group_size} rows)`
        ])
      });
    }
    details.unshift({
      type: "table",
      title: "Disparities per protected attribute",
      header: [
        "attribute",
        "groups compared",
        "demographic parity diff.",
        "equal opportunity diff.",
        "FPR diff.",
        "disparate impact ratio",
        "status"
      ],
      rows: summaryRows,
      note: `Limits: demographic parity \u2264 ${config.max_demographic_parity_difference}, equal opportunity \u2264 ${config.max_equal_opportunity_difference}${config.max_false_positive_rate_difference !== void 0 ? `, FPR \u2264 ${config.max_false_positive_rate_difference}` : ""}, disparate impact \u2265 ${config.min_disparate_impact_ratio}; groups under ${config.min_group_size} rows are left out. Positive prediction: ${predictions2.data.predicted ? "the prediction column" : `score \u2265 ${config.threshold}`}.`
    });
    const proxyRows = proxyCandidates(
      config,
      (features?.table ?? predictions2.table).columnNames
    ).flatMap((feature) => {
      const cells = columns.cells(feature, `${key6}.proxies.columns`);
      return config.protected_attributes.map((attribute) => ({
        feature,
        attribute,
        ...association(cells, groupOfRow.get(attribute))
      }));
    });
    proxyRows.sort((a2, b2) => (b2.value ?? -1) - (a2.value ?? -1));
    for (const proxy of proxyRows) {
      if (proxy.value !== null && proxy.value > config.proxies.max_association) {
        findings.push({
          id: `proxy:${proxy.feature}:${proxy.attribute}`,
          severity: config.proxies.severity,
          message: `${proxy.feature} may stand in for ${proxy.attribute}: ${proxy.measure} ${formatNumber(proxy.value)} > ${config.proxies.max_association}`,
          location: { path: columns.sourceOf(proxy.feature), column: proxy.feature }
        });
      }
    }
    if (proxyRows.length > 0) {
      details.push({
        type: "table",
        title: "Association of features with protected attributes, strongest first",
        header: ["feature", "attribute", "measure", "association", "status"],
        rows: proxyRows.map((proxy) => [
          proxy.feature,
          proxy.attribute,
          proxy.measure,
          proxy.value === null ? `\u2014 (${proxy.note})` : formatNumber(proxy.value),
          proxy.value !== null && proxy.value > config.proxies.max_association ? "\u{1F7E0} possible proxy" : "\u{1F7E2} ok"
        ])
      });
    }
    const disparityCount = findings.filter(
      (f2) => f2.id.startsWith("attribute:") && f2.severity === "fail"
    ).length;
    const proxyCount = findings.filter((f2) => f2.id.startsWith("proxy:")).length;
    return {
      kind: "ran",
      summary: `${config.protected_attributes.join(", ")}: ${disparityCount === 0 ? "no disparity over the limits" : `${disparityCount} disparity finding(s)`}; ${proxyCount === 0 ? "no proxy feature" : `${proxyCount} possible proxy feature(s)`}`,
      figures,
      findings,
      details
    };
  }
};
function proxyCandidates(config, available) {
  if (config.proxies.columns) return config.proxies.columns;
  const excluded = new Set(
    [
      config.id_column,
      config.features_id_column,
      config.label_column,
      config.score_column,
      config.prediction_column,
      ...config.protected_attributes
    ].filter((name) => name !== void 0)
  );
  return available.filter((name) => !excluded.has(name));
}

// src/checks/feature-association/feature-association-config.ts
var importance = external_exports.strictObject({
  file: tableFile.describe(
    "A table with one row per feature, e.g. permutation or SHAP importances exported by training."
  ),
  feature_column: external_exports.string().min(1).default("feature").describe("The column naming the feature."),
  importance_column: external_exports.string().min(1).default("importance").describe("The column holding its importance."),
  normalize: external_exports.boolean().default(true).describe(
    "Compare each absolute importance as a share of the total (true), or as given (false)."
  ),
  floor: nonNegative.default(0.01).describe("Features below this (a share of the total when normalize is true) are flagged.")
});
var featureAssociationConfig = external_exports.strictObject({
  data: tableFile.optional().describe("Training data with the features and the label."),
  label: external_exports.string().min(1, { error: "name the label column, e.g. label: species" }).optional().describe("The label column in data."),
  schema: repoPath.optional().describe("A Frictionless Table Schema for reading data with declared types."),
  features: external_exports.array(external_exports.string().min(1)).optional().describe(
    "Features to assess; default every column but the label (identifiers, free text and dates are skipped)."
  ),
  ignore: external_exports.array(external_exports.string().min(1)).default([]).describe("Columns not assessed."),
  floor: probability.default(0.05).describe(
    "Association (absolute Pearson or point-biserial r, correlation ratio \u03B7, or Cram\xE9r's V) below which a feature is flagged."
  ),
  importance: importance.optional().describe("A feature-importance file, instead of or besides the association with the label."),
  severity: external_exports.enum(["warn", "fail"], { error: "severity is warn or fail" }).default("warn").describe(
    "A weak feature is a warning (it may still help through interactions) or a failure."
  )
}).refine(
  (config) => config.importance !== void 0 || config.data !== void 0 && config.label !== void 0,
  {
    error: "give data and label (association with the label), or importance (a feature-importance file), or both"
  }
).refine((config) => config.data === void 0 === (config.label === void 0), {
  error: "data and label go together: the label is a column of data",
  path: ["label"]
});

// src/checks/feature-association/feature-label-association.ts
var measureNames = {
  pearson: "|Pearson r|",
  point_biserial: "|point-biserial r|",
  correlation_ratio: "\u03B7 (correlation ratio)",
  cramers_v: "Cram\xE9r's V"
};
function featureLabelAssociations(scan, label, features) {
  const labelColumn = scan.column(label);
  if (!labelColumn) {
    throw new Error(
      `${scan.source} has no column "${label}" (the label); it has: ${scan.columnNames.join(", ")}`
    );
  }
  const labelRole = roleOf(labelColumn, true);
  if (labelRole.kind === "skipped") {
    throw new Error(
      `${scan.source}: the label "${label}" is ${labelRole.reason}; name the column the model predicts`
    );
  }
  const binary = labelRole.kind === "categorical" && distinctCodes(labelRole.codes) === 2;
  return features.map((name) => {
    const column = scan.column(name);
    if (!column)
      throw new Error(
        `${scan.source} has no column "${name}"; it has: ${scan.columnNames.join(", ")}`
      );
    const role = roleOf(column, false);
    if (role.kind === "skipped") return { feature: name, kind: "skipped", reason: role.reason };
    if (role.kind === "numeric" && labelRole.kind === "numeric") {
      const { x, y } = numericPairs(role, labelRole, scan.rowCount);
      return numericResult(
        name,
        "numeric",
        "pearson",
        x.length,
        x.length < 2 ? null : sampleCorrelation(x, y)
      );
    }
    if (role.kind === "numeric" && labelRole.kind === "categorical") {
      const { values, groups } = groupedPairs(role, labelRole.codes, scan.rowCount);
      if (binary) {
        const r = values.length < 2 ? null : sampleCorrelation(values, groups);
        return numericResult(name, "numeric", "point_biserial", values.length, r);
      }
      const eta = correlationRatio(values, groups.map(String));
      return numericResult(name, "numeric", "correlation_ratio", values.length, eta);
    }
    if (role.kind === "categorical" && labelRole.kind === "numeric") {
      const { values, groups } = groupedPairs(labelRole, role.codes, scan.rowCount);
      const eta = correlationRatio(values, groups.map(String));
      return numericResult(name, "categorical", "correlation_ratio", values.length, eta);
    }
    const { table: table2, n } = crossTable(
      role.codes,
      labelRole.codes
    );
    const v = cramersV(table2);
    return v === null ? {
      feature: name,
      kind: "categorical",
      measure: "cramers_v",
      value: 0,
      n,
      note: "a single category (or label class) among the complete rows: no association"
    } : { feature: name, kind: "categorical", measure: "cramers_v", value: v, n };
  });
}
function numericResult(feature, kind2, measure, n, r) {
  if (r === null || Number.isNaN(r)) {
    const note = n < 2 ? "fewer than two complete rows" : "constant (or a single group) over the complete rows: it carries no information about the label";
    return { feature, kind: kind2, measure, value: 0, n, note };
  }
  return { feature, kind: kind2, measure, value: Math.min(1, Math.abs(r)), n };
}
function roleOf(column, isLabel) {
  switch (column.kind) {
    case "number":
    case "integer": {
      const reader2 = (row) => column.status[row] === CELL_PRESENT && Number.isFinite(column.values[row]) ? column.values[row] : null;
      if (isLabel && distinctNumbers(column) === 2)
        return { kind: "categorical", codes: numberCodes(column) };
      return { kind: "numeric", values: reader2 };
    }
    case "boolean":
      return { kind: "categorical", codes: numberCodes(column) };
    case "date":
    case "datetime":
      return {
        kind: "skipped",
        reason: "a date or time: its association with the label says little about the feature"
      };
    case "category": {
      if (isLabel) return { kind: "categorical", codes: column.codes };
      const distinct = distinctCodes(column.codes);
      const kind2 = inferColumnKind(
        {
          count: column.presentCount,
          types: { number: 0, boolean: 0, datetime: 0, string: column.presentCount }
        },
        { value: distinct, exact: true, relativeStandardError: 0 },
        defaultProfileSettings
      );
      if (kind2 === "identifier")
        return { kind: "skipped", reason: "an identifier (every value distinct), not a feature" };
      if (kind2 === "text")
        return { kind: "skipped", reason: `free text (${distinct} distinct values)` };
      return { kind: "categorical", codes: column.codes };
    }
  }
}
function distinctNumbers(column) {
  const seen = /* @__PURE__ */ new Set();
  for (let i = 0; i < column.values.length && seen.size <= 2; i++) {
    if (column.status[i] === CELL_PRESENT) seen.add(column.values[i]);
  }
  return seen.size;
}
function numberCodes(column) {
  const codes = new Int32Array(column.values.length);
  const index2 = /* @__PURE__ */ new Map();
  for (let i = 0; i < codes.length; i++) {
    if (column.status[i] !== CELL_PRESENT) {
      codes[i] = -1;
      continue;
    }
    const value = column.values[i];
    let code2 = index2.get(value);
    if (code2 === void 0) {
      code2 = index2.size;
      index2.set(value, code2);
    }
    codes[i] = code2;
  }
  return codes;
}
function distinctCodes(codes) {
  const seen = /* @__PURE__ */ new Set();
  for (const code2 of codes) if (code2 >= 0) seen.add(code2);
  return seen.size;
}
function numericPairs(feature, label, rows) {
  const x = [];
  const y = [];
  for (let row = 0; row < rows; row++) {
    const a2 = feature.values(row);
    const b2 = label.values(row);
    if (a2 === null || b2 === null) continue;
    x.push(a2);
    y.push(b2);
  }
  return { x, y };
}
function groupedPairs(numbers, codes, rows) {
  const values = [];
  const groups = [];
  const dense = /* @__PURE__ */ new Map();
  for (let row = 0; row < rows; row++) {
    const value = numbers.values(row);
    const code2 = codes[row];
    if (value === null || code2 < 0) continue;
    let group = dense.get(code2);
    if (group === void 0) {
      group = dense.size;
      dense.set(code2, group);
    }
    values.push(value);
    groups.push(group);
  }
  return { values, groups };
}
function crossTable(rowCodes, columnCodes) {
  const rowIndex = /* @__PURE__ */ new Map();
  const columnIndex = /* @__PURE__ */ new Map();
  const cells = /* @__PURE__ */ new Map();
  let n = 0;
  for (let i = 0; i < rowCodes.length; i++) {
    const r = rowCodes[i];
    const c2 = columnCodes[i];
    if (r < 0 || c2 < 0) continue;
    if (!rowIndex.has(r)) rowIndex.set(r, rowIndex.size);
    if (!columnIndex.has(c2)) columnIndex.set(c2, columnIndex.size);
    const key19 = `${rowIndex.get(r)},${columnIndex.get(c2)}`;
    cells.set(key19, (cells.get(key19) ?? 0) + 1);
    n++;
  }
  const table2 = Array.from(
    { length: rowIndex.size },
    (_, r) => Array.from({ length: columnIndex.size }, (_2, c2) => cells.get(`${r},${c2}`) ?? 0)
  );
  return { table: table2, n };
}

// src/checks/feature-association/feature-association.ts
var key7 = "checks.feature_association";
var featureAssociation = {
  id: "feature_association",
  title: "Every feature carries signal about the label",
  rubric: ["data-2"],
  config: featureAssociationConfig,
  async run(config, { workspace }) {
    const figures = [];
    const findings = [];
    const details = [];
    const summary = [];
    const ignored = new Set(config.ignore);
    if (config.data !== void 0 && config.label !== void 0) {
      const label = config.label;
      const { path, options } = tableFileOptions(config.data);
      const schema = config.schema ? parseTableSchema(await workspace.readText(config.schema, `${key7}.schema`), config.schema) : void 0;
      const scan = await scanForDrift(
        (scanOptions) => workspace.scanTable(path, `${key7}.data`, scanOptions),
        options,
        schema
      );
      if (scan.badRowCount > 0) {
        findings.push({
          id: "data:bad-rows",
          severity: "fail",
          message: `${path}: ${scan.badRowCount} row(s) could not be split into the header's columns and were left out (first at line ${scan.badRows[0]?.line ?? "?"}); fix the file`,
          location: { path, ...scan.badRows[0]?.line ? { line: scan.badRows[0].line } : {} }
        });
      }
      const features = (config.features ?? scan.columns.map((c2) => c2.name)).filter(
        (name) => name !== label && !ignored.has(name)
      );
      const associations = featureLabelAssociations(scan, label, features);
      const assessed = associations.filter((a2) => a2.kind !== "skipped");
      const weak = assessed.filter((a2) => a2.value < config.floor);
      for (const a2 of weak) {
        findings.push({
          id: `feature:${a2.feature}`,
          severity: config.severity,
          message: `${a2.feature}: ${measureNames[a2.measure]} with ${label} is ${formatStatistic(a2.value)} over ${a2.n} rows, below the floor ${config.floor}${a2.note ? ` (${a2.note})` : ""}; drop it, or justify it with an importance measure`,
          location: { path, column: a2.feature }
        });
      }
      if (assessed.length === 0) {
        findings.push({
          id: "features:none-assessed",
          severity: "fail",
          message: `no feature of ${path} could be assessed against ${label} (${associations.length} skipped or none left after ignore); list the features to measure, or check the label column`,
          location: { path }
        });
      }
      assessed.sort((a2, b2) => a2.value - b2.value);
      figures.push(
        { name: "features assessed", value: assessed.length },
        { name: "features below the association floor", value: weak.length, threshold: "= 0" }
      );
      if (assessed[0]) {
        figures.push({
          name: "weakest feature",
          value: `${assessed[0].feature} (${formatStatistic(assessed[0].value)})`
        });
      }
      summary.push(
        `${weak.length} of ${assessed.length} features have an association with ${label} below ${config.floor}`
      );
      details.push({
        type: "table",
        title: `Association with ${label}, weakest first`,
        header: ["Feature", "Kind", "Measure", "Association", "Rows", "Status"],
        rows: assessed.map((a2) => [
          a2.feature,
          a2.kind,
          measureNames[a2.measure],
          Number(a2.value.toFixed(4)),
          a2.n,
          a2.value < config.floor ? `below ${config.floor}` : "ok"
        ]),
        note: "Pearson for numeric \xD7 numeric, point-biserial for numeric \xD7 two classes, \u03B7 for numeric \xD7 several classes (or categorical \xD7 numeric), Cram\xE9r\u2019s V for categorical \xD7 categorical. Rows with a missing feature or label are left out."
      });
      const skipped = associations.filter((a2) => a2.kind === "skipped");
      if (skipped.length > 0) {
        details.push({
          type: "list",
          title: "Not assessed",
          items: skipped.map((a2) => `${a2.feature}: ${a2.kind === "skipped" ? a2.reason : ""}`)
        });
      }
    }
    if (config.importance) {
      const part = await importancePart(config, config.importance, workspace);
      figures.push(...part.figures);
      findings.push(...part.findings);
      details.push(...part.details);
      summary.push(part.summary);
    }
    return { kind: "ran", summary: summary.join("; "), figures, findings, details };
  }
};
async function importancePart(config, importance2, workspace) {
  const { path, options } = tableFileOptions(importance2.file);
  const table2 = await workspace.readTable(path, `${key7}.importance.file`, {
    ...options,
    columns: [importance2.feature_column, importance2.importance_column]
  });
  const features = table2.column(importance2.feature_column);
  const values = table2.column(importance2.importance_column);
  const rows = [];
  const seen = /* @__PURE__ */ new Set();
  values.forEach((cell, row) => {
    const feature = features[row];
    const value = parseNumberCell(cell);
    const line = table2.lineOf(row);
    if (feature === null || feature === void 0 || String(feature).trim() === "") {
      throw new Error(`${path}:${line}: the feature name is empty`);
    }
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new Error(
        `${path}:${line}: importance ${JSON.stringify(cell)} of "${feature}" is not a finite number`
      );
    }
    if (seen.has(String(feature))) throw new Error(`${path}:${line}: "${feature}" is listed twice`);
    seen.add(String(feature));
    if (!config.ignore.includes(String(feature)))
      rows.push({ feature: String(feature), importance: value, line });
  });
  const total = rows.reduce((sum, r) => sum + Math.abs(r.importance), 0);
  const scored = rows.map((r) => ({
    ...r,
    score: importance2.normalize ? total > 0 ? Math.abs(r.importance) / total : 0 : Math.abs(r.importance)
  })).sort((a2, b2) => a2.score - b2.score);
  const weak = scored.filter((r) => r.score < importance2.floor);
  const what = importance2.normalize ? "share of total importance" : "|importance|";
  const findings = weak.map((r) => ({
    id: `importance:${r.feature}`,
    severity: config.severity,
    message: `${r.feature}: ${what} ${formatStatistic(r.score)} is below the floor ${importance2.floor} (${path})`,
    location: { path, line: r.line }
  }));
  const figures = [
    { name: "features with an importance", value: scored.length },
    { name: "features below the importance floor", value: weak.length, threshold: "= 0" }
  ];
  const details = [
    {
      type: "table",
      title: `Feature importance (${path}), lowest first`,
      header: [
        "Feature",
        "Importance",
        importance2.normalize ? "Share of total" : "|Importance|",
        "Status"
      ],
      rows: scored.map((r) => [
        r.feature,
        r.importance,
        Number(r.score.toFixed(4)),
        r.score < importance2.floor ? `below ${importance2.floor}` : "ok"
      ])
    }
  ];
  return {
    figures,
    findings,
    details,
    summary: `${weak.length} of ${scored.length} features have a ${what} below ${importance2.floor}`
  };
}

// src/checks/feature-policy/feature-policy-config.ts
var severity = external_exports.enum(["fail", "warn"], { error: "severity is fail or warn" });
var rule2 = external_exports.strictObject({
  name: external_exports.string().min(1).optional().describe(
    "A forbidden column name (compared case-insensitively, ignoring `_`, `-`, spaces)."
  ),
  pattern: external_exports.string().min(1).refine(
    (source) => {
      try {
        new RegExp(source, "iu");
        return true;
      } catch {
        return false;
      }
    },
    { error: 'not a valid regular expression (JavaScript syntax, e.g. "^legacy_")' }
  ).optional().describe(
    "A forbidden column-name pattern: a regular expression searched in the name, case-insensitive."
  ),
  reason: external_exports.string().min(1, { error: 'say why the feature is forbidden, e.g. "deprecated source: CRM v1"' }).describe("Why the feature is forbidden; shown in the report."),
  severity: severity.default("fail")
}).refine((r) => r.name === void 0 !== (r.pattern === void 0), {
  error: "give a rule either `name` (one column) or `pattern` (a regular expression), not both"
});
var featurePolicyConfig = external_exports.strictObject({
  files: external_exports.array(tableFile).min(1, { error: "list the data files whose columns are the features" }).describe("Data files whose columns are the model's features (training and serving data)."),
  presets: external_exports.array(external_exports.enum(["protected_attributes"], { error: "the preset is protected_attributes" })).default([]).describe(
    "Built-in rule sets; `protected_attributes` forbids sex, race, religion, age, \u2026 (see docs)."
  ),
  rules: external_exports.array(rule2).default([]),
  allow: external_exports.array(external_exports.string().min(1)).default([]).describe(
    "Columns the rules must not flag (e.g. `age` where age is a lawful, reviewed feature)."
  ),
  ignore_columns: external_exports.array(external_exports.string().min(1)).default([]).describe("Columns that are not features (label, id, weights): not checked.")
}).refine((c2) => c2.presets.length > 0 || c2.rules.length > 0, {
  error: "give at least one rule or preset, e.g. presets: [protected_attributes]"
});

// src/checks/feature-policy/protected-attributes.ts
var protectedAttributeRules = [
  {
    words: ["sex", "gender"],
    reason: "sex/gender is a protected attribute (Title VII, ECOA, EU Charter art. 21)"
  },
  {
    words: ["race", "ethnicity", "ethnic", "skin_color", "skin_colour"],
    reason: "race, colour and ethnic origin are protected attributes (Title VII, GDPR art. 9)"
  },
  {
    words: ["religion", "religious", "faith", "creed"],
    reason: "religion is a protected attribute (Title VII, GDPR art. 9)"
  },
  {
    words: ["national_origin", "nationality", "citizenship", "birth_country", "country_of_birth"],
    reason: "national origin is a protected attribute (Title VII, ECOA)"
  },
  {
    words: [
      "age",
      "date_of_birth",
      "dob",
      "birth_date",
      "birthdate",
      "birth_year",
      "year_of_birth"
    ],
    reason: "age is a protected attribute (ADEA, ECOA)"
  },
  {
    words: ["disability", "disabled", "handicap"],
    reason: "disability is a protected attribute (ADA, EU Charter art. 21)"
  },
  {
    words: ["marital_status", "married", "marital"],
    reason: "marital status is a protected attribute (ECOA)"
  },
  {
    words: ["pregnancy", "pregnant"],
    reason: "pregnancy is a protected attribute (Pregnancy Discrimination Act)"
  },
  {
    words: ["sexual_orientation"],
    reason: "sexual orientation is a protected attribute (GDPR art. 9, EU Charter art. 21)"
  },
  {
    words: ["genetic", "genetics", "dna"],
    reason: "genetic information is protected (GINA, GDPR art. 9)"
  },
  {
    words: ["political_opinion", "political_affiliation", "party_affiliation"],
    reason: "political opinions are a special category (GDPR art. 9)"
  },
  {
    words: ["trade_union", "union_membership"],
    reason: "trade-union membership is a special category (GDPR art. 9)"
  }
];
function nameWords(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+|(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])/).filter(Boolean);
}
function hasWords(words, term) {
  const parts = term.split("_");
  for (let i = 0; i + parts.length <= words.length; i++) {
    if (parts.every((part, j) => words[i + j] === part)) return true;
  }
  return false;
}

// src/checks/feature-policy/feature-policy.ts
var normalName = (name) => name.toLowerCase().replace(/[\s_-]+/g, "");
var featurePolicy = {
  id: "feature_policy",
  title: "No forbidden features",
  rubric: ["data-4"],
  config: featurePolicyConfig,
  async run(config, { workspace }) {
    const rules = rulesOf(config);
    const allowed = new Set(config.allow.map(normalName));
    const ignored = new Set(config.ignore_columns);
    const filesOf = /* @__PURE__ */ new Map();
    for (const [index2, file] of config.files.entries()) {
      const { path, options } = tableFileOptions(file);
      const scan = await workspace.scanTable(path, `checks.feature_policy.files[${index2}]`, {
        ...options,
        columns: {},
        otherColumns: "skip"
      });
      for (const column of scan.columnNames) {
        if (ignored.has(column)) continue;
        filesOf.set(column, [...filesOf.get(column) ?? [], path]);
      }
    }
    const findings = [];
    const matches = [];
    for (const [column, paths] of filesOf) {
      const broken = rules.filter((rule3) => rule3.matches(column));
      if (broken.length === 0) continue;
      const isAllowed = allowed.has(normalName(column));
      for (const rule3 of broken)
        matches.push([
          column,
          paths.join(", "),
          rule3.label,
          rule3.reason,
          isAllowed ? "allowed" : rule3.severity
        ]);
      if (isAllowed) continue;
      findings.push({
        id: `feature:${column}`,
        severity: broken.some((rule3) => rule3.severity === "fail") ? "fail" : "warn",
        message: `column "${column}" (${paths.join(", ")}) is a forbidden feature: ${broken.map((r) => r.reason).join("; ")}. Drop it, or list it under checks.feature_policy.allow after review`,
        location: { path: paths[0], column }
      });
    }
    const details = [
      {
        type: "table",
        title: "Columns matching a rule",
        header: ["column", "files", "rule", "reason", "verdict"],
        rows: matches,
        ...matches.length === 0 ? { note: "no column matches any rule" } : {}
      },
      { type: "list", title: "Rules", items: rules.map((r) => `${r.label} \u2014 ${r.reason}`) }
    ];
    const summary = findings.length === 0 ? `${filesOf.size} column(s) in ${config.files.length} file(s), none forbidden by ${rules.length} rule(s)` : `${findings.length} forbidden feature(s): ${findings.map((f2) => f2.location?.column).join(", ")}`;
    return {
      kind: "ran",
      summary,
      figures: [
        { name: "columns checked", value: filesOf.size },
        { name: "forbidden features", value: findings.length, threshold: "= 0" }
      ],
      findings,
      details
    };
  }
};
function rulesOf(config) {
  const rules = config.rules.map((rule3) => {
    if (rule3.name !== void 0) {
      const target = normalName(rule3.name);
      return {
        label: `name ${rule3.name}`,
        reason: rule3.reason,
        severity: rule3.severity,
        matches: (c2) => normalName(c2) === target
      };
    }
    const pattern2 = new RegExp(rule3.pattern, "iu");
    return {
      label: `pattern /${rule3.pattern}/`,
      reason: rule3.reason,
      severity: rule3.severity,
      matches: (c2) => pattern2.test(c2)
    };
  });
  if (config.presets.includes("protected_attributes")) {
    for (const preset of protectedAttributeRules) {
      rules.push({
        label: `protected_attributes: ${preset.words.join(", ")}`,
        reason: preset.reason,
        severity: "fail",
        matches: (column) => {
          const words = nameWords(column);
          return preset.words.some((term) => hasWords(words, term));
        }
      });
    }
  }
  return rules;
}

// src/checks/hyperparameter-tuning/hyperparameter-tuning.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/checks/hyperparameter-tuning/hyperparameter-tuning-config.ts
var hyperparameterTuningConfig = external_exports.strictObject({
  trials: tableFile.describe(
    "The tuning log, one row per trial: Optuna\u2019s trials_dataframe(), scikit-learn\u2019s cv_results_, Ray Tune\u2019s results, as CSV, JSONL or Parquet."
  ),
  score_column: columnName.describe(
    "The trial\u2019s score, e.g. value (Optuna) or mean_test_score (scikit-learn)."
  ),
  direction: external_exports.enum(["maximize", "minimize"], { error: "direction is maximize or minimize" }).describe("Whether a higher or a lower score is better."),
  param_prefix: external_exports.string().min(1, { error: "the prefix is empty" }).optional().describe(
    "Columns named <prefix><param> hold the parameters (params_ for Optuna, param_ for scikit-learn, config/ for Ray Tune); default params_."
  ),
  param_columns: external_exports.array(columnName).min(1, { error: "list at least one parameter column" }).optional().describe("Or: the parameter columns by name."),
  state_column: columnName.optional().describe("Count only trials whose state is in completed_states (e.g. Optuna\u2019s state)."),
  completed_states: external_exports.array(external_exports.string().min(1)).min(1).default(["COMPLETE"]).describe("States of finished trials."),
  chosen: repoPath.describe(
    "A JSON or YAML file with the parameters the model was trained with."
  ),
  chosen_key: external_exports.string().min(1).optional().describe("The (dotted) key of the parameters object in that file; default: the whole file."),
  min_trials: external_exports.int({ error: "min_trials is a whole number" }).min(1, { error: "min_trials is at least 1" }).default(20).describe("Fewer completed trials than this is not a search."),
  tolerance: nonNegative.default(0).describe("How far the chosen parameters\u2019 score may fall short of the best trial\u2019s."),
  min_values_per_param: external_exports.int().min(2, { error: "a tuned parameter is tried at 2 or more values" }).default(2).describe("Each parameter must have been tried at this many distinct values.")
}).refine((config) => !(config.param_prefix && config.param_columns), {
  error: "give param_prefix or param_columns, not both",
  path: ["param_columns"]
});

// src/checks/hyperparameter-tuning/hyperparameter-tuning.ts
var key8 = "checks.hyperparameter_tuning";
var unset = "(unset)";
var hyperparameterTuning = {
  id: "hyperparameter_tuning",
  title: "Hyperparameters were tuned and the best ones chosen",
  rubric: ["model-3"],
  config: hyperparameterTuningConfig,
  async run(config, { workspace }) {
    const { path, options } = tableFileOptions(config.trials);
    const table2 = await workspace.readTable(path, `${key8}.trials`, options);
    const params = paramColumns(table2, config);
    const trials = completedTrials(table2, config, params);
    const findings = [];
    const location = { path };
    if (trials.length < config.min_trials) {
      findings.push({
        id: "trials",
        severity: "fail",
        message: `${trials.length} completed trial(s) in ${path}, fewer than min_trials ${config.min_trials}`,
        location
      });
    }
    if (trials.length === 0) {
      return {
        kind: "ran",
        summary: `no completed trial in ${path}`,
        figures: [{ name: "completed trials", value: 0, threshold: `\u2265 ${config.min_trials}` }],
        findings,
        details: []
      };
    }
    const better = (a2, b2) => config.direction === "maximize" ? a2 > b2 : a2 < b2;
    const best = trials.reduce((a2, b2) => better(b2.score, a2.score) ? b2 : a2);
    const chosen = await chosenParams(
      workspace,
      config,
      params.map(([name]) => name)
    );
    const matching = trials.filter(
      (trial) => params.every(([name]) => sameValue(trial.params.get(name), chosen.get(name) ?? unset))
    );
    const chosenTrial = matching.length > 0 ? matching.reduce((a2, b2) => better(b2.score, a2.score) ? b2 : a2) : null;
    const describeChosen = params.map(([name]) => `${name}=${chosen.get(name) ?? unset}`).join(", ");
    if (!chosenTrial) {
      findings.push({
        id: "chosen:not-evaluated",
        severity: "fail",
        message: `the chosen parameters (${describeChosen}) were never evaluated in ${path}; train with a tried combination or log the trial`,
        location: { path: config.chosen }
      });
    } else {
      const shortfall = config.direction === "maximize" ? best.score - chosenTrial.score : chosenTrial.score - best.score;
      if (shortfall > config.tolerance) {
        findings.push({
          id: "chosen",
          severity: "fail",
          message: `the chosen parameters score ${formatNumber(chosenTrial.score, 6)} (${path}:${table2.lineOf(chosenTrial.row)}), ${formatNumber(shortfall, 6)} short of the best trial's ${formatNumber(best.score, 6)} (${path}:${table2.lineOf(best.row)}); tolerance ${config.tolerance}`,
          location: { path: config.chosen }
        });
      }
    }
    const paramRows = params.map(([name]) => {
      const values = [...new Set(trials.map((trial) => trial.params.get(name)))];
      if (values.length < config.min_values_per_param) {
        findings.push({
          id: `param:${name}`,
          severity: "fail",
          message: `${name} was tried at ${values.length} value(s) (${quoteList(values)}); tune it over at least ${config.min_values_per_param}, or fix it outside the search`,
          location: { path, column: name }
        });
      }
      return [
        name,
        values.length,
        summarizeValues(values),
        chosen.get(name) ?? unset,
        best.params.get(name)
      ];
    });
    return {
      kind: "ran",
      summary: `${trials.length} trials over ${params.length} parameter(s); chosen ${chosenTrial ? `score ${formatNumber(chosenTrial.score, 6)} vs best ${formatNumber(best.score, 6)}` : "parameters not in the log"}`,
      figures: [
        { name: "completed trials", value: trials.length, threshold: `\u2265 ${config.min_trials}` },
        {
          name: "chosen score shortfall",
          value: chosenTrial ? Math.abs(best.score - chosenTrial.score) : null,
          threshold: `\u2264 ${config.tolerance}`
        }
      ],
      findings,
      details: [
        {
          type: "table",
          title: "Parameters searched",
          header: ["parameter", "distinct values", "values tried", "chosen", "best trial"],
          rows: paramRows,
          note: `${trials.length} completed trials in ${path}; best ${config.score_column} ${formatNumber(best.score, 6)} at line ${table2.lineOf(best.row)}.`
        }
      ]
    };
  }
};
function paramColumns(table2, config) {
  if (config.param_columns) {
    return config.param_columns.map((column) => {
      requireColumn(table2, column, `${key8}.param_columns`);
      return [column, column];
    });
  }
  const prefix = config.param_prefix ?? "params_";
  const found = table2.columnNames.filter((name) => name.startsWith(prefix) && name.length > prefix.length).map((name) => [name.slice(prefix.length), name]);
  if (found.length === 0) {
    throw new Error(
      `${key8}.param_prefix: no column of ${table2.source} starts with "${prefix}"; it has ${quoteList(table2.columnNames)} \u2014 set param_prefix or param_columns`
    );
  }
  return found;
}
function completedTrials(table2, config, params) {
  const scores = requireColumn(table2, config.score_column, `${key8}.score_column`);
  const states = config.state_column ? requireColumn(table2, config.state_column, `${key8}.state_column`) : null;
  const cells = params.map(([, column]) => table2.column(column));
  const trials = [];
  for (let row = 0; row < table2.rowCount; row++) {
    if (states && !config.completed_states.includes(String(states[row] ?? ""))) continue;
    const score = parseNumberCell(scores[row]);
    if (score === null && !states) continue;
    if (typeof score !== "number" || !Number.isFinite(score)) {
      throw rowError(
        table2,
        row,
        `score "${String(scores[row])}" in column "${config.score_column}" is not a finite number`
      );
    }
    trials.push({
      row,
      score,
      params: new Map(params.map(([name], i) => [name, valueKey(cells[i][row])]))
    });
  }
  return trials;
}
async function chosenParams(workspace, config, names2) {
  const text = await workspace.readText(config.chosen, `${key8}.chosen`);
  let document;
  try {
    document = (0, import_yaml3.parse)(text, { schema: "core" });
  } catch (error) {
    throw new Error(
      `${config.chosen}: not valid JSON or YAML (${errorMessage(error).split("\n")[0]})`
    );
  }
  for (const part of config.chosen_key?.split(".") ?? []) {
    document = document !== null && typeof document === "object" ? document[part] : void 0;
  }
  if (document === null || typeof document !== "object" || Array.isArray(document)) {
    throw new Error(
      `${config.chosen}: ${config.chosen_key ? `"${config.chosen_key}" is` : "the file is"} not an object of parameters, e.g. {"C": 1.0, "class_weight": "balanced"}`
    );
  }
  const chosen = /* @__PURE__ */ new Map();
  for (const [name, value] of Object.entries(document)) {
    if (!names2.includes(name)) {
      throw new Error(
        `${config.chosen}: parameter "${name}" is not in the tuning log, which has ${quoteList(names2)}`
      );
    }
    if (value !== null && typeof value === "object") {
      throw new Error(
        `${config.chosen}: parameter "${name}" is an object; give its value as in the tuning log`
      );
    }
    chosen.set(name, valueKey(value));
  }
  return chosen;
}
function valueKey(cell) {
  const key19 = labelKey(cell);
  if (key19 === null || key19 === "None" || key19 === "null" || key19 === "nan") return unset;
  const lower = key19.toLowerCase();
  return lower === "true" || lower === "false" ? lower : key19;
}
function sameValue(a2, b2) {
  if (a2 === b2) return true;
  const x = parseNumberCell(a2);
  const y = parseNumberCell(b2);
  return typeof x === "number" && typeof y === "number" && Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
}
function summarizeValues(values) {
  const numbers = values.map((value) => parseNumberCell(value));
  if (numbers.every((n) => typeof n === "number")) {
    return `${formatNumber(Math.min(...numbers), 6)} \u2026 ${formatNumber(Math.max(...numbers), 6)}`;
  }
  return quoteList(values, 6);
}

// src/infra/test-reports/parse-xml.ts
var XmlError = class extends Error {
  name = "XmlError";
};
var predefined = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
var nameStart = /[A-Za-z_:\u00C0-\uFFFF]/;
function parseXml(text, source) {
  const xml = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  let position = 0;
  let line = 1;
  let counted = 0;
  const lineAt = (at) => {
    for (; counted < at; counted++) if (xml.charCodeAt(counted) === 10) line++;
    return line;
  };
  const fail = (at, problem) => {
    throw new XmlError(`${source}:${lineAt(at)}: ${problem}`);
  };
  const decode = (raw, at) => raw.replace(/&(#x[0-9A-Fa-f]+|#\d+|[A-Za-z]+);|&/g, (match, entity) => {
    if (entity === void 0) return fail(at, 'a bare "&" must be written &amp;');
    if (entity.startsWith("#")) {
      const code2 = entity[1] === "x" ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
      if (!Number.isFinite(code2) || code2 > 1114111) fail(at, `bad character reference ${match}`);
      return String.fromCodePoint(code2);
    }
    const value = predefined[entity];
    return value ?? fail(at, `unknown entity &${entity}; (only &lt; &gt; &amp; &quot; &apos; are defined)`);
  });
  const stack = [];
  let root;
  while (position < xml.length) {
    const open = xml.indexOf("<", position);
    const textEnd = open < 0 ? xml.length : open;
    if (textEnd > position) {
      const raw = xml.slice(position, textEnd);
      const parent = stack.at(-1);
      if (parent) parent.text += decode(raw, position);
      else if (raw.trim() !== "") fail(position, "text outside the root element");
    }
    if (open < 0) break;
    position = open;
    if (xml.startsWith("<!--", position)) {
      const end = xml.indexOf("-->", position + 4);
      if (end < 0) fail(position, "a comment is never closed with -->");
      position = end + 3;
    } else if (xml.startsWith("<![CDATA[", position)) {
      const end = xml.indexOf("]]>", position + 9);
      if (end < 0) fail(position, "a CDATA section is never closed with ]]>");
      const parent = stack.at(-1);
      if (!parent) fail(position, "CDATA outside the root element");
      parent.text += xml.slice(position + 9, end);
      position = end + 3;
    } else if (xml.startsWith("<?", position)) {
      const end = xml.indexOf("?>", position + 2);
      if (end < 0) fail(position, "a processing instruction is never closed with ?>");
      position = end + 2;
    } else if (xml.startsWith("<!DOCTYPE", position)) {
      const subset = xml.indexOf("[", position);
      const close = xml.indexOf(">", position);
      let end = close;
      if (subset >= 0 && subset < close) {
        const subsetEnd = xml.indexOf("]>", subset);
        if (subsetEnd < 0) fail(position, "the DOCTYPE is never closed");
        if (/<!ENTITY/i.test(xml.slice(subset, subsetEnd))) {
          fail(
            position,
            "the DOCTYPE declares entities; mlgate does not expand them (a test report needs none)"
          );
        }
        end = subsetEnd + 1;
      }
      if (end < 0) fail(position, "the DOCTYPE is never closed");
      position = end + 1;
    } else if (xml[position + 1] === "/") {
      const end = xml.indexOf(">", position);
      if (end < 0) fail(position, "a closing tag is never closed with >");
      const name = xml.slice(position + 2, end).trim();
      const element = stack.pop();
      if (!element) fail(position, `</${name}> closes nothing`);
      if (element.name !== name)
        fail(position, `</${name}> closes <${element.name}> (opened on line ${element.line})`);
      position = end + 1;
    } else {
      const start = position;
      position++;
      if (!nameStart.test(xml[position] ?? ""))
        fail(start, 'a "<" that starts no tag; write it &lt;');
      let nameEnd = position;
      while (nameEnd < xml.length && !/[\s/>]/.test(xml[nameEnd])) nameEnd++;
      const element = {
        name: xml.slice(position, nameEnd),
        attributes: {},
        children: [],
        text: "",
        line: lineAt(start)
      };
      position = nameEnd;
      let selfClosing = false;
      for (; ; ) {
        while (/\s/.test(xml[position] ?? "")) position++;
        const ch = xml[position];
        if (ch === void 0) fail(start, `<${element.name}> is never closed with >`);
        if (ch === ">") {
          position++;
          break;
        }
        if (ch === "/" && xml[position + 1] === ">") {
          selfClosing = true;
          position += 2;
          break;
        }
        const equals = xml.indexOf("=", position);
        if (equals < 0) fail(position, `an attribute of <${element.name}> has no value`);
        const attribute = xml.slice(position, equals).trim();
        if (!/^[^\s"'<>/=]+$/.test(attribute))
          fail(position, `bad attribute name in <${element.name}>`);
        let quoteAt = equals + 1;
        while (/\s/.test(xml[quoteAt] ?? "")) quoteAt++;
        const quote2 = xml[quoteAt];
        if (quote2 !== '"' && quote2 !== "'")
          fail(position, `the value of ${attribute} must be quoted`);
        const close = xml.indexOf(quote2, quoteAt + 1);
        if (close < 0) fail(position, `the value of ${attribute} is never closed`);
        element.attributes[attribute] = decode(xml.slice(quoteAt + 1, close), quoteAt);
        position = close + 1;
      }
      const parent = stack.at(-1);
      if (parent) parent.children.push(element);
      else if (root) fail(start, "a second root element; an XML document has one");
      else root = element;
      if (!selfClosing) stack.push(element);
    }
  }
  if (stack.length > 0) {
    const open = stack.at(-1);
    throw new XmlError(
      `${source}:${open.line}: <${open.name}> is never closed; is the file truncated?`
    );
  }
  if (!root) throw new XmlError(`${source}: no XML element found; is this the right file?`);
  return root;
}
function descendants(element, name) {
  const found = [];
  const pending = [...element.children].reverse();
  while (pending.length > 0) {
    const next = pending.pop();
    if (next.name === name) found.push(next);
    for (let i = next.children.length - 1; i >= 0; i--) pending.push(next.children[i]);
  }
  return found;
}

// src/infra/test-reports/coverage-report.ts
function readCoverage(reports, root) {
  const hits = /* @__PURE__ */ new Map();
  for (const { text, source } of reports) {
    if (text.trimStart().startsWith("<")) readXml(text, source, root, hits);
    else if (/^(TN:|SF:)/m.test(text)) readLcov(text, source, root, hits);
    else {
      throw new Error(
        `${source}: neither lcov (SF:/DA: lines) nor Cobertura or JaCoCo XML; check the coverage reporter`
      );
    }
  }
  return [...hits].map(([path, lines]) => ({
    path,
    linesFound: lines.size,
    linesHit: [...lines.values()].filter((count) => count > 0).length
  }));
}
function record(hits, path, line, count) {
  let lines = hits.get(path);
  if (!lines) {
    lines = /* @__PURE__ */ new Map();
    hits.set(path, lines);
  }
  lines.set(line, Math.max(lines.get(line) ?? 0, count));
}
function repositoryPath(path, root) {
  const normal = path.replace(/\\/g, "/");
  const prefix = root.replace(/\\/g, "/").replace(/\/+$/, "");
  if (normal.startsWith(`${prefix}/`)) return normal.slice(prefix.length + 1);
  return normal.replace(/^\.\//, "");
}
function readLcov(text, source, root, hits) {
  let file;
  text.split(/\r?\n/).forEach((raw, index2) => {
    const line = raw.trim();
    if (line.startsWith("SF:")) {
      file = repositoryPath(line.slice(3), root);
      if (!hits.has(file)) hits.set(file, /* @__PURE__ */ new Map());
    } else if (line.startsWith("DA:")) {
      const [lineNumber, count] = line.slice(3).split(",");
      if (file === void 0) throw new Error(`${source}:${index2 + 1}: DA: before any SF: line`);
      const n = Number(lineNumber);
      const c2 = Number(count);
      if (!Number.isInteger(n) || !Number.isFinite(c2)) {
        throw new Error(`${source}:${index2 + 1}: expected DA:<line>,<hits>, found "${line}"`);
      }
      record(hits, file, n, c2);
    } else if (line === "end_of_record") {
      file = void 0;
    }
  });
}
function readXml(text, source, root, hits) {
  const document = parseXml(text, source);
  if (document.name === "report") {
    for (const pkg of descendants(document, "package")) {
      for (const sourceFile of pkg.children.filter((child) => child.name === "sourcefile")) {
        const path = [pkg.attributes.name, sourceFile.attributes.name].filter(Boolean).join("/");
        for (const line of sourceFile.children.filter((child) => child.name === "line")) {
          const covered = Number(line.attributes.ci ?? 0);
          const missed = Number(line.attributes.mi ?? 0);
          if (covered + missed > 0) record(hits, path, Number(line.attributes.nr), covered);
        }
      }
    }
    return;
  }
  if (document.name !== "coverage") {
    throw new Error(
      `${source}: the root element is <${document.name}>, not Cobertura's <coverage> or JaCoCo's <report>`
    );
  }
  const sources = descendants(document, "source").map((element) => element.text.trim()).filter(Boolean);
  for (const cls of descendants(document, "class")) {
    const filename = cls.attributes.filename;
    if (!filename) throw new Error(`${source}:${cls.line}: a <class> has no filename attribute`);
    const path = resolveCoberturaPath(filename, sources, root);
    const lines = cls.children.find((child) => child.name === "lines");
    if (!hits.has(path)) hits.set(path, /* @__PURE__ */ new Map());
    for (const line of lines?.children ?? []) {
      if (line.name !== "line") continue;
      record(hits, path, Number(line.attributes.number), Number(line.attributes.hits ?? 0));
    }
  }
}
function resolveCoberturaPath(filename, sources, root) {
  const normal = filename.replace(/\\/g, "/");
  if (normal.startsWith("/") || /^[A-Za-z]:\//.test(normal)) return repositoryPath(normal, root);
  for (const sourceDirectory of sources) {
    const joined = `${sourceDirectory.replace(/\\/g, "/").replace(/\/+$/, "")}/${normal}`;
    const relative = repositoryPath(joined, root);
    if (!relative.startsWith("/") && !/^[A-Za-z]:\//.test(relative)) return relative;
  }
  return normal;
}

// src/infra/test-reports/junit-report.ts
function parseJunit(text, source) {
  const root = parseXml(text, source);
  if (root.name !== "testsuites" && root.name !== "testsuite") {
    throw new Error(
      `${source}: the root element is <${root.name}>, not <testsuites> or <testsuite>; is this a JUnit XML report?`
    );
  }
  const cases = [];
  const visit2 = (element, suites, file) => {
    for (const child of element.children) {
      if (child.name === "testsuite" || child.name === "testsuites") {
        visit2(
          child,
          child.attributes.name ? [...suites, child.attributes.name] : suites,
          child.attributes.file ?? file
        );
      } else if (child.name === "testcase") {
        cases.push(testCase(child, suites, file, source));
      }
    }
  };
  visit2(
    root,
    root.name === "testsuite" && root.attributes.name ? [root.attributes.name] : [],
    root.attributes.file
  );
  return cases;
}
function testCase(element, suites, suiteFile, report) {
  const outcome = element.children.find(
    (child) => ["failure", "error", "skipped"].includes(child.name)
  );
  const status = outcome?.name === "failure" ? "failed" : outcome?.name === "error" ? "errored" : outcome?.name === "skipped" ? "skipped" : "passed";
  const messageText = outcome ? outcome.attributes.message || outcome.text.trim() : "";
  const file = element.attributes.file ?? suiteFile;
  return {
    name: element.attributes.name ?? "(unnamed)",
    classname: element.attributes.classname ?? "",
    ...file ? { file } : {},
    suites,
    status,
    ...messageText ? { message: messageText.split("\n")[0].trim() } : {},
    report,
    line: element.line
  };
}
function testIdentities(testCase2) {
  const identities = [];
  if (testCase2.file) identities.push(testCase2.file.replace(/\\/g, "/"));
  if (testCase2.classname) {
    identities.push(testCase2.classname);
    const parts = testCase2.classname.split(".");
    for (let length = parts.length; length >= 1 && parts.length > 1; length--) {
      identities.push(`${parts.slice(0, length).join("/")}.py`);
    }
  }
  return identities;
}

// src/infra/test-reports/read-test-reports.ts
async function readJunitReports(workspace, paths, key19) {
  const cases = [];
  for (const path of paths) {
    if (!await workspace.exists(path, key19)) {
      throw new Error(
        `${key19}: ${path} does not exist; run the tests with a JUnit reporter before mlgate (pytest --junitxml=${path}, node --test --test-reporter=junit --test-reporter-destination=${path})`
      );
    }
    cases.push(...parseJunit(await workspace.readText(path, key19), path));
  }
  return cases;
}
async function readCoverageReports(workspace, paths, key19) {
  const reports = [];
  for (const path of paths) {
    if (!await workspace.exists(path, key19)) {
      throw new Error(
        `${key19}: ${path} does not exist; write coverage before mlgate (coverage xml -o ${path}, or node --experimental-test-coverage --test-reporter=lcov)`
      );
    }
    reports.push({ text: await workspace.readText(path, key19), source: path });
  }
  return readCoverage(reports, workspace.root);
}
function selectTests(cases, globs2, root) {
  return cases.filter(
    (testCase2) => testIdentities(testCase2).some((identity) => matchesAny(globs2, repositoryPath(identity, root)))
  );
}
function testLabel(testCase2) {
  const owner = testCase2.file ?? testCase2.classname;
  return owner ? `${owner} \u203A ${testCase2.name}` : testCase2.name;
}

// src/infra/test-reports/failed-test-findings.ts
function failedTestFindings(cases, maxExamples) {
  const failing = cases.filter((c2) => c2.status === "failed" || c2.status === "errored");
  return failing.slice(0, maxExamples).map((c2) => ({
    id: `test:${c2.classname || c2.file || ""}::${c2.name}`,
    severity: "fail",
    message: `${testLabel(c2)} ${c2.status === "errored" ? "errored" : "failed"}${c2.message ? `: ${c2.message}` : ""}`,
    location: { path: c2.report, line: c2.line }
  }));
}

// src/checks/integration-test/integration-test-config.ts
var integrationTestConfig = external_exports.strictObject({
  junit: external_exports.array(repoPath).min(1).optional().describe("JUnit XML report(s) of the pipeline (end-to-end) tests."),
  tests: external_exports.array(external_exports.string().min(1)).min(1).optional().describe("Globs selecting the pipeline tests within those reports; default every case."),
  minimum_tests: external_exports.int().min(1).default(1).describe("At least this many selected tests must have run."),
  pipeline: external_exports.strictObject({
    command: commandLine,
    timeout_minutes: timeoutMinutes(30),
    working_directory: workingDirectory,
    inputs: external_exports.array(repoPath).default([]).describe("Files or directories the pipeline needs that git does not track, copied in."),
    outputs: external_exports.array(repoPath).default([]).describe(
      "Files the run must write (non-empty), e.g. the model and the serving predictions."
    )
  }).optional().describe(
    "Or: a command that runs the whole pipeline on a small subset, in a scratch copy of the repository."
  ),
  max_examples: external_exports.int().min(1).max(100).default(20).describe("How many failing tests to name.")
}).refine((config) => config.junit !== void 0 || config.pipeline !== void 0, {
  error: "give `junit` (reports of pipeline tests), `pipeline` (a command mlgate runs end to end), or both"
});

// src/checks/integration-test/integration-test.ts
var key9 = "checks.integration_test";
var integrationTest = {
  id: "integration_test",
  title: "The ML pipeline is integration tested",
  rubric: ["infra-3"],
  config: integrationTestConfig,
  async run(config, { workspace }) {
    const findings = [];
    const figures = [];
    const details = [];
    const summary = [];
    if (config.junit) {
      const cases = await readJunitReports(workspace, config.junit, `${key9}.junit`);
      const selected = config.tests ? selectTests(cases, config.tests.map(globToRegExp), workspace.root) : cases;
      const ran = selected.filter((c2) => c2.status !== "skipped");
      const failed = failedTestFindings(selected, config.max_examples);
      findings.push(...failed);
      if (ran.length < config.minimum_tests) {
        findings.push({
          id: "pipeline-tests",
          severity: "fail",
          message: `${ran.length} pipeline test${ran.length === 1 ? "" : "s"} ran${config.tests ? ` (matching ${config.tests.join(", ")})` : ""}; at least ${config.minimum_tests} must`
        });
      }
      figures.push({
        name: "pipeline tests run",
        value: ran.length,
        threshold: `\u2265 ${config.minimum_tests}`
      });
      summary.push(
        `${ran.length} pipeline tests ran, ${selected.filter((c2) => c2.status === "failed" || c2.status === "errored").length} failed`
      );
    }
    if (config.pipeline) {
      const pipeline = config.pipeline;
      let copy;
      try {
        copy = await workspace.copyForRun({
          key: `${key9}.pipeline.inputs`,
          include: pipeline.inputs
        });
        const before = /* @__PURE__ */ new Map();
        for (const output2 of pipeline.outputs) {
          before.set(output2, await copy.hashFile(output2, `${key9}.pipeline.outputs`));
        }
        const result2 = await copy.runCommand({
          command: pipeline.command,
          key: `${key9}.pipeline.command`,
          timeoutMs: minutesToMs(pipeline.timeout_minutes),
          ...pipeline.working_directory ? { workingDirectory: pipeline.working_directory } : {}
        });
        if (result2.outcome === "refused") {
          if (!config.junit) return { kind: "skipped", reason: result2.reason };
          details.push({ type: "text", title: "Pipeline command not run", text: result2.reason });
        } else {
          requireFinished(result2, `${key9}.pipeline.command`, pipeline.timeout_minutes);
          figures.push({ name: "pipeline exit code", value: result2.exitCode, threshold: "= 0" });
          if (result2.exitCode !== 0) {
            findings.push({
              id: "pipeline-run",
              severity: "fail",
              message: `the pipeline command ended with ${exitDescription(result2)}; see its log`
            });
          }
          const rows = [];
          for (const output2 of pipeline.outputs) {
            const digest = await copy.hashFile(output2, `${key9}.pipeline.outputs`);
            const problem = digest === null ? "was not written by the pipeline run" : digest.kind === "file" && digest.bytes === 0 ? "is empty after the pipeline run" : !fileWasWritten(before.get(output2) ?? null, digest) ? "is untouched since before the run: the pipeline run did not write it" : void 0;
            rows.push([
              output2,
              problem ?? `written (${digest?.kind === "file" ? digest.bytes : 0} bytes)`
            ]);
            if (problem && result2.exitCode === 0) {
              findings.push({
                id: `output:${output2}`,
                severity: "fail",
                message: `${output2} ${problem}`
              });
            }
          }
          if (rows.length > 0)
            details.push({
              type: "table",
              title: "Pipeline outputs",
              header: ["Output", "After the run"],
              rows
            });
          details.push(logBlock("Pipeline log (last lines)", result2));
          summary.push(
            `\`${pipeline.command}\` ${result2.exitCode === 0 ? "ran end to end" : `failed (${exitDescription(result2)})`} in ${seconds(result2.durationMs)}`
          );
        }
      } finally {
        await copy?.dispose();
      }
    }
    return { kind: "ran", summary: summary.join("; "), figures, findings, details };
  }
};

// src/metrics/metrics-file.ts
var import_yaml4 = __toESM(require_dist(), 1);
function parseMetricsFile(text, source) {
  let document;
  try {
    document = (0, import_yaml4.parse)(text);
  } catch (error) {
    const line = error instanceof import_yaml4.YAMLParseError ? error.linePos?.[0].line : void 0;
    throw new Error(
      `${source}${line ? `:${line}` : ""}: not valid JSON or YAML (${errorMessage(error).split("\n")[0]})`
    );
  }
  if (document === null || typeof document !== "object") {
    throw new Error(
      `${source}: a metrics file holds an object of metrics, e.g. {"test": {"auc": 0.91}}, or an MLflow metric list`
    );
  }
  const values = /* @__PURE__ */ new Map();
  const nonNumeric = /* @__PURE__ */ new Map();
  const steps = /* @__PURE__ */ new Map();
  const leaf = (key19, value) => {
    const number = typeof value === "number" || typeof value === "string" ? parseNumberCell(value) : void 0;
    if (typeof number === "number" && Number.isFinite(number)) values.set(key19, number);
    else nonNumeric.set(key19, typeof number === "number" ? String(number) : describe2(value));
  };
  const walk = (prefix, value) => {
    if (Array.isArray(value)) {
      for (const [index2, item] of value.entries()) {
        const entry = mlflowEntry(item);
        if (!entry) {
          walk(join(prefix, String(index2)), item);
          continue;
        }
        const key19 = join(prefix, entry.key);
        if (entry.step < (steps.get(key19) ?? Number.NEGATIVE_INFINITY)) continue;
        steps.set(key19, entry.step);
        leaf(key19, entry.value);
      }
    } else if (value !== null && typeof value === "object") {
      for (const [key19, inner] of Object.entries(value)) walk(join(prefix, key19), inner);
    } else {
      leaf(prefix, value);
    }
  };
  walk("", document);
  return { source, values, nonNumeric };
}
function lookupMetric(file, name) {
  const exact = file.values.get(name);
  if (exact !== void 0) return { kind: "found", key: name, value: exact };
  const bad = file.nonNumeric.get(name);
  if (bad !== void 0) return { kind: "not-a-number", what: bad };
  const keys = [...file.values.keys()].filter((key19) => key19.endsWith(`.${name}`));
  if (keys.length === 1) return { kind: "found", key: keys[0], value: file.values.get(keys[0]) };
  return keys.length > 1 ? { kind: "ambiguous", keys } : { kind: "missing" };
}
function metricFromFile(file, name) {
  const found = lookupMetric(file, name);
  switch (found.kind) {
    case "found":
      return { key: found.key, value: found.value };
    case "not-a-number":
      throw new Error(`${file.source}: metric "${name}" is ${found.what}, not a finite number`);
    case "ambiguous":
      throw new Error(
        `${file.source}: "${name}" matches ${quoteList(found.keys)}; name the metric by its full dotted key`
      );
    case "missing":
      throw new Error(
        `${file.source}: no metric "${name}"; the file has ${quoteList([...file.values.keys()], 12) || "no numeric values"}`
      );
  }
}
function mlflowEntry(item) {
  if (item === null || typeof item !== "object" || Array.isArray(item)) return void 0;
  const record2 = item;
  const key19 = record2.key ?? record2.name;
  if (typeof key19 !== "string" || !("value" in record2)) return void 0;
  return { key: key19, value: record2.value, step: typeof record2.step === "number" ? record2.step : 0 };
}
function join(prefix, key19) {
  return prefix === "" ? key19 : `${prefix}.${key19}`;
}
function describe2(value) {
  if (value === null || value === void 0) return "empty";
  if (typeof value === "string")
    return `the text "${value.length > 40 ? `${value.slice(0, 40)}\u2026` : value}"`;
  return `a ${typeof value}`;
}

// src/checks/model-quality/metric-history.ts
var labelKeys = ["version", "model_version", "tag", "commit"];
async function readMetricHistory(workspace, path, key19) {
  const lower = path.toLowerCase();
  if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
    const text = await workspace.readText(path, key19);
    return text.split("\n").flatMap((line, index2) => {
      if (line.trim() === "") return [];
      const entry = parseMetricsFile(line, `${path}:${index2 + 1}`);
      return [{ ...entry, label: labelOf2(entry, `line ${index2 + 1}`) }];
    });
  }
  const table2 = await workspace.readTable(path, key19);
  return Array.from({ length: table2.rowCount }, (_, row) => {
    const values = /* @__PURE__ */ new Map();
    const nonNumeric = /* @__PURE__ */ new Map();
    for (const name of table2.columnNames) {
      const cell = table2.column(name)[row];
      const number = parseNumberCell(cell);
      if (typeof number === "number" && Number.isFinite(number)) values.set(name, number);
      else nonNumeric.set(name, cell === null ? "empty" : `the text "${String(cell)}"`);
    }
    const entry = { source: `${path}:${table2.lineOf(row)}`, values, nonNumeric };
    return { ...entry, label: labelOf2(entry, `line ${table2.lineOf(row)}`) };
  });
}
function labelOf2(entry, fallback) {
  for (const key19 of labelKeys) {
    const number = entry.values.get(key19);
    if (number !== void 0) return `${key19} ${number}`;
    const text = entry.nonNumeric.get(key19)?.match(/^the text "(.*)"$/)?.[1];
    if (text) return `${key19} ${text}`;
  }
  return fallback;
}
function slowLeak(entries, last, metric, direction, candidate, allowed) {
  let best = null;
  let versions = 0;
  for (const entry of entries.slice(-last)) {
    const found = lookupMetric(entry, metric);
    if (found.kind === "not-a-number") {
      throw new Error(`${entry.source}: metric "${metric}" is ${found.what}, not a finite number`);
    }
    if (found.kind === "ambiguous") {
      throw new Error(
        `${entry.source}: "${metric}" matches ${found.keys.join(", ")}; name it by its full dotted key`
      );
    }
    if (found.kind !== "found") continue;
    versions++;
    if (best === null || improvement(direction, found.value, best.value) > 0) {
      best = { value: found.value, label: entry.label };
    }
  }
  if (best === null) return null;
  return {
    metric,
    versions,
    best: best.value,
    bestLabel: best.label,
    candidate,
    drop: improvement(direction, best.value, candidate),
    allowed
  };
}

// src/checks/model-quality/model-quality-config.ts
var thresholdLevel = external_exports.strictObject({
  min: external_exports.number({ error: "min is a number, e.g. 0.8" }).optional().describe("Absolute floor: the candidate's value must be at least this."),
  max: external_exports.number({ error: "max is a number, e.g. 0.35" }).optional().describe("Absolute ceiling: the candidate's value must be at most this."),
  change_absolute: external_exports.number({ error: "change_absolute is a number, e.g. -0.005" }).optional().describe(
    "Signed change against production, as TFMA's change threshold: with higher_is_better, candidate \u2212 production must be \u2265 this (\u22120.005 allows a drop of 0.005, +0.01 demands a gain); with lower_is_better, \u2264 this."
  ),
  change_relative: external_exports.number({ error: "change_relative is a fraction, e.g. -0.01 for 1%" }).optional().describe("The same, relative to |production|: \u22120.01 allows a 1% drop.")
}).refine((level) => Object.values(level).some((value) => value !== void 0), {
  error: "give at least one of min, max, change_absolute, change_relative"
});
var metricThresholdKeys = external_exports.strictObject({
  direction: external_exports.enum(["higher_is_better", "lower_is_better"], {
    error: "direction is higher_is_better or lower_is_better"
  }).optional().describe("Needed for metric names mlgate does not know (from a metrics file)."),
  red: thresholdLevel.optional().describe("Bounds that make the metric RED: the check fails."),
  amber: thresholdLevel.optional().describe("Bounds that make it AMBER: the check warns.")
}).refine((threshold) => threshold.red || threshold.amber, {
  error: "give red (blocks) and/or amber (warns) bounds, e.g. red: {min: 0.8, change_absolute: -0.005}"
});
var metricThreshold = metricThresholdKeys.pipe(
  external_exports.union([
    external_exports.object({ ...parsedKeys(metricThresholdKeys), red: thresholdLevel }),
    external_exports.object({
      ...parsedKeys(metricThresholdKeys),
      red: external_exports.undefined().optional(),
      amber: thresholdLevel
    })
  ])
);
var modelQualityKeys = external_exports.strictObject({
  predictions: tableFile.optional().describe("The candidate's predictions (CSV, JSONL or Parquet)\u2026"),
  metrics_file: repoPath.optional().describe("\u2026or its metrics file (JSON or YAML, flat or nested keys)."),
  ...predictionColumnsShape,
  task: predictionColumnsShape.task.optional(),
  label_column: predictionColumnsShape.label_column.optional(),
  production: external_exports.strictObject({
    predictions: tableFile.optional().describe("A production predictions file in the working tree."),
    metrics_file: repoPath.optional().describe("A production metrics file in the working tree."),
    base_path: repoPath.optional().describe(
      "The production file's path at the base commit, when it differs from the candidate's (e.g. renamed)."
    ),
    ...predictionOverridesShape
  }).refine(
    (production) => !(production.base_path && (production.predictions || production.metrics_file)),
    {
      error: "base_path reads production at the base commit; predictions / metrics_file name a file in the working tree \u2014 give one",
      path: ["base_path"]
    }
  ).optional().describe(
    "Production's predictions or metrics. Default: the candidate's file as it is at the PR's base commit."
  ),
  baseline: baselineSource.optional().describe(
    "A baseline (a simple model, not production) shown beside the candidate; gate on it with baseline_comparison."
  ),
  thresholds: external_exports.record(external_exports.string(), metricThreshold).refine((t) => Object.keys(t).length > 0, {
    error: "gate at least one metric, e.g. roc_auc: {red: {min: 0.8, change_absolute: -0.005}}"
  }).describe(
    "Per metric: direction, RED and AMBER bounds. Metrics without an entry are shown, not gated."
  ),
  bootstrap: bootstrapConfig,
  block_only_significant_changes: external_exports.boolean().default(true).describe(
    "A RED change bound blocks only when the bootstrap interval excludes the tolerance; an unconfirmed breach is AMBER, so noise does not block."
  ),
  history: external_exports.strictObject({
    path: repoPath.describe(
      "One line (JSONL) or row (CSV) of metrics per accepted version, oldest first."
    ),
    last: external_exports.int().min(1, { error: "compare with at least the last 1 version" }).default(10).describe("How many of the most recent versions to compare with."),
    max_drop_from_best: external_exports.record(external_exports.string(), nonNegative).refine((drops) => Object.keys(drops).length > 0, {
      error: "name at least one metric, e.g. {roc_auc: 0.01}"
    }).describe("Per metric: how far below the best of those versions the candidate may be.")
  }).optional().describe(
    "Slow leak: the candidate must not fall too far below the best recent accepted version."
  )
}).superRefine((config, context) => {
  const issue = (path, message) => context.addIssue({ code: "custom", path, message });
  if (!config.predictions === !config.metrics_file) {
    issue(
      ["predictions"],
      "give the candidate as predictions: <file> or metrics_file: <file> (one of them)"
    );
    return;
  }
  if (config.predictions) {
    if (!config.task)
      return issue(["task"], "predictions need task: binary, multiclass or regression");
    if (!config.label_column) return issue(["label_column"], "predictions need label_column");
    requirePredictionColumns(
      { ...config, task: config.task, label_column: config.label_column },
      context
    );
    const known = metricNamesByTask[config.task];
    const unknown = (names2, path) => {
      for (const name of names2) {
        if (!known.includes(name)) {
          issue([...path, name], `not a ${config.task} metric; use one of ${known.join(", ")}`);
        }
      }
    };
    unknown(Object.keys(config.thresholds), ["thresholds"]);
    unknown(Object.keys(config.history?.max_drop_from_best ?? {}), [
      "history",
      "max_drop_from_best"
    ]);
    if (config.production?.metrics_file) {
      issue(
        ["production", "metrics_file"],
        "the candidate is a predictions file; give production predictions too"
      );
    }
  } else {
    if (config.production?.predictions) {
      issue(
        ["production", "predictions"],
        "the candidate is a metrics file; give production as metrics_file too"
      );
    }
    if (config.baseline)
      issue(["baseline"], "a baseline needs the candidate\u2019s predictions, not a metrics file");
    for (const name of Object.keys(config.history?.max_drop_from_best ?? {})) {
      if (!config.thresholds[name]?.direction && !directionOf(name)) {
        issue(
          ["history", "max_drop_from_best", name],
          `mlgate cannot tell whether "${name}" is better higher or lower; give thresholds.${name}.direction`
        );
      }
    }
    for (const [name, threshold] of Object.entries(config.thresholds)) {
      if (!threshold.direction && !directionOf(name)) {
        issue(
          ["thresholds", name, "direction"],
          `say whether "${name}" is higher_is_better or lower_is_better`
        );
      }
    }
  }
});
var modelQualityConfig = modelQualityKeys.pipe(
  external_exports.union([
    external_exports.object({
      ...parsedKeys(modelQualityKeys),
      predictions: tableFile,
      task: predictionColumnsShape.task,
      label_column: columnName
    }),
    external_exports.object({
      ...parsedKeys(modelQualityKeys),
      predictions: external_exports.undefined().optional(),
      metrics_file: repoPath
    })
  ])
);

// src/checks/model-quality/rag-level.ts
function breaches(level, direction, comparison) {
  const found = [];
  const { candidate, production, interval } = comparison;
  if (level.min !== void 0 && candidate < level.min) {
    found.push({
      text: `${formatNumber(candidate)} is below the floor ${level.min}`,
      change: false,
      significant: null
    });
  }
  if (level.max !== void 0 && candidate > level.max) {
    found.push({
      text: `${formatNumber(candidate)} is above the ceiling ${level.max}`,
      change: false,
      significant: null
    });
  }
  if (production === null) return found;
  const delta = candidate - production;
  const breached = (change, tolerance3) => direction === "higher_is_better" ? change < tolerance3 : change > tolerance3;
  const confirmed = (low, high, tolerance3) => direction === "higher_is_better" ? high < tolerance3 : low > tolerance3;
  const comparator = direction === "higher_is_better" ? "\u2265" : "\u2264";
  if (level.change_absolute !== void 0 && breached(delta, level.change_absolute)) {
    found.push({
      text: `\u0394 ${formatSigned(delta)} vs production ${formatNumber(production)}, allowed \u0394 ${comparator} ${formatSigned(level.change_absolute)}`,
      change: true,
      significant: interval ? confirmed(interval.low, interval.high, level.change_absolute) : null
    });
  }
  if (level.change_relative !== void 0 && production !== 0) {
    const scale = Math.abs(production);
    if (breached(delta / scale, level.change_relative)) {
      found.push({
        text: `\u0394 ${signedPercent(delta / scale)} vs production ${formatNumber(production)}, allowed \u0394 ${comparator} ${signedPercent(level.change_relative)}`,
        change: true,
        significant: interval ? confirmed(interval.low / scale, interval.high / scale, level.change_relative) : null
      });
    }
  }
  return found;
}
function ragLevel(threshold, direction, comparison, blockOnlySignificantChanges) {
  const reasons = [];
  let rag = "green";
  let changeBreached = false;
  for (const breach of threshold.red ? breaches(threshold.red, direction, comparison) : []) {
    changeBreached ||= breach.change;
    if (blockOnlySignificantChanges && breach.significant === false) {
      reasons.push(`${breach.text}, but the bootstrap interval does not confirm the drop`);
      if (rag === "green") rag = "amber";
    } else {
      reasons.push(breach.text);
      rag = "red";
    }
  }
  for (const breach of threshold.amber ? breaches(threshold.amber, direction, comparison) : []) {
    changeBreached ||= breach.change;
    reasons.push(`${breach.text} (amber)`);
    if (rag === "green") rag = "amber";
  }
  return { rag, reasons, changeBreached };
}
function describeLevel(level, direction) {
  const comparator = direction === "higher_is_better" ? "\u2265" : "\u2264";
  return [
    level.min !== void 0 ? `\u2265 ${level.min}` : "",
    level.max !== void 0 ? `\u2264 ${level.max}` : "",
    level.change_absolute !== void 0 ? `\u0394 ${comparator} ${formatSigned(level.change_absolute)}` : "",
    level.change_relative !== void 0 ? `\u0394 ${comparator} ${signedPercent(level.change_relative)}` : ""
  ].filter(Boolean).join(", ");
}
function signedPercent(fraction) {
  const text = `${formatNumber(Math.abs(fraction) * 100, 2)}%`;
  return fraction < 0 ? `\u2212${text}` : `+${text}`;
}

// src/checks/model-quality/model-quality.ts
var key10 = "checks.model_quality";
var modelQuality = {
  id: "model_quality",
  title: "Candidate model is at least as good as production",
  rubric: ["infra-4", "monitor-7"],
  config: modelQualityConfig,
  async run(config, context) {
    const compared = config.predictions !== void 0 ? await compareFromPredictions(config, context) : await compareFromMetricsFiles(config, context);
    const { candidate, production, baseline, intervals } = compared;
    const gated = Object.keys(config.thresholds);
    const ordered = [...gated, ...compared.metricNames.filter((name) => !gated.includes(name))];
    const findings = [];
    const figures = [];
    const levels = /* @__PURE__ */ new Map();
    const rows = ordered.map((name) => {
      const direction = directionFor(config, name);
      const value = candidate.values(name);
      const productionValue = production?.values(name);
      const productionNumber = metricNumber(productionValue);
      const interval = intervals?.[name] ?? null;
      const threshold = config.thresholds[name];
      let rag = null;
      if (threshold) {
        if (!value.defined) {
          rag = "red";
          findings.push({
            id: `metric:${name}:undefined`,
            severity: "fail",
            message: `${name} is undefined (${value.reason}), so its threshold cannot be checked`
          });
        } else {
          const result2 = ragLevel(
            threshold,
            direction,
            { candidate: value.value, production: productionNumber, interval },
            config.block_only_significant_changes
          );
          rag = result2.rag;
          const changeBound = [threshold.red, threshold.amber].some(
            (level) => level?.change_absolute !== void 0 || level?.change_relative !== void 0
          );
          if (productionValue && !productionValue.defined && changeBound) {
            findings.push({
              id: `production:${name}`,
              severity: "warn",
              message: `${name} of production is undefined (${productionValue.reason}), so its change bound was not checked`
            });
          }
          if (rag !== "green") {
            findings.push({
              id: `metric:${name}`,
              severity: rag === "red" ? "fail" : "warn",
              message: `${name} is ${rag.toUpperCase()}: ${result2.reasons.join("; ")}${result2.changeBreached ? intervalText(interval, config.bootstrap.confidence) : ""}`
            });
          }
        }
        levels.set(name, rag);
        figures.push({
          name,
          value: metricNumber(value),
          threshold: threshold.red ? describeLevel(threshold.red, direction) : `amber: ${describeLevel(threshold.amber, direction)}`
        });
      }
      const delta = value.defined && productionNumber !== null ? formatSigned(value.value - productionNumber) : "\u2014";
      return [
        name,
        formatMetric(value),
        ...baseline ? [formatMetric(baseline.values(name))] : [],
        productionValue ? formatMetric(productionValue) : "\u2014",
        interval ? `${delta} [${formatSigned(interval.low)}, ${formatSigned(interval.high)}]` : delta,
        threshold ? [
          threshold.red ? `red: ${describeLevel(threshold.red, direction)}` : "",
          threshold.amber ? `amber: ${describeLevel(threshold.amber, direction)}` : ""
        ].filter(Boolean).join("; ") : "not gated",
        rag ? ragLabel[rag] : "\u2014"
      ];
    });
    const details = [
      {
        type: "table",
        title: "Metrics: candidate vs production",
        header: [
          "metric",
          "candidate",
          ...baseline ? ["baseline"] : [],
          "production",
          intervals ? `\u0394 vs production [${Math.round(config.bootstrap.confidence * 100)}% CI]` : "\u0394 vs production",
          "threshold",
          "RAG"
        ],
        rows,
        note: [
          `Candidate: ${candidate.source}.`,
          production ? `Production: ${production.source}.` : `No production: ${compared.productionMissing}.`,
          ...baseline ? [`Baseline: ${baseline.source}.`] : [],
          ...compared.notes
        ].join(" ")
      }
    ];
    if (config.history) {
      const history = await readMetricHistory(
        context.workspace,
        config.history.path,
        `${key10}.history.path`
      );
      const historyRows = [];
      for (const [name, allowed] of Object.entries(config.history.max_drop_from_best)) {
        const value = candidate.values(name);
        if (!value.defined) {
          findings.push({
            id: `history:${name}:undefined`,
            severity: "fail",
            message: `${name} is undefined (${value.reason}), so it cannot be compared with the history`
          });
          continue;
        }
        const leak = slowLeak(
          history,
          config.history.last,
          name,
          directionFor(config, name),
          value.value,
          allowed
        );
        if (!leak) {
          historyRows.push([
            name,
            `none of the last ${config.history.last} versions reports it`,
            formatNumber(value.value),
            "\u2014",
            allowed,
            ragLabel.amber
          ]);
          findings.push({
            id: `history:${name}:no-history`,
            severity: "warn",
            message: `${name}: none of the last ${config.history.last} versions in the history reports it, so the slow-leak bound could not be checked; append the accepted versions' ${name} to the history`
          });
          continue;
        }
        const leaking = leak.drop > allowed;
        historyRows.push([
          name,
          `${formatNumber(leak.best)} (${leak.bestLabel})`,
          formatNumber(leak.candidate),
          formatSigned(-leak.drop),
          allowed,
          leaking ? ragLabel.red : ragLabel.green
        ]);
        if (leaking) {
          findings.push({
            id: `history:${name}`,
            severity: "fail",
            message: `${name} ${formatNumber(leak.candidate)} is ${formatNumber(leak.drop)} worse than the best of the last ${leak.versions} accepted versions (${formatNumber(leak.best)}, ${leak.bestLabel}); at most ${allowed} is allowed, so small accepted drops have added up`,
            location: { path: config.history.path }
          });
        }
      }
      details.push({
        type: "table",
        title: `Slow leak: best of the last ${config.history.last} accepted versions`,
        header: ["metric", "best recent", "candidate", "change from best", "max drop", "status"],
        rows: historyRows,
        note: `${config.history.path}: ${history.length} version(s) recorded. Append the candidate's metrics after it is accepted.`
      });
    }
    const undefinedValues = ordered.flatMap(
      (name) => [
        ["candidate", candidate.values(name)],
        ["production", production?.values(name)]
      ].flatMap(
        ([who, value]) => value && !value.defined ? [`${who} ${name}: ${value.reason}`] : []
      )
    );
    if (undefinedValues.length > 0)
      details.push({ type: "list", title: "Undefined metrics", items: undefinedValues });
    const counts = (rag) => [...levels.values()].filter((level) => level === rag).length;
    const red = [...levels].filter(([, level]) => level === "red").map(([name]) => name);
    const amber = [...levels].filter(([, level]) => level === "amber").map(([name]) => name);
    const leakCount = findings.filter((finding) => finding.id.startsWith("history:")).length;
    const summary = [
      red.length > 0 ? `RED: ${red.join(", ")}` : "",
      leakCount > 0 ? `${leakCount} slow leak(s)` : "",
      amber.length > 0 ? `AMBER: ${amber.join(", ")}` : "",
      counts("green") > 0 ? `${counts("green")} GREEN` : "",
      production ? "" : `no production to compare with (${compared.productionMissing})`
    ].filter(Boolean).join("; ");
    return { kind: "ran", summary, figures, findings, details };
  }
};
var ragLabel = { green: "\u{1F7E2} GREEN", amber: "\u{1F7E0} AMBER", red: "\u{1F534} RED" };
function directionFor(config, name) {
  const direction = config.thresholds[name]?.direction ?? directionOf(name);
  if (!direction) {
    throw new Error(
      `${key10}.thresholds.${name}.direction: say whether "${name}" is higher_is_better or lower_is_better`
    );
  }
  return direction;
}
function intervalText(interval, confidence) {
  return interval ? ` (${Math.round(confidence * 100)}% interval of \u0394: [${formatSigned(interval.low)}, ${formatSigned(interval.high)}])` : "";
}
function baseRevision2(context) {
  return context.event.baseSha ?? context.event.pullRequest?.baseSha ?? null;
}
function noBase(context) {
  return context.event.name === "local" ? "not a pull request; pass --base <revision> to compare with production" : `the ${context.event.name} event has no base commit`;
}
function sideOf(evaluate, source) {
  const metrics = evaluate();
  return {
    metrics,
    source,
    values: (name) => metrics[name] ?? undefinedMetric(`not a metric of this task`)
  };
}
async function compareFromPredictions(config, context) {
  const predictionsFile = config.predictions;
  const columns = predictionColumnsOf(config);
  const candidateAll = await loadPredictions(
    context.workspace,
    predictionsFile,
    columns,
    `${key10}.predictions`
  );
  const notes = [];
  let production = null;
  let productionSource = "";
  let productionMissing = null;
  const overrides = withOverrides(columns, config.production ?? {});
  if (config.production?.predictions) {
    production = await loadPredictions(
      context.workspace,
      config.production.predictions,
      overrides,
      `${key10}.production.predictions`
    );
    productionSource = production.table.source;
  } else {
    const revision = baseRevision2(context);
    const basePath = config.production?.base_path;
    const baseFile = basePath ? typeof predictionsFile === "string" ? basePath : { ...predictionsFile, path: basePath } : predictionsFile;
    const path = tableFileOptions(baseFile).path;
    if (!revision) productionMissing = noBase(context);
    else {
      production = await loadPredictionsAtRevision(
        context.workspace,
        revision,
        baseFile,
        overrides,
        basePath ? `${key10}.production.base_path` : `${key10}.predictions`
      );
      productionSource = `${path} at base commit ${revision.slice(0, 12)}`;
      if (!production)
        productionMissing = `${path} did not exist at base commit ${revision.slice(0, 12)}, so this model is new`;
    }
  }
  let candidate = candidateAll;
  let intervals = null;
  let productionEvaluator = null;
  if (production && candidateAll.ids && production.ids) {
    const paired = pairById(candidateAll, production);
    if (paired.a.data.labels.length === 0) {
      throw new Error(
        `${key10}: no id of ${candidateAll.table.source} appears in ${productionSource}; evaluate both models on the same rows`
      );
    }
    candidate = paired.a;
    productionEvaluator = predictionsEvaluator(paired.b, config.threshold);
    const n = paired.a.data.labels.length;
    if (paired.onlyA + paired.onlyB > 0) {
      notes.push(
        `${paired.onlyA} candidate and ${paired.onlyB} production rows have no partner id and are left out.`
      );
    }
    const candidateEvaluator = predictionsEvaluator(candidate, config.threshold);
    const { resamples, seed, confidence } = config.bootstrap;
    intervals = bootstrapMetricDeltas(
      candidateEvaluator,
      productionEvaluator,
      n,
      metricNamesByTask[candidate.task],
      config.bootstrap
    );
    notes.push(
      `Both evaluated on the ${n} rows they share by ${columns.idColumn}; intervals from a paired bootstrap (${resamples} resamples, seed ${seed}, ${Math.round(confidence * 100)}% percentile).`
    );
  } else if (production) {
    productionEvaluator = predictionsEvaluator(production, config.threshold);
    notes.push(
      "The two prediction sets are not paired (set id_column in both files) so \u0394 has no interval and every RED change blocks."
    );
  }
  const baselinePair = config.baseline ? await loadBaseline(
    context.workspace,
    candidateAll,
    columns,
    config.baseline,
    `${key10}.baseline`
  ) : null;
  return {
    candidate: sideOf(
      predictionsEvaluator(candidate, config.threshold),
      `${candidateAll.table.source} (${candidate.data.labels.length} rows)`
    ),
    production: production && productionEvaluator ? sideOf(productionEvaluator, productionSource) : null,
    productionMissing,
    baseline: baselinePair ? sideOf(
      predictionsEvaluator(baselinePair.baseline, config.threshold),
      baselinePair.description
    ) : null,
    intervals,
    metricNames: [...metricNamesByTask[candidate.task]],
    notes
  };
}
async function compareFromMetricsFiles(config, context) {
  const path = config.metrics_file;
  const candidateFile = parseMetricsFile(
    await context.workspace.readText(path, `${key10}.metrics_file`),
    path
  );
  let productionFile = null;
  let productionMissing = null;
  let productionSource = "";
  if (config.production?.metrics_file) {
    const productionPath = config.production.metrics_file;
    productionFile = parseMetricsFile(
      await context.workspace.readText(productionPath, `${key10}.production.metrics_file`),
      productionPath
    );
    productionSource = productionPath;
  } else {
    const revision = baseRevision2(context);
    const basePath = config.production?.base_path ?? path;
    if (!revision) productionMissing = noBase(context);
    else {
      const text = await context.workspace.readTextAtRevision(
        revision,
        basePath,
        config.production?.base_path ? `${key10}.production.base_path` : `${key10}.metrics_file`
      );
      productionSource = `${basePath} at base commit ${revision.slice(0, 12)}`;
      if (text === null)
        productionMissing = `${basePath} did not exist at base commit ${revision.slice(0, 12)}, so this model is new`;
      else productionFile = parseMetricsFile(text, `${basePath}@${revision.slice(0, 12)}`);
    }
  }
  const names2 = [
    .../* @__PURE__ */ new Set([
      ...Object.keys(config.thresholds),
      ...Object.keys(config.history?.max_drop_from_best ?? {})
    ])
  ];
  const candidateValues = new Map(
    names2.map((name) => [name, definedMetric(metricFromFile(candidateFile, name).value)])
  );
  const fromProduction = (file) => (name) => {
    const found = lookupMetric(file, name);
    return found.kind === "found" ? definedMetric(found.value) : undefinedMetric(`${file.source} has no single number "${name}"`);
  };
  return {
    candidate: { source: path, values: (name) => candidateValues.get(name) },
    production: productionFile ? { source: productionSource, values: fromProduction(productionFile) } : null,
    productionMissing,
    baseline: null,
    intervals: null,
    metricNames: names2,
    notes: [
      "Metrics files carry no per-row predictions, so \u0394 has no interval and every RED change blocks."
    ]
  };
}

// src/checks/numerical-stability/numerical-stability-config.ts
var numericalStabilityConfig = external_exports.strictObject({
  predictions: tableFile.describe("The predictions file to check (CSV, JSONL or Parquet)."),
  columns: external_exports.array(external_exports.string().min(1), { error: "expected a list of column names, e.g. [score]" }).min(1, { error: "list at least one prediction column" }).describe("Numeric output columns; each must hold finite numbers only."),
  probability_columns: external_exports.array(external_exports.string().min(1)).default([]).describe("Columns that hold probabilities and must lie in [0, 1]."),
  id_column: external_exports.string().min(1).optional().describe("A column that names each row (e.g. an example id), used in messages."),
  min_std: nonNegative.default(0).describe("Fail when a column's standard deviation is at most this (0: all identical)."),
  ranges: external_exports.record(external_exports.string(), external_exports.strictObject({ min: external_exports.number().optional(), max: external_exports.number().optional() })).default({}).describe("Optional plausible range per column: values outside it are findings."),
  max_examples: external_exports.int().min(1).max(100).default(10).describe("How many offending rows to name per problem in the report.")
});

// src/checks/numerical-stability/numerical-stability.ts
var problemText = {
  "not-a-number": "not a number",
  missing: "missing",
  nan: "NaN",
  infinite: "\xB1Infinity",
  "outside-probability": "probability outside [0, 1]",
  "outside-range": "outside the configured range"
};
var numericalStability = {
  id: "numerical_stability",
  title: "Predictions are numerically stable",
  rubric: ["monitor-5"],
  config: numericalStabilityConfig,
  async run(config, { workspace }) {
    const file = tableFileOptions(config.predictions);
    const idColumn = config.id_column;
    const table2 = await workspace.readTable(file.path, "checks.numerical_stability.predictions", {
      ...file.options,
      columns: [
        .../* @__PURE__ */ new Set([
          ...config.columns,
          ...config.probability_columns,
          ...idColumn ? [idColumn] : []
        ])
      ]
    });
    if (table2.rowCount === 0) {
      throw new Error(
        `${file.path}: the predictions file has a header but no rows; nothing to check`
      );
    }
    const rowName = (row) => {
      const id = idColumn ? table2.column(idColumn)?.[row] : null;
      return id === null || id === void 0 ? `line ${table2.lineOf(row)}` : `${idColumn}=${id} (line ${table2.lineOf(row)})`;
    };
    const probabilityColumns = new Set(config.probability_columns);
    const reports = [.../* @__PURE__ */ new Set([...config.columns, ...config.probability_columns])].map(
      (column) => inspectColumn(table2, column, {
        probability: probabilityColumns.has(column),
        range: config.ranges[column],
        maxExamples: config.max_examples,
        rowName
      })
    );
    for (const column of Object.keys(config.ranges)) {
      if (!reports.some((r) => r.column === column)) {
        throw new Error(
          `checks.numerical_stability.ranges.${column}: "${column}" is not in columns or probability_columns; add it there or remove the range`
        );
      }
    }
    const findings = [];
    for (const report of reports) {
      for (const [problem, count] of report.counts) {
        const examples = report.problems.get(problem) ?? [];
        findings.push({
          id: `column:${report.column}:${problem}`,
          severity: "fail",
          message: `${report.column}: ${count} of ${report.rows} rows ${problem === "missing" ? "are" : "hold"} ${problemText[problem]} \u2014 ${examples.join(", ")}${count > examples.length ? ", \u2026" : ""}`,
          location: { path: file.path, column: report.column }
        });
      }
      if (report.std !== null && report.std <= config.min_std) {
        findings.push({
          id: `column:${report.column}:constant`,
          severity: "fail",
          message: report.std === 0 ? `${report.column}: all ${report.finite} finite predictions are identical (${report.min}); a model that says the same thing for every row is broken or fed constant input` : `${report.column}: standard deviation ${report.std} is at most min_std ${config.min_std}; the predictions barely vary`,
          location: { path: file.path, column: report.column }
        });
      }
    }
    const badRows = reports.reduce(
      (sum, r) => sum + [...r.counts.values()].reduce((a2, b2) => a2 + b2, 0),
      0
    );
    const stds = reports.flatMap((r) => r.std === null ? [] : [r.std]);
    const figures = [
      { name: "non-finite or out-of-range values", value: badRows, threshold: "= 0" },
      {
        name: "smallest std of a column",
        value: stds.length > 0 ? Math.min(...stds) : null,
        threshold: `> ${config.min_std}`
      },
      { name: "rows checked", value: table2.rowCount }
    ];
    const details = [
      {
        type: "table",
        title: `Columns of ${file.path}`,
        header: ["column", "rows", "min", "max", "std", "problems"],
        rows: reports.map((r) => [
          r.column,
          r.rows,
          r.min,
          r.max,
          r.std,
          [...r.counts].map(([p, n]) => `${n} ${problemText[p]}`).join("; ") || "none"
        ])
      }
    ];
    const summary = findings.length === 0 ? `${table2.rowCount} rows, ${reports.length} column(s): all finite, in range and varying` : `${findings.length} problem(s) in ${new Set(findings.map((f2) => f2.location?.column)).size} of ${reports.length} column(s)`;
    return { kind: "ran", summary, figures, findings, details };
  }
};
function inspectColumn(table2, column, rules) {
  const cells = table2.column(column) ?? [];
  const report = {
    column,
    rows: cells.length,
    finite: 0,
    problems: /* @__PURE__ */ new Map(),
    counts: /* @__PURE__ */ new Map(),
    std: null,
    min: null,
    max: null
  };
  const note = (problem, row) => {
    report.counts.set(problem, (report.counts.get(problem) ?? 0) + 1);
    const examples = report.problems.get(problem) ?? [];
    if (examples.length < rules.maxExamples) examples.push(rules.rowName(row));
    report.problems.set(problem, examples);
  };
  const finite = [];
  for (const [row, cell] of cells.entries()) {
    const value = parseNumberCell(cell);
    const problem = problemOf(value);
    if (problem) {
      note(problem, row);
      continue;
    }
    if (typeof value !== "number") continue;
    finite.push(value);
    if (rules.probability && (value < 0 || value > 1)) note("outside-probability", row);
    const { min, max } = rules.range ?? {};
    if (min !== void 0 && value < min || max !== void 0 && value > max) {
      note("outside-range", row);
    }
  }
  report.finite = finite.length;
  if (finite.length > 0) {
    report.min = finite.reduce((a2, b2) => Math.min(a2, b2));
    report.max = finite.reduce((a2, b2) => Math.max(a2, b2));
  }
  if (finite.length > 1) report.std = sampleStandardDeviation(finite);
  return report;
}
function problemOf(value) {
  if (value === void 0) return "not-a-number";
  if (value === null) return "missing";
  if (Number.isNaN(value)) return "nan";
  if (!Number.isFinite(value)) return "infinite";
  return void 0;
}

// src/statistics/normal-quantile.ts
function polynomial(coefficients, x) {
  let value = 0;
  for (let i = coefficients.length - 1; i >= 0; i--) value = value * x + coefficients[i];
  return value;
}
var a = [
  3.3871328727963665,
  133.14166789178438,
  1971.5909503065513,
  13731.69376550946,
  45921.95393154987,
  67265.7709270087,
  33430.57558358813,
  2509.0809287301227
];
var b = [
  1,
  42.31333070160091,
  687.1870074920579,
  5394.196021424751,
  21213.794301586597,
  39307.89580009271,
  28729.085735721943,
  5226.495278852854
];
var c = [
  1.4234371107496835,
  4.630337846156546,
  5.769497221460691,
  3.6478483247632045,
  1.2704582524523684,
  0.2417807251774506,
  0.022723844989269184,
  7745450142783414e-19
];
var d = [
  1,
  2.053191626637759,
  1.6763848301838038,
  0.6897673349851,
  0.14810397642748008,
  0.015198666563616457,
  5475938084995345e-19,
  10507500716444169e-25
];
var e = [
  6.657904643501103,
  5.463784911164114,
  1.7848265399172913,
  0.29656057182850487,
  0.026532189526576124,
  0.0012426609473880784,
  27115555687434876e-21,
  20103343992922881e-23
];
var f = [
  1,
  0.599832206555888,
  0.1369298809227358,
  0.014875361290850615,
  7868691311456133e-19,
  18463183175100548e-21,
  1421511758316446e-22,
  20442631033899397e-31
];
function normalQuantile(p) {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`a probability lies in [0, 1], got ${p}`);
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r2 = 0.180625 - q * q;
    return q * polynomial(a, r2) / polynomial(b, r2);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let value;
  if (r <= 5) {
    r -= 1.6;
    value = polynomial(c, r) / polynomial(d, r);
  } else {
    r -= 5;
    value = polynomial(e, r) / polynomial(f, r);
  }
  return q < 0 ? -value : value;
}

// src/statistics/correlation-interval.ts
function correlationWithInterval(method, x, y, confidence) {
  const n = x.length;
  if (y.length !== n) throw new RangeError("x and y must be paired");
  if (n < 4) {
    return {
      defined: false,
      method,
      n,
      reason: `${n} pairs; a Fisher-z interval needs at least 4`
    };
  }
  const constant = (values) => values.every((v) => v === values[0]);
  if (constant(x) || constant(y)) {
    return { defined: false, method, n, reason: "one of the two series is constant" };
  }
  const raw = method === "pearson" ? sampleCorrelation([...x], [...y]) : sampleRankCorrelation([...x], [...y]);
  const r = Math.max(-1, Math.min(1, raw));
  const se = method === "pearson" ? 1 / Math.sqrt(n - 3) : Math.sqrt((1 + r * r / 2) / (n - 3));
  const z = Math.atanh(r);
  const half = normalQuantile(1 - (1 - confidence) / 2) * se;
  return { defined: true, method, r, n, low: Math.tanh(z - half), high: Math.tanh(z + half) };
}

// src/checks/offline-online-correlation/offline-online-correlation-config.ts
var offlineOnlineCorrelationConfig = external_exports.strictObject({
  history: tableFile.describe(
    "One row per model version or experiment: its offline metric and the online metric it achieved."
  ),
  offline_column: columnName.describe("The offline metric, e.g. validation AUC."),
  online_column: columnName.describe("The online metric, e.g. click-through rate in an A/B test."),
  method: external_exports.enum(["spearman", "pearson"], { error: "method is spearman or pearson" }).default("spearman").describe("Spearman (rank; robust to scale and outliers) or Pearson (linear)."),
  expect: external_exports.enum(["positive", "negative"], { error: "expect is positive or negative" }).default("positive").describe("negative when one metric improves downwards (offline log loss vs online revenue)."),
  min_pairs: external_exports.int({ error: "min_pairs is a whole number" }).min(4, { error: "a Fisher-z interval needs at least 4 pairs" }).default(8).describe("Fewer pairs than this warn: too little evidence either way."),
  min_correlation: external_exports.number({ error: "min_correlation is a number between 0 and 1, e.g. 0.5" }).min(0, { error: "min_correlation is at least 0 (set expect for a negative relation)" }).max(1, { error: "min_correlation is at most 1" }).default(0.5).describe("The correlation, in the expected direction, must be at least this."),
  confidence: external_exports.number({ error: "confidence is a level such as 0.95" }).min(0.5, { error: "confidence is at least 0.5" }).max(0.999, { error: "confidence is at most 0.999" }).default(0.95).describe("Level of the Fisher-z interval."),
  gate_on: external_exports.enum(["estimate", "lower_bound"], { error: "gate_on is estimate or lower_bound" }).default("estimate").describe(
    "Compare min_correlation with the estimate, or demand the interval\u2019s lower bound clears it."
  )
});

// src/checks/offline-online-correlation/offline-online-correlation.ts
var key11 = "checks.offline_online_correlation";
var names = { pearson: "Pearson r", spearman: "Spearman \u03C1" };
var offlineOnlineCorrelation = {
  id: "offline_online_correlation",
  title: "Offline metrics predict online impact",
  rubric: ["model-2"],
  config: offlineOnlineCorrelationConfig,
  async run(config, { workspace }) {
    const { path, options } = tableFileOptions(config.history);
    const table2 = await workspace.readTable(path, `${key11}.history`, options);
    const offlineCells = requireColumn(table2, config.offline_column, `${key11}.offline_column`);
    const onlineCells = requireColumn(table2, config.online_column, `${key11}.online_column`);
    const offline = [];
    const online = [];
    let incomplete = 0;
    for (let row = 0; row < table2.rowCount; row++) {
      const read = (cells, column) => {
        const value = parseNumberCell(cells[row]);
        if (value === void 0 || typeof value === "number" && !Number.isFinite(value)) {
          throw rowError(
            table2,
            row,
            `"${String(cells[row])}" in column "${column}" is not a finite number`
          );
        }
        return value;
      };
      const x = read(offlineCells, config.offline_column);
      const y = read(onlineCells, config.online_column);
      if (x === null || y === null) {
        incomplete++;
        continue;
      }
      offline.push(x);
      online.push(y);
    }
    const estimates = ["spearman", "pearson"].map(
      (method) => correlationWithInterval(method, offline, online, config.confidence)
    );
    const gated = estimates.find((estimate) => estimate.method === config.method);
    const sign = config.expect === "positive" ? 1 : -1;
    const findings = [];
    const pairs = offline.length;
    const label = names[config.method];
    const threshold = `${config.expect === "positive" ? "\u2265" : "\u2264"} ${sign * config.min_correlation}`;
    if (pairs < config.min_pairs) {
      findings.push({
        id: "pairs",
        severity: "warn",
        message: `${pairs} complete pair(s) in ${path}; at least ${config.min_pairs} are needed to judge whether offline metrics track online impact`,
        location: { path }
      });
    } else if (!gated.defined) {
      findings.push({
        id: `correlation:${config.method}:undefined`,
        severity: "fail",
        message: `${label} is undefined: ${gated.reason}`,
        location: { path }
      });
    } else {
      const judged = config.gate_on === "estimate" ? gated.r : sign > 0 ? gated.low : gated.high;
      if (sign * judged < config.min_correlation) {
        findings.push({
          id: `correlation:${config.method}`,
          severity: "fail",
          message: `${label} ${formatNumber(gated.r, 3)} ${intervalText2(gated, config.confidence)} over ${pairs} pairs: ${config.gate_on === "estimate" ? "the estimate" : "the interval\u2019s bound"} is not ${threshold}; offline gains may not carry over online`,
          location: { path }
        });
      }
    }
    const show = (estimate) => [
      names[estimate.method],
      estimate.defined ? formatNumber(estimate.r, 3) : `undefined (${estimate.reason})`,
      estimate.defined ? intervalText2(estimate, config.confidence) : "\u2014",
      estimate.method === config.method ? threshold : "not gated"
    ];
    return {
      kind: "ran",
      summary: gated.defined ? `${label} ${formatNumber(gated.r, 3)} ${intervalText2(gated, config.confidence)} between ${config.offline_column} and ${config.online_column} over ${pairs} pairs` : `${label} undefined over ${pairs} pairs`,
      figures: [
        { name: label, value: gated.defined ? gated.r : null, threshold },
        { name: "pairs", value: pairs, threshold: `\u2265 ${config.min_pairs}` }
      ],
      findings,
      details: [
        {
          type: "table",
          title: `${config.offline_column} (offline) vs ${config.online_column} (online)`,
          header: [
            "measure",
            "estimate",
            `${Math.round(config.confidence * 100)}% interval (Fisher z)`,
            "threshold"
          ],
          rows: estimates.map(show),
          note: `${pairs} pairs from ${path}${incomplete > 0 ? `; ${incomplete} row(s) missing a value left out` : ""}.`
        }
      ]
    };
  }
};
function intervalText2(estimate, confidence) {
  return `[${formatNumber(estimate.low, 3)}, ${formatNumber(estimate.high, 3)}] (${Math.round(confidence * 100)}%)`;
}

// src/checks/pii-scan/pii-detectors.ts
var piiKinds = ["email", "phone", "card", "us_ssn", "uk_nino", "ca_sin", "iban"];
var email = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}/g;
var e164 = /(?<![\w+])\+[1-9](?:[ .-]?\(?\d\)?){7,14}(?![\w])/g;
var northAmerican = /(?<![\w+])(?:\(\s?[2-9]\d{2}\s?\)\s?|[2-9]\d{2}[ .-])[2-9]\d{2}[ .-]\d{4}(?!\d)/g;
var ukNational = /(?<![\w+])0\d{2,4} \d{3,4} ?\d{3,4}(?!\d)/g;
var cardCandidate = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;
var ssn = /(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])/g;
var nino = /(?<![A-Za-z0-9])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])/g;
var sin = /(?<![\d-])[1-79]\d{2}[ -]\d{3}[ -]\d{3}(?![\d-])/g;
var iban = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}(?![A-Za-z0-9])/g;
function detectPii(text, kinds2) {
  const matches = [];
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c2 = text.charCodeAt(i);
    if (c2 >= 48 && c2 <= 57) digits++;
  }
  const add = (kind2, pattern2, confirm = () => true) => {
    if (!kinds2.has(kind2)) return;
    for (const found of text.matchAll(pattern2))
      if (confirm(found[0])) matches.push({ kind: kind2, text: found[0] });
  };
  if (text.includes("@")) add("email", email);
  if (digits >= 8) {
    add("phone", e164, (m) => digitCount(m) >= 8 && digitCount(m) <= 15);
    add("phone", northAmerican);
    add("phone", ukNational, (m) => digitCount(m) >= 10 && digitCount(m) <= 11);
    add("us_ssn", ssn);
    add("ca_sin", sin, (m) => luhn(onlyDigits(m)));
  }
  if (digits >= 13) add("card", cardCandidate, (m) => isCardNumber(onlyDigits(m)));
  if (digits >= 6 && text.length >= 9) add("uk_nino", nino);
  if (digits >= 4 && text.length >= 15)
    add("iban", iban, (m) => ibanChecksumValid(m.replaceAll(" ", "")));
  return matches;
}
var onlyDigits = (text) => text.replace(/\D/g, "");
var digitCount = (text) => onlyDigits(text).length;
function luhn(digits) {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d2 = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d2 *= 2;
      if (d2 > 9) d2 -= 9;
    }
    sum += d2;
  }
  return digits.length > 1 && sum % 10 === 0;
}
function isCardNumber(digits) {
  const n = digits.length;
  const prefix = (k) => Number(digits.slice(0, k));
  const issuer = digits[0] === "4" && (n === 13 || n === 16 || n === 19) || // Visa
  (prefix(2) >= 51 && prefix(2) <= 55 || prefix(4) >= 2221 && prefix(4) <= 2720) && n === 16 || // Mastercard
  (prefix(2) === 34 || prefix(2) === 37) && n === 15 || // American Express
  (prefix(4) === 6011 || prefix(2) === 65 || prefix(3) >= 644 && prefix(3) <= 649) && n >= 16 || // Discover
  prefix(4) >= 3528 && prefix(4) <= 3589 && n >= 16 || // JCB
  (prefix(3) >= 300 && prefix(3) <= 305 || prefix(2) === 36 || prefix(2) === 38 ? n === 14 : false) || // Diners
  prefix(2) === 62 && n >= 16 || // UnionPay
  (prefix(4) === 5018 || prefix(4) === 5020 || prefix(4) === 5038 || prefix(4) === 6304 || prefix(4) === 6759) && n >= 12;
  return issuer && luhn(digits);
}
function ibanChecksumValid(compact) {
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code2 = ch.charCodeAt(0);
    const value = code2 >= 65 ? code2 - 55 : code2 - 48;
    remainder = (value > 9 ? remainder * 100 + value : remainder * 10 + value) % 97;
  }
  return remainder === 1;
}
function maskPii(match) {
  if (match.kind === "email")
    return `${match.text[0]}***@***${match.text.slice(match.text.lastIndexOf("."))}`;
  const keep = match.kind === "card" ? 4 : 2;
  let kept = 0;
  const chars = [...match.text];
  for (let i = chars.length - 1; i >= 0; i--) {
    if (!/[A-Za-z0-9]/.test(chars[i])) continue;
    if (kept < keep) kept++;
    else chars[i] = "*";
  }
  return chars.join("");
}

// src/checks/pii-scan/pii-scan-config.ts
var kind = external_exports.enum(piiKinds, {
  error: `a kind of personal data is one of ${piiKinds.join(", ")}`
});
var piiScanConfig = external_exports.strictObject({
  files: external_exports.array(tableFile).min(1, { error: "list the data files to scan for personal data" }).describe(
    "Data files to scan, every cell of every column (training data, serving logs, exports)."
  ),
  kinds: external_exports.array(kind).min(1).default([...piiKinds]).describe("What to look for; default: all kinds."),
  allowed: external_exports.record(external_exports.string().min(1), external_exports.array(kind).min(1)).default({}).describe(
    "Columns declared to hold personal data, and which kinds, e.g. {contact_email: [email]}."
  ),
  ignore_columns: external_exports.array(external_exports.string().min(1)).default([]).describe("Columns not scanned at all."),
  min_cells: external_exports.int().min(1).default(1).describe(
    "A column fails when at least this many of its cells hold a kind it is not allowed to hold."
  ),
  max_examples: external_exports.int().min(1).max(20).default(3).describe("Masked examples shown per column and kind.")
});

// src/checks/pii-scan/pii-scan.ts
var kindNames = {
  email: "e-mail address",
  phone: "phone number",
  card: "payment card number (passes Luhn)",
  us_ssn: "US Social Security number",
  uk_nino: "UK National Insurance number",
  ca_sin: "Canadian Social Insurance number",
  iban: "IBAN (valid check digits)"
};
var piiScan = {
  id: "pii_scan",
  title: "No undeclared personal data",
  rubric: ["data-5"],
  config: piiScanConfig,
  async run(config, { workspace }) {
    const kinds2 = new Set(config.kinds);
    const ignored = new Set(config.ignore_columns);
    const hits = /* @__PURE__ */ new Map();
    let cellsScanned = 0;
    const columnsSeen = /* @__PURE__ */ new Set();
    for (const [index2, file] of config.files.entries()) {
      const { path, options } = tableFileOptions(file);
      const scan = await workspace.scanTable(path, `checks.pii_scan.files[${index2}]`, {
        format: options.format,
        delimiter: options.delimiter,
        missingValues: options.missingValues,
        otherColumns: "auto"
      });
      for (const column of scan.columns) {
        if (ignored.has(column.name)) continue;
        columnsSeen.add(column.name);
        cellsScanned += column.presentCount;
        const record2 = (kind2, cells, examplesFor) => {
          const key19 = `${column.name}\0${kind2}`;
          const hit = hits.get(key19) ?? {
            column: column.name,
            kind: kind2,
            cells: 0,
            files: /* @__PURE__ */ new Set(),
            examples: [],
            firstLine: void 0
          };
          hit.cells += cells;
          hit.files.add(path);
          for (const example of examplesFor(config.max_examples - hit.examples.length)) {
            const line = scan.lineOf(example.index);
            hit.examples.push({
              path,
              row: scan.dataRowOf(example.index),
              line,
              masked: example.masked
            });
            hit.firstLine ??= { path, line };
          }
          hits.set(key19, hit);
        };
        if (column.kind === "category") scanTexts(column, kinds2, config.max_examples, record2);
        else scanNumbers(column, kinds2, config.max_examples, record2);
      }
    }
    for (const column of Object.keys(config.allowed)) {
      if (!columnsSeen.has(column) && !ignored.has(column)) {
        throw new Error(
          `checks.pii_scan.allowed.${column}: no scanned file has a column "${column}"; fix the name or remove it`
        );
      }
    }
    const findings = [];
    const rows = [];
    const sorted = [...hits.values()].sort(
      (a2, b2) => a2.column.localeCompare(b2.column) || piiKinds.indexOf(a2.kind) - piiKinds.indexOf(b2.kind)
    );
    for (const hit of sorted) {
      const allowed = config.allowed[hit.column]?.includes(hit.kind) ?? false;
      const below = hit.cells < config.min_cells;
      const verdict = allowed ? "allowed" : below ? `below min_cells ${config.min_cells}` : "fail";
      rows.push([
        hit.column,
        hit.kind,
        hit.cells,
        [...hit.files].join(", "),
        hit.examples.map((e2) => e2.masked).join(", "),
        verdict
      ]);
      if (allowed || below) continue;
      const first = hit.examples[0];
      findings.push({
        id: `column:${hit.column}:${hit.kind}`,
        severity: "fail",
        message: `column "${hit.column}" holds ${hit.cells} cell(s) with a ${kindNames[hit.kind]} (e.g. ${first?.masked} at ${first?.path} row ${first?.row}); remove or pseudonymise it, or declare it under checks.pii_scan.allowed.${hit.column}`,
        location: {
          path: hit.firstLine?.path ?? [...hit.files][0],
          column: hit.column,
          ...hit.firstLine?.line === void 0 ? {} : { line: hit.firstLine.line }
        }
      });
    }
    const details = [
      {
        type: "table",
        title: "Personal data found (examples masked)",
        header: ["column", "kind", "cells", "files", "examples", "verdict"],
        rows,
        ...rows.length === 0 ? { note: `no ${config.kinds.join(", ")} found in ${cellsScanned} cells` } : {}
      }
    ];
    const examples = sorted.flatMap(
      (hit) => hit.examples.map((e2) => [hit.column, hit.kind, e2.path, e2.row, e2.line ?? null, e2.masked])
    );
    if (examples.length > 0) {
      details.push({
        type: "table",
        title: "Where (masked)",
        header: ["column", "kind", "file", "row", "line", "masked value"],
        rows: examples
      });
    }
    const flagged = new Set(findings.map((f2) => f2.location?.column));
    return {
      kind: "ran",
      summary: findings.length === 0 ? `${cellsScanned} cells in ${columnsSeen.size} column(s) scanned: no undeclared personal data` : `undeclared personal data in ${flagged.size} column(s): ${[...flagged].join(", ")}`,
      figures: [
        { name: "cells scanned", value: cellsScanned },
        { name: "columns with undeclared personal data", value: flagged.size, threshold: "= 0" }
      ],
      findings,
      details
    };
  }
};
function scanTexts(column, kinds2, maxExamples, report) {
  const found = /* @__PURE__ */ new Map();
  column.dictionary.forEach((text, code2) => {
    for (const match of detectPii(text, kinds2)) {
      const codes = found.get(match.kind) ?? /* @__PURE__ */ new Map();
      if (!codes.has(code2)) codes.set(code2, maskPii(match));
      found.set(match.kind, codes);
    }
  });
  for (const [kind2, codes] of found) {
    let cells = 0;
    for (const code2 of codes.keys()) cells += column.counts[code2];
    report(kind2, cells, (wanted) => {
      const examples = [];
      for (let i = 0; i < column.codes.length && examples.length < Math.min(wanted, maxExamples); i++) {
        const masked = codes.get(column.codes[i]);
        if (masked !== void 0) examples.push({ index: i, masked });
      }
      return examples;
    });
  }
}
function scanNumbers(column, kinds2, maxExamples, report) {
  if (!kinds2.has("card") || column.kind !== "number" && column.kind !== "integer") return;
  const cardOnly = /* @__PURE__ */ new Set(["card"]);
  const rows = [];
  let cells = 0;
  const { values, status } = column;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (status[i] !== CELL_PRESENT || !(value >= 1e12) || !Number.isInteger(value)) continue;
    const match = detectPii(String(value), cardOnly)[0];
    if (!match) continue;
    cells++;
    if (rows.length < maxExamples) rows.push({ index: i, masked: maskPii(match) });
  }
  if (cells > 0) report("card", cells, (wanted) => rows.slice(0, wanted));
}

// src/checks/reproducibility/compare-output.ts
function outputSpecs(config) {
  return config.outputs.map((output2) => {
    const spec = typeof output2 === "string" ? { path: output2 } : output2;
    return {
      path: spec.path,
      kind: "kind" in spec && spec.kind ? spec.kind : kindFromPath(spec.path),
      idColumn: "id_column" in spec ? spec.id_column : void 0,
      columns: "columns" in spec ? spec.columns : void 0,
      tolerance: "tolerance" in spec && spec.tolerance || config.tolerance
    };
  });
}
function kindFromPath(path) {
  const lower = path.toLowerCase();
  if (/\.(csv|tsv|jsonl|ndjson|parquet)$/.test(lower)) return "predictions";
  if (/\.(json|ya?ml)$/.test(lower)) return "metrics";
  return "bytes";
}
function keyPattern(glob) {
  const source = glob.replace(/[.+^${}()|[\]\\?]/g, "\\$&").replace(/\*/g, ".*");
  return new RegExp(`^${source}$`);
}
async function compareOutput(spec, runs, options) {
  const located = runs.map((run) => ({
    ...run,
    file: run.directory ? `${run.directory}/${spec.path}` : spec.path
  }));
  const digests = await Promise.all(
    located.map((run) => run.workspace.hashFile(run.file, options.key))
  );
  const missing = located.filter((_, i) => digests[i] === null).map((run) => run.label);
  if (missing.length > 0) return { status: "missing", runs: missing };
  const hashes = digests.map((digest) => digest?.kind === "file" ? digest.sha256 : "");
  if (hashes.every((hash) => hash === hashes[0]))
    return { status: "identical", sha256: hashes[0] };
  if (spec.kind === "bytes") {
    const sizes = digests.map((digest) => digest?.kind === "file" ? digest.bytes : 0);
    return {
      status: "different",
      note: `bytes differ (SHA-256 ${hashes.map((hash) => hash.slice(0, 12)).join(" vs ")})`,
      difference: `sizes ${sizes.join(" vs ")} bytes`
    };
  }
  const [first, ...rest] = located;
  const notes = [];
  const differences = [];
  for (const other of rest) {
    const against = rest.length > 1 ? ` (${first.label} vs ${other.label})` : "";
    if (spec.kind === "metrics") {
      const comparison = compareMetrics(
        parseMetricsDocument(
          await first.workspace.readText(first.file, options.key),
          first.file
        ),
        parseMetricsDocument(await other.workspace.readText(other.file, options.key), other.file),
        spec.tolerance,
        options.ignoreKeys
      );
      if (comparison.differences.length === 0) {
        notes.push(
          `all ${comparison.compared} values within ${describeTolerance(spec.tolerance)}${against}`
        );
        continue;
      }
      const shown = comparison.differences.slice(0, options.maxExamples).map(
        (d2) => d2.absoluteDifference === null ? `${d2.key}: ${String(d2.left)} vs ${String(d2.right)}` : `${d2.key}: ${d2.left} vs ${d2.right} (\u0394 ${formatNumber2(d2.absoluteDifference)}, ${formatPercent(d2.relativeDifference ?? 0)})`
      );
      differences.push(
        `${comparison.differences.length} of ${comparison.compared} values differ beyond ${describeTolerance(spec.tolerance)}${against}: ${shown.join("; ")}`
      );
    } else {
      const comparison = compareTables(
        await first.workspace.readTable(first.file, options.key),
        await other.workspace.readTable(other.file, options.key),
        {
          idColumn: spec.idColumn,
          columns: spec.columns?.map((name) => ({ left: name, right: name })),
          tolerance: spec.tolerance,
          maxExamples: options.maxExamples
        }
      );
      const parts = [];
      if (comparison.onlyLeftCount + comparison.onlyRightCount > 0) {
        parts.push(
          `rows differ: ${comparison.onlyLeftCount} only in ${first.label}, ${comparison.onlyRightCount} only in ${other.label}`
        );
      }
      for (const column of comparison.columns) {
        if (column.differing === 0) continue;
        const max = column.maxAbsoluteDifference === null ? "" : `, max |\u0394| ${formatNumber2(column.maxAbsoluteDifference)}`;
        const example = column.examples[0];
        const shown = example ? ` (e.g. ${example.id}: ${String(example.left)} vs ${String(example.right)})` : "";
        parts.push(`${column.left}: ${column.differing} of ${column.compared} rows${max}${shown}`);
      }
      if (parts.length === 0) {
        notes.push(
          `all ${comparison.matchedRows} rows \xD7 ${comparison.columns.length} columns within ${describeTolerance(spec.tolerance)}${against}`
        );
      } else {
        differences.push(`${parts.join("; ")}${against}`);
      }
    }
  }
  if (differences.length > 0) {
    return {
      status: "different",
      note: "bytes differ and so do the values",
      difference: differences.join(" | ")
    };
  }
  return { status: "equivalent", note: `bytes differ; ${notes.join("; ")}` };
}
function formatNumber2(value) {
  if (value === 0) return "0";
  const magnitude = Math.abs(value);
  return magnitude >= 1e-3 && magnitude < 1e6 ? String(Number(value.toPrecision(4))) : value.toExponential(2);
}
function formatPercent(fraction) {
  return `${formatNumber2(fraction * 100)}%`;
}

// src/checks/reproducibility/reproducibility-config.ts
var outputKind = external_exports.enum(["bytes", "metrics", "predictions"], {
  error: "kind is bytes (must be identical), metrics (a JSON/YAML file of numbers, compared within the tolerance) or predictions (a table, compared row by row)"
});
var output = external_exports.union(
  [
    repoPath,
    external_exports.strictObject({
      path: repoPath,
      kind: outputKind.optional().describe(
        "Default from the extension: .csv/.tsv/.jsonl/.parquet \u2192 predictions, .json/.yaml/.yml \u2192 metrics, else bytes."
      ),
      id_column: external_exports.string().min(1).optional().describe(
        "predictions: the column that names each row; default: rows are paired by position."
      ),
      columns: external_exports.array(external_exports.string().min(1)).min(1).optional().describe("predictions: the columns to compare; default all."),
      tolerance: tolerance.optional().describe("Overrides the check's tolerance for this output.")
    })
  ],
  { error: "an output is a path, or {path, kind?, id_column?, columns?, tolerance?}" }
);
var reproducibilityConfig = external_exports.strictObject({
  command: commandLine.optional().describe("The training command, run `runs` times, each in a fresh copy of the repository."),
  runs: external_exports.int().min(2, { error: "reproducibility needs at least 2 runs" }).max(10).default(2).describe("How many times training runs, each in its own copy."),
  timeout_minutes: timeoutMinutes(30),
  working_directory: workingDirectory,
  inputs: external_exports.array(repoPath).default([]).describe(
    "Files or directories the command needs that git does not track (e.g. data/), copied into each run."
  ),
  run_directories: external_exports.array(repoPath).min(2, { error: "list at least two run directories to compare" }).optional().describe(
    "Instead of running: directories that hold the outputs of runs the workflow already made."
  ),
  outputs: external_exports.array(output).min(1, { error: "list the files training writes, e.g. [model.pkl, metrics.json]" }).describe(
    "The files training writes, relative to the repository root (or to each run directory)."
  ),
  tolerance: tolerance.default({ absolute: 0, relative: 1e-9 }).describe("How close numbers must be; default exact up to 1e-9 relative."),
  ignore_keys: external_exports.array(external_exports.string().min(1)).default([]).describe(
    'Metric keys (dotted, `*` wildcards) not compared, e.g. timings: [train_seconds, "*.timestamp"].'
  ),
  seed_files: external_exports.array(repoPath).optional().describe(
    "Config files searched for declared seeds; default: tracked *config*, *param* and *hparam* YAML/JSON/TOML files."
  ),
  max_examples: external_exports.int().min(1).max(100).default(5).describe("How many differing rows or keys to name per output.")
}).refine((config) => config.command === void 0 !== (config.run_directories === void 0), {
  error: "give either `command` (mlgate runs training several times) or `run_directories` (compare runs already made), not both or neither"
});

// src/checks/reproducibility/reproducibility-hints.ts
var otherLockFiles = /(^|\/)(pnpm-lock\.yaml|yarn\.lock|conda-lock\.ya?ml|[^/]*\.conda-lock\.ya?ml|Cargo\.lock|renv\.lock)$/;
var seedKey = /(^|[._-])(random_)?(seed|seeds|random_state|rng_seed)$/i;
var seedFileName = /(^|\/)[^/]*(config|param|hparam|settings)[^/]*\.(ya?ml|json|toml)$/i;
function defaultSeedFiles(tracked) {
  return tracked.filter((file) => seedFileName.test(file) && !/(^|\/)(node_modules|\.github)\//.test(file)).filter((file) => manifestKind(file) === void 0).slice(0, 20);
}
function dependencyFiles(tracked) {
  return tracked.filter((file) => manifestKind(file) !== void 0);
}
function reproducibilityHints(tracked, dependencyTexts, seedTexts) {
  const hints2 = [];
  const locks = tracked.filter((file) => {
    const kind2 = manifestKind(file);
    return kind2 !== void 0 && lockKinds.includes(kind2) || otherLockFiles.test(file);
  });
  hints2.push(
    locks.length > 0 ? `Lock file present: ${locks.join(", ")}.` : "No lock file is tracked (poetry.lock, uv.lock, Pipfile.lock, package-lock.json, \u2026): installs may differ between runs."
  );
  for (const [file, text] of dependencyTexts) {
    const kind2 = manifestKind(file);
    if (!kind2 || lockKinds.includes(kind2)) continue;
    let unpinned;
    let total;
    try {
      const dependencies = parseManifest(kind2, text, file);
      total = dependencies.length;
      unpinned = dependencies.filter((d2) => !d2.pinned).map((d2) => d2.name);
    } catch (error) {
      hints2.push(`${errorMessage(error)}.`);
      continue;
    }
    if (total === 0) continue;
    hints2.push(
      unpinned.length === 0 ? `${file}: all ${total} dependencies pinned to one version.` : `${file}: ${unpinned.length} of ${total} dependencies not pinned (${unpinned.slice(0, 8).join(", ")}${unpinned.length > 8 ? ", \u2026" : ""}).`
    );
  }
  const seeds = [];
  for (const [file, text] of seedTexts) {
    for (const [key19, value] of seedLeaves(file, text)) {
      if (seedKey.test(key19) && (typeof value === "number" || typeof value === "string" && /^\d+$/.test(value))) {
        seeds.push(`${file}: ${key19} = ${value}`);
      }
    }
  }
  hints2.push(
    seeds.length > 0 ? `Seeds declared: ${seeds.slice(0, 10).join("; ")}.` : `No seed found in ${seedTexts.size === 0 ? "any config file (set seed_files)" : [...seedTexts.keys()].join(", ")}.`
  );
  return hints2;
}
function seedLeaves(file, text) {
  try {
    if (file.toLowerCase().endsWith(".toml")) {
      const leaves = /* @__PURE__ */ new Map();
      const walk = (value, prefix) => {
        if (value && typeof value === "object" && !(value instanceof Date)) {
          for (const [key19, child] of Object.entries(value))
            walk(child, prefix ? `${prefix}.${key19}` : key19);
        } else leaves.set(prefix, value);
      };
      walk(parseToml(text, file), "");
      return leaves;
    }
    return parseMetricsDocument(text, file);
  } catch {
    return /* @__PURE__ */ new Map();
  }
}

// src/checks/reproducibility/reproducibility.ts
var key12 = "checks.reproducibility";
var reproducibility = {
  id: "reproducibility",
  title: "Training is reproducible",
  rubric: ["infra-1"],
  config: reproducibilityConfig,
  async run(config, context) {
    const copies = [];
    try {
      const runs = [];
      const details = [];
      const findings = [];
      if (config.command !== void 0) {
        const runLines = [];
        for (let index2 = 1; index2 <= config.runs; index2++) {
          const copy = await context.workspace.copyForRun({
            key: `${key12}.inputs`,
            include: config.inputs
          });
          copies.push(copy);
          const result2 = await copy.runCommand({
            command: config.command,
            key: `${key12}.command`,
            timeoutMs: minutesToMs(config.timeout_minutes),
            ...config.working_directory ? { workingDirectory: config.working_directory } : {}
          });
          if (result2.outcome === "refused") return { kind: "skipped", reason: result2.reason };
          requireFinished(result2, `${key12}.command (run ${index2})`, config.timeout_minutes);
          runLines.push(
            `Run ${index2}: ${exitDescription(result2)} after ${seconds(result2.durationMs)} in ${copy.description}.`
          );
          if (result2.exitCode !== 0) {
            return failedRun(config, index2, result2, runLines);
          }
          runs.push({ label: `run ${index2}`, workspace: copy, directory: "" });
        }
        details.push({ type: "list", title: "Runs", items: runLines });
      } else {
        for (const directory of config.run_directories ?? []) {
          runs.push({
            label: directory,
            workspace: context.workspace,
            directory: directory.replace(/\/+$/, "")
          });
        }
      }
      const specs = outputSpecs(config);
      const ignoreKeys = config.ignore_keys.map(keyPattern);
      const rows = [];
      const verdicts = [];
      for (const spec of specs) {
        const verdict = await compareOutput(spec, runs, {
          ignoreKeys,
          maxExamples: config.max_examples,
          key: `${key12}.outputs`
        });
        verdicts.push({ path: spec.path, verdict });
        rows.push([spec.path, spec.kind, verdict.status, describe3(verdict)]);
        if (verdict.status === "missing") {
          findings.push({
            id: `output:${spec.path}:missing`,
            severity: "fail",
            message: `${spec.path} was not written by ${verdict.runs.join(", ")}; check the path in outputs or the training script`,
            location: { path: spec.path }
          });
        } else if (verdict.status === "different") {
          findings.push({
            id: `output:${spec.path}`,
            severity: "fail",
            message: `${spec.path} is nondeterministic: ${verdict.difference}`,
            location: { path: spec.path }
          });
        }
      }
      details.unshift({
        type: "table",
        title: "Outputs compared across runs",
        header: ["Output", "Compared as", "Result", "Detail"],
        rows
      });
      details.push({
        type: "list",
        title: "Static hints",
        items: await hints(config, context.workspace)
      });
      const differing = verdicts.filter(
        (v) => v.verdict.status === "different" || v.verdict.status === "missing"
      );
      const equivalent = verdicts.filter((v) => v.verdict.status === "equivalent").length;
      const source = config.command !== void 0 ? `${config.runs} runs of \`${config.command}\`` : `runs in ${config.run_directories?.join(", ")}`;
      const summary = differing.length === 0 ? `${source}: all ${specs.length} outputs reproduce${equivalent > 0 ? ` (${equivalent} equal within tolerance, not byte for byte)` : ""}` : `${source}: ${differing.length} of ${specs.length} outputs differ (${differing.map((v) => v.path).join(", ")})`;
      return {
        kind: "ran",
        summary,
        figures: [
          { name: "nondeterministic outputs", value: differing.length, threshold: "= 0" },
          { name: "outputs compared", value: specs.length },
          { name: "runs", value: runs.length }
        ],
        findings,
        details
      };
    } finally {
      await Promise.all(copies.map((copy) => copy.dispose()));
    }
  }
};
function failedRun(config, index2, result2, runLines) {
  return {
    kind: "ran",
    summary: `training run ${index2} of \`${config.command}\` failed (${exitDescription(result2)}), so nothing could be compared`,
    figures: [{ name: "runs completed", value: index2 - 1, threshold: `= ${config.runs}` }],
    findings: [
      {
        id: `run:${index2}`,
        severity: "fail",
        message: `run ${index2} of the training command ended with ${exitDescription(result2)}; see the log below`
      }
    ],
    details: [
      { type: "list", title: "Runs", items: runLines },
      logBlock(`Run ${index2} log (last lines)`, result2)
    ]
  };
}
function describe3(verdict) {
  switch (verdict.status) {
    case "identical":
      return `identical bytes (SHA-256 ${verdict.sha256.slice(0, 12)}\u2026)`;
    case "missing":
      return `not written by ${verdict.runs.join(", ")}`;
    case "equivalent":
      return verdict.note;
    case "different":
      return `${verdict.note}: ${verdict.difference}`;
  }
}
async function hints(config, workspace) {
  let tracked;
  try {
    tracked = await workspace.listTrackedFiles();
  } catch (error) {
    return [`Static hints unavailable: ${errorMessage(error)}`];
  }
  const read = async (files, readKey) => {
    const texts = /* @__PURE__ */ new Map();
    for (const file of files) texts.set(file, await workspace.readText(file, readKey));
    return texts;
  };
  return reproducibilityHints(
    tracked,
    await read(dependencyFiles(tracked), `${key12}`),
    await read(config.seed_files ?? defaultSeedFiles(tracked), `${key12}.seed_files`)
  );
}

// src/checks/rollback/rollback.ts
var import_yaml5 = __toESM(require_dist(), 1);

// src/infra/git-lfs-pointer.ts
var lfsPointerMaxBytes = 1024;
function parseLfsPointer(text) {
  if (!text.startsWith("version https://git-lfs.github.com/spec/v1\n")) return void 0;
  const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(text);
  const size = /^size (\d+)$/m.exec(text);
  if (!oid || !size) return void 0;
  return { sha256: oid[1], size: Number(size[1]) };
}

// src/checks/rollback/rollback-config.ts
var sha256Hex = external_exports.string().trim().toLowerCase().regex(/^[0-9a-f]{64}$/, { error: "expected a SHA-256 hash: 64 hexadecimal characters" });
var rollbackKeys = external_exports.strictObject({
  artifact: repoPath.optional().describe(
    "The production model file (or directory) in git; it must exist at the base revision."
  ),
  manifest: repoPath.optional().describe(
    "A file in git recording the production model, read at the base revision: YAML or JSON with `sha256` and `path` (a file in git) or `uri` (where it is stored), optionally `version`."
  ),
  reference: external_exports.strictObject({
    uri: external_exports.string().trim().min(1, { error: "give the URL or registry reference of the production model" }),
    sha256: sha256Hex.optional().describe("Optional when the reference itself pins a digest (`\u2026@sha256:\u2026`)."),
    version: external_exports.string().min(1).optional()
  }).optional().describe(
    "The production model stored outside git: a URL or registry reference and its hash."
  ),
  base_revision: external_exports.string().min(1).optional().describe("The revision holding production; default the PR base.")
}).refine(
  (config) => [config.artifact, config.manifest, config.reference].filter((value) => value !== void 0).length === 1,
  {
    error: "give exactly one of `artifact` (a path in git), `manifest` (a file recording it) or `reference` (a URL or registry reference)"
  }
);
var baseRevision3 = { base_revision: external_exports.string().optional() };
var rollbackConfig = rollbackKeys.pipe(
  external_exports.union([
    external_exports.strictObject({ artifact: external_exports.string(), ...baseRevision3 }),
    external_exports.strictObject({ manifest: external_exports.string(), ...baseRevision3 }),
    external_exports.strictObject({ reference: rollbackKeys.shape.reference.unwrap(), ...baseRevision3 })
  ])
);

// src/checks/rollback/rollback-target.ts
var uri = /^[A-Za-z][A-Za-z0-9+.-]*:\/?\/?[^\s]+$/;
var ociReference = /^[A-Za-z0-9.-]+(?::\d+)?\/[A-Za-z0-9._/-]+(?::[A-Za-z0-9._-]+)?@sha256:([0-9a-f]{64})$/;
function checkReference(reference) {
  const oci = ociReference.exec(reference);
  if (oci) return { valid: true, digest: oci[1] };
  if (uri.test(reference)) {
    if (/^file:/i.test(reference)) {
      return {
        valid: false,
        problem: `${reference} is a local file; a rollback target must be reachable from the serving system`
      };
    }
    return { valid: true };
  }
  return {
    valid: false,
    problem: `"${reference}" is neither a URL (s3://, gs://, https://, models:/\u2026) nor a registry reference pinned by digest (registry/name@sha256:\u2026)`
  };
}

// src/checks/rollback/rollback.ts
var key13 = "checks.rollback";
var rollback = {
  id: "rollback",
  title: "Serving models can be rolled back",
  rubric: ["infra-7"],
  config: rollbackConfig,
  async run(config, { workspace, event }) {
    let target;
    if ("reference" in config) {
      target = fromReference(config.reference, "the config");
    } else {
      const base = baseRevision(config.base_revision, event);
      if (!base) return { kind: "skipped", reason: noBaseReason("rollback") };
      target = "artifact" in config ? await fromArtifact(workspace, base, config.artifact, `${key13}.artifact`) : await fromManifest(workspace, base, config.manifest);
    }
    const figures = [
      { name: "rollback target", value: target.name },
      { name: "hash recorded", value: target.sha256 !== void 0, threshold: "yes" }
    ];
    const failed = target.findings.some((finding) => finding.severity === "fail");
    return {
      kind: "ran",
      summary: failed ? `rollback is not assured: ${target.findings.map((f2) => f2.message).join("; ")}` : `rollback target: ${target.name}${target.sha256 ? ` (${target.hashName ?? "sha256"} ${target.sha256.slice(0, 12)}\u2026)` : ""}`,
      figures,
      findings: target.findings,
      details: target.notes.length > 0 ? [{ type: "list", title: "Rollback target", items: target.notes }] : []
    };
  }
};
async function fromArtifact(workspace, base, path, configKey) {
  const short = base.slice(0, 12);
  const digest = await workspace.hashFileAtRevision(base, path, configKey);
  if (digest === null) {
    return {
      name: `${path} at ${short}`,
      notes: [],
      findings: [
        {
          id: "artifact:missing",
          severity: "fail",
          message: `${path} does not exist at the base revision ${short}: there is no previous production model to roll back to`,
          location: { path }
        }
      ]
    };
  }
  const notes = [];
  let sha256;
  if (digest.kind === "directory") {
    sha256 = void 0;
    notes.push(
      `${path} at ${short} is a directory; git records it as tree ${digest.gitObject}, restorable with \`git checkout ${short} -- ${path}\`.`
    );
  } else {
    sha256 = digest.sha256;
    const pointer = digest.bytes < lfsPointerMaxBytes ? parseLfsPointer(await workspace.readTextAtRevision(base, path, configKey) ?? "") : void 0;
    if (pointer) {
      sha256 = pointer.sha256;
      notes.push(
        `${path} at ${short} is a Git LFS pointer to a ${pointer.size}-byte object, sha256 ${pointer.sha256}; rolling back needs that object in LFS storage (git lfs fetch).`
      );
    } else {
      notes.push(
        `${path} at ${short}: ${digest.bytes} bytes, sha256 ${digest.sha256}; restore with \`git checkout ${short} -- ${path}\`.`
      );
    }
  }
  const current = await workspace.hashFile(path, configKey).catch(() => null);
  const currentSha = current?.kind === "file" ? current.sha256 : void 0;
  if (digest.kind === "file") {
    notes.push(
      current === null ? `This change removes ${path}.` : currentSha === digest.sha256 ? "This change leaves the model as it is." : `This change replaces it (now sha256 ${currentSha?.slice(0, 12)}\u2026).`
    );
  }
  const recorded = digest.kind === "directory" ? digest.gitObject : sha256;
  return {
    name: `${path} at ${short}`,
    ...recorded ? { sha256: recorded } : {},
    hashName: digest.kind === "directory" ? "git tree" : "sha256",
    notes,
    findings: []
  };
}
async function fromManifest(workspace, base, manifest) {
  const short = base.slice(0, 12);
  const text = await workspace.readTextAtRevision(base, manifest, `${key13}.manifest`);
  const fail = (id, message) => ({
    name: `${manifest} at ${short}`,
    notes: [],
    findings: [{ id, severity: "fail", message, location: { path: manifest } }]
  });
  if (text === null) {
    return fail(
      "manifest:missing",
      `${manifest} does not exist at the base revision ${short}: production is not recorded there`
    );
  }
  let record2;
  try {
    record2 = (0, import_yaml5.parse)(text);
  } catch (error) {
    return fail(
      "manifest:invalid",
      `${manifest} at ${short} is not valid YAML or JSON (${errorMessage(error).split("\n")[0]})`
    );
  }
  const fields = record2 ?? {};
  if (typeof fields.sha256 === "number") {
    return fail(
      "manifest:hash-not-text",
      `the sha256 in ${manifest} at ${short} was read as a number; write it in quotes, e.g. sha256: "\u2026"`
    );
  }
  const sha = typeof fields.sha256 === "string" ? fields.sha256.trim().toLowerCase() : void 0;
  const version = typeof fields.version === "string" || typeof fields.version === "number" ? String(fields.version) : void 0;
  if (typeof fields.path === "string") {
    const artifact = await fromArtifact(workspace, base, fields.path, `${key13}.manifest (path)`);
    if (artifact.findings.length > 0) return artifact;
    if (!sha || !/^[0-9a-f]{64}$/.test(sha)) {
      return { ...artifact, findings: [hashMissing(manifest, short)] };
    }
    if (artifact.sha256 !== sha) {
      return {
        ...artifact,
        findings: [
          {
            id: "manifest:hash-mismatch",
            severity: "fail",
            message: `${manifest} records sha256 ${sha.slice(0, 12)}\u2026 but ${fields.path} at ${short} hashes to ${artifact.sha256?.slice(0, 12)}\u2026: the recorded model is not the one in git`,
            location: { path: manifest }
          }
        ]
      };
    }
    return { ...artifact, name: `${artifact.name}${version ? ` (version ${version})` : ""}` };
  }
  if (typeof fields.uri === "string") {
    return fromReference(
      { uri: fields.uri, ...sha ? { sha256: sha } : {}, ...version ? { version } : {} },
      `${manifest} at ${short}`
    );
  }
  return fail(
    "manifest:target",
    `${manifest} at ${short} names no model: give \`path\` (a file in git) or \`uri\`, and \`sha256\``
  );
}
function fromReference(reference, where) {
  const checked = checkReference(reference.uri);
  const name = `${reference.uri}${reference.version ? ` (version ${reference.version})` : ""}`;
  if (!checked.valid) {
    return {
      name,
      notes: [],
      findings: [{ id: "reference:invalid", severity: "fail", message: checked.problem }]
    };
  }
  const sha256 = reference.sha256 ?? checked.digest;
  if (reference.sha256 && checked.digest && reference.sha256 !== checked.digest) {
    return {
      name,
      notes: [],
      findings: [
        {
          id: "reference:hash-mismatch",
          severity: "fail",
          message: `the sha256 recorded in ${where} differs from the digest pinned in ${reference.uri}`
        }
      ]
    };
  }
  return {
    name,
    ...sha256 ? { sha256 } : {},
    notes: [
      `Recorded in ${where}: ${reference.uri}${sha256 ? `, sha256 ${sha256}` : ""}. mlgate does not fetch it; that it is still stored is the registry's guarantee.`
    ],
    findings: sha256 ? [] : [hashMissing(where, "")]
  };
}
function hashMissing(where, revision) {
  return {
    id: "hash:missing",
    severity: "fail",
    message: `no sha256 is recorded for the production model in ${where}${revision ? ` at ${revision}` : ""}; record it, so that a rollback restores exactly that model`
  };
}

// src/checks/schema-validation/schema-validation-config.ts
var schemaValidationConfig = external_exports.strictObject({
  schema: repoPath.describe(
    "The committed Frictionless Table Schema (JSON), e.g. from `mlgate schema infer`."
  ),
  training: tableFile.optional().describe("The training data file to validate."),
  serving: tableFile.optional().describe(
    "A sample of serving data (e.g. logged requests) to validate against the same schema."
  ),
  unexpected_columns: external_exports.enum(["fail", "warn", "ignore"], { error: "unexpected_columns is fail, warn or ignore" }).default("warn").describe("What a column the schema does not define is: a failure, a warning, or nothing."),
  max_examples: external_exports.int().min(1).max(100).default(5).describe("How many rows to list per column and error kind in the report.")
}).refine((config) => config.training !== void 0 || config.serving !== void 0, {
  error: "name the data to validate: training, serving, or both (e.g. training: data/train.csv)"
});

// src/checks/schema-validation/schema-validation.ts
var schemaValidation = {
  id: "schema_validation",
  title: "Training and serving data match the schema",
  rubric: ["data-1", "monitor-2"],
  config: schemaValidationConfig,
  async run(config, { workspace }) {
    const schemaKey = "checks.schema_validation.schema";
    const schema = parseTableSchema(
      await workspace.readText(config.schema, schemaKey),
      config.schema
    );
    const validated = [];
    for (const role of ["training", "serving"]) {
      const file = config[role];
      if (file === void 0) continue;
      const { path, options } = tableFileOptions(file);
      const key19 = `checks.schema_validation.${role}`;
      if (options.missingValues) {
        throw new Error(
          `${key19}.missing_values: for schema validation, missing values come from the schema; move them to "missingValues" in ${config.schema}`
        );
      }
      const result2 = await validateTableFile(
        (scan) => workspace.scanTable(path, key19, scan),
        schema,
        {
          maxExamples: config.max_examples,
          read: { format: options.format, delimiter: options.delimiter }
        }
      );
      validated.push({ role, path, result: result2 });
    }
    const findings = validated.flatMap(
      ({ role, path, result: result2 }) => findingsOf(role, path, result2, config)
    );
    const cellErrors = validated.reduce((sum, v) => sum + v.result.errorCount, 0);
    const figures = [
      ...validated.map(({ role, result: result2 }) => ({
        name: `${role} rows validated`,
        value: result2.rows
      })),
      { name: "cell errors", value: cellErrors, threshold: "= 0" },
      {
        name: "missing columns",
        value: validated.reduce((sum, v) => sum + v.result.missingColumns.length, 0),
        threshold: "= 0"
      }
    ];
    const failing = validated.filter((v) => !v.result.valid);
    const summary = failing.length === 0 ? `${validated.map((v) => `${v.role} (${v.result.rows} rows)`).join(" and ")} match ${config.schema}` : failing.map(({ role, result: result2 }) => {
      const parts = [
        result2.errorCount > 0 ? `${result2.errorCount} cell error(s) in ${new Set(result2.counts.map((c2) => c2.column)).size} column(s)` : "",
        result2.missingColumns.length > 0 ? `${result2.missingColumns.length} missing column(s)` : "",
        result2.unexpectedColumns.length > 0 ? `${result2.unexpectedColumns.length} unexpected column(s)` : "",
        result2.badRows.count > 0 ? `${result2.badRows.count} bad row(s)` : ""
      ].filter(Boolean);
      return `${role}: ${parts.join(", ")}`;
    }).join("; ");
    return { kind: "ran", summary, figures, findings, details: detailsOf(validated) };
  }
};
function findingsOf(role, path, result2, config) {
  const findings = [];
  for (const column of result2.missingColumns) {
    findings.push({
      id: `${role}:missing:${column}`,
      severity: "fail",
      message: `${path} has no column "${column}", which ${config.schema} defines`,
      location: { path, column }
    });
  }
  if (config.unexpected_columns !== "ignore") {
    for (const column of result2.unexpectedColumns) {
      findings.push({
        id: `${role}:unexpected:${column}`,
        severity: config.unexpected_columns,
        message: `${path} has a column "${column}" that ${config.schema} does not define; add it to the schema or drop it`,
        location: { path, column }
      });
    }
  }
  if (result2.badRows.count > 0) {
    const first = result2.badRows.examples[0];
    findings.push({
      id: `${role}:bad-rows`,
      severity: "fail",
      message: `${path}: ${result2.badRows.count} row(s) cannot be split into the header's columns${first ? `; first at row ${first.row}: ${first.problem}` : ""}`,
      location: { path, ...first?.line === void 0 ? {} : { line: first.line } }
    });
  }
  for (const count of result2.counts) {
    const first = count.examples[0];
    findings.push({
      id: `${role}:${count.column}:${count.kind}`,
      severity: "fail",
      message: `${path}, column ${count.column}: ${count.count} ${count.kind} error(s) in ${result2.rows} rows${first ? `; first at row ${first.row}: ${first.message}` : ""}`,
      location: {
        path,
        column: count.column,
        ...first?.line === void 0 ? {} : { line: first.line }
      }
    });
  }
  return findings;
}
function detailsOf(validated) {
  const details = [];
  const counts = validated.flatMap(
    ({ path, result: result2 }) => result2.counts.map((c2) => [path, c2.column, c2.kind, c2.count])
  );
  const columnProblems = validated.flatMap(({ path, result: result2 }) => [
    ...result2.missingColumns.map((column) => [path, column, "missing column"]),
    ...result2.unexpectedColumns.map((column) => [path, column, "unexpected column"])
  ]);
  if (columnProblems.length > 0) {
    details.push({
      type: "table",
      title: "Columns",
      header: ["file", "column", "problem"],
      rows: columnProblems
    });
  }
  const badRows = validated.flatMap(
    ({ path, result: result2 }) => result2.badRows.examples.map((b2) => [path, b2.row, b2.line ?? null, b2.problem])
  );
  if (badRows.length > 0) {
    details.push({
      type: "table",
      title: "Rows that cannot be split into columns",
      header: ["file", "row", "line", "problem"],
      rows: badRows
    });
  }
  if (counts.length > 0) {
    details.push({
      type: "table",
      title: "Errors per column and kind",
      header: ["file", "column", "kind", "count"],
      rows: counts
    });
  }
  for (const kind2 of errorKinds) {
    const rows = validated.flatMap(
      ({ path, result: result2 }) => result2.counts.filter((c2) => c2.kind === kind2).flatMap(
        (c2) => c2.examples.map((e2) => [path, e2.row, e2.line ?? null, e2.column, e2.value, e2.message])
      )
    );
    if (rows.length === 0) continue;
    details.push({
      type: "table",
      title: `First rows with ${kind2} errors`,
      header: ["file", "row", "line", "column", "value", "problem"],
      rows
    });
  }
  return details;
}

// src/checks/slices/slices-config.ts
var sliceBounds = external_exports.strictObject({
  min: external_exports.number({ error: "min is a number" }).optional().describe("Absolute floor for every slice."),
  max: external_exports.number({ error: "max is a number" }).optional().describe("Absolute ceiling for every slice."),
  max_gap: nonNegative.optional().describe(
    "How much worse than the overall value a slice may be, in the metric\u2019s own direction."
  )
}).refine((bounds) => Object.values(bounds).some((value) => value !== void 0), {
  error: "give at least one of min, max, max_gap"
});
var slicesKeys = external_exports.strictObject({
  predictions: tableFile.describe("The predictions file (CSV, JSONL or Parquet)."),
  ...predictionColumnsShape,
  features: tableFile.optional().describe("A file with the slice columns, joined to the predictions by id_column."),
  features_id_column: columnName.optional().describe("The id column of the features file; default: id_column."),
  columns: external_exports.array(columnName, { error: "expected a list of slice columns, e.g. [country, device]" }).min(1, { error: "list at least one slice column" }).describe("Slice by each value of each of these columns."),
  bins: external_exports.record(
    external_exports.string(),
    external_exports.array(external_exports.number(), { error: "bin edges are a list of numbers, e.g. [18, 30, 50]" }).min(1, { error: "give at least one edge" })
  ).default({}).describe("Numeric slice columns cut at these edges: < a, [a, b), \u2026, \u2265 z."),
  metrics: external_exports.record(external_exports.string(), sliceBounds).refine((metrics) => Object.keys(metrics).length > 0, {
    error: "gate at least one metric, e.g. accuracy: {max_gap: 0.05}"
  }).describe("Per metric: bounds every large enough slice must meet."),
  min_slice_size: external_exports.int({ error: "min_slice_size is a whole number" }).min(1, { error: "min_slice_size is at least 1" }).default(30).describe("Smaller slices are listed but not gated: their metrics are too noisy."),
  max_slices_per_column: external_exports.int().min(2).default(100).describe("More values than this means a continuous column: bin it.")
}).superRefine((config, context) => {
  requirePredictionColumns(config, context);
  const known = metricNamesByTask[config.task];
  for (const name of Object.keys(config.metrics)) {
    if (!known.includes(name)) {
      context.addIssue({
        code: "custom",
        path: ["metrics", name],
        message: `not a ${config.task} metric; use one of ${known.join(", ")}`
      });
    }
  }
  requireGroupingColumns(config, { key: "columns", columns: config.columns }, context);
});
var slicesConfig = slicesKeys.pipe(
  external_exports.union([
    external_exports.object({ ...parsedKeys(slicesKeys), features: tableFile, id_column: columnName }),
    external_exports.object({ ...parsedKeys(slicesKeys), features: external_exports.undefined().optional() })
  ])
);

// src/checks/slices/slices.ts
var key14 = "checks.slices";
var slices = {
  id: "slices",
  title: "Quality holds on every important data slice",
  rubric: ["model-6"],
  config: slicesConfig,
  async run(config, { workspace }) {
    const predictions2 = await loadPredictions(
      workspace,
      config.predictions,
      predictionColumnsOf(config),
      `${key14}.predictions`
    );
    const features = await loadFeatureTable(workspace, config, `${key14}.features`);
    const columns = rowColumns(predictions2, features);
    const evaluate = predictionsEvaluator(predictions2, config.threshold);
    const overall = evaluate();
    const n = predictions2.data.labels.length;
    const gatedMetrics = Object.entries(config.metrics);
    const names2 = gatedMetrics.map(([name]) => name);
    const findings = [];
    const results = [];
    for (const column of config.columns) {
      const cells = columns.cells(column, `${key14}.columns`);
      const groups = groupRows(
        cells,
        config.bins[column],
        (row) => `${predictions2.table.source}:${predictions2.table.lineOf(row)}: column "${column}"`
      );
      if (groups.length > config.max_slices_per_column) {
        throw new Error(
          `${key14}.columns: "${column}" has ${groups.length} distinct values, more than max_slices_per_column (${config.max_slices_per_column}); slice a categorical column or give bins: {${column}: [edges]}`
        );
      }
      for (const group of groups) {
        const metrics = evaluate(membership(n, group.rows));
        const small = group.rows.length < config.min_slice_size;
        const result2 = {
          column,
          value: group.value,
          rows: group.rows.length,
          metrics: {},
          small,
          worstGap: Number.NEGATIVE_INFINITY
        };
        for (const [name, bounds] of gatedMetrics) {
          const direction = directionOf(name);
          const value = metrics[name];
          const whole = overall[name];
          const gap = value.defined && whole.defined ? improvement(direction, whole.value, value.value) : null;
          const problems = [];
          if (!small) {
            if (!value.defined)
              problems.push({
                suffix: ":undefined",
                text: `is undefined (${value.reason}), so it cannot be checked`
              });
            else {
              if (bounds.min !== void 0 && value.value < bounds.min)
                problems.push({ suffix: "", text: `is below the floor ${bounds.min}` });
              if (bounds.max !== void 0 && value.value > bounds.max)
                problems.push({ suffix: "", text: `is above the ceiling ${bounds.max}` });
              if (bounds.max_gap !== void 0 && gap !== null && gap > bounds.max_gap) {
                problems.push({
                  suffix: ":gap",
                  text: `is ${formatMetric({ defined: true, value: gap })} worse than overall ${formatMetric(whole)} (max_gap ${bounds.max_gap})`
                });
              }
            }
          }
          result2.metrics[name] = { value, gap, problems: problems.map((p) => p.text) };
          if (gap !== null) result2.worstGap = Math.max(result2.worstGap, gap);
          for (const problem of problems) {
            findings.push({
              id: `slice:${column}=${group.value}:${name}${problem.suffix}`,
              severity: value.defined ? "fail" : "warn",
              message: `${column} = ${group.value} (${group.rows.length} rows): ${name}${value.defined ? ` ${formatMetric(value)}` : ""} ${problem.text}`,
              location: { path: columns.sourceOf(column), column }
            });
          }
        }
        results.push(result2);
      }
    }
    results.sort((a2, b2) => Number(a2.small) - Number(b2.small) || b2.worstGap - a2.worstGap);
    const gated = results.filter((result2) => !result2.small);
    const figures = gatedMetrics.map(([name, bounds]) => {
      const gaps = gated.map((result2) => result2.metrics[name].gap).filter((gap) => gap !== null);
      return {
        name: `largest ${name} gap to overall`,
        value: gaps.length > 0 ? Math.max(...gaps) : null,
        ...bounds.max_gap !== void 0 ? { threshold: `\u2264 ${bounds.max_gap}` } : {}
      };
    });
    const details = [
      {
        type: "table",
        title: "Slices, worst first",
        header: [
          "slice",
          "rows",
          ...names2.flatMap((name) => [name, `${name} vs overall`]),
          "status"
        ],
        rows: [
          ["overall", n, ...names2.flatMap((name) => [formatMetric(overall[name]), "\u2014"]), ""],
          ...results.map((result2) => [
            `${result2.column} = ${result2.value}`,
            result2.rows,
            ...names2.flatMap((name) => {
              const { value, gap } = result2.metrics[name];
              return [formatMetric(value), gap === null ? "\u2014" : formatSigned(-gap)];
            }),
            result2.small ? `not gated (< ${config.min_slice_size} rows)` : names2.some((name) => result2.metrics[name].problems.length > 0) ? "\u{1F534} below bounds" : "\u{1F7E2} ok"
          ])
        ],
        note: `Bounds: ${gatedMetrics.map(([name, bounds]) => `${name} ${describeBounds(bounds)}`).join("; ")}. Slices with fewer than ${config.min_slice_size} rows are listed but not gated.`
      }
    ];
    const failing = new Set(findings.map((finding) => finding.id.split(":").slice(0, 2).join(":")));
    return {
      kind: "ran",
      summary: findings.length === 0 ? `${gated.length} slice(s) of ${config.columns.join(", ")} meet the bounds${results.length > gated.length ? `; ${results.length - gated.length} too small to gate` : ""}` : `${failing.size} of ${gated.length} slice(s) miss the bounds; worst: ${results[0].column} = ${results[0].value}`,
      figures,
      findings,
      details
    };
  }
};
function describeBounds(bounds) {
  return [
    bounds.min !== void 0 ? `\u2265 ${bounds.min}` : "",
    bounds.max !== void 0 ? `\u2264 ${bounds.max}` : "",
    bounds.max_gap !== void 0 ? `at most ${bounds.max_gap} worse than overall` : ""
  ].filter(Boolean).join(", ");
}

// src/infra/codeowners/codeowners-pattern.ts
function codeownersRegExp(pattern2) {
  if (pattern2 === "/") return /(?!)/;
  let segments = pattern2.split("/");
  if (segments[0] === "") {
    segments = segments.slice(1);
  } else if (segments.length === 1 || segments.length === 2 && segments[1] === "") {
    if (segments[0] !== "**") segments = ["**", ...segments];
  }
  if (segments.length > 1 && segments.at(-1) === "") segments[segments.length - 1] = "**";
  const last = segments.length - 1;
  let source = "";
  let needSlash = false;
  segments.forEach((segment, i) => {
    if (segment === "**") {
      if (i === 0 && i === last) source += ".+";
      else if (i === 0) source += "(?:.+/)?";
      else if (i === last) source += "/.*";
      else source += "(?:/.+)?";
      needSlash = i !== 0;
      return;
    }
    if (needSlash) source += "/";
    needSlash = true;
    if (segment === "*") {
      source += "[^/]+";
      return;
    }
    source += segmentSource(segment);
    if (i === last) source += "(?:/.*)?";
  });
  return new RegExp(`^${source}$`);
}
function segmentSource(segment) {
  let source = "";
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i];
    if (ch === "\\" && i + 1 < segment.length) source += escapeRegExp2(segment[++i]);
    else if (ch === "*") source += "[^/]*";
    else if (ch === "?") source += "[^/]";
    else source += escapeRegExp2(ch);
  }
  return source;
}
function escapeRegExp2(text) {
  return text.replace(/[.+^${}()|[\]\\*?/]/g, "\\$&");
}

// src/infra/codeowners/parse-codeowners.ts
var codeownersLocations = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
var codeownersMaxBytes = 3 * 1024 * 1024;
var user = /^@[A-Za-z0-9_-]+$/;
var team = /^@[A-Za-z0-9_-]+\/[A-Za-z0-9_.-]+$/;
var email2 = /^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$/;
function parseCodeowners(text) {
  const rules = [];
  const problems = [];
  text.split(/\r?\n/).forEach((raw, index2) => {
    const line = index2 + 1;
    const trimmed = raw.trim();
    if (trimmed === "" || trimmed.startsWith("#")) return;
    const tokens = tokenize(trimmed);
    const commentAt = tokens.findIndex((token, i) => i > 0 && token.startsWith("#"));
    const [pattern2, ...owners] = commentAt < 0 ? tokens : tokens.slice(0, commentAt);
    const problem = patternProblem(pattern2) ?? ownersProblem(owners);
    if (problem) {
      problems.push({ line, text: trimmed, problem });
      return;
    }
    rules.push({ line, pattern: pattern2, owners, regex: codeownersRegExp(pattern2) });
  });
  return { rules, problems };
}
function ruleFor(codeowners, path) {
  for (let i = codeowners.rules.length - 1; i >= 0; i--) {
    const rule3 = codeowners.rules[i];
    if (rule3.regex.test(path)) return rule3;
  }
  return void 0;
}
function tokenize(line) {
  const tokens = [];
  let current = "";
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === "\\" && i + 1 < line.length) {
      current += ch + line[++i];
    } else if (/\s/.test(ch)) {
      if (current) tokens.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  if (current) tokens.push(current);
  return tokens;
}
function patternProblem(pattern2) {
  if (pattern2.startsWith("!")) {
    return "negation with ! does not work in CODEOWNERS; GitHub skips this line. Give the path a later rule with other owners, or a rule with no owners";
  }
  if (pattern2.startsWith("\\#")) {
    return "escaping a leading # with \\ does not work in CODEOWNERS; GitHub skips this line";
  }
  if (/[[\]]/.test(pattern2.replace(/\\./g, ""))) {
    return "character ranges [ ] do not work in CODEOWNERS; GitHub skips this line. List the paths, or use * and ?";
  }
  if (pattern2.includes("***")) return "three consecutive asterisks are not a valid pattern";
  return void 0;
}
function ownersProblem(owners) {
  const bad = owners.find((owner) => !user.test(owner) && !team.test(owner) && !email2.test(owner));
  return bad === void 0 ? void 0 : `"${bad}" is not an owner (@user, @org/team or an e-mail address); GitHub skips this line`;
}

// src/checks/spec-review/spec-review-config.ts
var specReviewConfig = external_exports.strictObject({
  paths: external_exports.array(external_exports.string().min(1), {
    error: "list the spec and config files, e.g. [models/spec.yaml, configs/**]"
  }).min(1, { error: "list at least one spec or config file" }).describe(
    "The model spec and config files (globs), e.g. [models/*.yaml, configs/**]. Each must be tracked by git."
  ),
  codeowners: repoPath.optional().describe(
    "The CODEOWNERS file; default GitHub's search: .github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS."
  ),
  base_revision: external_exports.string().min(1).optional().describe(
    "Compare with this revision instead of the PR base (which is where GitHub reads CODEOWNERS)."
  )
});

// src/checks/spec-review/spec-review.ts
var key15 = "checks.spec_review";
var specReview = {
  id: "spec_review",
  title: "Model specs are reviewed and submitted",
  rubric: ["model-1"],
  config: specReviewConfig,
  async run(config, { workspace, event }) {
    const findings = [];
    const tracked = await workspace.listTrackedFiles();
    const specFiles = /* @__PURE__ */ new Set();
    for (const pattern2 of config.paths) {
      const glob = globToRegExp(pattern2);
      const matched = tracked.filter((file) => pathMatches(glob, file));
      for (const file of matched) specFiles.add(file);
      if (matched.length > 0) continue;
      const onDisk = !/[*?{]/.test(pattern2) && await workspace.exists(pattern2, `${key15}.paths`);
      findings.push({
        id: `not-tracked:${pattern2}`,
        severity: "fail",
        message: onDisk ? `${pattern2} exists but is not tracked by git: commit it so that it is reviewed and versioned` : `no file tracked by git matches ${pattern2}; fix the path or commit the spec`,
        ...onDisk ? { location: { path: pattern2 } } : {}
      });
    }
    const base = baseRevision(config.base_revision, event);
    const found = await findCodeowners(workspace, config.codeowners, base);
    if (!found) {
      findings.push({
        id: "codeowners:missing",
        severity: "fail",
        message: `no CODEOWNERS file (looked for ${config.codeowners ?? codeownersLocations.join(", ")}); add one with a rule for the spec files, e.g. "/models/ @org/ml-reviewers"`
      });
      return result(
        [...specFiles],
        findings,
        [],
        "no CODEOWNERS file, so no spec change requires review"
      );
    }
    if (Buffer.byteLength(found.text, "utf8") >= codeownersMaxBytes) {
      findings.push({
        id: "codeowners:size",
        severity: "fail",
        message: `${found.path} is 3 MB or more; GitHub does not load it, so no review is requested`,
        location: { path: found.path }
      });
      return result([...specFiles], findings, [], `${found.path} is too large for GitHub to load`);
    }
    if (found.from === "head" && base) {
      findings.push({
        id: "codeowners:not-on-base",
        severity: "warn",
        message: `${found.path} is not on the base branch yet; GitHub reads CODEOWNERS from the base, so it requests reviews only after this change merges`,
        location: { path: found.path }
      });
    }
    const codeowners = parseCodeowners(found.text);
    for (const problem of codeowners.problems) {
      findings.push({
        id: `codeowners:line:${problem.line}`,
        severity: "warn",
        message: `${found.path}:${problem.line} \`${problem.text}\`: ${problem.problem}`,
        location: { path: found.path, line: problem.line }
      });
    }
    const changed = base ? new Set((await workspace.listChangedFiles(base)).map((file) => file.path)) : void 0;
    const rows = [];
    const needed = /* @__PURE__ */ new Set();
    for (const file of [...specFiles].sort()) {
      const rule3 = ruleFor(codeowners, file);
      const isChanged = changed?.has(file) ?? false;
      if (!rule3 || rule3.owners.length === 0) {
        findings.push({
          id: `unowned:${file}`,
          severity: "fail",
          message: rule3 ? `${file} has no code owner: ${found.path}:${rule3.line} \`${rule3.pattern}\` matches it last and lists no owners` : `${file} has no code owner: no rule in ${found.path} matches it`,
          location: { path: file }
        });
      } else if (isChanged) {
        for (const owner of rule3.owners) needed.add(owner);
      }
      rows.push([
        file,
        rule3?.owners.join(" ") || "\u2014",
        rule3 ? `${found.path}:${rule3.line} ${rule3.pattern}` : "no rule",
        changed === void 0 ? "\u2014" : isChanged ? "yes" : "no"
      ]);
    }
    const changedSpecs = rows.filter((row) => row[3] === "yes").length;
    const summary = changed === void 0 ? `${specFiles.size} spec files checked against ${found.path} (no base revision, so no change to review)` : changedSpecs === 0 ? `${specFiles.size} spec files tracked; this change touches none of them` : `this change touches ${changedSpecs} spec file${changedSpecs === 1 ? "" : "s"}; review needed from ${[...needed].sort().join(", ") || "nobody (unowned)"}`;
    return result(
      [...specFiles],
      findings,
      [
        {
          type: "table",
          title: `Spec files and their code owners (${found.path}, read from ${found.from === "base" ? `the base revision ${base?.slice(0, 12)}` : "the checkout"})`,
          header: ["File", "Owners", "Deciding rule", "Changed here"],
          rows
        }
      ],
      summary,
      [...needed]
    );
  }
};
function result(specFiles, findings, details, summary, reviewers = []) {
  return {
    kind: "ran",
    summary,
    figures: [
      { name: "spec files tracked", value: specFiles.length },
      {
        name: "spec files without owners",
        value: findings.filter((f2) => f2.id.startsWith("unowned:")).length,
        threshold: "= 0"
      },
      { name: "reviewers needed", value: reviewers.sort().join(", ") || "\u2014" }
    ],
    findings,
    details
  };
}
async function findCodeowners(workspace, configured, base) {
  const locations = configured ? [configured] : [...codeownersLocations];
  if (base) {
    for (const path of locations) {
      const text = await workspace.readTextAtRevision(base, path, `${key15}.codeowners`);
      if (text !== null) return { path, text, from: "base" };
    }
  }
  for (const path of locations) {
    if (await workspace.exists(path, `${key15}.codeowners`)) {
      return { path, text: await workspace.readText(path, `${key15}.codeowners`), from: "head" };
    }
  }
  return void 0;
}

// src/checks/staleness/decay-chart.ts
function decayChart(metric, points, fit, floor) {
  const byAge = /* @__PURE__ */ new Map();
  for (const [age, value] of points) byAge.set(age, [...byAge.get(age) ?? [], value]);
  const ages = [...byAge.keys()].sort((a2, b2) => a2 - b2);
  const observed = ages.map((age) => {
    const values = byAge.get(age);
    return values.reduce((a2, b2) => a2 + b2, 0) / values.length;
  });
  const fitted = ages.map((age) => fit.slope * age + fit.intercept);
  const all = [...observed, ...fitted, floor];
  const pad = (Math.max(...all) - Math.min(...all)) * 0.1 || Math.abs(floor) * 0.1 || 1;
  const label = metric.replace(/["\n\r]/g, "'");
  const series = (values) => `[${values.map((v) => formatNumber(v, 4)).join(", ")}]`;
  return [
    "xychart-beta",
    `  title "${label} by model age: observed, fitted, floor"`,
    `  x-axis "model age (days)" [${ages.map((age) => `"${formatNumber(age, 1)}"`).join(", ")}]`,
    `  y-axis "${label}" ${formatNumber(Math.min(...all) - pad, 4)} --> ${formatNumber(Math.max(...all) + pad, 4)}`,
    `  line ${series(observed)}`,
    `  line ${series(fitted)}`,
    `  line ${series(ages.map(() => floor))}`
  ].join("\n");
}

// src/checks/staleness/metric-decay.ts
function fitDecay(points, direction, floor) {
  const ages = new Set(points.map(([age]) => age));
  if (ages.size < 3) {
    throw new RangeError(
      `${ages.size} distinct age(s); a decay fit needs evaluations at 3 or more ages`
    );
  }
  const data = points.map(([age, value]) => [age, value]);
  const { m, b: b2 } = linearRegression(data);
  const line = (age) => m * age + b2;
  const sign = direction === "higher_is_better" ? 1 : -1;
  const worse = (value) => sign * (value - floor) < 0;
  let crossingAgeDays;
  if (worse(b2)) crossingAgeDays = 0;
  else if (sign * m >= 0) crossingAgeDays = null;
  else crossingAgeDays = (floor - b2) / m;
  return {
    points: points.length,
    slope: m,
    intercept: b2,
    rSquared: rSquared(data, line),
    lossPer30Days: -sign * m * 30,
    crossingAgeDays
  };
}

// src/checks/staleness/staleness-config.ts
var days = external_exports.number({ error: "expected a number of days, e.g. 30" }).positive({ error: "a number of days is positive" });
var ageLimits = external_exports.strictObject({
  warn: days.optional().describe("Warn when older than this many days."),
  fail: days.optional().describe("Fail when older than this many days.")
}).refine((limits) => limits.warn !== void 0 || limits.fail !== void 0, {
  error: "give warn and/or fail, in days"
}).refine(
  (limits) => limits.warn === void 0 || limits.fail === void 0 || limits.warn <= limits.fail,
  {
    error: "warn must not be later than fail"
  }
).meta({ examples: [{ warn: 30, fail: 90 }] });
var stalenessConfig = external_exports.strictObject({
  model: external_exports.strictObject({
    metadata: repoPath.optional().describe(
      'A JSON or YAML file with the training time, e.g. {"trained_at": "2026-03-01T12:00:00Z"}.'
    ),
    trained_at_key: external_exports.string().min(1).default("trained_at").describe("The (dotted) key of the training time in the metadata file."),
    artifact: repoPath.optional().describe("Or: the model file, aged by the time of the last git commit that changed it.")
  }).refine((model) => !model.metadata !== !model.artifact, {
    error: "give the model as metadata: <file with trained_at> or artifact: <model file> (one of them)"
  }).pipe(
    external_exports.union([
      external_exports.strictObject({ metadata: external_exports.string(), trained_at_key: external_exports.string() }),
      external_exports.strictObject({ artifact: external_exports.string(), trained_at_key: external_exports.string() })
    ])
  ).meta({ examples: [{ metadata: "models/metadata.json" }, { artifact: "models/model.pkl" }] }).optional().describe("Where the model\u2019s age comes from."),
  max_model_age_days: ageLimits.optional().describe("Model age limits (Model 4, Monitor 4)."),
  training_data: external_exports.strictObject({
    path: tableFile.describe("The training data (CSV, JSONL or Parquet)."),
    timestamp_column: columnName.describe(
      "ISO 8601 dates or datetimes; the newest one dates the data."
    )
  }).meta({ examples: [{ path: "data/train.csv", timestamp_column: "event_time" }] }).optional().describe("Data age: now minus the newest timestamp in the training data."),
  max_data_age_days: ageLimits.optional().describe("Training data age limits."),
  decay: external_exports.strictObject({
    evaluations: tableFile.describe(
      "Evaluations of older model versions on fresh data: one row per (model age, metric value)."
    ),
    age_column: columnName.default("age_days").describe("Model age in days at evaluation."),
    metric_column: columnName.describe("The metric, e.g. roc_auc."),
    direction: external_exports.enum(["higher_is_better", "lower_is_better"], {
      error: "direction is higher_is_better or lower_is_better"
    }).optional().describe("Needed when the metric column\u2019s name does not tell."),
    floor: external_exports.number({ error: "floor is the metric value a model must not cross, e.g. 0.8" }).describe(
      "The value the metric must not cross; the age where the fit crosses it is the retraining interval."
    ),
    limit_model_age: external_exports.boolean().default(true).describe(
      "Fail when the model is older than the retraining interval (and than max_model_age_days.fail)."
    )
  }).optional().describe("How fast the model decays: a linear fit of the metric against model age.")
}).superRefine((config, context) => {
  const issue = (path, message) => context.addIssue({ code: "custom", path, message });
  if (!config.model && !config.training_data) {
    issue(["model"], "give model (its age) and/or training_data (its age)");
  }
  if (config.max_model_age_days && !config.model)
    issue(["model"], "max_model_age_days needs model: {metadata | artifact}");
  if (config.max_data_age_days && !config.training_data)
    issue(["training_data"], "max_data_age_days needs training_data");
  if (config.model && !config.max_model_age_days && !config.decay) {
    issue(
      ["max_model_age_days"],
      "give max_model_age_days (warn/fail) or a decay fit to limit the model age"
    );
  }
  if (config.training_data && !config.max_data_age_days) {
    issue(["max_data_age_days"], "give max_data_age_days (warn/fail) for the training data");
  }
});

// src/checks/staleness/trained-at.ts
var import_yaml6 = __toESM(require_dist(), 1);
function trainedAtFrom(text, source, key19) {
  let document;
  try {
    document = (0, import_yaml6.parse)(text, { schema: "core" });
  } catch (error) {
    throw new Error(`${source}: not valid JSON or YAML (${errorMessage(error).split("\n")[0]})`);
  }
  let value = document;
  for (const part of key19.split(".")) {
    value = value !== null && typeof value === "object" ? value[part] : void 0;
  }
  if (value === void 0 || value === null) {
    throw new Error(
      `${source}: no "${key19}"; write the training time there, e.g. ${key19}: "2026-03-01T12:00:00Z"`
    );
  }
  const ms = typeof value === "string" ? parseIsoDatetime(value) ?? parseIsoDate(value) : void 0;
  if (ms === void 0) {
    throw new Error(
      `${source}: "${key19}" is ${JSON.stringify(value)}, not an ISO 8601 date or datetime such as 2026-03-01T12:00:00Z`
    );
  }
  return new Date(ms);
}

// src/checks/staleness/staleness.ts
var key16 = "checks.staleness";
var dayMs = 24 * 60 * 60 * 1e3;
var staleness = {
  id: "staleness",
  title: "Model and training data are fresh enough",
  rubric: ["model-4", "monitor-4"],
  config: stalenessConfig,
  async run(config, { workspace, now }) {
    const findings = [];
    const figures = [];
    const details = [];
    const summary = [];
    let decay = null;
    if (config.decay) {
      const { path, options } = tableFileOptions(config.decay.evaluations);
      const table2 = await workspace.readTable(path, `${key16}.decay.evaluations`, options);
      const metric = config.decay.metric_column;
      const ageColumn = config.decay.age_column;
      const direction = config.decay.direction ?? directionOf(metric);
      if (!direction) {
        throw new Error(
          `${key16}.decay.direction: say whether "${metric}" is higher_is_better or lower_is_better`
        );
      }
      const ages = requireColumn(table2, config.decay.age_column, `${key16}.decay.age_column`);
      const values = requireColumn(table2, metric, `${key16}.decay.metric_column`);
      const number = (cells, row, column) => {
        const value = parseNumberCell(cells[row]);
        if (typeof value !== "number" || !Number.isFinite(value)) {
          throw rowError(
            table2,
            row,
            `"${String(cells[row])}" in column "${column}" is not a finite number`
          );
        }
        return value;
      };
      const points = ages.map(
        (_, row) => [number(ages, row, ageColumn), number(values, row, metric)]
      );
      let fit;
      try {
        fit = fitDecay(points, direction, config.decay.floor);
      } catch (error) {
        throw new Error(`${path}: ${errorMessage(error)}`);
      }
      decay = { fit, metric };
      const floor = config.decay.floor;
      if (fit.crossingAgeDays === 0) {
        findings.push({
          id: "decay:floor",
          severity: "fail",
          message: `even a fresh model is on the wrong side of the ${metric} floor ${floor} (fitted ${formatNumber(fit.intercept)} at age 0)`,
          location: { path }
        });
      }
      figures.push(
        { name: `${metric} lost per 30 days`, value: fit.lossPer30Days },
        { name: "recommended retraining interval", value: fit.crossingAgeDays, unit: "days" }
      );
      const interval = fit.crossingAgeDays === null ? "the fit does not decay, so it never crosses the floor" : `it crosses the floor ${floor} at ${formatNumber(fit.crossingAgeDays, 1)} days: retrain at least that often`;
      summary.push(`${metric} loses ${formatNumber(fit.lossPer30Days)} per 30 days`);
      details.push({
        type: "mermaid",
        title: `Decay of ${metric} with model age`,
        source: decayChart(metric, points, fit, floor)
      });
      details.push({
        type: "text",
        title: "Decay fit",
        text: `From ${fit.points} evaluations in ${path}: ${metric} \u2248 ${formatNumber(fit.intercept)} ${fit.slope < 0 ? "\u2212" : "+"} ${formatNumber(Math.abs(fit.slope), 6)} \xD7 age (R\xB2 ${formatNumber(fit.rSquared, 3)}); ${interval}.`
      });
    }
    if (config.model) {
      const { trainedAt, source, path } = await modelAge(workspace, config.model);
      const limits = { ...config.max_model_age_days };
      const crossing = decay?.fit.crossingAgeDays;
      if (config.decay?.limit_model_age && crossing !== null && crossing !== void 0 && crossing > 0) {
        limits.fail = Math.min(limits.fail ?? Number.POSITIVE_INFINITY, crossing);
      }
      summary.push(
        ageFinding(
          findings,
          figures,
          "model:age",
          "model",
          (now.getTime() - trainedAt.getTime()) / dayMs,
          limits,
          source,
          trainedAt,
          {
            path
          }
        )
      );
    }
    if (config.training_data) {
      const { path, options } = tableFileOptions(config.training_data.path);
      const column = config.training_data.timestamp_column;
      const table2 = await workspace.readTable(path, `${key16}.training_data.path`, {
        ...options,
        columns: [column]
      });
      let newest = Number.NEGATIVE_INFINITY;
      requireColumn(table2, column, `${key16}.training_data.timestamp_column`).forEach((cell, row) => {
        if (cell === null) return;
        const ms = typeof cell === "string" ? parseIsoDatetime(cell) ?? parseIsoDate(cell) : void 0;
        if (ms === void 0) {
          throw rowError(
            table2,
            row,
            `"${String(cell)}" in column "${column}" is not an ISO 8601 date or datetime`
          );
        }
        newest = Math.max(newest, ms);
      });
      if (newest === Number.NEGATIVE_INFINITY) {
        throw new Error(
          `${path}: column "${column}" has no timestamp at all, so the data's age is unknown`
        );
      }
      summary.push(
        ageFinding(
          findings,
          figures,
          "data:age",
          "training data",
          (now.getTime() - newest) / dayMs,
          config.max_data_age_days ?? {},
          `newest ${column} in ${path}`,
          new Date(newest),
          { path, column }
        )
      );
    }
    return { kind: "ran", summary: summary.join("; "), figures, findings, details };
  }
};
function ageFinding(findings, figures, id, what, ageDays, limits, source, time, location) {
  const age = formatNumber(ageDays, 1);
  const stamp = time.toISOString().replace(".000Z", "Z");
  if (ageDays < -1) {
    findings.push({
      id: `${id}:future`,
      severity: "warn",
      message: `${what} time ${stamp} (${source}) is in the future; check the clock or the value`,
      location
    });
  } else if (limits.fail !== void 0 && ageDays > limits.fail) {
    findings.push({
      id,
      severity: "fail",
      message: `${what} is ${age} days old (${source}: ${stamp}), over the limit of ${formatNumber(limits.fail, 1)} days; retrain`,
      location
    });
  } else if (limits.warn !== void 0 && ageDays > limits.warn) {
    findings.push({
      id,
      severity: "warn",
      message: `${what} is ${age} days old (${source}: ${stamp}), over the warning age of ${formatNumber(limits.warn, 1)} days`,
      location
    });
  }
  const threshold = [
    limits.warn !== void 0 ? `warn > ${formatNumber(limits.warn, 1)}` : "",
    limits.fail !== void 0 ? `fail > ${formatNumber(limits.fail, 1)}` : ""
  ].filter(Boolean).join(", ");
  figures.push({
    name: `${what} age`,
    value: Number(age),
    unit: "days",
    ...threshold ? { threshold } : {}
  });
  return `${what} ${age} days old`;
}
async function modelAge(workspace, model) {
  if ("metadata" in model) {
    const text = await workspace.readText(model.metadata, `${key16}.model.metadata`);
    const trainedAt2 = trainedAtFrom(text, model.metadata, model.trained_at_key);
    return {
      trainedAt: trainedAt2,
      source: `${model.trained_at_key} in ${model.metadata}`,
      path: model.metadata
    };
  }
  const trainedAt = await workspace.commitTimeOf(model.artifact, `${key16}.model.artifact`);
  if (!trainedAt) {
    throw new Error(
      `${key16}.model.artifact: git has no commit of ${model.artifact}; commit it, or give model.metadata with trained_at`
    );
  }
  return { trainedAt, source: `last commit of ${model.artifact}`, path: model.artifact };
}

// src/drift/compare-examples.ts
function reader(column) {
  if (column.kind === "category") {
    return (row) => {
      const code2 = column.codes[row];
      return code2 < 0 ? null : column.dictionary[code2];
    };
  }
  return (row) => column.status[row] === CELL_PRESENT ? column.values[row] : null;
}
function idOf(value) {
  if (value === null) return null;
  return typeof value === "number" ? String(value) : value;
}
function compareExamples(training, serving, idColumn, pairs, tolerance3, keep) {
  const trainingId = reader(requireColumn3(training, idColumn));
  const servingId = reader(requireColumn3(serving, idColumn));
  const duplicateIds = [];
  const servingRows = /* @__PURE__ */ new Map();
  const servingCounts = /* @__PURE__ */ new Map();
  for (let row = 0; row < serving.rowCount; row++) {
    const id = idOf(servingId(row));
    if (id === null) continue;
    if (servingRows.has(id)) servingCounts.set(id, (servingCounts.get(id) ?? 1) + 1);
    else servingRows.set(id, row);
  }
  for (const [id, count] of servingCounts) {
    if (duplicateIds.length < keep) duplicateIds.push({ side: "serving", id, count });
  }
  const columns = pairs.map((pair) => ({
    pair,
    training: reader(requireColumn3(training, pair.training)),
    serving: reader(requireColumn3(serving, pair.serving)),
    compared: 0,
    mismatches: 0,
    maxDifference: null,
    examples: []
  }));
  const seen = /* @__PURE__ */ new Map();
  let joined = 0;
  let skewedExamples = 0;
  const worst2 = [];
  for (let row = 0; row < training.rowCount; row++) {
    const id = idOf(trainingId(row));
    if (id === null) continue;
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    if (count > 1) continue;
    const match = servingRows.get(id);
    if (match === void 0) continue;
    joined++;
    const mismatched = [];
    for (const column of columns) {
      const a2 = column.training(row);
      const b2 = column.serving(match);
      if (a2 === null && b2 === null) continue;
      column.compared++;
      const difference = differenceOf(a2, b2, tolerance3);
      if (difference === 0) continue;
      column.mismatches++;
      mismatched.push(column.pair.name);
      if (typeof a2 === "number" && typeof b2 === "number" && Number.isFinite(difference)) {
        column.maxDifference = Math.max(column.maxDifference ?? 0, difference);
      }
      keepLargest(column.examples, { id, training: a2, serving: b2, difference }, keep);
    }
    if (mismatched.length > 0) {
      skewedExamples++;
      keepMost(worst2, { id, columns: mismatched }, keep);
    }
  }
  for (const [id, count] of seen) {
    if (count > 1 && duplicateIds.length < 2 * keep)
      duplicateIds.push({ side: "training", id, count });
  }
  let onlyInTraining = 0;
  for (const id of seen.keys()) if (!servingRows.has(id)) onlyInTraining++;
  let onlyInServing = 0;
  for (const id of servingRows.keys()) if (!seen.has(id)) onlyInServing++;
  return {
    idColumn,
    trainingRows: training.rowCount,
    servingRows: serving.rowCount,
    joined,
    onlyInTraining,
    onlyInServing,
    duplicateIds,
    columns: columns.map((column) => ({
      name: column.pair.name,
      compared: column.compared,
      mismatches: column.mismatches,
      mismatchShare: column.compared === 0 ? 0 : column.mismatches / column.compared,
      maxAbsoluteDifference: column.maxDifference,
      examples: column.examples.map(({ difference: _, ...mismatch }) => mismatch)
    })).sort((a2, b2) => b2.mismatches - a2.mismatches || (a2.name < b2.name ? -1 : 1)),
    skewedExamples,
    worstExamples: worst2
  };
}
function requireColumn3(scan, name) {
  const column = scan.column(name);
  if (column) return column;
  throw new Error(
    scan.columnNames.includes(name) ? `${scan.source}: column "${name}" was not read; add it to the schema` : `${scan.source} has no column "${name}"; it has: ${scan.columnNames.join(", ")}`
  );
}
function differenceOf(a2, b2, tolerance3) {
  if (a2 === null || b2 === null) return Number.POSITIVE_INFINITY;
  const x = typeof a2 === "number" ? a2 : typeof b2 === "number" ? parseNumberCell(a2) : void 0;
  const y = typeof b2 === "number" ? b2 : typeof a2 === "number" ? parseNumberCell(b2) : void 0;
  if (x === void 0 || y === void 0 || x === null || y === null) {
    return a2 === b2 ? 0 : Number.POSITIVE_INFINITY;
  }
  if (Object.is(x, y) || Number.isNaN(x) && Number.isNaN(y)) return 0;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return Number.POSITIVE_INFINITY;
  const difference = Math.abs(x - y);
  return difference <= tolerance3.absolute + tolerance3.relative * Math.max(Math.abs(x), Math.abs(y)) ? 0 : difference;
}
function keepLargest(list, item, keep) {
  if (list.length >= keep && !(item.difference > list[list.length - 1].difference)) return;
  let at = list.length;
  while (at > 0 && item.difference > list[at - 1].difference) at--;
  list.splice(at, 0, item);
  if (list.length > keep) list.pop();
}
function keepMost(list, item, keep) {
  if (list.length >= keep && !(item.columns.length > list[list.length - 1].columns.length)) return;
  let at = list.length;
  while (at > 0 && item.columns.length > list[at - 1].columns.length) at--;
  list.splice(at, 0, item);
  if (list.length > keep) list.pop();
}

// src/checks/train-serve-skew/train-serve-skew-config.ts
var tolerance2 = {
  absolute_tolerance: nonNegative.default(1e-9).describe(
    "Two numbers are equal when they differ by at most absolute_tolerance + relative_tolerance \xD7 the larger magnitude."
  ),
  relative_tolerance: nonNegative.default(1e-6).describe(
    "Two numbers are equal when they differ by at most absolute_tolerance + relative_tolerance \xD7 the larger magnitude."
  )
};
var predictions = external_exports.strictObject({
  training: tableFile.describe("Predictions computed by the training (offline) code."),
  serving: tableFile.describe("Predictions logged by the serving path for the same examples."),
  id_column: external_exports.string().min(1, { error: "name the id column both prediction files carry" }).describe("The example id column in both files."),
  column: external_exports.string().min(1, { error: "name the prediction column, e.g. score" }).describe(
    "The prediction column (the same name in both files, unless serving_column is given)."
  ),
  serving_column: external_exports.string().min(1).optional().describe("The prediction column of the serving file, when it is named differently."),
  ...tolerance2,
  max_mismatch_share: probability.default(0).describe("Fail when more than this share of joined examples disagree (0: any disagreement).")
});
var trainServeSkewConfig = external_exports.strictObject({
  training: referenceData.describe(
    "Training features, or {profile: file} for a committed profile of them (distribution skew only)."
  ),
  serving: tableFile.describe("A sample of the features the serving path computed."),
  schema: repoPath.optional().describe("A Frictionless Table Schema, as for drift."),
  id_column: external_exports.string().min(1).optional().describe(
    "An example id both files carry: each serving example is joined to its training example and every feature value compared."
  ),
  ...tolerance2,
  max_mismatch_share: probability.default(0).describe(
    "Example by example: a feature fails when more than this share of joined examples disagree."
  ),
  max_examples: external_exports.int().min(1).max(100).default(10).describe("Examples and values listed per problem in the report."),
  predictions: predictions.optional().describe("Prediction parity: training-side and serving-side predictions for the same ids."),
  ...driftRulesSchema(defaultSkewRules)
}).refine((config) => config.warn_share <= config.fail_share, {
  error: "warn_share must not exceed fail_share",
  path: ["warn_share"]
}).refine(
  (config) => config.id_column === void 0 || typeof config.training !== "object" || !("profile" in config.training),
  {
    error: "id_column compares examples one by one, which needs the training rows; give training as a data file, or drop id_column",
    path: ["id_column"]
  }
);

// src/checks/train-serve-skew/train-serve-skew.ts
var key17 = "checks.train_serve_skew";
var trainServeSkew = {
  id: "train_serve_skew",
  title: "Training and serving compute the same features and predictions",
  rubric: ["monitor-3"],
  config: trainServeSkewConfig,
  async run(config, { workspace }) {
    const schema = config.schema ? parseTableSchema(await workspace.readText(config.schema, `${key17}.schema`), config.schema) : void 0;
    const rules = rulesFromConfig(config);
    const run = await runDrift(
      await referenceFile(workspace, config.training, `${key17}.training`),
      dataFile(workspace, config.serving, `${key17}.serving`),
      rules,
      schema,
      { keepScans: config.id_column !== void 0, configKey: key17 }
    );
    const figures = [];
    const findings = [];
    const details = [];
    const summary = [];
    const tolerance3 = { absolute: config.absolute_tolerance, relative: config.relative_tolerance };
    if (config.id_column !== void 0) {
      const scans = run.scans;
      const ignored = /* @__PURE__ */ new Set([...rules.ignore, config.id_column]);
      const names2 = run.result.features.filter((f2) => f2.status !== "ignored" && !ignored.has(f2.name)).map((f2) => f2.name).sort();
      const comparison = compareExamples(
        scans.reference,
        scans.current,
        config.id_column,
        names2.map((name) => ({ name, training: name, serving: name })),
        tolerance3,
        config.max_examples
      );
      const part = examplesPart(comparison, config.max_mismatch_share, "values", "feature");
      const differing = comparison.columns.filter((c2) => c2.mismatches > 0).length;
      summary.push(
        `example by example: ${differing} feature(s) differ in ${comparison.skewedExamples} of ${comparison.joined} joined examples`
      );
      figures.push(...part.figures);
      findings.push(...part.findings);
      details.push(...part.details);
    }
    if (config.predictions) {
      const p = config.predictions;
      const servingColumn = p.serving_column ?? p.column;
      const read = async (file, role, column) => {
        const { path, options } = tableFileOptions(file);
        return workspace.scanTable(path, `${key17}.predictions.${role}`, {
          ...options,
          columns: { [p.id_column]: "category", [column]: "number" }
        });
      };
      const training = await read(p.training, "training", p.column);
      const serving = await read(p.serving, "serving", servingColumn);
      for (const [scan, column] of [
        [training, p.column],
        [serving, servingColumn]
      ]) {
        const bad = scan.badCells.filter((cell) => cell.column === column);
        const count = scan.column(column)?.badCount ?? 0;
        if (count > 0) {
          findings.push({
            id: `predictions:${scan.source}:not-numbers`,
            severity: "fail",
            message: `${scan.source}: ${count} prediction(s) in "${column}" are not numbers, e.g. ${bad.slice(0, 3).map((cell) => `${JSON.stringify(cell.value)} (line ${cell.line})`).join(", ")}`,
            location: { path: scan.source, column, ...bad[0]?.line ? { line: bad[0].line } : {} }
          });
        }
      }
      const comparison = compareExamples(
        training,
        serving,
        p.id_column,
        [
          {
            name: p.column === servingColumn ? p.column : `${p.column} / ${servingColumn}`,
            training: p.column,
            serving: servingColumn
          }
        ],
        { absolute: p.absolute_tolerance, relative: p.relative_tolerance },
        config.max_examples
      );
      const part = examplesPart(comparison, p.max_mismatch_share, "predictions", "prediction");
      const parity = comparison.columns[0];
      summary.push(`predictions: ${parity?.mismatches ?? 0} of ${parity?.compared ?? 0} differ`);
      figures.push(...part.figures);
      findings.push(...part.findings);
      details.push(...part.details);
    }
    return driftOutcome(run, {
      noun: "skew",
      extraFigures: figures,
      extraFindings: findings,
      extraDetails: details,
      extraSummary: summary
    });
  }
};
function examplesPart(comparison, maxShare, prefix, noun) {
  const findings = [];
  const { joined } = comparison;
  const label = prefix === "values" ? "feature values" : "predictions";
  if (joined === 0) {
    findings.push({
      id: `${prefix}:no-join`,
      severity: "fail",
      message: `no ${comparison.idColumn} of the serving file matches one of the training file (${comparison.trainingRows} and ${comparison.servingRows} rows): the ${label} cannot be compared; check that both files log the same ids`
    });
  }
  if (comparison.duplicateIds.length > 0) {
    findings.push({
      id: `${prefix}:duplicate-ids`,
      severity: "warn",
      message: `${comparison.idColumn} repeats, so only the first row of each id is compared: ${comparison.duplicateIds.slice(0, 5).map((d2) => `${d2.side} ${JSON.stringify(d2.id)} \xD7${d2.count}`).join(", ")}`
    });
  }
  const failing = comparison.columns.filter((c2) => c2.mismatches > 0 && c2.mismatchShare > maxShare);
  for (const column of failing) {
    findings.push({
      id: prefix === "values" ? `values:${column.name}` : "predictions:parity",
      severity: "fail",
      message: `${column.name}: ${column.mismatches} of ${column.compared} joined examples differ (${percent2(column.mismatchShare)}${column.maxAbsoluteDifference !== null ? `, max |\u0394| ${formatStatistic(column.maxAbsoluteDifference)}` : ""}), e.g. ${column.examples.slice(0, 3).map(describe4(comparison.idColumn)).join("; ")}`
    });
  }
  const skewedColumns = comparison.columns.filter((c2) => c2.mismatches > 0).length;
  const figures = prefix === "values" ? [
    { name: "examples joined by id", value: joined },
    { name: "features with differing values", value: skewedColumns, threshold: "= 0" },
    {
      name: "examples with a differing value",
      value: comparison.skewedExamples,
      threshold: "= 0"
    }
  ] : [
    { name: "predictions compared", value: comparison.columns[0]?.compared ?? 0 },
    {
      name: "predictions that differ",
      value: comparison.columns[0]?.mismatches ?? 0,
      threshold: maxShare === 0 ? "= 0" : `\u2264 ${percent2(maxShare)}`
    }
  ];
  const coverage = `${joined} examples joined on ${comparison.idColumn}; ${comparison.onlyInTraining} only in training, ${comparison.onlyInServing} only in serving.`;
  const details = [
    {
      type: "table",
      title: prefix === "values" ? "Feature values, example by example" : "Prediction parity",
      header: [
        noun === "feature" ? "Feature" : "Prediction",
        "Compared",
        "Differ",
        "Share",
        "Max |\u0394|",
        "Largest differences"
      ],
      rows: comparison.columns.map((c2) => [
        c2.name,
        c2.compared,
        c2.mismatches,
        percent2(c2.mismatchShare),
        c2.maxAbsoluteDifference === null ? "" : formatStatistic(c2.maxAbsoluteDifference),
        c2.examples.slice(0, 3).map(describe4(comparison.idColumn)).join("; ")
      ]),
      note: coverage
    }
  ];
  if (prefix === "values" && comparison.worstExamples.length > 0) {
    details.push({
      type: "list",
      title: "Examples with the most differing features",
      items: comparison.worstExamples.map(
        (e2) => `${comparison.idColumn}=${e2.id}: ${e2.columns.length} feature(s) differ \u2014 ${e2.columns.join(", ")}`
      )
    });
  }
  return { figures, findings, details };
}
function describe4(idColumn) {
  const show = (value) => value === null ? "missing" : typeof value === "number" ? String(value) : JSON.stringify(value);
  return (m) => `${idColumn}=${m.id}: training ${show(m.training)}, serving ${show(m.serving)}`;
}
function percent2(share) {
  return `${Math.round(share * 1e4) / 100}%`;
}

// src/checks/unit-tests/unit-tests-config.ts
var globs = (example) => external_exports.array(external_exports.string().min(1), { error: `expected a list of path globs, e.g. [${example}]` }).min(1, { error: `list at least one path glob, e.g. [${example}]` });
var area = (codeExample, testExample) => external_exports.strictObject({
  code: globs(codeExample).describe("The code under test (globs)."),
  tests: globs(testExample).describe(
    "The tests for it (globs over test file paths; pytest class names count as their module file)."
  ),
  minimum_tests: external_exports.int().min(1).default(1).describe("At least this many of those tests must have run (passed or failed, not skipped)."),
  minimum_coverage: probability.optional().describe("Line coverage of `code` required, 0\u20131; overrides the check's minimum_coverage.")
});
var unitTestsConfig = external_exports.strictObject({
  junit: external_exports.array(repoPath).min(1, { error: "list the JUnit XML report(s), e.g. [reports/junit.xml]" }).describe("JUnit XML reports written earlier in the workflow."),
  coverage: external_exports.array(repoPath).default([]).describe("Coverage reports: lcov, Cobertura XML or JaCoCo XML (detected from the content)."),
  minimum_coverage: probability.optional().describe("Line coverage required of each area's code, 0\u20131."),
  model_spec: area("src/model/**", "tests/test_model*.py").describe(
    "Infra 2: the model spec (architecture, training step, checkpointing)."
  ),
  feature_code: area("src/features/**", "tests/test_features*.py").describe(
    "Data 7: the feature code (training and serving)."
  ),
  max_examples: external_exports.int().min(1).max(100).default(20).describe("How many failing tests to name.")
}).refine(
  (config) => config.coverage.length > 0 || config.minimum_coverage === void 0 && config.model_spec.minimum_coverage === void 0 && config.feature_code.minimum_coverage === void 0,
  {
    error: "a minimum_coverage needs a coverage report: list it under `coverage`, e.g. [coverage.xml]"
  }
);

// src/checks/unit-tests/unit-tests.ts
var key18 = "checks.unit_tests";
var areas = [
  ["model_spec", "model spec"],
  ["feature_code", "feature code"]
];
var unitTests = {
  id: "unit_tests",
  title: "Model specs and feature code are unit tested",
  rubric: ["infra-2", "data-7"],
  config: unitTestsConfig,
  async run(config, { workspace }) {
    const cases = await readJunitReports(workspace, config.junit, `${key18}.junit`);
    const coverage = config.coverage.length > 0 ? await readCoverageReports(workspace, config.coverage, `${key18}.coverage`) : [];
    const tracked = await workspace.listTrackedFiles().catch(() => void 0);
    const findings = failedTestFindings(cases, config.max_examples);
    const figures = [
      { name: "tests run", value: cases.filter((c2) => c2.status !== "skipped").length },
      {
        name: "tests failed",
        value: cases.filter((c2) => c2.status === "failed" || c2.status === "errored").length,
        threshold: "= 0"
      }
    ];
    const rows = [];
    const unimported = [];
    for (const [id, label] of areas) {
      const area2 = config[id];
      const selected = selectTests(cases, area2.tests.map(globToRegExp), workspace.root);
      const ran = selected.filter((c2) => c2.status !== "skipped");
      const failed = selected.filter((c2) => c2.status === "failed" || c2.status === "errored");
      if (ran.length < area2.minimum_tests) {
        findings.push({
          id: `${id}:tests`,
          severity: "fail",
          message: `${ran.length} ${label} test${ran.length === 1 ? "" : "s"} ran (matching ${area2.tests.join(", ")}); at least ${area2.minimum_tests} must. ${seenFiles(cases)}`
        });
      }
      const codeGlobs = area2.code.map(globToRegExp);
      const files = coverage.filter((file) => matchesAny(codeGlobs, file.path));
      const found = files.reduce((sum, file) => sum + file.linesFound, 0);
      const hit = files.reduce((sum, file) => sum + file.linesHit, 0);
      const ratio = found === 0 ? null : hit / found;
      const minimum = area2.minimum_coverage ?? config.minimum_coverage;
      if (config.coverage.length > 0) {
        if (files.length === 0) {
          findings.push({
            id: `${id}:coverage:no-report`,
            severity: "fail",
            message: `no coverage report names a file under ${area2.code.join(", ")}; ${seenCoverage(coverage)}`
          });
        } else if (minimum !== void 0 && ratio !== null && ratio < minimum) {
          findings.push({
            id: `${id}:coverage`,
            severity: "fail",
            message: `${label} line coverage is ${percent3(ratio)} (${hit} of ${found} lines), below the minimum ${percent3(minimum)}`
          });
        }
        for (const file of notInCoverage(tracked, codeGlobs, coverage, files)) {
          unimported.push(file);
          findings.push({
            id: `not-covered:${file}`,
            severity: "warn",
            message: `${file} is ${label} but no coverage report mentions it: no test imported it`,
            location: { path: file }
          });
        }
      }
      figures.push({
        name: `${label} coverage`,
        value: ratio === null ? null : Number(ratio.toFixed(4)),
        ...minimum !== void 0 ? { threshold: `\u2265 ${minimum}` } : {}
      });
      rows.push([
        label,
        `${ran.length - failed.length} passed, ${failed.length} failed, ${selected.length - ran.length} skipped`,
        ratio === null ? "\u2014" : `${percent3(ratio)} (${hit}/${found} lines, ${files.length} files)`,
        minimum === void 0 ? "\u2014" : percent3(minimum)
      ]);
    }
    const details = [
      {
        type: "table",
        title: "Areas",
        header: ["Area", "Tests", "Line coverage", "Minimum"],
        rows
      }
    ];
    const failing = cases.filter((c2) => c2.status === "failed" || c2.status === "errored");
    if (failing.length > 0) {
      details.push({
        type: "table",
        title: "Failing tests",
        header: ["Test", "Report", "Message"],
        rows: failing.slice(0, config.max_examples).map((c2) => [testLabel(c2), `${c2.report}:${c2.line}`, c2.message ?? ""]),
        ...failing.length > config.max_examples ? { note: `${failing.length - config.max_examples} more not shown` } : {}
      });
    }
    const skipped = cases.filter((c2) => c2.status === "skipped");
    if (skipped.length > 0) {
      details.push({
        type: "list",
        title: "Skipped tests",
        items: skipped.slice(0, config.max_examples).map((c2) => `${testLabel(c2)}${c2.message ? ` (${c2.message})` : ""}`)
      });
    }
    const areaFailures = findings.filter(
      (f2) => f2.severity === "fail" && !f2.id.startsWith("test:")
    ).length;
    const summary = `${cases.length} tests in ${config.junit.length} report${config.junit.length === 1 ? "" : "s"}: ${cases.filter((c2) => c2.status === "passed").length} passed, ${failing.length} failed, ${skipped.length} skipped` + (areaFailures > 0 ? `; ${areaFailures} area requirement${areaFailures === 1 ? "" : "s"} unmet` : "") + (unimported.length > 0 ? `; ${unimported.length} source file${unimported.length === 1 ? "" : "s"} never imported by tests` : "");
    return { kind: "ran", summary, figures, findings, details };
  }
};
function notInCoverage(tracked, codeGlobs, coverage, areaFiles) {
  if (!tracked || areaFiles.length === 0) return [];
  const extensions = new Set(areaFiles.map((file) => extension(file.path)));
  return tracked.filter(
    (file) => matchesAny(codeGlobs, file) && extensions.has(extension(file)) && !coverage.some((covered) => covered.path === file || covered.path.endsWith(`/${file}`))
  );
}
function extension(path) {
  const dot = path.lastIndexOf(".");
  return dot > path.lastIndexOf("/") ? path.slice(dot) : "";
}
function seenFiles(cases) {
  const files = [...new Set(cases.map((c2) => c2.file ?? c2.classname).filter(Boolean))].slice(0, 5);
  return files.length === 0 ? "The reports hold no test cases." : `The reports name: ${files.join(", ")}.`;
}
function seenCoverage(coverage) {
  const files = coverage.slice(0, 5).map((file) => file.path);
  return files.length === 0 ? "the coverage reports are empty" : `they name e.g. ${files.join(", ")}`;
}
function percent3(ratio) {
  return `${(ratio * 100).toFixed(1)}%`;
}

// src/checks/check-registry.ts
var checkRegistry = {
  numerical_stability: numericalStability,
  model_quality: modelQuality,
  baseline_comparison: baselineComparison,
  slices,
  fairness,
  staleness,
  offline_online_correlation: offlineOnlineCorrelation,
  hyperparameter_tuning: hyperparameterTuning,
  schema_validation: schemaValidation,
  feature_policy: featurePolicy,
  pii_scan: piiScan,
  drift,
  train_serve_skew: trainServeSkew,
  feature_association: featureAssociation,
  reproducibility,
  unit_tests: unitTests,
  integration_test: integrationTest,
  debuggability,
  canary,
  rollback,
  spec_review: specReview,
  dependency_changes: dependencyChanges,
  compute_performance: computePerformance
};

// src/config/instance-name.ts
var instanceNamePattern = /^[A-Za-z0-9_-]+$/;
var instanceName = external_exports.string({ error: "an instance in a list needs a name" }).regex(instanceNamePattern, {
  error: "an instance name uses only letters, digits, `-` and `_`"
}).describe(
  "The instance, unique within the check (letters, digits, `-` and `_`); results, findings and waivers address it as `<check>[<name>]`."
).meta({ examples: ["serving-eu"] });

// src/config/checks-schema.ts
function checkEntry(check) {
  const instances = external_exports.array(named(check.config)).min(1, { error: "an empty list configures nothing" }).superRefine((list, context) => duplicateNames(list, context));
  return external_exports.union([check.config, instances]).optional().describe(`${check.title}; one configuration, or a list of named instances of it.`);
}
function named(config) {
  if (config instanceof external_exports.ZodObject) {
    if ("name" in config.shape)
      throw new Error("`name` names an instance: a check has no key `name`");
    return config.safeExtend({ name: instanceName });
  }
  if (config instanceof external_exports.ZodUnion) {
    const options = config.options;
    return external_exports.union(options.map(named));
  }
  if (config instanceof external_exports.ZodPipe) {
    return named(config.in).pipe(
      named(config.out)
    );
  }
  throw new Error("a check is configured by an object, a union of objects, or a pipe of them");
}
function duplicateNames(list, context) {
  const seen = /* @__PURE__ */ new Map();
  list.forEach(({ name }, i) => {
    const first = seen.get(name);
    if (first === void 0) {
      seen.set(name, i);
      return;
    }
    context.addIssue({
      code: "custom",
      path: [i, "name"],
      message: `the name "${name}" is already used by entry ${first + 1} of the list`,
      params: {
        fix: `give each instance its own name, e.g. \`name: ${name}-2\`; findings and waivers address an instance by it`
      }
    });
  });
}
var shape = Object.fromEntries(
  Object.entries(checkRegistry).map(([id, check]) => [id, checkEntry(check)])
);
var checksSchema = external_exports.strictObject(shape);

// src/model/instance-key.ts
function instanceKey(check, instance) {
  return instance === void 0 ? check : `${check}[${instance}]`;
}
function resultKey(result2) {
  return instanceKey(result2.id, result2.instance);
}

// src/config/waiver-target.ts
function waiverTarget(text) {
  const match = /^([^[\]]+)\[([^[\]]*)\]$/.exec(text);
  return match ? { check: match[1], instance: match[2] } : { check: text };
}
function waiverCovers(text, check, instance) {
  const target = waiverTarget(text);
  return target.check === check && (target.instance === void 0 || target.instance === instance);
}
function waiverTargetProblem(text, configured) {
  const { check, instance } = waiverTarget(text);
  if (!configured.has(check)) {
    const suggestion2 = didYouMean(check, [...configured.keys()]);
    return {
      message: `"${check}" is not a configured check`,
      fix: suggestion2 ? `did you mean \`${suggestion2}\`?` : `waive one of: ${[...configured.keys()].join(", ") || "(none configured)"}`
    };
  }
  if (instance === void 0) return void 0;
  const names2 = configured.get(check);
  if (names2 === void 0) {
    return {
      message: `\`${check}\` is configured once, without instances, so it has no instance "${instance}"`,
      fix: `write \`check: ${check}\``
    };
  }
  if (names2.includes(instance)) return void 0;
  const suggestion = didYouMean(instance, names2);
  return {
    message: `\`${check}\` has no instance "${instance}"`,
    fix: suggestion ? `did you mean \`${instanceKey(check, suggestion)}\`?` : `waive one of: ${names2.map((name) => instanceKey(check, name)).join(", ")}, or \`${check}\` for all of them`
  };
}

// src/config/config-schema.ts
var sectionScore = external_exports.number({ error: "expected a score between 0 and 7 in steps of 0.5" }).min(0, { error: "a score is at least 0" }).max(7, { error: "a section has 7 tests, so at most 7" }).multipleOf(0.5, { error: "scores move in steps of 0.5, e.g. 1.5" });
var rubricTestIdPattern = /^(data|model|infra|monitor)-[1-7]$/;
var attestation = external_exports.union(
  [
    external_exports.strictObject({
      evidence: repoPath.describe(
        "A file in the repository that documents the manual test and its result."
      ),
      reviewed: calendarDate.meta({ examples: ["2026-01-15"] }).optional().describe(
        "When the evidence was last reviewed; checked against gate.attestation_max_age_days."
      ),
      note: external_exports.string().optional()
    }).meta({ examples: [{ evidence: "docs/tests/data-3.md", reviewed: "2026-01-15" }] }),
    external_exports.strictObject({
      not_applicable: external_exports.string().min(1, { error: "say why the test does not apply" }).describe("Why this rubric test does not apply to this system. Scores 0, shown as N/A.")
    }).meta({ examples: [{ not_applicable: "the model serves no online traffic" }] })
  ],
  {
    error: "an attestation is either {evidence: <file>, reviewed?: YYYY-MM-DD} or {not_applicable: <reason>}"
  }
);
var waiver = external_exports.strictObject({
  check: external_exports.string().min(1, { error: "name the check id, e.g. numerical_stability" }).describe(
    "The check id, as under `checks:`; `<check>[<name>]` for one instance of a check configured as a list (a plain id covers all its instances)."
  ).meta({ examples: ["numerical_stability", "drift[serving-eu]"] }),
  finding: external_exports.string().min(1).optional().describe("One finding of that check, e.g. `feature:age`; omit to waive the whole check."),
  reason: external_exports.string().min(1, { error: "say why the finding is acceptable" }).describe("Why the finding is acceptable until the waiver expires.").meta({ examples: ["known label noise, fixed by the next data release"] }),
  owner: external_exports.string().min(1, { error: 'name who owns this waiver, e.g. "@alice"' }).describe("Who answers for this waiver.").meta({ examples: ["@ml-team"] }),
  expires: calendarDate.describe("The day after which the waiver no longer applies.").meta({ examples: ["2026-12-31"] })
});
var configSchema = external_exports.strictObject({
  version: external_exports.literal(1, { error: "the config format version is 1" }).default(1),
  gate: external_exports.strictObject({
    minimum_score: sectionScore.default(0).describe(
      "Blocks the merge when the final ML Test Score (minimum over sections) is below this."
    ),
    minimum_section_scores: external_exports.strictObject(
      Object.fromEntries(sections.map((s) => [s, sectionScore.default(0)]))
    ).prefault({}).describe("Blocks the merge when a section's score is below its minimum."),
    block_on_warn: external_exports.boolean().default(false).describe("Treat a check that ends `warn` as blocking."),
    attestation_max_age_days: nonNegative.optional().describe("An attestation whose `reviewed` date is older than this scores 0.")
  }).prefault({}),
  checks: checksSchema.default({}),
  attestations: external_exports.record(
    external_exports.string().regex(rubricTestIdPattern, {
      error: "attestations are keyed by rubric test id: data-1 \u2026 data-7, model-1 \u2026, infra-1 \u2026, monitor-1 \u2026"
    }).meta({ examples: ["data-1"] }),
    attestation
  ).default({}).describe(
    "Manual tests (0.5 points each) and tests declared not applicable, keyed by rubric id."
  ),
  waivers: external_exports.array(waiver).default([])
}).superRefine((config, context) => {
  const configured = Object.keys(config.checks);
  if (configured.length === 0) {
    context.addIssue({
      code: "custom",
      path: ["checks"],
      message: "no check is configured, so the gate would pass without testing anything",
      params: { fix: "add at least one under `checks:` (see the README config reference)" }
    });
  }
  const instances = configuredInstances(config.checks);
  config.waivers.forEach((w, i) => {
    const problem = waiverTargetProblem(w.check, instances);
    if (problem !== void 0) {
      context.addIssue({
        code: "custom",
        path: ["waivers", i, "check"],
        message: problem.message,
        params: { fix: problem.fix }
      });
    }
  });
});

// src/config/describe-value.ts
var kinds = {
  string: "a string",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object (key: value pairs)",
  record: "an object (key: value pairs)",
  null: "an empty value",
  enum: "one of the allowed values",
  literal: "the one allowed value"
};
function describeKind(expected) {
  return kinds[expected] ?? `a value of type ${expected}`;
}
function describeValue(value) {
  if (value === null || value === void 0) return "an empty value";
  if (Array.isArray(value)) {
    if (value.length === 0) return "an empty list";
    return value.length === 1 ? "a list of 1 entry" : `a list of ${value.length} entries`;
  }
  switch (typeof value) {
    case "number":
      return `the number ${value}`;
    case "boolean":
      return `\`${value}\``;
    case "string":
      return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}\u2026` : value)}`;
    case "object":
      return "an object";
    default:
      return `a ${typeof value}`;
  }
}

// src/config/schema-at-path.ts
function defOf(schema) {
  return schema._zod.def;
}
var wrappers = /* @__PURE__ */ new Set(["optional", "default", "nullable", "prefault", "readonly", "catch"]);
function unwrap(schema) {
  const def = defOf(schema);
  if (wrappers.has(def.type) && def.innerType) return unwrap(def.innerType);
  if (def.type === "pipe" && def.in) return unwrap(def.in);
  return schema;
}
function layersOf(schema) {
  const def = defOf(schema);
  const inner = wrappers.has(def.type) ? def.innerType : def.type === "pipe" ? def.in : void 0;
  return inner ? [schema, ...layersOf(inner)] : [schema];
}
function alternativesOf(schema) {
  const base = unwrap(schema);
  const def = defOf(base);
  return def.type === "union" && def.options ? def.options.flatMap(alternativesOf) : [base];
}
function schemasAt(schema, path) {
  if (path.length === 0) return [schema];
  const [step, ...rest] = path;
  return alternativesOf(schema).flatMap((option) => {
    const def = defOf(option);
    switch (def.type) {
      case "object": {
        const child = def.shape?.[String(step)];
        return child ? schemasAt(child, rest) : [];
      }
      case "record":
        return def.valueType ? schemasAt(def.valueType, rest) : [];
      case "array":
        return def.element ? schemasAt(def.element, rest) : [];
      default:
        return [];
    }
  });
}

// src/config/schema-example.ts
function exampleOf(schema, kind2) {
  for (const layer of layersOf(schema)) {
    const declared = declaredExample(layer, kind2);
    if (declared !== void 0) return declared;
  }
  const base = unwrap(schema);
  const def = defOf(base);
  switch (def.type) {
    case "literal":
    case "enum":
      return allowedValues(base).find((value) => fits(value, kind2));
    case "union":
      return alternativesOf(base).map((option) => exampleOf(option, kind2)).find((example) => example !== void 0);
    case "object":
      return kind2 === void 0 || kind2 === "object" ? objectExample(def.shape ?? {}) : void 0;
    case "array": {
      if (kind2 !== void 0 && kind2 !== "array") return void 0;
      const element = def.element && exampleOf(def.element);
      return element === void 0 ? void 0 : [element];
    }
    default:
      return void 0;
  }
}
function allowedValues(schema) {
  const def = defOf(unwrap(schema));
  if (def.type === "literal") return def.values ?? [];
  return def.type === "enum" ? Object.values(def.entries ?? {}) : [];
}
function descriptionOf(schema) {
  const description = layersOf(schema).map((layer) => external_exports.globalRegistry.get(layer)?.description).find((text) => text !== void 0);
  const sentence = description?.split(/(?<=\.)\s/)[0]?.replace(/\.$/, "");
  return sentence && /^[A-Z][a-z]/.test(sentence) ? sentence[0].toLowerCase() + sentence.slice(1) : sentence;
}
function declaredExample(layer, kind2) {
  const examples = external_exports.globalRegistry.get(layer)?.examples;
  const fitting = Array.isArray(examples) ? examples.find((e2) => fits(e2, kind2)) : void 0;
  if (fitting !== void 0) return fitting;
  const def = defOf(layer);
  if (def.type !== "default" && def.type !== "prefault") return void 0;
  const value = def.defaultValue;
  const empty = typeof value === "object" && value !== null && Object.keys(value).length === 0;
  return !empty && fits(value, kind2) ? value : void 0;
}
function objectExample(shape2) {
  const example = {};
  for (const [key19, child] of Object.entries(shape2)) {
    if (child._zod.optin !== void 0) continue;
    const value = exampleOf(child);
    if (value === void 0) return void 0;
    example[key19] = value;
  }
  return Object.keys(example).length > 0 ? example : void 0;
}
function fits(value, kind2) {
  if (value === void 0) return false;
  switch (kind2) {
    case void 0:
      return true;
    case "array":
      return Array.isArray(value);
    case "object":
    case "record":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    case "int":
      return Number.isInteger(value);
    default:
      return typeof value === kind2;
  }
}

// src/config/issue-site.ts
function siteExample(site, kind2) {
  return site.schemas.map((schema) => exampleOf(schema, kind2)).find((e2) => e2 !== void 0);
}

// src/config/yaml-snippet.ts
var import_yaml7 = __toESM(require_dist(), 1);
function yamlValue(value) {
  return (0, import_yaml7.stringify)(value, {
    collectionStyle: "flow",
    flowCollectionPadding: false,
    lineWidth: 0
  }).trimEnd();
}
function yamlEntry(path, value) {
  const last = path.at(-1);
  if (last === void 0) return yamlValue(value);
  return typeof last === "number" ? `- ${yamlValue(value)}` : `${String(last)}: ${yamlValue(value)}`;
}

// src/config/explain-bound.ts
function explainBound(issue, site) {
  if (issue.code === "not_multiple_of") return offStep(issue);
  const small = issue.code === "too_small";
  const bound = Number(small ? issue.minimum : issue.maximum);
  switch (issue.origin) {
    case "number":
    case "int":
    case "bigint": {
      const strict = issue.inclusive === false;
      const sign = small ? strict ? ">" : "\u2265" : strict ? "<" : "\u2264";
      const what = `${issue.origin === "number" ? "a number" : "a whole number"} ${sign} ${bound}`;
      return {
        message: issue.message || `expected ${what}, got ${describeValue(issue.input)}`,
        fix: `use ${what}`
      };
    }
    case "string":
      return sized(issue, site, bound, "character");
    case "array":
    case "set":
      return sized(issue, site, bound, "entry");
    default:
      return {
        message: issue.message || `expected ${small ? "at least" : "at most"} ${bound}`,
        fix: `use ${small ? "at least" : "at most"} ${bound}`
      };
  }
}
function sized(issue, site, bound, unit) {
  const count = (n) => `${n} ${n === 1 ? unit : unit === "entry" ? "entries" : "characters"}`;
  const kind2 = unit === "entry" ? "array" : "string";
  const example = siteExample(site, kind2);
  const eg = example === void 0 ? "" : `, e.g. \`${yamlEntry(site.path, example)}\``;
  if (issue.code === "too_small" && bound === 1 && !issue.exact) {
    const empty = unit === "entry" ? "the list is empty" : "the string is empty";
    return {
      message: issue.message || empty,
      fix: `${unit === "entry" ? "list at least one entry" : "fill it in"}${eg}`
    };
  }
  const limit = issue.exact ? "exactly" : issue.code === "too_small" ? "at least" : "at most";
  return {
    message: issue.message || `expected ${limit} ${count(bound)}, got ${describeValue(issue.input)}`,
    fix: `give ${limit} ${count(bound)}${eg}`
  };
}
function offStep(issue) {
  const { divisor, input } = issue;
  const message = issue.message || `expected a multiple of ${divisor}, got ${describeValue(input)}`;
  if (typeof input !== "number") return { message, fix: `use a multiple of ${divisor}` };
  const step = (k) => Number((k * divisor).toPrecision(12));
  const below = step(Math.floor(input / divisor));
  return {
    message,
    fix: `use a multiple of ${divisor}, e.g. ${below} or ${step(Math.floor(input / divisor) + 1)}`
  };
}

// src/config/explain-issue.ts
function explainIssue(issue, site) {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === void 0 ? required(issue.message, site) : wrongType(issue, site);
    case "invalid_value":
      return issue.input === void 0 ? required(issue.message, site) : notAllowed(issue, site);
    case "invalid_union":
      return issue.input === void 0 ? required(issue.message, site) : noAlternative(issue, site);
    case "too_small":
    case "too_big":
    case "not_multiple_of":
      return explainBound(issue, site);
    case "invalid_format":
      return badFormat(issue, site);
    case "custom": {
      const fix = issue.params?.fix;
      if (typeof fix === "string") return { message: issue.message, fix };
      const example = siteExample(site, Array.isArray(issue.input) ? "array" : "object");
      return typeof example === "object" && example !== null ? { message: issue.message, fix: `e.g. \`${yamlEntry(site.path, example)}\`` } : { message: issue.message };
    }
    default:
      return { message: issue.message || "not valid here" };
  }
}
function required(message, site) {
  const key19 = site.path.at(-1);
  const description = site.schemas.map(descriptionOf).find((text) => text !== void 0);
  const allowed = site.schemas.flatMap(allowedValues);
  const example = siteExample(site);
  const what = allowed.length > 1 ? `, one of ${allowed.map(yamlValue).join(", ")}` : example !== void 0 ? `, e.g. \`${yamlEntry(site.path, example)}\`` : `, as ${kindsAt(site).join(" or ")}`;
  const add = `add ${typeof key19 === "string" ? `\`${key19}\`` : "it"}${description ? `: ${description}` : ""}${what}`;
  return message ? { message, fix: `it is required: ${add}` } : { message: "required, but missing", fix: add };
}
function kindsAt(site) {
  const options = site.schemas.flatMap(alternativesOf);
  return [...new Set(options.map((option) => describeKind(defOf(option).type)))];
}
function wrongType(issue, site) {
  const { path } = site;
  const message = issue.message || `expected ${describeKind(issue.expected)}, got ${describeValue(issue.input)}`;
  const example = converted(issue.input, issue.expected) ?? siteExample(site, issue.expected);
  return {
    message,
    fix: example === void 0 ? `write ${describeKind(issue.expected)}` : `write it like \`${yamlEntry(path, example)}\``
  };
}
var yamlBooleans = { true: true, false: false, yes: true, no: false };
function converted(input, expected) {
  switch (expected) {
    case "string":
      return typeof input === "number" || typeof input === "boolean" ? String(input) : void 0;
    case "number":
    case "int": {
      const text = typeof input === "string" && input.trim() !== "" ? Number(input) : Number.NaN;
      const number = typeof input === "number" ? Math.round(input) : text;
      const fits2 = expected === "int" ? Number.isInteger(number) : Number.isFinite(number);
      return fits2 ? number : void 0;
    }
    case "boolean":
      return typeof input === "string" ? yamlBooleans[input.toLowerCase()] : void 0;
    case "array":
      return input === null ? void 0 : [input];
    default:
      return void 0;
  }
}
function notAllowed(issue, site) {
  const shown = issue.values.map((value) => yamlValue(value));
  const got = describeValue(issue.input);
  if (issue.values.length === 1) {
    return {
      message: issue.message || `expected ${shown[0]}, got ${got}`,
      fix: `write \`${yamlEntry(site.path, issue.values[0])}\``
    };
  }
  const names2 = issue.values.filter((value) => typeof value === "string");
  const suggestion = typeof issue.input === "string" ? didYouMean(issue.input, names2) : void 0;
  return {
    message: issue.message || `expected one of ${shown.join(", ")}, got ${got}`,
    fix: suggestion ? `did you mean \`${suggestion}\`? (allowed: ${shown.join(", ")})` : `use one of: ${shown.join(", ")}`
  };
}
function noAlternative(issue, site) {
  const options = site.schemas.flatMap(alternativesOf);
  const kinds2 = kindsAt(site);
  const examples = options.map((option) => exampleOf(option)).filter((example) => example !== void 0).map((example) => `\`${yamlEntry(site.path, example)}\``);
  return {
    message: issue.message || `expected ${kinds2.join(" or ")}, got ${describeValue(issue.input)}`,
    fix: examples.length > 0 ? `write it like ${[...new Set(examples)].join(" or ")}` : `write ${kinds2.join(" or ")}`
  };
}
function badFormat(issue, site) {
  const expected = formatInWords(issue);
  const example = siteExample(site, "string");
  return {
    message: issue.message || `expected ${expected}, got ${describeValue(issue.input)}`,
    fix: example === void 0 ? `write ${expected}` : `write it like \`${yamlEntry(site.path, example)}\``
  };
}
function formatInWords(issue) {
  const part = (name) => JSON.stringify(issue[name]);
  switch (issue.format) {
    case "regex":
      return `a string matching ${issue.pattern}`;
    case "starts_with":
      return `a string starting with ${part("prefix")}`;
    case "ends_with":
      return `a string ending with ${part("suffix")}`;
    case "includes":
      return `a string containing ${part("includes")}`;
    default:
      return `a valid ${issue.format}`;
  }
}

// src/config/schema-keys.ts
function knownKeysAt(schema, path) {
  const keys = /* @__PURE__ */ new Set();
  for (const option of schemasAt(schema, path).flatMap(alternativesOf)) {
    for (const key19 of Object.keys(defOf(option).shape ?? {})) keys.add(key19);
  }
  return [...keys];
}

// src/config/config-issues.ts
function configIssues(issues, schema, locate) {
  const describe5 = (issue, prefix) => {
    const path = [...prefix, ...issue.path];
    switch (issue.code) {
      case "unrecognized_keys": {
        const known = knownKeysAt(schema, path);
        return issue.keys.map((key19) => ({ ...locate([...path, key19]), ...unknownKey(key19, known) }));
      }
      case "invalid_union": {
        const closest = closestBranch(issue);
        if (closest) return closest.flatMap((nested) => describe5(nested, path));
        break;
      }
      case "invalid_key": {
        const keys = schemasAt(schema, path.slice(0, -1)).flatMap(recordKeys);
        const key19 = String(path.at(-1));
        return issue.issues.map((nested) => ({ ...locate(path), ...badKey(nested, key19, keys) }));
      }
      case "invalid_element":
        return issue.issues.flatMap((nested) => describe5(nested, path));
    }
    return [
      { ...locate(path), ...explainIssue(issue, { path, schemas: schemasAt(schema, path) }) }
    ];
  };
  return issues.flatMap((issue) => describe5(issue, []));
}
function unknownKey(key19, known) {
  const suggestion = didYouMean(key19, known);
  const fix = suggestion ? `did you mean \`${suggestion}\`?` : known.length > 0 ? `known keys here: ${known.join(", ")}` : "remove it";
  return { message: "unknown key", fix };
}
function closestBranch(issue) {
  const [first, second] = issue.errors.filter((branch) => branch.length > 0).sort((a2, b2) => depth(b2) - depth(a2));
  if (!first || depth(first) === 0) return void 0;
  return second && depth(second) === depth(first) ? void 0 : first;
}
function depth(issues) {
  return Math.max(
    ...issues.map(
      (issue) => issue.path.length === 0 && issue.code === "invalid_type" ? 0 : issue.path.length + 1
    )
  );
}
function recordKeys(schema) {
  return alternativesOf(schema).flatMap((option) => {
    const { type, keyType } = defOf(option);
    return type === "record" && keyType ? [keyType] : [];
  });
}
function badKey(nested, key19, keySchemas) {
  const message = nested.message || `${JSON.stringify(key19)} is not a key this accepts`;
  const allowed = keySchemas.flatMap(allowedValues).filter((v) => typeof v === "string");
  if (allowed.length > 0) {
    const suggestion = didYouMean(key19, allowed);
    const list = allowed.map(yamlValue).join(", ");
    return { message, fix: suggestion ? `did you mean \`${suggestion}\`?` : `use one of: ${list}` };
  }
  const example = keySchemas.map((s) => exampleOf(s, "string")).find((e2) => e2 !== void 0);
  const pattern2 = nested.code === "invalid_format" ? nested.pattern : void 0;
  const fix = example !== void 0 ? `rename it to a key like \`${String(example)}\`` : pattern2 ? `rename it to match ${pattern2}` : "rename it";
  return { message, fix };
}

// src/config/read-config-yaml.ts
var import_yaml10 = __toESM(require_dist(), 1);

// src/config/yaml-aliases.ts
var import_yaml8 = __toESM(require_dist(), 1);
var maxAliasCount = 100;
function documentData(document, lineCounter) {
  try {
    return { ok: true, data: document.toJS({ maxAliasCount }) };
  } catch (error) {
    if (error instanceof ReferenceError)
      return { ok: false, problem: aliasProblem(document, lineCounter) };
    return { ok: false, problem: { message: `YAML: ${errorMessage(error)}` } };
  }
}
function aliasProblem(document, lineCounter) {
  const lineOf = (alias) => alias?.range ? { line: lineCounter.linePos(alias.range[0]).line } : {};
  const { aliases, holdingAliases } = aliasMap(document);
  const unresolved = aliases.find(({ target }) => target === void 0)?.alias;
  if (unresolved) {
    const name = unresolved.source;
    return {
      ...lineOf(unresolved),
      message: `YAML alias \`*${name}\` has no anchor \`&${name}\` before it`,
      fix: `mark the value it repeats with \`&${name}\`, above this line`
    };
  }
  const multiplying = aliases.find(({ target }) => target && holdingAliases.has(target));
  return {
    ...lineOf(multiplying?.alias ?? aliases[0]?.alias),
    message: `YAML aliases expand to more than ${maxAliasCount} copies, the pattern of an alias bomb`,
    fix: "write the values out: mlgate.yml needs few aliases, and no alias of a value with aliases in it"
  };
}
function aliasMap(document) {
  const anchors = /* @__PURE__ */ new Map();
  const aliases = [];
  const holdingAliases = /* @__PURE__ */ new Set();
  (0, import_yaml8.visit)(document, {
    Node: (_key, node, path) => {
      if ((0, import_yaml8.isAlias)(node)) {
        aliases.push({ alias: node, target: anchors.get(node.source) });
        for (const outer of path) if ((0, import_yaml8.isNode)(outer) && outer.anchor) holdingAliases.add(outer);
      } else if (node.anchor) {
        anchors.set(node.anchor, node);
      }
    }
  });
  return { aliases, holdingAliases };
}

// src/config/yaml-nesting.ts
var import_yaml9 = __toESM(require_dist(), 1);
function tooDeepLine(text, maxDepth) {
  const parser = new import_yaml9.Parser();
  for (const lexeme of new import_yaml9.Lexer().lex(text)) {
    for (const _document of parser.next(lexeme)) ;
    if (parser.stack.filter((token) => import_yaml9.CST.isCollection(token)).length > maxDepth) {
      return text.slice(0, parser.offset).split("\n").length;
    }
  }
  return void 0;
}

// src/config/yaml-syntax-fixes.ts
var fixes = {
  DUPLICATE_KEY: "keep one of the two: a key appears once in a mapping",
  TAB_AS_INDENT: "indent with spaces",
  BAD_INDENT: "line up the keys of one mapping at the same column, and close every bracket",
  BAD_SCALAR_START: 'quote the value, e.g. `owner: "@alice"`',
  BLOCK_AS_IMPLICIT_KEY: 'quote a value that contains ": ", or put the nested key on its own line',
  MULTILINE_IMPLICIT_KEY: "write each key and its colon on one line",
  MISSING_CHAR: "add the missing character, e.g. the closing quote or bracket",
  BAD_DQ_ESCAPE: "in double quotes write a backslash as \\\\, or use single quotes",
  MULTIPLE_DOCS: "keep one document: remove the `---` line and merge what follows it"
};
function yamlSyntaxError(code2, message) {
  const text = code2 === "MULTIPLE_DOCS" ? "the file holds more than one YAML document" : message.split("\n")[0];
  const fix = fixes[code2];
  return { message: `YAML syntax: ${text}`, ...fix ? { fix } : {} };
}

// src/config/read-config-yaml.ts
var maxConfigBytes = 2 ** 20;
var maxConfigDepth = 32;
function readConfigYaml(text) {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > maxConfigBytes) {
    const mib = (n) => Math.ceil(n / 2 ** 20 * 10) / 10;
    return refuse({
      message: `the file is ${mib(bytes)} MiB, over the limit of ${mib(maxConfigBytes)} MiB`,
      fix: "mlgate.yml is meant to be small (a few kB): keep data, schemas and long lists in the files it points to"
    });
  }
  const deepLine = tooDeepLine(text, maxConfigDepth);
  if (deepLine !== void 0) {
    return refuse({
      line: deepLine,
      message: `nested more than ${maxConfigDepth} levels deep`,
      fix: "mlgate.yml nests a few levels at most: look for unclosed brackets or runaway indentation"
    });
  }
  const lineCounter = new import_yaml10.LineCounter();
  const document = (0, import_yaml10.parseDocument)(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => ({
        line: lineCounter.linePos(error.pos[0]).line,
        ...yamlSyntaxError(error.code, error.message)
      }))
    };
  }
  const data = documentData(document, lineCounter);
  if (!data.ok) return refuse(data.problem);
  if (data.data === null || data.data === void 0) {
    return refuse({ message: "the file is empty", fix: "start from the example in the README" });
  }
  return { ok: true, document, lineCounter, data: data.data };
}
function refuse(problem) {
  return { ok: false, problems: [problem] };
}

// src/config/parse-config.ts
function parseConfig(text, file = "mlgate.yml") {
  const yaml = readConfigYaml(text);
  if (!yaml.ok)
    return { ok: false, errors: yaml.problems.map((problem) => ({ file, ...problem })) };
  const { document, lineCounter, data } = yaml;
  const result2 = configSchema.safeParse(data, { reportInput: true, error: () => "" });
  if (result2.success) return { ok: true, config: result2.data };
  const locate = (path) => {
    const line = lineOfPath(document, lineCounter, path);
    return {
      file,
      ...line === void 0 ? {} : { line },
      ...path.length === 0 ? {} : { key: joinPath(path) }
    };
  };
  return { ok: false, errors: configIssues(result2.error.issues, configSchema, locate) };
}

// src/scoring/days-between.ts
var millisecondsPerDay = 864e5;
function daysBetween(from, to) {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / millisecondsPerDay);
}
function utcMidnight(date) {
  const time = Date.parse(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(time)) {
    throw new RangeError(`expected a date written YYYY-MM-DD, got "${date}"`);
  }
  return time;
}

// src/scoring/rubric.ts
var sectionTitles = {
  data: "Data",
  model: "Model",
  infrastructure: "Infrastructure",
  monitoring: "Monitoring"
};
var registered = Object.values(checkRegistry);
var test = (id, section, title, howToCover) => ({
  id,
  section,
  title,
  checks: registered.filter((check) => check.rubric.includes(id)).map((check) => check.id),
  howToCover
});
var rubricTests = [
  // Table I — Data
  test(
    "data-1",
    "data",
    "Feature expectations are captured in a schema.",
    "Add `checks.schema_validation` with a schema for your training data."
  ),
  test(
    "data-2",
    "data",
    "All features are beneficial.",
    "Add `checks.feature_association` to measure each feature against the target."
  ),
  test(
    "data-3",
    "data",
    "No feature's cost is too much.",
    "Attest it: `attestations.data-3: {evidence: docs/feature-costs.md, reviewed: YYYY-MM-DD}` (latency, RAM, upstream dependencies per feature)."
  ),
  test(
    "data-4",
    "data",
    "Features adhere to meta-level requirements.",
    "Add `checks.feature_policy` listing banned, deprecated or protected features."
  ),
  test(
    "data-5",
    "data",
    "The data pipeline has appropriate privacy controls.",
    "Add `checks.pii_scan` over the data files the pipeline produces."
  ),
  test(
    "data-6",
    "data",
    "New features can be added quickly.",
    "Attest it: `attestations.data-6: {evidence: docs/adding-a-feature.md, reviewed: YYYY-MM-DD}` (time from idea to production)."
  ),
  test(
    "data-7",
    "data",
    "All input feature code is tested.",
    "Add `checks.unit_tests` with the test report of your feature code."
  ),
  // Table II — Model
  test(
    "model-1",
    "model",
    "Model specs are reviewed and submitted.",
    "Add `checks.spec_review` naming the model spec files that need a reviewed change."
  ),
  test(
    "model-2",
    "model",
    "Offline and online metrics correlate.",
    "Add `checks.offline_online_correlation` with paired offline and online metrics."
  ),
  test(
    "model-3",
    "model",
    "All hyperparameters have been tuned.",
    "Add `checks.hyperparameter_tuning` with the results of your search."
  ),
  test(
    "model-4",
    "model",
    "The impact of model staleness is known.",
    "Add `checks.staleness` with quality measured for models of different ages."
  ),
  test(
    "model-5",
    "model",
    "A simpler model is not better.",
    "Add `checks.baseline_comparison` with predictions of a simple baseline model."
  ),
  test(
    "model-6",
    "model",
    "Model quality is sufficient on important data slices.",
    "Add `checks.slices` with the slice columns and per-slice thresholds."
  ),
  test(
    "model-7",
    "model",
    "The model is tested for considerations of inclusion.",
    "Add `checks.fairness` with the protected-group columns."
  ),
  // Table III — ML Infrastructure
  test(
    "infra-1",
    "infrastructure",
    "Training is reproducible.",
    "Add `checks.reproducibility` with the outputs of two training runs on the same data."
  ),
  test(
    "infra-2",
    "infrastructure",
    "Model specs are unit tested.",
    "Add `checks.unit_tests` with the test report of your model code."
  ),
  test(
    "infra-3",
    "infrastructure",
    "The ML pipeline is integration tested.",
    "Add `checks.integration_test` running the pipeline end to end on a small sample."
  ),
  test(
    "infra-4",
    "infrastructure",
    "Model quality is validated before serving.",
    "Add `checks.model_quality` with absolute thresholds and the previous model to compare with."
  ),
  test(
    "infra-5",
    "infrastructure",
    "The model is debuggable.",
    "Add `checks.debuggability` to trace single examples through the model."
  ),
  test(
    "infra-6",
    "infrastructure",
    "Models are canaried before serving.",
    "Add `checks.canary` to load the model and serve a sample before release."
  ),
  test(
    "infra-7",
    "infrastructure",
    "Serving models can be rolled back.",
    "Add `checks.rollback` to prove the previous model can be served again."
  ),
  // Table IV — Monitoring
  test(
    "monitor-1",
    "monitoring",
    "Dependency changes result in notification.",
    "Add `checks.dependency_changes` to report changed upstream dependencies."
  ),
  test(
    "monitor-2",
    "monitoring",
    "Data invariants hold for inputs.",
    "Add `checks.schema_validation` on serving inputs, or `checks.drift` with reference and current files."
  ),
  test(
    "monitor-3",
    "monitoring",
    "Training and serving are not skewed.",
    "Add `checks.train_serve_skew` with the features of the same examples from both code paths."
  ),
  test(
    "monitor-4",
    "monitoring",
    "Models are not too stale.",
    "Add `checks.staleness` with a maximum model age."
  ),
  test(
    "monitor-5",
    "monitoring",
    "Models are numerically stable.",
    "Add `checks.numerical_stability` with your predictions file."
  ),
  test(
    "monitor-6",
    "monitoring",
    "Computing performance has not regressed.",
    "Add `checks.compute_performance` with the candidate's and production's timings."
  ),
  test(
    "monitor-7",
    "monitoring",
    "Prediction quality has not regressed.",
    "Add `checks.model_quality` on predictions for served data."
  )
];

// src/scoring/table-v-band.ts
var bands = [
  {
    upTo: 0,
    band: { range: "0", meaning: "More of a research project than a productionized system." }
  },
  {
    upTo: 1,
    band: {
      range: "(0,1]",
      meaning: "Not totally untested, but it is worth considering the possibility of serious holes in reliability."
    }
  },
  {
    upTo: 2,
    band: {
      range: "(1,2]",
      meaning: "There's been first pass at basic productionization, but additional investment may be needed."
    }
  },
  {
    upTo: 3,
    band: {
      range: "(2,3]",
      meaning: "Reasonably tested, but it's possible that more of those tests and procedures may be automated."
    }
  },
  {
    upTo: 5,
    band: {
      range: "(3,5]",
      meaning: "Strong levels of automated testing and monitoring, appropriate for mission-critical systems."
    }
  }
];
var exceptional = {
  range: ">5",
  meaning: "Exceptional levels of automated testing and monitoring."
};
function tableVBand(finalScore) {
  if (!Number.isFinite(finalScore) || finalScore < 0) {
    throw new RangeError(`an ML Test Score is a finite number \u2265 0, got ${finalScore}`);
  }
  return bands.find(({ upTo }) => finalScore <= upTo)?.band ?? exceptional;
}

// src/scoring/ml-test-score.ts
var ranStatuses = /* @__PURE__ */ new Set(["pass", "warn", "fail"]);
var futureReviewSlackDays = 1;
function scoreMlTest(input) {
  const tests = rubricTests.map((test2) => scoreTest(test2, input));
  const sectionScores = sections.map((section) => {
    const score = tests.filter((test2) => test2.section === section).reduce((sum, test2) => sum + test2.points, 0);
    const minimum = input.gate.minimum_section_scores[section];
    return { section, score, minimum, met: score >= minimum };
  });
  const final = Math.min(...sectionScores.map((section) => section.score));
  return {
    sections: sectionScores,
    final,
    band: tableVBand(final),
    minimum: input.gate.minimum_score,
    tests
  };
}
function attestationEvidencePaths(attestations) {
  const paths = Object.values(attestations).flatMap(
    (attestation2) => "evidence" in attestation2 ? [attestation2.evidence] : []
  );
  return [...new Set(paths)];
}
function scoreTest(test2, input) {
  const score = (points, state) => ({
    id: test2.id,
    section: test2.section,
    title: test2.title,
    points,
    state,
    howToCover: test2.howToCover
  });
  const covering = input.results.filter((result2) => result2.rubric.includes(test2.id));
  const ran = covering.filter((result2) => ranStatuses.has(result2.status));
  if (ran.length > 0) {
    return score(1, { kind: "automated", checks: ran.map(resultKey) });
  }
  const notRun = covering.length > 0 ? describeNotRun(covering) : void 0;
  const attestation2 = input.attestations[test2.id];
  if (attestation2 !== void 0 && "not_applicable" in attestation2) {
    return score(0, { kind: "not-applicable", reason: attestation2.not_applicable });
  }
  if (attestation2 !== void 0) {
    const rejection = rejectAttestation(attestation2, input);
    const reviewed = attestation2.reviewed === void 0 ? {} : { reviewed: attestation2.reviewed };
    if (rejection === void 0) {
      return score(0.5, { kind: "attested", evidence: attestation2.evidence, ...reviewed });
    }
    const why2 = notRun === void 0 ? rejection : `${rejection} ${notRun}`;
    return score(0, {
      kind: "attestation-rejected",
      evidence: attestation2.evidence,
      ...reviewed,
      why: why2
    });
  }
  if (notRun !== void 0) return score(0, { kind: "uncovered", why: notRun });
  const why = test2.checks.length > 0 ? "No configured check automates it, and it has no attestation." : "mlgate cannot automate it, and it has no attestation.";
  return score(0, { kind: "uncovered", why });
}
function describeNotRun(covering) {
  const ended = covering.map(
    (result2) => result2.status === "skip" ? `check \`${resultKey(result2)}\` was skipped` : `check \`${resultKey(result2)}\` ended in an error`
  );
  return `The test did not run: ${ended.join(", ")}.`;
}
function rejectAttestation(attestation2, input) {
  const { evidence, reviewed } = attestation2;
  if (input.evidenceExists.get(evidence) !== true) {
    return `The evidence file \`${evidence}\` does not exist in the repository.`;
  }
  const maxAge = input.gate.attestation_max_age_days;
  if (reviewed === void 0) {
    return maxAge === void 0 ? void 0 : `\`gate.attestation_max_age_days\` is ${maxAge}, so the attestation needs a review date (\`reviewed: YYYY-MM-DD\`).`;
  }
  const age = daysBetween(reviewed, input.today);
  if (age < -futureReviewSlackDays) {
    return `The review date ${reviewed} is after today (${input.today}); write the day of the review.`;
  }
  if (maxAge !== void 0 && age > maxAge) {
    return `The evidence was last reviewed on ${reviewed}, ${age} days ago; \`gate.attestation_max_age_days\` allows ${maxAge}.`;
  }
  return void 0;
}

// src/engine/unmatched-finding-note.ts
var listed = 5;
function unmatchedFindingNote(check, finding, reported) {
  const missing = `Check \`${check}\` reported no finding \`${finding}\` in this run`;
  const ids = [...new Set(reported)];
  if (ids.length === 0) return `${missing}; remove the waiver if it is no longer needed.`;
  const typo = didYouMean(
    finding,
    ids.filter((id) => isTypoOf(finding, id))
  );
  const refinements = ids.filter((id) => id.startsWith(`${finding}:`));
  if (typo === void 0 && refinements.length === 0) {
    const more = ids.length > listed ? ` and ${ids.length - listed} more` : "";
    return `${missing} (it reported ${quote(ids.slice(0, listed))}${more}); remove the waiver if it is no longer needed.`;
  }
  const sentences = [`${missing}.`];
  if (typo !== void 0) sentences.push(`Did you mean \`${typo}\`?`);
  if (refinements.length === 1) {
    sentences.push(
      `It reported ${quote(refinements)}, a finding of its own that this waiver does not cover; waive it by its id if it is acceptable too.`
    );
  } else if (refinements.length > 1) {
    sentences.push(
      `It reported ${quote(refinements)}, findings of their own that this waiver does not cover; waive them by their ids if they are acceptable too.`
    );
  }
  sentences.push("Otherwise remove the waiver if it is no longer needed.");
  return sentences.join(" ");
}
function isTypoOf(wanted, candidate) {
  if (candidate.startsWith(`${wanted}:`) || wanted.startsWith(`${candidate}:`)) return false;
  const [a2, b2] = differingParts(wanted.toLowerCase(), candidate.toLowerCase());
  return didYouMean(a2, [b2]) !== void 0;
}
function differingParts(a2, b2) {
  let start = 0;
  while (start < a2.length && start < b2.length && a2[start] === b2[start]) start++;
  let end = 0;
  const shorter = Math.min(a2.length, b2.length) - start;
  while (end < shorter && a2[a2.length - 1 - end] === b2[b2.length - 1 - end]) end++;
  return [a2.slice(start, a2.length - end), b2.slice(start, b2.length - end)];
}
function quote(ids) {
  return ids.map((id) => `\`${id}\``).join(", ");
}

// src/engine/apply-waivers.ts
function waiverState(waiver2, today) {
  return {
    check: waiver2.check,
    ...waiver2.finding === void 0 ? {} : { finding: waiver2.finding },
    reason: waiver2.reason,
    owner: waiver2.owner,
    expires: waiver2.expires,
    // The waiver still holds on its `expires` day; YYYY-MM-DD strings sort as dates.
    expired: today > waiver2.expires
  };
}
function applyWaivers(check, outcome, waivers, today, durationMs) {
  const { id, instance, title, rubric } = check;
  const base = { id, ...instance === void 0 ? {} : { instance }, title, rubric, durationMs };
  const empty = { figures: [], findings: [], details: [] };
  const forCheck = waivers.filter((waiver2) => waiverCovers(waiver2.check, id, instance));
  if (outcome.kind === "skipped") {
    return { ...base, status: "skip", summary: outcome.reason, ...empty };
  }
  if (outcome.kind === "error") {
    const summary = forCheck.length === 0 ? outcome.message : `${outcome.message.replace(/[.\s]*$/, ".")} A waiver targets this check, but an error cannot be waived: the check did not run, so fix the error.`;
    return { ...base, status: "error", summary, ...empty };
  }
  const checkWaiver = preferActive(
    forCheck.filter((waiver2) => waiver2.finding === void 0).map((w) => waiverState(w, today))
  );
  const findings = outcome.findings.map((finding) => {
    const own = preferActive(
      forCheck.filter((waiver3) => waiver3.finding === finding.id).map((w) => waiverState(w, today))
    );
    const waiver2 = preferActive([own, checkWaiver].filter((state) => state !== void 0));
    return waiver2 === void 0 ? { ...finding } : { ...finding, waiver: waiver2 };
  });
  const worstBefore = worst(findings.map((finding) => finding.severity));
  const worstAfter = worst(
    findings.filter((finding) => !isWaived(finding)).map((finding) => finding.severity)
  );
  return {
    ...base,
    status: worstAfter ?? "pass",
    ...worstBefore !== void 0 && worstBefore !== worstAfter ? { waivedFrom: worstBefore } : {},
    summary: outcome.summary,
    figures: outcome.figures,
    findings,
    details: outcome.details,
    ...checkWaiver === void 0 ? {} : { waiver: checkWaiver }
  };
}
function listWaiverStates(waivers, today, results) {
  return waivers.map((waiver2) => {
    const state = waiverState(waiver2, today);
    const { effect, note } = waiverEffect(waiver2, state.expired, results);
    return { ...state, effect, note };
  });
}
function waiverEffect(waiver2, expired, results) {
  const listed2 = (effect, note) => ({ effect, note });
  const targets = results.filter(
    (result2) => waiverCovers(waiver2.check, result2.id, result2.instance)
  );
  const ran = targets.filter((result2) => result2.status !== "error");
  if (targets.length > 0 && ran.length === 0) {
    return listed2(
      "refused",
      `Check \`${waiver2.check}\` ended in an error, and an error cannot be waived.`
    );
  }
  if (expired) {
    return listed2(
      "expired",
      `Expired on ${waiver2.expires}; it no longer applies. Renew it or fix the finding.`
    );
  }
  if (targets.length === 0) {
    return listed2(
      "unused",
      `No check \`${waiver2.check}\` ran in this run; is it configured under \`checks:\`?`
    );
  }
  if (ran.every((result2) => result2.status === "skip")) {
    return listed2(
      "unused",
      `Check \`${waiver2.check}\` was skipped, so there was nothing to waive.`
    );
  }
  const findings = ran.flatMap((result2) => result2.findings);
  const matched = waiver2.finding === void 0 ? findings : findings.filter((finding) => finding.id === waiver2.finding);
  if (matched.length === 0) {
    return listed2(
      "unused",
      waiver2.finding === void 0 ? `Check \`${waiver2.check}\` had no findings, so there was nothing to waive; remove the waiver if it is no longer needed.` : unmatchedFindingNote(
        waiver2.check,
        waiver2.finding,
        findings.map((finding) => finding.id)
      )
    );
  }
  const waived = matched.filter(
    (finding) => finding.waiver && isSameWaiver(finding.waiver, waiver2)
  );
  if (waived.length === 0) {
    return listed2(
      "unused",
      `Every finding it matches is waived by another waiver (one that names the finding wins over one for the whole check, then the first in \`waivers:\`); remove one of them.`
    );
  }
  const count = waived.length === 1 ? "1 finding" : `${waived.length} findings`;
  return listed2("waived", `Waived ${count} of check \`${waiver2.check}\`.`);
}
function isSameWaiver(state, waiver2) {
  return state.check === waiver2.check && state.finding === waiver2.finding && state.reason === waiver2.reason && state.owner === waiver2.owner && state.expires === waiver2.expires;
}
function isWaived(finding) {
  return finding.waiver !== void 0 && !finding.waiver.expired;
}
function preferActive(states) {
  return states.find((state) => !state.expired) ?? states[0];
}
function worst(severities) {
  if (severities.includes("fail")) return "fail";
  return severities.includes("warn") ? "warn" : void 0;
}

// src/engine/verdict.ts
function decideVerdict(score, results, gate, configErrors) {
  const reasons = [];
  if (configErrors.length > 0) {
    const count = configErrors.length === 1 ? "1 error" : `${configErrors.length} errors`;
    reasons.push(`The configuration has ${count}, so no check ran; fix the errors listed above.`);
  }
  for (const section of score.sections) {
    if (!section.met) {
      reasons.push(
        `The ${sectionTitles[section.section]} section scores ${section.score}, below its minimum of ${section.minimum} (\`gate.minimum_section_scores.${section.section}\`).`
      );
    }
  }
  if (score.final < score.minimum) {
    const lowest = score.sections.filter((section) => section.score === score.final).map((section) => sectionTitles[section.section]);
    reasons.push(
      `The final ML Test Score is ${score.final} (lowest section: ${lowest.join(", ")}), below the minimum of ${score.minimum} (\`gate.minimum_score\`).`
    );
  }
  for (const result2 of results) {
    const reason = checkReason(result2, gate.block_on_warn);
    if (reason !== void 0) reasons.push(reason);
  }
  return { passed: reasons.length === 0, reasons };
}
function checkReason(result2, blockOnWarn) {
  const name = `${result2.title} (\`${resultKey(result2)}\`)`;
  switch (result2.status) {
    case "error":
      return `Check ${name} could not run: ${result2.summary}`;
    case "fail":
      return `Check ${name} failed with ${unwaived(result2.findings, "fail")}.`;
    case "warn":
      return blockOnWarn ? `Check ${name} warned with ${unwaived(result2.findings, "warn")}, and \`gate.block_on_warn\` is true.` : void 0;
    default:
      return void 0;
  }
}
function unwaived(findings, severity2) {
  const ids = findings.filter((finding) => finding.severity === severity2 && !isWaived(finding)).map((finding) => `\`${finding.id}\``);
  const kind2 = severity2 === "fail" ? "failing" : "warning";
  const noun = ids.length === 1 ? `1 unwaived ${kind2} finding` : `${ids.length} unwaived ${kind2} findings`;
  const shown = ids.slice(0, 3).join(", ");
  const more = ids.length > 3 ? `, and ${ids.length - 3} more` : "";
  return `${noun} (${shown}${more})`;
}

// src/engine/build-report.ts
function buildReport(input) {
  const { config, results, configErrors } = input;
  const today = input.now.toISOString().slice(0, 10);
  const score = scoreMlTest({
    results,
    attestations: config.attestations,
    gate: config.gate,
    evidenceExists: input.evidenceExists,
    today
  });
  return {
    schemaVersion: 2,
    mlgateVersion: input.mlgateVersion,
    generatedAt: input.now.toISOString(),
    event: input.event,
    verdict: decideVerdict(score, results, config.gate, configErrors),
    score,
    checks: results,
    waivers: listWaiverStates(config.waivers, today, results),
    configErrors
  };
}

// src/engine/run-checks.ts
async function runChecks(configs, waivers, context, registry = checkRegistry) {
  const today = context.now.toISOString().slice(0, 10);
  const entries = configs;
  const results = [];
  for (const id of Object.keys(entries)) {
    if (registry[id] === void 0) {
      const check = { id, title: id, rubric: [] };
      const outcome = { kind: "error", message: `mlgate has no check "${id}"` };
      results.push(applyWaivers(check, outcome, [], today, 0));
    }
  }
  for (const [id, check] of Object.entries(registry)) {
    const entry = entries[id];
    if (entry === void 0 || check === void 0) continue;
    for (const { name, config } of checkInstances(entry)) {
      const started = performance.now();
      const outcome = await runOne(check, config, context);
      const durationMs = Math.round(performance.now() - started);
      const instance = name === void 0 ? check : { ...check, instance: name };
      results.push(applyWaivers(instance, outcome, waivers, today, durationMs));
    }
  }
  return results;
}
async function runOne(check, config, context) {
  try {
    return await check.run(config, context);
  } catch (error) {
    const message = errorMessage(error) || (error instanceof Error ? error.name : "the check threw");
    return { kind: "error", message };
  }
}

// src/engine/run-gate.ts
var fallbackConfig = {
  version: 1,
  gate: configSchema.shape.gate.parse(void 0),
  checks: {},
  attestations: {},
  waivers: []
};
async function runGate(run) {
  const { configPath, workspace, event, now, mlgateVersion } = run;
  const base = { event, now, mlgateVersion };
  const read = await readConfigText(workspace, configPath);
  if ("error" in read) return { report: configErrorReport([read.error], base) };
  const parsed = parseConfig(read.text, configPath);
  if (!parsed.ok) return { report: configErrorReport(parsed.errors, base) };
  const config = parsed.config;
  const results = await runChecks(config.checks, config.waivers, { workspace, event, now });
  const evidenceExists = /* @__PURE__ */ new Map();
  for (const evidence of attestationEvidencePaths(config.attestations)) {
    evidenceExists.set(
      evidence,
      await workspace.exists(evidence, "attestations").catch(() => false)
    );
  }
  return {
    config,
    report: buildReport({ config, results, evidenceExists, ...base, configErrors: [] })
  };
}
async function readConfigText(workspace, configPath) {
  try {
    workspace.resolve(configPath, "config");
  } catch {
    return {
      error: {
        file: configPath,
        message: `not inside the working directory ${workspace.root}: mlgate reads only files inside the repository it gates, so a pull request can't point it at the runner's files`,
        fix: "move it into the working directory, or pass --working-directory (the action's `working-directory` input) a folder that contains it and name the config relative to that folder"
      }
    };
  }
  try {
    return { text: await workspace.readText(configPath, "config") };
  } catch (error) {
    const missing = !await workspace.exists(configPath, "config").catch(() => false);
    return {
      error: {
        file: configPath,
        message: errorMessage(error),
        fix: missing ? "create it (the README has a starting point) or point the `config` input at it" : "make it a file mlgate can read: not a folder, readable by the runner, not a link out of the repository"
      }
    };
  }
}
function configErrorReport(configErrors, base) {
  return buildReport({
    config: fallbackConfig,
    results: [],
    evidenceExists: /* @__PURE__ */ new Map(),
    ...base,
    configErrors
  });
}

// src/report/comment-marker.ts
var commentKeyPattern = /^[A-Za-z0-9_.-]+$/;
function commentMarker(key19) {
  if (!commentKeyPattern.test(key19)) {
    throw new Error(
      `comment key ${JSON.stringify(key19)} is not allowed: use letters, digits, \`.\`, \`_\` and \`-\` only, e.g. \`model-a\``
    );
  }
  return `<!-- mlgate:report key=${key19} -->`;
}
function monitoringMarker(key19) {
  return commentMarker(key19).replace("mlgate:report", "mlgate:monitoring");
}

// src/report/detail-level.ts
var detailLevels = ["full", "failing-only", "findings-only"];
var itemLimits = {
  full: void 0,
  "failing-only": 25,
  "findings-only": 10
};

// src/report/fit-comment.ts
var commentLimit = {
  maximum: 65536 - 1024,
  measure: (text) => text.length + countNewlines(text),
  description: "GitHub's 65,536-character comment limit"
};
var jobSummaryLimit = {
  maximum: 1048576 - 16384,
  measure: utf8Length,
  description: "GitHub's 1 MiB job summary limit"
};
var separator = "\n\n";
function fitSections(render, limit, fullReportHint) {
  let sections2 = [];
  for (const level of detailLevels) {
    sections2 = render(level);
    const note = level === "full" ? void 0 : detailNote(level, limit, fullReportHint);
    const text = join2(sections2, note);
    if (limit.measure(text) <= limit.maximum) return text;
  }
  const sizes = sections2.map(
    (section) => limit.measure(section.markdown) + limit.measure(separator)
  );
  const dropOrder = sections2.map((section, index2) => ({ section, index: index2 })).filter(({ section }) => !section.required).sort((a2, b2) => b2.section.dropPriority - a2.section.dropPriority || b2.index - a2.index).map(({ index: index2 }) => index2);
  const dropped = /* @__PURE__ */ new Set();
  let total = sizes.reduce((sum, size) => sum + size, 0);
  for (const index2 of dropOrder) {
    dropped.add(index2);
    total -= sizes[index2] ?? 0;
    const note = trimNote(sections2, dropped, limit, fullReportHint);
    if (total + limit.measure(note) + limit.measure(separator) <= limit.maximum) {
      return join2(
        sections2.filter((_, i) => !dropped.has(i)),
        note
      );
    }
  }
  return cutRequired(sections2, limit, fullReportHint);
}
function join2(sections2, note) {
  const parts = sections2.map((section) => section.markdown);
  if (note !== void 0) parts.splice(Math.max(0, parts.length - 1), 0, note);
  return parts.join(separator);
}
function detailNote(level, limit, hint) {
  const what = level === "failing-only" ? "details of passing checks and long tables are left out" : "check details are left out, and long finding lists are cut";
  return `> [!NOTE]
> To fit ${limit.description}, ${what}. ${hint}`;
}
function trimNote(sections2, dropped, limit, hint) {
  const groups = /* @__PURE__ */ new Map();
  sections2.forEach((section, index2) => {
    if (section.required) return;
    const count = groups.get(section.group) ?? { left: 0, all: 0 };
    count.all += 1;
    if (dropped.has(index2)) count.left += 1;
    groups.set(section.group, count);
  });
  const leftOut = [...groups].filter(([, count]) => count.left > 0).map(([group, count]) => count.all > 1 ? `${group} (${count.left} of ${count.all})` : group);
  return `> [!WARNING]
> **This report is cut short** to fit ${limit.description}. Left out: ${leftOut.join(", ")}. The check details that remain show findings only. ${hint}`;
}
function cutRequired(sections2, limit, hint) {
  const required3 = sections2.filter((section) => section.required);
  const footer = required3.at(-1)?.markdown ?? "";
  const note = `> [!WARNING]
> **This report is cut short** to fit ${limit.description}. ${hint}`;
  const tail = `${separator}${note}${separator}${footer}`;
  const head = required3.slice(0, -1).map((section) => section.markdown).join(separator);
  return `${cutText(head, limit.maximum - limit.measure(tail), limit.measure)}${tail}`;
}
function cutText(text, budget, measure) {
  if (measure(text) <= budget) return text;
  let used = 0;
  let end = 0;
  for (const line of text.split("\n")) {
    const size = measure(line) + measure("\n");
    if (used + size > budget) break;
    used += size;
    end += line.length + 1;
  }
  if (end > 0) return text.slice(0, end - 1);
  for (const character of text) {
    const size = measure(character);
    if (used + size > budget) break;
    used += size;
    end += character.length;
  }
  return text.slice(0, end);
}
function countNewlines(text) {
  let count = 0;
  for (let index2 = text.indexOf("\n"); index2 !== -1; index2 = text.indexOf("\n", index2 + 1)) {
    count += 1;
  }
  return count;
}
function utf8Length(text) {
  let bytes = 0;
  for (let index2 = 0; index2 < text.length; index2 += 1) {
    const unit = text.charCodeAt(index2);
    if (unit < 128) bytes += 1;
    else if (unit < 2048) bytes += 2;
    else if (unit >= 55296 && unit <= 56319 && index2 + 1 < text.length) {
      const next = text.charCodeAt(index2 + 1);
      if (next >= 56320 && next <= 57343) {
        bytes += 4;
        index2 += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

// src/report/status-badge.ts
var icons = {
  pass: "\u2705",
  warn: "\u26A0\uFE0F",
  fail: "\u274C",
  error: "\u{1F4A5}",
  skip: "\u23ED\uFE0F"
};
function statusWord(status) {
  return isCheckStatus(status) ? `${icons[status]} ${status}` : escapeMarkdown(String(status), { maxLength: 20 });
}
function isCheckStatus(status) {
  return Object.hasOwn(icons, status);
}
function statusBadge(result2) {
  const badge = statusWord(result2.status);
  return result2.waivedFrom === void 0 ? badge : `${badge} (${escapeMarkdown(String(result2.waivedFrom), { maxLength: 20 })} waived)`;
}

// src/report/render-check-details.ts
var messageLength = 2e3;
var summaryLength = 200;
function renderCheckDetails(result2, level) {
  const summaryLine = `${statusBadge(result2)} \xB7 ${escapeHtml(result2.title, { maxLength: 100 })} (${escapeHtml(resultKey(result2), { maxLength: 100 })}) \u2014 ${escapeHtml(result2.summary, { maxLength: summaryLength })}`;
  const body = [
    `Rubric: ${result2.rubric.map((id) => code(id)).join(", ") || "none"}`,
    ...outcomeParts(result2, level)
  ];
  return `<details>
<summary>${summaryLine}</summary>

${body.join("\n\n")}

</details>`;
}
function outcomeParts(result2, level) {
  if (result2.status === "error") {
    return [
      `**The check could not run**, so the gate blocks (an error is never waived): ${escapeMarkdown(result2.summary, { newline: "<br>", maxLength: messageLength })}`
    ];
  }
  if (result2.status === "skip") {
    return [
      `**Skipped:** ${escapeMarkdown(result2.summary, { newline: "<br>", maxLength: messageLength })}`
    ];
  }
  const parts = result2.summary.length > summaryLength ? [escapeMarkdown(result2.summary, { newline: "<br>", maxLength: messageLength })] : [];
  if (result2.waiver !== void 0) parts.push(`Whole check: ${describeWaiver(result2.waiver)}`);
  if (result2.figures.length > 0) {
    parts.push(
      renderTable(
        ["Figure", "Value", "Threshold"],
        result2.figures.map((figure) => [
          escapeMarkdown(figure.name, { newline: "<br>" }),
          formatFigureValue(figure),
          figure.threshold === void 0 ? "\u2014" : formatCell(figure.threshold)
        ])
      )
    );
  }
  if (result2.findings.length > 0) parts.push(renderFindings(result2.findings, itemLimits[level]));
  const showDetails = level === "full" || level === "failing-only" && result2.status !== "pass";
  if (showDetails) {
    for (const block of result2.details) {
      parts.push(renderDetailBlock(block, { maxItems: itemLimits[level] }));
    }
  }
  return parts;
}
function renderFindings(findings, max) {
  const ordered = [...findings].sort((a2, b2) => rank(a2) - rank(b2));
  const shown = max === void 0 ? ordered : ordered.slice(0, max);
  const waived = findings.filter(isWaived).length;
  const counts = ["fail", "warn"].map((severity2) => [severity2, findings.filter((f2) => f2.severity === severity2).length]).filter(([, count]) => count > 0).map(([severity2, count]) => `${count} ${severity2}`);
  if (waived > 0) counts.push(`${waived} waived`);
  const lines = shown.map(renderFinding);
  if (shown.length < ordered.length) {
    lines.push(`- \u2026 ${ordered.length - shown.length} more findings (in the full report)`);
  }
  return `**Findings** (${counts.join(", ")})

${lines.join("\n")}`;
}
function renderFinding(finding) {
  const location = finding.location === void 0 ? "" : ` \xB7 ${describeLocation(finding.location)}`;
  const line = `- ${statusWord(finding.severity)} \xB7 ${code(finding.id)} \u2014 ${escapeMarkdown(finding.message, { newline: "<br>", maxLength: messageLength })}${location}`;
  return finding.waiver === void 0 ? line : `${line}
  - ${describeWaiver(finding.waiver)}`;
}
function describeLocation(location) {
  const line = location.line === void 0 ? "" : ` line ${formatCell(location.line)}`;
  const column = location.column === void 0 ? "" : `, column ${escapeMarkdown(location.column)}`;
  return `${escapeMarkdown(location.path)}${line}${column}`;
}
function describeWaiver(waiver2) {
  const who = escapeMarkdown(waiver2.owner, { maxLength: 100 });
  const reason = escapeMarkdown(waiver2.reason, { maxLength: messageLength });
  const expires = escapeMarkdown(waiver2.expires, { maxLength: 20 });
  return waiver2.expired ? `\u231B waiver by ${who} **expired** on ${expires} and no longer applies: ${reason}` : `\u2705 waived by ${who} until ${expires}: ${reason}`;
}
function rank(finding) {
  return (isWaived(finding) ? 2 : 0) + (finding.severity === "fail" ? 0 : 1);
}

// src/report/render-comment.ts
function renderComment(report, options) {
  const hint = isHttpUrl(report.event.runUrl) ? `The full report is in the [job summary](${report.event.runUrl}).` : "The full report is in the job summary of this workflow run.";
  return fitSections(
    (detail) => renderReportSections(report, { commentKey: options.commentKey, detail }),
    options.limit ?? commentLimit,
    hint
  );
}
function renderSummary(report, options = {}) {
  const { commentKey } = options;
  return fitSections(
    (detail) => renderReportSections(report, { detail, ...commentKey === void 0 ? {} : { commentKey } }),
    options.limit ?? jobSummaryLimit,
    "The JSON report file (action output `report-json-path`) has everything."
  );
}
function renderReportSections(report, options = {}) {
  const detail = options.detail ?? "full";
  const verdict = required2("verdict", renderVerdict(report, options.commentKey));
  if (report.configErrors.length > 0 && report.checks.length === 0) {
    return [verdict, required2("footer", renderFooter(report))];
  }
  const sections2 = [
    verdict,
    required2("score", renderScore(report)),
    optional("checks table", 1, renderChecksTable(report)),
    ...report.checks.map(
      (result2) => optional("check details", 4, renderCheckDetails(result2, detail))
    )
  ];
  const uncovered = renderUncovered(report.score.tests);
  if (uncovered !== void 0) sections2.push(optional("rubric tests without points", 3, uncovered));
  if (detail === "full") sections2.push(optional("all rubric tests", 5, renderAllTests(report)));
  if (report.waivers.length > 0)
    sections2.push(optional("waivers", 2, renderWaivers(report.waivers)));
  sections2.push(required2("footer", renderFooter(report)));
  return sections2;
}
function required2(group, markdown) {
  return { group, markdown, required: true, dropPriority: 0 };
}
function optional(group, dropPriority, markdown) {
  return { group, markdown, required: false, dropPriority };
}
function renderVerdict(report, commentKey) {
  const lines = [];
  if (commentKey !== void 0) lines.push(commentMarker(commentKey));
  lines.push(report.verdict.passed === true ? "## \u2705 mlgate: passed" : "## \u274C mlgate: blocked");
  const blocks = [lines.join("\n"), statusLine(report)];
  if (report.configErrors.length > 0) {
    blocks.push(
      [
        "> [!CAUTION]",
        "> **The configuration could not be used**, so no check ran and the gate fails closed. Fix these:",
        ...report.configErrors.map(
          (error) => `> - ${escapeMarkdown(formatConfigError(error), { newline: "<br>", maxLength: 2e3 })}`
        )
      ].join("\n")
    );
  }
  if (report.verdict.passed === true) {
    blocks.push(
      "Every check that ran passed or warned, or was waived, and every section meets its minimum."
    );
  } else {
    blocks.push(
      `**This change is blocked because:**

${report.verdict.reasons.map((reason) => `- ${escapeMarkdown(reason, { newline: "<br>", maxLength: 2e3 })}`).join("\n")}`
    );
  }
  return blocks.join("\n\n");
}
function statusLine(report) {
  const counts = /* @__PURE__ */ new Map();
  for (const result2 of report.checks) {
    const badge = statusBadge({ status: result2.status });
    counts.set(badge, (counts.get(badge) ?? 0) + 1);
  }
  const checks = report.checks.length === 0 ? "no check ran" : `${report.checks.length === 1 ? "1 check" : `${report.checks.length} checks`}: ${[...counts].map(([badge, count]) => `${count} ${badge}`).join(", ")}`;
  return `**ML Test Score ${formatCell(report.score.final)}** (Table V band ${escapeMarkdown(report.score.band.range)}) \xB7 ${checks}`;
}
function renderScore(report) {
  const { score } = report;
  const met = (ok) => ok ? "\u2705 met" : "\u274C below minimum";
  const rows = score.sections.map((section) => [
    escapeMarkdown(sectionTitles[section.section] ?? String(section.section)),
    `${formatCell(section.score)} / 7`,
    formatCell(section.minimum),
    met(section.met === true)
  ]);
  rows.push([
    "**Final** (lowest section)",
    `**${formatCell(score.final)}**`,
    formatCell(score.minimum),
    met(score.final >= score.minimum)
  ]);
  return [
    "### ML Test Score",
    renderTable(["Section", "Score", "Minimum", "Status"], rows),
    `**${escapeMarkdown(score.band.range)}**: ${escapeMarkdown(score.band.meaning)} _(Breck et al. 2017, Table V; 1 point per test automated by a check that ran, 0.5 per attested manual test.)_`
  ].join("\n\n");
}
function renderChecksTable(report) {
  if (report.checks.length === 0) {
    return "### Checks\n\nNo check ran. Add checks under `checks:` in mlgate.yml.";
  }
  const rows = report.checks.map((result2) => {
    const figure = result2.figures[0];
    const keyFigure = figure === void 0 ? "\u2014" : `${escapeMarkdown(figure.name)}: ${formatFigureValue(figure)}${figure.threshold === void 0 ? "" : ` (threshold ${formatCell(figure.threshold)})`}`;
    return [
      `${escapeMarkdown(result2.title, { maxLength: 100 })} (${code(resultKey(result2))})`,
      result2.rubric.map((id) => code(id)).join(", "),
      statusBadge(result2),
      keyFigure
    ];
  });
  return `### Checks

${renderTable(["Check", "Rubric tests", "Status", "Key figure"], rows)}`;
}
function renderUncovered(tests) {
  const missing = tests.filter(
    (test2) => test2.state.kind === "uncovered" || test2.state.kind === "attestation-rejected"
  );
  const notApplicable = tests.filter((test2) => test2.state.kind === "not-applicable");
  if (missing.length === 0 && notApplicable.length === 0) return void 0;
  const parts = [
    `### Rubric tests without points (${missing.length + notApplicable.length} of 28)`
  ];
  if (missing.length > 0) {
    parts.push(
      renderTable(
        ["Test", "Title", "Why no points", "How to cover it"],
        missing.map((test2) => {
          const known = rubricTests.find((candidate) => candidate.id === test2.id);
          return [
            code(test2.id),
            known === void 0 ? escapeMarkdown(test2.title) : escapeMarkdown(known.title),
            "why" in test2.state ? escapeMarkdown(test2.state.why, { maxLength: 500 }) : "",
            // mlgate's own advice (trusted Markdown), not the copy in a report read back.
            known?.howToCover ?? ""
          ];
        })
      ),
      "Any test can also be attested as a documented manual test for 0.5 points: `attestations.<test id>: {evidence: <file>, reviewed: YYYY-MM-DD}`."
    );
  }
  if (notApplicable.length > 0) {
    parts.push(
      `**Not applicable (N/A, 0 points):**

${notApplicable.map(
        (test2) => `- ${code(test2.id)}: ${"reason" in test2.state ? escapeMarkdown(test2.state.reason, { maxLength: 500 }) : ""}`
      ).join("\n")}`
    );
  }
  return parts.join("\n\n");
}
function renderAllTests(report) {
  const rows = report.score.tests.map((test2) => [
    code(test2.id),
    escapeMarkdown(rubricTests.find((candidate) => candidate.id === test2.id)?.title ?? test2.title),
    test2.state.kind === "not-applicable" ? "N/A" : formatCell(test2.points),
    describeState(test2)
  ]);
  return `<details>
<summary>All 28 rubric tests</summary>

${renderTable(["Test", "Title", "Points", "How"], rows)}

</details>`;
}
function describeState(test2) {
  const { state } = test2;
  switch (state.kind) {
    case "automated":
      return `automated: ${state.checks.map((id) => code(id)).join(", ")}`;
    case "attested":
      return `attested: ${escapeMarkdown(state.evidence)}${state.reviewed === void 0 ? "" : `, reviewed ${escapeMarkdown(state.reviewed)}`}`;
    case "attestation-rejected":
      return `attestation not counted: ${escapeMarkdown(state.why, { maxLength: 500 })}`;
    case "not-applicable":
      return `not applicable: ${escapeMarkdown(state.reason, { maxLength: 500 })}`;
    case "uncovered":
      return `uncovered: ${escapeMarkdown(state.why, { maxLength: 500 })}`;
    default:
      return escapeMarkdown(String(state.kind));
  }
}
var waiverEffects = {
  waived: "\u2705 waived",
  expired: "\u231B expired",
  unused: "\u{1F4A4} unused",
  refused: "\u26D4 refused"
};
function renderWaivers(waivers) {
  const rows = waivers.map((waiver2) => [
    code(waiver2.check),
    waiver2.finding === void 0 ? "_whole check_" : code(waiver2.finding),
    escapeMarkdown(waiver2.owner, { maxLength: 100 }),
    escapeMarkdown(waiver2.expires, { maxLength: 20 }),
    `${waiverEffects[waiver2.effect] ?? escapeMarkdown(String(waiver2.effect))}: ${escapeMarkdown(waiver2.note, { maxLength: 500 })}`,
    escapeMarkdown(waiver2.reason, { newline: "<br>", maxLength: 1e3 })
  ]);
  return `### Waivers

${renderTable(["Check", "Finding", "Owner", "Expires", "This run", "Reason"], rows)}`;
}
function renderFooter(report) {
  const parts = [`mlgate ${escapeMarkdown(report.mlgateVersion, { maxLength: 40 })}`];
  const sha = report.event.sha;
  if (typeof sha === "string" && /^[0-9a-f]{7,64}$/i.test(sha))
    parts.push(`commit ${sha.slice(0, 7)}`);
  if (isHttpUrl(report.event.runUrl)) parts.push(`[workflow run](${report.event.runUrl})`);
  parts.push(`event ${escapeMarkdown(report.event.name, { maxLength: 40 })}`);
  const production = renderProduction(report);
  return `---
${production ? `<sub>${production}</sub><br>
` : ""}<sub>${parts.join(" \xB7 ")}</sub>`;
}
function renderProduction(report) {
  const production = report.event.production;
  if (!production) return void 0;
  const note = production.note ? escapeMarkdown(production.note, { maxLength: 500 }) : "";
  const artifact = production.artifact;
  if (production.source !== "artifact" || !artifact) {
    return `Production: files at the base commit${note ? ` (no production artifact: ${note})` : ""}.`;
  }
  const run = isHttpUrl(artifact.runUrl) ? `[run ${artifact.runId}](${artifact.runUrl})` : `run ${artifact.runId}`;
  const files = production.files.map((file) => code(file)).join(", ");
  const commit = /^[0-9a-f]{7,64}$/i.test(artifact.sha) ? `, commit ${artifact.sha.slice(0, 7)}` : "";
  return `Production: ${files} from the artifact ${code(artifact.name)} of ${run}${commit}${note ? ` (${note})` : ""}.`;
}
function isHttpUrl(url) {
  return typeof url === "string" && /^https?:\/\/[^\s<>()"'`\\]+$/.test(url) && url.length <= 500;
}

// src/report/render-json.ts
function renderJson(report) {
  return `${JSON.stringify(report, keepNonFinite, 2)}
`;
}
function keepNonFinite(_key, value) {
  return typeof value === "number" && !Number.isFinite(value) ? String(value) : value;
}

export {
  formatConfigError,
  configProblem,
  sections,
  instanceNamePattern,
  resultKey,
  runGate,
  commentMarker,
  monitoringMarker,
  commentLimit,
  renderComment,
  renderSummary,
  renderJson
};
/*! For license information please see chunk-J2ZRDIJ2.js.LEGAL.txt */
