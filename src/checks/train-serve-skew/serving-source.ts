/**
 * Where the serving side of the comparison came from: a step's fresh output
 * (`{step: serve, file: …}`: what the PR's serving code computes now), or
 * committed serving logs. For committed logs it also gathers what judging
 * their age needs — when git last committed them, and when each file of the
 * code that writes them last changed — so that logs older than their code can
 * be told apart (serving-source-outcome.ts decides and words it).
 */
import { parseStepOutputPath } from '../../config-fields/step-output.ts';
import { tableFileOptions } from '../../config-fields/table-file-options.ts';
import { outputPath } from '../../infra/artifact-output.ts';
import { globToRegExp, matchesAny } from '../../infra/path-glob.ts';
import { errorMessage } from '../../model/error-message.ts';
import type { Workspace } from '../../workspace/workspace.ts';
import type { Pipeline } from '../pipeline/pipeline.ts';
import type { PipelineSteps } from '../pipeline/pipeline-step.ts';
import { type CommittedServing, logAge, type ServingCode, type ServingRole } from './log-age.ts';
import type { TrainServeSkewConfig } from './train-serve-skew-config.ts';

export interface StepServing {
  kind: 'step';
  role: ServingRole;
  step: string;
  file: string;
  command: string;
}

export type ServingSource = StepServing | CommittedServing;

const key = 'checks.train_serve_skew';

export async function servingSources(
  config: TrainServeSkewConfig,
  workspace: Workspace,
  pipeline: Pipeline | undefined,
): Promise<ServingSource[]> {
  const steps = pipeline?.steps ?? {};
  const files: [ServingRole, string][] = [['features', tableFileOptions(config.serving).path]];
  if (config.predictions) {
    files.push(['predictions', tableFileOptions(config.predictions.serving).path]);
  }
  let tracked: Promise<string[]> | undefined;
  const git: GitHistory = {
    times: commitTimes(workspace),
    tracked: () => {
      tracked ??= workspace.listTrackedFiles();
      return tracked;
    },
  };
  const sources: ServingSource[] = [];
  for (const [role, path] of files) {
    const fresh = parseStepOutputPath(path);
    if (fresh) {
      const command = steps[fresh.step]?.command ?? '';
      sources.push({ kind: 'step', role, ...fresh, command });
    } else {
      const committed = await committedServing(role, path, config, steps, git);
      sources.push(await withReproduction(committed, workspace, pipeline));
    }
  }
  return sources;
}

interface GitHistory {
  times: CommitTimes;
  tracked: () => Promise<string[]>;
}

async function committedServing(
  role: ServingRole,
  path: string,
  config: TrainServeSkewConfig,
  steps: PipelineSteps,
  git: GitHistory,
): Promise<CommittedServing> {
  const writer = writerOf(steps, path);
  const committed: CommittedServing = {
    kind: 'committed',
    role,
    path,
    ...(writer ? { writer: { step: writer.step, command: writer.command } } : {}),
    loggedAt: null,
  };
  const globs = config.serving_code
    ? { origin: `${key}.serving_code`, patterns: config.serving_code }
    : writer && { origin: `steps.${writer.step}.inputs`, patterns: writer.inputs };
  // Without the code that writes them, the logs' age is not asked: it has nothing to be held against.
  if (globs === undefined) return committed;
  const patterns = globs.patterns.map(globToRegExp);
  try {
    const files = await codeFiles(patterns, path, await git.tracked(), git.times);
    committed.code = { ...globs, files };
    const pathKey = role === 'features' ? `${key}.serving` : `${key}.predictions.serving`;
    committed.loggedAt = await git.times(path, pathKey);
  } catch (error) {
    // Outside a git repository (a CLI run on an export) the logs are still compared.
    committed.gitProblem = errorMessage(error);
  }
  return committed;
}

/** Committed logs git calls older than their code, checked against what their step writes now. */
async function withReproduction(
  committed: CommittedServing,
  workspace: Workspace,
  pipeline: Pipeline | undefined,
): Promise<CommittedServing> {
  const { writer, path } = committed;
  if (pipeline === undefined || writer === undefined || logAge(committed).kind !== 'older') {
    return committed;
  }
  // The pipeline runs each step once per gate run: committed_artifacts reads the same run.
  const run = await pipeline.run(writer.step).catch(() => undefined);
  if (run?.kind !== 'ran') return committed;
  const written = run.outputs.find((output) => output.step === writer.step && output.path === path);
  if (written === undefined || written.problem !== undefined) return committed;
  const outputKey = `steps.${writer.step}.outputs`;
  const [now, then] = await Promise.all([
    run.copy.hashFile(path, outputKey),
    workspace.hashFile(path, outputKey),
  ]);
  const same = now?.kind === 'file' && then?.kind === 'file' && now.sha256 === then.sha256;
  return { ...committed, reproduced: same };
}

/** The step that lists `path` among its outputs. */
function writerOf(steps: PipelineSteps, path: string) {
  for (const [step, definition] of Object.entries(steps)) {
    if (definition.outputs.map(outputPath).includes(path)) {
      return { step, command: definition.command, inputs: definition.inputs };
    }
  }
  return undefined;
}

/** Each tracked file a pattern matches, with its last commit time. */
async function codeFiles(
  patterns: readonly RegExp[],
  logs: string,
  tracked: readonly string[],
  times: CommitTimes,
): Promise<ServingCode['files']> {
  // The logs are not their own code, even when a broad glob covers them.
  const paths = tracked.filter((path) => path !== logs && matchesAny(patterns, path));
  const files: ServingCode['files'] = [];
  // A git log per file: a few at a time, so a broad glob does not start hundreds of processes.
  for (let start = 0; start < paths.length; start += 8) {
    const batch = paths.slice(start, start + 8);
    const dates = await Promise.all(batch.map((path) => times(path)));
    files.push(...batch.map((path, i) => ({ path, changedAt: dates[i] ?? null })));
  }
  return files;
}

type CommitTimes = (path: string, pathKey?: string) => Promise<Date | null>;

/** Workspace.commitTimeOf, asked once per path (both serving files may share their code). */
function commitTimes(workspace: Workspace): CommitTimes {
  const known = new Map<string, Promise<Date | null>>();
  return (path, pathKey = `${key}.serving_code`) => {
    let time = known.get(path);
    if (time === undefined) {
      time = workspace.commitTimeOf(path, pathKey);
      known.set(path, time);
    }
    return time;
  };
}
