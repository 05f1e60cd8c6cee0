/** A GitHub login: letters, digits and single hyphens, at most 39 characters (bots end in `[bot]`). */
export const githubLogin = /^[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}(?:\[bot\])?$/;

/** What triggered the run, independent of where it came from (Actions payload or local CLI). */
export interface PullRequestInfo {
  number: number;
  /** The PR head commit, not the test merge commit that GITHUB_SHA names. */
  headSha: string;
  baseSha: string;
  baseRef: string;
  headRef: string;
  /** True when the head lives in another repository (on `pull_request`, its token is read-only). */
  fromFork: boolean;
  /** The PR author's login, suggested as the owner of a waiver. */
  author?: string;
}

export interface RunEvent {
  /** `pull_request`, `push`, `schedule`, `workflow_dispatch`, … or `local` for the CLI. */
  name: string;
  repository?: { owner: string; repo: string };
  /** The commit the report is about: the PR head on PRs, GITHUB_SHA otherwise. */
  sha?: string;
  ref?: string;
  pullRequest?: PullRequestInfo;
  /**
   * The revision that holds production: the PR's base commit, or `--base` on the
   * command line. Checks that compare with production read files at it.
   */
  baseSha?: string;
  /** Link to the workflow run, for the report footer. */
  runUrl?: string;
  /** Where production's files came from, when a baseline artifact was asked for. */
  production?: ProductionBaseline;
}

/**
 * Production's accepted state across runs (action input `production-files`): files the
 * default branch's latest successful run accepted, offered to checks as the
 * files at `baseSha` (see src/modes/production-files-workspace.ts).
 */
export interface ProductionBaseline {
  /**
   * `artifact`: `files` came from that run's artifact, any other file from git at
   * `baseSha`; `base-ref`: the artifact could not be used, `note` says why, and
   * every production file came from git at `baseSha`.
   */
  source: 'artifact' | 'base-ref';
  /** Files taken from the artifact, relative to the working directory. */
  files: string[];
  artifact?: { name: string; runId: number; runUrl: string; sha: string; createdAt: string };
  note?: string;
}
