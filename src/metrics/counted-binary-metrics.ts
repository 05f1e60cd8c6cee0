/**
 * Binary classification metrics of two models on the same multiset of rows,
 * given as integer counts (how often a bootstrap resample drew each row):
 * accuracy, precision, recall, F1, ROC AUC, average precision, log loss and
 * Brier score, each equal to scikit-learn's with `sample_weight=counts`
 * (`roc_auc_score`, `average_precision_score`, `log_loss`, ...).
 *
 * The values are bit for bit those of binary-metrics.ts's evaluator with the
 * counts as weights. Tallies are whole numbers, exact in any order. The ROC
 * AUC's numerator (the Mann–Whitney U: Σ over positive–negative pairs of 1 when
 * the positive scores higher, ½ when tied) is a sum of multiples of ½ below
 * 2⁵² for fewer than 2²⁶ rows, so binary-metrics.ts's float sum is exact and
 * the regrouped exact sum here equals it. The loss sums and the average
 * precision are not exact, so they run with the same operands in the same
 * order (row order; tie groups from the highest score down).
 * What changes is the work: only the requested metrics are computed, one pass
 * in row order serves both models (their loss sums are two independent chains
 * of additions, which the processor overlaps), the tally and ROC loops have no
 * data-dependent branch per row, and ties are found once, when preparing.
 * `twice` evaluates two resamples in the same passes: each pass reads the
 * per-row data (loss terms, ranks, classes) once for both, which matters once
 * that data outgrows the processor's cache (100,000 rows hold 3 MB).
 * Cost: O(n log n) to prepare (one sort per model), O(n) per evaluation.
 */

import {
  type BinaryData,
  firstNotProbability,
  logLossTerm,
  predictedAt,
} from './binary-metrics.ts';
import { descendingOrder } from './descending-order.ts';

/** A metric per requested name; null where it is undefined on these counts or unknown. */
export type CountedValues = Record<string, number | null>;

/** Up to here every U and P·N is an exact float64 (n²/4 < 2⁵²). */
export const maxCountedRows = 2 ** 26 - 1;

/** The pair's metrics on one resample's counts; `twice` on two at once, the same values as two calls. */
export type CountedPairEvaluator = ((counts: Int32Array) => PairValues) & {
  twice(counts: Int32Array, next: Int32Array): [PairValues, PairValues];
};

type PairValues = [CountedValues, CountedValues];

/** Each model's log-loss term per row, for pairRowSums. */
interface LogTerms {
  a: Float64Array;
  b: Float64Array;
}

/** beatenTwice's sums when the ROC AUC is not asked for. */
const noneBeaten: [number, number] = [0, 0];

export function countedBinaryPair(
  a: BinaryData,
  b: BinaryData,
  threshold: number,
  names: readonly string[],
): CountedPairEvaluator {
  if (b.labels.length !== a.labels.length) throw new Error('the two models must share their rows');
  const first = prepare(a, threshold, names);
  const second = prepare(b, threshold, names);
  // When only one model has log-loss terms, the other sums zeros; when neither has, nothing is summed.
  const zeros = new Float64Array(a.labels.length);
  const logs: LogTerms | null =
    first.logTerms || second.logTerms
      ? { a: first.logTerms ?? zeros, b: second.logTerms ?? zeros }
      : null;
  const classes = first.outcome.map((x, i) => x | (second.outcome[i]! << 2));
  const auc = names.includes('roc_auc');
  // Once per pair of resamples, the tuples are read by index, not destructured: destructuring
  // runs the iterator protocol, whose result objects V8's interpreter allocates, and a
  // PR-sized bootstrap (84 rows, 1,000 resamples) is over before this code is optimized.
  const twice = (counts: Int32Array, next: Int32Array): [PairValues, PairValues] => {
    const sums = pairRowSums(counts, next, classes, logs);
    const beatenA = auc ? beatenTwice(first.ranking, counts, next) : noneBeaten;
    const beatenB = auc ? beatenTwice(second.ranking, counts, next) : noneBeaten;
    return [
      [
        valuesOf(first, counts, sums[0], beatenA[0], names),
        valuesOf(second, counts, sums[1], beatenB[0], names),
      ],
      [
        valuesOf(first, next, sums[2], beatenA[1], names),
        valuesOf(second, next, sums[3], beatenB[1], names),
      ],
    ];
  };
  // One resample alone pairs with no draws at all, whose values are dropped.
  const none = new Int32Array(a.labels.length);
  return Object.assign((counts: Int32Array) => twice(counts, none)[0], { twice });
}

interface Prepared {
  /** Bit 0 the label, bit 1 the prediction: one byte per row keeps the passes in cache. */
  outcome: Uint8Array;
  /** Per-row log loss and squared error, when asked for and the scores are probabilities. */
  logTerms: Float64Array | null;
  brierTerms: Float64Array | null;
  ranking: Ranking | null;
}

function prepare(data: BinaryData, threshold: number, names: readonly string[]): Prepared {
  const { labels, scores } = data;
  if (labels.length > maxCountedRows) throw new RangeError(`at most ${maxCountedRows} rows`);
  const predicted = data.predicted ?? predictedAt(scores ?? new Float64Array(0), threshold);
  const outcome = new Uint8Array(labels.length);
  for (let i = 0; i < labels.length; i++) outcome[i] = labels[i]! | (predicted[i]! << 1);
  const probabilities = scores !== null && firstNotProbability(scores) === undefined;
  const wants = (name: string) => names.includes(name);
  const ranked = scores && (wants('roc_auc') || wants('average_precision'));
  const terms = (name: string, term: (label: number, score: number) => number) => {
    if (!probabilities || !wants(name)) return null;
    const values = new Float64Array(labels.length);
    for (let i = 0; i < labels.length; i++) values[i] = term(labels[i]!, scores[i]!);
    return values;
  };
  return {
    outcome,
    logTerms: terms('log_loss', logLossTerm),
    brierTerms: terms('brier', (y, p) => (y - p) ** 2),
    ranking: ranked ? rankingOf(labels, scores) : null,
  };
}

/** Whole-number tallies (exact in any order) and Σ count × log loss (in row order). */
interface RowSums {
  total: number;
  positives: number;
  predictedPositives: number;
  truePositives: number;
  log: number;
}

/**
 * One pass in row order for both models and two resamples (a second for the
 * log losses): [a, b] on `counts`, then [a, b] on `next`. The tallies come
 * from a histogram of the counts over the 16 classes a row can be in (model
 * a's outcome in bits 0–1, model b's in bits 2–3): one addition per row
 * instead of six masked ones, spread over four copies so that neighbouring
 * rows of one class do not wait on each other's store. A row drawn zero times
 * adds ±0 to a loss sum, which leaves a sum of non-negative terms unchanged,
 * so Σ count × term equals binary-metrics.ts's Σ weight × term over the drawn
 * rows.
 */
function pairRowSums(
  counts: Int32Array,
  next: Int32Array,
  classes: Uint8Array,
  logs: LogTerms | null,
): [RowSums, RowSums, RowSums, RowSums] {
  const histogram = new Int32Array(128);
  let logA = 0;
  let logB = 0;
  let nextLogA = 0;
  let nextLogB = 0;
  for (let i = 0; i < counts.length; i++) {
    const slot = ((i & 3) << 4) | classes[i]!;
    histogram[slot]! += counts[i]!;
    histogram[64 | slot]! += next[i]!;
  }
  // A pass of its own, skipped without log loss: in V8's interpreter each product is an
  // allocated double, 1.4 MB of a PR-sized bootstrap's garbage, all of it zeros.
  if (logs !== null) {
    for (let i = 0; i < counts.length; i++) {
      const c = counts[i]!;
      const d = next[i]!;
      const termA = logs.a[i]!;
      const termB = logs.b[i]!;
      logA += c * termA;
      logB += c * termB;
      nextLogA += d * termA;
      nextLogB += d * termB;
    }
  }
  const tally = (from: number, shift: number, log: number): RowSums => {
    const sums = { total: 0, positives: 0, predictedPositives: 0, truePositives: 0, log };
    for (let slot = from; slot < from + 64; slot++) {
      const c = histogram[slot]!;
      const outcome = (slot >> shift) & 3;
      sums.total += c;
      sums.positives += outcome & 1 ? c : 0;
      sums.predictedPositives += outcome & 2 ? c : 0;
      sums.truePositives += outcome === 3 ? c : 0;
    }
    return sums;
  };
  return [tally(0, 0, logA), tally(0, 2, logB), tally(64, 0, nextLogA), tally(64, 2, nextLogB)];
}

/** `beaten` is beatenTwice's sum for these counts when the ROC AUC is asked for. */
function valuesOf(
  model: Prepared,
  counts: Int32Array,
  t: RowSums,
  beaten: number,
  names: readonly string[],
): CountedValues {
  const values: CountedValues = {};
  // An index, not for…of: four times per pair of resamples (see countedBinaryPair's twice).
  for (let m = 0; m < names.length; m++) {
    const name = names[m]!;
    values[name] = metricOf(name, model, counts, t, beaten);
  }
  return values;
}

/**
 * One metric from the tallies: a switch, where a record of eight closures was built for
 * every model and resample (4,000 records for a pair's 1,000 resamples).
 */
function metricOf(
  name: string,
  model: Prepared,
  counts: Int32Array,
  t: RowSums,
  beaten: number,
): number | null {
  const { ranking, brierTerms } = model;
  const negatives = t.total - t.positives;
  const falsePositives = t.predictedPositives - t.truePositives;
  const falseNegatives = t.positives - t.truePositives;
  const withRanks = ranking !== null && t.positives > 0;
  switch (name) {
    case 'accuracy': {
      const trueNegatives = negatives - falsePositives;
      return t.total > 0 ? (t.truePositives + trueNegatives) / t.total : null;
    }
    case 'precision':
      return t.predictedPositives > 0 ? t.truePositives / (t.truePositives + falsePositives) : null;
    case 'recall':
      return t.positives > 0 ? t.truePositives / t.positives : null;
    case 'f1': {
      const denominator = 2 * t.truePositives + falsePositives + falseNegatives;
      return denominator > 0 ? (2 * t.truePositives) / denominator : null;
    }
    case 'roc_auc':
      return withRanks && negatives > 0
        ? mannWhitneyU(ranking, counts, t.positives, negatives, beaten) / (t.positives * negatives)
        : null;
    case 'average_precision':
      return withRanks ? averagePrecision(ranking, counts, t.positives) : null;
    case 'log_loss':
      return model.logTerms && t.total > 0 ? t.log / t.total : null;
    case 'brier':
      return brierTerms && t.total > 0 ? weightedSum(counts, brierTerms) / t.total : null;
    default:
      return null;
  }
}

/** Σ count × term in row order, as pairRowSums sums the log loss. */
function weightedSum(counts: Int32Array, terms: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < counts.length; i++) sum += counts[i]! * terms[i]!;
  return sum;
}

/** Rows in descending score order and their tie groups. */
interface Ranking {
  order: Int32Array;
  /** Per rank, bit 0: the row is positive; bit 1: a run of tied scores ends here. */
  flags: Uint8Array;
  /** [start, end) ranks of the tie groups that hold both classes, flattened. */
  mixedGroups: Int32Array;
  /**
   * Every row ties with every other: a constant score, as the `majority_class`
   * baseline gives (each row scored with the class frequency). No group ranks
   * above another, and the one group's positives and negatives are the
   * resample's own, so the ROC walks have nothing to sum.
   */
  oneGroup: boolean;
}

function rankingOf(labels: Uint8Array, scores: Float64Array): Ranking {
  const n = labels.length;
  const order = descendingOrder(scores);
  const flags = new Uint8Array(n);
  const mixed: number[] = [];
  let start = 0;
  let groupPositives = 0;
  let groups = 0;
  for (let k = 0; k < n; k++) {
    flags[k] = labels[order[k]!]!;
    groupPositives += flags[k]!;
    if (k + 1 < n && scores[order[k + 1]!] === scores[order[k]!]) continue;
    flags[k]! |= 2;
    groups++;
    if (groupPositives > 0 && groupPositives < k + 1 - start) mixed.push(start, k + 1);
    start = k + 1;
    groupPositives = 0;
  }
  return { order, flags, mixedGroups: Int32Array.from(mixed), oneGroup: groups === 1 };
}

/**
 * U = Σ over tie groups of positives × (negatives scored lower + half the tied
 * negatives) = P·N − Σ positives × negatives in higher groups − ½ Σ positives ×
 * negatives of the same group; `beaten` is the middle sum (beatenTwice), the
 * last runs over the mixed groups only.
 */
function mannWhitneyU(
  ranking: Ranking,
  counts: Int32Array,
  positives: number,
  negatives: number,
  beaten: number,
): number {
  // One group holding every row: its positives and negatives are the resample's.
  const tied = ranking.oneGroup ? positives * negatives : tiedPairs(ranking, counts);
  return positives * negatives - beaten - tied / 2;
}

/** Σ positives × negatives within each mixed tie group. */
function tiedPairs({ order, flags, mixedGroups }: Ranking, counts: Int32Array): number {
  let tied = 0;
  for (let g = 0; g < mixedGroups.length; g += 2) {
    let groupPositives = 0;
    let groupNegatives = 0;
    for (let k = mixedGroups[g]!; k < mixedGroups[g + 1]!; k++) {
      const c = counts[order[k]!]!;
      const p = c & -(flags[k]! & 1);
      groupPositives += p;
      groupNegatives += c - p;
    }
    tied += groupPositives * groupNegatives;
  }
  return tied;
}

/**
 * Σ positives × negatives in higher tie groups, for two resamples in one walk
 * down the ranks; both are whole numbers below 2⁵², exact in any order.
 * Zero without a ranking (no scores: the ROC AUC is undefined anyway) and
 * for one tie group, whose walk would add only zeros.
 */
function beatenTwice(
  ranking: Ranking | null,
  counts: Int32Array,
  next: Int32Array,
): [number, number] {
  if (!ranking || ranking.oneGroup) return [0, 0];
  const { order, flags } = ranking;
  let soFar = 0;
  let above = 0;
  let beaten = 0;
  let nextSoFar = 0;
  let nextAbove = 0;
  let nextBeaten = 0;
  for (let k = 0; k < order.length; k++) {
    const row = order[k]!;
    const f = flags[k]!;
    const positive = -(f & 1);
    // At a group's end the next group's "above" takes this one's negatives, without a branch:
    // `end` is all ones there and zero elsewhere (the tallies are below 2²⁶, safe for bit masks).
    const end = -(f >> 1);
    const c = counts[row]!;
    const p = c & positive;
    beaten += p * above;
    soFar += c - p;
    above = (soFar & end) | (above & ~end);
    const d = next[row]!;
    const q = d & positive;
    nextBeaten += q * nextAbove;
    nextSoFar += d - q;
    nextAbove = (nextSoFar & end) | (nextAbove & ~end);
  }
  return [beaten, nextBeaten];
}

/**
 * Σ (Rₙ − Rₙ₋₁) Pₙ over the tie groups, as binary-metrics.ts sums it over the
 * non-empty ones. An empty group (no row drawn) adds exactly +0 here: its
 * recall repeats the previous one bit for bit, and its precision's denominator
 * is raised to 1 only when it is 0 (no rows yet, 0 / 1), so no branch
 * mispredicts on the third of the rows a resample leaves out.
 */
function averagePrecision(
  { order, flags }: Ranking,
  counts: Int32Array,
  positives: number,
): number {
  let groupPositives = 0;
  let groupNegatives = 0;
  let truePositives = 0;
  let falsePositives = 0;
  let previousRecall = 0;
  let ap = 0;
  for (let k = 0; k < order.length; k++) {
    const c = counts[order[k]!]!;
    const p = c & -(flags[k]! & 1);
    groupPositives += p;
    groupNegatives += c - p;
    if (flags[k]! < 2) continue;
    truePositives += groupPositives;
    falsePositives += groupNegatives;
    const recall = truePositives / positives;
    const precision = truePositives / Math.max(truePositives + falsePositives, 1);
    ap += (recall - previousRecall) * precision;
    previousRecall = recall;
    groupPositives = 0;
    groupNegatives = 0;
  }
  return ap;
}
