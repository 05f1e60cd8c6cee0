/**
 * The one way mlgate talks to the GitHub REST API: an Octokit from
 * @actions/github (proxy-aware fetch, Actions user agent) pointed at
 * GITHUB_API_URL so GitHub Enterprise Server works, with retries on server
 * errors and rate limits (see retry-policy.ts), and failures turned into
 * GitHubApiError. Code that needs GitHub takes the GitHubClient interface, so
 * tests can hand it a client for a local server or a fake.
 */
import { getOctokit } from '@actions/github';
import { GitHubApiError } from './github-api-error.ts';
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
}

export interface GitHubClientOptions {
  token: string;
  /** GITHUB_API_URL; https://api.github.com when unset. */
  apiUrl?: string | undefined;
  retry?: Partial<RetryOptions>;
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
        options.onRetry?.(
          `GitHub API ${failure.method} ${failure.path} answered ${failure.status}` +
            ` (${failure.message || 'no message'}); try ${attempt + 1} of ${retry.maxAttempts} in ${Math.ceil(delay / 1000)} s`,
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
