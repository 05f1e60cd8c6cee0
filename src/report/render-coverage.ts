/**
 * The ML Test Score as what Breck et al. define it: how much of the rubric is
 * automated or attested ("rubric coverage"), not whether those tests passed.
 * The comment shows one line after the failures, so a blocked change never
 * shows a column of ✅ beside its verdict; the job summary shows the section
 * table, the Table V band, the uncovered tests and how to cover them, and all
 * 28 tests. When nothing ran (a config error) coverage is n/a, not 0.
 */
import type { Report, RubricTestScore } from '../model/report-model.ts';
import { rubricTests, sectionTitles } from '../scoring/rubric.ts';
import { code, escapeMarkdown } from './escape-markdown.ts';
import { formatCell } from './format-value.ts';
import { renderTable } from './render-table.ts';

const meaning =
  'It counts the rubric tests that exist and run (automated by a check that ran, or attested), not the tests that passed.';

/** One paragraph for the comment; `where` says where the full list is. */
export function renderCoverageLine(report: Report, where: string): string {
  if (nothingRan(report)) {
    return '**Rubric coverage** (ML Test Score): n/a, since no check ran.';
  }
  const { score } = report;
  const sections = score.sections
    .map(
      (section) =>
        `${sectionTitles[section.section] ?? escapeMarkdown(String(section.section))} ${formatCell(section.score)}${section.met ? '' : ` (below its minimum ${formatCell(section.minimum)})`}`,
    )
    .join(' · ');
  const final = `score ${formatCell(score.final)}${score.final < score.minimum ? ` (below its minimum ${formatCell(score.minimum)})` : ''}`;
  return `**Rubric coverage** (ML Test Score, Breck et al. 2017), of 7 tests per section: ${sections}; ${final}. ${meaning} ${where}`;
}

/** The job summary's section: the table, the band, the uncovered tests, all 28 tests. */
export function renderCoverage(report: Report): string {
  if (nothingRan(report)) return renderCoverageLine(report, '');
  const { score } = report;
  const below = (ok: boolean, minimum: number) =>
    ok ? formatCell(minimum) : `${formatCell(minimum)}, below it`;
  const rows = score.sections.map((section) => [
    escapeMarkdown(sectionTitles[section.section] ?? String(section.section)),
    `${formatCell(section.score)} of 7`,
    below(section.met === true, section.minimum),
  ]);
  rows.push([
    '**ML Test Score** (lowest section)',
    `**${formatCell(score.final)}**`,
    below(score.final >= score.minimum, score.minimum),
  ]);
  const parts = [
    '### Rubric coverage (ML Test Score)',
    renderTable(['Section', 'Covered', 'Minimum'], rows),
    `${meaning} Table V band ${escapeMarkdown(score.band.range)}: ${escapeMarkdown(score.band.meaning)} _(Breck et al. 2017; 1 point per test automated by a check that ran, 0.5 per attested manual test.)_`,
  ];
  const uncovered = renderUncovered(score.tests);
  if (uncovered !== undefined) parts.push(uncovered);
  parts.push(renderAllTests(report));
  return parts.join('\n\n');
}

function nothingRan(report: Report): boolean {
  return report.configErrors.length > 0 && report.checks.length === 0;
}

function renderUncovered(tests: readonly RubricTestScore[]): string | undefined {
  const missing = tests.filter(
    (test) => test.state.kind === 'uncovered' || test.state.kind === 'attestation-rejected',
  );
  const notApplicable = tests.filter((test) => test.state.kind === 'not-applicable');
  if (missing.length === 0 && notApplicable.length === 0) return undefined;
  const parts = [
    `**Rubric tests without points** (${missing.length + notApplicable.length} of 28)`,
  ];
  if (missing.length > 0) {
    parts.push(
      renderTable(
        ['Test', 'Title', 'Why no points', 'How to cover it'],
        missing.map((test) => {
          const known = rubricTests.find((candidate) => candidate.id === test.id);
          return [
            code(test.id),
            escapeMarkdown(known?.title ?? test.title),
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
