import { z } from 'zod';
import { nonNegative, probability, repoPath, tableFile } from '../../config/shared-schemas.ts';
import { defaultSkewRules } from '../../drift/drift-rules.ts';
import { driftRulesSchema, referenceData } from '../drift/drift-config.ts';

const tolerance = {
  /** Numbers within absolute + relative · max(|a|, |b|) of each other are equal. */
  absolute_tolerance: nonNegative.default(1e-9),
  relative_tolerance: nonNegative.default(1e-6),
};

const predictions = z.strictObject({
  /** Predictions computed by the training (offline) code. */
  training: tableFile,
  /** Predictions logged by the serving path for the same examples. */
  serving: tableFile,
  /** The example id column in both files. */
  id_column: z.string().min(1, { error: 'name the id column both prediction files carry' }),
  /** The prediction column (the same name in both files, unless serving_column is given). */
  column: z.string().min(1, { error: 'name the prediction column, e.g. score' }),
  serving_column: z.string().min(1).optional(),
  ...tolerance,
  /** Fail when more than this share of joined examples disagree (0: any disagreement fails). */
  max_mismatch_share: probability.default(0),
});

export const trainServeSkewConfig = z
  .strictObject({
    /** Training features (or a profile of them: {profile: file}). */
    training: referenceData,
    /** A sample of the features the serving path computed. */
    serving: tableFile,
    /** Optional Frictionless Table Schema, as for drift. */
    schema: repoPath.optional(),
    /**
     * An example id both files carry: then each serving example is joined to its
     * training example and every feature value compared (needs training rows, not a profile).
     */
    id_column: z.string().min(1).optional(),
    ...tolerance,
    /** Example by example: a feature fails when more than this share of joined examples disagree. */
    max_mismatch_share: probability.default(0),
    /** Examples and values listed per problem in the report. */
    max_examples: z.int().min(1).max(100).default(10),
    predictions: predictions.optional(),
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
