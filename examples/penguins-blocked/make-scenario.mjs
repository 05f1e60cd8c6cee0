// Builds the blocked scenario from the bundled example's real data: Palmer
// Penguins (Gorman, Williams & Fraser 2014, CC0, via vega-datasets' penguins.json,
// already split by ../penguins/train.mjs into 249 training and 84 held-out rows).
// What a pull request that should not merge brings:
// - a degraded model: the example's logistic regression retrained on flipper
//   length and species alone (bill and body-mass measurements dropped), scored
//   on the same 84 held-out penguins;
// - a bad serving batch: those 84 penguins as a new field season recorded them,
//   with every flipper read 15 mm long, three weights typed with an extra zero,
//   two rows without a species, two with an island that is not in the schema,
//   one bill depth left blank.
// Production's predictions are the example's model on the same penguins.
// Deterministic; run from the repository root: node examples/penguins-blocked/make-scenario.mjs
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { features, readCsv, round, score, sigmoid, toCsv } from '../penguins/penguin-model.mjs';

const example = new URL('../penguins/', import.meta.url);
const here = new URL('./', import.meta.url);
const at = (base, path) => new URL(path, base);

const train = readCsv(at(example, 'data/train.csv'));
const heldOut = readCsv(at(example, 'data/serving.csv'));

/** Standardisation of the kept measurements, from the training rows. */
function scalingOf(rows, columns) {
  return columns.map((column) => {
    const xs = rows.map((r) => Number(r[column]));
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const std = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
    return { column, mean, std };
  });
}

/** The example's training (../penguins/train.mjs): 3,000 epochs of batch gradient descent, rate 0.5. */
function trainModel(rows, scaling) {
  const X = rows.map((r) => features(r, scaling));
  const y = rows.map((r) => (r.sex === 'male' ? 1 : 0));
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
  return { weights: weights.map(round), scaling };
}

/** The held-out penguins as the new field season sent them (index = row in ../penguins/data/serving.csv). */
function badServingRow(row, index) {
  const bad = { ...row, flipper_length_mm: String(Number(row.flipper_length_mm) + 15) };
  if ([10, 30, 50].includes(index)) bad.body_mass_g = `${row.body_mass_g}0`;
  if ([20, 40].includes(index)) bad.species = '';
  if ([25, 60].includes(index)) bad.island = 'Anvers';
  if (index === 70) bad.bill_depth_mm = '';
  return bad;
}

const model = trainModel(train, scalingOf(train, ['flipper_length_mm']));
const prediction = (r) => ({
  id: r.id,
  label: r.sex === 'male' ? 1 : 0,
  score: score(model, r),
  species: r.species,
  island: r.island,
});

for (const dir of ['data', 'model', 'predictions']) mkdirSync(at(here, dir), { recursive: true });
copyFileSync(at(example, 'data/train.csv'), at(here, 'data/train.csv'));
copyFileSync(at(example, 'schema.json'), at(here, 'schema.json'));
copyFileSync(at(example, 'predictions/candidate.csv'), at(here, 'predictions/production.csv'));
writeFileSync(at(here, 'data/serving.csv'), toCsv(heldOut.map(badServingRow)));
writeFileSync(at(here, 'model/model.json'), `${JSON.stringify(model, null, 2)}\n`);
writeFileSync(at(here, 'predictions/candidate.csv'), toCsv(heldOut.map(prediction)));
