/**
 * Turns the figures of every feature into decisions and a dataset verdict:
 * adjusts the features' p-values together (Benjamini–Hochberg), applies each
 * feature's method and threshold (drift-rules.ts), sorts worst first, and
 * compares the share of drifted features with the warn and fail levels.
 * Against a lossy reference profile the figures are estimates with known
 * error ranges: a feature drifts only when it drifts at the range's
 * least-drift end, is stable only when stable at its most-drift end, and is
 * `uncertain` otherwise (it counts as tested, not as drifted).
 */
import { benjaminiHochberg } from '../statistics/benjamini-hochberg.ts';
import type { CategoricalFigures } from './categorical-drift.ts';
import type {
  Decision,
  FeatureResult,
  FeatureSummary,
  SkippedFeatureResult,
} from './drift-result.ts';
import {
  categoricalMethods,
  type DriftMethod,
  type DriftRules,
  numericMethods,
} from './drift-rules.ts';
import type { NumericFigures } from './numeric-drift.ts';

export type ComputedFeature =
  | ({ kind: 'numeric' } & NumericFigures)
  | ({ kind: 'categorical' } & CategoricalFigures)
  | { kind: 'skipped'; result: SkippedFeatureResult };

/** A per-feature rule that does not fit the feature; the message names the config key and the fix. */
export class DriftRuleError extends Error {
  override name = 'DriftRuleError';
}

export function decideDrift(
  computed: readonly ComputedFeature[],
  rules: DriftRules,
): { features: FeatureResult[]; summary: FeatureSummary } {
  const tested = computed.filter(
    (feature): feature is TestedFeature => feature.kind !== 'skipped' && feature.pValue !== null,
  );
  const ends = tested.map(pValueEnds);
  const adjusted = benjaminiHochberg(tested.map((feature) => feature.pValue!));
  // An adjusted p-value never falls when any p-value rises, so adjusting every
  // feature's low ends together (and its high ends) brackets each exact adjusted p.
  // Exact figures have no ends to bracket (a wide table's 50,000 features adjusted thrice was garbage).
  const exact = ends.every(([low, high]) => low === high);
  const adjustedLow = exact ? adjusted : benjaminiHochberg(ends.map((end) => end[0]));
  const adjustedHigh = exact ? adjusted : benjaminiHochberg(ends.map((end) => end[1]));
  tested.forEach((feature, index) => {
    const estimate = adjusted[index]!;
    const [low, high] = ends[index]!;
    const range: [number, number] | null =
      low === high ? null : [adjustedLow[index]!, adjustedHigh[index]!];
    if (feature.kind === 'numeric') {
      feature.result.ks!.adjustedPValue = estimate;
      feature.result.ks!.adjustedPValueRange = range;
    } else feature.result.chiSquare!.adjustedPValue = estimate;
    const decision = decide(feature, { estimate, range: range ?? [estimate, estimate] }, rules);
    feature.result.decision = decision;
    feature.result.status = statusOf(decision);
  });
  const features = computed.map((feature) => feature.result).sort(worstFirst);
  return { features, summary: summarize(features, rules) };
}

type TestedFeature = Exclude<ComputedFeature, { kind: 'skipped' }>;

/** The raw p-value's range [low, high]: a lossy reference profile's KS p-value range, else the p-value. */
function pValueEnds(feature: TestedFeature): [number, number] {
  const p = feature.pValue!;
  if (feature.kind !== 'numeric' || !feature.result.approximation) return [p, p];
  const [low, high] = feature.result.approximation.pValueRange;
  return [Math.min(low, p), Math.max(high, p)];
}

/** Drifted only when it drifts at the least-drift end, stable only when stable at the most-drift end. */
function statusOf(decision: Decision): 'drifted' | 'uncertain' | 'stable' {
  const [least, most] = decision.severityRange ?? [decision.severity, decision.severity];
  if (least >= 1) return 'drifted';
  return most < 1 ? 'stable' : 'uncertain';
}

/** The adjusted p-value: its estimate and the range [low, high] that holds the exact one. */
interface AdjustedP {
  estimate: number;
  range: [number, number];
}

// Severity: ≥ 1 exactly when the feature drifts by this measure; larger is worse. Finite, for JSON.
function significant(adjustedP: number, threshold: number): number {
  if (adjustedP <= 0) return Number.MAX_VALUE;
  if (threshold <= 0) return 0;
  if (threshold >= 1) return 2 - adjustedP;
  // How far below the level the adjusted p-value is, on a log scale: 1 at the level.
  return Math.log(adjustedP) / Math.log(threshold);
}

function atLeast(measure: number | null, threshold: number): number {
  if (measure === null) return 0;
  if (threshold <= 0) return measure > 0 ? Number.MAX_VALUE : 1;
  return Math.min(Number.MAX_VALUE, measure / threshold);
}

/** What a method compares: the gated measure with its range, and how severe a (p, measure) pair is. */
interface Gate {
  threshold: number;
  effectFloor: number | null;
  measure: number | null;
  measureRange: [number, number] | null;
  severity(adjustedP: number, measure: number | null): number;
}

function decide(feature: TestedFeature, p: AdjustedP, rules: DriftRules): Decision {
  const rule = rules.features[feature.result.name] ?? {};
  const method: DriftMethod = rule.method ?? 'auto';
  const allowed: readonly string[] =
    feature.kind === 'numeric' ? numericMethods : categoricalMethods;
  if (!allowed.includes(method)) {
    throw new DriftRuleError(
      `features.${feature.result.name}.method: "${method}" does not apply to a ${feature.kind} feature; use one of ${allowed.join(', ')}`,
    );
  }
  const gate = gateOf(feature, method, rule.threshold, p, rules);
  const [low, high] = gate.measureRange ?? [gate.measure, gate.measure];
  // Least drift: the highest p-value and the smallest effect; most drift: the reverse.
  const least = gate.severity(p.range[1], low);
  const most = gate.severity(p.range[0], high);
  return {
    method,
    threshold: gate.threshold,
    effectFloor: gate.effectFloor,
    measure: gate.measure,
    severity: gate.severity(p.estimate, gate.measure),
    // Equal ends: no error range reaches what this method gates on.
    severityRange: least === most ? null : [least, most],
    measureRange: gate.measureRange,
  };
}

function gateOf(
  feature: TestedFeature,
  method: DriftMethod,
  ruleThreshold: number | undefined,
  p: AdjustedP,
  rules: DriftRules,
): Gate {
  const wasserstein = feature.kind === 'numeric' ? feature.effect : null;
  const wassersteinRange =
    feature.kind === 'numeric' && Number.isFinite(wasserstein)
      ? (feature.result.approximation?.normalizedWassersteinRange ?? null)
      : null;
  switch (method) {
    case 'auto':
      return autoGate(feature, ruleThreshold, wassersteinRange, rules);
    case 'ks':
    case 'chi_square': {
      const threshold = ruleThreshold ?? rules.significance;
      return {
        threshold,
        effectFloor: null,
        measure: p.estimate,
        measureRange: p.range[0] === p.range[1] ? null : p.range,
        severity: (adjustedP) => significant(adjustedP, threshold),
      };
    }
    case 'wasserstein':
      return effectGate(wasserstein, ruleThreshold ?? rules.numericEffectFloor, wassersteinRange);
    // PSI, JS and L∞ have no error bound against a lossy profile: they decide on the estimate.
    case 'psi':
      return effectGate(feature.result.psi, ruleThreshold ?? rules.psiThreshold, null);
    case 'jensen_shannon':
      return effectGate(
        feature.result.jensenShannon,
        ruleThreshold ?? rules.jensenShannonThreshold,
        null,
      );
    case 'l_infinity':
      return effectGate(
        feature.kind === 'categorical' ? feature.result.lInfinity : null,
        ruleThreshold ?? rules.lInfinityThreshold,
        null,
      );
  }
}

/** The default: significant (adjusted p) and an effect at least the floor, both. */
function autoGate(
  feature: TestedFeature,
  ruleThreshold: number | undefined,
  wassersteinRange: [number, number] | null,
  rules: DriftRules,
): Gate {
  const floor =
    ruleThreshold ??
    (feature.kind === 'numeric' ? rules.numericEffectFloor : rules.categoricalEffectFloor);
  const effect =
    feature.kind === 'numeric' ? feature.effect : feature.effects[rules.categoricalEffect];
  return {
    threshold: rules.significance,
    effectFloor: floor,
    measure: effect,
    measureRange: feature.kind === 'numeric' ? wassersteinRange : null,
    // Both must pass: the severity is the weaker of the two.
    severity: (adjustedP, value) =>
      Math.min(significant(adjustedP, rules.significance), atLeast(value, floor)),
  };
}

/** A single effect measure against its threshold, without a test. */
function effectGate(
  measure: number | null,
  threshold: number,
  range: [number, number] | null,
): Gate {
  return {
    threshold,
    effectFloor: null,
    measure,
    measureRange: range,
    severity: (_: number, value: number | null) => atLeast(value, threshold),
  };
}

const statusOrder: Record<FeatureResult['status'], number> = {
  drifted: 0,
  uncertain: 1,
  stable: 2,
  untested: 3,
  skipped: 4,
  ignored: 5,
};

function worstFirst(a: FeatureResult, b: FeatureResult): number {
  const byStatus = statusOrder[a.status] - statusOrder[b.status];
  if (byStatus !== 0) return byStatus;
  return severityOf(b) - severityOf(a) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

/** Outside worstFirst: sorting a wide table's 50,000 features made a closure per comparison. */
function severityOf(feature: FeatureResult): number {
  return feature.kind === 'skipped' ? 0 : (feature.decision?.severity ?? 0);
}

/** A share as a percentage with one decimal: 0.0625 → "6.3%". */
export function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

function summarize(features: readonly FeatureResult[], rules: DriftRules): FeatureSummary {
  const tested = features.filter(
    (f) => f.status === 'drifted' || f.status === 'stable' || f.status === 'uncertain',
  ).length;
  const drifted = features.filter((f) => f.status === 'drifted').length;
  const uncertain = features.filter((f) => f.status === 'uncertain').length;
  const share = tested === 0 ? 0 : drifted / tested;
  const verdict =
    drifted > 0 && share >= rules.failShare
      ? 'fail'
      : drifted > 0 && share >= rules.warnShare
        ? 'warn'
        : 'pass';
  const message =
    tested === 0
      ? 'no feature could be tested'
      : `${drifted} of ${tested} tested features drifted (${percent(share)}); ` +
        (verdict === 'fail'
          ? `at least ${percent(rules.failShare)} fails`
          : verdict === 'warn'
            ? `at least ${percent(rules.warnShare)} warns, ${percent(rules.failShare)} fails`
            : `fails from ${percent(rules.failShare)}`) +
        (uncertain > 0
          ? `; ${uncertain} undecided within the reference profile's error range`
          : '');
  return {
    verdict,
    tested,
    drifted,
    uncertain,
    share,
    warnShare: rules.warnShare,
    failShare: rules.failShare,
    message,
  };
}
