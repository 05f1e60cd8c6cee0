/**
 * Turns a predictions table into typed arrays for the metric evaluators,
 * refusing what would make a metric wrong rather than undefined: a missing
 * label, a non-numeric or non-finite score, probabilities that do not sum to
 * 1, a label outside the probability columns, a duplicated id. Every error
 * names the file and line of the row and the column.
 */

import type { Table } from '../data/table.ts';
import { parseNumberCell } from '../formats/parse-number.ts';
import type { BinaryData } from './binary-metrics.ts';
import { type LabelCodes, labelCodesOfCells } from './label-codes.ts';
import { labelKey } from './label-key.ts';
import type { Task } from './metric-catalog.ts';
import { formatNumber } from './metric-value.ts';
import type { MulticlassData } from './multiclass-metrics.ts';
import { quoteList } from './quote-list.ts';
import type { RegressionData } from './regression-metrics.ts';
import { requireColumn } from './require-column.ts';
import { rowError } from './row-error.ts';

export interface PredictionColumns {
  task: Task;
  labelColumn: string;
  /** Binary: the positive class's score. Regression: the prediction, when no prediction column. */
  scoreColumn?: string | undefined;
  /** The predicted label (classification) or value (regression). */
  predictionColumn?: string | undefined;
  /** Binary: the label value that counts as positive; inferred for 0/1 and true/false. */
  positiveLabel?: string | number | boolean | undefined;
  /** Multiclass: class → the column holding its probability. */
  probabilityColumns?: Readonly<Record<string, string>> | undefined;
  /** Multiclass: every column named `<prefix><class>` holds that class's probability. */
  probabilityPrefix?: string | undefined;
  /** Names each row, for joining prediction sets and features. */
  idColumn?: string | undefined;
}

interface Common {
  table: Table;
  /** Row ids from `idColumn`, or null without one. */
  ids: readonly string[] | null;
}

export type Predictions = Common &
  (
    | { task: 'binary'; data: BinaryData; positiveLabel: string; negativeLabel: string | null }
    | { task: 'multiclass'; data: MulticlassData }
    | { task: 'regression'; data: RegressionData }
  );

/** Rows may sum to 1 ± this: probabilities written with two decimals still pass. */
const probabilitySumTolerance = 0.01;

/**
 * Columns a typed scan already holds (src/metrics/scanned-predictions-table.ts),
 * so that a million cells need not be made values one by one. Given only for a
 * table that has every column the PredictionColumns name.
 */
export interface TypedColumns {
  /** The column's values when every cell is a present, finite number; else undefined (its cells then say why). */
  numbers(column: string): Float64Array | undefined;
  /** The column's labels as codes; undefined for a column not read as text. */
  labelCodes(column: string): LabelCodes | undefined;
}

/** The table and, when it came from a typed scan, its typed columns. */
interface Source {
  table: Table;
  typed: TypedColumns | undefined;
}

export function readPredictions(
  table: Table,
  columns: PredictionColumns,
  typed?: TypedColumns,
): Predictions {
  if (table.rowCount === 0) {
    throw new Error(`${table.source}: the predictions file has a header but no rows`);
  }
  const source: Source = { table, typed };
  const ids = columns.idColumn ? readIds(table, columns.idColumn) : null;
  // Typed columns exist; otherwise a missing label column is the first error.
  if (!typed) requireColumn(table, columns.labelColumn, 'label_column');
  if (columns.task === 'regression') {
    const predictionColumn = columns.predictionColumn ?? columns.scoreColumn;
    if (!predictionColumn) {
      throw new Error(
        `${table.source}: a regression task needs prediction_column (the predicted value)`,
      );
    }
    return {
      task: 'regression',
      table,
      ids,
      data: {
        labels: numbers(source, columns.labelColumn, 'label_column', 'label'),
        predicted: numbers(source, predictionColumn, 'prediction_column', 'prediction'),
      },
    };
  }
  const labels =
    typed?.labelCodes(columns.labelColumn) ??
    labelCodesOfCells(requireColumn(table, columns.labelColumn, 'label_column'));
  const missing = labels.codes.indexOf(-1);
  if (missing >= 0) {
    throw rowError(
      table,
      missing,
      `missing label in column "${columns.labelColumn}"; fill it or drop the row`,
    );
  }
  return columns.task === 'binary'
    ? { ...readBinary(source, columns, labels), table, ids }
    : { ...readMulticlass(source, columns, labels), table, ids };
}

function readBinary({ table, typed }: Source, columns: PredictionColumns, labels: LabelCodes) {
  const distinct = labels.keys;
  if (distinct.length > 2) {
    throw new Error(
      `${table.source}: column "${columns.labelColumn}" has ${distinct.length} distinct labels (${quoteList(distinct)}); a binary task needs two — use task multiclass`,
    );
  }
  const positive = positiveLabelOf(table, columns, distinct);
  const negative = distinct.find((label) => label !== positive) ?? null;
  if (!columns.scoreColumn && !columns.predictionColumn) {
    throw new Error(
      `${table.source}: a binary task needs score_column (a score or probability per row) or prediction_column`,
    );
  }
  let predicted: Uint8Array | null = null;
  if (columns.predictionColumn) {
    const cells = requireColumn(table, columns.predictionColumn, 'prediction_column');
    predicted = Uint8Array.from(cells, (cell, row) => {
      const key = labelKey(cell);
      if (key === null)
        throw rowError(table, row, `missing prediction in column "${columns.predictionColumn}"`);
      if (key !== positive && key !== negative) {
        throw rowError(
          table,
          row,
          `prediction "${key}" in column "${columns.predictionColumn}" is not one of the labels (${quoteList(distinct)})`,
        );
      }
      return key === positive ? 1 : 0;
    });
  }
  const positiveCode = distinct.indexOf(positive);
  const isPositive = new Uint8Array(labels.codes.length);
  for (let row = 0; row < isPositive.length; row++)
    isPositive[row] = labels.codes[row] === positiveCode ? 1 : 0;
  const data: BinaryData = {
    labels: isPositive,
    scores: columns.scoreColumn
      ? numbers({ table, typed }, columns.scoreColumn, 'score_column', 'score')
      : null,
    predicted,
  };
  return { task: 'binary' as const, data, positiveLabel: positive, negativeLabel: negative };
}

function positiveLabelOf(table: Table, columns: PredictionColumns, distinct: string[]): string {
  if (columns.positiveLabel !== undefined) {
    const positive = labelKey(columns.positiveLabel) ?? '';
    if (distinct.length === 2 && !distinct.includes(positive)) {
      throw new Error(
        `positive_label "${positive}" is not among the labels of ${table.source} column "${columns.labelColumn}" (${quoteList(distinct)}); labels are case-sensitive`,
      );
    }
    return positive;
  }
  if (distinct.every((label) => label === '0' || label === '1')) return '1';
  const truthy = distinct.find((label) => label.toLowerCase() === 'true');
  if (distinct.every((label) => ['true', 'false'].includes(label.toLowerCase())))
    return truthy ?? 'true';
  throw new Error(
    `${table.source}: the labels in column "${columns.labelColumn}" are ${quoteList(distinct)}; say which one is positive with positive_label (CLI: --positive-label)`,
  );
}

function readMulticlass(source: Source, columns: PredictionColumns, labelCodes: LabelCodes) {
  const { table } = source;
  const probabilityColumns = probabilityColumnsOf(table, columns);
  const classes = probabilityColumns.map(([name]) => name);
  const k = classes.length;
  const classIndex = new Map(classes.map((name, i) => [name, i]));
  const indexOf = (key: string) => {
    let index = classIndex.get(key);
    if (index === undefined) {
      index = classes.length;
      classIndex.set(key, index);
      classes.push(key);
    }
    return index;
  };
  // Each label's class, found at its first row: that row is the one an error names.
  const classOfCode = new Int32Array(labelCodes.keys.length).fill(-1);
  const labels = labelCodes.codes.map((code, row) => {
    if (classOfCode[code]! >= 0) return classOfCode[code]!;
    const key = labelCodes.keys[code]!;
    if (k > 0 && !classIndex.has(key)) {
      throw rowError(
        table,
        row,
        `label "${key}" has no probability column (the columns cover ${quoteList(classes.slice(0, k))}); add one for every class`,
      );
    }
    classOfCode[code] = indexOf(key);
    return classOfCode[code]!;
  });
  let probabilities: Float64Array | null = null;
  if (k > 0) {
    probabilities = new Float64Array(table.rowCount * k);
    probabilityColumns.forEach(([, column], j) => {
      const values = numbers(source, column, 'probability_columns', 'probability');
      values.forEach((p, row) => {
        if (p < 0 || p > 1)
          throw rowError(table, row, `probability ${p} in column "${column}" is outside [0, 1]`);
        probabilities![row * k + j] = p;
      });
    });
    for (let row = 0; row < table.rowCount; row++) {
      let sum = 0;
      for (let j = 0; j < k; j++) sum += probabilities[row * k + j]!;
      if (Math.abs(sum - 1) > probabilitySumTolerance) {
        throw rowError(
          table,
          row,
          `the class probabilities sum to ${formatNumber(sum)}, not 1; there must be one probability column per class (${quoteList(classes.slice(0, k))} so far)`,
        );
      }
    }
  }
  let predicted: Int32Array;
  if (columns.predictionColumn) {
    const cells = requireColumn(table, columns.predictionColumn, 'prediction_column');
    predicted = Int32Array.from(cells, (cell, row) => {
      const key = labelKey(cell);
      if (key === null)
        throw rowError(table, row, `missing prediction in column "${columns.predictionColumn}"`);
      return indexOf(key);
    });
  } else if (probabilities) {
    // The first most probable class, as numpy's argmax breaks ties.
    predicted = Int32Array.from({ length: table.rowCount }, (_, row) => {
      let best = 0;
      for (let j = 1; j < k; j++)
        if (probabilities[row * k + j]! > probabilities[row * k + best]!) best = j;
      return best;
    });
  } else {
    throw new Error(
      `${table.source}: a multiclass task needs prediction_column or probability columns (probability_columns or probability_prefix)`,
    );
  }
  const data: MulticlassData = { classes, labels, predicted, probabilities, probabilityClasses: k };
  return { task: 'multiclass' as const, data };
}

function probabilityColumnsOf(table: Table, columns: PredictionColumns): [string, string][] {
  if (columns.probabilityColumns) {
    return Object.entries(columns.probabilityColumns).map(([name, column]) => [
      labelKey(name) ?? name,
      column,
    ]);
  }
  const prefix = columns.probabilityPrefix;
  if (prefix === undefined) return [];
  const found = table.columnNames
    .filter((name) => name.startsWith(prefix) && name.length > prefix.length)
    .map((name): [string, string] => [labelKey(name.slice(prefix.length)) ?? name, name]);
  if (found.length < 2) {
    throw new Error(
      `${table.source}: probability_prefix "${prefix}" matches ${found.length} column(s); name one column per class, e.g. ${prefix}cat and ${prefix}dog`,
    );
  }
  return found;
}

function readIds(table: Table, column: string): string[] {
  const seen = new Map<string, number>();
  return requireColumn(table, column, 'id_column').map((cell, row) => {
    const id = labelKey(cell);
    if (id === null) throw rowError(table, row, `missing id in column "${column}"`);
    const first = seen.get(id);
    if (first !== undefined) {
      throw rowError(
        table,
        row,
        `id "${id}" in column "${column}" repeats line ${table.lineOf(first)}; ids must be unique`,
      );
    }
    seen.set(id, row);
    return id;
  });
}

/** The column's numbers; `key` names it in the config when it is missing. */
function numbers(
  { table, typed }: Source,
  column: string,
  key: string,
  what: string,
): Float64Array {
  const scanned = typed?.numbers(column);
  if (scanned) return scanned;
  const cells = requireColumn(table, column, key);
  const values = new Float64Array(cells.length);
  // A plain loop: a million cells per column.
  for (let row = 0; row < cells.length; row++) {
    const cell = cells[row]!;
    const value = parseNumberCell(cell);
    if (value === null) throw rowError(table, row, `missing ${what} in column "${column}"`);
    if (value === undefined)
      throw rowError(table, row, `${what} "${String(cell)}" in column "${column}" is not a number`);
    if (!Number.isFinite(value))
      throw rowError(
        table,
        row,
        `${what} in column "${column}" is ${value}; it must be a finite number`,
      );
    values[row] = value;
  }
  return values;
}
