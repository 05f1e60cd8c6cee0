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
import { formatNumber } from '../../metrics/metric-value.ts';
import { predictionColumnsOf } from '../../metrics/predictions-config.ts';
import { rowColumns } from '../../metrics/row-columns.ts';
import type { DetailBlock, Figure, Finding } from '../../model/check.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { type FairnessConfig, fairnessConfig } from './fairness-config.ts';
import { disparities, type GroupRates, groupRates } from './group-rates.ts';
import { type Association, association } from './proxy-association.ts';

const key = 'checks.fairness';

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

    const findings: Finding[] = [];
    const figures: Figure[] = [];
    const details: DetailBlock[] = [];
    const summaryRows: (string | number)[][] = [];
    const groupOfRow = new Map<string, string[]>();

    for (const attribute of config.protected_attributes) {
      const cells = columns.cells(attribute, `${key}.protected_attributes`);
      const groups = groupRows(
        cells,
        config.bins[attribute],
        (row) => `${rowName(row)}: column "${attribute}"`,
      );
      const assignment = new Array<string>(cells.length);
      for (const group of groups) for (const row of group.rows) assignment[row] = group.value;
      groupOfRow.set(attribute, assignment);
      const rates = groupRates(groups, labels, predicted);
      const gated = rates.filter((rate) => rate.rows >= config.min_group_size);
      const gaps = disparities(gated);
      const location = { path: columns.sourceOf(attribute), column: attribute };
      if (gated.length < 2) {
        findings.push({
          id: `attribute:${attribute}:groups`,
          severity: 'warn',
          message: `${attribute}: ${gated.length} group(s) with at least ${config.min_group_size} rows; fairness needs two to compare (lower min_group_size or evaluate on more data)`,
          location,
        });
      }
      const extremes = (pick: (rate: GroupRates) => number | null) => {
        const defined = gated.filter((rate) => pick(rate) !== null);
        const low = defined.reduce((a, b) => (pick(b)! < pick(a)! ? b : a));
        const high = defined.reduce((a, b) => (pick(b)! > pick(a)! ? b : a));
        return `${formatNumber(pick(low)!)} for ${attribute} = ${low.value} vs ${formatNumber(pick(high)!)} for ${attribute} = ${high.value}`;
      };
      const check = (
        id: string,
        value: number | null,
        breached: (v: number) => boolean,
        what: string,
        limit: string,
        pick: (rate: GroupRates) => number | null,
      ) => {
        if (value !== null && breached(value)) {
          findings.push({
            id: `attribute:${attribute}:${id}`,
            severity: 'fail',
            message: `${attribute}: ${what} ${formatNumber(value)} ${limit} ${extremes(pick)}`,
            location,
          });
        }
      };
      check(
        'demographic_parity',
        gaps.demographicParityDifference,
        (v) => v > config.max_demographic_parity_difference,
        'demographic parity difference',
        `exceeds ${config.max_demographic_parity_difference}; selection rate`,
        (r) => r.selectionRate,
      );
      check(
        'equal_opportunity',
        gaps.equalOpportunityDifference,
        (v) => v > config.max_equal_opportunity_difference,
        'equal opportunity difference',
        `exceeds ${config.max_equal_opportunity_difference}; true positive rate`,
        (r) => r.truePositiveRate,
      );
      if (config.max_false_positive_rate_difference !== undefined) {
        const limit = config.max_false_positive_rate_difference;
        check(
          'false_positive_rate',
          gaps.falsePositiveRateDifference,
          (v) => v > limit,
          'false positive rate difference',
          `exceeds ${limit}; false positive rate`,
          (r) => r.falsePositiveRate,
        );
      }
      check(
        'disparate_impact',
        gaps.disparateImpactRatio,
        (v) => v < config.min_disparate_impact_ratio,
        'disparate impact ratio',
        `is below ${config.min_disparate_impact_ratio} (four-fifths rule at 0.8); selection rate`,
        (r) => r.selectionRate,
      );

      figures.push(
        {
          name: `${attribute}: demographic parity difference`,
          value: gaps.demographicParityDifference,
          threshold: `≤ ${config.max_demographic_parity_difference}`,
        },
        {
          name: `${attribute}: equal opportunity difference`,
          value: gaps.equalOpportunityDifference,
          threshold: `≤ ${config.max_equal_opportunity_difference}`,
        },
        {
          name: `${attribute}: disparate impact ratio`,
          value: gaps.disparateImpactRatio,
          threshold: `≥ ${config.min_disparate_impact_ratio}`,
        },
      );
      const show = (value: number | null) => (value === null ? '—' : formatNumber(value));
      summaryRows.push([
        attribute,
        gated.length,
        show(gaps.demographicParityDifference),
        show(gaps.equalOpportunityDifference),
        show(gaps.falsePositiveRateDifference),
        show(gaps.disparateImpactRatio),
        findings.some((f) => f.id.startsWith(`attribute:${attribute}:`) && f.severity === 'fail')
          ? '🔴 disparity'
          : '🟢 ok',
      ]);
      // Worst first: the least selected groups, which the four-fifths rule protects.
      const ordered = [...rates].sort(
        (a, b) =>
          Number(a.rows < config.min_group_size) - Number(b.rows < config.min_group_size) ||
          a.selectionRate - b.selectionRate,
      );
      details.push({
        type: 'table',
        title: `Groups of ${attribute}, least selected first`,
        header: [
          'group',
          'rows',
          'selection rate',
          'true positive rate',
          'false positive rate',
          'gated',
        ],
        rows: ordered.map((rate) => [
          rate.value,
          rate.rows,
          formatNumber(rate.selectionRate),
          show(rate.truePositiveRate),
          show(rate.falsePositiveRate),
          rate.rows >= config.min_group_size ? 'yes' : `no (< ${config.min_group_size} rows)`,
        ]),
      });
    }
    details.unshift({
      type: 'table',
      title: 'Disparities per protected attribute',
      header: [
        'attribute',
        'groups compared',
        'demographic parity diff.',
        'equal opportunity diff.',
        'FPR diff.',
        'disparate impact ratio',
        'status',
      ],
      rows: summaryRows,
      note: `Limits: demographic parity ≤ ${config.max_demographic_parity_difference}, equal opportunity ≤ ${config.max_equal_opportunity_difference}${config.max_false_positive_rate_difference !== undefined ? `, FPR ≤ ${config.max_false_positive_rate_difference}` : ''}, disparate impact ≥ ${config.min_disparate_impact_ratio}; groups under ${config.min_group_size} rows are left out. Positive prediction: ${predictions.data.predicted ? 'the prediction column' : `score ≥ ${config.threshold}`}.`,
    });

    const proxyRows = proxyCandidates(
      config,
      (features?.table ?? predictions.table).columnNames,
    ).flatMap((feature) => {
      const cells = columns.cells(feature, `${key}.proxies.columns`);
      return config.protected_attributes.map((attribute) => ({
        feature,
        attribute,
        ...association(cells, groupOfRow.get(attribute)!),
      }));
    });
    proxyRows.sort((a, b) => (b.value ?? -1) - (a.value ?? -1));
    for (const proxy of proxyRows) {
      if (proxy.value !== null && proxy.value > config.proxies.max_association) {
        findings.push({
          id: `proxy:${proxy.feature}:${proxy.attribute}`,
          severity: config.proxies.severity,
          message: `${proxy.feature} may stand in for ${proxy.attribute}: ${proxy.measure} ${formatNumber(proxy.value)} > ${config.proxies.max_association}`,
          location: { path: columns.sourceOf(proxy.feature), column: proxy.feature },
        });
      }
    }
    if (proxyRows.length > 0) {
      details.push({
        type: 'table',
        title: 'Association of features with protected attributes, strongest first',
        header: ['feature', 'attribute', 'measure', 'association', 'status'],
        rows: proxyRows.map((proxy: Association & { feature: string; attribute: string }) => [
          proxy.feature,
          proxy.attribute,
          proxy.measure,
          proxy.value === null ? `— (${proxy.note})` : formatNumber(proxy.value),
          proxy.value !== null && proxy.value > config.proxies.max_association
            ? '🟠 possible proxy'
            : '🟢 ok',
        ]),
      });
    }
    const disparityCount = findings.filter(
      (f) => f.id.startsWith('attribute:') && f.severity === 'fail',
    ).length;
    const proxyCount = findings.filter((f) => f.id.startsWith('proxy:')).length;
    return {
      kind: 'ran',
      summary: `${config.protected_attributes.join(', ')}: ${disparityCount === 0 ? 'no disparity over the limits' : `${disparityCount} disparity finding(s)`}; ${proxyCount === 0 ? 'no proxy feature' : `${proxyCount} possible proxy feature(s)`}`,
      figures,
      findings,
      details,
    };
  },
};

function proxyCandidates(config: FairnessConfig, available: readonly string[]): string[] {
  if (config.proxies.columns) return config.proxies.columns;
  const excluded = new Set(
    [
      config.id_column,
      config.features_id_column,
      config.label_column,
      config.score_column,
      config.prediction_column,
      ...config.protected_attributes,
    ].filter((name): name is string => name !== undefined),
  );
  return available.filter((name) => !excluded.has(name));
}
