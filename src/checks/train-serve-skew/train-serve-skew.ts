/**
 * Monitor 3, "training and serving features compute the same values": the
 * distribution of each serving feature against training (the drift
 * computation with tighter thresholds, L∞ for categories as TFDV's skew
 * comparator); with an id column both files carry, every serving example
 * joined to its training example and each feature value compared within a
 * tolerance; and prediction parity — the training code's and the serving
 * path's predictions for the same ids must agree.
 */

import { tableFileOptions } from '../../config-fields/table-file-options.ts';
import {
  type ColumnComparison,
  compareExamples,
  type ExampleComparison,
  type Mismatch,
} from '../../drift/compare-examples.ts';
import { formatStatistic } from '../../drift/drift-details.ts';
import { runDrift } from '../../drift/run-drift.ts';
import type { DetailBlock, Figure, Finding } from '../../model/check.ts';
import { parseTableSchema } from '../../table-schema/table-schema.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { dataFile, referenceFile } from '../drift/drift.ts';
import { rulesFromConfig } from '../drift/drift-config.ts';
import { driftOutcome } from '../drift/drift-outcome.ts';
import { trainServeSkewConfig } from './train-serve-skew-config.ts';

const key = 'checks.train_serve_skew';

export const trainServeSkew: CheckDefinition<typeof trainServeSkewConfig> = {
  id: 'train_serve_skew',
  title: 'Training and serving compute the same features and predictions',
  rubric: ['monitor-3'],
  config: trainServeSkewConfig,
  async run(config, { workspace }) {
    const schema = config.schema
      ? parseTableSchema(await workspace.readText(config.schema, `${key}.schema`), config.schema)
      : undefined;
    const rules = rulesFromConfig(config);
    const run = await runDrift(
      await referenceFile(workspace, config.training, `${key}.training`),
      dataFile(workspace, config.serving, `${key}.serving`),
      rules,
      schema,
      { keepScans: config.id_column !== undefined, configKey: key },
    );
    const figures: Figure[] = [];
    const findings: Finding[] = [];
    const details: DetailBlock[] = [];
    const summary: string[] = [];
    const tolerance = { absolute: config.absolute_tolerance, relative: config.relative_tolerance };

    if (config.id_column !== undefined) {
      // The config refuses id_column with a profile, so both scans are there.
      const scans = run.scans!;
      const ignored = new Set([...rules.ignore, config.id_column]);
      const names = run.result.features
        .filter((f) => f.status !== 'ignored' && !ignored.has(f.name))
        .map((f) => f.name)
        .sort();
      const comparison = compareExamples(
        scans.reference,
        scans.current,
        config.id_column,
        names.map((name) => ({ name, training: name, serving: name })),
        tolerance,
        config.max_examples,
      );
      const part = examplesPart(comparison, config.max_mismatch_share, 'values', 'feature');
      const differing = comparison.columns.filter((c) => c.mismatches > 0).length;
      summary.push(
        `example by example: ${differing} feature(s) differ in ${comparison.skewedExamples} of ${comparison.joined} joined examples`,
      );
      figures.push(...part.figures);
      findings.push(...part.findings);
      details.push(...part.details);
    }

    if (config.predictions) {
      const p = config.predictions;
      const servingColumn = p.serving_column ?? p.column;
      const read = async (
        file: typeof p.training,
        role: 'training' | 'serving',
        column: string,
      ) => {
        const { path, options } = tableFileOptions(file);
        return workspace.scanTable(path, `${key}.predictions.${role}`, {
          ...options,
          columns: { [p.id_column]: 'category', [column]: 'number' },
        });
      };
      const training = await read(p.training, 'training', p.column);
      const serving = await read(p.serving, 'serving', servingColumn);
      for (const [scan, column] of [
        [training, p.column],
        [serving, servingColumn],
      ] as const) {
        const bad = scan.badCells.filter((cell) => cell.column === column);
        const count = scan.column(column)?.badCount ?? 0;
        if (count > 0) {
          findings.push({
            id: `predictions:${scan.source}:not-numbers`,
            severity: 'fail',
            message: `${scan.source}: ${count} prediction(s) in "${column}" are not numbers, e.g. ${bad
              .slice(0, 3)
              .map((cell) => `${JSON.stringify(cell.value)} (line ${cell.line})`)
              .join(', ')}`,
            location: { path: scan.source, column, ...(bad[0]?.line ? { line: bad[0].line } : {}) },
          });
        }
      }
      const comparison = compareExamples(
        training,
        serving,
        p.id_column,
        [
          {
            name: p.column === servingColumn ? p.column : `${p.column} / ${servingColumn}`,
            training: p.column,
            serving: servingColumn,
          },
        ],
        { absolute: p.absolute_tolerance, relative: p.relative_tolerance },
        config.max_examples,
      );
      const part = examplesPart(comparison, p.max_mismatch_share, 'predictions', 'prediction');
      const parity = comparison.columns[0];
      summary.push(`predictions: ${parity?.mismatches ?? 0} of ${parity?.compared ?? 0} differ`);
      figures.push(...part.figures);
      findings.push(...part.findings);
      details.push(...part.details);
    }

    return driftOutcome(run, {
      noun: 'skew',
      extraFigures: figures,
      extraFindings: findings,
      extraDetails: details,
      extraSummary: summary,
    });
  },
};

/** Figures, findings and details of one example-by-example comparison. */
function examplesPart(
  comparison: ExampleComparison,
  maxShare: number,
  prefix: 'values' | 'predictions',
  noun: 'feature' | 'prediction',
): { figures: Figure[]; findings: Finding[]; details: DetailBlock[] } {
  const findings: Finding[] = [];
  const { joined } = comparison;
  const label = prefix === 'values' ? 'feature values' : 'predictions';
  if (joined === 0) {
    findings.push({
      id: `${prefix}:no-join`,
      severity: 'fail',
      message: `no ${comparison.idColumn} of the serving file matches one of the training file (${comparison.trainingRows} and ${comparison.servingRows} rows): the ${label} cannot be compared; check that both files log the same ids`,
    });
  }
  if (comparison.duplicateIds.length > 0) {
    findings.push({
      id: `${prefix}:duplicate-ids`,
      severity: 'warn',
      message: `${comparison.idColumn} repeats, so only the first row of each id is compared: ${comparison.duplicateIds
        .slice(0, 5)
        .map((d) => `${d.side} ${JSON.stringify(d.id)} ×${d.count}`)
        .join(', ')}`,
    });
  }
  const failing = comparison.columns.filter((c) => c.mismatches > 0 && c.mismatchShare > maxShare);
  for (const column of failing) {
    findings.push({
      id: prefix === 'values' ? `values:${column.name}` : 'predictions:parity',
      severity: 'fail',
      message: `${column.name}: ${column.mismatches} of ${column.compared} joined examples differ (${percent(column.mismatchShare)}${column.maxAbsoluteDifference !== null ? `, max |Δ| ${formatStatistic(column.maxAbsoluteDifference)}` : ''}), e.g. ${column.examples.slice(0, 3).map(describe(comparison.idColumn)).join('; ')}`,
    });
  }
  const skewedColumns = comparison.columns.filter((c) => c.mismatches > 0).length;
  const figures: Figure[] =
    prefix === 'values'
      ? [
          { name: 'examples joined by id', value: joined },
          { name: 'features with differing values', value: skewedColumns, threshold: '= 0' },
          {
            name: 'examples with a differing value',
            value: comparison.skewedExamples,
            threshold: '= 0',
          },
        ]
      : [
          { name: 'predictions compared', value: comparison.columns[0]?.compared ?? 0 },
          {
            name: 'predictions that differ',
            value: comparison.columns[0]?.mismatches ?? 0,
            threshold: maxShare === 0 ? '= 0' : `≤ ${percent(maxShare)}`,
          },
        ];
  const coverage = `${joined} examples joined on ${comparison.idColumn}; ${comparison.onlyInTraining} only in training, ${comparison.onlyInServing} only in serving.`;
  const details: DetailBlock[] = [
    {
      type: 'table',
      title: prefix === 'values' ? 'Feature values, example by example' : 'Prediction parity',
      header: [
        noun === 'feature' ? 'Feature' : 'Prediction',
        'Compared',
        'Differ',
        'Share',
        'Max |Δ|',
        'Largest differences',
      ],
      rows: comparison.columns.map((c: ColumnComparison) => [
        c.name,
        c.compared,
        c.mismatches,
        percent(c.mismatchShare),
        c.maxAbsoluteDifference === null ? '' : formatStatistic(c.maxAbsoluteDifference),
        c.examples.slice(0, 3).map(describe(comparison.idColumn)).join('; '),
      ]),
      note: coverage,
    },
  ];
  if (prefix === 'values' && comparison.worstExamples.length > 0) {
    details.push({
      type: 'list',
      title: 'Examples with the most differing features',
      items: comparison.worstExamples.map(
        (e) =>
          `${comparison.idColumn}=${e.id}: ${e.columns.length} feature(s) differ — ${e.columns.join(', ')}`,
      ),
    });
  }
  return { figures, findings, details };
}

function describe(idColumn: string) {
  const show = (value: Mismatch['training']) =>
    value === null ? 'missing' : typeof value === 'number' ? String(value) : JSON.stringify(value);
  return (m: Mismatch) =>
    `${idColumn}=${m.id}: training ${show(m.training)}, serving ${show(m.serving)}`;
}

function percent(share: number): string {
  return `${Math.round(share * 10000) / 100}%`;
}
