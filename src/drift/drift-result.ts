/**
 * The result of comparing a reference with current data: the shape of
 * `mlgate drift --format json` (format "mlgate-drift", version 1), documented
 * field by field in docs/drift-json.md. Other tools parse it: add fields,
 * don't rename them. Every figure is present whether the feature drifted or
 * not; a figure that cannot be computed is null and `notes` says why.
 */
import type { NumericScanKind } from '../data/table-scan.ts';
import type { DriftMethod } from './drift-rules.ts';

export const driftFormat = 'mlgate-drift';
export const driftVersion = 1;

/**
 * `uncertain`: the reference is a lossy profile and the feature drifts at one
 * end of its figures' error range but not at the other, so only a more exact
 * reference can decide.
 */
export type FeatureStatus = 'drifted' | 'uncertain' | 'stable' | 'untested' | 'ignored' | 'skipped';
/** The statuses of a feature that was compared. */
export type TestedStatus = 'drifted' | 'uncertain' | 'stable' | 'untested';
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
  /**
   * Against a lossy profile: the severity at the least-drift and at the
   * most-drift end of the figures' error ranges (drifted when the first is
   * ≥ 1, stable when the second is < 1, else uncertain); null when no error
   * range reaches what the method gates on (exact figures, or PSI, JS and L∞,
   * which have no known bound).
   */
  severityRange: [number, number] | null;
  /** Against a lossy profile: the range [low, high] that holds the exact `measure`; null when exact or unknown. */
  measureRange: [number, number] | null;
}

export interface KsFigures {
  statistic: number;
  pValue: number;
  /** Benjamini–Hochberg adjusted across all tested features. */
  adjustedPValue: number;
  /** Against a lossy profile: the adjusted p-value at both ends of every feature's `pValueRange`; null when exact. */
  adjustedPValueRange: [number, number] | null;
  method: 'exact' | 'asymptotic';
}

export interface Bins {
  /** Right-closed cut points (reference deciles, ties merged): bins (−∞, c₁], (c₁, c₂], …, (c_m, +∞). */
  cuts: number[];
  reference: number[];
  current: number[];
}

export interface Histogram {
  /** Bin edges, ascending: bins [e₀, e₁], (e₁, e₂], …; values beyond the ends count in the end bins. */
  edges: number[];
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
  /** W / reference std at both ends of the Wasserstein bound; null when the std is 0 or undefined. */
  normalizedWassersteinRange: [number, number] | null;
  /** Each reference bin count is off by at most this many values. */
  binCountError: number;
}

export interface NumericFeatureResult {
  name: string;
  kind: 'numeric';
  status: TestedStatus;
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
  /** Both sides on common equal-width bins, for the picture in the report (decile bins draw a flat reference). */
  histogram: Histogram | null;
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
  status: TestedStatus;
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
  /**
   * The comparison's verdict: the worse of `driftVerdict` (the features) and
   * `unreadableVerdict` (cells that could not be read), so that a comparison
   * never passes on data it could not read.
   */
  verdict: DriftVerdict;
  /** From the drifted share of the tested features alone (warnShare, failShare). */
  driftVerdict: DriftVerdict;
  tested: number;
  drifted: number;
  /** Tested features a lossy reference profile cannot decide (each a warning); not counted as drifted. */
  uncertain: number;
  /** drifted / tested (0 when nothing was tested). */
  share: number;
  warnShare: number;
  failShare: number;
  /** Cells of compared features, in either file, that are not values of their column's type (see `unreadable`). */
  unreadableCells: number;
  /** The worst of the `unreadable` entries' verdicts; `pass` when there are none. */
  unreadableVerdict: DriftVerdict;
  message: string;
}

/** What decideDrift summarises: the features alone. */
export type FeatureSummary = Omit<
  DriftSummary,
  'driftVerdict' | 'unreadableCells' | 'unreadableVerdict'
>;

/** How a file's compared feature holds cells that are not values of its type, and where. */
export interface UnreadableCells {
  role: 'reference' | 'current';
  /** The file, as the user named it. */
  path: string;
  column: string;
  /** The type the cells had to be: the schema's, or for current data read without one, the reference's. */
  expected: NumericScanKind;
  /** Cells that are not values of `expected`, left out of every figure. */
  count: number;
  /** Present cells of the column (values and unreadable cells; missing cells are not counted). */
  cells: number;
  /** count / cells. */
  share: number;
  /** `fail` when `share` exceeds `rules.maxUnreadableShare`, else `warn`. */
  verdict: 'warn' | 'fail';
  /** The first few, in file order. */
  examples: UnreadableCell[];
}

export interface UnreadableCell {
  /** 1-based data row (the header is not a data row). */
  row: number;
  /** 1-based line of the file the row starts on; null for Parquet. */
  line: number | null;
  /** The cell as the file wrote it. */
  value: string;
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
    /** A file's feature whose unreadable share exceeds this fails; any unreadable cell at or below it warns. */
    maxUnreadableShare: number;
  };
  summary: DriftSummary;
  /** Per file and compared feature with unreadable cells: reference first, then current, in column order. */
  unreadable: UnreadableCells[];
  /** Worst first: drifted features, then by severity. */
  features: FeatureResult[];
}
