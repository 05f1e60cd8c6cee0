/**
 * Runs the committed dist/index.js the way the Actions runner does: a Node 24
 * child process whose inputs are INPUT_* variables (@actions/core's getInput
 * reads `INPUT_` + the name upper-cased, spaces as `_`, dashes kept), the event
 * payload in a file named by GITHUB_EVENT_PATH, and outputs and the job summary
 * written to the files GITHUB_OUTPUT and GITHUB_STEP_SUMMARY name.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { FakeGitHubActions } from '../mocks/fake-github-actions.ts';

export const repositoryRoot = path.resolve(import.meta.dirname, '../..');
const nodeBinary = path.join(repositoryRoot, 'node_modules/.bin/node');
const actionEntry = path.join(repositoryRoot, 'dist/index.js');

export interface ActionRunOptions {
  /** GITHUB_WORKSPACE, and the process's working directory. */
  workspace: string;
  /** Input names as in action.yml, e.g. `github-token`. */
  inputs: Record<string, string>;
  eventName: string;
  payload: unknown;
  apiUrl: string;
  /** ACTIONS_RESULTS_URL: where the artifact client uploads (the fake server's origin). */
  resultsUrl?: string;
  repository?: string;
  /** GITHUB_RUN_ID; the runtime token names this run, so uploads land in it. */
  runId?: number;
  /** GITHUB_SERVER_URL; anything but github.com (or *.ghe.com) is GitHub Enterprise Server. */
  serverUrl?: string;
  /** GITHUB_REF (default: the PR's merge ref). */
  ref?: string;
  /** GITHUB_SHA (default: a merge commit that is nobody's head). */
  sha?: string;
}

export interface ActionRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export async function runBundledAction(options: ActionRunOptions): Promise<ActionRun> {
  const runnerDir = await mkdtemp(path.join(os.tmpdir(), 'mlgate-runner-'));
  const files = {
    event: path.join(runnerDir, 'event.json'),
    output: path.join(runnerDir, 'github-output'),
    summary: path.join(runnerDir, 'step-summary.md'),
  };
  await writeFile(files.event, JSON.stringify(options.payload));
  await writeFile(files.output, '');
  await writeFile(files.summary, '');
  const env: Record<string, string> = {
    // Nothing from the test's own environment leaks in (a CI runner sets GITHUB_* too).
    PATH: process.env.PATH ?? '',
    HOME: runnerDir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: options.repository ?? 'Codertocat/Hello-World',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: options.serverUrl ?? 'https://github.com',
    GITHUB_RUN_ID: String(options.runId ?? 4242424242),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: options.sha ?? '1111111111111111111111111111111111111111',
    GITHUB_REF: options.ref ?? 'refs/pull/2/merge',
    GITHUB_WORKFLOW_REF: `${options.repository ?? 'Codertocat/Hello-World'}/.github/workflows/mlgate.yml@${options.ref ?? 'refs/pull/2/merge'}`,
    // What the runner hands a JavaScript action for artifacts.
    ACTIONS_RUNTIME_TOKEN: FakeGitHubActions.runtimeToken(options.runId ?? 4242424242),
    ...(options.resultsUrl ? { ACTIONS_RESULTS_URL: `${options.resultsUrl}/` } : {}),
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: runnerDir,
  };
  // The runner passes every input, with action.yml's default where the workflow gives none.
  for (const [name, value] of Object.entries({ ...actionDefaults(), ...options.inputs })) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const { exitCode, stdout, stderr } = await new Promise<{
    exitCode: number | null;
    stdout: string;
    stderr: string;
  }>((resolve, reject) => {
    // Asynchronous on purpose: the fake GitHub server answers from this process's event loop.
    execFile(
      nodeBinary,
      [actionEntry],
      { cwd: options.workspace, env, encoding: 'utf8', timeout: 60_000 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ exitCode: error ? (error.code as number) : 0, stdout, stderr });
      },
    );
  });
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(files.output, 'utf8')),
    summary: await readFile(files.summary, 'utf8'),
  };
}

/** GITHUB_OUTPUT holds `name<<ghadelimiter_<uuid>\nvalue\nghadelimiter_<uuid>` blocks. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const match of text.matchAll(/^([^\n<]+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n?\2$/gm)) {
    outputs[match[1]!] = match[3]!;
  }
  return outputs;
}

/** action.yml's input defaults, as the runner would fill them in (`${{ github.token }}` left out). */
function actionDefaults(): Record<string, string> {
  const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  return Object.fromEntries(
    Object.entries(action.inputs)
      .filter(([, input]) => input.default !== undefined && !input.default.includes('${{'))
      .map(([name, input]) => [name, input.default as string]),
  );
}
