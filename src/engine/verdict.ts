/**
 * The gate's verdict, separate from the score: the score says which tests exist
 * and ran, the verdict says whether this change may merge. Every reason is one
 * sentence a reviewer can act on, naming the section or check and its numbers.
 */
import type { Config } from '../config/config-schema.ts';
import type { FindingSeverity } from '../model/check.ts';
import type { CheckResult, EvaluatedFinding } from '../model/check-result.ts';
import type { ConfigError } from '../model/config-error.ts';
import { resultKey } from '../model/instance-key.ts';
import type { MlTestScore, Verdict } from '../model/report-model.ts';
import { sectionTitles } from '../scoring/rubric.ts';
import { isWaived } from './apply-waivers.ts';

export function decideVerdict(
  score: MlTestScore,
  results: readonly CheckResult[],
  gate: Config['gate'],
  configErrors: readonly ConfigError[],
): Verdict {
  const reasons: string[] = [];
  if (configErrors.length > 0) {
    const count = configErrors.length === 1 ? '1 error' : `${configErrors.length} errors`;
    reasons.push(`The configuration has ${count}, so no check ran; fix the errors listed above.`);
  }
  for (const section of score.sections) {
    if (!section.met) {
      reasons.push(
        `The ${sectionTitles[section.section]} section scores ${section.score}, below its minimum of ${section.minimum} (\`gate.minimum_section_scores.${section.section}\`).`,
      );
    }
  }
  if (score.final < score.minimum) {
    const lowest = score.sections
      .filter((section) => section.score === score.final)
      .map((section) => sectionTitles[section.section]);
    reasons.push(
      `The final ML Test Score is ${score.final} (lowest section: ${lowest.join(', ')}), below the minimum of ${score.minimum} (\`gate.minimum_score\`).`,
    );
  }
  for (const result of results) {
    const reason = checkReason(result, gate.block_on_warn);
    if (reason !== undefined) reasons.push(reason);
  }
  return { passed: reasons.length === 0, reasons };
}

function checkReason(result: CheckResult, blockOnWarn: boolean): string | undefined {
  const name = `${result.title} (\`${resultKey(result)}\`)`;
  switch (result.status) {
    case 'error':
      return `Check ${name} could not run: ${result.summary}`;
    case 'fail':
      return `Check ${name} failed with ${unwaived(result.findings, 'fail')}.`;
    case 'warn':
      return blockOnWarn
        ? `Check ${name} warned with ${unwaived(result.findings, 'warn')}, and \`gate.block_on_warn\` is true.`
        : undefined;
    default:
      return undefined;
  }
}

/** "2 unwaived failing findings (feature:age, feature:income)", naming at most three. */
function unwaived(findings: readonly EvaluatedFinding[], severity: FindingSeverity): string {
  const ids = findings
    .filter((finding) => finding.severity === severity && !isWaived(finding))
    .map((finding) => `\`${finding.id}\``);
  const kind = severity === 'fail' ? 'failing' : 'warning';
  const noun =
    ids.length === 1 ? `1 unwaived ${kind} finding` : `${ids.length} unwaived ${kind} findings`;
  const shown = ids.slice(0, 3).join(', ');
  const more = ids.length > 3 ? `, and ${ids.length - 3} more` : '';
  return `${noun} (${shown}${more})`;
}
