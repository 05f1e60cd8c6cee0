/**
 * model_quality's slow-leak bound as findings and a table: each metric of
 * `history.max_drop_from_best` against the best of the last N accepted
 * versions. A metric no recent version reports is a finding of its own
 * (`history:<name>:no-history`), so that a bound with nothing to compare with
 * does not read as a pass.
 */
import { formatNumber, formatSigned } from '../../metrics/metric-value.ts';
import type { Cell, DetailBlock, Finding } from '../../model/check.ts';
import { directionFor, key, undefinedCause } from './assess-metrics.ts';
import type { Side } from './compare-models.ts';
import { type HistoryEntry, slowLeak } from './metric-history.ts';
import type { ModelQualityConfig } from './model-quality-config.ts';

type WithHistory = ModelQualityConfig & { history: NonNullable<ModelQualityConfig['history']> };

export interface SlowLeakReport {
  findings: Finding[];
  table: DetailBlock;
}

export function slowLeakReport(
  config: WithHistory,
  history: readonly HistoryEntry[],
  candidate: Side,
): SlowLeakReport {
  const { path, last, max_drop_from_best } = config.history;
  const checked = Object.entries(max_drop_from_best).map(([name, allowed]) =>
    metricLeak(config, history, candidate, name, allowed),
  );
  return {
    findings: checked.flatMap((leak) => (leak.finding ? [leak.finding] : [])),
    table: {
      type: 'table',
      title: `Slow leak: best of the last ${last} accepted versions`,
      header: ['metric', 'best recent', 'candidate', 'change from best', 'max drop', 'status'],
      rows: checked.flatMap((leak) => (leak.row ? [leak.row] : [])),
      note: `${path}: ${history.length} version(s) recorded. Append the candidate's metrics after it is accepted.`,
    },
  };
}

/** One metric against the history: its table row (none when undefined) and its finding, if any. */
function metricLeak(
  config: WithHistory,
  history: readonly HistoryEntry[],
  candidate: Side,
  name: string,
  allowed: number,
): { row: Cell[] | null; finding: Finding | null } {
  const { path, last } = config.history;
  const value = candidate.values(name);
  const configKey = `\`${key}.history.max_drop_from_best.${name}\``;
  if (!value.defined) {
    const finding: Finding = {
      id: `history:${name}:undefined`,
      severity: 'fail',
      message: `${name} is undefined (${value.reason}), so it cannot be compared with the history`,
      location: { path: candidate.path },
      measure: { figure: name, value: null },
      cause: undefinedCause(name),
      fix: `Fix ${candidate.path} so that ${name} can be computed (${value.reason}).`,
    };
    return { row: null, finding };
  }
  const leak = slowLeak(history, last, name, directionFor(config, name), value.value, allowed);
  if (!leak) {
    const row = [
      name,
      `none of the last ${last} versions reports it`,
      formatNumber(value.value),
      '—',
      allowed,
      'warn',
    ];
    const finding: Finding = {
      id: `history:${name}:no-history`,
      severity: 'warn',
      message: `${name}: none of the last ${last} versions in the history reports it, so the slow-leak bound could not be checked; append the accepted versions' ${name} to the history`,
      location: { path },
      measure: {
        figure: `versions reporting ${name}`,
        value: 0,
        bound: { comparator: '>', limit: 0 },
      },
      fix: `Append the accepted versions' ${name} to ${path}, or remove ${configKey}.`,
    };
    return { row, finding };
  }
  const leaking = leak.drop > allowed;
  const row = [
    name,
    `${formatNumber(leak.best)} (${leak.bestLabel})`,
    formatNumber(leak.candidate),
    formatSigned(-leak.drop),
    allowed,
    leaking ? 'fail' : 'pass',
  ];
  if (!leaking) return { row, finding: null };
  const finding: Finding = {
    id: `history:${name}`,
    severity: 'fail',
    message: `${name} ${formatNumber(leak.candidate)} is ${formatNumber(leak.drop)} worse than the best of the last ${leak.versions} accepted versions (${formatNumber(leak.best)}, ${leak.bestLabel}); at most ${allowed} is allowed, so small accepted drops have added up`,
    location: { path },
    measure: {
      figure: `${name} drop from best`,
      value: leak.drop,
      bound: { comparator: '<=', limit: allowed },
      reference: { label: `best recent (${leak.bestLabel})`, value: leak.best },
    },
    fix: `Improve the model so that ${name} is within ${allowed} of ${formatNumber(leak.best)}, or change ${configKey} if the allowed drop is wrong.`,
  };
  return { row, finding };
}
