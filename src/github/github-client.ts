/**
 * The one way mlgate talks to the GitHub REST API: an Octokit from
 * @actions/github (proxy-aware fetch, Actions user agent) pointed at
 * GITHUB_API_URL so GitHub Enterprise Server works, with retries on server
 * errors and rate limits (see retry-policy.ts) paid from one retry budget per
 * client (retry-budget.ts; the action makes one client per run), and failures
 * turned into GitHubApiError. Code that needs GitHub takes the GitHubClient
 * interface, so tests can hand it a client for a local server or a fake.
 */
import { getOctokit } from '@actions/github';
import { GitHubApiError } from './github-api-error.ts';
import { RetryBudget } from './retry-budget.ts';
import { defaultRetryOptions, type RetryOptions, retryDelayMs } from './retry-policy.ts';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface IssueComment {
  id: number;
  body: string;
  /** The author's login, e.g. `github-actions[bot]`. */
  author: string;
  /** The comment on github.com (html_url). */
  url: string;
}

export interface GitHubClient {
  /** An issue's or PR's comments, oldest first, one page of up to 100 at a time (Link headers). */
  listIssueComments(repo: RepoRef, issueNumber: number): AsyncIterable<IssueComment[]>;
  createIssueComment(repo: RepoRef, issueNumber: number, body: string): Promise<IssueComment>;
  updateIssueComment(repo: RepoRef, commentId: number, body: string): Promise<IssueComment>;
  /**
   * The token's own login (GET /user), or undefined when GitHub won't tell:
   * GITHUB_TOKEN and other app installation tokens get 403 there.
   */
  authenticatedLogin(): Promise<string | undefined>;

  /** A workflow's runs, newest first (at most `limit`), filtered as GitHub's list endpoint filters. */
  listWorkflowRuns(
    repo: RepoRef,
    workflow: number | string,
    filter: { branch: string; event: string; status: 'success' },
    limit: number,
  ): Promise<WorkflowRun[]>;
  getWorkflowRun(repo: RepoRef, runId: number): Promise<WorkflowRun>;
  /** A run's artifacts with this exact name (expired ones included, marked). */
  listRunArtifacts(repo: RepoRef, runId: number, name: string): Promise<RunArtifact[]>;

  /** PRs whose commits include `sha` (GitHub's "pull requests associated with a commit"). */
  listPullRequestsForCommit(repo: RepoRef, sha: string): Promise<PullRequestSummary[]>;
  /** Open PRs, most recently updated first, 100 per page. */
  listOpenPullRequests(repo: RepoRef): AsyncIterable<PullRequestSummary[]>;
  /** The paths a PR changes (new and, for renames, old), 100 per page; GitHub lists at most 3000. */
  listPullRequestFiles(repo: RepoRef, pullNumber: number): AsyncIterable<string[]>;

  createCheckRun(repo: RepoRef, checkRun: NewCheckRun): Promise<CheckRunRef>;
  /** Appends `output.annotations` to the check run's and replaces its title and summary. */
  updateCheckRun(repo: RepoRef, checkRunId: number, output: CheckRunOutput): Promise<CheckRunRef>;

  /** Open issues (not PRs) carrying `label`, oldest first, 100 per page. */
  listOpenIssues(repo: RepoRef, label: string): AsyncIterable<IssueSummary[]>;
  createIssue(
    repo: RepoRef,
    issue: { title: string; body: string; labels: string[] },
  ): Promise<IssueSummary>;
  updateIssue(
    repo: RepoRef,
    issueNumber: number,
    change: { title?: string; body?: string; state?: 'open' | 'closed' },
  ): Promise<IssueSummary>;
}

export interface WorkflowRun {
  id: number;
  workflowId: number;
  headSha: string;
  headBranch: string | null;
  event: string;
  conclusion: string | null;
  htmlUrl: string;
  createdAt: string;
}

export interface RunArtifact {
  id: number;
  name: string;
  sizeInBytes: number;
  expired: boolean;
  createdAt: string | null;
  /** The run that uploaded it, with the commit it ran on. */
  headSha: string | null;
}

export interface PullRequestSummary {
  number: number;
  state: string;
  headSha: string;
  headRef: string;
  /** owner/repo of the head branch; null when the fork was deleted. */
  headRepo: string | null;
  baseSha: string;
  baseRef: string;
  baseRepo: string;
}

export type AnnotationLevel = 'notice' | 'warning' | 'failure';

export interface CheckAnnotation {
  path: string;
  startLine: number;
  endLine: number;
  level: AnnotationLevel;
  title: string;
  message: string;
}

export interface CheckRunOutput {
  title: string;
  summary: string;
  text?: string;
  /** At most 50 per request: GitHub refuses more with 422. */
  annotations: CheckAnnotation[];
}

export interface NewCheckRun {
  name: string;
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral';
  /** ISO 8601; the run's clock, so tests stay deterministic. */
  completedAt: string;
  detailsUrl?: string;
  /** Our own id for the run, e.g. the comment key. */
  externalId?: string;
  output: CheckRunOutput;
}

export interface CheckRunRef {
  id: number;
  url: string;
}

export interface IssueSummary {
  number: number;
  title: string;
  body: string;
  author: string;
  url: string;
  labels: string[];
}

export interface GitHubClientOptions {
  token: string;
  /** GITHUB_API_URL; https://api.github.com when unset. */
  apiUrl?: string | undefined;
  retry?: Partial<RetryOptions>;
  /** The waiting all this client's retries may do together; default: 90 s (defaultRetryBudgetMs). */
  retryBudget?: RetryBudget;
  /** Injected by tests so backoff takes no time. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Told about each retry, e.g. core.info. */
  onRetry?: (message: string) => void;
}

export const defaultApiUrl = 'https://api.github.com';

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const octokit = createOctokit(options);
  let login: Promise<string | undefined> | undefined;
  return {
    async *listIssueComments({ owner, repo }, issueNumber) {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issueNumber,
        per_page: 100,
      });
      for await (const page of pages) yield page.data.map(toIssueComment);
    },
    async createIssueComment({ owner, repo }, issueNumber, body) {
      const { data } = await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: issueNumber,
        body,
      });
      return toIssueComment(data);
    },
    async updateIssueComment({ owner, repo }, commentId, body) {
      const { data } = await octokit.rest.issues.updateComment({
        owner,
        repo,
        comment_id: commentId,
        body,
      });
      return toIssueComment(data);
    },
    authenticatedLogin() {
      login ??= octokit.rest.users.getAuthenticated().then(
        ({ data }) => data.login,
        (error: unknown) => {
          if (error instanceof GitHubApiError && error.isPermissionDenied) return undefined;
          throw error;
        },
      );
      return login;
    },

    async listWorkflowRuns({ owner, repo }, workflow, filter, limit) {
      const { data } = await octokit.rest.actions.listWorkflowRuns({
        owner,
        repo,
        workflow_id: workflow,
        branch: filter.branch,
        event: filter.event,
        status: filter.status,
        exclude_pull_requests: true,
        per_page: Math.min(Math.max(limit, 1), 100),
      });
      return data.workflow_runs.slice(0, limit).map(toWorkflowRun);
    },
    async getWorkflowRun({ owner, repo }, runId) {
      const { data } = await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId });
      return toWorkflowRun(data);
    },
    async listRunArtifacts({ owner, repo }, runId, name) {
      const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({
        owner,
        repo,
        run_id: runId,
        name,
        per_page: 100,
      });
      return data.artifacts
        .filter((artifact) => artifact.name === name)
        .map((artifact) => ({
          id: artifact.id,
          name: artifact.name,
          sizeInBytes: artifact.size_in_bytes,
          expired: artifact.expired,
          createdAt: artifact.created_at ?? null,
          headSha: artifact.workflow_run?.head_sha ?? null,
        }));
    },

    async listPullRequestsForCommit({ owner, repo }, sha) {
      const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        owner,
        repo,
        commit_sha: sha,
        per_page: 100,
      });
      return data.map(toPullRequestSummary);
    },
    async *listOpenPullRequests({ owner, repo }) {
      const pages = octokit.paginate.iterator(octokit.rest.pulls.list, {
        owner,
        repo,
        state: 'open',
        sort: 'updated',
        direction: 'desc',
        per_page: 100,
      });
      for await (const page of pages) yield page.data.map(toPullRequestSummary);
    },
    async *listPullRequestFiles({ owner, repo }, pullNumber) {
      const pages = octokit.paginate.iterator(octokit.rest.pulls.listFiles, {
        owner,
        repo,
        pull_number: pullNumber,
        per_page: 100,
      });
      for await (const page of pages) {
        yield page.data.flatMap((file) =>
          file.previous_filename ? [file.filename, file.previous_filename] : [file.filename],
        );
      }
    },

    async createCheckRun({ owner, repo }, checkRun) {
      const { data } = await octokit.rest.checks.create({
        owner,
        repo,
        name: checkRun.name,
        head_sha: checkRun.headSha,
        status: 'completed',
        conclusion: checkRun.conclusion,
        completed_at: checkRun.completedAt,
        ...(checkRun.detailsUrl ? { details_url: checkRun.detailsUrl } : {}),
        ...(checkRun.externalId ? { external_id: checkRun.externalId } : {}),
        output: toCheckRunOutput(checkRun.output),
      });
      return { id: data.id, url: data.html_url ?? '' };
    },
    async updateCheckRun({ owner, repo }, checkRunId, output) {
      const { data } = await octokit.rest.checks.update({
        owner,
        repo,
        check_run_id: checkRunId,
        output: toCheckRunOutput(output),
      });
      return { id: data.id, url: data.html_url ?? '' };
    },

    async *listOpenIssues({ owner, repo }, label) {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
        owner,
        repo,
        state: 'open',
        labels: label,
        sort: 'created',
        direction: 'asc',
        per_page: 100,
      });
      for await (const page of pages) {
        // The issues endpoint lists pull requests too; they carry `pull_request`.
        yield page.data.filter((issue) => !issue.pull_request).map(toIssueSummary);
      }
    },
    async createIssue({ owner, repo }, issue) {
      const { data } = await octokit.rest.issues.create({ owner, repo, ...issue });
      return toIssueSummary(data);
    },
    async updateIssue({ owner, repo }, issueNumber, change) {
      const { data } = await octokit.rest.issues.update({
        owner,
        repo,
        issue_number: issueNumber,
        ...change,
        ...(change.state === 'closed' ? { state_reason: 'completed' as const } : {}),
      });
      return toIssueSummary(data);
    },
  };
}

function toWorkflowRun(data: {
  id: number;
  workflow_id: number;
  head_sha: string;
  head_branch: string | null;
  event: string;
  conclusion: string | null;
  html_url: string;
  created_at: string;
}): WorkflowRun {
  return {
    id: data.id,
    workflowId: data.workflow_id,
    headSha: data.head_sha,
    headBranch: data.head_branch,
    event: data.event,
    conclusion: data.conclusion,
    htmlUrl: data.html_url,
    createdAt: data.created_at,
  };
}

function toPullRequestSummary(data: {
  number: number;
  state: string;
  head: { sha: string; ref: string; repo: { full_name: string } | null };
  base: { sha: string; ref: string; repo: { full_name: string } };
}): PullRequestSummary {
  return {
    number: data.number,
    state: data.state,
    headSha: data.head.sha,
    headRef: data.head.ref,
    headRepo: data.head.repo?.full_name ?? null,
    baseSha: data.base.sha,
    baseRef: data.base.ref,
    baseRepo: data.base.repo.full_name,
  };
}

function toCheckRunOutput(output: CheckRunOutput) {
  return {
    title: output.title,
    summary: output.summary,
    ...(output.text === undefined ? {} : { text: output.text }),
    annotations: output.annotations.map((annotation) => ({
      path: annotation.path,
      start_line: annotation.startLine,
      end_line: annotation.endLine,
      annotation_level: annotation.level,
      title: annotation.title,
      message: annotation.message,
    })),
  };
}

function toIssueSummary(data: {
  number: number;
  title: string;
  body?: string | null | undefined;
  user: { login: string } | null;
  html_url: string;
  labels: (string | { name?: string | undefined })[];
}): IssueSummary {
  return {
    number: data.number,
    title: data.title,
    body: data.body ?? '',
    author: data.user?.login ?? '',
    url: data.html_url,
    labels: data.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? ''))),
  };
}

function toIssueComment(data: {
  id: number;
  body?: string | undefined;
  user: { login: string } | null;
  html_url: string;
}): IssueComment {
  return { id: data.id, body: data.body ?? '', author: data.user?.login ?? '', url: data.html_url };
}

function createOctokit(options: GitHubClientOptions) {
  if (!options.token) {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the workflow expression, verbatim.
    const expression = '${{ github.token }}';
    throw new Error(
      `the \`github-token\` input is empty; keep its default \`${expression}\` or pass a token with \`pull-requests: write\``,
    );
  }
  const baseUrl = (options.apiUrl || defaultApiUrl).replace(/\/+$/, '');
  const retry = { ...defaultRetryOptions, ...options.retry };
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = options.now ?? Date.now;
  const budget = options.retryBudget ?? new RetryBudget();
  const octokit = getOctokit(options.token, { baseUrl });

  octokit.hook.wrap('request', async (request, requestOptions) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await request(requestOptions);
      } catch (error) {
        if (!isRequestError(error)) throw error;
        const failure = describeFailure(error, baseUrl);
        const delay = retryDelayMs({ ...failure, attempt }, retry, now());
        if (delay === undefined) throw new GitHubApiError({ ...failure, attempts: attempt });
        const shortfall = budget.take(delay);
        if (shortfall) throw new GitHubApiError({ ...failure, attempts: attempt, shortfall });
        options.onRetry?.(
          `GitHub API ${failure.method} ${failure.path} answered ${failure.status}` +
            ` (${failure.message || 'no message'}); try ${attempt + 1} of ${retry.maxAttempts} in ${Math.ceil(delay / 1000)} s` +
            ` (${Math.floor(budget.leftMs / 1000)} s of the run's retry budget left after it)`,
        );
        await sleep(delay);
      }
    }
  });
  return octokit;
}

/**
 * Octokit's RequestError (HTTP errors, and network failures as status 500),
 * recognised by shape: @octokit/request-error is not our dependency.
 */
interface RequestErrorShape {
  status: number;
  message: string;
  request: { method: string; url: string };
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

function isRequestError(error: unknown): error is RequestErrorShape {
  if (!(error instanceof Error) || !('status' in error) || !('request' in error)) return false;
  const request = error.request as { method?: unknown; url?: unknown } | undefined;
  return (
    typeof error.status === 'number' &&
    typeof request?.method === 'string' &&
    typeof request.url === 'string'
  );
}

function describeFailure(error: RequestErrorShape, baseUrl: string) {
  const headers = error.response?.headers ?? {};
  const data = error.response?.data;
  const apiMessage =
    typeof data === 'object' &&
    data !== null &&
    'message' in data &&
    typeof data.message === 'string'
      ? data.message
      : error.message;
  const url = error.request.url;
  const accepted = headers['x-accepted-github-permissions'];
  return {
    status: error.status,
    method: error.request.method,
    path: url.startsWith(baseUrl) ? url.slice(baseUrl.length) : url,
    message: apiMessage,
    apiMessage,
    headers,
    acceptedPermissions: accepted === undefined ? undefined : String(accepted),
  };
}
