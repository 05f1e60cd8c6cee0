/**
 * The outputs the runs are compared on: those `checks.reproducibility.outputs`
 * lists, else the trained step's declared outputs. A path the check lists
 * plainly takes the step's declaration of it (its kind, id column, compare
 * command), so that listing narrows the step's outputs; an object overrides it.
 */
import {
  type ArtifactOutput,
  type OutputSpec,
  outputPath,
  outputSpec,
} from '../../infra/artifact-output.ts';
import type { ReproducibilityConfig } from './reproducibility-config.ts';

const key = 'checks.reproducibility';

export function reproducibilityOutputs(
  config: ReproducibilityConfig,
  stepOutputs: readonly ArtifactOutput[] = [],
): OutputSpec[] {
  const declared = (output: ArtifactOutput) =>
    typeof output === 'string'
      ? (stepOutputs.find((step) => outputPath(step) === output) ?? output)
      : output;
  const outputs = config.outputs?.map(declared) ?? stepOutputs;
  if (outputs.length === 0) {
    throw new Error(
      `${key}: step "${config.step}" declares no outputs to compare; list them in \`steps.${config.step}.outputs\` or \`${key}.outputs\``,
    );
  }
  return outputs.map((output) => outputSpec(output, config.tolerance));
}
