/**
 * Whether mlgate may run the shell commands that mlgate.yml declares. Every
 * such command comes from the pull request, so it is untrusted code. On
 * `pull_request_target` and `workflow_run` a job runs with a write token and
 * the repository's secrets while it can check out PR code: running that code
 * is the "pwn request" pattern. There, commands run only when the workflow
 * author opts in through an action input, which the PR cannot change.
 */

/** Events whose jobs hold write permissions and secrets even for fork PRs. */
export const privilegedEvents: readonly string[] = ['pull_request_target', 'workflow_run'];

/** The action input that lets commands run on privileged events. */
export const allowCommandsInputName = 'allow-commands-on-privileged-events';

export interface CommandPolicyInput {
  /** The triggering event, e.g. `pull_request`, or `local` for the CLI. */
  eventName: string;
  /** The action input `allow-commands-on-privileged-events`; never from mlgate.yml. */
  allowUntrustedCommands: boolean;
}

export type CommandPolicyDecision = { allowed: true } | { allowed: false; reason: string };

export function commandPolicy(input: CommandPolicyInput): CommandPolicyDecision {
  if (!privilegedEvents.includes(input.eventName) || input.allowUntrustedCommands) {
    return { allowed: true };
  }
  return {
    allowed: false,
    reason:
      `commands from mlgate.yml are not run on \`${input.eventName}\` events: that job holds a write token ` +
      'and secrets, and the command is code from the pull request. Run mlgate in a `pull_request` workflow, ' +
      `or, if this workflow only runs trusted code, set the action input \`${allowCommandsInputName}: true\``,
  };
}
