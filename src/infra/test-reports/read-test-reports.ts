/** Reads the test and coverage reports a check names, through the workspace. */
import type { Workspace } from '../../workspace/workspace.ts';
import { matchesAny } from '../path-glob.ts';
import { type FileCoverage, readCoverage, repositoryPath } from './coverage-report.ts';
import { parseTestReport } from './parse-test-report.ts';
import { type TestCase, type TestReport, testIdentities } from './test-case.ts';

/** Each report in its own format (JUnit XML, Jest or Mocha JSON, TRX, NUnit 3 XML). */
export async function readTestReports(
  workspace: Workspace,
  paths: readonly string[],
  key: string,
): Promise<TestReport[]> {
  const reports: TestReport[] = [];
  for (const path of paths) {
    if (!(await workspace.exists(path, key))) {
      throw new Error(
        `${key}: ${path} does not exist; run the tests with a JUnit reporter before mlgate (pytest --junitxml=${path}, node --test --test-reporter=junit --test-reporter-destination=${path}), or with jest --json --outputFile=${path}, mocha --reporter json > ${path}, dotnet test --logger "trx;LogFileName=…"`,
      );
    }
    try {
      reports.push(parseTestReport(await workspace.readText(path, key), path));
    } catch (error) {
      throw new Error(`${key}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return reports;
}

/** The test cases of all the reports, whatever their formats. */
export async function readJunitReports(
  workspace: Workspace,
  paths: readonly string[],
  key: string,
): Promise<TestCase[]> {
  return (await readTestReports(workspace, paths, key)).flatMap((report) => report.cases);
}

export async function readCoverageReports(
  workspace: Workspace,
  paths: readonly string[],
  key: string,
): Promise<FileCoverage[]> {
  const reports = [];
  for (const path of paths) {
    if (!(await workspace.exists(path, key))) {
      throw new Error(
        `${key}: ${path} does not exist; write coverage before mlgate (coverage xml -o ${path}, or node --experimental-test-coverage --test-reporter=lcov)`,
      );
    }
    reports.push({ text: await workspace.readText(path, key), source: path });
  }
  return readCoverage(reports, workspace.root);
}

/** The cases whose file or class matches one of the globs. */
export function selectTests(
  cases: readonly TestCase[],
  globs: readonly RegExp[],
  root: string,
): TestCase[] {
  return cases.filter((testCase) =>
    testIdentities(testCase).some((identity) => matchesAny(globs, repositoryPath(identity, root))),
  );
}

export function testLabel(testCase: TestCase): string {
  const owner = testCase.file ?? testCase.classname;
  return owner ? `${owner} › ${testCase.name}` : testCase.name;
}
