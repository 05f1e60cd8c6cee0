/**
 * The first screen: the verdict, how many checks ended how, the config errors,
 * and one line per blocking reason with its numbers, at most five (then "and N
 * more"). The reasons are the engine's sentences (src/engine/blocking-reasons.ts),
 * escaped again because a report read back in publish mode is untrusted.
 */
import { formatConfigError } from '../config/format-config-error.ts';
import type { BlockingReason, Report } from '../model/report-model.ts';
import { commentMarker } from './comment-marker.ts';
import { escapeMarkdown } from './escape-markdown.ts';
import { statusBadge } from './status-badge.ts';

/** Blocking reasons the first screen lists; the rest are in the checks below. */
const reasonsShown = 5;

export function renderVerdict(report: Report, commentKey: string | undefined): string {
  const heading = report.verdict.passed === true ? '## ✅ mlgate: passed' : '## ❌ mlgate: blocked';
  const blocks = [commentKey === undefined ? heading : `${commentMarker(commentKey)}\n${heading}`];
  blocks.push(checkCounts(report));
  if (report.configErrors.length > 0) blocks.push(configErrors(report));
  if (report.verdict.passed === true) {
    blocks.push(
      'Every check that ran passed or warned, or was waived, and every section meets its minimum.',
    );
  } else {
    blocks.push(reasons(report));
  }
  return blocks.join('\n\n');
}

/**
 * The reasons the first screen shows: every blocking check's first reason
 * before any check's second, so three broken constraints of one file can't
 * hide a drifted feature; in the verdict's order.
 */
export function shownReasons(blocking: readonly BlockingReason[]): BlockingReason[] {
  const rounds = new Map<string, number>();
  const ranked = blocking.map((reason, index) => {
    const key = 'check' in reason ? `check ${reason.check}` : `kind ${reason.kind}`;
    const round = rounds.get(key) ?? 0;
    rounds.set(key, round + 1);
    return { reason, index, round };
  });
  const chosen = [...ranked]
    .sort((a, b) => a.round - b.round || a.index - b.index)
    .slice(0, reasonsShown);
  return chosen.sort((a, b) => a.index - b.index).map(({ reason }) => reason);
}

function reasons(report: Report): string {
  const { blocking } = report.verdict;
  const shown = shownReasons(blocking);
  const lines = shown.map(
    (reason) => `- ${escapeMarkdown(reason.text, { newline: '<br>', maxLength: 600 })}`,
  );
  if (blocking.length > shown.length) {
    lines.push(`- … and ${blocking.length - shown.length} more, in the checks below.`);
  }
  return `**Blocked because:**\n\n${lines.join('\n')}`;
}

function configErrors(report: Report): string {
  return [
    '> [!CAUTION]',
    '> **The configuration could not be used**, so no check ran and the gate fails closed. Fix these:',
    ...report.configErrors.map(
      (error) =>
        `> - ${escapeMarkdown(formatConfigError(error), { newline: '<br>', maxLength: 2000 })}`,
    ),
  ].join('\n');
}

/** "4 checks: 2 ❌ fail, 1 💥 error, 1 ⏭️ skip" */
function checkCounts(report: Report): string {
  if (report.checks.length === 0) return 'No check ran.';
  const counts = new Map<string, number>();
  for (const result of report.checks) {
    const badge = statusBadge({ status: result.status });
    counts.set(badge, (counts.get(badge) ?? 0) + 1);
  }
  const total = report.checks.length === 1 ? '1 check' : `${report.checks.length} checks`;
  return `${total}: ${[...counts].map(([badge, count]) => `${count} ${badge}`).join(', ')}`;
}
