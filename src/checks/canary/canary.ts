/**
 * Infra 6 — models are canaried before serving. The canary command loads the
 * model with the serving code and predicts on a sample; mlgate then checks
 * what it wrote: a fresh file, one row per sample row, the declared columns
 * and types, no NaN, values in range, and agreement with the training side's
 * predictions for the same ids within a tolerance. Given as `command`, it runs
 * in the repository itself, where earlier workflow steps left the model; given
 * as `step`, the gate run's pipeline runs it after the steps it needs (train),
 * and its output is read from that run.
 */

import { tableFileOptions } from '../../config-fields/table-file-options.ts';
import type { Table } from '../../data/table.ts';
import type { Workspace } from '../../workspace/workspace.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { commandOrStepOf } from '../pipeline/check-command.ts';
import { type CanaryAgreement, canaryAgreement } from './canary-agreement.ts';
import { type CanaryConfig, canaryConfig } from './canary-config.ts';
import { canaryFailureOutcome, canaryOutcome } from './canary-outcome.ts';
import { runCanaryCommand, runCanaryStep } from './canary-run.ts';
import { inspectCanaryOutput } from './inspect-canary-output.ts';

const key = 'checks.canary';

export const canary: CheckDefinition<typeof canaryConfig> = {
  id: 'canary',
  title: 'The model is canaried before serving',
  rubric: ['infra-6'],
  config: canaryConfig,
  async run(config, { workspace, pipeline }) {
    const source = commandOrStepOf(config);
    const run =
      'step' in source
        ? await runCanaryStep(source.step, config, pipeline)
        : await runCanaryCommand(source.command, config, workspace);
    if (run.kind === 'refused') return { kind: 'skipped', reason: run.reason };
    if (run.kind === 'failed') return canaryFailureOutcome(run);
    const { output } = run;
    const table = await run.written.readTable(output.path, `${key}.output`, output.options);
    // The sample and the training side's predictions are what the repository (or a step) holds.
    const expected = await expectedRows(config, workspace);
    return canaryOutcome(
      {
        outputPath: output.path,
        rows: table.rowCount,
        ...(expected ? { expected } : {}),
        cellFindings: inspectCanaryOutput(table, config),
        ...(await agreementWithTraining(config, workspace, table)),
      },
      run,
    );
  },
};

/** The rows the output must have: the sample's, or `expected_rows`. */
async function expectedRows(
  config: CanaryConfig,
  workspace: Workspace,
): Promise<{ rows: number; sample?: string } | undefined> {
  if (!config.sample) {
    return config.expected_rows === undefined ? undefined : { rows: config.expected_rows };
  }
  const sample = tableFileOptions(config.sample);
  const table = await workspace.readTable(sample.path, `${key}.sample`, sample.options);
  return { rows: table.rowCount, sample: sample.path };
}

async function agreementWithTraining(
  config: CanaryConfig,
  workspace: Workspace,
  table: Table,
): Promise<{ agreement?: CanaryAgreement }> {
  const { training_predictions: trainingPredictions, id_column: idColumn } = config;
  if (!trainingPredictions || !idColumn) return {};
  const training = tableFileOptions(trainingPredictions.path);
  const trainingTable = await workspace.readTable(
    training.path,
    `${key}.training_predictions`,
    training.options,
  );
  return {
    agreement: canaryAgreement(table, trainingTable, {
      ...config,
      id_column: idColumn,
      training_predictions: trainingPredictions,
    }),
  };
}
