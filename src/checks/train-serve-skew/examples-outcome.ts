/**
 * One example-by-example comparison (feature values, or prediction parity)
 * as figures, findings and details: a finding per column whose share of
 * differing examples is over the limit, one when no id joins the two files,
 * a warning for repeated ids, and the table of every compared column.
 */
import type {
  ColumnComparison,
  ExampleComparison,
  Mismatch,
} from '../../drift/compare-examples.ts';
import { formatStatistic } from '../../drift/drift-details.ts';
import { formatBeside, percentsBeside } from '../../model/bound.ts';
import type { DetailBlock, Figure, Finding } from '../../model/check.ts';
import { formatNumber } from '../../model/format-number.ts';

export interface ExamplesPart {
  figures: Figure[];
  findings: Finding[];
  details: DetailBlock[];
}

/** What is compared, where the serving side is, and which config keys set its limits. */
export interface ExamplesSubject {
  prefix: 'values' | 'predictions';
  servingPath: string;
  maxShare: number;
  /** `checks.train_serve_skew` or `checks.train_serve_skew.predictions`. */
  configKey: string;
  /** The step whose fresh output the serving side is, when it is one. */
  servingStep?: string;
  /** The training file, for the fix when no id joins. */
  trainingPath: string;
}

export function examplesPart(
  comparison: ExampleComparison,
  subject: ExamplesSubject,
): ExamplesPart {
  const failing = comparison.columns.filter(
    (c) => c.mismatches > 0 && c.mismatchShare > subject.maxShare,
  );
  return {
    figures:
      subject.prefix === 'values'
        ? valueFigures(comparison)
        : parityFigures(comparison, subject.maxShare),
    findings: [
      ...joinFindings(comparison, subject),
      ...failing.map((column) => columnFinding(column, comparison.idColumn, subject)),
    ],
    details: details(comparison, subject.prefix),
  };
}

function joinFindings(comparison: ExampleComparison, subject: ExamplesSubject): Finding[] {
  const { prefix, configKey } = subject;
  const findings: Finding[] = [];
  const label = prefix === 'values' ? 'feature values' : 'predictions';
  if (comparison.joined === 0) {
    findings.push({
      id: `${prefix}:no-join`,
      severity: 'fail',
      message: `no ${comparison.idColumn} of the serving file matches one of the training file (${comparison.trainingRows} and ${comparison.servingRows} rows): the ${label} cannot be compared; check that both files log the same ids`,
      measure: { figure: 'examples joined by id', value: 0, bound: { comparator: '>', limit: 0 } },
      fix: subject.servingStep
        ? `Make step \`${subject.servingStep}\` run on the training examples (${subject.trainingPath}) and write their ${comparison.idColumn}, or correct \`${configKey}.id_column\`.`
        : `Log the same ids in the training and the serving file, or correct \`${configKey}.id_column\`.`,
    });
  }
  if (comparison.duplicateIds.length > 0) {
    findings.push({
      id: `${prefix}:duplicate-ids`,
      severity: 'warn',
      message: `${comparison.idColumn} repeats, so only the first row of each id is compared: ${comparison.duplicateIds
        .slice(0, 5)
        .map((d) => `${d.side} ${JSON.stringify(d.id)} ×${d.count}`)
        .join(', ')}`,
      measure: {
        figure: 'repeated ids',
        value: comparison.duplicateIds.length,
        bound: { comparator: '==', limit: 0 },
      },
      fix: `Log each ${comparison.idColumn} once per file, or choose an id column that is unique in \`${configKey}.id_column\`.`,
    });
  }
  return findings;
}

function columnFinding(
  column: ColumnComparison,
  idColumn: string,
  subject: ExamplesSubject,
): Finding {
  const { prefix, servingPath, maxShare, configKey, servingStep } = subject;
  const values = prefix === 'values';
  const serving = servingStep ? `step \`${servingStep}\`` : 'serving';
  return {
    id: values ? `values:${column.name}` : 'predictions:parity',
    severity: 'fail',
    message: `${values ? 'feature' : 'prediction'} \`${column.name}\`: ${differing(column, maxShare)}${first(column.first, idColumn)}`,
    location: values
      ? { path: servingPath, feature: column.name }
      : { path: servingPath, column: column.name },
    measure: {
      figure: values ? 'share of examples that differ' : 'share of predictions that differ',
      value: column.mismatchShare,
      bound: { comparator: '<=', limit: maxShare },
    },
    fix: values
      ? `Make ${serving} compute \`${column.name}\` with the training code and inputs, or loosen \`${configKey}.absolute_tolerance\`, \`relative_tolerance\` or \`max_mismatch_share\`.`
      : `Make ${serving} load the same model and features as training, or loosen \`${configKey}.absolute_tolerance\`, \`relative_tolerance\` or \`max_mismatch_share\`.`,
  };
}

/** `120 of 120 examples differ, largest |Δ| 0.25` (with the share when some may differ). */
function differing(column: ColumnComparison, maxShare: number): string {
  const share =
    maxShare > 0 ? ` (${percentsBeside(column.mismatchShare, maxShare).join(' > ')} allowed)` : '';
  const largest =
    column.maxAbsoluteDifference !== null
      ? `, largest |Δ| ${formatNumber(column.maxAbsoluteDifference)}`
      : '';
  return `${column.mismatches} of ${column.compared} examples differ${share}${largest}`;
}

/** `; first id p001: training 0.434, serving 0.188`, numbers shown so that they never look equal. */
function first(mismatch: Mismatch | null, idColumn: string): string {
  if (mismatch === null) return '';
  const { training, serving } = mismatch;
  const [a, b] =
    typeof training === 'number' && typeof serving === 'number'
      ? formatBeside(training, serving)
      : [shown(training), shown(serving)];
  return `; first ${idColumn} ${mismatch.id}: training ${a}, serving ${b}`;
}

function shown(value: Mismatch['training']): string {
  if (value === null) return 'missing';
  return typeof value === 'number' ? formatNumber(value) : JSON.stringify(value);
}

function valueFigures(comparison: ExampleComparison): Figure[] {
  const none = { threshold: '= 0', bound: { comparator: '==' as const, limit: 0 } };
  return [
    { name: 'examples joined by id', value: comparison.joined },
    {
      name: 'features with differing values',
      value: comparison.columns.filter((c) => c.mismatches > 0).length,
      ...none,
    },
    { name: 'examples with a differing value', value: comparison.skewedExamples, ...none },
  ];
}

function parityFigures(comparison: ExampleComparison, maxShare: number): Figure[] {
  const compared = comparison.columns[0]?.compared ?? 0;
  return [
    { name: 'predictions compared', value: compared },
    {
      name: 'predictions that differ',
      value: comparison.columns[0]?.mismatches ?? 0,
      threshold: maxShare === 0 ? '= 0' : `≤ ${percent(maxShare)}`,
      // The limit is a share; as a count it is that share of the predictions compared.
      bound:
        maxShare === 0
          ? { comparator: '==', limit: 0 }
          : { comparator: '<=', limit: maxShare * compared },
    },
  ];
}

function details(comparison: ExampleComparison, prefix: ExamplesSubject['prefix']): DetailBlock[] {
  const { idColumn } = comparison;
  const blocks: DetailBlock[] = [
    {
      type: 'table',
      title: prefix === 'values' ? 'Feature values, example by example' : 'Prediction parity',
      header: [
        prefix === 'values' ? 'Feature' : 'Prediction',
        'Compared',
        'Differ',
        'Share',
        'Max |Δ|',
        'Largest differences',
      ],
      rows: comparison.columns.map((c) => [
        c.name,
        c.compared,
        c.mismatches,
        percent(c.mismatchShare),
        c.maxAbsoluteDifference === null ? '' : formatStatistic(c.maxAbsoluteDifference),
        c.examples.slice(0, 3).map(describe(idColumn)).join('; '),
      ]),
      note: `${comparison.joined} examples joined on ${idColumn}; ${comparison.onlyInTraining} only in training, ${comparison.onlyInServing} only in serving.`,
    },
  ];
  if (prefix === 'values' && comparison.worstExamples.length > 0) {
    blocks.push({
      type: 'list',
      title: 'Examples with the most differing features',
      items: comparison.worstExamples.map(
        (e) =>
          `${idColumn}=${e.id}: ${e.columns.length} feature(s) differ — ${e.columns.join(', ')}`,
      ),
    });
  }
  return blocks;
}

function describe(idColumn: string) {
  const show = (value: Mismatch['training']) =>
    value === null ? 'missing' : typeof value === 'number' ? String(value) : JSON.stringify(value);
  return (m: Mismatch) =>
    `${idColumn}=${m.id}: training ${show(m.training)}, serving ${show(m.serving)}`;
}

function percent(share: number): string {
  return `${Math.round(share * 10000) / 100}%`;
}
