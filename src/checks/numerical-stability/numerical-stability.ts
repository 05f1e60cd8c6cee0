/**
 * Monitor 5, "Models are numerically stable": a predictions file must hold
 * finite numbers only, probabilities must lie in [0, 1], values must stay in
 * their plausible ranges, and the predictions must not all be identical (the
 * rubric's "have all predictions over some period of time been identical?").
 * Offending rows are named by id column or file line.
 */
import { sampleStandardDeviation } from 'simple-statistics';
import { tableFileOptions } from '../../config-fields/table-file-options.ts';
import type { Table } from '../../data/table.ts';
import { parseNumberCell } from '../../formats/parse-number.ts';
import type { DetailBlock, Figure, Finding } from '../../model/check.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { numericalStabilityConfig } from './numerical-stability-config.ts';

type Problem =
  | 'not-a-number'
  | 'missing'
  | 'nan'
  | 'infinite'
  | 'outside-probability'
  | 'outside-range';

const problemText: Record<Problem, string> = {
  'not-a-number': 'not a number',
  missing: 'missing',
  nan: 'NaN',
  infinite: '±Infinity',
  'outside-probability': 'probability outside [0, 1]',
  'outside-range': 'outside the configured range',
};

interface ColumnReport {
  column: string;
  rows: number;
  /** How many cells held a finite number. */
  finite: number;
  problems: Map<Problem, string[]>;
  counts: Map<Problem, number>;
  std: number | null;
  min: number | null;
  max: number | null;
}

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

    const findings: Finding[] = [];
    for (const report of reports) {
      for (const [problem, count] of report.counts) {
        const examples = report.problems.get(problem) ?? [];
        findings.push({
          id: `column:${report.column}:${problem}`,
          severity: 'fail',
          message: `${report.column}: ${count} of ${report.rows} rows ${problem === 'missing' ? 'are' : 'hold'} ${problemText[problem]} — ${examples.join(', ')}${count > examples.length ? ', …' : ''}`,
          location: { path: file.path, column: report.column },
        });
      }
      if (report.std !== null && report.std <= config.min_std) {
        findings.push({
          id: `column:${report.column}:constant`,
          severity: 'fail',
          message:
            report.std === 0
              ? `${report.column}: all ${report.finite} finite predictions are identical (${report.min}); a model that says the same thing for every row is broken or fed constant input`
              : `${report.column}: standard deviation ${report.std} is at most min_std ${config.min_std}; the predictions barely vary`,
          location: { path: file.path, column: report.column },
        });
      }
    }

    const badRows = reports.reduce(
      (sum, r) => sum + [...r.counts.values()].reduce((a, b) => a + b, 0),
      0,
    );
    const stds = reports.flatMap((r) => (r.std === null ? [] : [r.std]));
    const figures: Figure[] = [
      { name: 'non-finite or out-of-range values', value: badRows, threshold: '= 0' },
      {
        name: 'smallest std of a column',
        value: stds.length > 0 ? Math.min(...stds) : null,
        threshold: `> ${config.min_std}`,
      },
      { name: 'rows checked', value: table.rowCount },
    ];
    const details: DetailBlock[] = [
      {
        type: 'table',
        title: `Columns of ${file.path}`,
        header: ['column', 'rows', 'min', 'max', 'std', 'problems'],
        rows: reports.map((r) => [
          r.column,
          r.rows,
          r.min,
          r.max,
          r.std,
          [...r.counts].map(([p, n]) => `${n} ${problemText[p]}`).join('; ') || 'none',
        ]),
      },
    ];
    const summary =
      findings.length === 0
        ? `${table.rowCount} rows, ${reports.length} column(s): all finite, in range and varying`
        : `${findings.length} problem(s) in ${new Set(findings.map((f) => f.location?.column)).size} of ${reports.length} column(s)`;
    return { kind: 'ran', summary, figures, findings, details };
  },
};

function inspectColumn(
  table: Table,
  column: string,
  rules: {
    probability: boolean;
    range: { min?: number; max?: number } | undefined;
    maxExamples: number;
    rowName: (row: number) => string;
  },
): ColumnReport {
  const cells = table.column(column) ?? [];
  const report: ColumnReport = {
    column,
    rows: cells.length,
    finite: 0,
    problems: new Map(),
    counts: new Map(),
    std: null,
    min: null,
    max: null,
  };
  const note = (problem: Problem, row: number) => {
    report.counts.set(problem, (report.counts.get(problem) ?? 0) + 1);
    const examples = report.problems.get(problem) ?? [];
    if (examples.length < rules.maxExamples) examples.push(rules.rowName(row));
    report.problems.set(problem, examples);
  };
  const finite: number[] = [];
  for (const [row, cell] of cells.entries()) {
    const value = parseNumberCell(cell);
    const problem = problemOf(value);
    if (problem) {
      note(problem, row);
      continue;
    }
    if (typeof value !== 'number') continue;
    finite.push(value);
    if (rules.probability && (value < 0 || value > 1)) note('outside-probability', row);
    const { min, max } = rules.range ?? {};
    if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
      note('outside-range', row);
    }
  }
  report.finite = finite.length;
  if (finite.length > 0) {
    report.min = finite.reduce((a, b) => Math.min(a, b));
    report.max = finite.reduce((a, b) => Math.max(a, b));
  }
  // One value has no spread to judge; identical predictions need at least two.
  if (finite.length > 1) report.std = sampleStandardDeviation(finite);
  return report;
}

function problemOf(value: number | null | undefined): Problem | undefined {
  if (value === undefined) return 'not-a-number';
  if (value === null) return 'missing';
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return 'infinite';
  return undefined;
}
