/**
 * The action's shell: the only place that reads inputs, sets outputs and
 * fails the job. Everything it decides comes from runGate; it only moves the
 * report to where people see it (files, job summary, the sticky PR comment)
 * and makes the job status follow the verdict.
 */
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { context } from '@actions/github';
import { runGate } from './engine/run-gate.ts';
import { commentMarker } from './github/comment-marker.ts';
import { eventFromActions } from './github/event-context.ts';
import { createGitHubClient } from './github/github-client.ts';
import { upsertStickyComment } from './github/sticky-comment.ts';
import { parseActionInputs } from './inputs/action-inputs.ts';
import { nodeWorkspace } from './io/node-workspace.ts';
import { writeReportFiles } from './io/write-report-files.ts';
import { renderComment, renderSummary } from './report/render-comment.ts';
import { renderJson } from './report/render-json.ts';
import { mlgateVersion } from './version.ts';

export async function runAction(): Promise<void> {
  try {
    const parsed = parseActionInputs((name) => core.getInput(name));
    if (!parsed.success) {
      core.setFailed(`mlgate: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
      return;
    }
    const inputs = parsed.data;
    const event = eventFromActions({
      eventName: context.eventName,
      payload: context.payload,
      env: process.env,
    });
    const root = path.resolve(
      process.env.GITHUB_WORKSPACE ?? process.cwd(),
      inputs['working-directory'],
    );
    const { report } = await runGate({
      configPath: inputs.config,
      workspace: nodeWorkspace(root, {
        eventName: event.name,
        allowUntrustedCommands: inputs['allow-commands-on-privileged-events'],
      }),
      event,
      now: new Date(),
      mlgateVersion,
    });
    const commentKey = inputs['comment-key'];

    const summary = renderSummary(report, { commentKey });
    const files = await writeReportFiles(
      path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), `mlgate-${commentKey}`),
      summary,
      renderJson(report),
    );
    core.setOutput('passed', String(report.verdict.passed));
    core.setOutput('score', String(report.score.final));
    core.setOutput(
      'scores',
      JSON.stringify({
        ...Object.fromEntries(report.score.sections.map((s) => [s.section, s.score])),
        final: report.score.final,
      }),
    );
    core.setOutput('report-path', files.markdownPath);
    core.setOutput('report-json-path', files.jsonPath);

    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary).write();

    let commentId = '';
    if (inputs.comment === 'update' && event.pullRequest && event.repository) {
      const result = await upsertStickyComment({
        client: createGitHubClient({
          token: inputs['github-token'],
          apiUrl: process.env.GITHUB_API_URL,
          onRetry: (message) => core.info(message),
        }),
        ...event.repository,
        issueNumber: event.pullRequest.number,
        body: renderComment(report, { commentKey }),
        marker: commentMarker(commentKey),
        // pull_request_target runs with the base repository's token, which can write even for forks.
        fromFork: event.name === 'pull_request' && event.pullRequest.fromFork,
      }).catch((error: Error) => ({ action: 'failed' as const, message: error.message }));
      if (result.action === 'forbidden' || result.action === 'failed') {
        core.warning(result.message);
      } else {
        commentId = String(result.commentId);
        core.info(`mlgate: PR comment ${result.action}: ${result.url}`);
      }
    } else if (inputs.comment === 'update' && !event.pullRequest) {
      core.info(
        `mlgate: a ${event.name} run has no pull request; the report is in the job summary`,
      );
    }
    core.setOutput('comment-id', commentId);

    if (report.verdict.passed) {
      core.info(
        `mlgate: passed, ML Test Score ${report.score.final}. Report: ${files.markdownPath}`,
      );
    } else {
      for (const problem of report.configErrors) core.error(problem, { file: inputs.config });
      core.setFailed(
        `mlgate blocked this change:\n- ${[...report.configErrors, ...report.verdict.reasons].join('\n- ')}`,
      );
    }
  } catch (error) {
    core.setFailed(
      `mlgate failed before reaching a verdict, so the gate is closed: ${(error as Error).message}`,
    );
  }
}
