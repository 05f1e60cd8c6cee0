/**
 * What a mode of the action gets from the shell (src/main.ts) and gives back.
 * main.ts reads the inputs and the runner's environment, builds the GitHub
 * client and the artifact store, and after the mode returns it sets the
 * outputs and fails the job with `failure`; a mode never touches
 * @actions/core itself, so tests run it in-process with fakes.
 */
import type { ArtifactStore } from '../github/artifact-store.ts';
import type { GitHubClient } from '../github/github-client.ts';
import type { ActionInputs } from '../inputs/action-inputs.ts';

export interface ModeLog {
  info(message: string): void;
  warning(message: string): void;
  /** An error annotation, at a file (relative to the repository root) and line when known. */
  error(message: string, where?: { file: string; line?: number }): void;
}

export interface ModeContext {
  inputs: ActionInputs;
  /** GITHUB_EVENT_NAME. */
  eventName: string;
  /** The parsed event payload (GITHUB_EVENT_PATH). */
  payload: unknown;
  env: Readonly<Record<string, string | undefined>>;
  now: Date;
  /** Milliseconds on a monotonic clock, for how long each check ran. */
  elapsedMs(): number;
  log: ModeLog;
  /** The GitHub API client for the `github-token` input; throws when the token is empty. */
  github(): GitHubClient;
  artifacts: ArtifactStore;
  /** Appends Markdown to the job summary. */
  writeSummary(markdown: string): Promise<void>;
}

export interface ModeResult {
  /** Every output of action.yml, empty when it does not apply. */
  outputs: ActionOutputs;
  /** Fails the job with this message (the gate blocked, or the mode could not do its job). */
  failure?: string;
}

export interface ActionOutputs {
  passed: string;
  score: string;
  scores: string;
  'report-path': string;
  'report-json-path': string;
  'comment-id': string;
  'artifact-id': string;
  'check-run-id': string;
  'issue-number': string;
  'production-source': string;
  /** Deprecated: the old name of `production-source`, set to the same value. */
  'production-baseline': string;
}

export function emptyOutputs(): ActionOutputs {
  return {
    passed: '',
    score: '',
    scores: '',
    'report-path': '',
    'report-json-path': '',
    'comment-id': '',
    'artifact-id': '',
    'check-run-id': '',
    'issue-number': '',
    'production-source': '',
    'production-baseline': '',
  };
}
