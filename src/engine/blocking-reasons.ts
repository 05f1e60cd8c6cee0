/**
 * What blocks a change, one reason per root cause, each with its numbers and
 * what to do: the check findings (grouped by their `cause`), the checks that
 * could not run, then the rubric coverage below its minimums. The report's
 * first screen and the verdict's `reasons` both come from here.
 */
import type { Config } from '../config/config-schema.ts';
import type { FindingSeverity } from '../model/check.ts';
import type { CheckResult, EvaluatedFinding } from '../model/check-result.ts';
import type { ConfigError } from '../model/config-error.ts';
import { resultKey } from '../model/instance-key.ts';
import type { BlockingReason, MlTestScore } from '../model/report-model.ts';
import { sectionTitles } from '../scoring/rubric.ts';
import { isWaived } from './apply-waivers.ts';
import { locationText, measureText } from './measure-text.ts';

export function blockingReasons(
  score: MlTestScore,
  results: readonly CheckResult[],
  gate: Config['gate'],
  configErrors: readonly ConfigError[],
): BlockingReason[] {
  const reasons: BlockingReason[] = [];
  if (configErrors.length > 0) reasons.push(configReason(configErrors.length));
  for (const status of ['fail', 'error', 'warn'] as const) {
    if (status === 'warn' && !gate.block_on_warn) continue;
    for (const result of results.filter((candidate) => candidate.status === status)) {
      reasons.push(...checkReasons(result, gate.block_on_warn));
    }
  }
  const coverage = coverageReason(score);
  if (coverage !== undefined) reasons.push(coverage);
  return reasons;
}

function configReason(count: number): BlockingReason {
  const errors = count === 1 ? '1 error' : `${count} errors`;
  return {
    kind: 'config',
    text: `The configuration has ${errors}, so no check ran.`,
    fixes: ['Fix the configuration errors listed above in mlgate.yml and push.'],
  };
}

function checkReasons(result: CheckResult, blockOnWarn: boolean): BlockingReason[] {
  const check = resultKey(result);
  // The key, not the title: titles are claims ("Serving data has not drifted…"), and the key
  // is what a waiver names.
  const name = `\`${check}\``;
  if (result.status === 'error') {
    const transient = result.transient === true;
    const fixes = transient
      ? ['Re-run the job: the error looks transient (a network or service failure).']
      : [];
    return [
      {
        kind: 'check-error',
        check,
        text: `${name} could not run: ${result.summary}`,
        fixes,
        transient,
      },
    ];
  }
  const severity: FindingSeverity = result.status === 'fail' ? 'fail' : 'warn';
  const groups = byCause(
    result.findings.filter((finding) => finding.severity === severity && !isWaived(finding)),
  );
  const warned = severity === 'warn' && blockOnWarn ? ' (`gate.block_on_warn` is true)' : '';
  if (groups.length === 0) {
    // The status came from findings, so this can't happen today; if it ever does, the check
    // still blocks with its summary rather than silently letting the change through.
    const text = `${name}: ${result.summary}${warned}`;
    return [{ kind: 'findings', check, severity, findings: [], text, fixes: [] }];
  }
  return groups.map((group) => ({
    kind: 'findings',
    check,
    severity,
    findings: group.map((finding) => finding.id),
    text: `${name}: ${findingsText(group)}${warned}`,
    fixes: [
      ...new Set(group.flatMap((finding) => (finding.fix === undefined ? [] : [finding.fix]))),
    ],
  }));
}

/**
 * Findings with one `cause` together, in the order of their first finding;
 * findings without one are grouped when they say the same thing, so one root
 * cause never shows as several identical lines.
 */
function byCause(findings: readonly EvaluatedFinding[]): EvaluatedFinding[][] {
  const groups = new Map<string, EvaluatedFinding[]>();
  for (const finding of findings) {
    const key =
      finding.cause === undefined
        ? `message ${finding.message}\u0000${JSON.stringify(finding.measure ?? null)}`
        : `cause ${finding.cause}`;
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  return [...groups.values()];
}

/** The first finding's figure (or message) and where; "and 74 more with the same cause". */
function findingsText(group: readonly EvaluatedFinding[]): string {
  const [first, ...rest] = group;
  if (first === undefined) return 'no finding';
  const what =
    first.measure === undefined ? first.message.replace(/[.\s]*$/, '') : measureText(first.measure);
  const { location } = first;
  // A message often names its file already; the location is added where it does not.
  const where =
    location === undefined || (first.measure === undefined && what.includes(location.path))
      ? ''
      : ` — ${locationText(location)}`;
  if (rest.length === 0) return `${what}${where}`;
  const more = rest.length === 1 ? '1 more finding' : `${rest.length} more findings`;
  return `${what}${where}; and ${more} with the same cause`;
}

/** One reason for every minimum the rubric coverage misses: they share the remedy. */
function coverageReason(score: MlTestScore): BlockingReason | undefined {
  const below = score.sections.filter((section) => !section.met);
  const parts = below.map(
    (section) =>
      `${sectionTitles[section.section]} ${section.score} of 7 < ${section.minimum} (\`gate.minimum_section_scores.${section.section}\`)`,
  );
  if (score.final < score.minimum) {
    parts.push(`final score ${score.final} < ${score.minimum} (\`gate.minimum_score\`)`);
  }
  if (parts.length === 0) return undefined;
  const sections = (below.length > 0 ? below : lowestSections(score)).map(
    (section) => sectionTitles[section.section],
  );
  return {
    kind: 'coverage',
    text: `Rubric coverage is below its minimum: ${parts.join('; ')}.`,
    fixes: [
      `Automate or attest more rubric tests of ${sections.join(', ')} (the job summary lists each uncovered test and how to cover it), or lower the minimum in mlgate.yml.`,
    ],
  };
}

function lowestSections(score: MlTestScore): MlTestScore['sections'] {
  return score.sections.filter((section) => section.score === score.final);
}
