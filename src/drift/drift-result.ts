/**
 * The result of comparing a reference with current data: the shape of
 * `mlgate drift --format json` (format "mlgate-drift", version 1), documented
 * field by field in docs/drift-json.md. Other tools parse it: add fields,
 * don't rename them. Every figure is present whether the feature drifted or
 * not; a figure that cannot be computed is null and `notes` says why.
 */
import type { DriftMethod } from './drift-rules.ts';

export const driftFormat = 'mlgate-drift';
export const driftVersion = 1;

export type FeatureStatus = 'drifted' | 'stable' | 'untested' | 'ignored' | 'skipped';
export type DriftVerdict = 'pass' | 'warn' | 'fail';

export interface DriftSource {
  path: string;
  /** `rows`: raw data; `profile`: an mlgate profile standing in for the rows. */
  kind: 'rows' | 'profile';
  rows: number;
}

export interface SideSummary {
  /** Values compared (finite numbers, or categories). */
  count: number;
  missing: number;
  /** Present but not a finite number: NaN or ±Infinity (numeric only; 0 otherwise). */
  nonFinite: number;
  /** Cells that did not parse as the column's kind, left out (current side is scanned as the reference's kind). */
  bad: number;
  mean: number | null;
  std: number | null;
  min: number | null;
  max: number | null;
}

export interface Decision {
  method: DriftMethod;
  /** The level the deciding measure was compared with. */
  threshold: number;
  /** `auto` only: the effect-size floor (the significance level is `threshold`). */
  effectFloor: number | null;
  /** The measure the decision compared (adjusted p-value, or an effect size), null when not computable. */
  measure: number | null;
  /** Sort key, worst first: how far past (≥ 1) or short of (< 1) the threshold the feature is. */
  severity: number;
}

export interface KsFigures {
  statistic: number;
  pValue: number;
  /** Benjamini–Hochberg adjusted across all tested features. */
  adjustedPValue: number;
  method: 'exact' | 'asymptotic';
}

export interface Bins {
  /** Right-closed cut points (reference deciles, ties merged): bins (−∞, c₁], (c₁, c₂], …, (c_m, +∞). */
  cuts: number[];
  reference: number[];
  current: number[];
}

/** Bounds that hold when the reference is an approximate profile summary. */
export interface Approximation {
  /** Normalised rank error ε of the reference summary: every reference CDF value is within ±ε. */
  rankError: number;
  /** |D − D̂| ≤ ε. */
  ksStatisticError: number;
  /** The p-value for D̂ + ε and D̂ − ε. */
  pValueRange: [number, number];
  /** |W − Ŵ| ≤ ε · (reference max − reference min). */
  wassersteinError: number;
  /** Each reference bin count is off by at most this many values. */
  binCountError: number;
}

export interface NumericFeatureResult {
  name: string;
  kind: 'numeric';
  status: 'drifted' | 'stable' | 'untested';
  decision: Decision | null;
  reference: SideSummary;
  current: SideSummary;
  ks: KsFigures | null;
  wasserstein: number | null;
  /** W₁ / reference std (ddof = 1); null when the reference std is 0 or undefined (see notes). */
  normalizedWasserstein: number | null;
  psi: number | null;
  jensenShannon: number | null;
  bins: Bins | null;
  /** Present when the reference is an approximate profile; the figures above are then estimates. */
  approximation: Approximation | null;
  notes: string[];
}

export interface CategoryCounts {
  value: string;
  reference: number;
  current: number;
}

export interface ChiSquareFigures {
  statistic: number;
  degreesOfFreedom: number;
  pValue: number;
  adjustedPValue: number;
}

export interface CategoricalFeatureResult {
  name: string;
  kind: 'categorical';
  status: 'drifted' | 'stable' | 'untested';
  decision: Decision | null;
  reference: SideSummary;
  current: SideSummary;
  chiSquare: ChiSquareFigures | null;
  jensenShannon: number | null;
  lInfinity: number | null;
  psi: number | null;
  /** Every category with its counts, most frequent in the reference first (all of them, also in JSON). */
  categories: CategoryCounts[];
  /** In current but not in the reference. */
  newCategories: string[];
  /** In the reference but not in current. */
  vanishedCategories: string[];
  /** Present when the reference profile lists only its most frequent categories. */
  approximation: { countErrorBound: number } | null;
  notes: string[];
}

export interface SkippedFeatureResult {
  name: string;
  kind: 'skipped';
  status: 'ignored' | 'skipped';
  reason: string;
}

export type FeatureResult = NumericFeatureResult | CategoricalFeatureResult | SkippedFeatureResult;

export interface DriftSummary {
  verdict: DriftVerdict;
  tested: number;
  drifted: number;
  /** drifted / tested (0 when nothing was tested). */
  share: number;
  warnShare: number;
  failShare: number;
  message: string;
}

export interface DriftResult {
  format: typeof driftFormat;
  version: typeof driftVersion;
  reference: DriftSource;
  current: DriftSource;
  /** Columns only one side has. */
  onlyInReference: string[];
  onlyInCurrent: string[];
  rules: {
    significance: number;
    numericEffectFloor: number;
    categoricalEffect: string;
    categoricalEffectFloor: number;
  };
  summary: DriftSummary;
  /** Worst first: drifted features, then by severity. */
  features: FeatureResult[];
}
