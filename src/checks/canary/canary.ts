/**
 * Infra 6 — models are canaried before serving. The canary command loads the
 * model with the serving code and predicts on a sample; mlgate then checks
 * what it wrote: a fresh file, one row per sample row, the declared columns
 * and types, no NaN, values in range, and agreement with the training side's
 * predictions for the same ids within a tolerance. The command runs in the
 * repository itself, where earlier steps left the model.
 */

import { tableFileOptions } from '../../config-fields/table-file-options.ts';
import type { Table } from '../../data/table.ts';
import {
  exitDescription,
  logBlock,
  minutesToMs,
  requireFinished,
  seconds,
} from '../../infra/command-outcome.ts';
import { compareTables } from '../../infra/compare-tables.ts';
import { fileWasWritten } from '../../infra/file-was-written.ts';
import { describeTolerance } from '../../infra/tolerance.ts';
import type { DetailBlock, Figure, Finding } from '../../model/check.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { canaryConfig } from './canary-config.ts';
import { inspectCanaryOutput } from './inspect-canary-output.ts';

const key = 'checks.canary';

export const canary: CheckDefinition<typeof canaryConfig> = {
  id: 'canary',
  title: 'The model is canaried before serving',
  rubric: ['infra-6'],
  config: canaryConfig,
  async run(config, { workspace }) {
    const output = tableFileOptions(config.output);
    const before = await workspace.hashFile(output.path, `${key}.output`);
    const result = await workspace.runCommand({
      command: config.command,
      key: `${key}.command`,
      timeoutMs: minutesToMs(config.timeout_minutes),
      ...(config.working_directory ? { workingDirectory: config.working_directory } : {}),
    });
    if (result.outcome === 'refused') return { kind: 'skipped', reason: result.reason };
    requireFinished(result, `${key}.command`, config.timeout_minutes);
    const details: DetailBlock[] = [logBlock('Canary log (last lines)', result)];
    const fail = (id: string, message: string) => ({
      kind: 'ran' as const,
      summary: `canary failed: ${message}`,
      figures: [{ name: 'exit code', value: result.exitCode, threshold: '= 0' }],
      findings: [{ id, severity: 'fail' as const, message }],
      details,
    });
    if (result.exitCode !== 0) {
      return fail(
        'command',
        `\`${config.command}\` ended with ${exitDescription(result)}: the serving code could not load the model or predict`,
      );
    }
    const after = await workspace.hashFile(output.path, `${key}.output`);
    if (after === null) return fail('output', `the canary command did not write ${output.path}`);
    if (!fileWasWritten(before, after)) {
      return fail(
        'output',
        `${output.path} is untouched since before the run: the canary command did not write it`,
      );
    }

    const table = await workspace.readTable(output.path, `${key}.output`, output.options);
    const findings: Finding[] = [];
    const figures: Figure[] = [{ name: 'rows', value: table.rowCount }];
    const expected = config.sample
      ? (
          await workspace.readTable(
            tableFileOptions(config.sample).path,
            `${key}.sample`,
            tableFileOptions(config.sample).options,
          )
        ).rowCount
      : config.expected_rows;
    if (expected !== undefined) {
      figures[0] = { name: 'rows', value: table.rowCount, threshold: `= ${expected}` };
      if (table.rowCount !== expected) {
        findings.push({
          id: 'row-count',
          severity: 'fail',
          message: `the canary wrote ${table.rowCount} rows for ${expected} sample rows`,
          location: { path: output.path },
        });
      }
    }
    findings.push(...inspectCanaryOutput(table, config));

    if (config.training_predictions && config.id_column) {
      const training = tableFileOptions(config.training_predictions.path);
      const trainingTable = await workspace.readTable(
        training.path,
        `${key}.training_predictions`,
        training.options,
      );
      const pairs = config.training_predictions.columns
        ? Object.entries(config.training_predictions.columns).map(([left, right]) => ({
            left,
            right,
          }))
        : Object.entries(config.columns)
            .filter(
              ([name, type]) =>
                name !== config.id_column && type !== 'string' && type !== 'boolean',
            )
            .map(([name]) => ({ left: name, right: name }));
      const trainingId = config.training_predictions.id_column ?? config.id_column;
      const comparison = compareTables(
        table,
        renameColumn(trainingTable, trainingId, config.id_column),
        {
          idColumn: config.id_column,
          columns: pairs,
          tolerance: config.tolerance,
          maxExamples: config.max_examples,
        },
      );
      if (comparison.matchedRows === 0) {
        findings.push({
          id: 'agreement:ids',
          severity: 'fail',
          message: `no canary id appears in ${training.path}; check id_column and that both sides predict on the same examples`,
        });
      } else if (comparison.onlyLeftCount > 0) {
        findings.push({
          id: 'agreement:ids',
          severity: 'warn',
          message: `${comparison.onlyLeftCount} canary rows have no training-side prediction (ids ${comparison.onlyLeft.join(', ')}${comparison.onlyLeftCount > comparison.onlyLeft.length ? ', …' : ''})`,
        });
      }
      const rows = [];
      for (const column of comparison.columns) {
        const agreement = column.compared === 0 ? null : 1 - column.differing / column.compared;
        figures.push({
          name: `agreement ${column.left}`,
          value: agreement === null ? null : Number(agreement.toFixed(4)),
          threshold: `≥ ${config.min_agreement}`,
        });
        rows.push([
          column.left,
          column.right,
          `${column.compared - column.differing} of ${column.compared}`,
          column.maxAbsoluteDifference ?? '—',
        ]);
        if (agreement !== null && agreement < config.min_agreement) {
          const examples = column.examples
            .map((e) => `id ${e.id}: ${String(e.left)} vs ${String(e.right)}`)
            .join('; ');
          findings.push({
            id: `agreement:${column.left}`,
            severity: 'fail',
            message: `${column.left} disagrees with the training side's ${column.right} on ${column.differing} of ${column.compared} rows beyond ${describeTolerance(config.tolerance)} (${examples})`,
            location: { path: output.path, column: column.left },
          });
        }
      }
      details.unshift({
        type: 'table',
        title: `Agreement with ${training.path} (${describeTolerance(config.tolerance)})`,
        header: ['Canary column', 'Training column', 'Rows agreeing', 'Max |Δ|'],
        rows,
      });
    }
    const failures = findings.filter((f) => f.severity === 'fail').length;
    return {
      kind: 'ran',
      summary:
        failures === 0
          ? `the serving code loaded the model and predicted ${table.rowCount} rows in ${seconds(result.durationMs)}; output checks passed`
          : `the serving code predicted ${table.rowCount} rows, but ${failures} output check${failures === 1 ? '' : 's'} failed`,
      figures,
      findings,
      details,
    };
  },
};

/** The training table seen with its id column under the canary's id name, for the join. */
function renameColumn(table: Table, from: string, to: string): Table {
  if (from === to) return table;
  return {
    source: table.source,
    format: table.format,
    rowCount: table.rowCount,
    columnNames: table.columnNames.map((name) => (name === from ? to : name)),
    column: (name) => table.column(name === to ? from : name),
    lineOf: (row) => table.lineOf(row),
  };
}
