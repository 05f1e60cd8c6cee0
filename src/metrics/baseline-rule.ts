/**
 * Simple baselines computed from the evaluation labels, as scikit-learn's
 * dummy estimators predict: `majority_class` is DummyClassifier(strategy=
 * 'prior') — every row scored with the class frequencies and predicted as the
 * most frequent class (ties to the first class name in sorted order) — and
 * `mean` / `median` are DummyRegressor(strategy='mean' | 'median'). They are
 * fitted on the evaluation labels themselves, the best any constant can do
 * there, so a candidate that fails to beat them has learnt nothing usable.
 * Cost: O(n·k).
 */
import { median } from 'simple-statistics';
import type { Predictions } from './read-predictions.ts';

export const baselineRules = ['majority_class', 'mean', 'median'] as const;
export type BaselineRule = (typeof baselineRules)[number];

export function ruleBaseline(candidate: Predictions, rule: BaselineRule): Predictions {
  const n = candidate.data.labels.length;
  switch (candidate.task) {
    case 'binary': {
      if (rule !== 'majority_class')
        throw new Error(`baseline rule ${rule} is for regression; use majority_class`);
      const positives = candidate.data.labels.reduce((sum, label) => sum + label, 0);
      const rate = positives / n;
      const positiveFirst = candidate.positiveLabel < (candidate.negativeLabel ?? '');
      const majority = rate > 0.5 || (rate === 0.5 && positiveFirst) ? 1 : 0;
      return {
        ...candidate,
        data: {
          labels: candidate.data.labels,
          scores: new Float64Array(n).fill(rate),
          predicted: new Uint8Array(n).fill(majority),
        },
      };
    }
    case 'multiclass': {
      if (rule !== 'majority_class')
        throw new Error(`baseline rule ${rule} is for regression; use majority_class`);
      const { classes, labels, probabilityClasses: k } = candidate.data;
      const counts = new Float64Array(classes.length);
      for (const label of labels) counts[label]! += 1;
      let majority = 0;
      for (let c = 1; c < classes.length; c++) {
        const more = counts[c]! > counts[majority]!;
        const tieFirst = counts[c] === counts[majority] && classes[c]! < classes[majority]!;
        if (more || tieFirst) majority = c;
      }
      let probabilities: Float64Array | null = null;
      if (k > 0) {
        probabilities = new Float64Array(n * k);
        for (let row = 0; row < n; row++) {
          for (let j = 0; j < k; j++) probabilities[row * k + j] = counts[j]! / n;
        }
      }
      return {
        ...candidate,
        data: { ...candidate.data, predicted: new Int32Array(n).fill(majority), probabilities },
      };
    }
    case 'regression': {
      if (rule === 'majority_class')
        throw new Error('baseline rule majority_class is for classification; use mean or median');
      const labels = [...candidate.data.labels];
      const value = rule === 'mean' ? labels.reduce((a, b) => a + b, 0) / n : median(labels);
      return {
        ...candidate,
        data: { labels: candidate.data.labels, predicted: new Float64Array(n).fill(value) },
      };
    }
  }
}
