/**
 * Model 2, "offline proxy metrics correlate with actual online impact": from
 * a history of (offline metric, online metric) pairs — one per model version
 * or experiment — Pearson's r and Spearman's ρ with Fisher-z intervals. The
 * gate passes when the chosen correlation, in the expected direction, clears
 * a threshold given enough pairs; otherwise offline gains may not be real.
 */

import { tableFileOptions } from '../../config-fields/table-file-options.ts';
import { parseNumberCell } from '../../formats/parse-number.ts';
import { formatNumber } from '../../metrics/metric-value.ts';
import { requireColumn } from '../../metrics/require-column.ts';
import { rowError } from '../../metrics/row-error.ts';
import type { Finding } from '../../model/check.ts';
import {
  type CorrelationEstimate,
  correlationWithInterval,
} from '../../statistics/correlation-interval.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { offlineOnlineCorrelationConfig } from './offline-online-correlation-config.ts';

const key = 'checks.offline_online_correlation';
const names = { pearson: 'Pearson r', spearman: 'Spearman ρ' } as const;

export const offlineOnlineCorrelation: CheckDefinition<typeof offlineOnlineCorrelationConfig> = {
  id: 'offline_online_correlation',
  title: 'Offline metrics predict online impact',
  rubric: ['model-2'],
  config: offlineOnlineCorrelationConfig,
  async run(config, { workspace }) {
    const { path, options } = tableFileOptions(config.history);
    const table = await workspace.readTable(path, `${key}.history`, options);
    const offlineCells = requireColumn(table, config.offline_column, `${key}.offline_column`);
    const onlineCells = requireColumn(table, config.online_column, `${key}.online_column`);
    const offline: number[] = [];
    const online: number[] = [];
    let incomplete = 0;
    for (let row = 0; row < table.rowCount; row++) {
      const read = (cells: typeof offlineCells, column: string) => {
        const value = parseNumberCell(cells[row]!);
        if (value === undefined || (typeof value === 'number' && !Number.isFinite(value))) {
          throw rowError(
            table,
            row,
            `"${String(cells[row])}" in column "${column}" is not a finite number`,
          );
        }
        return value;
      };
      const x = read(offlineCells, config.offline_column);
      const y = read(onlineCells, config.online_column);
      if (x === null || y === null) {
        incomplete++;
        continue;
      }
      offline.push(x);
      online.push(y);
    }
    const estimates = (['spearman', 'pearson'] as const).map((method) =>
      correlationWithInterval(method, offline, online, config.confidence),
    );
    const gated = estimates.find((estimate) => estimate.method === config.method)!;
    const sign = config.expect === 'positive' ? 1 : -1;
    const findings: Finding[] = [];
    const pairs = offline.length;
    const label = names[config.method];
    const threshold = `${config.expect === 'positive' ? '≥' : '≤'} ${sign * config.min_correlation}`;
    if (pairs < config.min_pairs) {
      findings.push({
        id: 'pairs',
        severity: 'warn',
        message: `${pairs} complete pair(s) in ${path}; at least ${config.min_pairs} are needed to judge whether offline metrics track online impact`,
        location: { path },
      });
    } else if (!gated.defined) {
      // Its own id: a waiver for "cannot be computed" must not accept a weak correlation.
      findings.push({
        id: `correlation:${config.method}:undefined`,
        severity: 'fail',
        message: `${label} is undefined: ${gated.reason}`,
        location: { path },
      });
    } else {
      const judged = config.gate_on === 'estimate' ? gated.r : sign > 0 ? gated.low : gated.high;
      if (sign * judged < config.min_correlation) {
        findings.push({
          id: `correlation:${config.method}`,
          severity: 'fail',
          message: `${label} ${formatNumber(gated.r, 3)} ${intervalText(gated, config.confidence)} over ${pairs} pairs: ${config.gate_on === 'estimate' ? 'the estimate' : 'the interval’s bound'} is not ${threshold}; offline gains may not carry over online`,
          location: { path },
        });
      }
    }
    const show = (estimate: CorrelationEstimate) => [
      names[estimate.method],
      estimate.defined ? formatNumber(estimate.r, 3) : `undefined (${estimate.reason})`,
      estimate.defined ? intervalText(estimate, config.confidence) : '—',
      estimate.method === config.method ? threshold : 'not gated',
    ];
    return {
      kind: 'ran',
      summary: gated.defined
        ? `${label} ${formatNumber(gated.r, 3)} ${intervalText(gated, config.confidence)} between ${config.offline_column} and ${config.online_column} over ${pairs} pairs`
        : `${label} undefined over ${pairs} pairs`,
      figures: [
        { name: label, value: gated.defined ? gated.r : null, threshold },
        { name: 'pairs', value: pairs, threshold: `≥ ${config.min_pairs}` },
      ],
      findings,
      details: [
        {
          type: 'table',
          title: `${config.offline_column} (offline) vs ${config.online_column} (online)`,
          header: [
            'measure',
            'estimate',
            `${Math.round(config.confidence * 100)}% interval (Fisher z)`,
            'threshold',
          ],
          rows: estimates.map(show),
          note: `${pairs} pairs from ${path}${incomplete > 0 ? `; ${incomplete} row(s) missing a value left out` : ''}.`,
        },
      ],
    };
  },
};

function intervalText(
  estimate: Extract<CorrelationEstimate, { defined: true }>,
  confidence: number,
): string {
  return `[${formatNumber(estimate.low, 3)}, ${formatNumber(estimate.high, 3)}] (${Math.round(confidence * 100)}%)`;
}
