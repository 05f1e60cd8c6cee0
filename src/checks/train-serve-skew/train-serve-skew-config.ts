import * as z from 'zod';
import { nonNegative, probability, repoPath } from '../../config-fields/shared-schemas.ts';
import { inputTableFile } from '../../config-fields/step-output.ts';
import { defaultSkewRules } from '../../drift/drift-rules.ts';
import { driftRulesSchema, referenceData } from '../drift/drift-config.ts';

const tolerance = {
  absolute_tolerance: nonNegative
    .default(1e-9)
    .describe(
      'Two numbers are equal when they differ by at most absolute_tolerance + relative_tolerance × the larger magnitude.',
    ),
  relative_tolerance: nonNegative
    .default(1e-6)
    .describe(
      'Two numbers are equal when they differ by at most absolute_tolerance + relative_tolerance × the larger magnitude.',
    ),
};

const predictions = z.strictObject({
  training: inputTableFile.describe('Predictions computed by the training (offline) code.'),
  serving: inputTableFile.describe('Predictions logged by the serving path for the same examples.'),
  id_column: z
    .string()
    .min(1, { error: 'name the id column both prediction files carry' })
    .describe('The example id column in both files.'),
  column: z
    .string()
    .min(1, { error: 'name the prediction column, e.g. score' })
    .describe(
      'The prediction column (the same name in both files, unless serving_column is given).',
    ),
  serving_column: z
    .string()
    .min(1)
    .optional()
    .describe('The prediction column of the serving file, when it is named differently.'),
  ...tolerance,
  max_mismatch_share: probability
    .default(0)
    .describe('Fail when more than this share of joined examples disagree (0: any disagreement).'),
});

export const trainServeSkewConfig = z
  .strictObject({
    training: referenceData.describe(
      'Training features, or {profile: file} for a committed profile of them (distribution skew only).',
    ),
    serving: inputTableFile.describe('A sample of the features the serving path computed.'),
    schema: repoPath.optional().describe('A Frictionless Table Schema, as for drift.'),
    id_column: z
      .string()
      .min(1)
      .optional()
      .describe(
        'An example id both files carry: each serving example is joined to its training example and every feature value compared.',
      ),
    ...tolerance,
    max_mismatch_share: probability
      .default(0)
      .describe(
        'Example by example: a feature fails when more than this share of joined examples disagree.',
      ),
    max_examples: z
      .int()
      .min(1)
      .max(100)
      .default(10)
      .describe('Examples and values listed per problem in the report.'),
    serving_code: z
      .array(repoPath)
      .min(1, {
        error: 'name the files of the serving code, e.g. ["serve/**/*.py"], or leave the key out',
      })
      .optional()
      .describe(
        'The code that writes committed serving logs (tracked files matching these globs): the check warns when the logs were last committed before that code changed. Default: the `inputs` of the step that declares the logs as an output.',
      ),
    predictions: predictions
      .optional()
      .describe('Prediction parity: training-side and serving-side predictions for the same ids.'),
    ...driftRulesSchema(defaultSkewRules),
  })
  .refine((config) => config.warn_share <= config.fail_share, {
    error: 'warn_share must not exceed fail_share',
    path: ['warn_share'],
  })
  .refine(
    (config) =>
      config.id_column === undefined ||
      typeof config.training !== 'object' ||
      !('profile' in config.training),
    {
      error:
        'id_column compares examples one by one, which needs the training rows; give training as a data file, or drop id_column',
      path: ['id_column'],
    },
  );
export type TrainServeSkewConfig = z.infer<typeof trainServeSkewConfig>;
