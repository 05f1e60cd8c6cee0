/**
 * Model 7, "the model is tested for considerations of inclusion": for each
 * protected attribute, the selection rate, true and false positive rates per
 * group, the demographic-parity and equal-opportunity differences and the
 * disparate-impact ratio (four-fifths rule by default), and the association
 * of every feature with the attribute, to flag proxies.
 */

import { groupRows } from '../../metrics/group-rows.ts';
import { loadFeatureTable } from '../../metrics/load-feature-table.ts';
import { loadPredictions } from '../../metrics/load-predictions.ts';
import { predictionColumnsOf } from '../../metrics/predictions-config.ts';
import { type RowColumns, rowColumns } from '../../metrics/row-columns.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { assessAttribute, key } from './attribute-disparities.ts';
import { type FairnessConfig, fairnessConfig } from './fairness-config.ts';
import { fairnessOutcome } from './fairness-outcome.ts';
import { association } from './proxy-association.ts';
import { type ProxyAssociation, proxyCandidates } from './proxy-findings.ts';

export const fairness: CheckDefinition<typeof fairnessConfig> = {
  id: 'fairness',
  title: 'Groups are treated alike and no feature proxies a protected attribute',
  rubric: ['model-7'],
  config: fairnessConfig,
  async run(config, { workspace }) {
    const predictions = await loadPredictions(
      workspace,
      config.predictions,
      predictionColumnsOf(config),
      `${key}.predictions`,
    );
    if (predictions.task !== 'binary') throw new Error(`${key}.task: fairness needs task binary`);
    const features = await loadFeatureTable(workspace, config, `${key}.features`);
    const columns = rowColumns(predictions, features);
    const { labels, scores } = predictions.data;
    const predicted =
      predictions.data.predicted ??
      Uint8Array.from(scores!, (s) => (s >= config.threshold ? 1 : 0));
    const rowName = (row: number) => `${predictions.table.source}:${predictions.table.lineOf(row)}`;
    const groupOfRow = new Map<string, string[]>();
    const attributes = config.protected_attributes.map((attribute) => {
      const cells = columns.cells(attribute, `${key}.protected_attributes`);
      const groups = groupRows(
        cells,
        config.bins[attribute],
        (row) => `${rowName(row)}: column "${attribute}"`,
      );
      const assignment = new Array<string>(cells.length);
      for (const group of groups) for (const row of group.rows) assignment[row] = group.value;
      groupOfRow.set(attribute, assignment);
      return assessAttribute(config, attribute, groups, {
        labels,
        predicted,
        path: columns.sourceOf(attribute),
      });
    });
    const available = (features?.table ?? predictions.table).columnNames;
    const proxies = proxyAssociations(config, columns, available, groupOfRow);
    const positive = predictions.data.predicted
      ? 'the prediction column'
      : `score ≥ ${config.threshold}`;
    return fairnessOutcome(config, attributes, proxies, positive);
  },
};

/** Every candidate feature against every protected attribute, strongest association first. */
function proxyAssociations(
  config: FairnessConfig,
  columns: RowColumns,
  available: readonly string[],
  groupOfRow: ReadonlyMap<string, string[]>,
): ProxyAssociation[] {
  const proxies = proxyCandidates(config, available).flatMap((feature) => {
    const cells = columns.cells(feature, `${key}.proxies.columns`);
    return config.protected_attributes.map((attribute) => ({
      feature,
      attribute,
      path: columns.sourceOf(feature),
      ...association(cells, groupOfRow.get(attribute) ?? []),
    }));
  });
  return proxies.sort((a, b) => (b.value ?? -1) - (a.value ?? -1));
}
