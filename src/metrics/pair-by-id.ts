/**
 * Pairs two prediction sets on their id column, so that a paired bootstrap
 * resamples the same examples for both. The two sets must agree on the label
 * of every shared id: otherwise they were scored on different data and a
 * comparison would be meaningless.
 */
import type { Predictions } from './read-predictions.ts';
import { selectRows } from './select-rows.ts';

export interface PairedPredictions {
  a: Predictions;
  b: Predictions;
  /** Rows of each set that the other lacks. */
  onlyA: number;
  onlyB: number;
}

export function pairById(a: Predictions, b: Predictions): PairedPredictions {
  if (!a.ids || !b.ids) throw new Error('pairing needs an id column in both prediction sets');
  const rowOfB = new Map(b.ids.map((id, row) => [id, row]));
  const rowsA: number[] = [];
  const rowsB: number[] = [];
  a.ids.forEach((id, row) => {
    const other = rowOfB.get(id);
    if (other === undefined) return;
    const labelA = labelOf(a, row);
    const labelB = labelOf(b, other);
    if (labelA !== labelB) {
      throw new Error(
        `${a.table.source}:${a.table.lineOf(row)} and ${b.table.source}:${b.table.lineOf(other)}: id "${id}" has label "${labelA}" in one and "${labelB}" in the other; compare predictions on the same evaluation data`,
      );
    }
    rowsA.push(row);
    rowsB.push(other);
  });
  return {
    a: selectRows(a, Int32Array.from(rowsA)),
    b: selectRows(b, Int32Array.from(rowsB)),
    onlyA: a.ids.length - rowsA.length,
    onlyB: b.ids.length - rowsB.length,
  };
}

function labelOf(predictions: Predictions, row: number): string {
  switch (predictions.task) {
    case 'binary':
      return predictions.data.labels[row]
        ? predictions.positiveLabel
        : (predictions.negativeLabel ?? '');
    case 'multiclass':
      return predictions.data.classes[predictions.data.labels[row]!]!;
    case 'regression':
      return String(predictions.data.labels[row]);
  }
}
