/**
 * The two areas the unit-tests check grades, model spec (Infra 2) and
 * feature code (Data 7): how many of their tests ran and failed, and the line
 * coverage of their code, against the minimums the config sets. Pure over the
 * parsed reports.
 */
import { globToRegExp, matchesAny } from '../../infra/path-glob.ts';
import type { FileCoverage } from '../../infra/test-reports/coverage-report.ts';
import { selectTests } from '../../infra/test-reports/read-test-reports.ts';
import type { TestCase } from '../../infra/test-reports/test-case.ts';
import { isFailing } from './test-failure-findings.ts';
import type { UnitTestsConfig } from './unit-tests-config.ts';

export const areas = [
  ['model_spec', 'model spec'],
  ['feature_code', 'feature code'],
] as const;

export type AreaId = (typeof areas)[number][0];

export interface AreaResult {
  id: AreaId;
  label: string;
  /** The globs of its tests and of its code, from the config. */
  tests: string[];
  code: string[];
  selected: number;
  ran: number;
  failed: number;
  minimumTests: number;
  /** Coverage of the area's code; absent when no coverage report was configured. */
  coverage?: {
    files: number;
    found: number;
    hit: number;
    ratio: number | null;
    /** Tracked source files of the area that no coverage report mentions. */
    unimported: string[];
  };
  minimumCoverage?: { value: number; key: string };
}

export interface AreaInputs {
  cases: readonly TestCase[];
  /** Null when the config names no coverage report. */
  coverage: readonly FileCoverage[] | null;
  tracked: readonly string[] | undefined;
  root: string;
}

export function assessArea(
  id: AreaId,
  label: string,
  config: UnitTestsConfig,
  inputs: AreaInputs,
): AreaResult {
  const area = config[id];
  const selected = selectTests(inputs.cases, area.tests.map(globToRegExp), inputs.root);
  const minimum = area.minimum_coverage ?? config.minimum_coverage;
  const minimumKey = `checks.unit_tests${area.minimum_coverage === undefined ? '' : `.${id}`}.minimum_coverage`;
  return {
    id,
    label,
    tests: area.tests,
    code: area.code,
    selected: selected.length,
    ran: selected.filter((c) => c.status !== 'skipped').length,
    failed: selected.filter(isFailing).length,
    minimumTests: area.minimum_tests,
    ...(inputs.coverage
      ? { coverage: areaCoverage(area.code, inputs.coverage, inputs.tracked) }
      : {}),
    ...(minimum === undefined ? {} : { minimumCoverage: { value: minimum, key: minimumKey } }),
  };
}

function areaCoverage(
  code: readonly string[],
  coverage: readonly FileCoverage[],
  tracked: readonly string[] | undefined,
): NonNullable<AreaResult['coverage']> {
  const codeGlobs = code.map(globToRegExp);
  const files = coverage.filter((file) => matchesAny(codeGlobs, file.path));
  const found = files.reduce((sum, file) => sum + file.linesFound, 0);
  const hit = files.reduce((sum, file) => sum + file.linesHit, 0);
  return {
    files: files.length,
    found,
    hit,
    ratio: found === 0 ? null : hit / found,
    unimported: notInCoverage(tracked, codeGlobs, coverage, files),
  };
}

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
