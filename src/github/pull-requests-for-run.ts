/**
 * The open pull requests a workflow run was for, found from trusted data only:
 * the run's head SHA and head repository, asked of the REST API. Never from
 * the report artifact, which the pull request itself produced.
 *
 * `workflow_run.pull_requests` in the payload is empty for pull requests from
 * forks, and GitHub's "pull requests associated with a commit" does not list a
 * commit that only exists in a fork, so when that finds nothing the open pull
 * requests are matched by head SHA, most recently updated first.
 */
import type { GitHubClient, PullRequestSummary, RepoRef } from './github-client.ts';
import type { TriggeringRun } from './triggering-run.ts';

export type PullRequestLookupClient = Pick<
  GitHubClient,
  'listPullRequestsForCommit' | 'listOpenPullRequests'
>;

/** Open PRs scanned at most (10 pages of 100) before giving up on a match. */
export const maxOpenPullRequestsScanned = 1_000;

export async function pullRequestsForRun(
  client: PullRequestLookupClient,
  repo: RepoRef,
  run: Pick<TriggeringRun, 'headSha' | 'headRepository'>,
): Promise<PullRequestSummary[]> {
  const base = `${repo.owner}/${repo.repo}`.toLowerCase();
  const matches = (pull: PullRequestSummary) =>
    pull.state === 'open' &&
    pull.headSha === run.headSha &&
    pull.baseRepo.toLowerCase() === base &&
    (run.headRepository === null ||
      pull.headRepo?.toLowerCase() === run.headRepository.toLowerCase());

  const associated = (await client.listPullRequestsForCommit(repo, run.headSha)).filter(matches);
  if (associated.length > 0) return associated;
  let scanned = 0;
  for await (const page of client.listOpenPullRequests(repo)) {
    const found = page.filter(matches);
    if (found.length > 0) return found;
    scanned += page.length;
    if (scanned >= maxOpenPullRequestsScanned) break;
  }
  return [];
}
