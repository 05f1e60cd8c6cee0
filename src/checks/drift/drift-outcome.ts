/**
 * A drift result as a check outcome, for the drift and train/serve skew
 * checks: one finding per drifted feature (severity from the dataset verdict,
 * id `feature:<name>` so each can be waived), a fail finding per file with
 * rows that could not be read, figures against their thresholds, and the
 * drift details (worst first, with sparklines).
 */

import { driftDetails, formatStatistic, rule } from '../../drift/drift-details.ts';
import type { DriftResult, FeatureResult } from '../../drift/drift-result.ts';
import type { DriftRun } from '../../drift/run-drift.ts';
import type { CheckOutcome, DetailBlock, Figure, Finding } from '../../model/check.ts';

export interface DriftOutcomeOptions {
  /** `drift` or `skew`, for wording. */
  noun: string;
  extraFigures?: Figure[];
  extraFindings?: Finding[];
  extraDetails?: DetailBlock[];
  /** Sentences appended to the summary. */
  extraSummary?: string[];
}

export function driftOutcome(run: DriftRun, options: DriftOutcomeOptions): CheckOutcome {
  const { result } = run;
  const { summary } = result;
  const findings: Finding[] = [];
  for (const bad of run.badRows) {
    const where = bad.rows
      .slice(0, 3)
      .map(
        (row) =>
          `${row.line === undefined ? `row ${row.row}` : `line ${row.line}`}: ${row.problem}`,
      )
      .join('; ');
    const line = bad.rows[0]?.line;
    findings.push({
      id: `file:${bad.role}:bad-rows`,
      severity: 'fail',
      message: `${bad.source}: ${bad.count} row(s) could not be split into the header's columns and were left out (${where}); fix the file so that ${options.noun} is measured on all of it`,
      location: { path: bad.source, ...(line ? { line } : {}) },
    });
  }
  if (summary.verdict !== 'pass') {
    for (const feature of result.features) {
      if (feature.status !== 'drifted') continue;
      findings.push({
        id: `feature:${feature.name}`,
        severity: summary.verdict,
        message: featureMessage(feature, result, options.noun),
        location: { path: result.current.path, column: feature.name },
      });
    }
  }
  if (summary.tested === 0) {
    findings.push({
      id: 'no-features',
      severity: 'warn',
      message: `no feature could be compared between ${result.reference.path} and ${result.current.path}; check that they share columns and that the columns hold values`,
    });
  }
  const worst = result.features.find((f) => f.status === 'drifted');
  const percent = (x: number) => `${Math.round(x * 1000) / 10}%`;
  const figures: Figure[] = [
    {
      name: `features with ${options.noun}`,
      value: `${summary.drifted} of ${summary.tested}`,
      threshold: `fail from ${percent(summary.failShare)}`,
    },
    {
      name: `share with ${options.noun}`,
      value: Number(summary.share.toFixed(4)),
      threshold: `< ${summary.failShare}`,
    },
    ...(worst ? [{ name: `worst feature`, value: worst.name }] : []),
    ...(options.extraFigures ?? []),
  ];
  const approximate = result.reference.kind === 'profile';
  return {
    kind: 'ran',
    summary: [
      `${summary.message}${approximate ? ' (reference: a profile)' : ''}`,
      ...(options.extraSummary ?? []),
    ].join('; '),
    figures,
    findings: [...findings, ...(options.extraFindings ?? [])],
    details: [...driftDetails(result), ...(options.extraDetails ?? [])],
  };
}

function featureMessage(feature: FeatureResult, result: DriftResult, noun: string): string {
  if (feature.kind === 'skipped' || !feature.decision) return `${feature.name}: ${noun}`;
  const effect = result.rules.categoricalEffect === 'l_infinity' ? 'L∞' : 'JS';
  const measures =
    feature.kind === 'numeric'
      ? [
          feature.ks
            ? `KS D=${formatStatistic(feature.ks.statistic)} (adjusted p=${formatStatistic(feature.ks.adjustedPValue)})`
            : '',
          feature.normalizedWasserstein !== null
            ? `W/σ=${formatStatistic(feature.normalizedWasserstein)}`
            : '',
          feature.psi !== null ? `PSI=${formatStatistic(feature.psi)}` : '',
        ]
      : [
          feature.chiSquare
            ? `χ²=${formatStatistic(feature.chiSquare.statistic)} (adjusted p=${formatStatistic(feature.chiSquare.adjustedPValue)})`
            : '',
          feature.jensenShannon !== null ? `JS=${formatStatistic(feature.jensenShannon)}` : '',
          feature.lInfinity !== null ? `L∞=${formatStatistic(feature.lInfinity)}` : '',
          feature.newCategories.length > 0 ? `${feature.newCategories.length} new categories` : '',
        ];
  return `${feature.name}: ${noun} (${measures.filter(Boolean).join(', ')}; rule: ${rule(feature.decision, feature.kind, effect)})`;
}
