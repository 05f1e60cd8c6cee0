/**
 * The ML Test Score of Breck et al. (2017): per rubric test 1 point when a check
 * automating it ran in this run, 0.5 for a manual test attested with an evidence
 * file, 0 otherwise; each section is the sum of its seven tests and the final
 * score is the minimum over the four sections. The score measures whether tests
 * exist and run, not whether they pass: the verdict decides that separately.
 */

import type { Attestation, Config } from '../config/config-schema.ts';
import { type CheckStatus, sections } from '../model/check.ts';
import type { CheckResult } from '../model/check-result.ts';
import { resultKey } from '../model/instance-key.ts';
import type { MlTestScore, RubricTestScore, RubricTestState } from '../model/report-model.ts';
import { daysBetween } from './days-between.ts';
import { type RubricTest, rubricTests } from './rubric.ts';
import { tableVBand } from './table-v-band.ts';

export interface MlTestScoreInput {
  /** Every configured check's result in this run, after waivers. */
  results: readonly CheckResult[];
  attestations: Config['attestations'];
  gate: Config['gate'];
  /**
   * Whether each attestation's evidence path exists in the repository, keyed as written in the
   * config; false too for a link that leads outside it (the workspace refuses those, as for data).
   */
  evidenceExists: ReadonlyMap<string, boolean>;
  /** The run's date, `YYYY-MM-DD` (UTC). */
  today: string;
}

/** A check in these states ran its test, whatever it found; `error` and `skip` did not. */
const ranStatuses: ReadonlySet<CheckStatus> = new Set(['pass', 'warn', 'fail']);

/**
 * A `reviewed:` date written in a time zone ahead of UTC can be "tomorrow" for
 * the runner's UTC clock; one day of slack keeps honest dates from being refused.
 */
const futureReviewSlackDays = 1;

export function scoreMlTest(input: MlTestScoreInput): MlTestScore {
  const tests = rubricTests.map((test) => scoreTest(test, input));
  const sectionScores = sections.map((section) => {
    const score = tests
      .filter((test) => test.section === section)
      .reduce((sum, test) => sum + test.points, 0);
    const minimum = input.gate.minimum_section_scores[section];
    return { section, score, minimum, met: score >= minimum };
  });
  const final = Math.min(...sectionScores.map((section) => section.score));
  return {
    sections: sectionScores,
    final,
    band: tableVBand(final),
    minimum: input.gate.minimum_score,
    tests,
  };
}

/** The evidence paths the caller must look up in the repository before scoring. */
export function attestationEvidencePaths(attestations: Config['attestations']): string[] {
  const paths = Object.values(attestations).flatMap((attestation) =>
    'evidence' in attestation ? [attestation.evidence] : [],
  );
  return [...new Set(paths)];
}

function scoreTest(test: RubricTest, input: MlTestScoreInput): RubricTestScore {
  const score = (points: RubricTestScore['points'], state: RubricTestState): RubricTestScore => ({
    id: test.id,
    section: test.section,
    title: test.title,
    points,
    state,
    howToCover: test.howToCover,
  });
  const covering = input.results.filter((result) => result.rubric.includes(test.id));
  const ran = covering.filter((result) => ranStatuses.has(result.status));
  if (ran.length > 0) {
    return score(1, { kind: 'automated', checks: ran.map(resultKey) });
  }
  const notRun = covering.length > 0 ? describeNotRun(covering) : undefined;
  const attestation = input.attestations[test.id];
  if (attestation !== undefined && 'not_applicable' in attestation) {
    return score(0, { kind: 'not-applicable', reason: attestation.not_applicable });
  }
  if (attestation !== undefined) {
    const rejection = rejectAttestation(attestation, input);
    const reviewed = attestation.reviewed === undefined ? {} : { reviewed: attestation.reviewed };
    if (rejection === undefined) {
      return score(0.5, { kind: 'attested', evidence: attestation.evidence, ...reviewed });
    }
    const why = notRun === undefined ? rejection : `${rejection} ${notRun}`;
    return score(0, {
      kind: 'attestation-rejected',
      evidence: attestation.evidence,
      ...reviewed,
      why,
    });
  }
  if (notRun !== undefined) return score(0, { kind: 'uncovered', why: notRun });
  const why =
    test.checks.length > 0
      ? 'No configured check automates it, and it has no attestation.'
      : 'mlgate cannot automate it, and it has no attestation.';
  return score(0, { kind: 'uncovered', why });
}

function describeNotRun(covering: readonly CheckResult[]): string {
  const ended = covering.map((result) =>
    result.status === 'skip'
      ? `check \`${resultKey(result)}\` was skipped`
      : `check \`${resultKey(result)}\` ended in an error`,
  );
  return `The test did not run: ${ended.join(', ')}.`;
}

/** Why an evidence attestation scores 0, or undefined when it earns its 0.5 points. */
function rejectAttestation(
  attestation: Extract<Attestation, { evidence: string }>,
  input: MlTestScoreInput,
): string | undefined {
  const { evidence, reviewed } = attestation;
  if (input.evidenceExists.get(evidence) !== true) {
    return (
      `The evidence file \`${evidence}\` is not in the repository: it is missing, or a link that leads outside it. ` +
      'Commit the evidence itself inside the repository.'
    );
  }
  const maxAge = input.gate.attestation_max_age_days;
  if (reviewed === undefined) {
    return maxAge === undefined
      ? undefined
      : `\`gate.attestation_max_age_days\` is ${maxAge}, so the attestation needs a review date (\`reviewed: YYYY-MM-DD\`).`;
  }
  const age = daysBetween(reviewed, input.today);
  if (age < -futureReviewSlackDays) {
    return `The review date ${reviewed} is after today (${input.today}); write the day of the review.`;
  }
  if (maxAge !== undefined && age > maxAge) {
    return `The evidence was last reviewed on ${reviewed}, ${age} days ago; \`gate.attestation_max_age_days\` allows ${maxAge}.`;
  }
  return undefined;
}
