/**
 * The PR-sized `mlgate run` case (issue 17, target 1: ≤ 0.3 s): the penguins
 * example's data, schema and predictions (examples/penguins, 249 training and
 * 85 serving rows) copied into a folder of their own, with a config of every
 * check that reads those files and runs no command of the user's: schema,
 * feature policy, PII, association, drift, train/serve skew, model quality
 * (1,000 bootstrap resamples), baseline, slices, numerical stability. No git
 * repository, no base commit: what a local run on a small project costs.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const example = 'examples/penguins';
const files = ['data/train.csv', 'data/serving.csv', 'schema.json', 'predictions/candidate.csv'];

const config = `version: 1
checks:
  schema_validation:
    schema: schema.json
    training: data/train.csv
    serving: data/serving.csv
  feature_policy:
    files: [data/train.csv, data/serving.csv]
    presets: [protected_attributes]
    ignore_columns: [id, sex]
  pii_scan:
    files: [data/train.csv, data/serving.csv]
  feature_association:
    data: data/train.csv
    label: sex
    ignore: [id]
    floor: 0.05
  drift:
    reference: data/train.csv
    current: data/serving.csv
    schema: schema.json
    ignore: [id, sex]
  train_serve_skew:
    training: data/train.csv
    serving: data/serving.csv
    ignore: [id, sex]
  model_quality:
    predictions: predictions/candidate.csv
    task: binary
    label_column: label
    score_column: score
    id_column: id
    thresholds:
      roc_auc:
        red: { min: 0.9 }
      accuracy:
        red: { min: 0.85 }
    bootstrap: { resamples: 1000, confidence: 0.95, seed: 1 }
  baseline_comparison:
    predictions: predictions/candidate.csv
    task: binary
    label_column: label
    score_column: score
    baseline: { rule: majority_class }
    margins: { roc_auc: 0.2, accuracy: 0.2 }
  slices:
    predictions: predictions/candidate.csv
    task: binary
    label_column: label
    score_column: score
    id_column: id
    columns: [species, island]
    metrics:
      accuracy: { min: 0.75, max_gap: 0.15 }
    min_slice_size: 10
  numerical_stability:
    predictions: predictions/candidate.csv
    columns: [score]
    probability_columns: [score]
    id_column: id
`;

/** The project folder (its files copied once) and its config, written on every run. */
export function ensurePrSizedProject(directory: string): { root: string; config: string } {
  for (const file of files) {
    const target = path.join(directory, file);
    if (existsSync(target)) continue;
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(path.join(example, file), target);
  }
  const configPath = path.join(directory, 'mlgate.yml');
  writeFileSync(configPath, config);
  return { root: directory, config: configPath };
}
