/**
 * Infra 2 (model specs are unit tested) and Data 7 (feature code is tested).
 * Reads the JUnit and coverage reports the workflow wrote: passes when tests
 * for the model spec and for the feature code ran, none failed, and each
 * area's line coverage reaches its minimum. A source file of an area that no
 * coverage report mentions was never even imported by the tests; it is named.
 */

import { globToRegExp, matchesAny } from '../../infra/path-glob.ts';
import type { FileCoverage } from '../../infra/test-reports/coverage-report.ts';
import { failedTestFindings } from '../../infra/test-reports/failed-test-findings.ts';
import type { TestCase } from '../../infra/test-reports/junit-report.ts';
import {
  readCoverageReports,
  readJunitReports,
  selectTests,
  testLabel,
} from '../../infra/test-reports/read-test-reports.ts';
import type { DetailBlock, Figure, Finding } from '../../model/check.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { unitTestsConfig } from './unit-tests-config.ts';

const key = 'checks.unit_tests';
const areas = [
  ['model_spec', 'model spec'],
  ['feature_code', 'feature code'],
] as const;

export const unitTests: CheckDefinition<typeof unitTestsConfig> = {
  id: 'unit_tests',
  title: 'Model specs and feature code are unit tested',
  rubric: ['infra-2', 'data-7'],
  config: unitTestsConfig,
  async run(config, { workspace }) {
    const cases = await readJunitReports(workspace, config.junit, `${key}.junit`);
    const coverage =
      config.coverage.length > 0
        ? await readCoverageReports(workspace, config.coverage, `${key}.coverage`)
        : [];
    const tracked = await workspace.listTrackedFiles().catch(() => undefined);
    const findings: Finding[] = failedTestFindings(cases, config.max_examples);
    const figures: Figure[] = [
      { name: 'tests run', value: cases.filter((c) => c.status !== 'skipped').length },
      {
        name: 'tests failed',
        value: cases.filter((c) => c.status === 'failed' || c.status === 'errored').length,
        threshold: '= 0',
      },
    ];
    const rows: Array<Array<string | number | null>> = [];
    const unimported: string[] = [];
    for (const [id, label] of areas) {
      const area = config[id];
      const selected = selectTests(cases, area.tests.map(globToRegExp), workspace.root);
      const ran = selected.filter((c) => c.status !== 'skipped');
      const failed = selected.filter((c) => c.status === 'failed' || c.status === 'errored');
      if (ran.length < area.minimum_tests) {
        findings.push({
          id: `${id}:tests`,
          severity: 'fail',
          message: `${ran.length} ${label} test${ran.length === 1 ? '' : 's'} ran (matching ${area.tests.join(', ')}); at least ${area.minimum_tests} must. ${seenFiles(cases)}`,
        });
      }
      const codeGlobs = area.code.map(globToRegExp);
      const files = coverage.filter((file) => matchesAny(codeGlobs, file.path));
      const found = files.reduce((sum, file) => sum + file.linesFound, 0);
      const hit = files.reduce((sum, file) => sum + file.linesHit, 0);
      const ratio = found === 0 ? null : hit / found;
      const minimum = area.minimum_coverage ?? config.minimum_coverage;
      if (config.coverage.length > 0) {
        if (files.length === 0) {
          // Unmeasured, not low: a waiver for thin coverage must not accept no coverage at all.
          findings.push({
            id: `${id}:coverage:no-report`,
            severity: 'fail',
            message: `no coverage report names a file under ${area.code.join(', ')}; ${seenCoverage(coverage)}`,
          });
        } else if (minimum !== undefined && ratio !== null && ratio < minimum) {
          findings.push({
            id: `${id}:coverage`,
            severity: 'fail',
            message: `${label} line coverage is ${percent(ratio)} (${hit} of ${found} lines), below the minimum ${percent(minimum)}`,
          });
        }
        for (const file of notInCoverage(tracked, codeGlobs, coverage, files)) {
          unimported.push(file);
          findings.push({
            id: `not-covered:${file}`,
            severity: 'warn',
            message: `${file} is ${label} but no coverage report mentions it: no test imported it`,
            location: { path: file },
          });
        }
      }
      figures.push({
        name: `${label} coverage`,
        value: ratio === null ? null : Number(ratio.toFixed(4)),
        ...(minimum !== undefined ? { threshold: `≥ ${minimum}` } : {}),
      });
      rows.push([
        label,
        `${ran.length - failed.length} passed, ${failed.length} failed, ${selected.length - ran.length} skipped`,
        ratio === null ? '—' : `${percent(ratio)} (${hit}/${found} lines, ${files.length} files)`,
        minimum === undefined ? '—' : percent(minimum),
      ]);
    }
    const details: DetailBlock[] = [
      {
        type: 'table',
        title: 'Areas',
        header: ['Area', 'Tests', 'Line coverage', 'Minimum'],
        rows,
      },
    ];
    const failing = cases.filter((c) => c.status === 'failed' || c.status === 'errored');
    if (failing.length > 0) {
      details.push({
        type: 'table',
        title: 'Failing tests',
        header: ['Test', 'Report', 'Message'],
        rows: failing
          .slice(0, config.max_examples)
          .map((c) => [testLabel(c), `${c.report}:${c.line}`, c.message ?? '']),
        ...(failing.length > config.max_examples
          ? { note: `${failing.length - config.max_examples} more not shown` }
          : {}),
      });
    }
    const skipped = cases.filter((c) => c.status === 'skipped');
    if (skipped.length > 0) {
      details.push({
        type: 'list',
        title: 'Skipped tests',
        items: skipped
          .slice(0, config.max_examples)
          .map((c) => `${testLabel(c)}${c.message ? ` (${c.message})` : ''}`),
      });
    }
    const areaFailures = findings.filter(
      (f) => f.severity === 'fail' && !f.id.startsWith('test:'),
    ).length;
    const summary =
      `${cases.length} tests in ${config.junit.length} report${config.junit.length === 1 ? '' : 's'}: ` +
      `${cases.filter((c) => c.status === 'passed').length} passed, ${failing.length} failed, ${skipped.length} skipped` +
      (areaFailures > 0
        ? `; ${areaFailures} area requirement${areaFailures === 1 ? '' : 's'} unmet`
        : '') +
      (unimported.length > 0
        ? `; ${unimported.length} source file${unimported.length === 1 ? '' : 's'} never imported by tests`
        : '');
    return { kind: 'ran', summary, figures, findings, details };
  },
};

function notInCoverage(
  tracked: readonly string[] | undefined,
  codeGlobs: readonly RegExp[],
  coverage: readonly FileCoverage[],
  areaFiles: readonly FileCoverage[],
): string[] {
  if (!tracked || areaFiles.length === 0) return [];
  // Only files of the languages the report covers: a README beside the code is not code.
  const extensions = new Set(areaFiles.map((file) => extension(file.path)));
  return tracked.filter(
    (file) =>
      matchesAny(codeGlobs, file) &&
      extensions.has(extension(file)) &&
      !coverage.some((covered) => covered.path === file || covered.path.endsWith(`/${file}`)),
  );
}

function extension(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot > path.lastIndexOf('/') ? path.slice(dot) : '';
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

function percent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}
