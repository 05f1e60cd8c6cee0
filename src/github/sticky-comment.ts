/**
 * One report comment per PR (and comment key), edited in place on every run.
 * The previous comment is the oldest one that carries the hidden marker AND was
 * written by the token's own account, so a user quoting the report (marker
 * included) can never get their comment overwritten or hijack ours.
 */
import { GitHubApiError } from './github-api-error.ts';
import type { GitHubClient, IssueComment } from './github-client.ts';

/** The author of comments written with GITHUB_TOKEN; GET /user can't tell us that. */
export const githubActionsBot = 'github-actions[bot]';

/** GitHub refuses longer comment bodies with 422. */
export const maxCommentLength = 65_536;

export type StickyCommentClient = Pick<
  GitHubClient,
  'listIssueComments' | 'createIssueComment' | 'updateIssueComment' | 'authenticatedLogin'
>;

export interface StickyCommentOptions {
  client: StickyCommentClient;
  owner: string;
  repo: string;
  issueNumber: number;
  body: string;
  /** From commentMarker(key); appended to the body when the body lacks it. */
  marker: string;
  /**
   * Whose comments count as ours. Default: the token's login from GET /user
   * (a personal access token), else github-actions[bot] (GITHUB_TOKEN). Set it
   * for a GitHub App token, whose comments are by `<app-slug>[bot]`.
   */
  author?: string | undefined;
  /** The PR comes from a fork; makes the 403 advice precise. */
  fromFork?: boolean | undefined;
}

export type StickyCommentResult =
  | { action: 'created' | 'updated' | 'unchanged'; commentId: number; url: string }
  | { action: 'forbidden'; message: string };

export async function upsertStickyComment(
  options: StickyCommentOptions,
): Promise<StickyCommentResult> {
  const { client, owner, repo, issueNumber, marker } = options;
  const body = options.body.includes(marker) ? options.body : `${options.body}\n\n${marker}\n`;
  if (body.length > maxCommentLength) {
    throw new Error(
      `the report comment is ${body.length} characters; GitHub accepts at most ${maxCommentLength}. ` +
        'The comment renderer must shorten it (the full report belongs in the job summary)',
    );
  }
  try {
    const author = options.author ?? (await client.authenticatedLogin()) ?? githubActionsBot;
    const previous = await findPrevious(client, { owner, repo }, issueNumber, marker, author);
    if (!previous) {
      const created = await client.createIssueComment({ owner, repo }, issueNumber, body);
      return { action: 'created', commentId: created.id, url: created.url };
    }
    if (normalized(previous.body) === normalized(body)) {
      return { action: 'unchanged', commentId: previous.id, url: previous.url };
    }
    const updated = await client.updateIssueComment({ owner, repo }, previous.id, body);
    return { action: 'updated', commentId: updated.id, url: updated.url };
  } catch (error) {
    if (error instanceof GitHubApiError && error.isPermissionDenied) {
      return { action: 'forbidden', message: forbiddenAdvice(error, options.fromFork === true) };
    }
    throw error;
  }
}

async function findPrevious(
  client: StickyCommentClient,
  repo: { owner: string; repo: string },
  issueNumber: number,
  marker: string,
  author: string,
): Promise<IssueComment | undefined> {
  const login = author.toLowerCase(); // GitHub logins are case-insensitive.
  for await (const page of client.listIssueComments(repo, issueNumber)) {
    const match = page.find((c) => c.author.toLowerCase() === login && c.body.includes(marker));
    if (match) return match;
  }
  return undefined;
}

/** GitHub may hand back CRLF line ends and drop trailing whitespace; neither is a change. */
function normalized(text: string): string {
  return text.replace(/\r\n/g, '\n').trimEnd();
}

function forbiddenAdvice(error: GitHubApiError, fromFork: boolean): string {
  const refused = `GitHub refused to write the PR comment (${error.method} ${error.path}: 403 "${error.apiMessage}")`;
  const fallback =
    'The full report is in the job summary, and the job status still follows the verdict.';
  if (fromFork) {
    return (
      `${refused}: pull requests from forks get a read-only token. ${fallback} ` +
      "To comment on fork PRs, use the two-workflow setup in mlgate's docs/pull-request-comments.md: " +
      '`mode: evaluate` on `pull_request` uploads the report, `mode: publish` on `workflow_run` ' +
      '(with `pull-requests: write` and `checks: write`) posts it. Never check out and run PR code ' +
      'under `pull_request_target` or `workflow_run`.'
    );
  }
  const needs = error.acceptedPermissions ? ` (GitHub asks for: ${error.acceptedPermissions})` : '';
  return (
    `${refused}: the token cannot write pull request comments${needs}. ${fallback} ` +
    'Give the job `permissions: { pull-requests: write, contents: read }`, or pass a ' +
    "`github-token` that has that permission. If this run is a fork PR, see mlgate's docs/pull-request-comments.md."
  );
}
