/**
 * The checks table, failures first: fail, error, warn, then checks that pass
 * only through a waiver, pass and skip. In the comment, plain passes and skips
 * fold into one line each ("9 passed: …"); the job summary lists every check.
 * The key figure is the first figure that breaks its bound; a failing row
 * whose figures all hold shows its first finding's measure instead.
 */
import { isWaived } from '../engine/apply-waivers.ts';
import { measureText } from '../engine/measure-text.ts';
import { meetsBound } from '../model/bound.ts';
import type { CheckStatus, Figure } from '../model/check.ts';
import type { CheckResult } from '../model/check-result.ts';
import { resultKey } from '../model/instance-key.ts';
import { code, escapeMarkdown } from './escape-markdown.ts';
import { formatCell, formatFigureValue } from './format-value.ts';
import { renderTable } from './render-table.ts';
import { statusBadge, statusIcon } from './status-badge.ts';

const order: readonly CheckStatus[] = ['fail', 'error', 'warn', 'pass', 'skip'];

/** Failures first; a check that passes through a waiver before the plain passes. */
export function byUrgency(results: readonly CheckResult[]): CheckResult[] {
  const rank = (result: CheckResult) => order.indexOf(result.status) * 2 + (folds(result) ? 1 : 0);
  return results
    .map((result, index) => ({ result, index }))
    .sort((a, b) => rank(a.result) - rank(b.result) || a.index - b.index)
    .map(({ result }) => result);
}

/** A plain pass or a skip: the comment folds it into one line. */
export function folds(result: CheckResult): boolean {
  if (result.status === 'skip') return true;
  return (
    result.status === 'pass' &&
    result.waivedFrom === undefined &&
    result.findings.every((finding) => finding.waiver === undefined)
  );
}

export function renderChecksTable(
  results: readonly CheckResult[],
  audience: 'comment' | 'summary',
): string {
  if (results.length === 0) {
    return '### Checks\n\nNo check ran. Add checks under `checks:` in mlgate.yml.';
  }
  const sorted = byUrgency(results);
  const rows = audience === 'comment' ? sorted.filter((result) => !folds(result)) : sorted;
  const parts = ['### Checks'];
  if (rows.length > 0) {
    const header =
      audience === 'comment'
        ? ['Check', 'Status', 'Key figure']
        : ['Check', 'Status', 'Key figure', 'Rubric tests'];
    parts.push(
      renderTable(
        header,
        rows.map((result) => row(result, audience)),
      ),
    );
  }
  if (audience === 'comment') parts.push(...foldedLines(sorted));
  return parts.join('\n\n');
}

function row(result: CheckResult, audience: 'comment' | 'summary'): string[] {
  const cells = [
    `${escapeMarkdown(result.title, { maxLength: 100 })} (${code(resultKey(result))})`,
    statusBadge(result),
    keyFigureText(result),
  ];
  if (audience === 'summary') cells.push(result.rubric.map((id) => code(id)).join(', '));
  return cells;
}

/** The first figure that breaks its bound, else the first figure. */
export function keyFigure(figures: readonly Figure[]): Figure | undefined {
  return (
    figures.find(
      (figure) => figure.bound !== undefined && !meetsBound(figure.value, figure.bound),
    ) ?? figures[0]
  );
}

/**
 * The breaking figure; for a failing or warning check whose figures all hold
 * (it failed on something else, e.g. bad rows), its first unwaived finding's
 * measure instead, so the row never shows a figure that passed as the reason.
 */
function keyFigureText(result: CheckResult): string {
  const figure = keyFigure(result.figures);
  const breaks = figure?.bound !== undefined && !meetsBound(figure.value, figure.bound);
  if (!breaks && (result.status === 'fail' || result.status === 'warn')) {
    const finding = result.findings.find(
      (f) => f.severity === result.status && !isWaived(f) && f.measure !== undefined,
    );
    if (finding?.measure !== undefined) return escapeMarkdown(measureText(finding.measure));
  }
  if (figure === undefined) return '—';
  const threshold =
    figure.threshold === undefined ? '' : ` (threshold ${formatCell(figure.threshold)})`;
  return `${escapeMarkdown(figure.name)}: ${formatFigureValue(figure)}${threshold}`;
}

/** "✅ 9 passed: `drift`, `schema_validation`, …" and "⏭️ 1 skipped: `canary` (no endpoint)". */
function foldedLines(sorted: readonly CheckResult[]): string[] {
  const lines: string[] = [];
  const passed = sorted.filter((result) => folds(result) && result.status === 'pass');
  const skipped = sorted.filter((result) => result.status === 'skip');
  if (passed.length > 0) {
    lines.push(
      `${statusIcon('pass')} ${passed.length} passed: ${passed.map((result) => code(resultKey(result))).join(', ')}`,
    );
  }
  if (skipped.length > 0) {
    const names = skipped.map(
      (result) =>
        `${code(resultKey(result))} (${escapeMarkdown(result.summary, { maxLength: 80 })})`,
    );
    lines.push(`${statusIcon('skip')} ${skipped.length} skipped: ${names.join(', ')}`);
  }
  return lines;
}
