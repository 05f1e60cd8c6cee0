/**
 * The run that triggered a `workflow_run` workflow, from the event payload.
 * GitHub writes this payload, not the pull request, so publish mode may trust
 * it: the run id says where the report artifact is, the head SHA says which
 * commit the check run belongs to.
 */
import * as z from 'zod';

const payload = z.object({
  workflow_run: z.object({
    id: z.int().positive(),
    name: z.string().nullish(),
    event: z.string().min(1),
    conclusion: z.string().nullable(),
    head_sha: z.string().regex(/^[0-9a-f]{40}$/, { error: 'expected a 40-hex commit SHA' }),
    head_branch: z.string().nullable(),
    html_url: z.string().min(1),
    // null when the fork the run came from has been deleted.
    head_repository: z.object({ full_name: z.string().min(1) }).nullish(),
  }),
});

export interface TriggeringRun {
  id: number;
  /** The event of the triggering run, e.g. `pull_request`. */
  event: string;
  conclusion: string | null;
  headSha: string;
  headBranch: string | null;
  htmlUrl: string;
  /** owner/repo the run's head commit came from: a fork for fork PRs. */
  headRepository: string | null;
}

export function triggeringRunOf(eventName: string, eventPayload: unknown): TriggeringRun {
  if (eventName !== 'workflow_run') {
    throw new Error(
      `\`mode: publish\` runs on \`workflow_run\` (after the evaluate workflow completes), not on \`${eventName}\`; ` +
        'see docs/pull-request-comments.md for the two workflows',
    );
  }
  const parsed = payload.safeParse(eventPayload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `the workflow_run event payload (GITHUB_EVENT_PATH) has a malformed \`${issue?.path.join('.') ?? 'workflow_run'}\`` +
        `${issue ? ` (${issue.message})` : ''}`,
    );
  }
  const run = parsed.data.workflow_run;
  return {
    id: run.id,
    event: run.event,
    conclusion: run.conclusion,
    headSha: run.head_sha,
    headBranch: run.head_branch,
    htmlUrl: run.html_url,
    headRepository: run.head_repository?.full_name ?? null,
  };
}
