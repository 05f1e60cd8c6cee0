/**
 * The candidate's and production's metric values for model_quality, from
 * prediction files (paired by id when both carry ids, with a seeded paired
 * bootstrap interval per delta) or from metrics files. Production is the
 * user's file or the candidate's file at the PR's base commit.
 */
import type { TableFile } from '../../config-fields/shared-schemas.ts';
import { tableFileOptions } from '../../config-fields/table-file-options.ts';
import {
  bootstrapPredictionDeltasInParallel,
  type ResampleRunner,
} from '../../metrics/bootstrap-metric-deltas.ts';
import {
  type Evaluator,
  type MetricSet,
  predictionsEvaluator,
} from '../../metrics/evaluate-predictions.ts';
import { loadBaseline } from '../../metrics/load-baseline.ts';
import { loadPredictions, loadPredictionsAtRevision } from '../../metrics/load-predictions.ts';
import { metricNamesByTask } from '../../metrics/metric-catalog.ts';
import { definedMetric, type MetricValue, undefinedMetric } from '../../metrics/metric-value.ts';
import {
  lookupMetric,
  type MetricsFile,
  metricFromFile,
  parseMetricsFile,
} from '../../metrics/metrics-file.ts';
import { pairById } from '../../metrics/pair-by-id.ts';
import { predictionColumnsOf, withOverrides } from '../../metrics/predictions-config.ts';
import type { Predictions } from '../../metrics/read-predictions.ts';
import type { BootstrapInterval } from '../../statistics/paired-bootstrap.ts';
import type { CheckContext } from '../check-definition.ts';
import type { ModelQualityConfig } from './model-quality-config.ts';

const key = 'checks.model_quality';

/** Metric values of one model, and where they come from. */
export interface Side {
  values: (name: string) => MetricValue;
  source: string;
  /** The file the values come from, for findings' locations. */
  path: string;
}

export interface Compared {
  candidate: Side;
  production: Side | null;
  /** Why there is no production, when there is none. */
  productionMissing: string | null;
  baseline: Side | null;
  intervals: Record<string, BootstrapInterval | null> | null;
  metricNames: string[];
  notes: string[];
}

function baseRevision(context: CheckContext): string | null {
  return context.event.baseSha ?? context.event.pullRequest?.baseSha ?? null;
}

function noBase(context: CheckContext): string {
  return context.event.name === 'local'
    ? 'not a pull request; pass --base <revision> to compare with production'
    : `the ${context.event.name} event has no base commit`;
}

function sideOf(evaluate: Evaluator, source: string, path: string): Side & { metrics: MetricSet } {
  const metrics = evaluate();
  return {
    metrics,
    source,
    path,
    values: (name) => metrics[name] ?? undefinedMetric(`not a metric of this task`),
  };
}

export async function compareFromPredictions(
  config: PredictionsConfig,
  context: CheckContext,
): Promise<Compared> {
  const columns = predictionColumnsOf(config);
  const candidateAll = await loadPredictions(
    context.workspace,
    config.predictions,
    columns,
    `${key}.predictions`,
  );
  const production = await productionPredictions(config, context, columns);
  const { candidate, productionEvaluator, intervals, notes } = production.predictions
    ? await evaluateAgainst(
        config,
        candidateAll,
        production.predictions,
        production.source,
        context.resampleRunner,
      )
    : { candidate: candidateAll, productionEvaluator: null, intervals: null, notes: [] };
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
      candidateAll.table.source,
    ),
    production: productionEvaluator
      ? sideOf(productionEvaluator, production.source, production.path)
      : null,
    productionMissing: production.missing,
    baseline: baselinePair
      ? sideOf(
          predictionsEvaluator(baselinePair.baseline, config.threshold),
          baselinePair.description,
          candidateAll.table.source,
        )
      : null,
    intervals,
    metricNames: [...metricNamesByTask[candidate.task]],
    notes,
  };
}

type PredictionsConfig = Extract<ModelQualityConfig, { predictions: TableFile }>;

interface ProductionPredictions {
  predictions: Predictions | null;
  source: string;
  path: string;
  /** Why there are none, when there are none. */
  missing: string | null;
}

/** Production's predictions: the file the user names, or the candidate's (or base_path) at the base commit. */
async function productionPredictions(
  config: PredictionsConfig,
  context: CheckContext,
  columns: ReturnType<typeof predictionColumnsOf>,
): Promise<ProductionPredictions> {
  const overrides = withOverrides(columns, config.production ?? {});
  if (config.production?.predictions) {
    const predictions = await loadPredictions(
      context.workspace,
      config.production.predictions,
      overrides,
      `${key}.production.predictions`,
    );
    const source = predictions.table.source;
    return { predictions, source, path: source, missing: null };
  }
  const revision = baseRevision(context);
  const basePath = config.production?.base_path;
  const predictionsFile = config.predictions;
  const baseFile = basePath
    ? typeof predictionsFile === 'string'
      ? basePath
      : { ...predictionsFile, path: basePath }
    : predictionsFile;
  const path = tableFileOptions(baseFile).path;
  if (!revision) return { predictions: null, source: '', path, missing: noBase(context) };
  const predictions = await loadPredictionsAtRevision(
    context.workspace,
    revision,
    baseFile,
    overrides,
    basePath ? `${key}.production.base_path` : `${key}.predictions`,
  );
  const at = `at base commit ${revision.slice(0, 12)}`;
  return {
    predictions,
    source: `${path} ${at}`,
    path,
    missing: predictions ? null : `${path} did not exist ${at}, so this model is new`,
  };
}

/**
 * The candidate against production: paired by id when both carry ids (the
 * candidate narrowed to the shared rows, a paired bootstrap interval per
 * delta), otherwise side by side without intervals.
 */
async function evaluateAgainst(
  config: PredictionsConfig,
  candidateAll: Predictions,
  production: Predictions,
  productionSource: string,
  runner: ResampleRunner | undefined,
): Promise<{
  candidate: Predictions;
  productionEvaluator: Evaluator;
  intervals: Compared['intervals'];
  notes: string[];
}> {
  if (!candidateAll.ids || !production.ids) {
    return {
      candidate: candidateAll,
      productionEvaluator: predictionsEvaluator(production, config.threshold),
      intervals: null,
      notes: [
        'The two prediction sets are not paired (set id_column in both files) so Δ has no interval and every failing change blocks.',
      ],
    };
  }
  const paired = pairById(candidateAll, production);
  const n = paired.a.data.labels.length;
  if (n === 0) {
    throw new Error(
      `${key}: no id of ${candidateAll.table.source} appears in ${productionSource}; evaluate both models on the same rows`,
    );
  }
  const productionEvaluator = predictionsEvaluator(paired.b, config.threshold);
  const { resamples, seed, confidence } = config.bootstrap;
  const intervals = await bootstrapPredictionDeltasInParallel(
    paired.a,
    paired.b,
    metricNamesByTask[paired.a.task],
    config.bootstrap,
    config.threshold,
    runner,
  );
  const unpaired =
    paired.onlyA + paired.onlyB > 0
      ? [
          `${paired.onlyA} candidate and ${paired.onlyB} production rows have no partner id and are left out.`,
        ]
      : [];
  return {
    candidate: paired.a,
    productionEvaluator,
    intervals,
    notes: [
      ...unpaired,
      `Both evaluated on the ${n} rows they share by ${predictionColumnsOf(config).idColumn}; intervals from a paired bootstrap (${resamples} resamples, seed ${seed}, ${Math.round(confidence * 100)}% percentile).`,
    ],
  };
}

export async function compareFromMetricsFiles(
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
  let productionPath = config.production?.base_path ?? path;
  if (config.production?.metrics_file) {
    productionPath = config.production.metrics_file;
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
    candidate: { source: path, path, values: (name) => candidateValues.get(name)! },
    production: productionFile
      ? { source: productionSource, path: productionPath, values: fromProduction(productionFile) }
      : null,
    productionMissing,
    baseline: null,
    intervals: null,
    metricNames: names,
    notes: [
      'Metrics files carry no per-row predictions, so Δ has no interval and every failing change blocks.',
    ],
  };
}
