/**
 * Issues for the fake GitHub server: list (open/closed, by label; pull requests
 * included, as GitHub does), create (unknown labels are created), update
 * (body, title, state). Their comments use the server's issue-comment routes.
 */
import {
  docsBase,
  type FakeGitHubServer,
  notFound,
  paginated,
  type Route,
  unprocessable,
} from './fake-github-server.ts';

export interface StoredIssue {
  owner: string;
  repo: string;
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason: string | null;
  labels: string[];
  author: { login: string; type: 'Bot' | 'User' };
  /** A pull request, which the issues endpoints list as well. */
  isPullRequest: boolean;
  createdAt: string;
}

const issuesDocs = `${docsBase}/issues/issues`;

export class FakeGitHubIssues {
  readonly issues: StoredIssue[] = [];
  private nextNumber = 100;

  constructor(server: FakeGitHubServer) {
    server.onReset(() => {
      this.issues.length = 0;
      this.nextNumber = 100;
    });
    for (const route of this.routes()) server.addRoute(route);
  }

  seedIssue(
    issue: Partial<Omit<StoredIssue, 'author'>> & Pick<StoredIssue, 'title'> & { author?: string },
    server: FakeGitHubServer,
  ): StoredIssue {
    const login = issue.author ?? 'octocat';
    const stored: StoredIssue = {
      owner: 'Codertocat',
      repo: 'Hello-World',
      number: this.nextNumber++,
      body: '',
      state: 'open',
      stateReason: null,
      labels: [],
      isPullRequest: false,
      createdAt: server.tick(),
      ...issue,
      author: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
    };
    this.issues.push(stored);
    return stored;
  }

  private json(issue: StoredIssue, server: FakeGitHubServer) {
    return {
      number: issue.number,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      state_reason: issue.stateReason,
      html_url: `${server.htmlUrl}/${issue.owner}/${issue.repo}/${issue.isPullRequest ? 'pull' : 'issues'}/${issue.number}`,
      user: { login: issue.author.login, type: issue.author.type },
      labels: issue.labels.map((name) => ({ name, color: 'ededed' })),
      created_at: issue.createdAt,
      ...(issue.isPullRequest ? { pull_request: { url: 'https://api.github.com/pulls' } } : {}),
    };
  }

  private routes(): Route[] {
    const issues = this;
    const find = (owner?: string, repo?: string, number?: string) =>
      issues.issues.find(
        (i) => i.owner === owner && i.repo === repo && i.number === Number(number),
      );
    return [
      {
        method: 'GET',
        pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues$/,
        handle({ params: [owner, repo], query, server, url }) {
          const state = query.get('state') ?? 'open';
          const labels = (query.get('labels') ?? '').split(',').filter(Boolean);
          const found = issues.issues
            .filter(
              (i) =>
                i.owner === owner &&
                i.repo === repo &&
                (state === 'all' || i.state === state) &&
                labels.every((label) => i.labels.includes(label)),
            )
            .sort((a, b) =>
              query.get('direction') === 'asc' ? a.number - b.number : b.number - a.number,
            );
          return paginated(
            found.map((i) => issues.json(i, server)),
            url,
          );
        },
      },
      {
        method: 'POST',
        pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues$/,
        write: true,
        permissions: 'issues=write',
        docs: `${issuesDocs}#create-an-issue`,
        handle({ params: [owner, repo], body, caller, server }) {
          const request = body as { title?: unknown; body?: unknown; labels?: unknown };
          if (typeof request.title !== 'string' || !request.title) {
            return unprocessable('Invalid request.\n\n"title" wasn\'t supplied.', issuesDocs);
          }
          if (typeof request.body === 'string' && request.body.length > 65_536) {
            return unprocessable('body is too long (maximum is 65536 characters)', issuesDocs);
          }
          const issue: StoredIssue = {
            owner: owner!,
            repo: repo!,
            number: issues.nextNumber++,
            title: request.title,
            body: typeof request.body === 'string' ? request.body : '',
            state: 'open',
            stateReason: null,
            labels: Array.isArray(request.labels) ? request.labels.map(String) : [],
            author: { login: caller.login, type: caller.type },
            isPullRequest: false,
            createdAt: server.tick(),
          };
          issues.issues.push(issue);
          return { status: 201, body: issues.json(issue, server) };
        },
      },
      {
        method: 'PATCH',
        pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/,
        write: true,
        permissions: 'issues=write',
        docs: `${issuesDocs}#update-an-issue`,
        handle({ params: [owner, repo, number], body, server }) {
          const issue = find(owner, repo, number);
          if (!issue) return notFound();
          const change = body as {
            title?: string;
            body?: string;
            state?: 'open' | 'closed';
            state_reason?: string;
          };
          if (change.body !== undefined && change.body.length > 65_536) {
            return unprocessable('body is too long (maximum is 65536 characters)', issuesDocs);
          }
          if (change.title !== undefined) issue.title = change.title;
          if (change.body !== undefined) issue.body = change.body;
          if (change.state !== undefined) {
            issue.state = change.state;
            issue.stateReason =
              change.state === 'closed' ? (change.state_reason ?? 'completed') : null;
          }
          return { status: 200, body: issues.json(issue, server) };
        },
      },
    ];
  }
}
