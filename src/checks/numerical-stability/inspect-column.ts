/**
 * One prediction column of numerical_stability, cell by cell: how many cells
 * are missing, not numbers, NaN, infinite, outside [0, 1] (probabilities) or
 * outside the configured range, with the first few offending rows named and
 * the first one's position kept; and the spread of its finite values.
 */
import { sampleStandardDeviation } from 'simple-statistics';
import type { Table } from '../../data/table.ts';
import { parseNumberCell } from '../../formats/parse-number.ts';
import type { FindingLocation } from '../../model/check.ts';

export type Problem =
  | 'not-a-number'
  | 'missing'
  | 'nan'
  | 'infinite'
  | 'outside-probability'
  | 'outside-range';

export const problemText: Record<Problem, string> = {
  'not-a-number': 'not a number',
  missing: 'missing',
  nan: 'NaN',
  infinite: '±Infinity',
  'outside-probability': 'probability outside [0, 1]',
  'outside-range': 'outside the configured range',
};

export interface ColumnReport {
  column: string;
  rows: number;
  /** How many cells held a finite number. */
  finite: number;
  problems: Map<Problem, string[]>;
  counts: Map<Problem, number>;
  /** Where each problem first occurs: the line (CSV, JSONL) or row (Parquet). */
  first: Map<Problem, Omit<FindingLocation, 'path' | 'column'>>;
  std: number | null;
  min: number | null;
  max: number | null;
}

export function inspectColumn(
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
    first: new Map(),
    std: null,
    min: null,
    max: null,
  };
  const note = (problem: Problem, row: number) => {
    report.counts.set(problem, (report.counts.get(problem) ?? 0) + 1);
    if (!report.first.has(problem)) report.first.set(problem, positionOf(table, row));
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

/** A data row's position as the reader finds it: its line, or for Parquet its 1-based row. */
function positionOf(table: Table, row: number): Omit<FindingLocation, 'path' | 'column'> {
  return table.format === 'parquet' ? { row: row + 1 } : { line: table.lineOf(row) };
}
