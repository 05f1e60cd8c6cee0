/**
 * Turns what the Actions runner provides (event name, the parsed event
 * payload, the GITHUB_* environment) into mlgate's RunEvent. Pure: the caller
 * reads GITHUB_EVENT_PATH.
 *
 * On `pull_request` and `pull_request_target` the report is about the PR head:
 * GITHUB_SHA there is the test merge commit (or the base tip for
 * `pull_request_target`), never what the author pushed.
 */
import * as z from 'zod';
import { githubLogin, type PullRequestInfo, type RunEvent } from '../model/run-event.ts';

export const pullRequestEventNames: readonly string[] = ['pull_request', 'pull_request_target'];

const branchTip = z.object({
  sha: z.string().regex(/^[0-9a-f]{40}$/, { error: 'expected a 40-hex commit SHA' }),
  ref: z.string().min(1),
  // null when the fork the PR came from has been deleted.
  repo: z.object({ full_name: z.string().min(1) }).nullable(),
});

const pullRequestPayload = z.object({
  pull_request: z.object({
    number: z.int().positive(),
    head: branchTip,
    base: branchTip.extend({ repo: z.object({ full_name: z.string().min(1) }) }),
    // Only a login GitHub could have issued: it becomes a waiver's suggested owner.
    user: z
      .object({ login: z.string().regex(githubLogin) })
      .optional()
      .catch(undefined),
  }),
});

const repositoryPayload = z.object({
  repository: z.object({ name: z.string().min(1), owner: z.object({ login: z.string().min(1) }) }),
});

export interface ActionsEventSource {
  /** GITHUB_EVENT_NAME. */
  eventName: string;
  /** The parsed JSON at GITHUB_EVENT_PATH (`{}` when the file is absent). */
  payload: unknown;
  env: Readonly<Record<string, string | undefined>>;
}

export function eventFromActions({ eventName, payload, env }: ActionsEventSource): RunEvent {
  if (!eventName) {
    throw new Error('GITHUB_EVENT_NAME is not set: mlgate must run as a GitHub Actions step');
  }
  const event: RunEvent = { name: eventName };
  const repository = repositoryOf(env, payload);
  if (repository) event.repository = repository;
  const ref = env.GITHUB_REF || undefined;
  if (ref) event.ref = ref;
  const runUrl = runUrlOf(env);
  if (runUrl) event.runUrl = runUrl;

  if (pullRequestEventNames.includes(eventName)) {
    event.pullRequest = pullRequestOf(eventName, payload);
    event.baseSha = event.pullRequest.baseSha;
    event.sha = event.pullRequest.headSha;
  } else if (env.GITHUB_SHA) {
    event.sha = env.GITHUB_SHA;
  }
  return event;
}

function pullRequestOf(eventName: string, payload: unknown): PullRequestInfo {
  const parsed = pullRequestPayload.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') : 'pull_request';
    throw new Error(
      `the ${eventName} event payload (GITHUB_EVENT_PATH) is missing or has a malformed \`${where}\`` +
        `${issue ? ` (${issue.message})` : ''}; run mlgate on an unmodified ${eventName} event`,
    );
  }
  const { number, head, base, user } = parsed.data.pull_request;
  return {
    number,
    ...(user === undefined ? {} : { author: user.login }),
    headSha: head.sha,
    baseSha: base.sha,
    baseRef: base.ref,
    headRef: head.ref,
    fromFork: head.repo?.full_name !== base.repo.full_name,
  };
}

function repositoryOf(
  env: ActionsEventSource['env'],
  payload: unknown,
): RunEvent['repository'] | undefined {
  const slug = env.GITHUB_REPOSITORY;
  if (slug) {
    const match = /^([^/\s]+)\/([^/\s]+)$/.exec(slug);
    if (!match) {
      throw new Error(`GITHUB_REPOSITORY is ${JSON.stringify(slug)}; expected owner/repo`);
    }
    return { owner: match[1]!, repo: match[2]! };
  }
  const parsed = repositoryPayload.safeParse(payload);
  return parsed.success
    ? { owner: parsed.data.repository.owner.login, repo: parsed.data.repository.name }
    : undefined;
}

/**
 * The run's page, built from GITHUB_SERVER_URL so it points at the right host
 * on GitHub Enterprise Server. The attempt number is left out on purpose: a
 * re-run then renders the same footer and makes no comment write.
 */
function runUrlOf(env: ActionsEventSource['env']): string | undefined {
  const { GITHUB_REPOSITORY: slug, GITHUB_RUN_ID: runId } = env;
  if (!slug || !runId) return undefined;
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  return `${server}/${slug}/actions/runs/${runId}`;
}
