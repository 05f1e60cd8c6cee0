/**
 * Infra 6 — models are canaried before serving. The canary command loads the
 * model with the serving code and predicts on a sample; mlgate then checks
 * what it wrote: a fresh file, one row per sample row, the declared columns
 * and types, no NaN, values in range, and agreement with the training side's
 * predictions for the same ids within a tolerance. The command runs in the
 * repository itself, where earlier steps left the model.
 */

import { tableFileOptions } from '../../config-fields/table-file-options.ts';
import type { Table } from '../../data/table.ts';
import { minutesToMs, requireFinished } from '../../infra/command-outcome.ts';
import { fileWasWritten } from '../../infra/file-was-written.ts';
import type { Workspace } from '../../workspace/workspace.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { type CanaryAgreement, canaryAgreement } from './canary-agreement.ts';
import { type CanaryConfig, canaryConfig } from './canary-config.ts';
import { type CanaryRunFailure, canaryFailureOutcome, canaryOutcome } from './canary-outcome.ts';
import { inspectCanaryOutput } from './inspect-canary-output.ts';

const key = 'checks.canary';

export const canary: CheckDefinition<typeof canaryConfig> = {
  id: 'canary',
  title: 'The model is canaried before serving',
  rubric: ['infra-6'],
  config: canaryConfig,
  async run(config, { workspace }) {
    const output = tableFileOptions(config.output);
    const before = await workspace.hashFile(output.path, `${key}.output`);
    const result = await workspace.runCommand({
      command: config.command,
      key: `${key}.command`,
      timeoutMs: minutesToMs(config.timeout_minutes),
      ...(config.working_directory ? { workingDirectory: config.working_directory } : {}),
    });
    if (result.outcome === 'refused') return { kind: 'skipped', reason: result.reason };
    requireFinished(result, `${key}.command`, config.timeout_minutes);
    const failed = (failure: CanaryRunFailure) =>
      canaryFailureOutcome(failure, result, config.command, output.path);
    if (result.exitCode !== 0) return failed('exit');
    const after = await workspace.hashFile(output.path, `${key}.output`);
    if (after === null) return failed('not-written');
    if (!fileWasWritten(before, after)) return failed('untouched');

    const table = await workspace.readTable(output.path, `${key}.output`, output.options);
    const expected = await expectedRows(config, workspace);
    return canaryOutcome(
      {
        outputPath: output.path,
        rows: table.rowCount,
        ...(expected ? { expected } : {}),
        cellFindings: inspectCanaryOutput(table, config),
        ...(await agreementWithTraining(config, workspace, table)),
      },
      result,
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
