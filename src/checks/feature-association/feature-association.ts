/**
 * Data 2, "all features are beneficial": each feature's association with the
 * label on the training data (|Pearson r|, |point-biserial r|, the correlation
 * ratio η or Cramér's V — whichever fits the kinds; all in [0, 1]), or the
 * feature importances training exported. Features under the floor are flagged:
 * they cost upkeep, latency and risk for little signal. A weak marginal
 * association is a warning by default: a feature can still help through
 * interactions, which an importance file measures.
 */

import type { TableFile } from '../../config-fields/shared-schemas.ts';
import { tableFileOptions } from '../../config-fields/table-file-options.ts';
import { scanForDrift } from '../../drift/scan-for-drift.ts';
import { parseNumberCell } from '../../formats/parse-number.ts';
import { parseTableSchema } from '../../table-schema/table-schema.ts';
import type { Workspace } from '../../workspace/workspace.ts';
import type { CheckDefinition } from '../check-definition.ts';
import {
  type FeatureAssociationConfig,
  featureAssociationConfig,
} from './feature-association-config.ts';
import {
  associationPart,
  combineParts,
  type Importance,
  importancePart,
  type MeasuredAssociations,
  type OutcomePart,
} from './feature-association-outcome.ts';
import { featureLabelAssociations } from './feature-label-association.ts';

const key = 'checks.feature_association';

export const featureAssociation: CheckDefinition<typeof featureAssociationConfig> = {
  id: 'feature_association',
  title: 'Every feature carries signal about the label',
  rubric: ['data-2'],
  config: featureAssociationConfig,
  async run(config, { workspace }) {
    const parts: OutcomePart[] = [];
    if (config.data !== undefined && config.label !== undefined) {
      const measured = await measureAssociations(config, config.data, config.label, workspace);
      parts.push(associationPart(measured, config.floor, config.severity));
    }
    if (config.importance) {
      const { path } = tableFileOptions(config.importance.file);
      const rows = await readImportances(config.importance, config.ignore, workspace);
      parts.push(importancePart(rows, path, config.importance, config.severity));
    }
    return combineParts(parts);
  },
};

async function measureAssociations(
  config: FeatureAssociationConfig,
  data: TableFile,
  label: string,
  workspace: Workspace,
): Promise<MeasuredAssociations> {
  const { path, options } = tableFileOptions(data);
  const schema = config.schema
    ? parseTableSchema(await workspace.readText(config.schema, `${key}.schema`), config.schema)
    : undefined;
  const scan = await scanForDrift(
    (scanOptions) => workspace.scanTable(path, `${key}.data`, scanOptions),
    options,
    schema,
  );
  const ignored = new Set(config.ignore);
  const features = (config.features ?? scan.columns.map((c) => c.name)).filter(
    (name) => name !== label && !ignored.has(name),
  );
  return {
    path,
    label,
    badRows: { count: scan.badRowCount, firstLine: scan.badRows[0]?.line },
    associations: featureLabelAssociations(scan, label, features),
  };
}

/** The importance file's rows, each a named feature with a finite importance, listed once. */
async function readImportances(
  importance: NonNullable<FeatureAssociationConfig['importance']>,
  ignore: readonly string[],
  workspace: Workspace,
): Promise<Importance[]> {
  const { path, options } = tableFileOptions(importance.file);
  const table = await workspace.readTable(path, `${key}.importance.file`, {
    ...options,
    columns: [importance.feature_column, importance.importance_column],
  });
  const features = table.column(importance.feature_column)!;
  const values = table.column(importance.importance_column)!;
  const rows: Importance[] = [];
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
    if (!ignore.includes(String(feature)))
      rows.push({ feature: String(feature), importance: value, line });
  });
  return rows;
}
