/**
 * Committed artifacts are what the PR's code produces. Runs the steps under
 * `steps:` in a scratch copy (once per gate run, shared with the checks that
 * read step outputs) and compares every declared output that git also tracks
 * with what the run wrote: bytes first, then meaning (metrics and tables
 * within the tolerance, anything else by the output's `compare` command). A
 * committed file the code does not reproduce is stale: the other checks judged
 * it, but the PR's code would not have made it. On by default when steps are
 * declared.
 */
import { type OutputSpec, outputPath, outputSpec } from '../../infra/artifact-output.ts';
import { requireFinished } from '../../infra/command-outcome.ts';
import { compareArtifact } from '../../infra/compare-artifact.ts';
import { metricKeyPattern } from '../../infra/compare-metrics.ts';
import type { CheckDefinition } from '../check-definition.ts';
import type { Pipeline, PipelineRun } from '../pipeline/pipeline.ts';
import {
  type CommittedArtifactsConfig,
  committedArtifactsConfig,
} from './committed-artifacts-config.ts';
import { type ArtifactState, committedArtifactsOutcome } from './committed-artifacts-outcome.ts';

const key = 'checks.committed_artifacts';

export const committedArtifacts: CheckDefinition<typeof committedArtifactsConfig> = {
  id: 'committed_artifacts',
  title: "Committed artifacts are what the PR's code produces",
  rubric: ['infra-3'],
  config: committedArtifactsConfig,
  async run(config, context) {
    const { pipeline } = context;
    if (pipeline === undefined || Object.keys(pipeline.steps).length === 0) {
      throw new Error(
        `${key} compares committed files with what the steps under \`steps:\` produce, and none is declared; declare the steps (see docs/pipeline-steps.md)`,
      );
    }
    const run = await runSelected(pipeline, config);
    if (run.kind === 'refused') return { kind: 'skipped', reason: run.reason };
    if (run.kind === 'failed') {
      const { failed } = run;
      requireFinished(
        failed.result,
        `steps.${failed.step}.command`,
        pipeline.steps[failed.step]?.timeout_minutes ?? 0,
      );
      return committedArtifactsOutcome({ kind: 'failed', failed, completed: run.completed });
    }
    const tracked = new Set(await context.workspace.listTrackedFiles());
    const artifacts: ArtifactState[] = [];
    for (const state of run.outputs) {
      const spec = specOf(pipeline, state.step, state.path, config);
      const committed = tracked.has(state.path);
      artifacts.push({
        ...state,
        command: pipeline.steps[state.step]?.command ?? '',
        kind: spec.kind,
        committed,
        comparison:
          committed && state.problem === undefined
            ? await compareArtifact(
                spec,
                { label: 'committed', workspace: context.workspace, path: state.path },
                { label: 'produced', workspace: run.copy, path: state.path },
                {
                  ignoreKeys: config.ignore_keys.map(metricKeyPattern),
                  // The finding names the first difference; the count covers the rest.
                  maxExamples: 1,
                  key: `steps.${state.step}.outputs`,
                },
              )
            : undefined,
      });
    }
    return committedArtifactsOutcome({ kind: 'ran', completed: run.completed, artifacts });
  },
};

async function runSelected(
  pipeline: Pipeline,
  config: CommittedArtifactsConfig,
): Promise<PipelineRun> {
  if (config.steps === undefined) return pipeline.runAll();
  let run: PipelineRun | undefined;
  for (const step of config.steps) {
    run = await pipeline.run(step);
    if (run.kind !== 'ran') return run;
  }
  if (run?.kind !== 'ran') throw new Error(`${key}.steps: no step to run`);
  const selected = new Set(config.steps);
  return { ...run, outputs: run.outputs.filter((output) => selected.has(output.step)) };
}

function specOf(
  pipeline: Pipeline,
  step: string,
  path: string,
  config: CommittedArtifactsConfig,
): OutputSpec {
  const declared = pipeline.steps[step]?.outputs.find((output) => outputPath(output) === path);
  return outputSpec(declared ?? path, config.tolerance);
}
