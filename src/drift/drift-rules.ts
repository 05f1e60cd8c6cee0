/**
 * How drift (and train/serve skew) decides that a feature moved. The default,
 * `auto`, is sample-size aware: a feature drifts only when its test is
 * significant after Benjamini–Hochberg correction across all tested features
 * AND its effect size reaches a floor. A p-value alone flags trivial shifts on
 * big samples; an effect size alone flags noise on tiny ones.
 *
 * Other methods decide on one measure: `ks` and `chi_square` on the
 * BH-adjusted p-value (threshold = the q level), `wasserstein` on the
 * normalised Wasserstein distance, `psi`, `jensen_shannon` and `l_infinity` on
 * themselves.
 */

export const numericMethods = ['auto', 'ks', 'wasserstein', 'psi', 'jensen_shannon'] as const;
export const categoricalMethods = [
  'auto',
  'chi_square',
  'psi',
  'jensen_shannon',
  'l_infinity',
] as const;
export const driftMethods = [
  'auto',
  'ks',
  'chi_square',
  'wasserstein',
  'psi',
  'jensen_shannon',
  'l_infinity',
] as const;
export type DriftMethod = (typeof driftMethods)[number];

/** The effect size `auto` uses for categorical features. */
export type CategoricalEffect = 'jensen_shannon' | 'l_infinity';

export interface FeatureRule {
  method?: DriftMethod | undefined;
  /** The level of the method's measure (see the file comment); default from the rules. */
  threshold?: number | undefined;
  ignore?: boolean | undefined;
}

export interface DriftRules {
  /** Benjamini–Hochberg q: the false discovery rate across features. */
  significance: number;
  /** `auto`, numeric: the normalised Wasserstein distance (W₁ / reference std) a drift must reach. */
  numericEffectFloor: number;
  /** `auto`, categorical: which effect size, and the level it must reach. */
  categoricalEffect: CategoricalEffect;
  categoricalEffectFloor: number;
  /** Default thresholds for the single-measure methods. */
  psiThreshold: number;
  jensenShannonThreshold: number;
  lInfinityThreshold: number;
  /** Dataset verdict: warn / fail when at least this share of tested features drifted (and at least one did). */
  warnShare: number;
  failShare: number;
  /**
   * Cells of a compared feature that are not values of its type (`15.6C`, `1_000` in a number
   * column): any of them warns; a file's feature whose share of them exceeds this fails.
   */
  maxUnreadableShare: number;
  /** Columns not compared at all. */
  ignore: readonly string[];
  features: Readonly<Record<string, FeatureRule>>;
}

/** Drift between a reference (training, last release) and current data. */
export const defaultDriftRules: DriftRules = {
  significance: 0.05,
  numericEffectFloor: 0.1,
  categoricalEffect: 'jensen_shannon',
  categoricalEffectFloor: 0.1,
  psiThreshold: 0.2,
  jensenShannonThreshold: 0.1,
  lInfinityThreshold: 0.1,
  warnShare: 0,
  // Evidently's dataset-drift default: half of the features.
  failShare: 0.5,
  // The gate never passes on data it could not read: by default any unreadable cell fails.
  maxUnreadableShare: 0,
  ignore: [],
  features: {},
};

/**
 * Training vs serving features: tighter. Categorical effect is the L∞ distance
 * with TFDV's usual skew threshold 0.01; any skewed feature fails at 10%.
 */
export const defaultSkewRules: DriftRules = {
  ...defaultDriftRules,
  numericEffectFloor: 0.05,
  categoricalEffect: 'l_infinity',
  categoricalEffectFloor: 0.01,
  psiThreshold: 0.1,
  jensenShannonThreshold: 0.05,
  lInfinityThreshold: 0.01,
  failShare: 0.1,
};
