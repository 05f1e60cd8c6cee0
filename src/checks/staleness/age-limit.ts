/**
 * An age (of the model or of its training data) against warn and fail
 * limits in days: the finding, when it is over one, and the figure. A fail
 * limit may come from the decay fit's crossing of the floor, and then says so.
 */
import { formatNumber } from '../../metrics/metric-value.ts';
import type { Figure, Finding, Measure } from '../../model/check.ts';

export interface AgeLimits {
  warn?: number | undefined;
  fail?: number | undefined;
  /** Why the fail limit is what it is, when a decay fit set it rather than the config. */
  failFromDecay?: { note: string; reference: NonNullable<Measure['reference']>; fix: string };
}

export interface AgedThing {
  id: 'model:age' | 'data:age';
  what: 'model' | 'training data';
  ageDays: number;
  /** Where the time came from, e.g. `trained_at in models/meta.yaml`. */
  source: string;
  time: Date;
  location: NonNullable<Finding['location']>;
  /** The config key of the limits, for the fix. */
  limitKey: 'max_model_age_days' | 'max_data_age_days';
  /** What clears it, e.g. "Retrain the model". */
  renew: string;
}

export function ageLimitOutcome(
  thing: AgedThing,
  limits: AgeLimits,
): { finding: Finding | null; figure: Figure; summary: string } {
  const age = formatNumber(thing.ageDays, 1);
  const threshold = [
    limits.warn !== undefined ? `warn > ${formatNumber(limits.warn, 1)}` : '',
    limits.fail !== undefined ? `fail > ${formatNumber(limits.fail, 1)}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const passing = limits.fail ?? limits.warn;
  return {
    finding: ageFinding(thing, limits),
    figure: {
      name: `${thing.what} age`,
      value: Number(age),
      unit: 'days',
      ...(threshold ? { threshold } : {}),
      ...(passing !== undefined ? { bound: { comparator: '<=', limit: passing } } : {}),
    },
    summary: `${thing.what} ${age} days old`,
  };
}

function ageFinding(thing: AgedThing, limits: AgeLimits): Finding | null {
  const { id, what, ageDays, source, location } = thing;
  const age = formatNumber(ageDays, 1);
  const stamp = thing.time.toISOString().replace('.000Z', 'Z');
  if (ageDays < -1) {
    // A clock or data error, not an age: its own id, so its waiver never accepts a stale model.
    return {
      id: `${id}:future`,
      severity: 'warn',
      message: `${what} time ${stamp} (${source}) is in the future; check the clock or the value`,
      location,
      fix: `Correct the time in ${source}, or the clock of the machine that runs the gate.`,
    };
  }
  const over = (limit: number, reference?: Measure['reference']): Measure => ({
    figure: `${what} age`,
    value: Number(age),
    bound: { comparator: '<=', limit },
    unit: 'days',
    ...(reference ? { reference } : {}),
  });
  if (limits.fail !== undefined && ageDays > limits.fail) {
    const decay = limits.failFromDecay;
    return {
      id,
      severity: 'fail',
      message: `${what} is ${age} days old (${source}: ${stamp}), over the limit of ${formatNumber(limits.fail, 1)} days${decay ? `, ${decay.note}` : ''}; retrain`,
      location,
      measure: over(limits.fail, decay?.reference),
      fix: decay?.fix ?? `${thing.renew}, or raise ${thing.limitKey}.fail.`,
    };
  }
  if (limits.warn !== undefined && ageDays > limits.warn) {
    return {
      id,
      severity: 'warn',
      message: `${what} is ${age} days old (${source}: ${stamp}), over the warning age of ${formatNumber(limits.warn, 1)} days`,
      location,
      measure: over(limits.warn),
      fix: `${thing.renew}, or raise ${thing.limitKey}.warn.`,
    };
  }
  return null;
}
