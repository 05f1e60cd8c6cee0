/**
 * The statistic a feature's decision gates on, as data: its name, value, the
 * range a lossy reference profile leaves it in, and the bound a feature that
 * does not drift meets (`W/σ < 0.1`, `adjusted p > 0.05`). `auto` gates on a
 * test and an effect size together; the effect is the statistic named here,
 * and the adjusted p-value stands beside it in the table.
 */
import type { Bound } from '../model/check.ts';
import type { Decision } from './drift-result.ts';

export interface GatedMeasure {
  figure: string;
  value: number | null;
  range: [number, number] | null;
  /** The condition a feature that does not drift meets. */
  bound: Bound;
  /** Where the threshold is set in the check's config, e.g. `numeric_effect_floor`. */
  configKey: string;
}

export const effectNames: Readonly<Record<string, string>> = {
  wasserstein: 'W/σ',
  psi: 'PSI',
  jensen_shannon: 'JS',
  l_infinity: 'L∞',
};

const thresholdKeys: Readonly<Record<string, string>> = {
  wasserstein: 'numeric_effect_floor',
  psi: 'psi_threshold',
  jensen_shannon: 'jensen_shannon_threshold',
  l_infinity: 'l_infinity_threshold',
};

/** `categoricalEffect` is the rules' `jensen_shannon` or `l_infinity`, which `auto` uses for categories. */
export function gatedMeasure(
  decision: Decision,
  kind: 'numeric' | 'categorical',
  categoricalEffect: string,
): GatedMeasure {
  const range = decision.measureRange;
  switch (decision.method) {
    case 'auto':
      return {
        figure: kind === 'numeric' ? 'W/σ' : (effectNames[categoricalEffect] ?? 'JS'),
        value: decision.measure,
        range,
        bound: { comparator: '<', limit: decision.effectFloor ?? 0 },
        configKey: kind === 'numeric' ? 'numeric_effect_floor' : 'categorical_effect_floor',
      };
    case 'ks':
    case 'chi_square':
      return {
        figure: `adjusted p (${decision.method === 'ks' ? 'KS' : 'χ²'})`,
        value: decision.measure,
        range,
        bound: { comparator: '>', limit: decision.threshold },
        configKey: 'significance',
      };
    default:
      return {
        figure: effectNames[decision.method] ?? decision.method,
        value: decision.measure,
        range,
        bound: { comparator: '<', limit: decision.threshold },
        configKey: thresholdKeys[decision.method] ?? 'threshold',
      };
  }
}
