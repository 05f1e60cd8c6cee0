const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  formatNumber
} from "./chunk-HVQBYSTA.js";
import {
  parseNumberCell
} from "./chunk-FJSVKJ5S.js";

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
