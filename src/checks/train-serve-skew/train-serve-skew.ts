/**
 * Monitor 3, "training and serving features compute the same values": the
 * distribution of each serving feature against training (the drift
 * computation with tighter thresholds, L∞ for categories as TFDV's skew
 * comparator); with an id column both files carry, every serving example
 * joined to its training example and each feature value compared within a
 * tolerance; and prediction parity — the training code's and the serving
 * path's predictions for the same ids must agree. The serving side is either
 * a step's fresh output — the serving step run on the training examples, so
 * the comparison is of what the PR's serving code computes now — or committed
 * serving logs, which warn when they are older than the code that writes them.
 */

import { parseStepOutputPath } from '../../config-fields/step-output.ts';
import { tableFileOptions } from '../../config-fields/table-file-options.ts';
import { compareExamples } from '../../drift/compare-examples.ts';
import type { DriftRules } from '../../drift/drift-rules.ts';
import { type DriftRun, runDrift } from '../../drift/run-drift.ts';
import { onScanThreads } from '../../drift/scan-threads.ts';
import { parseTableSchema } from '../../table-schema/table-schema.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { dataFile, referenceFile } from '../drift/drift.ts';
import { rulesFromConfig } from '../drift/drift-config.ts';
import { driftOutcome } from '../drift/drift-outcome.ts';
import { type ExamplesPart, examplesPart } from './examples-outcome.ts';
import { predictionParity } from './prediction-parity.ts';
import { servingSources } from './serving-source.ts';
import { servingPart } from './serving-source-outcome.ts';
import { type TrainServeSkewConfig, trainServeSkewConfig } from './train-serve-skew-config.ts';

const key = 'checks.train_serve_skew';

export const trainServeSkew: CheckDefinition<typeof trainServeSkewConfig> = {
  id: 'train_serve_skew',
  title: 'Training and serving compute the same features and predictions',
  rubric: ['monitor-3'],
  config: trainServeSkewConfig,
  async run(config, { workspace, pipeline, scanThreads }) {
    const schema = config.schema
      ? parseTableSchema(await workspace.readText(config.schema, `${key}.schema`), config.schema)
      : undefined;
    const rules = rulesFromConfig(config);
    const keepScans = config.id_column !== undefined;
    const run = await onScanThreads(scanThreads, `${key}.serving`, async (elsewhere) =>
      runDrift(
        await referenceFile(workspace, config.training, `${key}.training`),
        dataFile(workspace, config.serving, `${key}.serving`),
        rules,
        schema,
        // With keepScans the rows are joined here, and runDrift compares them all here.
        { keepScans, configKey: key, ...(elsewhere ? { elsewhere } : {}) },
      ),
    );
    const serving = servingPart(await servingSources(config, workspace, pipeline));
    const parts: Array<ExamplesPart & { summary: string }> = [];
    if (config.id_column !== undefined)
      parts.push(featureValues(run, rules, config, config.id_column));
    if (config.predictions) {
      parts.push(await predictionParity(config.predictions, workspace, config.max_examples));
    }
    return driftOutcome(run, {
      noun: 'skew',
      configKey: key,
      extraFigures: parts.flatMap((part) => part.figures),
      extraFindings: [...parts.flatMap((part) => part.findings), ...serving.findings],
      extraDetails: [...serving.details, ...parts.flatMap((part) => part.details)],
      extraSummary: [...parts.map((part) => part.summary), serving.summary],
    });
  },
};

/** Every serving example joined to its training example by id, each feature value compared. */
function featureValues(
  run: DriftRun,
  rules: DriftRules,
  config: TrainServeSkewConfig,
  idColumn: string,
): ExamplesPart & { summary: string } {
  // The config refuses id_column with a profile, so both scans are there.
  const scans = run.scans!;
  const ignored = new Set([...rules.ignore, idColumn]);
  const names = run.result.features
    .filter((f) => f.status !== 'ignored' && !ignored.has(f.name))
    .map((f) => f.name)
    .sort();
  const comparison = compareExamples(
    scans.reference,
    scans.current,
    idColumn,
    names.map((name) => ({ name, training: name, serving: name })),
    { absolute: config.absolute_tolerance, relative: config.relative_tolerance },
    config.max_examples,
  );
  const servingPath = tableFileOptions(config.serving).path;
  const servingStep = parseStepOutputPath(servingPath)?.step;
  const part = examplesPart(comparison, {
    prefix: 'values',
    servingPath,
    maxShare: config.max_mismatch_share,
    configKey: key,
    trainingPath: run.result.reference.path,
    ...(servingStep ? { servingStep } : {}),
  });
  const differing = comparison.columns.filter((c) => c.mismatches > 0).length;
  return {
    ...part,
    summary: `example by example: ${differing} feature(s) differ in ${comparison.skewedExamples} of ${comparison.joined} joined examples`,
  };
}
