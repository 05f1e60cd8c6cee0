/** The fake GitHub server with every feature mlgate uses: comments, Actions, checks, pulls, issues. */
import { FakeGitHubActions } from './fake-github-actions.ts';
import { FakeGitHubChecks } from './fake-github-checks.ts';
import { FakeGitHubIssues } from './fake-github-issues.ts';
import { FakeGitHubPulls } from './fake-github-pulls.ts';
import { type FakeGitHubOptions, FakeGitHubServer } from './fake-github-server.ts';

export interface FakeGitHub {
  server: FakeGitHubServer;
  actions: FakeGitHubActions;
  checks: FakeGitHubChecks;
  pulls: FakeGitHubPulls;
  issues: FakeGitHubIssues;
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const server = new FakeGitHubServer(options);
  const github = {
    server,
    actions: new FakeGitHubActions(server),
    checks: new FakeGitHubChecks(server),
    pulls: new FakeGitHubPulls(server),
    issues: new FakeGitHubIssues(server),
  };
  await server.start();
  return github;
}
