// The serving path: loads the committed model and scores a batch of requests.
// node serve.mjs <input.csv> <output.csv>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { readCsv, score, toCsv } from './penguin-model.mjs';

const [input, output] = process.argv.slice(2);
const model = JSON.parse(readFileSync('model/model.json', 'utf8'));
const scored = readCsv(input).map((r) => ({ id: r.id, score: score(model, r) }));
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, toCsv(scored));
