/**
 * Each metric of model_quality against its bounds: its level (pass / warn /
 * fail) and the findings it raises, with the number that broke its bound,
 * where the candidate's values come from, and what to change. A metric that
 * cannot be computed is a finding of its own (`metric:<name>:undefined`), so a
 * waiver for it does not also accept a later failing level (`metric:<name>`).
 */
import { type Direction, directionOf } from '../../metrics/metric-catalog.ts';
import { formatSigned, type MetricValue, metricNumber } from '../../metrics/metric-value.ts';
import { comparatorSymbol } from '../../model/bound.ts';
import type { Finding } from '../../model/check.ts';
import type { BootstrapInterval } from '../../statistics/paired-bootstrap.ts';
import type { Compared } from './compare-models.ts';
import { type Level, type LevelReason, metricLevel } from './metric-level.ts';
import type { MetricThreshold, ModelQualityConfig } from './model-quality-config.ts';

export const key = 'checks.model_quality';

/** One metric of the candidate, compared with production and its bounds. */
export interface MetricAssessment {
  name: string;
  direction: Direction;
  value: MetricValue;
  production: MetricValue | undefined;
  interval: BootstrapInterval | null;
  threshold: MetricThreshold | undefined;
  /** null for a metric without bounds. */
  level: Level | null;
  findings: Finding[];
}

/** Gated metrics first, in config order, then the task's other metrics. */
export function assessMetrics(config: ModelQualityConfig, compared: Compared): MetricAssessment[] {
  const gated = Object.keys(config.thresholds);
  const ordered = [...gated, ...compared.metricNames.filter((name) => !gated.includes(name))];
  return ordered.map((name) => assessMetric(config, compared, name));
}

function assessMetric(
  config: ModelQualityConfig,
  compared: Compared,
  name: string,
): MetricAssessment {
  const assessment = {
    name,
    direction: directionFor(config, name),
    value: compared.candidate.values(name),
    production: compared.production?.values(name),
    interval: compared.intervals?.[name] ?? null,
    threshold: config.thresholds[name],
  };
  const { value, threshold } = assessment;
  if (!threshold) return { ...assessment, level: null, findings: [] };
  const location = { path: compared.candidate.path };
  if (!value.defined) {
    return {
      ...assessment,
      level: 'fail',
      findings: [
        {
          id: `metric:${name}:undefined`,
          severity: 'fail',
          message: `${name} is undefined (${value.reason}), so its threshold cannot be checked`,
          location,
          measure: { figure: name, value: null },
          cause: undefinedCause(name),
          fix: `Fix ${compared.candidate.path} so that ${name} can be computed (${value.reason}).`,
        },
      ],
    };
  }
  const production = assessment.production;
  const result = metricLevel(
    threshold,
    assessment.direction,
    { candidate: value.value, production: metricNumber(production), interval: assessment.interval },
    config.block_only_significant_changes,
    name,
  );
  const findings: Finding[] = [];
  const changeBound = [threshold.red, threshold.amber].some(
    (level) => level?.change_absolute !== undefined || level?.change_relative !== undefined,
  );
  if (production && !production.defined && changeBound && compared.production) {
    findings.push({
      id: `production:${name}`,
      severity: 'warn',
      message: `${name} of production is undefined (${production.reason}), so its change bound was not checked`,
      location: { path: compared.production.path },
      measure: { figure: `${name} of production`, value: null },
      fix: `Make production's ${name} computable (${production.reason}), or name another production file in \`${key}.production\`.`,
    });
  }
  if (result.decisive) {
    findings.push({
      id: `metric:${name}`,
      severity: result.level === 'fail' ? 'fail' : 'warn',
      message: `${name} ${result.level === 'fail' ? 'fails' : 'warns'}: ${result.reasons.join('; ')}${result.changeBreached ? intervalText(assessment.interval, config.bootstrap.confidence) : ''}`,
      location,
      measure: result.decisive.measure,
      fix: fixFor(name, result.decisive, compared.candidate.path),
    });
  }
  return { ...assessment, level: result.level, findings };
}

/** The candidate's undefined metric is one cause, whichever bound (threshold, history) it blocks. */
export function undefinedCause(name: string): string {
  return `candidate-undefined:${name}`;
}

function fixFor(name: string, reason: LevelReason, path: string): string {
  const bound = reason.measure.bound;
  const wanted = bound
    ? ` so that ${reason.measure.figure} ${comparatorSymbol(bound.comparator)} ${typeof bound.limit === 'number' && reason.change ? formatSigned(bound.limit) : bound.limit}`
    : '';
  return `Improve the model${wanted} on ${path}, or change \`${key}.thresholds.${name}.${reason.levelKey}.${reason.bound}\` if the bound is wrong.`;
}

export function directionFor(config: ModelQualityConfig, name: string): Direction {
  const direction = config.thresholds[name]?.direction ?? directionOf(name);
  if (!direction) {
    throw new Error(
      `${key}.thresholds.${name}.direction: say whether "${name}" is higher_is_better or lower_is_better`,
    );
  }
  return direction;
}

function intervalText(interval: BootstrapInterval | null, confidence: number): string {
  return interval
    ? ` (${Math.round(confidence * 100)}% interval of Δ: [${formatSigned(interval.low)}, ${formatSigned(interval.high)}])`
    : '';
}
