import { z } from 'zod';
import { nonNegative, probability, repoPath, tableFile } from '../../config/shared-schemas.ts';
import { type DriftRules, defaultDriftRules, driftMethods } from '../../drift/drift-rules.ts';

const featureRule = z.strictObject({
  /** auto (test and effect size), ks, chi_square, wasserstein, psi, jensen_shannon or l_infinity. */
  method: z
    .enum(driftMethods, {
      error: `method is one of ${driftMethods.join(', ')}`,
    })
    .optional(),
  /** The level of the method's measure; for auto, the effect-size floor. */
  threshold: nonNegative.optional(),
  /** Leave this column out. */
  ignore: z.boolean().optional(),
});

/** The decision rules shared by drift and train/serve skew, with defaults that differ between them. */
export function driftRulesSchema(defaults: DriftRules) {
  return {
    /** Benjamini–Hochberg q: the false discovery rate across features. */
    significance: probability.default(defaults.significance),
    /** auto, numeric: the Wasserstein distance in reference standard deviations a drift must reach. */
    numeric_effect_floor: nonNegative.default(defaults.numericEffectFloor),
    /** auto, categorical: the effect size, Jensen–Shannon distance or L∞ distance. */
    categorical_effect: z
      .enum(['jensen_shannon', 'l_infinity'], {
        error: 'categorical_effect is jensen_shannon or l_infinity',
      })
      .default(defaults.categoricalEffect),
    categorical_effect_floor: nonNegative.default(defaults.categoricalEffectFloor),
    /** Defaults for features whose method is psi, jensen_shannon or l_infinity. */
    psi_threshold: nonNegative.default(defaults.psiThreshold),
    jensen_shannon_threshold: probability.default(defaults.jensenShannonThreshold),
    l_infinity_threshold: probability.default(defaults.lInfinityThreshold),
    /** Dataset verdict: warn / fail when at least this share of tested features drifted. */
    warn_share: probability.default(defaults.warnShare),
    fail_share: probability.default(defaults.failShare),
    /** Columns not compared, e.g. ids and timestamps. */
    ignore: z
      .array(z.string().min(1), { error: 'ignore is a list of column names, e.g. [id]' })
      .default([]),
    /** Per-feature method, threshold or ignore, keyed by column name. */
    features: z.record(z.string(), featureRule).default({}),
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
    ignore: config.ignore,
    features: config.features,
  };
}

/** A reference data file, or `{profile: file}` for a committed mlgate profile standing in for it. */
export const referenceData = z.union([tableFile, z.strictObject({ profile: repoPath })], {
  error:
    'expected a data file path, an object with `path` (and format, delimiter, missing_values), or {profile: reference.profile.json}',
});
export type ReferenceData = z.infer<typeof referenceData>;

export const driftConfig = z
  .strictObject({
    /** The data drift is measured from: training data, or the last release's serving data. */
    reference: referenceData,
    /** The data to compare: e.g. a recent sample of serving data. */
    current: tableFile,
    /** Optional Frictionless Table Schema: declared types, and unique fields skipped as identifiers. */
    schema: repoPath.optional(),
    ...driftRulesSchema(defaultDriftRules),
  })
  .refine((config) => config.warn_share <= config.fail_share, {
    error: 'warn_share must not exceed fail_share',
    path: ['warn_share'],
  });
export type DriftConfig = z.infer<typeof driftConfig>;
