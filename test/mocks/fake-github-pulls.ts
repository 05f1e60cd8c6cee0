/**
 * Pull requests for the fake GitHub server: list open PRs, the PRs associated
 * with a commit, and a PR's changed files. As on github.com, a commit that only
 * exists in a fork is not associated with the PR by the commit endpoint (so
 * code must fall back to matching open PRs by head SHA).
 */
import { type FakeGitHubServer, notFound, paginated, type Route } from './fake-github-server.ts';

export interface FakePull {
  owner: string;
  repo: string;
  number: number;
  state: 'open' | 'closed';
  headSha: string;
  headRef: string;
  /** owner/repo of the head; another repository for a fork PR. */
  headRepo: string;
  baseSha: string;
  baseRef: string;
  files: string[];
  updatedAt: string;
}

export class FakeGitHubPulls {
  readonly pulls: FakePull[] = [];
  private readonly server: FakeGitHubServer;

  constructor(server: FakeGitHubServer) {
    this.server = server;
    server.onReset(() => {
      this.pulls.length = 0;
    });
    for (const route of this.routes()) server.addRoute(route);
  }

  seedPull(pull: Partial<FakePull> & Pick<FakePull, 'number' | 'headSha'>): FakePull {
    const stored: FakePull = {
      owner: 'Codertocat',
      repo: 'Hello-World',
      state: 'open',
      headRef: 'changes',
      headRepo: 'Codertocat/Hello-World',
      baseSha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
      baseRef: 'master',
      files: [],
      updatedAt: this.server.tick(),
      ...pull,
    };
    this.pulls.push(stored);
    return stored;
  }

  private json(pull: FakePull, url: URL) {
    const api = url.href.slice(0, url.href.indexOf('/repos/'));
    const [headOwner] = pull.headRepo.split('/');
    return {
      url: `${api}/repos/${pull.owner}/${pull.repo}/pulls/${pull.number}`,
      number: pull.number,
      state: pull.state,
      html_url: `${this.server.htmlUrl}/${pull.owner}/${pull.repo}/pull/${pull.number}`,
      updated_at: pull.updatedAt,
      head: {
        label: `${headOwner}:${pull.headRef}`,
        ref: pull.headRef,
        sha: pull.headSha,
        repo: { full_name: pull.headRepo, name: pull.headRepo.split('/')[1] },
      },
      base: {
        label: `${pull.owner}:${pull.baseRef}`,
        ref: pull.baseRef,
        sha: pull.baseSha,
        repo: { full_name: `${pull.owner}/${pull.repo}`, name: pull.repo },
      },
    };
  }

  private routes(): Route[] {
    const pulls = this;
    const inRepo = (owner?: string, repo?: string) =>
      pulls.pulls.filter((p) => p.owner === owner && p.repo === repo);
    return [
      {
        method: 'GET',
        pattern: /^\/repos\/([^/]+)\/([^/]+)\/commits\/([0-9a-f]{40})\/pulls$/,
        handle({ params: [owner, repo, sha], url }) {
          const found = inRepo(owner, repo).filter(
            (p) => p.headSha === sha && p.headRepo === `${owner}/${repo}`,
          );
          return paginated(
            found.map((p) => pulls.json(p, url)),
            url,
          );
        },
      },
      {
        method: 'GET',
        pattern: /^\/repos\/([^/]+)\/([^/]+)\/pulls$/,
        handle({ params: [owner, repo], query, url }) {
          const state = query.get('state') ?? 'open';
          const found = inRepo(owner, repo)
            .filter((p) => state === 'all' || p.state === state)
            .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
          return paginated(
            found.map((p) => pulls.json(p, url)),
            url,
          );
        },
      },
      {
        method: 'GET',
        pattern: /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/files$/,
        handle({ params: [owner, repo, number], url }) {
          const pull = inRepo(owner, repo).find((p) => p.number === Number(number));
          if (!pull) return notFound();
          return paginated(
            pull.files.map((filename, index) => ({
              sha: index.toString(16).padStart(40, '0'),
              filename,
              status: 'modified',
              additions: 1,
              deletions: 1,
              changes: 2,
            })),
            url,
          );
        },
      },
    ];
  }
}
