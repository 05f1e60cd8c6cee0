/**
 * A drift result as a check outcome, for the drift and train/serve skew
 * checks: the findings of each drifted feature (severity from the dataset
 * verdict, one id per anomaly so each can be waived; feature-findings.ts), a
 * fail finding per file with rows that could not be read, one per file and
 * feature with cells that could not be read (unreadable-findings.ts), figures against
 * their thresholds, and the drift details (worst first, with sparklines).
 */

import { percent } from '../../drift/decide-drift.ts';
import { driftDetails } from '../../drift/drift-details.ts';
import type { DriftRun } from '../../drift/run-drift.ts';
import type { CheckOutcome, DetailBlock, Figure, Finding } from '../../model/check.ts';
import { featureFindings } from './feature-findings.ts';
import { unreadableFindings } from './unreadable-findings.ts';

export interface DriftOutcomeOptions {
  /** `drift` or `skew`, for wording. */
  noun: string;
  /** The check's config key, e.g. `checks.drift`, for fixes that name a setting. */
  configKey: string;
  extraFigures?: Figure[];
  extraFindings?: Finding[];
  extraDetails?: DetailBlock[];
  /** Sentences appended to the summary. */
  extraSummary?: string[];
}

export function driftOutcome(run: DriftRun, options: DriftOutcomeOptions): CheckOutcome {
  const { result } = run;
  const { summary } = result;
  const findings: Finding[] = [
    ...run.badRows.map((bad) => badRowsFinding(bad, options.noun)),
    ...unreadableFindings(result, options.noun, options.configKey),
    ...featureFindings(result, options.noun),
  ];
  if (summary.tested === 0) {
    findings.push({
      id: 'no-features',
      severity: 'warn',
      message: `no feature could be compared between ${result.reference.path} and ${result.current.path}; check that they share columns and that the columns hold values`,
    });
  }
  const approximate = result.reference.kind === 'profile';
  const allFindings = [...findings, ...(options.extraFindings ?? [])];
  return {
    kind: 'ran',
    summary: [
      `${summary.message}${approximate ? ' (reference: a profile)' : ''}`,
      ...(options.extraSummary ?? []),
    ].join('; '),
    figures: [...driftFigures(result, options.noun), ...(options.extraFigures ?? [])],
    findings: allFindings,
    details: [
      ...listingFindings(driftDetails(result), allFindings),
      ...(options.extraDetails ?? []),
    ],
  };
}

function badRowsFinding(bad: DriftRun['badRows'][number], noun: string): Finding {
  const where = bad.rows
    .slice(0, 3)
    .map(
      (row) => `${row.line === undefined ? `row ${row.row}` : `line ${row.line}`}: ${row.problem}`,
    )
    .join('; ');
  const line = bad.rows[0]?.line;
  return {
    id: `file:${bad.role}:bad-rows`,
    severity: 'fail',
    message: `${bad.source}: ${bad.count} row(s) could not be split into the header's columns and were left out (${where}); fix the file so that ${noun} is measured on all of it`,
    location: { path: bad.source, ...(line ? { line } : {}) },
  };
}

/** The share of drifted features against its level, and counts that must be 0 when present. */
function driftFigures(result: DriftRun['result'], noun: string): Figure[] {
  const { summary } = result;
  const mustBeZero = (name: string, value: number): Figure[] =>
    value > 0 ? [{ name, value, threshold: '= 0', bound: { comparator: '==', limit: 0 } }] : [];
  const worst = result.features.find((f) => f.status === 'drifted');
  return [
    {
      name: `features with ${noun}`,
      value: `${summary.drifted} of ${summary.tested}`,
      threshold: `fail from ${percent(summary.failShare)}`,
    },
    {
      name: `share with ${noun}`,
      value: summary.share,
      threshold: `< ${summary.failShare}`,
      // A share at the fail level fails only when some feature drifted; 0 of 0 passes.
      bound: { comparator: summary.drifted > 0 ? '<' : '<=', limit: summary.failShare },
    },
    ...mustBeZero('features undecided', summary.uncertain),
    ...mustBeZero('unreadable cells', summary.unreadableCells),
    ...(worst ? [{ name: 'worst feature', value: worst.name }] : []),
  ];
}

/**
 * The feature table has a row for every feature finding; it lists the check's
 * findings only while there are no others (bad rows, no features, a skew
 * check's own findings), so the report keeps showing those.
 */
function listingFindings(details: DetailBlock[], findings: readonly Finding[]): DetailBlock[] {
  const onlyFeatures = findings.every((finding) => finding.id.startsWith('feature:'));
  return details.map((block) =>
    block.type === 'table' && block.listsFindings
      ? { ...block, listsFindings: onlyFeatures }
      : block,
  );
}
