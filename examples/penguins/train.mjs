// A small, real, deterministic model: logistic regression (batch gradient
// descent) predicting a penguin's sex from its measurements and species.
// Reads data/penguins.csv; writes the train/serving split, the model, its
// predictions on the held-out rows, a majority-class baseline's predictions,
// and metrics. Run from this folder: node train.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const numeric = ['bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', 'body_mass_g'];
const species = ['Adelie', 'Chinstrap', 'Gentoo'];
const [headerLine, ...lines] = readFileSync('data/penguins.csv', 'utf8').trim().split('\n');
const header = headerLine.split(',');
const rows = lines
  .map((line) => Object.fromEntries(line.split(',').map((v, i) => [header[i], v])))
  .filter((r) => r.sex !== '' && numeric.every((c) => r[c] !== ''));

// Deterministic split: every fourth labelled row is held out as "serving" data.
const train = rows.filter((_, i) => i % 4 !== 0);
const serving = rows.filter((_, i) => i % 4 === 0);

const stats = numeric.map((c) => {
  const xs = train.map((r) => Number(r[c]));
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const std = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
  return { column: c, mean, std };
});
const features = (r) => [
  1,
  ...stats.map(({ column, mean, std }) => (Number(r[column]) - mean) / std),
  ...species.slice(1).map((s) => (r.species === s ? 1 : 0)),
];
const sigmoid = (z) => 1 / (1 + Math.exp(-z));

const X = train.map(features);
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

const round = (v) => Number(v.toFixed(6));
const score = (r) => round(sigmoid(features(r).reduce((s, v, j) => s + v * weights[j], 0)));
const majority = y.filter(Boolean).length * 2 >= y.length ? 1 : 0;
const csv = (records) =>
  `${Object.keys(records[0]).join(',')}\n${records.map((r) => Object.values(r).join(',')).join('\n')}\n`;
const columns = ['id', ...numeric, 'species', 'island', 'sex'];
const pick = (r) => Object.fromEntries(columns.map((c) => [c, r[c]]));

mkdirSync('model', { recursive: true });
mkdirSync('predictions', { recursive: true });
writeFileSync('data/train.csv', csv(train.map(pick)));
writeFileSync('data/serving.csv', csv(serving.map(pick)));
writeFileSync('model/model.json', `${JSON.stringify({ features: ['bias', ...numeric, 'species=Chinstrap', 'species=Gentoo'], weights: weights.map(round), scaling: stats }, null, 2)}\n`);
writeFileSync(
  'predictions/candidate.csv',
  csv(serving.map((r) => ({ id: r.id, label: r.sex === 'male' ? 1 : 0, score: score(r), species: r.species, island: r.island }))),
);
writeFileSync(
  'predictions/baseline.csv',
  csv(serving.map((r) => ({ id: r.id, label: r.sex === 'male' ? 1 : 0, score: majority }))),
);
const accuracy = serving.filter((r) => (score(r) >= 0.5 ? 1 : 0) === (r.sex === 'male' ? 1 : 0)).length / serving.length;
writeFileSync('metrics.json', `${JSON.stringify({ accuracy: round(accuracy), rows: serving.length }, null, 2)}\n`);
