// The training pipeline's predictions: the trained model scores the held-out
// rows (data/serving.csv), with their labels and the columns slices need.
// Run after train.mjs: node predict.mjs (mlgate.yml's step `predict`).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readCsv, score, toCsv } from './penguin-model.mjs';

const model = JSON.parse(readFileSync('model/model.json', 'utf8'));
const predictions = readCsv('data/serving.csv').map((r) => ({
  id: r.id,
  label: r.sex === 'male' ? 1 : 0,
  score: score(model, r),
  species: r.species,
  island: r.island,
}));
mkdirSync('predictions', { recursive: true });
writeFileSync('predictions/candidate.csv', toCsv(predictions));
