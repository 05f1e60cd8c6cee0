/**
 * What feature_association measured, as parts of a check outcome: the
 * association of each feature with the label, and the importances training
 * exported, each against its floor. Pure: reading and measuring are in
 * feature-association.ts. Every value shown beside its floor has enough digits
 * not to contradict the comparison (`formatBeside`: Cramér's V 0.049994 reads
 * "0.04999 … below 0.05", not "0.05 … below 0.05").
 */

import { formatBeside } from '../../model/bound.ts';
import type { CheckOutcome, DetailBlock, Figure, Finding } from '../../model/check.ts';
import type { FeatureAssociationConfig } from './feature-association-config.ts';
import { type FeatureAssociation, measureNames } from './feature-label-association.ts';

export interface OutcomePart {
  figures: Figure[];
  findings: Finding[];
  details: DetailBlock[];
  summary: string;
}

export interface MeasuredAssociations {
  path: string;
  label: string;
  badRows: { count: number; firstLine: number | undefined };
  associations: FeatureAssociation[];
}

type Assessed = Exclude<FeatureAssociation, { kind: 'skipped' }>;

export function associationPart(
  measured: MeasuredAssociations,
  floor: number,
  severity: FeatureAssociationConfig['severity'],
): OutcomePart {
  const { path, label, associations } = measured;
  const assessed = associations.filter((a): a is Assessed => a.kind !== 'skipped');
  const weak = assessed.filter((a) => a.value < floor);
  const weakestFirst = [...assessed].sort((a, b) => a.value - b.value);
  const findings = [
    ...badRowsFindings(path, measured.badRows),
    ...weak.map((a) => weakFeatureFinding(a, measured, floor, severity)),
  ];
  if (assessed.length === 0) findings.push(noneAssessedFinding(measured));
  const figures: Figure[] = [
    { name: 'features assessed', value: assessed.length },
    belowFloorFigure('features below the association floor', weak.length),
  ];
  const weakest = weakestFirst[0];
  if (weakest) {
    const [shown] = formatBeside(weakest.value, floor);
    figures.push({ name: 'weakest feature', value: `${weakest.feature} (${shown})` });
  }
  return {
    figures,
    findings,
    details: associationDetails(weakestFirst, associations, label, floor),
    summary: `${weak.length} of ${assessed.length} features have an association with ${label} below ${floor}`,
  };
}

const belowFloorFigure = (name: string, value: number): Figure => ({
  name,
  value,
  threshold: '= 0',
  bound: { comparator: '==', limit: 0 },
});

function badRowsFindings(path: string, badRows: MeasuredAssociations['badRows']): Finding[] {
  if (badRows.count === 0) return [];
  const line = badRows.firstLine;
  return [
    {
      id: 'data:bad-rows',
      severity: 'fail',
      message: `${path}: ${badRows.count} row(s) could not be split into the header's columns and were left out (first at line ${line ?? '?'})`,
      location: { path, ...(line ? { line } : {}) },
      measure: {
        figure: 'rows that could not be read',
        value: badRows.count,
        bound: { comparator: '==', limit: 0 },
      },
      fix: `Fix the rows of ${path} so that each has the header's columns.`,
    },
  ];
}

function weakFeatureFinding(
  a: Assessed,
  measured: MeasuredAssociations,
  floor: number,
  severity: FeatureAssociationConfig['severity'],
): Finding {
  const [value, limit] = formatBeside(a.value, floor);
  const figure = `${measureNames[a.measure]} with ${measured.label}`;
  return {
    id: `feature:${a.feature}`,
    severity,
    message: `${a.feature}: ${figure} is ${value} over ${a.n} rows, below the floor ${limit}${a.note ? ` (${a.note})` : ''}`,
    location: { path: measured.path, column: a.feature, feature: a.feature },
    measure: { figure, value: a.value, bound: { comparator: '>=', limit: floor } },
    fix: `Drop ${a.feature}, or justify it with an importance measure (checks.feature_association.importance).`,
  };
}

function noneAssessedFinding({ path, label, associations }: MeasuredAssociations): Finding {
  // Nothing measured is not the same as every feature carrying signal.
  return {
    id: 'features:none-assessed',
    severity: 'fail',
    message: `no feature of ${path} could be assessed against ${label} (${associations.length} skipped or none left after ignore)`,
    location: { path },
    measure: { figure: 'features assessed', value: 0, bound: { comparator: '>', limit: 0 } },
    fix: `List the features to measure in checks.feature_association.features, or check that ${label} is the label column.`,
  };
}

function associationDetails(
  assessed: readonly Assessed[],
  associations: readonly FeatureAssociation[],
  label: string,
  floor: number,
): DetailBlock[] {
  const blocks: DetailBlock[] = [
    {
      type: 'table',
      title: `Association with ${label}, weakest first`,
      header: ['Feature', 'Kind', 'Measure', 'Association', 'Rows', 'Status'],
      rows: assessed.map((a) => {
        const [, limit] = formatBeside(a.value, floor);
        const status = a.value < floor ? `below ${limit}` : 'ok';
        return [a.feature, a.kind, measureNames[a.measure], a.value, a.n, status];
      }),
      note: 'Pearson for numeric × numeric, point-biserial for numeric × two classes, η for numeric × several classes (or categorical × numeric), Cramér’s V for categorical × categorical. Rows with a missing feature or label are left out.',
    },
  ];
  const skipped = associations.flatMap((a) =>
    a.kind === 'skipped' ? [`${a.feature}: ${a.reason}`] : [],
  );
  if (skipped.length > 0) blocks.push({ type: 'list', title: 'Not assessed', items: skipped });
  return blocks;
}

export interface Importance {
  feature: string;
  importance: number;
  line: number;
}

export function importancePart(
  rows: readonly Importance[],
  path: string,
  importance: NonNullable<FeatureAssociationConfig['importance']>,
  severity: FeatureAssociationConfig['severity'],
): OutcomePart {
  const total = rows.reduce((sum, r) => sum + Math.abs(r.importance), 0);
  const shareOf = (r: Importance) =>
    !importance.normalize ? Math.abs(r.importance) : total > 0 ? Math.abs(r.importance) / total : 0;
  const scored = rows.map((r) => ({ ...r, score: shareOf(r) })).sort((a, b) => a.score - b.score);
  const { floor } = importance;
  const weak = scored.filter((r) => r.score < floor);
  const what = importance.normalize ? 'share of total importance' : '|importance|';
  const findings: Finding[] = weak.map((r) => {
    const [value, limit] = formatBeside(r.score, floor);
    return {
      id: `importance:${r.feature}`,
      severity,
      message: `${r.feature}: ${what} ${value} is below the floor ${limit} (${path})`,
      location: { path, line: r.line, feature: r.feature },
      measure: { figure: what, value: r.score, bound: { comparator: '>=', limit: floor } },
      fix: `Drop ${r.feature} from the model, or lower checks.feature_association.importance.floor after review.`,
    };
  });
  const table: DetailBlock = {
    type: 'table',
    title: `Feature importance (${path}), lowest first`,
    header: [
      'Feature',
      'Importance',
      importance.normalize ? 'Share of total' : '|Importance|',
      'Status',
    ],
    rows: scored.map((r) => {
      const [, limit] = formatBeside(r.score, floor);
      return [r.feature, r.importance, r.score, r.score < floor ? `below ${limit}` : 'ok'];
    }),
  };
  return {
    figures: [
      { name: 'features with an importance', value: scored.length },
      belowFloorFigure('features below the importance floor', weak.length),
    ],
    findings,
    details: [table],
    summary: `${weak.length} of ${scored.length} features have a ${what} below ${floor}`,
  };
}

export function combineParts(parts: readonly OutcomePart[]): CheckOutcome {
  return {
    kind: 'ran',
    summary: parts.map((p) => p.summary).join('; '),
    figures: parts.flatMap((p) => p.figures),
    findings: parts.flatMap((p) => p.findings),
    details: parts.flatMap((p) => p.details),
  };
}
