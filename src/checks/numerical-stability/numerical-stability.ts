/**
 * Monitor 5, "Models are numerically stable": a predictions file must hold
 * finite numbers only, probabilities must lie in [0, 1], values must stay in
 * their plausible ranges, and the predictions must not all be identical (the
 * rubric's "have all predictions over some period of time been identical?").
 * Offending rows are named by id column or file line.
 */
import { tableFileOptions } from '../../config-fields/table-file-options.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { inspectColumn } from './inspect-column.ts';
import { numericalStabilityConfig } from './numerical-stability-config.ts';
import { numericalStabilityOutcome } from './numerical-stability-outcome.ts';

export const numericalStability: CheckDefinition<typeof numericalStabilityConfig> = {
  id: 'numerical_stability',
  title: 'Predictions are numerically stable',
  rubric: ['monitor-5'],
  config: numericalStabilityConfig,
  async run(config, { workspace }) {
    const file = tableFileOptions(config.predictions);
    const idColumn = config.id_column;
    const table = await workspace.readTable(file.path, 'checks.numerical_stability.predictions', {
      ...file.options,
      columns: [
        ...new Set([
          ...config.columns,
          ...config.probability_columns,
          ...(idColumn ? [idColumn] : []),
        ]),
      ],
    });
    if (table.rowCount === 0) {
      throw new Error(
        `${file.path}: the predictions file has a header but no rows; nothing to check`,
      );
    }
    const rowName = (row: number) => {
      const id = idColumn ? table.column(idColumn)?.[row] : null;
      return id === null || id === undefined
        ? `line ${table.lineOf(row)}`
        : `${idColumn}=${id} (line ${table.lineOf(row)})`;
    };
    const probabilityColumns = new Set(config.probability_columns);
    const reports = [...new Set([...config.columns, ...config.probability_columns])].map((column) =>
      inspectColumn(table, column, {
        probability: probabilityColumns.has(column),
        range: config.ranges[column],
        maxExamples: config.max_examples,
        rowName,
      }),
    );
    for (const column of Object.keys(config.ranges)) {
      if (!reports.some((r) => r.column === column)) {
        throw new Error(
          `checks.numerical_stability.ranges.${column}: "${column}" is not in columns or probability_columns; add it there or remove the range`,
        );
      }
    }

    return numericalStabilityOutcome(config, file.path, reports, table.rowCount);
  },
};
