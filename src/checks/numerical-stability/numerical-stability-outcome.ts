/**
 * numerical_stability's column reports as a check outcome: a finding per
 * column and kind of broken value (its count against 0, the first offending
 * cell as location) and per column that does not vary; figures against their
 * bounds (broken first) and the table of columns.
 */
import { formatBeside, meetsBound } from '../../model/bound.ts';
import type { CheckOutcome, Figure, Finding } from '../../model/check.ts';
import { type ColumnReport, type Problem, problemText } from './inspect-column.ts';
import type { NumericalStabilityConfig } from './numerical-stability-config.ts';

const key = 'checks.numerical_stability';

export function numericalStabilityOutcome(
  config: NumericalStabilityConfig,
  path: string,
  reports: readonly ColumnReport[],
  rowCount: number,
): CheckOutcome {
  const findings = reports.flatMap((report) => [
    ...[...report.counts].map(([problem, count]) =>
      brokenValues(config, path, report, problem, count),
    ),
    ...(report.std !== null && report.std <= config.min_std
      ? [constant(config, path, report, report.std)]
      : []),
  ]);
  const badRows = reports.reduce(
    (sum, r) => sum + [...r.counts.values()].reduce((a, b) => a + b, 0),
    0,
  );
  const stds = reports.flatMap((r) => (r.std === null ? [] : [r.std]));
  const gated: Figure[] = [
    {
      name: 'non-finite or out-of-range values',
      value: badRows,
      threshold: '= 0',
      bound: { comparator: '==', limit: 0 },
    },
    {
      name: 'smallest std of a column',
      value: stds.length > 0 ? Math.min(...stds) : null,
      threshold: `> ${config.min_std}`,
      bound: { comparator: '>', limit: config.min_std },
    },
  ];
  const broken = (figure: Figure) =>
    figure.value !== null && figure.bound !== undefined && !meetsBound(figure.value, figure.bound);
  return {
    kind: 'ran',
    summary:
      findings.length === 0
        ? `${rowCount} rows, ${reports.length} column(s): all finite, in range and varying`
        : `${findings.length} problem(s) in ${new Set(findings.map((f) => f.location?.column)).size} of ${reports.length} column(s)`,
    figures: [
      ...gated.filter(broken),
      ...gated.filter((figure) => !broken(figure)),
      { name: 'rows checked', value: rowCount },
    ],
    findings,
    details: [
      {
        type: 'table',
        title: `Columns of ${path}`,
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
    ],
  };
}

function brokenValues(
  config: NumericalStabilityConfig,
  path: string,
  report: ColumnReport,
  problem: Problem,
  count: number,
): Finding {
  const examples = report.problems.get(problem) ?? [];
  return {
    id: `column:${report.column}:${problem}`,
    severity: 'fail',
    message: `${report.column}: ${count} of ${report.rows} rows ${problem === 'missing' ? 'are' : 'hold'} ${problemText[problem]} — ${examples.join(', ')}${count > examples.length ? ', …' : ''}`,
    location: { path, column: report.column, ...report.first.get(problem) },
    measure: {
      figure: `${report.column} values ${problem === 'missing' ? 'missing' : `that are ${problemText[problem]}`}`,
      value: count,
      bound: { comparator: '==', limit: 0 },
    },
    fix: fixFor(config, report.column, problem),
  };
}

function fixFor(config: NumericalStabilityConfig, column: string, problem: Problem): string {
  const writer = `Fix the model or the code that writes ${column}`;
  switch (problem) {
    case 'outside-probability':
      return `${writer} so that it holds probabilities in [0, 1] (e.g. apply the sigmoid), or take ${column} out of \`${key}.probability_columns\` if it is not one.`;
    case 'outside-range': {
      const range = config.ranges[column];
      return `${writer} so that it stays within [${range?.min ?? '−∞'}, ${range?.max ?? '∞'}], or widen \`${key}.ranges.${column}\` if the range is wrong.`;
    }
    case 'missing':
      return `${writer} so that every row has a value.`;
    default:
      return `${writer} so that every row holds a finite number.`;
  }
}

/** `std` is the report's, known to be a number here. */
function constant(
  config: NumericalStabilityConfig,
  path: string,
  report: ColumnReport,
  std: number,
): Finding {
  const [stdShown, minStd] = formatBeside(std, config.min_std);
  return {
    id: `column:${report.column}:constant`,
    severity: 'fail',
    message:
      report.std === 0
        ? `${report.column}: all ${report.finite} finite predictions are identical (${report.min}); a model that says the same thing for every row is broken or fed constant input`
        : `${report.column}: standard deviation ${stdShown} is at most min_std ${minStd}; the predictions barely vary`,
    location: { path, column: report.column },
    measure: {
      figure: `std of ${report.column}`,
      value: report.std,
      bound: { comparator: '>', limit: config.min_std },
    },
    fix: `Find why the model gives ${report.std === 0 ? 'the same' : 'nearly the same'} ${report.column} for every row (a broken model, or constant input features)${config.min_std > 0 ? `, or lower \`${key}.min_std\`` : ''}.`,
  };
}
