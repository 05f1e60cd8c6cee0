/**
 * Infra 1 — training is reproducible. Runs the training command (or a step
 * declared under `steps:`) several times, each in a fresh copy of the
 * repository and as many at once as there are cores (or takes the outputs of
 * runs the workflow already made), and compares every declared output:
 * identical bytes pass; differing bytes are compared for meaning (metrics
 * within a tolerance, tables row by row, a `compare` command for models). The
 * report names each nondeterministic output, its first differing value, and
 * the seeds found or missing in the config, the command and the training code.
 */

import type { OutputSpec } from '../../infra/artifact-output.ts';
import { metricKeyPattern } from '../../infra/compare-metrics.ts';
import type { WorkspaceCopy } from '../../workspace/workspace.ts';
import type { CheckDefinition } from '../check-definition.ts';
import type { Pipeline } from '../pipeline/pipeline.ts';
import { stepOrder } from '../pipeline/step-order.ts';
import { compareOutput, type RunFiles } from './compare-output.ts';
import { readHintSources } from './read-hint-sources.ts';
import { type ReproducibilityConfig, reproducibilityConfig } from './reproducibility-config.ts';
import {
  type ComparedOutput,
  failedRunOutcome,
  reproducibilityOutcome,
} from './reproducibility-outcome.ts';
import { reproducibilityOutputs } from './reproducibility-outputs.ts';
import { type Training, trainingRuns } from './training-runs.ts';

const key = 'checks.reproducibility';

export const reproducibility: CheckDefinition<typeof reproducibilityConfig> = {
  id: 'reproducibility',
  title: 'Training is reproducible',
  rubric: ['infra-1'],
  config: reproducibilityConfig,
  async run(config, context) {
    const training = trainingOf(config, context.pipeline);
    const specs = reproducibilityOutputs(
      config,
      config.step === undefined ? [] : context.pipeline?.steps[config.step]?.outputs,
    );
    const copies: WorkspaceCopy[] = [];
    try {
      const runs = await trainingRuns(config, training, context.workspace, copies);
      if (runs.kind === 'refused') return { kind: 'skipped', reason: runs.reason };
      if (runs.kind === 'failed') return failedRunOutcome(runs.failure, runs.runLines, config.runs);
      const hints = await readHintSources(config, training, context.workspace);
      const outputsKey =
        config.outputs === undefined ? `steps.${config.step}.outputs` : `${key}.outputs`;
      return reproducibilityOutcome({
        source: sourceOf(config, training),
        runs: runs.runs.length,
        outputs: await compareOutputs(config, specs, runs.runs, outputsKey),
        runLines: runs.runLines,
        outputsKey,
        ...hints,
      });
    } finally {
      await Promise.all(copies.map((copy) => copy.dispose()));
    }
  },
};

function trainingOf(
  config: ReproducibilityConfig,
  pipeline: Pipeline | undefined,
): Training | undefined {
  if (config.command !== undefined) return { kind: 'command', config, command: config.command };
  if (config.step === undefined) return undefined;
  if (pipeline?.steps[config.step] === undefined) {
    throw new Error(
      `${key}.step: no step named "${config.step}" under \`steps:\`; declare it with its command and outputs`,
    );
  }
  return { kind: 'steps', steps: pipeline.steps, order: stepOrder(pipeline.steps, config.step) };
}

function sourceOf(config: ReproducibilityConfig, training: Training | undefined): string {
  if (training?.kind === 'command') return `${config.runs} runs of \`${training.command}\``;
  if (training?.kind === 'steps') {
    const command = training.steps[config.step ?? '']?.command ?? '';
    return `${config.runs} runs of step ${config.step} (\`${command}\`)`;
  }
  return `runs in ${config.run_directories?.join(', ')}`;
}

async function compareOutputs(
  config: ReproducibilityConfig,
  specs: readonly OutputSpec[],
  runs: readonly RunFiles[],
  outputsKey: string,
): Promise<ComparedOutput[]> {
  const options = {
    ignoreKeys: config.ignore_keys.map(metricKeyPattern),
    maxExamples: config.max_examples,
    key: outputsKey,
  };
  const outputs: ComparedOutput[] = [];
  for (const spec of specs) {
    outputs.push({
      path: spec.path,
      kind: spec.kind,
      tolerance: spec.tolerance,
      verdict: await compareOutput(spec, runs, options),
    });
  }
  return outputs;
}
