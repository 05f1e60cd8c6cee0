/** The same predictions restricted to some rows, in the given order (for pairing two prediction sets). */
import type { Predictions } from './read-predictions.ts';

export function selectRows(predictions: Predictions, rows: Int32Array): Predictions {
  const ids = predictions.ids ? Array.from(rows, (row) => predictions.ids![row]!) : null;
  const pick = <T extends Uint8Array | Int32Array | Float64Array>(values: T): T =>
    values.constructor === Uint8Array
      ? (Uint8Array.from(rows, (row) => values[row]!) as T)
      : values.constructor === Int32Array
        ? (Int32Array.from(rows, (row) => values[row]!) as T)
        : (Float64Array.from(rows, (row) => values[row]!) as T);
  switch (predictions.task) {
    case 'binary': {
      const { labels, scores, predicted } = predictions.data;
      return {
        ...predictions,
        ids,
        data: {
          labels: pick(labels),
          scores: scores ? pick(scores) : null,
          predicted: predicted ? pick(predicted) : null,
        },
      };
    }
    case 'multiclass': {
      const { probabilities, probabilityClasses: k } = predictions.data;
      let picked: Float64Array | null = null;
      if (probabilities) {
        picked = new Float64Array(rows.length * k);
        rows.forEach((row, i) => {
          picked!.set(probabilities.subarray(row * k, row * k + k), i * k);
        });
      }
      return {
        ...predictions,
        ids,
        data: {
          ...predictions.data,
          labels: pick(predictions.data.labels),
          predicted: pick(predictions.data.predicted),
          probabilities: picked,
        },
      };
    }
    case 'regression':
      return {
        ...predictions,
        ids,
        data: {
          labels: pick(predictions.data.labels),
          predicted: pick(predictions.data.predicted),
        },
      };
  }
}
