/**
 * The report as GitHub Markdown. The PR comment is for the reviewer: the
 * verdict and every blocking reason with its numbers, how to unblock, the
 * checks that did not simply pass (passes fold into one line) with their
 * details, one line of rubric coverage, the waivers and a footer; a passing
 * comment fits one screen. The job summary and the Markdown report file hold
 * everything: every check's details, the coverage table and the rubric tests.
 * The report may come back from an untrusted artifact in publish mode, so every
 * string in it is escaped; rubric titles and advice come from mlgate itself.
 */

import type { CheckResult } from '../model/check-result.ts';
import type { Report } from '../model/report-model.ts';
import { commentMarker } from './comment-marker.ts';
import type { DetailLevel } from './detail-level.ts';
import {
  commentLimit,
  fitSections,
  jobSummaryLimit,
  type ReportSection,
  type SizeLimit,
} from './fit-comment.ts';
import { renderCheckDetails } from './render-check-details.ts';
import { byUrgency, folds, renderChecksTable } from './render-checks-table.ts';
import { renderCoverage, renderCoverageLine } from './render-coverage.ts';
import { isHttpUrl, renderFooter } from './render-footer.ts';
import { renderUnblock } from './render-unblock.ts';
import { renderVerdict, shownReasons } from './render-verdict.ts';
import { renderWaivers } from './render-waivers.ts';

export { commentMarker };

export interface RenderOptions {
  /** Adds the hidden sticky-comment marker for this key. */
  commentKey?: string;
  detail?: DetailLevel;
  /** `comment`: the reviewer's PR comment; `summary` (default): the full report. */
  audience?: 'comment' | 'summary';
}

/** The PR comment body: the reviewer's report fitted under GitHub's comment limit, with the sticky marker. */
export function renderComment(
  report: Report,
  options: { commentKey: string; limit?: SizeLimit },
): string {
  return fitSections(
    (detail) =>
      renderReportSections(report, { commentKey: options.commentKey, detail, audience: 'comment' }),
    options.limit ?? commentLimit,
    fullReportHint(report),
  );
}

/** The job summary and the Markdown report file: the full report, fitted under 1 MiB. */
export function renderSummary(
  report: Report,
  options: { commentKey?: string; limit?: SizeLimit } = {},
): string {
  const { commentKey } = options;
  return fitSections(
    (detail) =>
      renderReportSections(report, { detail, ...(commentKey === undefined ? {} : { commentKey }) }),
    options.limit ?? jobSummaryLimit,
    'The JSON report file (action output `report-json-path`) has everything.',
  );
}

export function renderReportSections(report: Report, options: RenderOptions = {}): ReportSection[] {
  const detail = options.detail ?? 'full';
  const audience = options.audience ?? 'summary';
  const sections = [required('verdict', renderVerdict(report, options.commentKey))];
  if (!report.verdict.passed) {
    sections.push(
      required('how to unblock', renderUnblock(report, shownReasons(report.verdict.blocking))),
    );
  }
  const coverage =
    audience === 'comment'
      ? renderCoverageLine(
          report,
          `The rubric tests and how to cover them are in the ${jobSummary(report)}.`,
        )
      : renderCoverage(report);
  if (report.configErrors.length > 0 && report.checks.length === 0) {
    // Nothing ran: an empty checks table and 28 "uncovered" tests would only bury the errors.
    return [
      ...sections,
      required('rubric coverage', coverage),
      required('footer', renderFooter(report)),
    ];
  }
  sections.push(optional('checks table', 1, renderChecksTable(report.checks, audience)));
  const detailed = byUrgency(report.checks).filter(
    (result) => audience === 'summary' || !folds(result),
  );
  for (const result of detailed) {
    // In the comment, a warning or a waived check shows its findings; its tables are in the summary.
    const level = audience === 'comment' && !blocks(result) ? 'findings-only' : detail;
    sections.push(optional('check details', 4, renderCheckDetails(result, level)));
  }
  sections.push(optional('rubric coverage', 3, coverage));
  if (report.waivers.length > 0) {
    sections.push(optional('waivers', 2, renderWaivers(report.waivers)));
  }
  sections.push(required('footer', renderFooter(report)));
  return sections;
}

function blocks(result: CheckResult): boolean {
  return result.status === 'fail' || result.status === 'error';
}

/** Where the full report is: the job summary of this run, linked when the run's URL is known. */
function jobSummary(report: Report): string {
  return isHttpUrl(report.event.runUrl)
    ? `[job summary](${report.event.runUrl})`
    : 'job summary of this workflow run';
}

function fullReportHint(report: Report): string {
  return `The ${jobSummary(report)} has the full report.`;
}

function required(group: string, markdown: string): ReportSection {
  return { group, markdown, required: true, dropPriority: 0 };
}

function optional(group: string, dropPriority: number, markdown: string): ReportSection {
  return { group, markdown, required: false, dropPriority };
}
