/**
 * Data 2, "all features are beneficial": each feature's association with the
 * label on the training data (|Pearson r|, |point-biserial r|, the correlation
 * ratio η or Cramér's V — whichever fits the kinds; all in [0, 1]), or the
 * feature importances training exported. Features under the floor are flagged:
 * they cost upkeep, latency and risk for little signal. A weak marginal
 * association is a warning by default: a feature can still help through
 * interactions, which an importance file measures.
 */

import { tableFileOptions } from '../../config-fields/table-file-options.ts';
import { formatStatistic } from '../../drift/drift-details.ts';
import { scanForDrift } from '../../drift/scan-for-drift.ts';
import { parseNumberCell } from '../../formats/parse-number.ts';
import type { DetailBlock, Figure, Finding } from '../../model/check.ts';
import { parseTableSchema } from '../../table-schema/table-schema.ts';
import type { CheckDefinition } from '../check-definition.ts';
import {
  type FeatureAssociationConfig,
  featureAssociationConfig,
} from './feature-association-config.ts';
import { featureLabelAssociations, measureNames } from './feature-label-association.ts';

const key = 'checks.feature_association';

export const featureAssociation: CheckDefinition<typeof featureAssociationConfig> = {
  id: 'feature_association',
  title: 'Every feature carries signal about the label',
  rubric: ['data-2'],
  config: featureAssociationConfig,
  async run(config, { workspace }) {
    const figures: Figure[] = [];
    const findings: Finding[] = [];
    const details: DetailBlock[] = [];
    const summary: string[] = [];
    const ignored = new Set(config.ignore);

    if (config.data !== undefined && config.label !== undefined) {
      const label = config.label;
      const { path, options } = tableFileOptions(config.data);
      const schema = config.schema
        ? parseTableSchema(await workspace.readText(config.schema, `${key}.schema`), config.schema)
        : undefined;
      const scan = await scanForDrift(
        (scanOptions) => workspace.scanTable(path, `${key}.data`, scanOptions),
        options,
        schema,
      );
      if (scan.badRowCount > 0) {
        findings.push({
          id: 'data:bad-rows',
          severity: 'fail',
          message: `${path}: ${scan.badRowCount} row(s) could not be split into the header's columns and were left out (first at line ${scan.badRows[0]?.line ?? '?'}); fix the file`,
          location: { path, ...(scan.badRows[0]?.line ? { line: scan.badRows[0].line } : {}) },
        });
      }
      const features = (config.features ?? scan.columns.map((c) => c.name)).filter(
        (name) => name !== label && !ignored.has(name),
      );
      const associations = featureLabelAssociations(scan, label, features);
      const assessed = associations.filter((a) => a.kind !== 'skipped');
      const weak = assessed.filter((a) => a.value < config.floor);
      for (const a of weak) {
        findings.push({
          id: `feature:${a.feature}`,
          severity: config.severity,
          message: `${a.feature}: ${measureNames[a.measure]} with ${label} is ${formatStatistic(a.value)} over ${a.n} rows, below the floor ${config.floor}${a.note ? ` (${a.note})` : ''}; drop it, or justify it with an importance measure`,
          location: { path, column: a.feature },
        });
      }
      if (assessed.length === 0) {
        // Nothing measured is not the same as every feature carrying signal.
        findings.push({
          id: 'features:none-assessed',
          severity: 'fail',
          message: `no feature of ${path} could be assessed against ${label} (${associations.length} skipped or none left after ignore); list the features to measure, or check the label column`,
          location: { path },
        });
      }
      assessed.sort((a, b) => a.value - b.value);
      figures.push(
        { name: 'features assessed', value: assessed.length },
        { name: 'features below the association floor', value: weak.length, threshold: '= 0' },
      );
      if (assessed[0]) {
        figures.push({
          name: 'weakest feature',
          value: `${assessed[0].feature} (${formatStatistic(assessed[0].value)})`,
        });
      }
      summary.push(
        `${weak.length} of ${assessed.length} features have an association with ${label} below ${config.floor}`,
      );
      details.push({
        type: 'table',
        title: `Association with ${label}, weakest first`,
        header: ['Feature', 'Kind', 'Measure', 'Association', 'Rows', 'Status'],
        rows: assessed.map((a) => [
          a.feature,
          a.kind,
          measureNames[a.measure],
          Number(a.value.toFixed(4)),
          a.n,
          a.value < config.floor ? `below ${config.floor}` : 'ok',
        ]),
        note: 'Pearson for numeric × numeric, point-biserial for numeric × two classes, η for numeric × several classes (or categorical × numeric), Cramér’s V for categorical × categorical. Rows with a missing feature or label are left out.',
      });
      const skipped = associations.filter((a) => a.kind === 'skipped');
      if (skipped.length > 0) {
        details.push({
          type: 'list',
          title: 'Not assessed',
          items: skipped.map((a) => `${a.feature}: ${a.kind === 'skipped' ? a.reason : ''}`),
        });
      }
    }

    if (config.importance) {
      const part = await importancePart(config, config.importance, workspace);
      figures.push(...part.figures);
      findings.push(...part.findings);
      details.push(...part.details);
      summary.push(part.summary);
    }

    return { kind: 'ran', summary: summary.join('; '), figures, findings, details };
  },
};

async function importancePart(
  config: FeatureAssociationConfig,
  importance: NonNullable<FeatureAssociationConfig['importance']>,
  workspace: Parameters<CheckDefinition<typeof featureAssociationConfig>['run']>[1]['workspace'],
) {
  const { path, options } = tableFileOptions(importance.file);
  const table = await workspace.readTable(path, `${key}.importance.file`, {
    ...options,
    columns: [importance.feature_column, importance.importance_column],
  });
  const features = table.column(importance.feature_column)!;
  const values = table.column(importance.importance_column)!;
  const rows: { feature: string; importance: number; line: number }[] = [];
  const seen = new Set<string>();
  values.forEach((cell, row) => {
    const feature = features[row];
    const value = parseNumberCell(cell);
    const line = table.lineOf(row);
    if (feature === null || feature === undefined || String(feature).trim() === '') {
      throw new Error(`${path}:${line}: the feature name is empty`);
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new Error(
        `${path}:${line}: importance ${JSON.stringify(cell)} of "${feature}" is not a finite number`,
      );
    }
    if (seen.has(String(feature))) throw new Error(`${path}:${line}: "${feature}" is listed twice`);
    seen.add(String(feature));
    if (!config.ignore.includes(String(feature)))
      rows.push({ feature: String(feature), importance: value, line });
  });
  const total = rows.reduce((sum, r) => sum + Math.abs(r.importance), 0);
  const scored = rows
    .map((r) => ({
      ...r,
      score: importance.normalize
        ? total > 0
          ? Math.abs(r.importance) / total
          : 0
        : Math.abs(r.importance),
    }))
    .sort((a, b) => a.score - b.score);
  const weak = scored.filter((r) => r.score < importance.floor);
  const what = importance.normalize ? 'share of total importance' : '|importance|';
  const findings: Finding[] = weak.map((r) => ({
    id: `importance:${r.feature}`,
    severity: config.severity,
    message: `${r.feature}: ${what} ${formatStatistic(r.score)} is below the floor ${importance.floor} (${path})`,
    location: { path, line: r.line },
  }));
  const figures: Figure[] = [
    { name: 'features with an importance', value: scored.length },
    { name: 'features below the importance floor', value: weak.length, threshold: '= 0' },
  ];
  const details: DetailBlock[] = [
    {
      type: 'table',
      title: `Feature importance (${path}), lowest first`,
      header: [
        'Feature',
        'Importance',
        importance.normalize ? 'Share of total' : '|Importance|',
        'Status',
      ],
      rows: scored.map((r) => [
        r.feature,
        r.importance,
        Number(r.score.toFixed(4)),
        r.score < importance.floor ? `below ${importance.floor}` : 'ok',
      ]),
    },
  ];
  return {
    figures,
    findings,
    details,
    summary: `${weak.length} of ${scored.length} features have a ${what} below ${importance.floor}`,
  };
}
