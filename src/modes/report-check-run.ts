/**
 * Creates the check run for a report on the PR head commit: the report as its
 * summary, annotations for findings in the files the PR changes and for config
 * errors. The changed files come from the REST API (the publish job has no
 * checkout); if they can't be listed every located finding is annotated.
 * Writes skipped for the retry budget are logged as warnings and returned, so
 * the mode can list them in the job summary.
 */
import { reportAnnotations } from '../github/check-annotations.ts';
import { checkRunName, publishCheckRun } from '../github/check-run.ts';
import type { RepoRef } from '../github/github-client.ts';
import { errorMessage } from '../model/error-message.ts';
import type { Report } from '../model/report-model.ts';
import { escapeMarkdown } from '../report/escape-markdown.ts';
import { renderComment } from '../report/render-comment.ts';
import type { ModeContext } from './mode-context.ts';

/** Most files GitHub lists for one pull request. */
const maxListedFiles = 3_000;

export type CheckRunOutcome =
  | { created: true; id: string; skipped: string[] }
  | { created: false; problem: string; forbidden: boolean };

export interface CheckRunTarget {
  repo: RepoRef;
  headSha: string;
  pullNumber?: number | undefined;
  detailsUrl?: string;
  /** Plain sentences for the end of the summary, e.g. earlier writes of this run that were skipped. */
  notes?: readonly string[];
}

export async function createReportCheckRun(
  context: ModeContext,
  target: CheckRunTarget,
  report: Report,
): Promise<CheckRunOutcome> {
  const { inputs, log } = context;
  const commentKey = inputs['comment-key'];
  try {
    const client = context.github();
    const changedFiles =
      target.pullNumber === undefined
        ? null
        : await changedFilesOf(context, target.repo, target.pullNumber);
    const { annotations, outsideChanges } = reportAnnotations(report, {
      workingDirectory: inputs['working-directory'],
      configPath: inputs.config,
      changedFiles,
    });
    const outside =
      outsideChanges > 0
        ? `\n\n_${outsideChanges} finding(s) are in files this pull request does not change: they are listed in the report above, not annotated._`
        : '';
    const notes = (target.notes ?? []).map((note) => `\n\n_${escapeMarkdown(note)}_`).join('');
    const result = await publishCheckRun({
      client,
      repo: target.repo,
      headSha: target.headSha,
      name: checkRunName(commentKey),
      report,
      summary: renderComment(report, { commentKey }) + outside + notes,
      annotations,
      completedAt: context.now.toISOString(),
      detailsUrl: target.detailsUrl,
      externalId: commentKey,
    });
    if (result.action === 'forbidden') {
      log.warning(result.message);
      return { created: false, problem: result.message, forbidden: true };
    }
    log.info(
      `mlgate: check run ${checkRunName(commentKey)} created with ${result.annotations} annotation(s): ${result.url}`,
    );
    for (const note of result.skipped) log.warning(`mlgate: ${note}`);
    return { created: true, id: String(result.id), skipped: result.skipped };
  } catch (error) {
    const problem = `creating the check run failed: ${errorMessage(error)}`;
    log.warning(`mlgate: ${problem}`);
    return { created: false, problem, forbidden: false };
  }
}

async function changedFilesOf(
  context: ModeContext,
  repo: RepoRef,
  pullNumber: number,
): Promise<Set<string> | null> {
  const files = new Set<string>();
  try {
    for await (const page of context.github().listPullRequestFiles(repo, pullNumber)) {
      for (const file of page) files.add(file);
      if (files.size >= maxListedFiles) break;
    }
    return files;
  } catch (error) {
    context.log.info(
      `mlgate: could not list the files of PR #${pullNumber} (${errorMessage(error)}); annotating every finding with a location`,
    );
    return null;
  }
}
