/**
 * What the canary's predictions must look like: the declared columns with
 * cells of their type, no missing value, NaN or infinity in number columns,
 * values inside their ranges. One pass over each column: O(rows × columns).
 */

import type { Table } from '../../data/table.ts';
import { parseNumberCell } from '../../formats/parse-number.ts';
import type { Finding } from '../../model/check.ts';
import type { CanaryConfig } from './canary-config.ts';

type ColumnType = CanaryConfig['columns'][string];

interface Problem {
  id: string;
  what: string;
  rows: string[];
  count: number;
  /** The 0-based data row of the first offending cell. */
  first: number;
}

export function inspectCanaryOutput(
  table: Table,
  config: Pick<CanaryConfig, 'columns' | 'ranges' | 'id_column' | 'max_examples'>,
): Finding[] {
  const findings: Finding[] = [];
  const ids = config.id_column ? table.column(config.id_column) : undefined;
  const rowName = (row: number) => (ids ? `id ${String(ids[row])}` : `line ${table.lineOf(row)}`);
  for (const [column, type] of Object.entries(config.columns)) {
    const cells = table.column(column);
    if (!cells) {
      findings.push({
        id: `schema:${column}`,
        severity: 'fail',
        message: `the canary output has no column "${column}"; it has: ${table.columnNames.join(', ')}`,
        location: { path: table.source, column },
        fix: `Make the serving code write a column \`${column}\`, or remove it from \`checks.canary.columns\`.`,
      });
      continue;
    }
    const problems = new Map<string, Problem>();
    const note = (id: string, what: string, row: number) => {
      const problem = problems.get(id) ?? { id, what, rows: [], count: 0, first: row };
      problem.count++;
      if (problem.rows.length < config.max_examples) problem.rows.push(rowName(row));
      problems.set(id, problem);
    };
    const range = config.ranges[column];
    cells.forEach((cell, row) => {
      const problem = cell === null ? { id: 'missing', what: 'missing' } : cellProblem(cell, type);
      if (problem) {
        note(problem.id, problem.what, row);
      } else if (range && cell !== null && type !== 'string' && type !== 'boolean') {
        const value = parseNumberCell(cell) as number;
        if (
          (range.min !== undefined && value < range.min) ||
          (range.max !== undefined && value > range.max)
        ) {
          note('range', `outside [${range.min ?? '−∞'}, ${range.max ?? '∞'}]`, row);
        }
      }
    });
    for (const problem of problems.values()) {
      findings.push(problemFinding(problem, column, type, cells.length, table, config.ranges));
    }
  }
  return findings;
}

function problemFinding(
  problem: Problem,
  column: string,
  type: ColumnType,
  rows: number,
  table: Table,
  ranges: CanaryConfig['ranges'],
): Finding {
  const more = problem.count > problem.rows.length ? ', …' : '';
  return {
    id: `${problem.id}:${column}`,
    severity: 'fail',
    message: `${column}: ${problem.count} of ${rows} rows ${problem.what} (${problem.rows.join(', ')}${more})`,
    location: { path: table.source, column, line: table.lineOf(problem.first) },
    measure: {
      figure: `rows ${problem.what}`,
      value: problem.count,
      bound: { comparator: '==', limit: 0 },
    },
    fix: problemFix(problem, column, type, ranges),
  };
}

function problemFix(
  problem: Problem,
  column: string,
  type: ColumnType,
  ranges: CanaryConfig['ranges'],
): string {
  const cell = `every \`${column}\` cell`;
  switch (problem.id) {
    case 'missing':
      return `Make the serving code write a value in ${cell}.`;
    case 'nan':
      return `Make the serving code write a finite number in ${cell}.`;
    case 'type':
      return `Make the serving code write ${cell} as ${type}, or change \`checks.canary.columns.${column}\`.`;
    default:
      if (!(column in ranges)) {
        return `Make the serving code write ${cell} as a probability in [0, 1], or change \`checks.canary.columns.${column}\`.`;
      }
      return `Make the serving code keep ${cell} within its range (values ${problem.what} are not), or widen \`checks.canary.ranges.${column}\`.`;
  }
}

function cellProblem(
  cell: string | number | boolean,
  type: ColumnType,
): { id: string; what: string } | undefined {
  if (type === 'string') return undefined;
  if (type === 'boolean') {
    return typeof cell === 'boolean' || /^(true|false|0|1)$/i.test(String(cell).trim())
      ? undefined
      : { id: 'type', what: 'not true/false' };
  }
  const value = parseNumberCell(cell);
  if (typeof value !== 'number') return { id: 'type', what: 'not a number' };
  if (Number.isNaN(value)) return { id: 'nan', what: 'NaN' };
  if (!Number.isFinite(value)) return { id: 'nan', what: '±Infinity' };
  if (type === 'integer' && !Number.isInteger(value)) return { id: 'type', what: 'not an integer' };
  if (type === 'probability' && (value < 0 || value > 1))
    return { id: 'range', what: 'outside [0, 1]' };
  return undefined;
}
