// Steps one example through the model and prints every intermediate value.
// node debug.mjs <id>
import { readFileSync } from 'node:fs';
import { features, readCsv, score, species } from './penguin-model.mjs';

const id = process.argv[2];
const row = readCsv('data/serving.csv').find((r) => r.id === id);
if (!row) {
  console.error(`no example with id ${id} in data/serving.csv`);
  process.exit(1);
}
const model = JSON.parse(readFileSync('model/model.json', 'utf8'));
const names = [
  'bias',
  ...model.scaling.map((s) => `${s.column} (standardised)`),
  ...species.slice(1).map((s) => `species=${s}`),
];
const x = features(row, model.scaling);
console.log(`example ${id}: ${JSON.stringify(row)}`);
let logit = 0;
x.forEach((value, j) => {
  logit += value * model.weights[j];
  console.log(
    `${names[j].padEnd(32)} x=${value.toFixed(4).padStart(8)}  w=${model.weights[j].toFixed(4).padStart(8)}  running logit=${logit.toFixed(4)}`,
  );
});
console.log(`P(male) = sigmoid(${logit.toFixed(4)}) = ${score(model, row)}`);
