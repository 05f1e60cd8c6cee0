/**
 * The unit-test reports and the two areas as a check outcome: a finding per
 * failing test (failures of one suite file share a cause), per area whose
 * tests did not run or whose coverage is short or unmeasured, per source file
 * no test imported; figures against their minimums; the areas, failing and
 * skipped tests as details.
 */
import type { FileCoverage } from '../../infra/test-reports/coverage-report.ts';
import { testLabel } from '../../infra/test-reports/read-test-reports.ts';
import type { TestCase } from '../../infra/test-reports/test-case.ts';
import { percentsBeside } from '../../model/bound.ts';
import type { CheckOutcome, DetailBlock, Figure, Finding } from '../../model/check.ts';
import type { AreaResult } from './test-areas.ts';
import { isFailing, testFailureFindings } from './test-failure-findings.ts';

const key = 'checks.unit_tests';

export interface UnitTestsReports {
  cases: readonly TestCase[];
  coverage: readonly FileCoverage[];
  reportCount: number;
  maxExamples: number;
  /** The workspace root, to show test files the reports name absolutely relative to it. */
  root: string;
}

export function unitTestsOutcome(reports: UnitTestsReports, results: AreaResult[]): CheckOutcome {
  const { cases } = reports;
  const failing = cases.filter(isFailing);
  const areaFindings = results.flatMap((area) => [
    ...testCountFindings(area, cases),
    ...coverageFindings(area, reports.coverage),
    ...unimportedFindings(area),
  ]);
  const unmet = areaFindings.filter((f) => f.severity === 'fail').length;
  const unimported = results.flatMap((area) => area.coverage?.unimported ?? []);
  const findings = [
    ...testFailureFindings(cases, reports.maxExamples, reports.root),
    ...areaFindings,
  ];
  const failedTests: Figure = {
    name: 'tests failed',
    value: failing.length,
    threshold: '= 0',
    bound: { comparator: '==', limit: 0 },
  };
  return {
    kind: 'ran',
    summary: summary(reports, failing.length, unmet, unimported.length),
    figures: [
      { name: 'tests run', value: cases.filter((c) => c.status !== 'skipped').length },
      failedTests,
      ...results.map(coverageFigure),
    ],
    findings,
    details: details(reports, results, failing),
  };
}

function summary(
  reports: UnitTestsReports,
  failed: number,
  areaFailures: number,
  unimported: number,
): string {
  const { cases, reportCount } = reports;
  const passed = cases.filter((c) => c.status === 'passed').length;
  const skipped = cases.filter((c) => c.status === 'skipped').length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return (
    `${cases.length} tests in ${plural(reportCount, 'report')}: ${passed} passed, ${failed} failed, ${skipped} skipped` +
    (areaFailures > 0 ? `; ${plural(areaFailures, 'area requirement')} unmet` : '') +
    (unimported > 0 ? `; ${plural(unimported, 'source file')} never imported by tests` : '')
  );
}

function testCountFindings(area: AreaResult, cases: readonly TestCase[]): Finding[] {
  if (area.ran >= area.minimumTests) return [];
  const tests = area.tests.join(', ');
  return [
    {
      id: `${area.id}:tests`,
      severity: 'fail',
      message: `${area.ran} ${area.label} test${area.ran === 1 ? '' : 's'} ran (matching ${tests}); at least ${area.minimumTests} must. ${seenFiles(cases)}`,
      measure: {
        figure: `${area.label} tests run`,
        value: area.ran,
        bound: { comparator: '>=', limit: area.minimumTests },
      },
      fix: `Add ${area.label} tests that match ${tests} and run them in the JUnit reports, or correct \`${key}.${area.id}.tests\`.`,
    },
  ];
}

function coverageFindings(area: AreaResult, coverage: readonly FileCoverage[]): Finding[] {
  const measured = area.coverage;
  if (!measured) return [];
  if (measured.files === 0) {
    // Unmeasured, not low: a waiver for thin coverage must not accept no coverage at all.
    return [
      {
        id: `${area.id}:coverage:no-report`,
        severity: 'fail',
        message: `no coverage report names a file under ${area.code.join(', ')}; ${seenCoverage(coverage)}`,
        fix: `Measure the coverage of ${area.code.join(', ')} in the reports under \`${key}.coverage\`, or correct \`${key}.${area.id}.code\`.`,
      },
    ];
  }
  const minimum = area.minimumCoverage;
  if (!minimum || measured.ratio === null || measured.ratio >= minimum.value) return [];
  const [shown, limit] = percentsBeside(measured.ratio, minimum.value);
  return [
    {
      id: `${area.id}:coverage`,
      severity: 'fail',
      message: `${area.label} line coverage is ${shown} (${measured.hit} of ${measured.found} lines), below the minimum ${limit}`,
      measure: {
        figure: `${area.label} line coverage`,
        value: measured.ratio,
        bound: { comparator: '>=', limit: minimum.value },
      },
      fix: `Add tests that run the uncovered lines of ${area.code.join(', ')}, or lower \`${minimum.key}\`.`,
    },
  ];
}

function unimportedFindings(area: AreaResult): Finding[] {
  return (area.coverage?.unimported ?? []).map((file) => ({
    id: `not-covered:${file}`,
    severity: 'warn',
    message: `${file} is ${area.label} but no coverage report mentions it: no test imported it`,
    location: { path: file },
    fix: `Add a test that imports ${file}, or delete it if nothing uses it.`,
  }));
}

function coverageFigure(area: AreaResult): Figure {
  const ratio = area.coverage?.ratio ?? null;
  const minimum = area.minimumCoverage?.value;
  return {
    name: `${area.label} coverage`,
    value: ratio === null ? null : Number(ratio.toFixed(4)),
    ...(minimum === undefined
      ? {}
      : { threshold: `≥ ${minimum}`, bound: { comparator: '>=' as const, limit: minimum } }),
  };
}

function details(
  reports: UnitTestsReports,
  results: readonly AreaResult[],
  failing: readonly TestCase[],
): DetailBlock[] {
  const { cases, maxExamples } = reports;
  const blocks: DetailBlock[] = [
    {
      type: 'table',
      title: 'Areas',
      header: ['Area', 'Tests', 'Line coverage', 'Minimum'],
      rows: results.map(areaRow),
    },
  ];
  if (failing.length > 0) {
    blocks.push({
      type: 'table',
      title: 'Failing tests',
      header: ['Test', 'Report', 'Message'],
      rows: failing
        .slice(0, maxExamples)
        .map((c) => [testLabel(c), `${c.report}:${c.line}`, c.message ?? '']),
      ...(failing.length > maxExamples
        ? { note: `${failing.length - maxExamples} more not shown` }
        : {}),
    });
  }
  const skipped = cases.filter((c) => c.status === 'skipped');
  if (skipped.length > 0) {
    blocks.push({
      type: 'list',
      title: 'Skipped tests',
      items: skipped
        .slice(0, maxExamples)
        .map((c) => `${testLabel(c)}${c.message ? ` (${c.message})` : ''}`),
    });
  }
  return blocks;
}

function areaRow(area: AreaResult): Array<string | number | null> {
  const { coverage, minimumCoverage } = area;
  const ratio = coverage?.ratio ?? null;
  // Beside its minimum a ratio never reads equal to it; alone, four digits.
  const [shown, limit] = percentsBeside(ratio ?? 0, minimumCoverage?.value ?? ratio ?? 0);
  return [
    area.label,
    `${area.ran - area.failed} passed, ${area.failed} failed, ${area.selected - area.ran} skipped`,
    ratio === null || !coverage
      ? '—'
      : `${shown} (${coverage.hit}/${coverage.found} lines, ${coverage.files} files)`,
    minimumCoverage === undefined ? '—' : limit,
  ];
}

function seenFiles(cases: readonly TestCase[]): string {
  const files = [...new Set(cases.map((c) => c.file ?? c.classname).filter(Boolean))].slice(0, 5);
  return files.length === 0
    ? 'The reports hold no test cases.'
    : `The reports name: ${files.join(', ')}.`;
}

function seenCoverage(coverage: readonly FileCoverage[]): string {
  const files = coverage.slice(0, 5).map((file) => file.path);
  return files.length === 0
    ? 'the coverage reports are empty'
    : `they name e.g. ${files.join(', ')}`;
}
