/**
 * The report as check-run annotations: each finding that names a file the
 * pull request changes is marked at its line (GitHub shows those inline in
 * "Files changed"), and each config error at its line of mlgate.yml. Failures
 * come first, then warnings, then waived findings as notices, so that the first
 * 50 (one API request) are the ones that block.
 */
import path from 'node:path/posix';
import { configProblem } from '../config/format-config-error.ts';
import type { ConfigError } from '../model/config-error.ts';
import { resultKey } from '../model/instance-key.ts';
import type { Report } from '../model/report-model.ts';
import type { AnnotationLevel, CheckAnnotation } from './github-client.ts';

export interface AnnotationScope {
  /** The `working-directory` input, relative to the repository root. */
  workingDirectory: string;
  /**
   * The `config` input, relative to the working directory. In publish mode the report comes from
   * an untrusted artifact, so config errors are annotated only on this trusted file, never on a
   * file the report names.
   */
  configPath: string;
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
  for (const error of report.configErrors) {
    const annotation = configErrorAnnotation(error, scope);
    if (annotation) annotations.push(annotation);
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
        title: clip(`${check.title} (${resultKey(check)}: ${finding.id})${where}`, maxTitle),
        message: clip(`${finding.message}${column}${waiver}`, maxMessage),
      });
    }
  }
  // Array.prototype.sort is stable: report order is kept within a level.
  annotations.sort((a, b) => levelOrder[a.level] - levelOrder[b.level]);
  return { annotations, outsideChanges };
}

/**
 * A config error annotated whatever the PR changes: it blocks the gate on its
 * own. It marks the config file at the error's line, or at line 1 when the error
 * has none or names another file; a config outside the repository is not annotated.
 */
function configErrorAnnotation(
  error: ConfigError,
  scope: AnnotationScope,
): CheckAnnotation | undefined {
  const file = repositoryPath(scope.workingDirectory, scope.configPath);
  if (!file) return undefined;
  const line = (error.file === scope.configPath ? error.line : undefined) ?? 1;
  return {
    path: file,
    startLine: line,
    endLine: line,
    level: 'failure',
    title: clip(`mlgate config${error.key ? `: ${error.key}` : ''}`, maxTitle),
    message: clip(configProblem(error), maxMessage),
  };
}

/** `working-directory` + a path from the report, as a repository path; undefined if it leaves the repository. */
function repositoryPath(workingDirectory: string, file: string): string | undefined {
  // `postgres:ml.table` (a query source) and `step:train/model.json` (a step's fresh output) name
  // no file in the pull request's tree, so GitHub has nothing to annotate.
  if (/^[a-z][a-z0-9+.-]*:/i.test(file)) return undefined;
  const joined = path.normalize(path.join(workingDirectory.replaceAll('\\', '/'), file));
  if (joined.startsWith('../') || joined === '..' || path.isAbsolute(joined)) return undefined;
  return joined.replace(/^\.\//, '');
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
