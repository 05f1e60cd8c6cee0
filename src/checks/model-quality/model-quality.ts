/**
 * Infra 4 and Monitor 7: the candidate model is at least as good as the one
 * in production, metric by metric, with GREEN / AMBER / RED levels from
 * TFMA-style thresholds. Production is the same predictions or metrics file
 * at the PR's base commit, or a file the user names. When both prediction
 * sets carry ids, the rows are paired and a seeded paired bootstrap gives an
 * interval for each delta, so that the gate can block only on confirmed
 * drops. A metrics history of accepted versions catches slow leaks.
 * A metric that cannot be computed, or that no recent version reports, is a
 * finding of its own (`metric:<name>:undefined`, `history:<name>:undefined`,
 * `history:<name>:no-history`), so a waiver for it does not also accept a
 * later RED level (`metric:<name>`) or slow leak (`history:<name>`).
 */

import type { TableFile } from '../../config-fields/shared-schemas.ts';
import { tableFileOptions } from '../../config-fields/table-file-options.ts';
import { bootstrapMetricDeltas } from '../../metrics/bootstrap-metric-deltas.ts';
import {
  type Evaluator,
  type MetricSet,
  predictionsEvaluator,
} from '../../metrics/evaluate-predictions.ts';
import { loadBaseline } from '../../metrics/load-baseline.ts';
import { loadPredictions, loadPredictionsAtRevision } from '../../metrics/load-predictions.ts';
import { type Direction, directionOf, metricNamesByTask } from '../../metrics/metric-catalog.ts';
import {
  definedMetric,
  formatMetric,
  formatNumber,
  formatSigned,
  type MetricValue,
  metricNumber,
  undefinedMetric,
} from '../../metrics/metric-value.ts';
import {
  lookupMetric,
  type MetricsFile,
  metricFromFile,
  parseMetricsFile,
} from '../../metrics/metrics-file.ts';
import { pairById } from '../../metrics/pair-by-id.ts';
import { predictionColumnsOf, withOverrides } from '../../metrics/predictions-config.ts';
import type { Predictions } from '../../metrics/read-predictions.ts';
import type { DetailBlock, Figure, Finding } from '../../model/check.ts';
import type { BootstrapInterval } from '../../statistics/paired-bootstrap.ts';
import type { CheckContext, CheckDefinition } from '../check-definition.ts';
import { readMetricHistory, slowLeak } from './metric-history.ts';
import { type ModelQualityConfig, modelQualityConfig } from './model-quality-config.ts';
import { describeLevel, type Rag, ragLevel } from './rag-level.ts';

const key = 'checks.model_quality';

/** Metric values of one model, and where they come from. */
interface Side {
  values: (name: string) => MetricValue;
  source: string;
}

interface Compared {
  candidate: Side;
  production: Side | null;
  /** Why there is no production, when there is none. */
  productionMissing: string | null;
  baseline: Side | null;
  intervals: Record<string, BootstrapInterval | null> | null;
  metricNames: string[];
  notes: string[];
}

export const modelQuality: CheckDefinition<typeof modelQualityConfig> = {
  id: 'model_quality',
  title: 'Candidate model is at least as good as production',
  rubric: ['infra-4', 'monitor-7'],
  config: modelQualityConfig,
  async run(config, context) {
    const compared =
      config.predictions !== undefined
        ? await compareFromPredictions(config, context)
        : await compareFromMetricsFiles(config, context);
    const { candidate, production, baseline, intervals } = compared;
    const gated = Object.keys(config.thresholds);
    const ordered = [...gated, ...compared.metricNames.filter((name) => !gated.includes(name))];

    const findings: Finding[] = [];
    const figures: Figure[] = [];
    const levels = new Map<string, Rag>();
    const rows = ordered.map((name) => {
      const direction = directionFor(config, name);
      const value = candidate.values(name);
      const productionValue = production?.values(name);
      const productionNumber = metricNumber(productionValue);
      const interval = intervals?.[name] ?? null;
      const threshold = config.thresholds[name];
      let rag: Rag | null = null;
      if (threshold) {
        if (!value.defined) {
          rag = 'red';
          findings.push({
            id: `metric:${name}:undefined`,
            severity: 'fail',
            message: `${name} is undefined (${value.reason}), so its threshold cannot be checked`,
          });
        } else {
          const result = ragLevel(
            threshold,
            direction,
            { candidate: value.value, production: productionNumber, interval },
            config.block_only_significant_changes,
          );
          rag = result.rag;
          const changeBound = [threshold.red, threshold.amber].some(
            (level) => level?.change_absolute !== undefined || level?.change_relative !== undefined,
          );
          if (productionValue && !productionValue.defined && changeBound) {
            findings.push({
              id: `production:${name}`,
              severity: 'warn',
              message: `${name} of production is undefined (${productionValue.reason}), so its change bound was not checked`,
            });
          }
          if (rag !== 'green') {
            findings.push({
              id: `metric:${name}`,
              severity: rag === 'red' ? 'fail' : 'warn',
              message: `${name} is ${rag.toUpperCase()}: ${result.reasons.join('; ')}${result.changeBreached ? intervalText(interval, config.bootstrap.confidence) : ''}`,
            });
          }
        }
        levels.set(name, rag);
        figures.push({
          name,
          value: metricNumber(value),
          threshold: threshold.red
            ? describeLevel(threshold.red, direction)
            : `amber: ${describeLevel(threshold.amber, direction)}`,
        });
      }
      const delta =
        value.defined && productionNumber !== null
          ? formatSigned(value.value - productionNumber)
          : '—';
      return [
        name,
        formatMetric(value),
        ...(baseline ? [formatMetric(baseline.values(name))] : []),
        productionValue ? formatMetric(productionValue) : '—',
        interval
          ? `${delta} [${formatSigned(interval.low)}, ${formatSigned(interval.high)}]`
          : delta,
        threshold
          ? [
              threshold.red ? `red: ${describeLevel(threshold.red, direction)}` : '',
              threshold.amber ? `amber: ${describeLevel(threshold.amber, direction)}` : '',
            ]
              .filter(Boolean)
              .join('; ')
          : 'not gated',
        rag ? ragLabel[rag] : '—',
      ];
    });

    const details: DetailBlock[] = [
      {
        type: 'table',
        title: 'Metrics: candidate vs production',
        header: [
          'metric',
          'candidate',
          ...(baseline ? ['baseline'] : []),
          'production',
          intervals
            ? `Δ vs production [${Math.round(config.bootstrap.confidence * 100)}% CI]`
            : 'Δ vs production',
          'threshold',
          'RAG',
        ],
        rows,
        note: [
          `Candidate: ${candidate.source}.`,
          production
            ? `Production: ${production.source}.`
            : `No production: ${compared.productionMissing}.`,
          ...(baseline ? [`Baseline: ${baseline.source}.`] : []),
          ...compared.notes,
        ].join(' '),
      },
    ];

    if (config.history) {
      const history = await readMetricHistory(
        context.workspace,
        config.history.path,
        `${key}.history.path`,
      );
      const historyRows: (string | number)[][] = [];
      for (const [name, allowed] of Object.entries(config.history.max_drop_from_best)) {
        const value = candidate.values(name);
        if (!value.defined) {
          findings.push({
            id: `history:${name}:undefined`,
            severity: 'fail',
            message: `${name} is undefined (${value.reason}), so it cannot be compared with the history`,
          });
          continue;
        }
        const leak = slowLeak(
          history,
          config.history.last,
          name,
          directionFor(config, name),
          value.value,
          allowed,
        );
        if (!leak) {
          historyRows.push([
            name,
            `none of the last ${config.history.last} versions reports it`,
            formatNumber(value.value),
            '—',
            allowed,
            ragLabel.amber,
          ]);
          // A gated bound that had nothing to compare with must not read as green.
          findings.push({
            id: `history:${name}:no-history`,
            severity: 'warn',
            message: `${name}: none of the last ${config.history.last} versions in the history reports it, so the slow-leak bound could not be checked; append the accepted versions' ${name} to the history`,
          });
          continue;
        }
        const leaking = leak.drop > allowed;
        historyRows.push([
          name,
          `${formatNumber(leak.best)} (${leak.bestLabel})`,
          formatNumber(leak.candidate),
          formatSigned(-leak.drop),
          allowed,
          leaking ? ragLabel.red : ragLabel.green,
        ]);
        if (leaking) {
          findings.push({
            id: `history:${name}`,
            severity: 'fail',
            message: `${name} ${formatNumber(leak.candidate)} is ${formatNumber(leak.drop)} worse than the best of the last ${leak.versions} accepted versions (${formatNumber(leak.best)}, ${leak.bestLabel}); at most ${allowed} is allowed, so small accepted drops have added up`,
            location: { path: config.history.path },
          });
        }
      }
      details.push({
        type: 'table',
        title: `Slow leak: best of the last ${config.history.last} accepted versions`,
        header: ['metric', 'best recent', 'candidate', 'change from best', 'max drop', 'status'],
        rows: historyRows,
        note: `${config.history.path}: ${history.length} version(s) recorded. Append the candidate's metrics after it is accepted.`,
      });
    }

    const undefinedValues = ordered.flatMap((name) =>
      (
        [
          ['candidate', candidate.values(name)],
          ['production', production?.values(name)],
        ] as const
      ).flatMap(([who, value]) =>
        value && !value.defined ? [`${who} ${name}: ${value.reason}`] : [],
      ),
    );
    if (undefinedValues.length > 0)
      details.push({ type: 'list', title: 'Undefined metrics', items: undefinedValues });

    const counts = (rag: Rag) => [...levels.values()].filter((level) => level === rag).length;
    const red = [...levels].filter(([, level]) => level === 'red').map(([name]) => name);
    const amber = [...levels].filter(([, level]) => level === 'amber').map(([name]) => name);
    const leakCount = findings.filter((finding) => finding.id.startsWith('history:')).length;
    const summary = [
      red.length > 0 ? `RED: ${red.join(', ')}` : '',
      leakCount > 0 ? `${leakCount} slow leak(s)` : '',
      amber.length > 0 ? `AMBER: ${amber.join(', ')}` : '',
      counts('green') > 0 ? `${counts('green')} GREEN` : '',
      production ? '' : `no production to compare with (${compared.productionMissing})`,
    ]
      .filter(Boolean)
      .join('; ');
    return { kind: 'ran', summary, figures, findings, details };
  },
};

const ragLabel: Record<Rag, string> = { green: '🟢 GREEN', amber: '🟠 AMBER', red: '🔴 RED' };

function directionFor(config: ModelQualityConfig, name: string): Direction {
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

function baseRevision(context: CheckContext): string | null {
  return context.event.baseSha ?? context.event.pullRequest?.baseSha ?? null;
}

function noBase(context: CheckContext): string {
  return context.event.name === 'local'
    ? 'not a pull request; pass --base <revision> to compare with production'
    : `the ${context.event.name} event has no base commit`;
}

function sideOf(evaluate: Evaluator, source: string): Side & { metrics: MetricSet } {
  const metrics = evaluate();
  return {
    metrics,
    source,
    values: (name) => metrics[name] ?? undefinedMetric(`not a metric of this task`),
  };
}

async function compareFromPredictions(
  config: Extract<ModelQualityConfig, { predictions: TableFile }>,
  context: CheckContext,
): Promise<Compared> {
  const predictionsFile = config.predictions;
  const columns = predictionColumnsOf(config);
  const candidateAll = await loadPredictions(
    context.workspace,
    predictionsFile,
    columns,
    `${key}.predictions`,
  );
  const notes: string[] = [];
  let production: Predictions | null = null;
  let productionSource = '';
  let productionMissing: string | null = null;
  const overrides = withOverrides(columns, config.production ?? {});
  if (config.production?.predictions) {
    production = await loadPredictions(
      context.workspace,
      config.production.predictions,
      overrides,
      `${key}.production.predictions`,
    );
    productionSource = production.table.source;
  } else {
    const revision = baseRevision(context);
    const basePath = config.production?.base_path;
    const baseFile = basePath
      ? typeof predictionsFile === 'string'
        ? basePath
        : { ...predictionsFile, path: basePath }
      : predictionsFile;
    const path = tableFileOptions(baseFile).path;
    if (!revision) productionMissing = noBase(context);
    else {
      production = await loadPredictionsAtRevision(
        context.workspace,
        revision,
        baseFile,
        overrides,
        basePath ? `${key}.production.base_path` : `${key}.predictions`,
      );
      productionSource = `${path} at base commit ${revision.slice(0, 12)}`;
      if (!production)
        productionMissing = `${path} did not exist at base commit ${revision.slice(0, 12)}, so this model is new`;
    }
  }

  let candidate = candidateAll;
  let intervals: Compared['intervals'] = null;
  let productionEvaluator: Evaluator | null = null;
  if (production && candidateAll.ids && production.ids) {
    const paired = pairById(candidateAll, production);
    if (paired.a.data.labels.length === 0) {
      throw new Error(
        `${key}: no id of ${candidateAll.table.source} appears in ${productionSource}; evaluate both models on the same rows`,
      );
    }
    candidate = paired.a;
    productionEvaluator = predictionsEvaluator(paired.b, config.threshold);
    const n = paired.a.data.labels.length;
    if (paired.onlyA + paired.onlyB > 0) {
      notes.push(
        `${paired.onlyA} candidate and ${paired.onlyB} production rows have no partner id and are left out.`,
      );
    }
    const candidateEvaluator = predictionsEvaluator(candidate, config.threshold);
    const { resamples, seed, confidence } = config.bootstrap;
    intervals = bootstrapMetricDeltas(
      candidateEvaluator,
      productionEvaluator,
      n,
      metricNamesByTask[candidate.task],
      config.bootstrap,
    );
    notes.push(
      `Both evaluated on the ${n} rows they share by ${columns.idColumn}; intervals from a paired bootstrap (${resamples} resamples, seed ${seed}, ${Math.round(confidence * 100)}% percentile).`,
    );
  } else if (production) {
    productionEvaluator = predictionsEvaluator(production, config.threshold);
    notes.push(
      'The two prediction sets are not paired (set id_column in both files) so Δ has no interval and every RED change blocks.',
    );
  }

  const baselinePair = config.baseline
    ? await loadBaseline(
        context.workspace,
        candidateAll,
        columns,
        config.baseline,
        `${key}.baseline`,
      )
    : null;
  return {
    candidate: sideOf(
      predictionsEvaluator(candidate, config.threshold),
      `${candidateAll.table.source} (${candidate.data.labels.length} rows)`,
    ),
    production:
      production && productionEvaluator ? sideOf(productionEvaluator, productionSource) : null,
    productionMissing,
    baseline: baselinePair
      ? sideOf(
          predictionsEvaluator(baselinePair.baseline, config.threshold),
          baselinePair.description,
        )
      : null,
    intervals,
    metricNames: [...metricNamesByTask[candidate.task]],
    notes,
  };
}

async function compareFromMetricsFiles(
  config: Extract<ModelQualityConfig, { metrics_file: string }>,
  context: CheckContext,
): Promise<Compared> {
  const path = config.metrics_file;
  const candidateFile = parseMetricsFile(
    await context.workspace.readText(path, `${key}.metrics_file`),
    path,
  );
  let productionFile: MetricsFile | null = null;
  let productionMissing: string | null = null;
  let productionSource = '';
  if (config.production?.metrics_file) {
    const productionPath = config.production.metrics_file;
    productionFile = parseMetricsFile(
      await context.workspace.readText(productionPath, `${key}.production.metrics_file`),
      productionPath,
    );
    productionSource = productionPath;
  } else {
    const revision = baseRevision(context);
    const basePath = config.production?.base_path ?? path;
    if (!revision) productionMissing = noBase(context);
    else {
      const text = await context.workspace.readTextAtRevision(
        revision,
        basePath,
        config.production?.base_path ? `${key}.production.base_path` : `${key}.metrics_file`,
      );
      productionSource = `${basePath} at base commit ${revision.slice(0, 12)}`;
      if (text === null)
        productionMissing = `${basePath} did not exist at base commit ${revision.slice(0, 12)}, so this model is new`;
      else productionFile = parseMetricsFile(text, `${basePath}@${revision.slice(0, 12)}`);
    }
  }
  const names = [
    ...new Set([
      ...Object.keys(config.thresholds),
      ...Object.keys(config.history?.max_drop_from_best ?? {}),
    ]),
  ];
  const candidateValues = new Map(
    names.map((name) => [name, definedMetric(metricFromFile(candidateFile, name).value)]),
  );
  const fromProduction =
    (file: MetricsFile) =>
    (name: string): MetricValue => {
      const found = lookupMetric(file, name);
      return found.kind === 'found'
        ? definedMetric(found.value)
        : undefinedMetric(`${file.source} has no single number "${name}"`);
    };
  return {
    candidate: { source: path, values: (name) => candidateValues.get(name)! },
    production: productionFile
      ? { source: productionSource, values: fromProduction(productionFile) }
      : null,
    productionMissing,
    baseline: null,
    intervals: null,
    metricNames: names,
    notes: [
      'Metrics files carry no per-row predictions, so Δ has no interval and every RED change blocks.',
    ],
  };
}
