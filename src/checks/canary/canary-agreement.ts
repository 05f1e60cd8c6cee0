/**
 * The canary's agreement test: its predictions joined on ids with the
 * training side's predictions for the same examples, each compared column
 * within the tolerance; a column whose share of agreeing rows is under
 * `min_agreement` fails. Pure over the two tables: O(rows × columns).
 */
import type { Table } from '../../data/table.ts';
import { type ColumnComparison, compareTables } from '../../infra/compare-tables.ts';
import { describeTolerance } from '../../infra/tolerance.ts';
import type { DetailBlock, Figure, Finding } from '../../model/check.ts';
import type { CanaryConfig } from './canary-config.ts';

const key = 'checks.canary';

export interface CanaryAgreement {
  figures: Figure[];
  findings: Finding[];
  table: DetailBlock;
}

type AgreementConfig = Pick<
  CanaryConfig,
  'columns' | 'tolerance' | 'max_examples' | 'min_agreement'
> & {
  id_column: string;
  training_predictions: NonNullable<CanaryConfig['training_predictions']>;
};

export function canaryAgreement(
  canary: Table,
  training: Table,
  config: AgreementConfig,
): CanaryAgreement {
  const trainingId = config.training_predictions.id_column ?? config.id_column;
  const comparison = compareTables(canary, renameColumn(training, trainingId, config.id_column), {
    idColumn: config.id_column,
    columns: columnPairs(config),
    tolerance: config.tolerance,
    maxExamples: config.max_examples,
  });
  const idFindings = idFinding(comparison, training.source, config);
  const columns = comparison.columns.map((column) =>
    columnAgreement(column, canary.source, config),
  );
  return {
    figures: columns.map((c) => c.figure),
    findings: [...idFindings, ...columns.flatMap((c) => c.findings)],
    table: {
      type: 'table',
      title: `Agreement with ${training.source} (${describeTolerance(config.tolerance)})`,
      header: ['Canary column', 'Training column', 'Rows agreeing', 'Max |Δ|'],
      rows: comparison.columns.map((column) => [
        column.left,
        column.right,
        `${column.compared - column.differing} of ${column.compared}`,
        column.maxAbsoluteDifference ?? '—',
      ]),
    },
  };
}

/** The configured column pairs, or every number column under the same name on both sides. */
function columnPairs(config: AgreementConfig): Array<{ left: string; right: string }> {
  if (config.training_predictions.columns) {
    return Object.entries(config.training_predictions.columns).map(([left, right]) => ({
      left,
      right,
    }));
  }
  return Object.entries(config.columns)
    .filter(([name, type]) => name !== config.id_column && type !== 'string' && type !== 'boolean')
    .map(([name]) => ({ left: name, right: name }));
}

function idFinding(
  comparison: ReturnType<typeof compareTables>,
  trainingPath: string,
  config: AgreementConfig,
): Finding[] {
  const fix = `Check \`${key}.id_column\` (and \`${key}.training_predictions.id_column\`) and make both sides predict on the same examples.`;
  if (comparison.matchedRows === 0) {
    return [
      {
        id: 'agreement:ids',
        severity: 'fail',
        message: `no canary id appears in ${trainingPath}; check id_column and that both sides predict on the same examples`,
        location: { path: trainingPath, column: config.id_column },
        measure: {
          figure: 'canary ids with a training prediction',
          value: 0,
          bound: { comparator: '>', limit: 0 },
        },
        fix,
      },
    ];
  }
  if (comparison.onlyLeftCount === 0) return [];
  const more = comparison.onlyLeftCount > comparison.onlyLeft.length ? ', …' : '';
  return [
    {
      id: 'agreement:ids',
      severity: 'warn',
      message: `${comparison.onlyLeftCount} canary rows have no training-side prediction (ids ${comparison.onlyLeft.join(', ')}${more})`,
      location: { path: trainingPath, column: config.id_column },
      measure: {
        figure: 'canary rows without a training prediction',
        value: comparison.onlyLeftCount,
        bound: { comparator: '==', limit: 0 },
      },
      fix,
    },
  ];
}

function columnAgreement(
  column: ColumnComparison,
  canaryPath: string,
  config: AgreementConfig,
): { figure: Figure; findings: Finding[] } {
  const agreement = column.compared === 0 ? null : 1 - column.differing / column.compared;
  const bound = { comparator: '>=' as const, limit: config.min_agreement };
  const figure: Figure = {
    name: `agreement ${column.left}`,
    value: agreement,
    threshold: `≥ ${config.min_agreement}`,
    bound,
  };
  if (agreement === null || agreement >= config.min_agreement) return { figure, findings: [] };
  const examples = column.examples
    .map((e) => `id ${e.id}: ${String(e.left)} vs ${String(e.right)}`)
    .join('; ');
  const tolerance = describeTolerance(config.tolerance);
  const first = column.examples[0];
  return {
    figure,
    findings: [
      {
        id: `agreement:${column.left}`,
        severity: 'fail',
        message: `${column.left} disagrees with the training side's ${column.right} on ${column.differing} of ${column.compared} rows beyond ${tolerance} (${examples})`,
        location: { path: canaryPath, column: column.left, ...(first ? { line: first.line } : {}) },
        measure: { figure: `agreement ${column.left}`, value: agreement, bound },
        fix: `Make the serving code compute \`${column.left}\` the way training computes \`${column.right}\` (same features, preprocessing and model), or loosen \`${key}.tolerance\` or \`${key}.min_agreement\`.`,
      },
    ],
  };
}

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
