/**
 * One collapsible `<details>` block per check: what it found, its figures, every
 * finding with the waiver that covers it (or expired), and the check's own
 * detail blocks. Waived findings stay visible; unwaived problems come first.
 */
import { isWaived } from '../engine/apply-waivers.ts';
import type { CheckResult, EvaluatedFinding, WaiverState } from '../model/check-result.ts';
import { resultKey } from '../model/instance-key.ts';
import { type DetailLevel, itemLimits } from './detail-level.ts';
import {
  clip,
  code,
  codeHtml,
  escapeHtml,
  escapeMarkdown,
  escapeSummary,
} from './escape-markdown.ts';
import { formatCell, formatFigureValue } from './format-value.ts';
import { renderDetailBlock } from './render-detail-block.ts';
import { renderTable } from './render-table.ts';
import { statusBadge, statusWord } from './status-badge.ts';

/** Long enough for a sentence; a runaway message is cut rather than swamping the comment. */
const messageLength = 2000;
/** The summary line of a `<details>` block; a longer summary is repeated in full below it. */
const summaryLength = 200;

export function renderCheckDetails(result: CheckResult, level: DetailLevel): string {
  const summaryLine = `${statusBadge(result)} · ${escapeHtml(result.title, { maxLength: 100 })} (${codeHtml(clip(resultKey(result), 100))}) — ${escapeSummary(result.summary, { maxLength: summaryLength })}`;
  const body = [
    `Rubric: ${result.rubric.map((id) => code(id)).join(', ') || 'none'}`,
    ...outcomeParts(result, level),
  ];
  return `<details>\n<summary>${summaryLine}</summary>\n\n${body.join('\n\n')}\n\n</details>`;
}

function outcomeParts(result: CheckResult, level: DetailLevel): string[] {
  if (result.status === 'error') {
    return [
      `**The check could not run**, so the gate blocks (an error is never waived): ${escapeMarkdown(result.summary, { newline: '<br>', maxLength: messageLength })}`,
    ];
  }
  if (result.status === 'skip') {
    return [
      `**Skipped:** ${escapeMarkdown(result.summary, { newline: '<br>', maxLength: messageLength })}`,
    ];
  }
  const parts =
    result.summary.length > summaryLength
      ? [escapeMarkdown(result.summary, { newline: '<br>', maxLength: messageLength })]
      : [];
  if (result.waiver !== undefined) parts.push(`Whole check: ${describeWaiver(result.waiver)}`);
  if (result.figures.length > 0) {
    parts.push(
      renderTable(
        ['Figure', 'Value', 'Threshold'],
        result.figures.map((figure) => [
          escapeMarkdown(figure.name, { newline: '<br>' }),
          formatFigureValue(figure),
          figure.threshold === undefined ? '—' : formatCell(figure.threshold),
        ]),
      ),
    );
  }
  const showDetails = level === 'full' || (level === 'failing-only' && result.status !== 'pass');
  // A table with a row per finding (drift's per-feature table) says it all, but waivers.
  const listed =
    showDetails &&
    result.details.some((block) => block.type === 'table' && block.listsFindings === true);
  const findings = listed
    ? result.findings.filter((finding) => finding.waiver !== undefined)
    : result.findings;
  if (findings.length > 0) parts.push(renderFindings(findings, itemLimits[level]));
  if (showDetails) {
    for (const block of result.details) {
      parts.push(renderDetailBlock(block, { maxItems: itemLimits[level] }));
    }
  }
  return parts;
}

function renderFindings(findings: readonly EvaluatedFinding[], max: number | undefined): string {
  const ordered = [...findings].sort((a, b) => rank(a) - rank(b));
  const shown = max === undefined ? ordered : ordered.slice(0, max);
  const waived = findings.filter(isWaived).length;
  const counts = (['fail', 'warn'] as const)
    .map((severity) => [severity, findings.filter((f) => f.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}`);
  if (waived > 0) counts.push(`${waived} waived`);
  const lines = shown.map(renderFinding);
  if (shown.length < ordered.length) {
    lines.push(`- … ${ordered.length - shown.length} more findings (in the full report)`);
  }
  return `**Findings** (${counts.join(', ')})\n\n${lines.join('\n')}`;
}

function renderFinding(finding: EvaluatedFinding): string {
  const location = finding.location === undefined ? '' : ` · ${describeLocation(finding.location)}`;
  const line = `- ${statusWord(finding.severity)} · ${code(finding.id)} — ${escapeMarkdown(finding.message, { newline: '<br>', maxLength: messageLength })}${location}`;
  return finding.waiver === undefined ? line : `${line}\n  - ${describeWaiver(finding.waiver)}`;
}

function describeLocation(location: NonNullable<EvaluatedFinding['location']>): string {
  const line = location.line === undefined ? '' : ` line ${formatCell(location.line)}`;
  const column = location.column === undefined ? '' : `, column ${escapeMarkdown(location.column)}`;
  return `${escapeMarkdown(location.path)}${line}${column}`;
}

function describeWaiver(waiver: WaiverState): string {
  const who = escapeMarkdown(waiver.owner, { maxLength: 100 });
  const reason = escapeMarkdown(waiver.reason, { maxLength: messageLength });
  const expires = escapeMarkdown(waiver.expires, { maxLength: 20 });
  return waiver.expired
    ? `⌛ waiver by ${who} **expired** on ${expires} and no longer applies: ${reason}`
    : `✅ waived by ${who} until ${expires}: ${reason}`;
}

/** Unwaived failures, then unwaived warnings, then waived findings. */
function rank(finding: EvaluatedFinding): number {
  return (isWaived(finding) ? 2 : 0) + (finding.severity === 'fail' ? 0 : 1);
}
