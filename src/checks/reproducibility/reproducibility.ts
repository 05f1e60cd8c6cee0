/**
 * Infra 1 — training is reproducible. Runs the training command several
 * times, each in a fresh copy of the repository (or takes the outputs of runs
 * the workflow already made), and compares every declared output: identical
 * bytes pass; differing bytes are compared for meaning (metrics within a
 * tolerance, predictions row by row); the report names each nondeterministic
 * output and by how much it moved.
 */

import { errorMessage } from '../../model/error-message.ts';
import type { Workspace, WorkspaceCopy } from '../../workspace/workspace.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { compareOutput, keyPattern, outputSpecs, type RunFiles } from './compare-output.ts';
import { type ReproducibilityConfig, reproducibilityConfig } from './reproducibility-config.ts';
import {
  defaultSeedFiles,
  dependencyFiles,
  reproducibilityHints,
} from './reproducibility-hints.ts';
import {
  type ComparedOutput,
  failedRunOutcome,
  reproducibilityOutcome,
} from './reproducibility-outcome.ts';
import { trainingRuns } from './training-runs.ts';

const key = 'checks.reproducibility';

export const reproducibility: CheckDefinition<typeof reproducibilityConfig> = {
  id: 'reproducibility',
  title: 'Training is reproducible',
  rubric: ['infra-1'],
  config: reproducibilityConfig,
  async run(config, context) {
    const copies: WorkspaceCopy[] = [];
    try {
      const training = await trainingRuns(config, context.workspace, copies);
      if (training.kind === 'refused') return { kind: 'skipped', reason: training.reason };
      if (training.kind === 'failed') {
        return failedRunOutcome(training, config.runs);
      }
      return reproducibilityOutcome({
        source:
          config.command !== undefined
            ? `${config.runs} runs of \`${config.command}\``
            : `runs in ${config.run_directories?.join(', ')}`,
        runs: training.runs.length,
        outputs: await compareOutputs(config, training.runs),
        runLines: training.runLines,
        hints: await hints(config, context.workspace),
      });
    } finally {
      await Promise.all(copies.map((copy) => copy.dispose()));
    }
  },
};

async function compareOutputs(
  config: ReproducibilityConfig,
  runs: readonly RunFiles[],
): Promise<ComparedOutput[]> {
  const options = {
    ignoreKeys: config.ignore_keys.map(keyPattern),
    maxExamples: config.max_examples,
    key: `${key}.outputs`,
  };
  const outputs: ComparedOutput[] = [];
  for (const spec of outputSpecs(config)) {
    outputs.push({
      path: spec.path,
      kind: spec.kind,
      verdict: await compareOutput(spec, runs, options),
    });
  }
  return outputs;
}

async function hints(config: ReproducibilityConfig, workspace: Workspace): Promise<string[]> {
  let tracked: string[];
  try {
    tracked = await workspace.listTrackedFiles();
  } catch (error) {
    return [`Static hints unavailable: ${errorMessage(error)}`];
  }
  const read = async (files: readonly string[], readKey: string) => {
    const texts = new Map<string, string>();
    for (const file of files) texts.set(file, await workspace.readText(file, readKey));
    return texts;
  };
  return reproducibilityHints(
    tracked,
    await read(dependencyFiles(tracked), `${key}`),
    await read(config.seed_files ?? defaultSeedFiles(tracked), `${key}.seed_files`),
  );
}
