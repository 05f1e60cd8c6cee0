/**
 * The workspace checks get when mlgate.yml declares steps: a path written
 * `step:<step>/<file>` (a check input given as `{step, file}`) is read from the
 * scratch copy the step ran in, after running it (and what it needs) if no
 * check has yet; every other path is the repository's. At another revision
 * (production, at the base commit) the path means the committed file, which is
 * what production's code produced. A step that did not run, failed, or did not
 * write the file is an error naming the step: the check ends `error` rather
 * than judge the committed copy in its place.
 */
import { parseStepOutputPath } from '../../config-fields/step-output.ts';
import { exitDescription } from '../../infra/command-outcome.ts';
import type { Workspace } from '../../workspace/workspace.ts';
import type { Pipeline } from './pipeline.ts';

export class StepOutputError extends Error {
  override name = 'StepOutputError';
}

export function withStepOutputs(workspace: Workspace, pipeline: Pipeline): Workspace {
  const locate = async (path: string, key: string): Promise<[Workspace, string]> => {
    const reference = parseStepOutputPath(path);
    if (reference === undefined) return [workspace, path];
    return [await stepCopy(pipeline, reference.step, reference.file, key), reference.file];
  };
  const underlying = (path: string) => parseStepOutputPath(path)?.file ?? path;
  return {
    ...workspace,
    resolve(path, key) {
      // The repository's path would be the committed file, not what the step wrote.
      if (parseStepOutputPath(path) === undefined) return workspace.resolve(path, key);
      throw new StepOutputError(
        `${key}: ${path} is a step's output in a scratch copy and has no path in the repository`,
      );
    },
    async exists(path, key) {
      const [target, file] = await locate(path, key);
      return target.exists(file, key);
    },
    async readText(path, key) {
      const [target, file] = await locate(path, key);
      return target.readText(file, key);
    },
    async readTable(path, key, options) {
      const [target, file] = await locate(path, key);
      return target.readTable(file, key, options);
    },
    async scanTable(path, key, options) {
      const [target, file] = await locate(path, key);
      return target.scanTable(file, key, options);
    },
    async hashFile(path, key) {
      const [target, file] = await locate(path, key);
      return target.hashFile(file, key);
    },
    readTextAtRevision: (revision, path, key) =>
      workspace.readTextAtRevision(revision, underlying(path), key),
    commitTimeOf: (path, key) => workspace.commitTimeOf(underlying(path), key),
    hashFileAtRevision: (revision, path, key) =>
      workspace.hashFileAtRevision(revision, underlying(path), key),
  };
}

async function stepCopy(
  pipeline: Pipeline,
  step: string,
  file: string,
  key: string,
): Promise<Workspace> {
  if (pipeline.steps[step] === undefined) {
    throw new StepOutputError(
      `${key}: step "${step}" is not declared under \`steps:\`; declare it or name one of: ${Object.keys(pipeline.steps).join(', ') || '(none)'}`,
    );
  }
  const run = await pipeline.run(step);
  if (run.kind === 'refused') {
    throw new StepOutputError(
      `${key} reads ${file} as step "${step}" produces it, but the step was not run: ${run.reason}`,
    );
  }
  if (run.kind === 'failed') {
    const { failed } = run;
    throw new StepOutputError(
      `${key} reads ${file} as step "${step}" produces it, but step "${failed.step}" (\`${failed.command}\`) ${failed.result.timedOut ? 'hit its timeout' : `ended with ${exitDescription(failed.result)}`}; fix the step, then re-run`,
    );
  }
  const state = run.outputs.find((output) => output.step === step && output.path === file);
  if (state === undefined) {
    throw new StepOutputError(
      `${key}: ${file} is not an output of step "${step}"; add it to \`steps.${step}.outputs\``,
    );
  }
  if (state.problem !== undefined) {
    throw new StepOutputError(
      `${key}: step "${step}" ran but did not write ${file} (${state.problem === 'untouched' ? 'the file is as committed, untouched by the run' : 'no such file after the run'}); make the command write it, or correct \`steps.${step}.outputs\``,
    );
  }
  return run.copy;
}
