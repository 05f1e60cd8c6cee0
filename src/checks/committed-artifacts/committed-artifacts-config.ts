import * as z from 'zod';
import { tolerance } from '../../infra/command-config.ts';
import { stepName } from '../pipeline/pipeline-step.ts';

export const committedArtifactsConfig = z.strictObject({
  steps: z
    .array(stepName)
    .min(1, { error: 'name at least one step, or leave `steps` out to check them all' })
    .optional()
    .describe("Only these steps' outputs; default every step under `steps:`."),
  tolerance: tolerance
    .default({ absolute: 0, relative: 1e-9 })
    .describe(
      'How close the numbers of metrics and tables must be (an output can set its own); default exact up to 1e-9 relative.',
    ),
  ignore_keys: z
    .array(z.string().min(1))
    .default([])
    .describe(
      'Metric keys (dotted, `*` wildcards) not compared, e.g. timings: [train_seconds, "*.timestamp"].',
    ),
});
export type CommittedArtifactsConfig = z.infer<typeof committedArtifactsConfig>;
