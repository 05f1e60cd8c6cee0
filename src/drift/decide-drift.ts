/**
 * Turns the figures of every feature into decisions and a dataset verdict:
 * adjusts the features' p-values together (Benjamini–Hochberg), applies each
 * feature's method and threshold (drift-rules.ts), sorts worst first, and
 * compares the share of drifted features with the warn and fail levels.
 */
import { benjaminiHochberg } from '../statistics/benjamini-hochberg.ts';
import type { CategoricalFigures } from './categorical-drift.ts';
import type {
  Decision,
  DriftSummary,
  FeatureResult,
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
): { features: FeatureResult[]; summary: DriftSummary } {
  const tested = computed.filter(
    (feature): feature is Exclude<ComputedFeature, { kind: 'skipped' }> =>
      feature.kind !== 'skipped' && feature.pValue !== null,
  );
  const adjusted = benjaminiHochberg(tested.map((feature) => feature.pValue!));
  tested.forEach((feature, index) => {
    const q = adjusted[index]!;
    if (feature.kind === 'numeric') feature.result.ks!.adjustedPValue = q;
    else feature.result.chiSquare!.adjustedPValue = q;
    const decision = decide(feature, q, rules);
    feature.result.decision = decision;
    feature.result.status = decision.severity >= 1 ? 'drifted' : 'stable';
  });
  const features = computed.map((feature) => feature.result).sort(worstFirst);
  return { features, summary: summarize(features, rules) };
}

function decide(
  feature: Exclude<ComputedFeature, { kind: 'skipped' }>,
  adjustedP: number,
  rules: DriftRules,
): Decision {
  const rule = rules.features[feature.result.name] ?? {};
  const method: DriftMethod = rule.method ?? 'auto';
  const allowed: readonly string[] =
    feature.kind === 'numeric' ? numericMethods : categoricalMethods;
  if (!allowed.includes(method)) {
    throw new DriftRuleError(
      `features.${feature.result.name}.method: "${method}" does not apply to a ${feature.kind} feature; use one of ${allowed.join(', ')}`,
    );
  }
  // Severity: ≥ 1 exactly when the feature drifts by this measure; larger is worse. Finite, for JSON.
  const significant = (threshold: number): number => {
    if (adjustedP <= 0) return Number.MAX_VALUE;
    if (threshold <= 0) return 0;
    if (threshold >= 1) return 2 - adjustedP;
    // How far below the level the adjusted p-value is, on a log scale: 1 at the level.
    return Math.log(adjustedP) / Math.log(threshold);
  };
  const atLeast = (measure: number | null, threshold: number): number => {
    if (measure === null) return 0;
    if (threshold <= 0) return measure > 0 ? Number.MAX_VALUE : 1;
    return Math.min(Number.MAX_VALUE, measure / threshold);
  };
  // A single effect measure against its threshold, without a test.
  const byEffect = (measure: number | null, threshold: number) => ({
    method,
    threshold,
    effectFloor: null,
    measure,
    severity: atLeast(measure, threshold),
  });
  switch (method) {
    case 'auto': {
      const floor =
        feature.kind === 'numeric'
          ? (rule.threshold ?? rules.numericEffectFloor)
          : (rule.threshold ?? rules.categoricalEffectFloor);
      const effect =
        feature.kind === 'numeric' ? feature.effect : feature.effects[rules.categoricalEffect];
      // Both must pass: the severity is the weaker of the two.
      const severity = Math.min(significant(rules.significance), atLeast(effect, floor));
      return {
        method,
        threshold: rules.significance,
        effectFloor: floor,
        measure: effect,
        severity,
      };
    }
    case 'ks':
    case 'chi_square': {
      const threshold = rule.threshold ?? rules.significance;
      return {
        method,
        threshold,
        effectFloor: null,
        measure: adjustedP,
        severity: significant(threshold),
      };
    }
    case 'wasserstein':
      return byEffect(
        feature.kind === 'numeric' ? feature.effect : null,
        rule.threshold ?? rules.numericEffectFloor,
      );
    case 'psi':
      return byEffect(feature.result.psi, rule.threshold ?? rules.psiThreshold);
    case 'jensen_shannon':
      return byEffect(feature.result.jensenShannon, rule.threshold ?? rules.jensenShannonThreshold);
    case 'l_infinity':
      return byEffect(
        feature.kind === 'categorical' ? feature.result.lInfinity : null,
        rule.threshold ?? rules.lInfinityThreshold,
      );
  }
}

const statusOrder: Record<FeatureResult['status'], number> = {
  drifted: 0,
  stable: 1,
  untested: 2,
  skipped: 3,
  ignored: 4,
};

function worstFirst(a: FeatureResult, b: FeatureResult): number {
  const byStatus = statusOrder[a.status] - statusOrder[b.status];
  if (byStatus !== 0) return byStatus;
  const severity = (f: FeatureResult) => (f.kind === 'skipped' ? 0 : (f.decision?.severity ?? 0));
  return severity(b) - severity(a) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

function summarize(features: readonly FeatureResult[], rules: DriftRules): DriftSummary {
  const tested = features.filter((f) => f.status === 'drifted' || f.status === 'stable').length;
  const drifted = features.filter((f) => f.status === 'drifted').length;
  const share = tested === 0 ? 0 : drifted / tested;
  const verdict =
    drifted > 0 && share >= rules.failShare
      ? 'fail'
      : drifted > 0 && share >= rules.warnShare
        ? 'warn'
        : 'pass';
  const percent = (x: number) => `${Math.round(x * 1000) / 10}%`;
  const message =
    tested === 0
      ? 'no feature could be tested'
      : `${drifted} of ${tested} tested features drifted (${percent(share)}); ` +
        (verdict === 'fail'
          ? `at least ${percent(rules.failShare)} fails`
          : verdict === 'warn'
            ? `at least ${percent(rules.warnShare)} warns, ${percent(rules.failShare)} fails`
            : `fails from ${percent(rules.failShare)}`);
  return {
    verdict,
    tested,
    drifted,
    share,
    warnShare: rules.warnShare,
    failShare: rules.failShare,
    message,
  };
}
