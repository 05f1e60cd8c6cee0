/**
 * The action's shell: the only place that reads inputs, sets outputs and
 * fails the job. It builds what a mode needs from the runner (inputs, event,
 * environment, GitHub client, artifact store, log) and runs the mode the
 * `mode` input names (src/modes/); the mode decides everything else.
 */
import os from 'node:os';
import * as core from '@actions/core';
import { context } from '@actions/github';
import { actionsArtifactStore } from './github/actions-artifact-store.ts';
import { createGitHubClient, type GitHubClient } from './github/github-client.ts';
import { type ActionMode, parseActionInputs } from './inputs/action-inputs.ts';
import { formatInputWarning } from './inputs/renamed-inputs.ts';
import { diskArtifactStaging } from './io/artifact-staging.ts';
import { monotonicMs } from './io/monotonic-clock.ts';
import { errorMessage } from './model/error-message.ts';
import { runEvaluateMode } from './modes/evaluate-mode.ts';
import { runGateMode } from './modes/gate-mode.ts';
import type { ModeContext, ModeResult } from './modes/mode-context.ts';
import { runPublishMode } from './modes/publish-mode.ts';
import { urlSecrets } from './sql/connection-secrets.ts';

const modes: Record<ActionMode, (context: ModeContext) => Promise<ModeResult>> = {
  gate: runGateMode,
  evaluate: runEvaluateMode,
  publish: runPublishMode,
};

export async function runAction(): Promise<void> {
  try {
    const parsed = parseActionInputs((name) => core.getInput(name));
    if (!parsed.success) {
      core.setFailed(`mlgate: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
      return;
    }
    for (const warning of parsed.warnings) core.warning(formatInputWarning(warning));
    const inputs = parsed.data;
    // Before anything can log them: the runner masks every connection secret in the log.
    for (const url of Object.values(inputs.connections)) {
      for (const secret of urlSecrets(url)) core.setSecret(secret);
    }
    const env = process.env;
    let client: GitHubClient | undefined;
    const result = await modes[inputs.mode]({
      inputs,
      eventName: context.eventName,
      payload: context.payload,
      env,
      now: new Date(),
      elapsedMs: monotonicMs,
      log: {
        info: (message) => core.info(message),
        warning: (message) => core.warning(message),
        error: (message, where) =>
          core.error(message, where && { file: where.file, startLine: where.line }),
      },
      github: () => {
        client ??= createGitHubClient({
          token: inputs['github-token'],
          apiUrl: env.GITHUB_API_URL,
          onRetry: (message) => core.info(message),
        });
        return client;
      },
      artifacts: actionsArtifactStore({
        token: inputs['github-token'],
        serverUrl: env.GITHUB_SERVER_URL,
        staging: diskArtifactStaging(env.RUNNER_TEMP ?? os.tmpdir()),
      }),
      writeSummary: async (markdown) => {
        if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
      },
    });
    for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value);
    if (result.failure) core.setFailed(result.failure);
  } catch (error) {
    core.setFailed(
      `mlgate failed before reaching a verdict, so the gate is closed: ${errorMessage(error)}`,
    );
  }
}
