import * as z from 'zod';
import { querySource, remoteDataFile } from '../../config-fields/query-source.ts';
import { nonNegative, probability, repoPath } from '../../config-fields/shared-schemas.ts';
import { inputTableFile } from '../../config-fields/step-output.ts';
import { type DriftRules, defaultDriftRules, driftMethods } from '../../drift/drift-rules.ts';

const featureRule = z.strictObject({
  method: z
    .enum(driftMethods, { error: `method is one of ${driftMethods.join(', ')}` })
    .optional()
    .describe(
      'auto (significant test and effect size), ks, chi_square, wasserstein, psi, jensen_shannon or l_infinity.',
    ),
  threshold: nonNegative
    .optional()
    .describe("The level of the method's measure; for auto, the effect-size floor."),
  ignore: z.boolean().optional().describe('Leave this column out.'),
});

/** The decision rules shared by drift and train/serve skew, with defaults that differ between them. */
export function driftRulesSchema(defaults: DriftRules) {
  return {
    significance: probability
      .default(defaults.significance)
      .describe('Benjamini–Hochberg q: the false discovery rate across features.'),
    numeric_effect_floor: nonNegative
      .default(defaults.numericEffectFloor)
      .describe(
        'auto, numeric features: the Wasserstein distance in reference standard deviations a drift must reach.',
      ),
    categorical_effect: z
      .enum(['jensen_shannon', 'l_infinity'], {
        error: 'categorical_effect is jensen_shannon or l_infinity',
      })
      .default(defaults.categoricalEffect)
      .describe('auto, categorical features: the effect size, Jensen–Shannon or L∞ distance.'),
    categorical_effect_floor: nonNegative
      .default(defaults.categoricalEffectFloor)
      .describe('auto, categorical features: the level the effect size must reach.'),
    psi_threshold: nonNegative
      .default(defaults.psiThreshold)
      .describe('Threshold of features whose method is psi.'),
    jensen_shannon_threshold: probability
      .default(defaults.jensenShannonThreshold)
      .describe('Threshold of features whose method is jensen_shannon.'),
    l_infinity_threshold: probability
      .default(defaults.lInfinityThreshold)
      .describe('Threshold of features whose method is l_infinity.'),
    warn_share: probability
      .default(defaults.warnShare)
      .describe(
        'Warn when at least this share of the tested features drifted (and at least one did).',
      ),
    fail_share: probability
      .default(defaults.failShare)
      .describe('Fail when at least this share of the tested features drifted.'),
    max_unreadable_share: probability
      .default(defaults.maxUnreadableShare)
      .describe(
        "Cells of a compared feature that are not values of its type (`15.6C`, `1_000` in a number column) are left out and listed: any of them warns; a file's feature whose share of them exceeds this fails (0: any fails).",
      ),
    ignore: z
      .array(z.string().min(1), { error: 'ignore is a list of column names, e.g. [id]' })
      .default([])
      .describe('Columns not compared, e.g. ids and timestamps.'),
    features: z
      .record(z.string(), featureRule)
      .default({})
      .describe('Per-feature method, threshold or ignore, keyed by column name.'),
  };
}

type RulesConfig = z.infer<z.ZodObject<ReturnType<typeof driftRulesSchema>>>;

export function rulesFromConfig(config: RulesConfig): DriftRules {
  return {
    significance: config.significance,
    numericEffectFloor: config.numeric_effect_floor,
    categoricalEffect: config.categorical_effect,
    categoricalEffectFloor: config.categorical_effect_floor,
    psiThreshold: config.psi_threshold,
    jensenShannonThreshold: config.jensen_shannon_threshold,
    lInfinityThreshold: config.l_infinity_threshold,
    warnShare: config.warn_share,
    failShare: config.fail_share,
    maxUnreadableShare: config.max_unreadable_share,
    ignore: config.ignore,
    features: config.features,
  };
}

/** A reference data file, or `{profile: file}` for a committed mlgate profile standing in for it. */
const referenceDataError =
  'expected a data file path, an object with `path` (and format, delimiter, missing_values), or {profile: reference.profile.json}';
export const referenceData = z.union([inputTableFile, z.strictObject({ profile: repoPath })], {
  error: referenceDataError,
});
export type ReferenceData = z.infer<typeof referenceData>;

/**
 * Drift's sides may also be query sources (a table or query in an SQL engine);
 * train/serve skew's may not: it pairs rows, and a query source gives aggregates.
 */
const driftReference = z.union([remoteDataFile, querySource, referenceData], {
  error:
    'expected a data file path, an object with `path`, {profile: reference.profile.json}, or a query source {engine, table | query, connection}',
});
const driftCurrent = z.union([remoteDataFile, querySource, inputTableFile], {
  error:
    'expected a data file path, an object with `path`, or a query source {engine, table | query, connection}',
});

export const driftConfig = z
  .strictObject({
    reference: driftReference.describe(
      'The data drift is measured from: training data or the last release’s data, {profile: file} for a committed mlgate profile of it, or a query source ({engine, table | query, connection}) computed where the data lives.',
    ),
    current: driftCurrent.describe(
      'The data to compare, e.g. a recent sample of serving data: a file or a query source.',
    ),
    schema: repoPath
      .optional()
      .describe(
        'A Frictionless Table Schema: columns are read as their declared types, unique and primary-key fields are not compared.',
      ),
    ...driftRulesSchema(defaultDriftRules),
  })
  .refine((config) => config.warn_share <= config.fail_share, {
    error: 'warn_share must not exceed fail_share',
    path: ['warn_share'],
  });
export type DriftConfig = z.infer<typeof driftConfig>;
