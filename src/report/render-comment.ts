/**
 * The report as GitHub Markdown, for the sticky PR comment and the job summary:
 * verdict first, then the ML Test Score, the checks, one collapsible block per
 * check, the rubric tests still without points, the waivers and a footer. The
 * report may come back from an untrusted artifact in publish mode, so every
 * string in it is escaped; rubric titles and advice come from mlgate itself.
 */

import { formatConfigError } from '../config/format-config-error.ts';
import { resultKey } from '../model/instance-key.ts';
import type { ListedWaiver, Report, RubricTestScore } from '../model/report-model.ts';
import { rubricTests, sectionTitles } from '../scoring/rubric.ts';
import { commentMarker } from './comment-marker.ts';
import type { DetailLevel } from './detail-level.ts';
import { code, escapeMarkdown } from './escape-markdown.ts';
import {
  commentLimit,
  fitSections,
  jobSummaryLimit,
  type ReportSection,
  type SizeLimit,
} from './fit-comment.ts';
import { formatCell, formatFigureValue } from './format-value.ts';
import { renderCheckDetails } from './render-check-details.ts';
import { renderTable } from './render-table.ts';
import { statusBadge } from './status-badge.ts';

export { commentMarker };

export interface RenderOptions {
  /** Adds the hidden sticky-comment marker for this key. */
  commentKey?: string;
  detail?: DetailLevel;
}

/** The PR comment body: the report fitted under GitHub's comment limit, with the sticky marker. */
export function renderComment(
  report: Report,
  options: { commentKey: string; limit?: SizeLimit },
): string {
  const hint = isHttpUrl(report.event.runUrl)
    ? `The full report is in the [job summary](${report.event.runUrl}).`
    : 'The full report is in the job summary of this workflow run.';
  return fitSections(
    (detail) => renderReportSections(report, { commentKey: options.commentKey, detail }),
    options.limit ?? commentLimit,
    hint,
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
  const verdict = required('verdict', renderVerdict(report, options.commentKey));
  if (report.configErrors.length > 0 && report.checks.length === 0) {
    // Nothing ran: a score table of zeros and 28 "uncovered" tests would only bury the errors.
    return [verdict, required('footer', renderFooter(report))];
  }
  const sections: ReportSection[] = [
    verdict,
    required('score', renderScore(report)),
    optional('checks table', 1, renderChecksTable(report)),
    ...report.checks.map((result) =>
      optional('check details', 4, renderCheckDetails(result, detail)),
    ),
  ];
  const uncovered = renderUncovered(report.score.tests);
  if (uncovered !== undefined) sections.push(optional('rubric tests without points', 3, uncovered));
  if (detail === 'full') sections.push(optional('all rubric tests', 5, renderAllTests(report)));
  if (report.waivers.length > 0)
    sections.push(optional('waivers', 2, renderWaivers(report.waivers)));
  sections.push(required('footer', renderFooter(report)));
  return sections;
}

function required(group: string, markdown: string): ReportSection {
  return { group, markdown, required: true, dropPriority: 0 };
}

function optional(group: string, dropPriority: number, markdown: string): ReportSection {
  return { group, markdown, required: false, dropPriority };
}

function renderVerdict(report: Report, commentKey: string | undefined): string {
  const lines: string[] = [];
  if (commentKey !== undefined) lines.push(commentMarker(commentKey));
  lines.push(report.verdict.passed === true ? '## ✅ mlgate: passed' : '## ❌ mlgate: blocked');
  const blocks = [lines.join('\n'), statusLine(report)];
  if (report.configErrors.length > 0) {
    blocks.push(
      [
        '> [!CAUTION]',
        '> **The configuration could not be used**, so no check ran and the gate fails closed. Fix these:',
        ...report.configErrors.map(
          (error) =>
            `> - ${escapeMarkdown(formatConfigError(error), { newline: '<br>', maxLength: 2000 })}`,
        ),
      ].join('\n'),
    );
  }
  if (report.verdict.passed === true) {
    blocks.push(
      'Every check that ran passed or warned, or was waived, and every section meets its minimum.',
    );
  } else {
    blocks.push(
      `**This change is blocked because:**\n\n${report.verdict.reasons
        .map((reason) => `- ${escapeMarkdown(reason, { newline: '<br>', maxLength: 2000 })}`)
        .join('\n')}`,
    );
  }
  return blocks.join('\n\n');
}

/** "ML Test Score 2 (Table V band (1,2]) · 4 checks: 2 ✅ pass, 1 ❌ fail, 1 ⏭️ skip" */
function statusLine(report: Report): string {
  const counts = new Map<string, number>();
  for (const result of report.checks) {
    const badge = statusBadge({ status: result.status });
    counts.set(badge, (counts.get(badge) ?? 0) + 1);
  }
  const checks =
    report.checks.length === 0
      ? 'no check ran'
      : `${report.checks.length === 1 ? '1 check' : `${report.checks.length} checks`}: ${[...counts]
          .map(([badge, count]) => `${count} ${badge}`)
          .join(', ')}`;
  return `**ML Test Score ${formatCell(report.score.final)}** (Table V band ${escapeMarkdown(report.score.band.range)}) · ${checks}`;
}

function renderScore(report: Report): string {
  const { score } = report;
  const met = (ok: boolean) => (ok ? '✅ met' : '❌ below minimum');
  const rows = score.sections.map((section) => [
    escapeMarkdown(sectionTitles[section.section] ?? String(section.section)),
    `${formatCell(section.score)} / 7`,
    formatCell(section.minimum),
    met(section.met === true),
  ]);
  rows.push([
    '**Final** (lowest section)',
    `**${formatCell(score.final)}**`,
    formatCell(score.minimum),
    met(score.final >= score.minimum),
  ]);
  return [
    '### ML Test Score',
    renderTable(['Section', 'Score', 'Minimum', 'Status'], rows),
    `**${escapeMarkdown(score.band.range)}**: ${escapeMarkdown(score.band.meaning)} _(Breck et al. 2017, Table V; 1 point per test automated by a check that ran, 0.5 per attested manual test.)_`,
  ].join('\n\n');
}

function renderChecksTable(report: Report): string {
  if (report.checks.length === 0) {
    return '### Checks\n\nNo check ran. Add checks under `checks:` in mlgate.yml.';
  }
  const rows = report.checks.map((result) => {
    const figure = result.figures[0];
    const keyFigure =
      figure === undefined
        ? '—'
        : `${escapeMarkdown(figure.name)}: ${formatFigureValue(figure)}${
            figure.threshold === undefined ? '' : ` (threshold ${formatCell(figure.threshold)})`
          }`;
    return [
      `${escapeMarkdown(result.title, { maxLength: 100 })} (${code(resultKey(result))})`,
      result.rubric.map((id) => code(id)).join(', '),
      statusBadge(result),
      keyFigure,
    ];
  });
  return `### Checks\n\n${renderTable(['Check', 'Rubric tests', 'Status', 'Key figure'], rows)}`;
}

function renderUncovered(tests: readonly RubricTestScore[]): string | undefined {
  const missing = tests.filter(
    (test) => test.state.kind === 'uncovered' || test.state.kind === 'attestation-rejected',
  );
  const notApplicable = tests.filter((test) => test.state.kind === 'not-applicable');
  if (missing.length === 0 && notApplicable.length === 0) return undefined;
  const parts = [
    `### Rubric tests without points (${missing.length + notApplicable.length} of 28)`,
  ];
  if (missing.length > 0) {
    parts.push(
      renderTable(
        ['Test', 'Title', 'Why no points', 'How to cover it'],
        missing.map((test) => {
          const known = rubricTests.find((candidate) => candidate.id === test.id);
          return [
            code(test.id),
            known === undefined ? escapeMarkdown(test.title) : escapeMarkdown(known.title),
            'why' in test.state ? escapeMarkdown(test.state.why, { maxLength: 500 }) : '',
            // mlgate's own advice (trusted Markdown), not the copy in a report read back.
            known?.howToCover ?? '',
          ];
        }),
      ),
      'Any test can also be attested as a documented manual test for 0.5 points: `attestations.<test id>: {evidence: <file>, reviewed: YYYY-MM-DD}`.',
    );
  }
  if (notApplicable.length > 0) {
    parts.push(
      `**Not applicable (N/A, 0 points):**\n\n${notApplicable
        .map(
          (test) =>
            `- ${code(test.id)}: ${'reason' in test.state ? escapeMarkdown(test.state.reason, { maxLength: 500 }) : ''}`,
        )
        .join('\n')}`,
    );
  }
  return parts.join('\n\n');
}

function renderAllTests(report: Report): string {
  const rows = report.score.tests.map((test) => [
    code(test.id),
    escapeMarkdown(rubricTests.find((candidate) => candidate.id === test.id)?.title ?? test.title),
    test.state.kind === 'not-applicable' ? 'N/A' : formatCell(test.points),
    describeState(test),
  ]);
  return `<details>\n<summary>All 28 rubric tests</summary>\n\n${renderTable(['Test', 'Title', 'Points', 'How'], rows)}\n\n</details>`;
}

function describeState(test: RubricTestScore): string {
  const { state } = test;
  switch (state.kind) {
    case 'automated':
      return `automated: ${state.checks.map((id) => code(id)).join(', ')}`;
    case 'attested':
      return `attested: ${escapeMarkdown(state.evidence)}${state.reviewed === undefined ? '' : `, reviewed ${escapeMarkdown(state.reviewed)}`}`;
    case 'attestation-rejected':
      return `attestation not counted: ${escapeMarkdown(state.why, { maxLength: 500 })}`;
    case 'not-applicable':
      return `not applicable: ${escapeMarkdown(state.reason, { maxLength: 500 })}`;
    case 'uncovered':
      return `uncovered: ${escapeMarkdown(state.why, { maxLength: 500 })}`;
    default:
      return escapeMarkdown(String((state as { kind: unknown }).kind));
  }
}

const waiverEffects: Readonly<Record<ListedWaiver['effect'], string>> = {
  waived: '✅ waived',
  expired: '⌛ expired',
  unused: '💤 unused',
  refused: '⛔ refused',
};

function renderWaivers(waivers: readonly ListedWaiver[]): string {
  const rows = waivers.map((waiver) => [
    code(waiver.check),
    waiver.finding === undefined ? '_whole check_' : code(waiver.finding),
    escapeMarkdown(waiver.owner, { maxLength: 100 }),
    escapeMarkdown(waiver.expires, { maxLength: 20 }),
    `${waiverEffects[waiver.effect] ?? escapeMarkdown(String(waiver.effect))}: ${escapeMarkdown(waiver.note, { maxLength: 500 })}`,
    escapeMarkdown(waiver.reason, { newline: '<br>', maxLength: 1000 }),
  ]);
  return `### Waivers\n\n${renderTable(['Check', 'Finding', 'Owner', 'Expires', 'This run', 'Reason'], rows)}`;
}

function renderFooter(report: Report): string {
  const parts = [`mlgate ${escapeMarkdown(report.mlgateVersion, { maxLength: 40 })}`];
  const sha = report.event.sha;
  // A bare SHA is linked to its commit by GitHub itself.
  if (typeof sha === 'string' && /^[0-9a-f]{7,64}$/i.test(sha))
    parts.push(`commit ${sha.slice(0, 7)}`);
  if (isHttpUrl(report.event.runUrl)) parts.push(`[workflow run](${report.event.runUrl})`);
  parts.push(`event ${escapeMarkdown(report.event.name, { maxLength: 40 })}`);
  const production = renderProduction(report);
  return `---\n${production ? `<sub>${production}</sub><br>\n` : ''}<sub>${parts.join(' · ')}</sub>`;
}

/** Which of production's files the checks compared with (action input `production-files`). */
function renderProduction(report: Report): string | undefined {
  const production = report.event.production;
  if (!production) return undefined;
  const note = production.note ? escapeMarkdown(production.note, { maxLength: 500 }) : '';
  const artifact = production.artifact;
  if (production.source !== 'artifact' || !artifact) {
    return `Production: files at the base commit${note ? ` (no production artifact: ${note})` : ''}.`;
  }
  const run = isHttpUrl(artifact.runUrl)
    ? `[run ${artifact.runId}](${artifact.runUrl})`
    : `run ${artifact.runId}`;
  const files = production.files.map((file) => code(file)).join(', ');
  const commit = /^[0-9a-f]{7,64}$/i.test(artifact.sha)
    ? `, commit ${artifact.sha.slice(0, 7)}`
    : '';
  return `Production: ${files} from the artifact ${code(artifact.name)} of ${run}${commit}${note ? ` (${note})` : ''}.`;
}

/** Only a plain http(s) URL becomes a link; anything that could break out of `(…)` is refused. */
function isHttpUrl(url: string | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\/[^\s<>()"'`\\]+$/.test(url) && url.length <= 500;
}
