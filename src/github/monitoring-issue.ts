/**
 * The monitoring loop's one issue per comment key: opened when a scheduled (or
 * manually dispatched) run fails the gate (it blocks), its body kept up to
 * date with the latest report while the runs keep failing, and closed with a
 * comment once a run passes again. Like the sticky comment, the issue is found again by a
 * hidden marker written by the token's own account, and carries a label so the
 * search stays one short list.
 */

import type { Report } from '../model/report-model.ts';
import { monitoringMarker } from '../report/comment-marker.ts';
import { commentLimit, type SizeLimit } from '../report/fit-comment.ts';
import { renderComment } from '../report/render-comment.ts';
import { GitHubApiError } from './github-api-error.ts';
import type { GitHubClient, IssueSummary, RepoRef } from './github-client.ts';
import { githubActionsBot } from './sticky-comment.ts';

export const monitoringLabel = 'mlgate-monitoring';

export type MonitoringIssueClient = Pick<
  GitHubClient,
  'listOpenIssues' | 'createIssue' | 'updateIssue' | 'createIssueComment' | 'authenticatedLogin'
>;

export interface MonitoringIssueOptions {
  client: MonitoringIssueClient;
  repo: RepoRef;
  commentKey: string;
  report: Report;
  /** Whose issues count as ours; default as for the sticky comment. */
  author?: string | undefined;
}

export type MonitoringIssueResult =
  | { action: 'opened' | 'updated' | 'unchanged' | 'closed'; number: number; url: string }
  | { action: 'none' }
  | { action: 'forbidden'; message: string };

export async function syncMonitoringIssue(
  options: MonitoringIssueOptions,
): Promise<MonitoringIssueResult> {
  const { client, repo, commentKey, report } = options;
  const marker = monitoringMarker(commentKey);
  try {
    const author = options.author ?? (await client.authenticatedLogin()) ?? githubActionsBot;
    const open = await findOpenIssue(client, repo, marker, author);
    if (report.verdict.passed) {
      if (!open) return { action: 'none' };
      await client.createIssueComment(repo, open.number, closingComment(report));
      const closed = await client.updateIssue(repo, open.number, { state: 'closed' });
      return { action: 'closed', number: closed.number, url: closed.url };
    }
    const body = issueBody(report, commentKey, marker);
    if (!open) {
      const created = await client.createIssue(repo, {
        title: issueTitle(commentKey),
        body,
        labels: [monitoringLabel],
      });
      return { action: 'opened', number: created.number, url: created.url };
    }
    if (open.body.replace(/\r\n/g, '\n').trimEnd() === body.trimEnd()) {
      return { action: 'unchanged', number: open.number, url: open.url };
    }
    const updated = await client.updateIssue(repo, open.number, { body });
    return { action: 'updated', number: updated.number, url: updated.url };
  } catch (error) {
    if (error instanceof GitHubApiError && error.isPermissionDenied) {
      return {
        action: 'forbidden',
        message:
          `GitHub refused to open or update the monitoring issue (${error.method} ${error.path}: 403 "${error.apiMessage}"): ` +
          'give the job `permissions: { issues: write }`, or set `issue: off`. ' +
          'The report is in the job summary, and the job status still follows the verdict.',
      };
    }
    throw error;
  }
}

export function issueTitle(commentKey: string): string {
  return `mlgate monitoring${commentKey === 'default' ? '' : ` (${commentKey})`}: the gate blocks`;
}

function issueBody(report: Report, commentKey: string, marker: string): string {
  const run = isRunUrl(report.event.runUrl)
    ? `[this run](${report.event.runUrl})`
    : 'the latest run';
  const header = [
    marker,
    `> [!WARNING]`,
    `> mlgate's scheduled monitoring run **failed** the gate (${run}, ${report.generatedAt.slice(0, 16).replace('T', ' ')} UTC).`,
    '> mlgate updates this issue while the runs keep failing and closes it when a run passes again.',
    '',
  ].join('\n');
  const limit: SizeLimit = {
    ...commentLimit,
    maximum: commentLimit.maximum - commentLimit.measure(header),
  };
  return `${header}\n${renderComment(report, { commentKey, limit })}`;
}

function closingComment(report: Report): string {
  const run = isRunUrl(report.event.runUrl) ? ` ([run](${report.event.runUrl}))` : '';
  return `✅ mlgate's monitoring run passes the gate again${run}, with ML Test Score ${report.score.final}. Closing this issue.`;
}

async function findOpenIssue(
  client: MonitoringIssueClient,
  repo: RepoRef,
  marker: string,
  author: string,
): Promise<IssueSummary | undefined> {
  const login = author.toLowerCase();
  for await (const page of client.listOpenIssues(repo, monitoringLabel)) {
    const match = page.find((i) => i.author.toLowerCase() === login && i.body.includes(marker));
    if (match) return match;
  }
  return undefined;
}

/** A plain http(s) link that can't break out of Markdown's `(…)`. */
function isRunUrl(url: string | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\/[^\s<>()"'`\\]+$/.test(url);
}
