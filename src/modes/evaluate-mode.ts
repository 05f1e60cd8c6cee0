/**
 * `mode: evaluate`, the first of the two fork-safe workflows: on
 * `pull_request` it evaluates the PR's code with whatever token GitHub gives
 * (read-only for forks), uploads the report artifact for `mode: publish`, and
 * sets the job status from the verdict. It writes nothing through the API.
 */
import { blockedFailure, evaluateRepository } from './evaluate-repository.ts';
import { emptyOutputs, type ModeContext, type ModeResult } from './mode-context.ts';

export async function runEvaluateMode(context: ModeContext): Promise<ModeResult> {
  if (context.inputs.artifact === 'off') {
    return {
      outputs: emptyOutputs(),
      failure:
        '`mode: evaluate` exists to upload the report for `mode: publish`; remove `artifact: off` (or use `mode: gate`)',
    };
  }
  if (context.eventName === 'pull_request_target' || context.eventName === 'workflow_run') {
    context.log.warning(
      `mlgate: \`mode: evaluate\` runs the checks on the checked-out code; on \`${context.eventName}\` that job holds a write token. ` +
        'Run evaluate on `pull_request` and post from `workflow_run` with `mode: publish`.',
    );
  }
  const evaluation = await evaluateRepository(context, { uploadReport: true });
  const problems = [
    blockedFailure(context, evaluation.report),
    evaluation.artifactProblem &&
      `mlgate could not hand the report to the publish workflow: ${evaluation.artifactProblem}`,
  ].filter((problem): problem is string => Boolean(problem));
  return problems.length > 0
    ? { outputs: evaluation.outputs, failure: problems.join('\n') }
    : { outputs: evaluation.outputs };
}
