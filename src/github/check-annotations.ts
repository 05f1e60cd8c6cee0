/**
 * The report as check-run annotations: each finding that names a file the
 * pull request changes is marked at its line (GitHub shows those inline in
 * "Files changed"), and each config error at its line of mlgate.yml. Failures
 * come first, then warnings, then waived findings as notices, so that the first
 * 50 (one API request) are the ones that block.
 */
import path from 'node:path/posix';
import type { Report } from '../model/report-model.ts';
import type { AnnotationLevel, CheckAnnotation } from './github-client.ts';

export interface AnnotationScope {
  /** The `config` input: mlgate.yml relative to the working directory. */
  configPath: string;
  /** The `working-directory` input, relative to the repository root. */
  workingDirectory: string;
  /** Repository paths the PR changes; findings in other files are not annotated. Null: no filter. */
  changedFiles: ReadonlySet<string> | null;
}

export interface ReportAnnotations {
  /** Most severe first. */
  annotations: CheckAnnotation[];
  /** Findings with a file location outside the PR's changes (they stay in the report). */
  outsideChanges: number;
}

const levelOrder: Readonly<Record<AnnotationLevel, number>> = { failure: 0, warning: 1, notice: 2 };
const maxMessage = 4_000;
const maxTitle = 255;

export function reportAnnotations(report: Report, scope: AnnotationScope): ReportAnnotations {
  const annotations: CheckAnnotation[] = [];
  const configFile = repositoryPath(scope.workingDirectory, scope.configPath);
  for (const error of report.configErrors) {
    const parsed = parseConfigError(error, scope.configPath);
    if (!configFile) break;
    annotations.push({
      path: configFile,
      startLine: parsed.line ?? 1,
      endLine: parsed.line ?? 1,
      level: 'failure',
      title: clip(`mlgate config${parsed.key ? `: ${parsed.key}` : ''}`, maxTitle),
      message: clip(parsed.message, maxMessage),
    });
  }
  let outsideChanges = 0;
  for (const check of report.checks) {
    for (const finding of check.findings) {
      if (!finding.location) continue;
      const file = repositoryPath(scope.workingDirectory, finding.location.path);
      if (!file) continue;
      if (scope.changedFiles && !scope.changedFiles.has(file)) {
        outsideChanges++;
        continue;
      }
      const waived = finding.waiver !== undefined && !finding.waiver.expired;
      const line = finding.location.line ?? 1;
      const where = finding.location.line === undefined ? ' (whole file)' : '';
      const column = finding.location.column ? ` Column: ${finding.location.column}.` : '';
      const waiver = finding.waiver
        ? finding.waiver.expired
          ? ` The waiver by ${finding.waiver.owner} expired on ${finding.waiver.expires}.`
          : ` Waived by ${finding.waiver.owner} until ${finding.waiver.expires}: ${finding.waiver.reason}`
        : '';
      annotations.push({
        path: file,
        startLine: line,
        endLine: line,
        level: waived ? 'notice' : finding.severity === 'fail' ? 'failure' : 'warning',
        title: clip(`${check.title} (${check.id}: ${finding.id})${where}`, maxTitle),
        message: clip(`${finding.message}${column}${waiver}`, maxMessage),
      });
    }
  }
  // Array.prototype.sort is stable: report order is kept within a level.
  annotations.sort((a, b) => levelOrder[a.level] - levelOrder[b.level]);
  return { annotations, outsideChanges };
}

/**
 * A config error as formatConfigError writes it (`<file>:<line>: \`<key>\`: <message>`,
 * line and key optional). Errors without the file prefix (e.g. the file is
 * missing) are whole-file messages.
 */
export function parseConfigError(
  error: string,
  configPath: string,
): { line?: number; key?: string; message: string } {
  if (!error.startsWith(`${configPath}:`)) return { message: error };
  let rest = error.slice(configPath.length + 1);
  const result: { line?: number; key?: string; message: string } = { message: '' };
  const line = /^(\d+): /.exec(rest);
  if (line) {
    result.line = Number(line[1]);
    rest = rest.slice(line[0].length);
  } else {
    rest = rest.replace(/^ /, '');
  }
  const key = /^`([^`]+)`: /.exec(rest);
  if (key) {
    result.key = key[1]!;
    rest = rest.slice(key[0].length);
  }
  result.message = rest;
  return result;
}

/** `working-directory` + a path from the report, as a repository path; undefined if it leaves the repository. */
function repositoryPath(workingDirectory: string, file: string): string | undefined {
  const joined = path.normalize(path.join(workingDirectory.replaceAll('\\', '/'), file));
  if (joined.startsWith('../') || joined === '..' || path.isAbsolute(joined)) return undefined;
  return joined.replace(/^\.\//, '');
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
