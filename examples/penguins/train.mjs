// A small, real, deterministic model: logistic regression (batch gradient
// descent) predicting a penguin's sex from its measurements and species.
// Reads data/penguins.csv; writes the train/serving split, the model, a
// majority-class baseline's predictions on the held-out rows, and metrics.
// The model's own predictions are predict.mjs's. Run from this folder:
// node train.mjs (mlgate.yml's step `train`).
import { mkdirSync, writeFileSync } from 'node:fs';
import {
  features,
  numericFeatures,
  readCsv,
  round,
  score,
  sigmoid,
  toCsv,
} from './penguin-model.mjs';

const rows = readCsv('data/penguins.csv').filter(
  (r) => r.sex !== '' && numericFeatures.every((c) => r[c] !== ''),
);

// Deterministic split: every fourth labelled row is held out as "serving" data.
const train = rows.filter((_, i) => i % 4 !== 0);
const serving = rows.filter((_, i) => i % 4 === 0);

const scaling = numericFeatures.map((column) => {
  const xs = train.map((r) => Number(r[column]));
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const std = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
  return { column, mean, std };
});

const X = train.map((r) => features(r, scaling));
const y = train.map((r) => (r.sex === 'male' ? 1 : 0));
const weights = new Array(X[0].length).fill(0);
for (let epoch = 0; epoch < 3000; epoch++) {
  const gradient = new Array(weights.length).fill(0);
  X.forEach((x, i) => {
    const error = sigmoid(x.reduce((s, v, j) => s + v * weights[j], 0)) - y[i];
    x.forEach((v, j) => {
      gradient[j] += (error * v) / X.length;
    });
  });
  weights.forEach((_, j) => {
    weights[j] -= 0.5 * gradient[j];
  });
}
const model = { weights: weights.map(round), scaling };

const majority = y.filter(Boolean).length * 2 >= y.length ? 1 : 0;
const columns = ['id', ...numericFeatures, 'species', 'island', 'sex'];
const pick = (r) => Object.fromEntries(columns.map((c) => [c, r[c]]));
const label = (r) => (r.sex === 'male' ? 1 : 0);

mkdirSync('model', { recursive: true });
mkdirSync('predictions', { recursive: true });
writeFileSync('data/train.csv', toCsv(train.map(pick)));
writeFileSync('data/serving.csv', toCsv(serving.map(pick)));
writeFileSync('model/model.json', `${JSON.stringify(model, null, 2)}\n`);
writeFileSync(
  'predictions/baseline.csv',
  toCsv(serving.map((r) => ({ id: r.id, label: label(r), score: majority }))),
);
const correct = serving.filter((r) => (score(model, r) >= 0.5 ? 1 : 0) === label(r)).length;
writeFileSync(
  'metrics.json',
  `${JSON.stringify({ accuracy: round(correct / serving.length), rows: serving.length }, null, 2)}\n`,
);
